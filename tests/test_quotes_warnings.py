"""A warning reports the clause after its من even when a day, a time or whom it warned stands
between (`وحذر المالكي الأحد من أن`, `حذر صندوق النقد الدولي قادة الاقتصادات السبت من أن`),
in the present too (`ويحذر خبراء من أن`), but not an أن further on that another word governs
(`من معركة …، التي يتوقع أن`); and `بقوله إن` reports what the sentence's subject said
(`بث ماسك الفوضى في سوق المال بقوله إنه`), `بعد قول X إن` X's, and `أعرب عن أمله في أن` what
was hoped. Found in the misses of the ANT label files (stop 42)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

CLAUSE = "التحالف سيرد بشكل حازم على الهجمات"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وحذر المالكي الأحد من أن {CLAUSE}.", {"المالكي": "PERS"}, "المالكي",
                     id="after-a-day"),
        pytest.param(f"وحذر المالكي في وقت سابق من أن {CLAUSE}.", {"المالكي": "PERS"},
                     "المالكي", id="after-a-time"),
        pytest.param(f"وحذر المالكي بعيد هجمات الأربعاء من أن {CLAUSE}.", {"المالكي": "PERS"},
                     "المالكي", id="after-a-longer-adjunct"),
        pytest.param(f"حذر صندوق النقد الدولي قادة الدول السبت من أن {CLAUSE}.",
                     {"صندوق النقد الدولي": "ORG"}, "صندوق النقد الدولي",
                     id="after-whom-it-warned"),
        pytest.param(f"ويحذر خبراء من أن {CLAUSE}.", {}, "خبراء", id="in-the-present"),
        pytest.param(f"وحذر مدير الاستخبارات الأميركية دان كوتس الأحد بأن {CLAUSE}.",
                     {"دان كوتس": "PERS"}, "دان كوتس", id="warned-that-with-bi"),
    ],
)
def test_a_warning_reports_its_clause(text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names) == [(speaker, CLAUSE)]


def test_an_an_that_another_word_governs_is_no_warning() -> None:
    text = ("وتحذر معظم المنظمات الإنسانية من معركة السيطرة على ميناء الحديدة، التي يتوقع أن "
            "تخلف تبعات كارثية على مئات الآلاف من اليمنيين.")
    assert said_everywhere(text, {"الحديدة": "LOC"}) == []


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("ومن خلال بضع تغريدات، بث ماسك الفوضى في سوق المال بقوله إنه يدرس سحب "
                     "الشركة من البورصة.", {"ماسك": "PERS"},
                     ("ماسك", "يدرس سحب الشركة من البورصة"), id="after-an-opening-adverbial"),
        pytest.param("وأثار الرئيس التركي انتقادات واسعة بقوله إن الطفلة ستتشرف بذلك.", {},
                     ("الرئيس التركي", "الطفلة ستتشرف بذلك"), id="not-the-verb-s-object"),
        pytest.param("وحاول نصر الله أن يرفع معنويات أنصاره بقوله إن الغارات لم تدمر سلاح "
                     "الجو.", {"نصر الله": "PERS"},
                     ("نصر الله", "الغارات لم تدمر سلاح الجو"), id="the-sentence-s-subject"),
    ],
)
def test_by_his_saying_is_the_subject_s_statement(
        text: str, names: dict[str, str], expected: tuple[str, str]) -> None:
    assert said_everywhere(text, names) == [expected]


def test_her_saying_does_not_go_on_with_a_man() -> None:
    text = ("ورد ترامب على موقف المغنية بقوله إن إعجابه بموسيقاها تراجع كثيرا.\n"
            'وقالت سويفت "أؤمن بالنضال من أجل حقوق الجميع".\nوأضافت "لن أصوت لها".')
    found = said_everywhere(text, {"ترامب": "PERS", "سويفت": "PERS"})
    assert [speaker for speaker, _ in found] == ["ترامب", "سويفت", "سويفت"]


def test_a_verse_after_by_his_saying_is_still_scripture() -> None:
    text = 'وختم الخطيب خطبته مستشهدا بقوله تعالى: "إن الله مع الصابرين".'
    assert said_everywhere(text, {})[-1][0] == "الله"


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("وجاءت بعد يوم من قول وزير الخارجية الأميركي مايك بومبيو إن الولايات "
                     "المتحدة ستشن حملة على دعم إيران.", {"مايك بومبيو": "PERS"},
                     [("مايك بومبيو", "الولايات المتحدة ستشن حملة على دعم إيران")],
                     id="after-his-saying"),
        pytest.param('وقالت صحيفة "دياريو قول" الإسبانية إن إيسكو سأل المدرب عن مستقبله.',
                     {"دياريو قول": "ORG"},
                     [("دياريو قول", "إيسكو سأل المدرب عن مستقبله")],
                     id="guard-a-paper-s-name-in-marks"),
    ],
)
def test_the_saying_of_someone_named_after_it(
        text: str, names: dict[str, str], expected: list[tuple[str, str]]) -> None:
    """`بعد قول X إن …`: a saying recalled, X's (stop 42, from the misses of the labels)."""
    assert said_everywhere(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("وأعرب الرئيس الصيني شي جين بينغ عن يقينه التام بأن بكين وأبوظبي ستفتحان "
                     "فصلا جديدا.", {"شي جين بينغ": "PERS"},
                     [("شي جين بينغ", "بكين وأبوظبي ستفتحان فصلا جديدا")], id="certainty"),
        pytest.param("وأعرب الوزير عن أمله في أن تنتهي الأزمة قريبا بين البلدين.", {},
                     [("الوزير", "تنتهي الأزمة قريبا بين البلدين")], id="hope"),
        pytest.param("وأعرب رئيس الوكالة، علي أكبر صالحي، عن أمله في بقاء الاتفاق بين إيران "
                     "والقوى الدولية.", {"علي أكبر صالحي": "PERS"}, [], id="guard-a-noun"),
        pytest.param("وأعرب الوزير عن قلقه من أن تنتهي الأزمة بحرب بين البلدين.", {}, [],
                     id="guard-a-worry"),
    ],
)
def test_a_hope_expressed_reports_its_clause(
        text: str, names: dict[str, str], expected: list[tuple[str, str]]) -> None:
    """`وأعرب X عن أمله في أن …`, `عن يقينه بأن`: what he said he hoped or was sure of; a
    hope with a noun and a worry are not reported speech (stop 42, from the misses of the
    labels)."""
    assert said_everywhere(text, names) == expected
