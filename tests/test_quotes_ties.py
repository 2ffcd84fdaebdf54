"""A tie before a name (`زميله لاعب وسط يوفنتوس رودريغو بنتانكور`) and a relative clause
between كان and قد (`وكان كافاني الذي خرج متألما، قد أشار`) leave the person as the subject
(stop 35, from ANT seed 2547)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

BEFORE = "وقال الاتحاد إن اللاعب خضع لفحص بالأشعة.\n"


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("وفي مؤتمر صحافي، كشف زميله لاعب وسط يوفنتوس الإيطالي رودريغو بنتانكور أن "
                     "كافاني في وضع جيد جدا.",
                     {"يوفنتوس": "ORG", "رودريغو بنتانكور": "PERS", "كافاني": "PERS"},
                     ("رودريغو بنتانكور", "كافاني في وضع جيد جدا"), id="his-colleague"),
        pytest.param("أما شريكه المصمم ستيفانو غابانا فقال إن الجيل الجديد يريد القطع "
                     "الأيقونية.", {"ستيفانو غابانا": "PERS"},
                     ("ستيفانو غابانا", "الجيل الجديد يريد القطع الأيقونية"), id="his-partner"),
        pytest.param("وكان كافاني الذي خرج متألما من أرض الملعب، قد أشار بعد المباراة إلى أنه "
                     "شعر بشد صغير في ربلة الساق.", {"كافاني": "PERS"},
                     ("كافاني", "شعر بشد صغير في ربلة الساق"), id="kana-relative-clause-qad"),
    ],
)
def test_the_person_after_a_tie_or_a_relative_clause_speaks(
        text: str, names: dict[str, str], expected: tuple[str, str]) -> None:
    assert said_everywhere(BEFORE + text, names)[-1] == expected


def test_an_unnamed_lawmaker_named_later_with_the_same_title() -> None:
    text = ("تراجع اليورو بعد أن قال مشرع إيطالي كبير إن معظم مشكلات البلاد ستحل إذا تخلت عن "
            "اليورو.\nوتراجع المشرع كلاوديو بورجي في وقت لاحق عن تصريحاته.")
    assert said_everywhere(text, {"كلاوديو بورجي": "PERS"}) == [
        ("كلاوديو بورجي", "معظم مشكلات البلاد ستحل إذا تخلت عن اليورو")]


def test_guard_an_unnamed_official_stays_unnamed() -> None:
    text = ("وقال مسؤول أمريكي إن المحادثات ستستأنف الأسبوع المقبل.\nوقال المسؤول جون كيري إن الاتفاق "
            "قريب.")
    assert said_everywhere(text, {"جون كيري": "PERS"})[0] == (
        "مسؤول أمريكي", "المحادثات ستستأنف الأسبوع المقبل")
