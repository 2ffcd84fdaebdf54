"""A beginning that belongs to the word (وزير، وكالات، بالغة) stays; the conjunction و (وقال)
and the prefixes بال/وال (بالعاصمة) still go."""

from __future__ import annotations

from collections import Counter

import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.arabic.stem import LightStemmer
from siyaq.arabic.whole_words import load_whole_stems, whole_words


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("forms", "same"),
    [
        (["وزير", "الوزير", "والوزير", "ووزير", "للوزير"], True),
        (["وكالة", "الوكالة", "بالوكالة"], True),
        (["وزارة", "الوزارة"], True),
        (["وصول", "الوصول"], True),
        (["وكالات", "الوكالات", "وكالة"], True),
        (["بالغة", "البالغة"], True),
        (["بالعاصمة", "العاصمة"], True),
        (["واشنطن", "وواشنطن"], True),
        (["وقال", "قال"], True),
        (["وأكد", "أكد"], True),
    ],
    ids=["minister", "agency", "ministry", "arrival", "agencies",
         "considerable", "in-the-capital", "washington", "and-said",
         "and-stressed"],
)
def test_forms_share_a_term(analyzer: Analyzer, forms: list[str], same: bool) -> None:
    terms = {analyzer.terms(form)[0] for form in forms}
    assert (len(terms) == 1) is same, terms


def test_without_the_list_the_stemmer_is_lucenes() -> None:
    assert LightStemmer(extended=True).stem("وزير") == "زير"
    assert LightStemmer(extended=True, whole_stems=frozenset({"وزير"})).stem("وزير") == "وزير"


def test_whole_words_need_article_evidence_outweighing_the_bare_remainder() -> None:
    counts = Counter({"وزير": 50, "الوزير": 40, "زير": 1,  # root و: الوزير is common
                      "وقال": 90, "قال": 400,  # conjunction: قال alone is common
                      "وحيد": 3, "الوحيد": 4,  # too little evidence
                      "بالغه": 30, "البالغه": 20,  # بال is part of the word
                      "بالعاصمه": 40, "عاصمه": 100, "البالعاصمه": 0})  # بال is a prefix
    assert whole_words(counts, LightStemmer(extended=True).prefixes) == ["بالغه", "وزير"]


def test_shipped_list_is_small_and_holds_common_words() -> None:
    stems = load_whole_stems()
    assert {"وزير", "وكال", "وطن", "واشنطن", "بالغ"} <= stems
    assert all(len(stem) >= 3 for stem in stems)
    assert len(stems) < 1000
