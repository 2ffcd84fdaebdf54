"""An interview given by someone (`جاء ذلك في مقابلة لساندرز مع الزميلة كريستيان امانبور لـCNN
حيث قال:`) is theirs, not the interviewer's; a description by nationality (`قال المدرب
الأرجنتيني:`) is the person named with that nationality as a noun (`رفض الأرجنتيني، هيكتور
كوبر`), not another one of that country. Stop 44's seed 2571; about 70 speakers in 19,000 ANT
articles had been the CNN interviewer."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

INTERVIEW = ("انتقد بيرني ساندرز، المرشح السابق للرئاسة، رد فعل إسرائيل على المظاهرات.\n"
             "جاء ذلك في مقابلة لساندرز مع الزميلة كريستيان امانبور لـCNN حيث قال: \"اعتقد "
             "أن هناك عشرات الآلاف من الناس في احتجاجات سلمية\".\n"
             "وتابع قائلا: \"يتوجب على الولايات المتحدة أن تتعامل مع المأساة في غزة\".")
COMPATRIOT = ("رفض الأرجنتيني، هيكتور كوبر، المدير الفني للمنتخب المصري، تحميل لاعبيه مسؤولية "
              "الهزيمة.\n"
              "وعن مستوى نجم المنتخب محمد صلاح، الذي أحرز الهدف الوحيد، قال المدرب الأرجنتيني: "
              "\"أعتقد أنه لا يمكن أن نشكك في أهمية صلاح\".")


@pytest.mark.parametrize(
    ("text", "names", "speakers"),
    [
        pytest.param(INTERVIEW, {"بيرني ساندرز": "PERS", "ساندرز": "PERS",
                                 "كريستيان امانبور": "PERS"},
                     ["بيرني ساندرز", "بيرني ساندرز"], id="interview-given-by"),
        pytest.param(COMPATRIOT, {"هيكتور كوبر": "PERS", "كوبر": "PERS", "محمد صلاح": "PERS"},
                     ["هيكتور كوبر"], id="compatriot"),
    ],
)
def test_who_speaks(text: str, names: dict[str, str], speakers: list[str]) -> None:
    assert [speaker for speaker, _ in said_everywhere(text, names)] == speakers


def test_an_outlet_after_the_interview_noun_is_no_interviewee() -> None:
    text = ("وفي حديث لفرانس تي في، قال الباحث: \"لا يوجد نص ديني مقدس يخلو من العنف\".")
    found = said_everywhere(text, {"لفرانس تي": "PERS"})
    assert all(speaker != "لفرانس تي" for speaker, _ in found)
