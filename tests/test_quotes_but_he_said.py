"""`قال X إن الفكرة ستثير الجدل، لكنه قال "…"`: after `لكنه` / `إلا أنه` / `غير أنه` a verb
of speech opens the same speaker's next statement, so the reported clause before it ends at
the comma instead of running into the marked words (where it was lost as an overlap). Stop
43's seed 2567; 156 reported spans end earlier in 10,000 ANT articles."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

NAMES = {"دونالد ترامب": "PERS"}


@pytest.mark.parametrize(
    "but",
    [pytest.param("لكنه", id="lakinnahu"), pytest.param("ولكنه", id="wa-lakinnahu"),
     pytest.param("إلا أنه", id="illa-annahu"), pytest.param("غير أنه", id="ghayra-annahu")],
)
def test_a_clause_ends_before_but_he_said(but: str) -> None:
    text = (f"وقال دونالد ترامب خلال اجتماع مع الطلاب، إن الفكرة ستثير الجدل، {but} قال "
            "\"لو كان لدينا معلم يجيد استخدام السلاح لتمكن من إنهاء الهجوم سريعا\".")
    assert said_everywhere(text, NAMES) == [
        ("دونالد ترامب", "الفكرة ستثير الجدل"),
        ("دونالد ترامب", "لو كان لدينا معلم يجيد استخدام السلاح لتمكن من إنهاء الهجوم سريعا"),
    ]


def test_but_without_a_verb_of_speech_stays_in_the_clause() -> None:
    text = "وقال دونالد ترامب إن الفكرة جيدة، لكنها تحتاج إلى وقت طويل قبل أن تنفذ."
    assert said_everywhere(text, NAMES) == [
        ("دونالد ترامب", "الفكرة جيدة، لكنها تحتاج إلى وقت طويل قبل أن تنفذ")]
