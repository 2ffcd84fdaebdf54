"""What one wrote (`وكتب ماسك على تويتر أن …`), a body posting on its own page (`وكتب الجيش
على حسابه بموقع تويتر أن`: the page is where, not who), groups by their construct plural
(`وقال منظمو المزاد إن`), a document that is no surname (`وذكرت الوثيقة`), an organisation
not read as another one named before (`الاتحاد الأوروبي` after `البرلمان الأوروبي`), the
people an outlet quoted going on speaking after its credit, and an unnamed person opening a
sentence (`كما نجا رجل …، وقال`). Found on ANT seed 2578 (stop 47)."""

from __future__ import annotations

import pytest

from quote_support import said, said_everywhere

CLAUSE = "الخطة ألغيت بعد اجتماع لمجلس الإدارة الخميس الماضي"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وكتب إيلون ماسك أن {CLAUSE}.", {"إيلون ماسك": "PERS"}, "إيلون ماسك",
                     id="wrote-that"),
        pytest.param(f"وكتب إيلون ماسك، في منشور على موقع الشركة، أن {CLAUSE}.",
                     {"إيلون ماسك": "PERS"}, "إيلون ماسك", id="wrote-in-a-post"),
        pytest.param(f"وكتب رئيس البرلمان أنطونيو تجاني إلى زوكربرغ أن {CLAUSE}.",
                     {"أنطونيو تجاني": "PERS", "زوكربرغ": "PERS"}, "أنطونيو تجاني",
                     id="wrote-to-someone"),
        pytest.param(f"وكتب الجيش الإسرائيلي على حسابه بموقع تويتر أن {CLAUSE}.",
                     {"تويتر": "ORG"}, "الجيش الإسرائيلي", id="on-its-own-page"),
    ],
)
def test_what_was_written_and_by_whom(text: str, names: dict[str, str], speaker: str) -> None:
    assert said(text, names) == [(speaker, CLAUSE)]


def test_organisers_are_a_group_not_a_name() -> None:
    text = ('وقال منظمو المزاد إنه خلال الرحلة "حاولت (الأميرة ديانا) الالتزام بالأزياء المحلية".'
            '\nوقالوا إنها "ظهرت في عدة ولائم بالمساء مرتدية فساتين طويلة".')
    assert said(text, {"ديانا": "PERS"}) == [
        ("منظمو المزاد", "حاولت (الأميرة ديانا) الالتزام بالأزياء المحلية"),
        ("منظمو المزاد", "ظهرت في عدة ولائم بالمساء مرتدية فساتين طويلة"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("لأن ما أنجزه من كتب محققة وما تركه من مؤلفات، سيؤدي بالضرورة، إلى أن "
                     "تقع عينا الباحث على اسمه.", id="books-not-wrote"),
        pytest.param("كتب الدكتور يوسف إدريس مقالا في الأهرام طلب فيه من مبارك أن يغير من "
                     "تسريحة شعره.", id="a-clause-of-the-article-written"),
        pytest.param("وكتب مايكل أفانتي، المعروف بأنه الوكيل القانوني للممثلة، رسالة طويلة.",
                     id="known-as"),
        pytest.param("كتب محمد سالم في تغريدة له بعد فوز الفريق وبعد أن هنأ اللاعبين على "
                     "الفوز المستحق.", id="after-he-congratulated"),
    ],
)
def test_no_clause_of_what_was_written(text: str) -> None:
    names = {"يوسف إدريس": "PERS", "مايكل أفانتي": "PERS", "محمد سالم": "PERS"}
    assert said(text, names) == []


def test_a_document_is_no_surname_for_the_office_after_it() -> None:
    text = ("وذكرت الوثيقة أن من المتوقع أن يجري تسعير الصكوك الأربعاء.\nوقال رئيس مكتب إدارة "
            "الدين لرويترز إن هذا المبلغ غطى احتياجات المملكة.")
    assert said(text, {"رويترز": "ORG"}) == [
        ("الوثيقة", "من المتوقع أن يجري تسعير الصكوك الأربعاء"),
        ("رئيس مكتب إدارة الدين", "هذا المبلغ غطى احتياجات المملكة"),
    ]


def test_an_organisation_is_not_another_sharing_its_adjective() -> None:
    text = ("طالب البرلمان الأوروبي الأربعاء بمثول الرئيس التنفيذي.\nوأقر الاتحاد الأوروبي بأن "
            "مليوني شخص قد يكونون وقعوا ضحية الفضيحة.")
    names = {"البرلمان الأوروبي": "ORG", "الاتحاد الأوروبي": "ORG"}
    assert said(text, names) == [
        ("الاتحاد الأوروبي", "مليوني شخص قد يكونون وقعوا ضحية الفضيحة")]


def test_whom_an_outlet_quoted_goes_on_speaking() -> None:
    text = ('وقال باحثون أميركيون إنهم حللوا صورا التقطتها أقمار اصطناعية، وفقما أوردت صحيفة '
            '"وول ستريت جورنال"، الاثنين.\nوأوضحوا أن مهمة هذا المجمع إنتاج مكونات الصواريخ.')
    assert said_everywhere(text, {"وول ستريت جورنال": "ORG"}) == [
        ("باحثون أميركيون", "حللوا صورا التقطتها أقمار اصطناعية"),
        ("باحثون أميركيون", "مهمة هذا المجمع إنتاج مكونات الصواريخ"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('كما نجا رجل كان متوقفا تحت الجسر، عندما سقطت السيارات من فوقه، وقال '
                     'للتلفزيون "أعتقد أنها معجزة ولا أعرف ماذا سأقول".',
                     [("رجل", "أعتقد أنها معجزة ولا أعرف ماذا سأقول")], id="a-man"),
        pytest.param("وأصيبت امرأة في الهجوم، وقالت لوكالة فرانس برس إن الوضع مرعب جدا في "
                     "المدينة.", [("امرأة", "الوضع مرعب جدا في المدينة")], id="a-woman"),
        pytest.param("وأصيبت امرأة في الهجوم، وقال لوكالة فرانس برس إن الوضع مرعب جدا في "
                     "المدينة.", [], id="not-of-the-verbs-gender"),
    ],
)
def test_an_unnamed_person_opening_the_sentence_speaks(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text, {"فرانس برس": "ORG"}) == expected
