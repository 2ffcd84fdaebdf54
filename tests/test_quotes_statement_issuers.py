"""`البيان` speaks for whoever issued the statement the article named before it (`بحسب بيان
أصدرته وزارة …`, `وفق بيان صادر عن …`, `بيان #وزارة_العدل`, `أصدرت X بيانا`), not for the
organisation or person named nearest, who is often its subject or the agency that carried it
(stop 38, from a random read of the archive's quotes)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "وقال البيان إن الحادث قيد التحقيق."
CLAUSE = "الحادث قيد التحقيق"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param("ودعت قطر إلى الإفراج عن محسن صالح الكربي فورا، بحسب بيان أصدرته وزارة "
                     f"الشؤون الخارجية القطرية.\n{SAID}",
                     {"محسن صالح الكربي": "PERS", "قطر": "LOC"},
                     "وزارة الشؤون الخارجية القطرية", id="issued-by-an-untagged-ministry"),
        pytest.param("ووقع الحادث خلال طلعة تدريبية، وفق بيان صادر عن الأسطول الروسي في بحر "
                     f"البلطيق نقلته وكالة أنباء إنترفاكس.\n{SAID}",
                     {"بحر البلطيق": "LOC", "إنترفاكس": "ORG"}, "الأسطول الروسي",
                     id="not-the-agency-that-carried-it"),
        pytest.param("وبحسب بيان #وزارة_العدل_الأميركية، فإن المشتبه بهما احتجزا في جنوب "
                     f"إفريقيا.\n{SAID}", {"جنوب إفريقيا": "LOC"}, "وزارة العدل الأميركية",
                     id="a-hashtag-issuer"),
        pytest.param("قال بيان مشترك صادر عن #الولايات_المتحدة والصين إن البلدين اتفقا على "
                     f"خفض العجز.\n{SAID}", {"الصين": "LOC"}, "الولايات المتحدة والصين",
                     id="two-issuers-of-a-joint-statement"),
        pytest.param("وأصدرت عائلة تشابمان أيضا بيانا نعت فيه الضحية ميريديث.\n" + SAID,
                     {"تشابمان": "PERS", "ميريديث": "PERS"}, "عائلة تشابمان",
                     id="the-subject-of-the-verb-that-issued-it"),
        pytest.param("واستنكر الرئيس العراقي فؤاد معصوم في بيان صادر عن مكتبه القصف.\n" + SAID,
                     {"فؤاد معصوم": "PERS"}, "فؤاد معصوم", id="issued-by-his-office"),
        pytest.param("وقال بيان السلطات البلجيكية إن الحادث قيد التحقيق.", {},
                     "السلطات البلجيكية", id="an-untagged-body-and-its-adjective"),
        pytest.param("قال رئيس الوزراء إن الحكومة مستمرة.\nوقال بيان وزارة الخزانة إن الحادث "
                     "قيد التحقيق.", {}, "وزارة الخزانة", id="a-ministry-in-construct"),
        pytest.param("أعلنت الرئاسة المصرية زيارة الرئيس.\nقال وزير المالية إن الحكومة مستمرة."
                     "\nوقال بيان الرئاسة إن الحادث قيد التحقيق.", {}, "الرئاسة المصرية",
                     id="a-body-by-its-kind-in-construct"),
        pytest.param("وأصدر ريال مدريد بيانا نفى فيه الشائعات.\nوقال بيان النادي إن الحادث "
                     "قيد التحقيق.", {"ريال مدريد": "ORG"}, "ريال مدريد",
                     id="the-club-of-the-club-s-statement"),
        pytest.param("وأكد البيان الذي نشره المركز الإعلامي للجيش اليمني أن الحادث قيد "
                     "التحقيق.", {"الجيش اليمني": "ORG"}, "المركز الإعلامي للجيش اليمني",
                     id="named-in-its-own-relative-clause"),
    ],
)
def test_the_statement_speaks_for_its_issuer(
        text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, CLAUSE)


def test_a_statement_named_with_a_person_is_theirs() -> None:
    text = 'وأشار بيان ترامب إلى أن سلوك برينان "عشوائي وغريب للغاية".'
    found = said_everywhere(text, {"ترامب": "PERS", "برينان": "PERS"})
    assert found[0][0] == "ترامب"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("وفي بيان نشرته وكالة أعماق، أعلن تنظيم داعش مسؤوليته عن التفجير.\n"
                     'وقال البيان "هجوم انغماسي يستهدف مزارا في المدينة".',
                     {"داعش": "ORG", "هجوم انغماسي": "PERS", "أعماق": "ORG"},
                     id="guard-a-name-inside-what-it-said"),
    ],
)
def test_what_the_statement_said_is_not_its_issuer(text: str, names: dict[str, str]) -> None:
    assert said_everywhere(text, names)[-1][0] == "داعش"


def test_what_a_statement_called_on_is_not_its_issuer() -> None:
    text = ("وقال مجلس الأمن الدولي إن الوضع خطير.\n"
            "ودعا بيان المجلس الميليشيات الانقلابية إلى وقف تجنيد الأطفال، وأكد أن الحادث قيد "
            "التحقيق.")
    found = said_everywhere(text, {"مجلس الأمن الدولي": "ORG"})
    assert found[-1] == ("مجلس الأمن الدولي", CLAUSE)


def test_a_statement_published_is_said_once() -> None:
    # `نشر` right after the statement is its passive (`نُشر`): no second speaker
    text = ("وقال إدوين أوفيدو، رئيس اتحاد بيرو لكرة القدم في بيان نشر بموقع الاتحاد على "
            "الإنترنت: سنواصل المشوار في سويسرا حتى النهاية.")
    found = said_everywhere(text, {"إدوين أوفيدو": "PERS", "بيرو": "LOC", "الاتحاد": "ORG"})
    assert found == [("إدوين أوفيدو", "سنواصل المشوار في سويسرا حتى النهاية")]


def test_a_joint_statement_speaks_for_all_who_issued_it() -> None:
    text = ('وقال البيان المشترك لماي والرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية '
            'أنغيلا ميركل: "نحن نؤكد من جديد على غضبنا من استخدام غاز الأعصاب".\n'
            'وأضاف البيان: "نثق بشدة في الاستنتاج البريطاني المتعلق بالمشتبه بهما".')
    names = {"ماي": "PERS", "إيمانويل ماكرون": "PERS", "أنغيلا ميركل": "PERS"}
    leaders = "ماي والرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل"
    assert [speaker for speaker, _ in said_everywhere(text, names)] == [leaders, leaders]


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        pytest.param("وبحسب البيان فقد", {}, id="bi-hasab-the-statement-fa-qad"),
        pytest.param("ووفقا للبيان،", {}, id="wifqan-li-the-statement"),
    ],
)
def test_a_statement_credited_first_speaks_for_its_issuer(
        credit: str, names: dict[str, str]) -> None:
    # stop 51, ANT seed 2579: the source of an opening credit is the statement's issuer too
    text = ("وقالت وزارة العدل الليبية، في بيان على صفحتها، إن الحكم النهائي قد صدر.\n"
            f"{credit} أصدرت المحكمة حكما بإدانة 99 شخصا في القضية.")
    found = said_everywhere(text, names)
    assert found[-1] == ("وزارة العدل الليبية", "أصدرت المحكمة حكما بإدانة 99 شخصا في القضية")
