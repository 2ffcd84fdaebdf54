"""An interview given by someone (`جاء ذلك في مقابلة لساندرز مع الزميلة كريستيان امانبور لـCNN
حيث قال:`) is theirs, not the interviewer's; a description by nationality (`قال المدرب
الأرجنتيني:`) is the person named with that nationality as a noun (`رفض الأرجنتيني، هيكتور
كوبر`), not another one of that country. Stop 44's seed 2571; about 70 speakers in 19,000 ANT
articles had been the CNN interviewer."""

from __future__ import annotations

from quote_support import said_everywhere

SANDERS = {"بيرني ساندرز": "PERS", "ساندرز": "PERS", "كريستيان امانبور": "PERS"}


def test_the_interview_is_the_interviewees() -> None:
    text = ("انتقد بيرني ساندرز، المرشح السابق للرئاسة، رد فعل إسرائيل على المظاهرات.\n"
            "جاء ذلك في مقابلة لساندرز مع الزميلة كريستيان امانبور لـCNN حيث قال: \"اعتقد أن "
            "هناك عشرات الآلاف من الناس في احتجاجات سلمية\".\n"
            "وتابع قائلا: \"يتوجب على الولايات المتحدة أن تتعامل مع المأساة في غزة\".")
    found = said_everywhere(text, SANDERS)
    assert [speaker for speaker, _ in found] == ["بيرني ساندرز", "بيرني ساندرز"]


def test_an_outlet_after_the_interview_noun_is_no_interviewee() -> None:
    text = ("وفي حديث لفرانس تي في، قال الباحث: \"لا يوجد نص ديني مقدس يخلو من العنف\".")
    found = said_everywhere(text, {"لفرانس تي": "PERS"})
    assert all(speaker != "لفرانس تي" for speaker, _ in found)


COOPER = {"هيكتور كوبر": "PERS", "كوبر": "PERS", "محمد صلاح": "PERS"}


def test_a_description_by_nationality_is_the_compatriot() -> None:
    text = ("رفض الأرجنتيني، هيكتور كوبر، المدير الفني للمنتخب المصري، تحميل لاعبيه مسؤولية "
            "الهزيمة.\n"
            "وعن مستوى نجم المنتخب محمد صلاح، الذي أحرز الهدف الوحيد، قال المدرب الأرجنتيني: "
            "\"أعتقد أنه لا يمكن أن نشكك في أهمية صلاح\".")
    assert said_everywhere(text, COOPER)[-1][0] == "هيكتور كوبر"

