"""Spelled-out numbers become digits so that paraphrases giving one figure in words agree."""

from __future__ import annotations

import pytest

from siyaq.relate.spelled import spelled_to_digits
from siyaq.relate.text import normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("عن عمر يناهز واحد وستين عاماً", "عن عمر يناهز 61 عاما", id="unit-and-tens"),
        pytest.param("ثلاثون قتيلا", "30 قتيلا", id="tens-alone"),
        pytest.param("أكثر من أربعة عشر مليون طفل", "اكثر من 14 مليون طفل", id="teen-millions"),
        pytest.param("اثني عشر مليون طفل", "12 مليون طفل", id="twelve"),
        pytest.param("عشرة ملايين", "10 ملايين", id="ten-millions"),
        pytest.param("بقيمة خمسة مليارات دولار", "بقيمه 5 مليارات دولار", id="unit-before-billions"),
        pytest.param("رفع الفائدة مئة نقطة أساس", "رفع الفايده 100 نقطه اساس", id="hundred"),
        pytest.param("يوم الأحد", "يوم الاحد", id="weekday-untouched"),
        pytest.param("احد المستشفيات", "احد المستشفيات", id="one-of-untouched"),
        pytest.param("ارتفع 15 في المئة", "ارتفع 15 في الميه", id="percent-untouched"),
        pytest.param("لمدة ست ساعات", "لمده ست ساعات", id="bare-unit-untouched"),
    ],
)
def test_spelled_numbers_as_digits(text: str, expected: str) -> None:
    assert spelled_to_digits(normalize(text)) == expected


def _reference(text: str) -> str:
    """spelled_to_digits before the word checks: every pattern run over every text."""
    from siyaq.relate import spelled as s

    text = s._TEEN.sub(lambda m: str(10 + s.TEEN_UNITS[m[1]]), text)
    text = s._TENS.sub(lambda m: str(s.TENS[m[2]] + (s.UNITS[m[1]] if m[1] else 0)), text)
    text = s._BEFORE_BIG.sub(lambda m: str(s.UNITS[m[1]]), text)
    return s._HUNDRED.sub("100", text)


def test_the_word_checks_change_no_text() -> None:
    import itertools

    from siyaq.relate.spelled import TEEN_UNITS, TENS

    pieces = ["", "و", "عشر", "عشره", "الف", "الاف", "مليون", "ملايين", "مليار", "مليارات",
              "مئه", "مائه", "ميه", "مايه", "نقطه", *list(TEEN_UNITS)[:6], *list(TENS)[:4]]
    for a, b, c in itertools.product(pieces, repeat=3):
        text = normalize(f"بلغ {a} {b} {c} عاما")
        assert spelled_to_digits(text) == _reference(text), text
