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
