"""Wojood's nested tags read as ANERcorp's flat ones (`siyaq train ner --extra wojood`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from siyaq.analyze.ner_data import Sentence
from siyaq.analyze.ner_train import extra_sentences
from siyaq.analyze.ner_wojood import (
    flat_tags,
    layer_spans,
    read_layers,
    span_key,
    wojood_sentences,
)
from siyaq.config import shared_data_dir


def _layers(text: str) -> list[list[str]]:
    return [cell.split() for cell in text.split("|")]


@pytest.mark.parametrize(
    ("layers", "expected"),
    [
        ("B-PERS|I-PERS|O", [(0, 2, "PERS")]),
        ("B-ORG|I-ORG|I-ORG B-PERS", [(0, 3, "ORG"), (2, 3, "PERS")]),
        ("B-GPE|B-GPE", [(0, 1, "GPE"), (1, 2, "GPE")]),
        ("I-ORG|O|B-ORG|I-ORG B-ORG", [(0, 1, "ORG"), (2, 4, "ORG"), (3, 4, "ORG")]),
        ("B-OCC|I-OCC B-GPE|I-OCC I-GPE", [(0, 3, "OCC"), (1, 3, "GPE")]),
    ],
    ids=["flat", "nested-other-type", "adjacent", "same-type-nested", "inner-two-tokens"],
)
def test_layer_spans(layers: str, expected: list[tuple[int, int, str]]) -> None:
    assert layer_spans(_layers(layers)) == expected


@pytest.mark.parametrize(
    ("words", "layers", "expected"),
    [
        ("جامعة القاهرة", "B-ORG|I-ORG B-GPE", "B-ORG I-ORG"),  # the outermost kept span
        ("سكرتير نابلس", "B-OCC|I-OCC B-GPE", "O B-LOC"),  # the job dropped, the place stays
        ("مطار دمشق", "B-FAC|I-FAC B-GPE", "O B-LOC"),  # only دمشق, as in ANERcorp
        ("الإسرائيلي قال", "B-NORP|O", "O O"),  # nationalities are untagged in ANERcorp
        ("حرب 1948", "B-EVENT|I-EVENT B-DATE", "B-MISC I-MISC"),
        ("عام 1948", "B-DATE|I-DATE", "O O"),
        ("مدينة القدس", "B-GPE|I-GPE", "O B-LOC"),  # the kind of place is not in the name
        ("قضاء مدينة جنين", "B-GPE|I-GPE|I-GPE", "O O B-LOC"),
        ("مدينة", "B-GPE", "B-LOC"),  # a span of the kind alone is kept
        ("روسيا", "B-ORG", "B-LOC"),  # a place acting as an organisation (among `places`)
        ("حماس", "B-ORG", "B-ORG"),
    ],
    ids=["outermost-kept", "dropped-outer", "facility", "nationality", "event", "date",
         "place-kind", "two-place-kinds", "kind-alone", "place-as-org", "org"],
)
def test_flat_tags(words: str, layers: str, expected: str) -> None:
    places = frozenset({span_key(["روسيا"])})
    assert flat_tags(words.split(), _layers(layers), places) == expected.split()


def test_read_wojood_sentences(tmp_path: Path) -> None:
    # روسيا is an ORG in the second sentence and a place in the third: read as LOC in both.
    (tmp_path / "train.txt").write_text(
        "زار O\nنابلس B-GPE\n$#$ O\n\n\nقالت O\nروسيا B-ORG\n\nفي O\nروسيا B-GPE\n",
        encoding="utf-8",
    )
    assert [words for words, _ in read_layers(tmp_path / "train.txt")] == [
        ["زار", "نابلس"], ["قالت", "روسيا"], ["في", "روسيا"]
    ]
    assert wojood_sentences(tmp_path) == [  # val.txt and test.txt absent: skipped
        Sentence(["زار", "نابلس"], ["O", "B-LOC"]),
        Sentence(["قالت", "روسيا"], ["O", "B-LOC"]),
        Sentence(["في", "روسيا"], ["O", "B-LOC"]),
    ]
    assert extra_sentences(tmp_path / "nowhere", ["wojood"]) == []


def test_unknown_extra_corpus_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown extra corpus"):
        extra_sentences(tmp_path, ["conll"])


def test_shared_wojood_sample_reads() -> None:
    data = shared_data_dir()
    if data is None or not (data / "wojood_sample").is_dir():
        pytest.skip("shared Wojood sample absent")
    sentences = wojood_sentences(data / "wojood_sample")
    assert len(sentences) > 1000
    assert all(len(s.words) == len(s.tags) and "$#$" not in s.words for s in sentences)
