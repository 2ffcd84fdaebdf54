"""Span arithmetic: entities of a whole tagged text equal those found sentence by sentence."""

from __future__ import annotations

import random

import pytest

from siyaq.analyze.ner_data import Sentence, spans, split, text_spans

_LABELS = ["O"] * 6 + ["B-PERS", "I-PERS", "B-LOC", "I-LOC", "I-ORG", "B-ORG"]


def _by_sentence(tags: list[str], lengths: list[int]) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    first = 0
    for n in lengths:
        found += [(a + first, b + first, t) for a, b, t in spans(tags[first : first + n])]
        first += n
    return found


@pytest.mark.parametrize(
    ("tags", "lengths", "expected"),
    [
        ("O O O", [3], []),
        ("B-PERS I-PERS O B-LOC", [4], [(0, 2, "PERS"), (3, 4, "LOC")]),
        ("B-LOC I-LOC I-LOC", [2, 1], [(0, 2, "LOC"), (2, 3, "LOC")]),
        ("I-ORG I-ORG B-ORG", [3], [(0, 2, "ORG"), (2, 3, "ORG")]),
        ("B-PERS I-LOC", [2], [(0, 1, "PERS"), (1, 2, "LOC")]),
    ],
    ids=["none", "two", "sentence-cut", "stray-i-then-b", "type-change"],
)
def test_text_spans(tags: str, lengths: list[int], expected: list[tuple[int, int, str]]) -> None:
    assert text_spans(tags.split(), lengths) == expected


@pytest.mark.parametrize("seed", range(5), ids=lambda s: f"seed{s}")
def test_text_spans_equal_sentence_spans(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        lengths = [rng.randint(1, 6) for _ in range(rng.randint(1, 5))]
        tags = [rng.choice(_LABELS) for _ in range(sum(lengths))]
        assert text_spans(tags, lengths) == _by_sentence(tags, lengths)


@pytest.mark.parametrize(
    ("count", "inner", "validation"), [(100, 76, 9), (40, 31, 3)], ids=["hundred", "forty"]
)
def test_inner_and_validation_split_the_training_part(
    count: int, inner: int, validation: int
) -> None:
    sentences = [Sentence([str(n)], ["O"]) for n in range(count)]
    assert len(split(sentences, "inner")) == inner
    assert len(split(sentences, "validation")) == validation
    assert split(sentences, "inner") + split(sentences, "validation") == split(sentences, "train")
