"""A quote in marks that is wholly one tagged name is a name, not a statement, however long
(`لدى "ميتسوبيشي يو.إف.جي مورغان ستانلي" للأوراق المالية`; stop 40)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "الاقتصاد الياباني سيعود إلى النمو في الربع المقبل"


@pytest.mark.parametrize(
    ("text", "names", "found"),
    [
        pytest.param('وقال هيروشي ميازاكي الخبير الاقتصادي لدى "ميتسوبيشي يو.إف.جي مورغان '
                     f'ستانلي" للأوراق المالية: "{SAID}".',
                     {"هيروشي ميازاكي": "PERS", "ميتسوبيشي يو.إف.جي مورغان ستانلي": "ORG"},
                     [("هيروشي ميازاكي", SAID)], id="a-bank-in-marks-then-the-statement"),
        pytest.param(f'وقال المتحدث باسم الحكومة: "{SAID}".', {"الحكومة": "ORG"},
                     [("المتحدث باسم الحكومة", SAID)], id="guard-a-statement-is-kept"),
    ],
)
def test_a_name_in_marks_is_no_statement(
        text: str, names: dict[str, str], found: list[tuple[str, str]]) -> None:
    assert said_everywhere(text, names) == found


def test_a_firm_in_marks_is_no_statement() -> None:
    """The clause after it (`، إن …`) is not read yet either: the name must not stand for it."""
    text = f'قال حبيب الملا، رئيس مكتب "بيكر آند ماكينزي حبيب الملا"، إن {SAID}.'
    found = said_everywhere(text, {"حبيب الملا": "PERS", "بيكر آند ماكينزي حبيب الملا": "ORG"})
    assert all(quote != "بيكر آند ماكينزي حبيب الملا" for _, quote in found)


def test_a_series_named_in_marks_is_no_statement() -> None:
    """`في الحلقة التاسعة من "رسائل مختصرة لأمة منتصرة"`: an episode of a series, named; the
    statement is the clause after it (stop 42, ANT seed 2564)."""
    text = ('وقال الظواهري، في الحلقة التاسعة من "رسائل مختصرة لأمة منتصرة"، إنه لا يوجه حديثه '
            "إلى باعة فلسطين.")
    assert said_everywhere(text, {"الظواهري": "PERS"}) == [
        ("الظواهري", "لا يوجه حديثه إلى باعة فلسطين")]
