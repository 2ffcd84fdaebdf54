"""Readable reasons: the stems relate/ compares, shown to a reader as the words they came from."""

from __future__ import annotations

import pytest

from siyaq.arabic.stopwords import is_stopword
from siyaq.model import Mention
from siyaq.relate import related, update_stories
from siyaq.relate.context import SHOWN_TERMS
from siyaq.relate.text import Terms, surface_forms
from test_relate_support import DAM, DAM_FOLLOW_UP, FakeStore, article


@pytest.mark.parametrize(
    ("texts", "word", "expected"),
    [
        pytest.param(["والحمل الحمل", "الحمل"], "الحمل", "الحمل", id="most-frequent-form"),
        pytest.param(["الصحة", "الصحة", "صحته"], "الصحة", "الصحة", id="ta-marbuta-kept"),
        pytest.param(["الصِّحَّة"], "الصحة", "الصحة", id="diacritics-dropped"),
        pytest.param(["للمياه", "مياه"], "المياه", "مياه", id="tie-shorter-wins"),
    ],
)
def test_a_stem_is_shown_as_its_most_frequent_word(
    texts: list[str], word: str, expected: str
) -> None:
    terms = Terms()
    stem = terms(word)[0]
    assert surface_forms(texts, {stem}, terms) == {stem: expected}


def test_a_stem_absent_from_the_texts_has_no_form() -> None:
    terms = Terms()
    assert surface_forms(["سد الوادي"], {"غير_موجود"}, terms) == {}


def test_related_reasons_are_words_and_names_as_written() -> None:
    dam = article("a1", DAM, host="one.example", when="2023-05-16T10:00")
    follow = article("f1", DAM_FOLLOW_UP, host="one.example", when="2023-05-18T09:00")
    for item in (dam, follow):
        item.mentions = [Mention(text="سامي الحداد", type="PERS", start=0, end=11)]
    store = FakeStore([dam, follow])
    update_stories(store, ["a1", "f1"])
    (found,) = related(store, "a1")
    text = " ".join(DAM + DAM_FOLLOW_UP)
    assert found.shared_terms and all(term in text for term in found.shared_terms)
    assert "المياه" in found.shared_terms or "مياه" in found.shared_terms
    assert found.shared_entities == ["سامي الحداد"]


@pytest.mark.parametrize(("word", "stop"), [
    pytest.param("أمام", True, id="preposition"),
    pytest.param("أنه", True, id="particle-with-pronoun"),
    pytest.param("انه", True, id="written-without-hamza"),
    pytest.param("أنّه", True, id="with-shadda"),
    pytest.param("وذلك", True, id="demonstrative-with-wa"),
    pytest.param("المياه", False, id="noun"),
    pytest.param("الحداد", False, id="name"),
])
def test_is_stopword_reads_any_spelling(word: str, stop: bool) -> None:
    assert is_stopword(word) is stop


def test_related_reasons_skip_function_words() -> None:
    # Function words relate/'s own stop list lets through, in both titles (which count twice):
    # among the heaviest shared terms (before: مياه, أمام, أنه, وذلك, الري, ...), now skipped.
    dam = article("a1", DAM, host="one.example", when="2023-05-16T10:00",
                  title="أمام الصحفيين أنه وذلك: اكتمال سد الوادي")
    follow = article("f1", DAM_FOLLOW_UP, host="one.example", when="2023-05-18T09:00",
                     title="أمام المزارعين أنه وذلك: رفع أسعار مياه الري")
    store = FakeStore([dam, follow])
    update_stories(store, ["a1", "f1"])
    (found,) = related(store, "a1")
    assert found.shared_terms[:4] == ["مياه", "الري", "سد", "الوادي"]
    assert len(found.shared_terms) == SHOWN_TERMS  # the next content words fill the list


@pytest.mark.parametrize(("title_words", "left_out"), [
    pytest.param("قالت أعلنت بحسب", {"قالت", "أعلنت", "بحسب"}, id="reporting"),
    pytest.param("يوم العام الأربعاء", {"يوم", "العام", "الأربعاء"}, id="calendar"),
])
def test_related_reasons_skip_the_words_of_reporting(title_words: str, left_out: set[str]) -> None:
    """Every report says who said it and when (`قالت`، `بحسب`، `يوم` were reasons on ANT);
    a reason says what the two stories share."""
    dam = article("a1", DAM, host="one.example", when="2023-05-16T10:00",
                  title=f"{title_words}: اكتمال سد الوادي")
    follow = article("f1", DAM_FOLLOW_UP, host="one.example", when="2023-05-18T09:00",
                     title=f"{title_words}: رفع أسعار مياه الري")
    store = FakeStore([dam, follow])
    update_stories(store, ["a1", "f1"])
    (found,) = related(store, "a1")
    assert "مياه" in found.shared_terms
    assert not left_out & set(found.shared_terms)
    assert "أعلن" not in found.shared_terms


def _stem_reference(word: str, stemmer: object) -> str:
    """The loop over the prefixes, longest first, that text._stem replaces."""
    from siyaq.relate.text import _PREFIXES

    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix):]
            break
    stem: str = stemmer.stemWord(word)  # type: ignore[attr-defined]
    return stem if len(stem) >= 2 else word


def test_stem_strips_the_prefix_the_plain_loop_strips() -> None:
    import Stemmer

    from siyaq.relate.text import _PREFIXES, _stem

    stemmer = Stemmer.Stemmer("arabic")
    roots = ["", "ا", "في", "كتب", "مدرسه", "الكتاب", "لعب", "ب", "وال", "ل"]
    for first in ("", *_PREFIXES):
        for second in ("", *_PREFIXES):
            for root in roots:
                word = first + second + root
                assert _stem(word, stemmer) == _stem_reference(word, stemmer), word


def test_numbers_reads_eastern_digits_as_before() -> None:
    from siyaq.relate.text import _DIGITS, _NON_ASCII_DIGIT, numbers

    assert all(_NON_ASCII_DIGIT.fullmatch(chr(code)) for code in _DIGITS)
    assert numbers("ارتفع ٣٠٠ نقطة و۱۵ و 2,500 و ٢٢٫٥") == {"300", "15", "2500", "22.5"}


def test_a_shared_name_is_shown_as_the_articles_spell_it_not_as_its_key() -> None:
    dam = article("a1", DAM, host="one.example", when="2023-05-16T10:00")
    follow = article("f1", DAM_FOLLOW_UP, host="one.example", when="2023-05-18T09:00")
    for item in (dam, follow):
        item.mentions = [
            Mention(text="أبوظبي", type="LOC", start=0, end=6, canonical="ابوظبي"),
            Mention(text="أبوظبي", type="LOC", start=20, end=26, canonical="ابوظبي"),
            Mention(text="الحداد", type="PERS", start=40, end=46, canonical="سامي الحداد"),
        ]
    store = FakeStore([dam, follow])
    update_stories(store, ["a1", "f1"])
    (found,) = related(store, "a1")
    assert found.shared_entities == ["أبوظبي", "سامي الحداد"]
