"""A description by an office (`وزير الدفاع البريطاني`, `المبعوث الأممي`) is not read as the
nearest person named when that person was introduced with another office (`رئيسة الوزراء
البريطانية تيريزا ماي`), or with the same office over another portfolio (`وزير الإعلام`).
Stop 41, 35 speakers of 10,000 ANT articles changed: 21 right where they were wrong, 13 wrong
either way, one wrong where it was right."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere
from siyaq.analyze.quotes_offices import office, office_at

SAID = "الهجمات استهدفت موقعا عسكريا قرب مدينة حمص"
OPENING = "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن بلادها شاركت في الضربات.\n"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"{OPENING}وقال وزير الدفاع البريطاني إن {SAID}.", {"تيريزا ماي": "PERS"},
                     "وزير الدفاع البريطاني", id="another-office-stays-as-written"),
        pytest.param("وقال وزير الإعلام خورخي رودريغيز إن الطائرتين انفجرتا.\n"
                     f"وقال وزير الداخلية إن {SAID}.", {"خورخي رودريغيز": "PERS"},
                     "وزير الداخلية", id="the-same-office-over-another-portfolio"),
        pytest.param("أكدت النيابة العامة وفاة الصحفي جمال خاشقجي في القنصلية.\n"
                     f"ونقلت وكالة الأنباء السعودية عن النائب العام أن {SAID}.",
                     {"جمال خاشقجي": "PERS", "وكالة الأنباء السعودية": "ORG"}, "النائب العام",
                     id="a-journalist-holds-no-office"),
        pytest.param(f"{OPENING}وأضافت رئيسة الحكومة البريطانية أن {SAID}.",
                     {"تيريزا ماي": "PERS"}, "تيريزا ماي", id="guard-government-is-ministers"),
        pytest.param(f"{OPENING}وقال الزعيم البريطاني إن {SAID}.", {"تيريزا ماي": "PERS"},
                     "تيريزا ماي", id="guard-a-leader-may-hold-any-office"),
        pytest.param(f"التقى الرئيس الأمريكي دونالد ترامب الصحفيين.\nوقال الرئيس إن {SAID}.",
                     {"دونالد ترامب": "PERS"}, "دونالد ترامب", id="guard-the-same-office"),
    ],
)
def test_an_office_names_its_holder(text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)


@pytest.mark.parametrize(
    ("norm", "held"),
    [
        pytest.param("وزير", "وزير", id="waw-of-the-word"),
        pytest.param("ووزيره", "وزير", id="and-feminine"),
        pytest.param("المدير", "مدرب", id="the-manager-is-the-coach"),
        pytest.param("الشيخ", None, id="honorific"),
        pytest.param("الزعيم", "زعيم", id="leader"),
    ],
)
def test_office_of_a_title_word(norm: str, held: str | None) -> None:
    assert office(norm) == held


@pytest.mark.parametrize(
    ("norms", "held"),
    [
        pytest.param(["وزير", "الداخليه"], ("وزير", "داخليه"), id="portfolio"),
        pytest.param(["رئيس", "الحكومه"], ("رئيس", "وزراء"), id="government-is-ministers"),
        pytest.param(["الرئيس", "التركي"], ("رئيس", ""), id="nationality-is-no-portfolio"),
        pytest.param(["مبعوث", "الامم"], ("مبعوث", ""), id="no-portfolio-for-envoys"),
    ],
)
def test_office_and_portfolio(norms: list[str], held: tuple[str, str]) -> None:
    assert office_at(norms, 0) == held
