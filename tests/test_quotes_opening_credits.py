"""A source credited first (`وبحسب X فإن`, `ووفقا لرويترز، فإن`) or last (`…، وفقا لتقارير
محلية`) vouches for its sentence: فإن ends the source without a comma, and the ل after
وفقا / طبقا is the cue's, not whom it was told (stop 36, from ANT seeds 2550 and 2551); فقد
does as فإن does (`وبحسب الأمم المتحدة فقد فر …`, stop 42); a source may go on with where
it is before its comma and فإن (`ووفقا لوزارة الصحة في غزة، فإن`, stop 51)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

BEFORE = "أعلنت الشركة عن نتائجها الفصلية.\n"


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("وبحسب صحيفة وول ستريت جورنال فإن الشركة ستعلن عن خطة جديدة الأسبوع المقبل.",
                     {"وول ستريت جورنال": "ORG"},
                     [("وول ستريت جورنال", "الشركة ستعلن عن خطة جديدة الأسبوع المقبل")],
                     id="fa-inna-without-comma"),
        pytest.param("ووفقا لرويترز، فإن الشركة ستعلن عن خطة جديدة الأسبوع المقبل.", {},
                     [("رويترز", "الشركة ستعلن عن خطة جديدة الأسبوع المقبل")],
                     id="wifqan-li-outlet"),
        pytest.param("وبلغ عدد المهاجرين فيها 300 ألف أجنبي في عام 2016، وفقا لتقارير محلية.", {},
                     [("تقارير محلية", "وبلغ عدد المهاجرين فيها 300 ألف أجنبي في عام 2016")],
                     id="trailing-wifqan-li"),
        pytest.param("وبحسب الأمم المتحدة فقد فر 700 ألف مسلم من الروهينغا إلى بنغلاديش.",
                     {"الأمم المتحدة": "ORG"},
                     [("الأمم المتحدة", "فر 700 ألف مسلم من الروهينغا إلى بنغلاديش")],
                     id="fa-qad-without-comma"),
        pytest.param("ووفق شهود عيان، فقد فجر انتحاري حزامه الناسف بالقرب من التجمع.", {},
                     [("شهود عيان", "فجر انتحاري حزامه الناسف بالقرب من التجمع")],
                     id="fa-qad-after-a-comma"),
        pytest.param("ووفقا للقانون، فقد يجب على الحكومة أن تدفع التعويضات كاملة.", {}, [],
                     id="guard-fa-qad-after-a-law"),
        pytest.param("ووفقا لوزارة الصحة في غزة، فإن عدد القتلى ارتفع إلى 60 شخصا منذ الصباح.",
                     {"غزة": "LOC"},
                     [("وزارة الصحة", "عدد القتلى ارتفع إلى 60 شخصا منذ الصباح")],
                     id="source-and-where-it-is-then-fa-inna"),
        pytest.param("ووفقا لوزارة الصحة في غزة ارتفع عدد القتلى إلى 60 شخصا منذ الصباح.",
                     {"غزة": "LOC"}, [], id="guard-no-fa-inna-after-the-place"),
        pytest.param("ووفقا للمعلومات المتوفرة، فإن الشركة ستعلن عن خطة جديدة الأسبوع المقبل.", {},
                     [], id="guard-what-is-known"),
        pytest.param("وبحسب المدرب فإن روبن فان بيرسي سيغيب عن المباراة المقبلة.",
                     {"روبن فان بيرسي": "PERS"},
                     [("المدرب", "روبن فان بيرسي سيغيب عن المباراة المقبلة")],
                     id="guard-van-in-a-name"),
    ],
)
def test_a_credited_source_vouches_for_its_sentence(
        text: str, names: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert said_everywhere(BEFORE + text, names) == expected
