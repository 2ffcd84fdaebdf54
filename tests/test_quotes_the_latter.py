"""`الأخير` / `الأخيرة` (the latter) as a speaker stands for the person or body named last
before it in the same paragraph: not a woman for the masculine, not a man for the feminine,
a name in marks of its own counts (`شركة "زد تي إي"`); with nobody there it stays as written.
Found in stop 42's fresh random read (ZTE)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

CASES = [
    pytest.param(
        "التقى الرئيس دونالد ترامب زعيم كوريا الشمالية كيم جونغ أون، حيث قال الأخير إنه "
        "يحتفظ بزر القنبلة النووية على مكتبه.",
        {"دونالد ترامب": "PERS", "كيم جونغ أون": "PERS", "كوريا الشمالية": "LOC"},
        "كيم جونغ أون", id="the-second-of-two-men"),
    pytest.param(
        "منعت الحكومة بيع أجزاء إلى شركة \"زد تي إي\" الصينية، بعد أن أقرت الأخيرة بأنها "
        "باعت شحنات غير قانونية إلى إيران.",
        {"زد تي إي": "ORG", "إيران": "LOC"}, "زد تي إي", id="a-company-in-marks"),
    pytest.param(
        "رحل اللاعب أندري شورله عن بوروسيا دورتموند بعدما أعلن الأخير أن لاعبه سيغادر صفوفه.",
        {"أندري شورله": "PERS", "بوروسيا دورتموند": "ORG"}, "بوروسيا دورتموند",
        id="a-club"),
    pytest.param(
        "وقالت الممثلة سارة علي إنها تحب الفيلم، ثم تحدث المخرج كريم سالم عن أعماله.\n"
        "وأكدت الأخيرة أنها ستعود إلى المسرح في الصيف المقبل.",
        {"سارة علي": "PERS", "كريم سالم": "PERS"}, "الأخيرة",
        id="nobody-in-its-paragraph"),
]


@pytest.mark.parametrize(("text", "names", "speaker"), CASES)
def test_the_latter_is_the_one_named_last(text: str, names: dict[str, str],
                                          speaker: str) -> None:
    found = said_everywhere(text, names)
    assert found[-1][0] == speaker


def test_the_feminine_latter_is_not_a_man() -> None:
    text = ("التقت الوزيرة هالة زايد بالسفير مارك تيلور، وقالت الأخيرة إن اللقاء بحث تطوير "
            "المستشفيات.")
    found = said_everywhere(text, {"هالة زايد": "PERS", "مارك تيلور": "PERS"})
    assert found[-1][0] == "هالة زايد"
