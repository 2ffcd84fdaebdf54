"""Relative clauses after a source (stop 35, from ANT seed 2548): `المنتقدين الذين قالوا إن`
speaks for the unnamed group; `حسب الصحيفة التي أكدت أنها` is the paper named before, both
for the credit and for its own clause; `وحسب الصحيفة،` opening a sentence too."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

PAPER = ("خفضت مصلحة الضرائب الإسبانية المبلغ المقرر على اللاعب، حسبما ذكرت صحيفة "
         "\"إل موندو ديبورتيفو\"، الجمعة.\n")
NAMES = {"إل موندو ديبورتيفو": "ORG", "ريال مدريد": "ORG"}


def test_an_unnamed_group_before_alladhina() -> None:
    text = ("ويسعى نيمار إلى إسكات المنتقدين الذين قالوا إن اللاعب اتخذ القرار الخطأ بالرحيل "
            "عن برشلونة.")
    assert said_everywhere(text, {"نيمار": "PERS"}) == [
        ("المنتقدين", "اللاعب اتخذ القرار الخطأ بالرحيل عن برشلونة")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وطالبت المصلحة النجم المنتقل من ريال مدريد بدفع 18.8 مليون يورو.\nلكن "
                     "المبلغ خفض إلى 16.7 مليونا، حسب الصحيفة التي أكدت أنها استطاعت "
                     "الحصول على تفاصيل الصفقة.", "استطاعت الحصول على تفاصيل الصفقة",
                     id="the-papers-own-clause"),
        pytest.param("لكن المبلغ خفض إلى 16.7 مليونا، حسب الصحيفة التي أكدت أنها استطاعت "
                     "الحصول على تفاصيل الصفقة.", "لكن المبلغ خفض إلى 16.7 مليونا",
                     id="the-credit-before-it"),
        pytest.param("وحسب الصحيفة، تم تخفيف العقوبة وتحويلها إلى غرامة بقيمة 350 ألف يورو.",
                     "تم تخفيف العقوبة وتحويلها إلى غرامة بقيمة 350 ألف يورو",
                     id="opening-credit"),
    ],
)
def test_the_paper_is_the_one_named_before(text: str, expected: str) -> None:
    found = dict((quote, speaker) for speaker, quote in said_everywhere(PAPER + text, NAMES))
    assert found[expected] is not None and "إل موندو ديبورتيفو" in found[expected]


def test_a_relative_after_a_title_and_a_bracketed_abbreviation() -> None:
    # stop 38: the organisation's name counts as one word of the apposition, its (فيفا) none
    text = ("وقال إدوين أوفيدو إن الفريق سيواصل المشوار.\nوالتقى أوفيدو جياني إنفانتينو رئيس "
            "الاتحاد الدولي لكرة القدم (فيفا) الذي قال إنه لا يستطيع المساعدة في الطعن.")
    names = {"إدوين أوفيدو": "PERS", "أوفيدو": "PERS", "جياني إنفانتينو": "PERS",
             "الاتحاد الدولي لكرة القدم": "ORG", "فيفا": "ORG"}
    assert said_everywhere(text, names)[-1] == ("جياني إنفانتينو", "لا يستطيع المساعدة في الطعن")
