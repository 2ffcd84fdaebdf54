"""Texts that made the quote finder raise (6 of the 31,525 ANT articles lost their whole
analysis to it before stop 43): a statement noun read inside `لبيان` as the text's last word,
and a day between an issuing verb and its statement (`وأصدر الأربعاء بيانا قال فيه`)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param(
            "أعلنت الأكاديمية الملكية السويدية للعلوم أن الخبيرين فازا بجائزة نوبل، وفقا لبيان",
            {"نوبل": "MISC"},
            [("الأكاديمية الملكية السويدية للعلوم", "الخبيرين فازا بجائزة نوبل")],
            id="credit-noun-ends-the-text"),
        pytest.param(
            "وقال وزير الإعلام إن الحكومة ستعلن قرارها قريبا.\n"
            "وأصدر الأربعاء بيانا قال فيه إن الأمر انتهى تماما.",
            {},
            [("وزير الإعلام", "الحكومة ستعلن قرارها قريبا"),
             ("وزير الإعلام", "الأمر انتهى تماما")],
            id="a-day-before-the-statement"),
    ],
)
def test_edge_texts_are_read_without_raising(text: str, names: dict[str, str],
                                             expected: list[tuple[str, str]]) -> None:
    assert said_everywhere(text, names) == expected
