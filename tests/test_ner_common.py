"""Common words the tagger reads as names, untagged after the CRF (siyaq.analyze.ner_common)."""

from __future__ import annotations

import pytest

from siyaq.analyze.ner_common import CommonWordNames
from siyaq.analyze.ner_text import normalize

LISTED = CommonWordNames.of([
    (["PERS"], "معاليه", ""), (["PERS"], "رمضان", ""),
    (["LOC", "ORG", "MISC"], "الخبر", "place cue"),
    (["PERS"], "حسن الجوار", ""), (["ORG"], "نيسان", "month cue"),
    (["LOC"], "قصر", "name follows"), (["PERS"], "بيني", ""),
    (["PERS", "LOC", "ORG", "MISC"], "راديو", "heads an organisation"),
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
        pytest.param("بمبادئ حسن الجوار وعدم التدخل", "O B-PERS I-PERS O O", "O O O O O",
                     id="phrase"),
        pytest.param("مبادئ حسن الجوار الطيب", "O B-PERS I-PERS I-PERS", "O B-PERS I-PERS I-PERS",
                     id="phrase-inside-a-longer-name"),
        pytest.param("التقى حسن الجوار", "O B-PERS O", "O B-PERS O", id="phrase-half-tagged"),
        pytest.param("منذ طرحها في نيسان (أبريل) الماضي", "O O O B-ORG O O",
                     "O O O O O O", id="month-after-a-time-word"),
        pytest.param("بين أبريل - نيسان", "O O O B-ORG", "O O O O", id="month-beside-april"),
        pytest.param("في 15 نيسان", "O O B-ORG", "O O O", id="month-after-a-day"),
        pytest.param("انسحاب شركة نيسان من المشروع", "O O B-ORG O O", "O O B-ORG O O",
                     id="carmaker"),
        pytest.param("استقبل في قصر السلام بجدة", "O O B-LOC O B-LOC",
                     "O O B-LOC I-LOC B-LOC", id="palace-and-its-name"),
        pytest.param("وأوضح قصر بكنغهام أن", "O B-LOC B-LOC O", "O B-LOC I-LOC O",
                     id="palace-name-tagged"),
        pytest.param("زار قصر شبرا", "O B-LOC O", "O B-LOC I-LOC", id="palace-name-untagged"),
        pytest.param("وصل إلى قصر في المدينة", "O O B-LOC O O", "O O O O O", id="palace-alone"),
        pytest.param("أمام القصر قصر", "O O B-LOC", "O O O", id="palace-last-word"),
        pytest.param("حال بيني وبينه", "O B-PERS O", "O O O", id="between-me"),
        pytest.param("وذكر راديو إسرائيل أن", "O B-PERS B-LOC O", "O B-ORG I-ORG O",
                     id="radio-and-its-place"),
        pytest.param("ونقل راديو سوا عن", "O B-PERS I-PERS O", "O B-ORG I-ORG O",
                     id="radio-run-on-as-a-person"),
        pytest.param("وقال راديو مونت كارلو", "O B-ORG O O", "O B-ORG I-ORG O",
                     id="radio-and-one-untagged-word"),
        pytest.param("عبر راديو في", "O B-PERS O", "O O O", id="radio-alone"),
    ],
)
def test_listed_names_are_untagged(sentence: str, tags: str, expected: str) -> None:
    assert _apply(sentence, tags) == expected


def test_input_tags_are_not_changed_in_place() -> None:
    tags = ["O", "B-PERS"]
    LISTED.apply(tags, ["واكد", "معاليه"])
    assert tags == ["O", "B-PERS"]


def test_shipped_list_loads_with_its_cues() -> None:
    shipped = CommonWordNames.load()
    assert shipped.words[normalize("الخبر")] == [
        ((normalize("الخبر"),), frozenset({"LOC", "ORG", "MISC"}), "place cue")]
    assert shipped.words[normalize("معاليه")] == [((normalize("معاليه"),), frozenset({"PERS"}), "")]
    assert shipped.words["حسن"][0][0] == ("حسن", "الجوار")


def test_the_shipped_list_untags_strange() -> None:
    """`غريب` ("strange") alone was a person 57 times on ANT (stop 25); `أشرف غريب` stays."""
    shipped = CommonWordNames.load()
    words = [normalize(w) for w in ["هدف", "غريب", "من", "أشرف", "غريب"]]
    assert shipped.apply(["O", "B-PERS", "O", "B-PERS", "I-PERS"], words) == [
        "O", "O", "O", "B-PERS", "I-PERS"]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        pytest.param("بعد توفيق الله من", "O B-PERS I-PERS O", "O O O O", id="gods-help"),
        pytest.param("يشعر بالرضا عن", "O B-PERS O", "O O O", id="satisfaction-with-clitic"),
        pytest.param("ونشرت الدار رواية", "O B-ORG O", "O O O", id="the-publishing-house"),
        pytest.param("إلى الدار البيضاء", "O B-LOC I-LOC", "O B-LOC I-LOC", id="casablanca-stays"),
    ],
)
def test_the_shipped_list_untags_stop_50_words(sentence: str, tags: str, expected: str) -> None:
    """Read as names in SaudiNewsNet (stop 50): 28 `توفيق الله`, 27 `الرضا`, 90 `الدار`."""
    words = [normalize(w) for w in sentence.split()]
    assert CommonWordNames.load().apply(tags.split(), words) == expected.split()


def test_an_unknown_condition_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown condition"):
        CommonWordNames.of([(["PERS"], "معاليه", "plae cue")])
