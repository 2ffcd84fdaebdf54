"""Statements found on ANT seeds 2534–2537: headline lines (`مورينيو: …`), `أما X فقال`, a name
after `مع` that is not the speaker, and a relative pronoun standing for the speaker."""

from __future__ import annotations

import pytest

from quote_support import said, said_everywhere

STATEMENT = "آلهة كرة القدم كانت مع نيوكاسل"
BODY = "ومع الخروج من دوري الأبطال، لم يبق أمام الفريق أمل في إحراز أي بطولة هذا الموسم."


@pytest.mark.parametrize(
    ("line", "names", "expected"),
    [
        pytest.param(f"مورينيو: {STATEMENT}", {"مورينيو": "PERS"}, [("مورينيو", STATEMENT)],
                     id="a-person"),
        pytest.param(f"الرئيس الفلبيني دوتيرتي: {STATEMENT}", {"دوتيرتي": "PERS"},
                     [("دوتيرتي", STATEMENT)], id="after-a-title-and-a-nationality"),
        pytest.param(f"العفو الدولية: {STATEMENT}", {"العفو الدولية": "ORG"},
                     [("العفو الدولية", STATEMENT)], id="an-organisation"),
        pytest.param(f"القاهرة: {STATEMENT}", {"القاهرة": "LOC"}, [], id="a-place-files-it"),
        pytest.param(f"اختفاء جمال خاشقجي: {STATEMENT}", {"جمال خاشقجي": "PERS"}, [],
                     id="a-topic-not-a-speaker"),
        pytest.param(f"صندوق النقد يحذر ترامب: {STATEMENT}", {"ترامب": "PERS"}, [],
                     id="a-report-about-the-name"),
        pytest.param("جون بولتون: الصقر الذي يريد قصف كوريا الشمالية وإيران",
                     {"جون بولتون": "PERS"}, [], id="a-profile"),
        pytest.param("محمد صلاح: قصة صعود النجم المصري", {"محمد صلاح": "PERS"}, [],
                     id="a-story-of"),
        pytest.param("نيمار: هل يعجبك اللاعب البرازيلي أم يثير غضبك؟", {"نيمار": "PERS"}, [],
                     id="a-question-to-the-reader"),
        pytest.param("رنا طه: بي بي سي/ فريق المتابعة الإعلامية/ مصر", {"رنا طه": "PERS"}, [],
                     id="a-byline"),
        pytest.param("المصدر: وكالة رويترز", {"وكالة رويترز": "ORG"}, [], id="a-credit"),
    ],
)
def test_a_headline_line_is_its_speakers_statement(
    line: str, names: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert said(f"{BODY}\n{line}", names) == expected


def test_a_long_line_with_a_colon_is_no_headline() -> None:
    line = f"مورينيو: {STATEMENT} " + "وهذا ما قاله الجميع بعد المباراة " * 4
    assert said(f"{BODY}\n{line}", {"مورينيو": "PERS"}) == []


FIRST = 'وقال خالد السبع: "توفي العالم الفيزيائي ستيفن هوكينغ وهو أحد أبرز العلماء".'
WORDS = "بماذا ستنفع ماجدة الرومي التونسيين حتى تتقاضى هذا الأجر"
CLAUSE = "الجهود السعودية لتنويع الاقتصاد ستفتح آفاقا جديدة"


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param(f'{FIRST}\nأما الناشط أبو طه فقال: "{WORDS}".',
                     {"خالد السبع": "PERS", "أبو طه": "PERS"}, ("أبو طه", WORDS),
                     id="amma-x-faqala"),
        pytest.param(f"{FIRST}\nأما صحيفة الغارديان، فأشارت إلى أن {CLAUSE}.",
                     {"خالد السبع": "PERS", "الغارديان": "ORG"}, ("الغارديان", CLAUSE),
                     id="a-comma-before-the-verb"),
        pytest.param(f"{FIRST}\nأما وزير الخارجية جواد ظريف فقد قال إن {CLAUSE}.",
                     {"خالد السبع": "PERS", "جواد ظريف": "PERS"}, ("جواد ظريف", CLAUSE),
                     id="faqad-qala"),
        pytest.param(f"{FIRST}\nأما عن مرضه فأكد أن {CLAUSE}.", {"خالد السبع": "PERS"},
                     ("خالد السبع", CLAUSE), id="a-topic-goes-on-with-the-speaker"),
    ],
)
def test_amma_names_who_speaks(text: str, names: dict[str, str],
                               expected: tuple[str, str]) -> None:
    assert said(text, names)[-1] == expected


def test_whom_one_meets_is_not_the_speaker() -> None:
    text = ('وصرح ترامب لشبكة فوكس نيوز: "هناك قرار علينا اتخاذه الآن".\n'
            'ورد على سؤال عن لقائه المرتقب، مع كيم، قال "قد أغادر الاجتماع سريعا باحترام".')
    assert [s for s, _ in said(text, {"ترامب": "PERS", "كيم": "PERS"})] == ["ترامب", "ترامب"]




@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(f"وقال الوزير سامي علي إن الحكومة ستراجع الموازنة، التي أشار إلى أنها {CLAUSE}.",
                     {"سامي علي": "PERS"}, id="the-pronoun-does-not-agree"),
        pytest.param(f"ونفى ترامب التقارير التي تشير إلى أن {CLAUSE}.", {"ترامب": "PERS"},
                     id="reports-say-it"),
        pytest.param(f"وتواصلت الشركة مع مدير أعمال فضل شاكر، الذي أكد أن {CLAUSE}.",
                     {"فضل شاكر": "PERS"}, id="whose-manager"),
    ],
)
def test_a_relative_pronoun_that_stands_for_someone_else(text: str,
                                                         names: dict[str, str]) -> None:
    assert all(speaker != next(iter(names)) or quote != CLAUSE
               for speaker, quote in said(text, names))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"وقال مسؤول بريطاني بارز، طلب عدم نشر اسمه، إن {CLAUSE}.", id="commas"),
        pytest.param(f"وقال مسؤول بريطاني بارز الذي طلب عدم الكشف عن هويته إن {CLAUSE}.",
                     id="alladhi-talaba"),
        pytest.param(f"وقال مسؤول بريطاني بارز، رفض الكشف عن اسمه، إن {CLAUSE}.",
                     id="rafada"),
        pytest.param(f"وقال مسؤول بريطاني بارز لم يكشف عن هويته إن {CLAUSE}.",
                     id="lam-yakshif"),
        pytest.param(f"ونقلت الوكالة عن مسؤول بريطاني بارز لم تسمه قوله إن {CLAUSE}.",
                     id="lam-tusammih"),
    ],
)
def test_a_source_who_asked_not_to_be_named(text: str) -> None:
    assert said(f"{FIRST}\n{text}", {"خالد السبع": "PERS"})[-1] == ("مسؤول بريطاني", CLAUSE)


def test_withholding_a_name_is_no_statement() -> None:
    text = f'{FIRST}\nوقالت متحدثة باسم الوزارة رفضت نشر اسمها "{WORDS}".'
    assert said(text, {"خالد السبع": "PERS"})[-1] == ("متحدثة باسم الوزارة", WORDS)


def test_an_indirect_clause_holding_a_marked_term_far_from_its_verb() -> None:
    # the second marks stand more than MAX_VERB_DISTANCE words after the verb
    text = ("أكد وزير الخارجية الأميركي، مايك بومبيو، السبت، أن المحادثات التي أجراها ليومين "
            "مع نظيره في كوريا الشمالية حول نزع بيونغ يانغ ترسانتها النووية كانت \"مثمرة "
            "جداً\"، إلا أنه وفي تصريحاته للصحافيين قبيل التوجه إلى طوكيو، لم يقدم تفاصيل "
            "جديدة تذكر حول مدى التزام كوريا الشمالية \"بنزع السلاح النووي\" مقابل ضمانات "
            "أمنية أميركية.")
    found = said(text, {"مايك بومبيو": "PERS"})
    assert [speaker for speaker, _ in found] == ["مايك بومبيو"]
    assert found[0][1].startswith("المحادثات التي أجراها")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(f"وذكرت وسائل إعلام إسبانية محلية أن {CLAUSE}.", "وسائل إعلام",
                     id="unnamed-media"),
        pytest.param(f"وتزعم روسيا أن {CLAUSE}.", "روسيا", id="claims-in-the-present"),
        pytest.param(f"لكن الوزير سامي علي أصر على أن {CLAUSE}.", "سامي علي", id="insisted"),
        pytest.param(f"وشرح الوزير سامي علي أن {CLAUSE}.", "سامي علي", id="explained"),
    ],
)
def test_more_ways_of_reporting(text: str, speaker: str) -> None:
    names = {"روسيا": "ORG", "سامي علي": "PERS"}
    assert said(f"{FIRST}\n{text}", names)[-1] == (speaker, CLAUSE)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"ويواجه الرجل اتهامات كما يُزعم أنه {CLAUSE}.", id="it-is-claimed"),
        pytest.param(f"وأوضح المحامي للمحكمة بعد أن وُصفت الشركة بأن {CLAUSE}.",
                     id="was-described"),
        pytest.param(f"وكان المتهم قد غاب عن الجلسة، كما أُعلن أنه {CLAUSE}.", id="was-announced"),
    ],
)
def test_no_speaker_for_a_passive_or_a_noun(text: str) -> None:
    found = said(f"{FIRST}\n{text}", {"خالد السبع": "PERS"})
    assert all(quote != CLAUSE or speaker is None for speaker, quote in found[1:])


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وقال الرئيس شي جينبينغ إن الصين ستفتح أسواقها. غير أن غاو قال إن {CLAUSE}.",
                     {"شي جينبينغ": "PERS", "غاو": "PERS"}, "غاو", id="ghayr-anna"),
        pytest.param(f"وقال البنك المركزي إن التضخم مرتفع جدا. لكن صندوق النقد قال إن {CLAUSE}.",
                     {"البنك المركزي": "ORG", "صندوق النقد": "ORG"}, "صندوق النقد",
                     id="lakin"),
        pytest.param(f"موسم مزدحم تشهده الدراما، إلا أن حمادة أكد أن {CLAUSE}.",
                     {"حمادة": "PERS"}, "حمادة", id="illa-anna"),
        pytest.param(f"بعد اجتماع مع المستشارة الألمانية أنغيلا ميركل التي قالت إن {CLAUSE}.",
                     {"أنغيلا ميركل": "PERS"}, "أنغيلا ميركل", id="alladhi-after-a-name"),
        pytest.param(f"وتحدث اللاعب عن باولو ديبالا، نجم يوفنتوس الإيطالي، الذي أكد أن {CLAUSE}.",
                     {"باولو ديبالا": "PERS", "يوفنتوس": "ORG"}, "باولو ديبالا",
                     id="a-title-in-apposition-before-alladhi"),
        pytest.param(f"وورد الاتهام في مجلة فارايتي التي قالت إن {CLAUSE}.",
                     {"فارايتي": "ORG"}, "فارايتي", id="an-organisation-right-before-allati"),
    ],
)
def test_a_subject_standing_before_its_verb(text: str, names: dict[str, str],
                                            speaker: str) -> None:
    """After لكن / إلا أن / غير أن, and before a relative pronoun of the verb's gender."""
    assert said(text, names)[-1] == (speaker, CLAUSE)


def test_what_one_went_on_doing_is_no_statement() -> None:
    text = (f'وقالت نيكي هايلي إن "{WORDS}". لكن روسيا واصلت استخدام حق الفيتو ضد القرار.\n'
            f'وقالت: "{WORDS} مرة أخرى".')
    assert said(text, {"نيكي هايلي": "PERS", "روسيا": "ORG"})[-1][0] == "نيكي هايلي"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(f"ويقول منتقدو الضريبة الجديدة إن {CLAUSE}.", "منتقدو الضريبة",
                     id="critics-in-the-construct-state"),
        pytest.param(f"ويقول منتقدو هذه الخطوة إن {CLAUSE}.", "منتقدو هذه الخطوة",
                     id="critics-of-this-step"),
        pytest.param(f"ويقول أنصاره إن {CLAUSE}.", "أنصاره", id="his-supporters"),
        pytest.param(f"ويقول نشطاء إن {CLAUSE}.", "نشطاء", id="activists-a-broken-plural"),
    ],
)
def test_unnamed_groups_in_the_construct_state(text: str, speaker: str) -> None:
    assert said(f"{FIRST}\n{text}", {"خالد السبع": "PERS"})[-1] == (speaker, CLAUSE)


def test_this_after_a_plain_plural_opens_the_object() -> None:
    text = f'ووصف دبلوماسيون هذا القرار بأنه "{WORDS}".'
    assert said(f"{FIRST}\n{text}", {"خالد السبع": "PERS"})[-1] == ("دبلوماسيون", WORDS)


STADIUM = "ملعب {name}\nالسعة: {seats} متفرج في المدرجات كلها\nالبعد التقريبي عن موسكو: {miles} ميلا بالقطار السريع"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("\n".join(STADIUM.format(name=n, seats=s, miles=m) for n, s, m in
                               [("لوجنيكي", "ثمانين ألف", "صفر"), ("كازان", "خمسة وأربعين ألف",
                                                                   "خمسمائة")]),
                     {"موسكو": "LOC"}, id="a-fact-box-repeats-its-keys"),
        pytest.param("الحرب في سوريا: الصليب الأحمر يطلب دخول الغوطة الشرقية فورا\n"
                     "الحرب في سوريا: قصف جديد على أطراف المدينة منذ الصباح\n"
                     "زلزال إندونيسيا: ارتفاع عدد الضحايا إلى المئات في الجزيرة",
                     {"سوريا": "LOC", "إندونيسيا": "LOC"}, id="topic-tags-of-teasers"),
    ],
)
def test_labels_that_name_no_one_make_no_transcript(text: str, names: dict[str, str]) -> None:
    assert said_everywhere(f"{BODY}\n{text}", names) == []


def test_a_transcript_of_named_speakers_is_still_read() -> None:
    text = ("المذيع: هل ستزورون المنطقة قريبا؟\n"
            "جيفري: نعم، سنزورها الأسبوع المقبل مع الوفد.\n"
            "المذيع: ومتى تلتقون بالمسؤولين هناك؟\n"
            "جيفري: بعد وصولنا بيوم واحد على الأرجح.")
    found = said_everywhere(f"{BODY}\n{text}", {"جيفري": "PERS"})
    assert [speaker for speaker, _ in found] == ["جيفري", "جيفري"]
