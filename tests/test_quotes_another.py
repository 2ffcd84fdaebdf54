"""`وقال مسؤول آخر`, `وقالت ضحية أخرى`: someone new, never the one who spoke before; named by
what follows when the text gives a name (`يدعى جيمس مكريشي`, `، ويدعى توران كيسلاكشي،`)
(stop 38, from the labelled seeds' wrong speakers)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

BEFORE = "وقالت المستثمرة ليلى سالم إن الشركة احتالت على عشرات المستثمرين في المدينة."
SAID = "الشركة تخفي الأرباح منذ سنوات طويلة"


@pytest.mark.parametrize(
    ("sentence", "names", "speaker"),
    [
        pytest.param(f"وذكر ضحية آخر أن {SAID}.", {}, "ضحية آخر", id="another-unnamed"),
        pytest.param(f"وقالت موظفة أخرى في الشركة، عملت فيها عشر سنوات، إن {SAID}.", {},
                     "موظفة أخرى", id="another-woman-described"),
        pytest.param(f"وقال مستثمر آخر يدعى جيمس مكريشي إن {SAID}.",
                     {"جيمس مكريشي": "PERS"}, "جيمس مكريشي", id="named-after-yudaa"),
        pytest.param(f"وقال صديق آخر، ويدعى توران كيسلاكشي، لواشنطن بوست إن {SAID}.",
                     {"توران كيسلاكشي": "PERS", "واشنطن بوست": "ORG"}, "توران كيسلاكشي",
                     id="named-between-commas"),
        pytest.param(f"وقال مشارك آخر في الكتاب بول هاينز إن {SAID}.", {"بول هاينز": "PERS"},
                     "بول هاينز", id="named-after-what-he-took-part-in"),
        pytest.param(f"وتساءلت مستخدمة أخرى عن السماح للمغنية جاكلين فيرنانديز بذلك، وقالت إن "
                     f"{SAID}.", {"جاكلين فيرنانديز": "PERS"}, "مستخدمة أخرى",
                     id="guard-whom-she-spoke-of"),
    ],
)
def test_another_one_is_someone_new(sentence: str, names: dict[str, str], speaker: str) -> None:
    found = said_everywhere(f"{BEFORE}\n{sentence}", {"ليلى سالم": "PERS", **names})
    assert (speaker, SAID) in found


def test_an_account_given_is_no_speaker() -> None:
    # `أورد … رواية أخرى`: what Stone gave; his `وقال` is still his
    text = ('وقال ناطق باسم الحملة إن روجر ستون أقيل من منصبه.\nإلا أن ستون أورد رواية أخرى. '
            f'وقال "{SAID}".')
    found = said_everywhere(text, {"روجر ستون": "PERS", "ستون": "PERS"})
    assert found[-1][0] != "رواية أخرى"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param('وأعربت منظمة الصحة العالمية عن قلقها، ودعت جميع الأطراف إلى "اتخاذ '
                     'التدابير الضرورية لحماية المدنيين".', "منظمة الصحة العالمية",
                     id="all-the-parties-called-on"),
        pytest.param('وقالت كل من فرنسا وألمانيا إن "الاتفاق يجب أن يبقى قائما".',
                     "كل من فرنسا وألمانيا", id="guard-both-of-them-said"),
    ],
)
def test_whom_a_call_is_made_on_is_no_speaker(text: str, speaker: str) -> None:
    names = {"منظمة الصحة العالمية": "ORG", "فرنسا": "LOC", "ألمانيا": "LOC"}
    assert said_everywhere(text, names)[-1][0] == speaker
