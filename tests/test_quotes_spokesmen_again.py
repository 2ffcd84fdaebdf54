"""`وقال المتحدث` with no spokesman named (stop 52, all of ANT read before and after): the
spokesman described before by whom he speaks for, even in a sentence that held no speech, is
the same man; his own name after a rank is his; a name after a title he speaks for is his
principal's, unless a body named with ل comes between."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "الطريق سيفتح غدا أمام السيارات"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param("وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات.\n"
                     f"وقال المتحدث إن {SAID}.", {"الجيش الإسرائيلي": "ORG"},
                     "متحدث باسم الجيش الإسرائيلي", id="described-where-no-speech-was"),
        pytest.param("وبثت الوكالة بيانا لمتحدث باسم وزارة الخارجية الكورية الشمالية.\n"
                     f"وقال المتحدث إن {SAID}.", {},
                     "متحدث باسم وزارة الخارجية الكورية الشمالية", id="written-with-a-clitic"),
        pytest.param("وقال متحدث باسم شركة أوبر إن الخدمة عادت.\nوأضاف المتحدث أن الأسعار "
                     f"لن تتغير.\nوتابع المتحدث أن {SAID}.", {"أوبر": "ORG"},
                     "متحدث باسم شركة أوبر", id="a-bare-spokesman-on-the-way-is-the-same-man"),
        pytest.param("واستعرض المتحدث باسم التحالف العقيد الركن تركي المالكي نتائج التقييم.\n"
                     f"وأوضح المتحدث أن {SAID}.", {"تركي المالكي": "PERS"}, "تركي المالكي",
                     id="his-name-after-his-rank"),
        pytest.param("وأعرب المتحدث الرسمي باسم الأمين العام لجامعة الدول العربية محمود عفيفي "
                     f"عن قلقه.\nوأكد المتحدث أن {SAID}.",
                     {"جامعة الدول العربية": "ORG", "محمود عفيفي": "PERS"}, "محمود عفيفي",
                     id="a-name-after-a-body-with-lam-is-his"),
        pytest.param("ونقلت الوكالة عن متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي تأكيده "
                     f"الموقف.\nوقال المتحدث إن {SAID}.", {"تيريزا ماي": "PERS"},
                     "متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي",
                     id="a-name-after-a-title-is-his-principals"),
        pytest.param("قال المتحدث الرسمي باسم الخارجية المصرية، الجمعة، إن ما نسب للوزير "
                     f"سامح شكري غير دقيق.\nوقال المتحدث إن {SAID}.", {"سامح شكري": "PERS"},
                     "المتحدث الرسمي باسم الخارجية المصرية", id="a-minister-after-lam-is-no-rank"),
        pytest.param(f"وقال النقيب عمر الأكلبي المتحدث الرسمي إن الحادث وقع ليلا.\nوأضاف المتحدث "
                     f"أن {SAID}.", {"عمر الأكلبي": "PERS"}, "عمر الأكلبي",
                     id="guard-named-with-the-title"),
        pytest.param(f"وقال المتحدث إن {SAID}.", {}, "المتحدث", id="guard-nobody-described"),
    ],
)
def test_the_spokesman_again(text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)


def test_his_principals_name_is_not_the_spokesman() -> None:
    text = f"وقال متحدث باسم رئيس كوريا الجنوبية مون جاي إن إن {SAID}."
    assert said_everywhere(text, {"كوريا الجنوبية": "LOC", "مون جاي إن": "PERS"})[-1][0] \
        != "مون جاي إن"
