"""An unnamed source named again with ال (`وقال المسؤول الأميركي` after `مسؤول رفيع في وزارة
الخارجية` spoke) is that source, as the article first described it; a relative clause saying
he was not named (`، الذي لم يكشف عن اسمه، إن`) does not hide his speech (stop 51, from ANT
seed 2579)."""

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
