"""An unnamed source named again with ال (`وقال المسؤول الأميركي` after `مسؤول رفيع في وزارة
الخارجية` spoke) is that source, as the article first described it; a relative clause saying
he was not named (`، الذي لم يكشف عن اسمه، إن`) does not hide his speech; evidence alone
(`وأشارت تقديرات إلى أن`) is nobody's, not the last speaker's (stop 51, from ANT seed 2579)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

FIRST = "ونقلت رويترز عن مسؤول رفيع في وزارة الخارجية قوله إن المحادثات ستشمل بريطانيا وفرنسا.\n"
CLAUSE = "الوزارة ستقود جهودا مع الحلفاء في المرحلة الأولى"


@pytest.mark.parametrize(
    ("again", "speaker"),
    [
        pytest.param(f"وقال المسؤول الأميركي إن {CLAUSE}.", "مسؤول رفيع", id="the-same-noun"),
        pytest.param(f"وقال المسؤول الأميركي، الذي لم يكشف عن اسمه، إن {CLAUSE}.", "مسؤول رفيع",
                     id="not-named-between-commas"),
        pytest.param(f"وقال المصدر إن {CLAUSE}.", "المصدر", id="guard-another-noun"),
    ],
)
def test_a_source_named_again_is_the_first_description(again: str, speaker: str) -> None:
    found = said_everywhere(FIRST + again, {"رويترز": "ORG", "بريطانيا": "LOC", "فرنسا": "LOC"})
    assert found[-1] == (speaker, CLAUSE)


def test_an_unnamed_woman_s_other_acts_are_not_skipped() -> None:
    # only right before the speech is the relative clause about her name left out
    text = ("وفي بيانها، أكدت المرأة التي لم يفصح عن اسمها ما نشر في الصحيفة عن أن ترودو "
            "اعتذر.\nوقالت \"لم ألاحق القصة في ذلك الوقت ولن ألاحقها أكثر من ذلك\".")
    found = said_everywhere(text, {"ترودو": "PERS"})
    assert ("ترودو", "لم ألاحق القصة في ذلك الوقت ولن ألاحقها أكثر من ذلك") not in found


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        pytest.param("وأشارت تقديرات إلى أن", [], id="estimates-alone-speak-for-no-one"),
        pytest.param("وتشير الأرقام إلى أن", [], id="figures-alone-speak-for-no-one"),
    ],
)
def test_evidence_takes_no_earlier_speaker(evidence: str, expected: list[str]) -> None:
    # stop 51, ANT seed 2579: the estimates had been the organisation named before them
    text = (f"وقالت منظمة الصحة العالمية إن الوضع خطير في المنطقة كلها.\n{evidence} حجم تجارة "
            "الحشرات وصل في عام 2015 إلى 33 مليون دولار.")
    found = said_everywhere(text, {"منظمة الصحة العالمية": "ORG"})
    assert [speaker for speaker, quote in found if quote.startswith("حجم")] == expected


@pytest.mark.parametrize(
    "title",
    [pytest.param("الباحثة", id="a-researcher"), pytest.param("الخبيرة", id="an-expert"),
     pytest.param("المحامية", id="a-lawyer")],
)
def test_a_woman_s_profession_before_her_name_is_a_title(title: str) -> None:
    # stop 51, ANT seed 2579: the untagged name after the title is the speaker
    text = f'ونقل موقع "ميديكال نيوز توداي" عن {title} فاليري ستول قولها: "{CLAUSE}".'
    found = said_everywhere(text, {"ميديكال نيوز توداي": "ORG"})
    assert found and "ستول" in (found[0][0] or "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('أكدت قيادة التحالف "تحالف دعم الشرعية في اليمن" على التزامها بتسهيل '
                     "مهام الإغاثة.", [], id="the-body-s-name-in-marks"),
        pytest.param('وقال نادي هامبورغ "هامبورغ لا ينتمي لدوري الدرجة الثانية".',
                     [("نادي هامبورغ", "هامبورغ لا ينتمي لدوري الدرجة الثانية")],
                     id="guard-a-statement-ending-the-sentence"),
    ],
)
def test_a_body_s_name_in_marks_after_it_is_no_quote(
        text: str, expected: list[tuple[str, str]]) -> None:
    # stop 51, ANT seed 2579: the name had been the body's statement (10 on ANT)
    assert said_everywhere(text, {}) == expected
