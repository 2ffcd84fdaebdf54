"""What a speaker called something (stop 35): a word or two in marks after `وصف X Y بـ` or
`بأنه` are X's words when X is named right after the verb and Y stands between; otherwise
(the object named first, a passive) such short marks stay terms, not quotes."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("وقال ترامب إن التجارة غير عادلة منذ سنوات طويلة. ووصف ترامب الصين "
                     "والاتحاد الأوروبي بأنهم \"خصوم\".", {"ترامب": "PERS"},
                     ("ترامب", "خصوم"), id="as-adversaries"),
        pytest.param("ووصف رئيس الوزراء العراقي حيدر العبادي تدمير المسجد بـ\"جريمة تاريخية\".",
                     {"حيدر العبادي": "PERS"}, ("حيدر العبادي", "جريمة تاريخية"),
                     id="titles-before-the-describer"),
    ],
)
def test_the_describer_named_after_the_verb(text: str, names: dict[str, str],
                                            expected: tuple[str, str]) -> None:
    assert said_everywhere(text, names)[-1] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وفي سلسلة تغريدات وصف الرئيس الأمريكي الرئيس الأسد بـ\"الحيوان\".",
                     {"الأسد": "PERS"}, id="the-object-named-first"),
        pytest.param("وطالب الاتحاد الأوروبي بالتحقيق فيما وصف بـ\"المجزرة\".",
                     {"الاتحاد الأوروبي": "ORG"}, id="a-passive"),
        pytest.param("تاريخ المدينة\nالافتتاح: 2018\nالسعة: 45 ألف متفرج\nالافتتاح: 2014",
                     {}, id="short-label-lines"),
    ],
)
def test_guard_short_marks_without_a_named_describer_are_no_quotes(text: str,
                                                             names: dict[str, str]) -> None:
    assert all(len(quote.split()) >= 3 for _, quote in said_everywhere(text, names))
