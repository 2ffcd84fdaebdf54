import pytest

from siyaq.arabic.normalize import (
    fold_presentation_forms,
    name_as_shown,
    normalize_light,
    normalize_search,
    strip_diacritics,
)

# (input, search form): one case per documented rule.
SEARCH_RULES = [
    pytest.param("أحمد", "احمد", id="alef-hamza-above"),
    pytest.param("إسرائيل", "اسرائيل", id="alef-hamza-below"),
    pytest.param("آخر", "اخر", id="alef-madda"),
    pytest.param("ٱلله", "الله", id="alef-wasla"),
    pytest.param("مستشفى", "مستشفي", id="alef-maqsura"),
    pytest.param("المدينة", "المدينه", id="ta-marbuta"),
    pytest.param("كِتَابٌ", "كتاب", id="diacritics"),
    pytest.param("مُحَمَّدٌ", "محمد", id="shadda-and-tanween"),
    pytest.param("هٰذا", "هذا", id="superscript-alef"),
    pytest.param("كتـــاب", "كتاب", id="tatweel"),
    pytest.param("٢٠٢٠", "2020", id="arabic-indic-digits"),
    pytest.param("۱۳۹۹", "1399", id="persian-digits"),
    pytest.param("ﻻ", "لا", id="presentation-lam-alef"),
    pytest.param("ﺍﻟﺴﻼﻡ", "السلام", id="presentation-letters"),
    pytest.param("سو\u200bريا", "سوريا", id="zero-width-space"),
    pytest.param("\u200fسوريا\u200e", "سوريا", id="bidi-marks"),
    pytest.param("\u202bسوريا\u202c", "سوريا", id="bidi-embedding"),
    pytest.param("\ufeffسوريا", "سوريا", id="bom"),
    pytest.param("میخواهم", "ميخواهم", id="persian-yeh"),
    pytest.param("کتاب", "كتاب", id="persian-keheh"),
    pytest.param("Reuters", "reuters", id="latin-lowercase"),
]


@pytest.mark.parametrize(("text", "expected"), SEARCH_RULES)
def test_search_form_applies_each_rule(text: str, expected: str) -> None:
    assert normalize_search(text) == expected


LIGHT_RULES = [
    pytest.param("كتـــاب", "كتاب", id="tatweel"),
    pytest.param("٢٠٢٠/٠٢/٠٦", "2020/02/06", id="digits"),
    pytest.param("ﻻ", "لا", id="presentation"),
    pytest.param("\u200fنص\u200e", "نص", id="controls"),
    pytest.param("أحمد", "أحمد", id="keeps-hamza"),
    pytest.param("مدرسةٌ", "مدرسةٌ", id="keeps-diacritics-and-ta-marbuta"),
    pytest.param("مستشفى", "مستشفى", id="keeps-alef-maqsura"),
    pytest.param("Reuters", "Reuters", id="keeps-case"),
]


@pytest.mark.parametrize(("text", "expected"), LIGHT_RULES)
def test_light_form_only_removes_invisible_and_typographic(text: str, expected: str) -> None:
    assert normalize_light(text) == expected


def test_presentation_folding_leaves_other_blocks_alone() -> None:
    # NFKC would turn the superscript two and fullwidth A; our folding must not.
    assert fold_presentation_forms("x² Ａ ﻻ") == "x² Ａ لا"


def test_strip_diacritics_keeps_letter_forms() -> None:
    assert strip_diacritics("إِسْرَائِيلُ") == "إسرائيل"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        pytest.param("دونالد ترامبـ", "دونالد ترامب", id="tatweel"),
        pytest.param("روسيّا", "روسيا", id="shadda"),
        pytest.param("دونالد #ترمب", "دونالد ترمب", id="hashtag-mark"),
        pytest.param("#الولايات_المتحدة", "الولايات المتحدة", id="hashtag-words"),
        pytest.param("دونالد\u00a0 ترامب", "دونالد ترامب", id="no-break-space"),
        pytest.param("تنظيم «داعش", "تنظيم داعش", id="opening-guillemet"),
        pytest.param('حركة "حماس"', "حركة حماس", id="straight-quotes"),
        pytest.param("“النهضة”", "النهضة", id="curly-quotes"),
        pytest.param("إسرائيل", "إسرائيل", id="hamza-kept"),
        pytest.param("مستشفى", "مستشفى", id="alef-maqsura-kept"),
    ],
)
def test_name_as_shown_folds_only_marks(written: str, shown: str) -> None:
    assert name_as_shown(written) == shown


def test_search_form_is_idempotent() -> None:
    text = "أعلنت الولايات المتحدة، على لسان ﻻ مستشفى ٢٠٢٠ كِتَابٌ"
    once = normalize_search(text)
    assert normalize_search(once) == once


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        pytest.param("بوتين", "بوتن", True, id="ya-inside"),
        pytest.param("انستاغرام", "انستغرام", True, id="alef-inside"),
        pytest.param("نتانياهو", "نتنياهو", True, id="both"),
        pytest.param("سليماني", "سليمان", False, id="final-ya-kept"),
        pytest.param("حسين", "حسن", False, id="short-names"),
        pytest.param("سعيد", "سعد", False, id="three-letters-left"),
    ],
)
def test_spelling_key(one: str, other: str, same: bool) -> None:
    from siyaq.arabic.normalize import spelling_key

    assert (spelling_key(one) == spelling_key(other)) is same
