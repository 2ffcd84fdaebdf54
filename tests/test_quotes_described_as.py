"""What someone called a thing: `في عملية وصفتها واشنطن بأنها "غير شرعية"` is Washington's,
`ونفت السلطات الاتهامات ووصفتها بأنها "…"` the subject's of its sentence; `على حد وصفه` and
`بعد يوم من وصفه الغارة بأنها` (his describing, a noun) are no verbs, and a description is an
aside that no later bare verb goes on with. About 90 statements more in 19,000 ANT articles."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

NAMES = {"واشنطن": "LOC", "نيكولاس مادورو": "PERS", "سيرغي لافروف": "PERS",
         "جون بولتون": "PERS", "إسرائيل": "LOC"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وأعيد انتخاب نيكولاس مادورو في عملية وصفتها واشنطن بأنها \"غير شرعية "
                     "وباطلة تماما\".", ("واشنطن", "غير شرعية وباطلة تماما"), id="named-after"),
        pytest.param("ورفض وزير الخارجية الروسي سيرغي لافروف الاتهامات البريطانية ووصفها بأنها "
                     "\"استفزاز طائش وبشع\".", ("سيرغي لافروف", "استفزاز طائش وبشع"),
                     id="the-sentence-subject"),
        pytest.param("ووقع الحادث وسط المدينة، في حادث وصفته الشرطة بأنه \"حدث خاص جدا ومعزول\".",
                     ("الشرطة", "حدث خاص جدا ومعزول"), id="unnamed-body"),
    ],
)
def test_who_described_it(text: str, expected: tuple[str, str]) -> None:
    assert said_everywhere(text, NAMES) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "وقال التحالف إنه سيفتح تحقيقا، بعد يوم من وصفه الغارة بأنها \"عمل عسكري مشروع ضد "
        "المسلحين\".",
        "ونقلت الوكالة عن نائب الوزير وصفه لتسميم العميل بأنه \"استفزاز بترتيب من بريطانيا\".",
    ],
    ids=["after-min", "noun-with-li"],
)
def test_his_describing_is_no_verb(text: str) -> None:
    assert all(speaker not in ("الغارة", "لتسميم العميل") for speaker, _ in
               said_everywhere(text, NAMES))


def test_a_description_is_no_speaker_to_go_on_with() -> None:
    text = ("وقال مستشار الأمن القومي جون بولتون إن بلاده لن تتعاون مع المحكمة الدولية.\n"
            "وأشار إلى تحقيق في تحركات وصفتها إسرائيل بأنها مسيسة.\n"
            "وقال: \"لن نتعاون مع المحكمة الجنائية الدولية ولن نقدم لها أي مساعدة\".")
    found = said_everywhere(text, NAMES)
    assert found[-1] == ("جون بولتون", "لن نتعاون مع المحكمة الجنائية الدولية ولن نقدم لها أي "
                                       "مساعدة")


def test_as_he_put_it_is_no_verb() -> None:
    text = "وقال الوزير إن الخطة جاهزة وإنها ستنفذ قريبا على حد وصفه."
    assert [speaker for speaker, _ in said_everywhere(text, {})] == ["الوزير"]
