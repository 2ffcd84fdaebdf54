"""A leading و that belongs to the word (وزير) stays; the conjunction و (وقال) still goes."""

from __future__ import annotations

from collections import Counter

import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.arabic.stem import LightStemmer
from siyaq.arabic.waw_roots import load_waw_roots, waw_root_words


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
        (["واشنطن", "وواشنطن"], True),
        (["وقال", "قال"], True),
        (["وأكد", "أكد"], True),
    ],
    ids=["minister", "agency", "ministry", "arrival", "washington", "and-said",
         "and-stressed"],
)
def test_forms_share_a_term(analyzer: Analyzer, forms: list[str], same: bool) -> None:
    terms = {analyzer.terms(form)[0] for form in forms}
    assert (len(terms) == 1) is same, terms


def test_without_the_list_the_stemmer_is_lucenes() -> None:
    assert LightStemmer(extended=True).stem("وزير") == "زير"
    assert LightStemmer(extended=True, waw_roots=frozenset({"وزير"})).stem("وزير") == "وزير"


def test_root_words_need_article_evidence_outweighing_the_bare_remainder() -> None:
    counts = Counter({"وزير": 50, "الوزير": 40, "زير": 1,  # root و: الوزير is common
                      "وقال": 90, "قال": 400,  # conjunction: قال alone is common
                      "وحيد": 3, "الوحيد": 4,  # too little evidence
                      "والي": 5})  # starts with وال: never a candidate
    assert waw_root_words(counts) == ["وزير"]


def test_shipped_list_is_small_and_holds_common_roots() -> None:
    roots = load_waw_roots()
    assert {"وزير", "وكال", "وطن", "واشنطن"} <= roots
    assert all(len(stem) >= 3 and stem.startswith("و") for stem in roots)
    assert len(roots) < 1000
