"""Training-time features: the seen-name map, built for each fold from the other folds only."""

from __future__ import annotations

from pathlib import Path

import pytest

from siyaq.analyze.ner_data import Sentence
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_text import word_stem
from siyaq.analyze.ner_train import jackknife, seen_types

SENTENCES = [
    Sentence(["زار", "بيروت", "."], ["O", "B-LOC", "O"]),
    Sentence(["قال", "ميشال", "عون", "."], ["O", "B-PERS", "I-PERS", "O"]),
    Sentence(["وصل", "عون", "إلى", "بيروت", "."], ["O", "B-PERS", "O", "B-LOC", "O"]),
    Sentence(["بيروت", "عاصمة", "لبنان", "."], ["B-ORG", "O", "B-LOC", "O"]),
]


def test_seen_types_joins_the_types_of_a_stem() -> None:
    # Keys are the features' stems (a leading ب/ل is read as a clitic: بيروت -> يروت, as in
    # the tagger); a word tagged as two types keeps both, sorted.
    expected = {"بيروت": "LOC|ORG", "ميشال": "PERS", "عون": "PERS", "لبنان": "LOC"}
    assert seen_types(SENTENCES) == {word_stem(w): t for w, t in expected.items()}


def _seen_feature(features: list[str]) -> str | None:
    return next((f for f in features if f.startswith("sn=")), None)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        (0, 1, "sn=LOC|ORG"),  # بيروت: its own fold's LOC is not counted, the others' are
        (1, 1, None),  # ميشال appears in no other fold
        (1, 2, "sn=PERS"),  # عون: named again in sentence 2
        (3, 2, None),  # لبنان: only in its own fold
    ],
    ids=["other-folds-only", "unique-name", "repeated-name", "own-fold-only"],
)
def test_jackknife_hides_a_sentences_own_names(
    sentence: int, word: int, expected: str | None
) -> None:
    produced = list(jackknife(Lexicon(), SENTENCES, folds=4))
    assert [s for _, s in produced] == SENTENCES
    features, _ = produced[sentence]
    assert _seen_feature(features[word]) == expected


def test_lexicon_features_survive_saving(tmp_path: Path) -> None:
    # The tagger reads the saved lexicon: its type strings must be those training saw.
    lexicon = Lexicon()
    # Added in an order other than the saved (sorted) one: عمان is first seen as part of a club.
    for words, type_ in [(("عمان", "الاهلي"), "ORG"), (("عمان",), "LOC"), (("الاردن",), "LOC"),
                         (("عمان",), "ORG"), (("عمان",), "LOC")]:
        lexicon.add(words, type_)
    lexicon.save(tmp_path / "lexicon.json.gz")
    loaded = Lexicon.load(tmp_path / "lexicon.json.gz")
    assert (loaded.words, loaded.phrases, loaded.longest) == (
        lexicon.words, lexicon.phrases, lexicon.longest
    )
    assert lexicon.words["عمان"] == "LOC|ORG"
