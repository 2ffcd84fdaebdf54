"""Bodies and offices speak as written (stop 35, from ANT seed 2547): `وقالت السلطات
الفنزويلية`, `وقال التلفزيون الرسمي`, `وقال المدعي العام`, `وقال البيت الأزرق` are not the
person named nearest before them, who is often the one they speak about."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("وقال الرئيس الفنزويلي نيكولاس مادورو إنه نجا من محاولة اغتيال. وقالت "
                     "السلطات الفنزويلية إن سبعة جنود جرحوا في الحادث.",
                     {"نيكولاس مادورو": "PERS"},
                     ("السلطات الفنزويلية", "سبعة جنود جرحوا في الحادث"), id="authorities"),
        pytest.param("قال رئيس الوزراء الياباني شينزو آبي إن الحكومة تتابع الوضع. وقال "
                     "التلفزيون الرسمي إن الفيضانات أودت بحياة مئة شخص.",
                     {"شينزو آبي": "PERS"},
                     ("التلفزيون الرسمي", "الفيضانات أودت بحياة مئة شخص"), id="state-tv"),
        pytest.param("اتهمت النيابة رجل الأعمال جو لو بالاحتيال. وقال جو لو إنه بريء. وقال "
                     "المدعي العام إن التحقيق لم يثبت أي مخالفة.", {"جو لو": "PERS"},
                     ("المدعي العام", "التحقيق لم يثبت أي مخالفة"), id="prosecutor"),
        pytest.param("دعا الزعيم الكوري الشمالي كيم جونغ أون البابا فرانسيس إلى زيارة بلاده. "
                     "وقال البيت الأزرق في كوريا الجنوبية إن الرئيس سيحمل الدعوة إلى الفاتيكان.",
                     {"كيم جونغ أون": "PERS", "البابا فرانسيس": "PERS"},
                     ("البيت الأزرق", "الرئيس سيحمل الدعوة إلى الفاتيكان"),
                     id="blue-house"),
    ],
)
def test_a_body_speaks_as_written(text: str, names: dict[str, str],
                                  expected: tuple[str, str]) -> None:
    assert said_everywhere(text, names)[-1] == expected


def test_a_title_still_goes_to_the_person_named_with_it() -> None:
    text = ("قال العاهل الأردني الملك عبدالله الثاني إن المواطن معه كل الحق. وأضاف العاهل "
            "الأردني أن الحكومة قصرت في التواصل مع المواطنين.")
    found = said_everywhere(text, {"عبدالله الثاني": "PERS"})
    assert found[-1] == ("عبدالله الثاني", "الحكومة قصرت في التواصل مع المواطنين")
