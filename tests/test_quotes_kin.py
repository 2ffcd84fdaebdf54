"""Kin before a name (`والدة نيكي فيرستابن`, `والد أوزيل`): whose mother or father spoke, not
the person named; a name after a comma is the relative's own (`والدة خافيير، غابرييلا ميلر`,
`شقيق ولي العهد، خالد بن سلمان`), and so is a name after a kin word with a pronoun (`نجله
طارق`: his son Tariq). Stop 40, 42 speakers of 10,000 ANT articles."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "العائلة لم تكن تعتقد أن الشرطة ستنجح في اعتقال المشتبه به"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وقالت والدة نيكي فيرستابن إن {SAID}.", {"نيكي فيرستابن": "PERS"},
                     "والدة نيكي فيرستابن", id="mother-of-the-person-named"),
        pytest.param(f"وأوضح والد اللاعب البرازيلي نيمار أن {SAID}.", {"نيمار": "PERS"},
                     "والد اللاعب البرازيلي نيمار", id="father-of-a-described-person"),
        pytest.param(f"وقالت والدة خافيير، غابرييلا ميلر، لصحيفة محلية إن {SAID}.",
                     {"خافيير": "PERS", "غابرييلا ميلر": "PERS"}, "غابرييلا ميلر",
                     id="her-own-name-after-a-comma"),
        pytest.param(f"وأكد شقيق ولي العهد، خالد بن سلمان، أن {SAID}.",
                     {"خالد بن سلمان": "PERS"}, "خالد بن سلمان",
                     id="guard-his-own-name-after-the-office"),
        pytest.param(f"توفي الفنان الكبير أمس.\nوكشف نجله طارق أن {SAID}.", {"طارق": "PERS"},
                     "طارق", id="guard-a-kin-word-with-a-pronoun"),
        pytest.param(f"وقالت عائلة الصحفية ماري كولفن إن {SAID}.", {"ماري كولفن": "PERS"},
                     "عائلة الصحفية ماري كولفن", id="a-family-no-untagged-name"),
        pytest.param(f"وأشارت حفيدة فريد شوقي وهدى سلطان إلى أن {SAID}.",
                     {"فريد شوقي": "PERS", "هدى سلطان": "PERS"}, "حفيدة فريد شوقي",
                     id="guard-the-second-grandparent-is-no-own-name"),
    ],
)
def test_kin_speak_for_themselves(text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param("ومن بينهم أمال التي تؤكد أنها لم تصنع المشروب هذا العام بسبب الغلاء.\n"
                     "ويعد المشروب من أشهر المشروبات وأقدمها في مائدة رمضان.\n"
                     f'وتقول بأسى "{SAID}".', {"أمال": "PERS"}, "أمال", id="sadly"),
        pytest.param(f'ورفض بشار الأسد القرار.\nبينما علق الرئيس السوري بقوله: "{SAID}".',
                     {"بشار الأسد": "PERS"}, "بشار الأسد", id="by-his-saying"),
    ],
)
def test_how_it_was_said_is_no_speaker(text: str, names: dict[str, str], speaker: str) -> None:
    """`وتقول بأسى`, `علق … بقوله:`: manner, not a name (stop 40)."""
    assert said_everywhere(text, names)[-1] == (speaker, SAID)
