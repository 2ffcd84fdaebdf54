"""Common words the tagger reads as names, untagged after the CRF (siyaq.analyze.ner_common)."""

from __future__ import annotations

import pytest

from siyaq.analyze.ner_common import CommonWordNames
from siyaq.analyze.ner_text import normalize

LISTED = CommonWordNames.of([
    (["PERS"], "معاليه", False), (["PERS"], "رمضان", False),
    (["LOC", "ORG", "MISC"], "الخبر", True),
])


def _apply(sentence: str, tags: str) -> str:
    words = [normalize(w) for w in sentence.split()]
    return " ".join(LISTED.apply(tags.split(), words))


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        pytest.param("وأكد معاليه أن القرار نهائي", "O B-PERS O O O", "O O O O O",
                     id="honorific-alone"),
        pytest.param("خلال شهر رمضان المبارك", "O O B-PERS O", "O O O O", id="month"),
        pytest.param("وسجل رمضان صبحي هدفا", "O B-PERS I-PERS O", "O B-PERS I-PERS O",
                     id="month-word-in-a-longer-name"),
        pytest.param("رابط الخبر بصحيفة المساء", "O B-LOC O B-ORG", "O O O B-ORG",
                     id="the-news"),
        pytest.param("في محافظة الخبر أمس", "O O B-LOC O", "O O B-LOC O", id="after-a-trigger"),
        pytest.param("في الدمام ، الخبر والقطيف", "O B-LOC O B-LOC B-LOC",
                     "O B-LOC O B-LOC B-LOC", id="among-places"),
        pytest.param("فعاليات بالخبر اليوم", "O B-LOC O", "O B-LOC O", id="with-a-proclitic"),
        pytest.param("نشر الخبر كاملا", "O B-PERS O", "O B-PERS O", id="type-not-listed"),
        pytest.param("قال المدير إن المشروع جاهز", "O O O O O", "O O O O O", id="nothing-listed"),
    ],
)
def test_listed_one_word_names_are_untagged(sentence: str, tags: str, expected: str) -> None:
    assert _apply(sentence, tags) == expected


def test_input_tags_are_not_changed_in_place() -> None:
    tags = ["O", "B-PERS"]
    LISTED.apply(tags, ["واكد", "معاليه"])
    assert tags == ["O", "B-PERS"]


def test_shipped_list_loads_with_its_cues() -> None:
    shipped = CommonWordNames.load()
    assert shipped.words[normalize("الخبر")] == (frozenset({"LOC", "ORG", "MISC"}), True)
    assert shipped.words[normalize("معاليه")] == (frozenset({"PERS"}), False)
