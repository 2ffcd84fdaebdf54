"""Who speaks when the sentence does not open with its speaker (stop 34, from ANT seed 2545 and
the first 10,000 ANT articles): a leading `من جهة أخرى،` is no subject; an admission's
subject may have a name in apposition; a source who would not be named; a statement ends
where `وقال "…"` opens another; a bare `وقال "…"` after a line break goes to the person the
line before introduced."""

from __future__ import annotations

import pytest

from quote_support import said, said_everywhere

SAID = "هذه الجريمة لن تمر بلا عقاب"


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("من جهة أخرى،", id="from-another-side"),
        pytest.param("في سياق متصل،", id="in-a-related-context"),
        pytest.param("وعلى صعيد آخر،", id="on-another-level"),
    ],
)
def test_a_leading_phrase_is_not_the_subject_of_a_participle(opening: str) -> None:
    text = (f"{opening} توعد زعيم الحوثيين عبد الملك الحوثي بالانتقام لمقتله، مؤكدا أن "
            f"{SAID}.")
    names = {"الحوثيين": "ORG", "عبد الملك الحوثي": "PERS"}
    assert said(text, names) == [("عبد الملك الحوثي", SAID)]


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("اعترف نجم المنتخب البلجيكي، كيفن دي بروين، أنه لم يعرف مبابي عندما "
                     "واجهه.", {"كيفن دي بروين": "PERS", "مبابي": "PERS"},
                     [("كيفن دي بروين", "لم يعرف مبابي عندما واجهه")],
                     id="a-name-in-apposition"),
        pytest.param("واعترف الأسد بأن الجيش انسحب من المدينة.", {"الأسد": "PERS"},
                     [("الأسد", "الجيش انسحب من المدينة")], id="guard-no-apposition"),
        pytest.param("وتعترف بها الهيئة، كيفن دي بروين، في البيان.",
                     {"كيفن دي بروين": "PERS"}, [], id="guard-recognises-no-clause"),
    ],
)
def test_an_admission_across_an_apposed_name(text: str, names: dict[str, str],
                                             expected: list[tuple[str, str]]) -> None:
    assert said(text, names) == expected


@pytest.mark.parametrize(
    "withheld",
    [
        pytest.param("لم يشأ كشف هويته", id="guard-would-not-reveal"),
        pytest.param("لم يرغب في الكشف عن اسمه", id="guard-did-not-wish-to"),
        pytest.param("طلب عدم نشر اسمه", id="guard-asked-not-to-be-named"),
    ],
)
def test_a_source_who_would_not_be_named(withheld: str) -> None:
    text = f"وأكد مواطن آخر لفرانس برس {withheld} أنه مكث طوال الليل في المحطة."
    assert said(text, {"فرانس برس": "ORG"}) == [("مواطن آخر", "مكث طوال الليل في المحطة")]


def test_a_statement_ends_where_a_quote_of_the_same_speaker_opens() -> None:
    text = ('وأكد مواطن آخر أنه مكث طوال الليل في المحطة وقال "يوم الجمعة انتظرت بسيارتي '
            'حتى الصباح".')
    assert said(text, {}) == [
        ("مواطن آخر", "مكث طوال الليل في المحطة"),
        ("مواطن آخر", "يوم الجمعة انتظرت بسيارتي حتى الصباح"),
    ]


LATER = "في حين أن الطعام الصحي جيد فنحن بحاجة إلى المزيد من الأدلة"


@pytest.mark.parametrize(
    "between",
    [
        pytest.param("\n", id="a-line-break"),
        pytest.param(" ", id="guard-same-paragraph"),
    ],
)
def test_a_bare_said_after_a_line_goes_to_whom_it_introduced(between: str) -> None:
    text = (f"وقالت الدكتورة كاميل لاسال إن الأدلة تشير إلى فكرة مهمة.\n"
            f"وأوصى نويد ستار، أستاذ الطب في جامعة غلاسكو، بضرورة الحذر.{between}"
            f'وقال "{LATER}".')
    names = {"كاميل لاسال": "PERS", "نويد ستار": "PERS", "جامعة غلاسكو": "ORG"}
    assert said(text, names)[-1] == ("نويد ستار", LATER)


@pytest.mark.parametrize(
    ("before", "names"),
    [
        pytest.param("وتزوجت الممثلة الأسترالية من كروز عام 1990.", {"كروز": "PERS"},
                     id="whom-after-a-preposition"),
        pytest.param("وتطور الشركة وتؤجر عقارات لشركات يديرها كروز.", {"كروز": "PERS"},
                     id="a-name-after-another-verb"),
        pytest.param("ونفت غوغل استخدام وجهات النظر السياسية.", {"غوغل": "ORG"},
                     id="an-organisation-is-not-a-newcomer-person"),
    ],
)
def test_a_bare_said_goes_on_with_the_speaker_not_a_name_in_passing(
        before: str, names: dict[str, str]) -> None:
    text = f'وقالت نيكول كيدمان إن زواجها وفر لها حماية.\n{before}\nوقالت: "{LATER}".'
    found = said_everywhere(text, {"نيكول كيدمان": "PERS", **names})
    assert found[-1] == ("نيكول كيدمان", LATER)


def test_a_refugee_is_someone_unnamed() -> None:
    text = ("وقال تقرير لمنظمة أطباء بلا حدود إن الوضع سيئ. وأوضحت لاجئة سورية إنها لا تذكر "
            "متى تحممت آخر مرة.")
    assert said_everywhere(text, {"أطباء بلا حدود": "ORG"})[-1] == (
        "لاجئة سورية", "لا تذكر متى تحممت آخر مرة")


def test_again_is_no_name() -> None:
    text = ("وقال السفير زايد الخيارين إن المفاوضات صعبة. وكتب السفير ثانية قائلا إن الخاطفين "
            "يريدون المزيد من المال.")
    assert said_everywhere(text, {"زايد الخيارين": "PERS"})[-1] == (
        "زايد الخيارين", "الخاطفين يريدون المزيد من المال")


CLAIM = "بريكست سيزيل حمائية الاتحاد الأوروبي والأنظمة المبالغ فيها"


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param(f"وقال باتريك مينفورد إن الاتحاد له مصالح. وصرح للبي بي سي أن {CLAIM}.",
                     {"باتريك مينفورد": "PERS", "بي بي سي": "ORG"},
                     ("باتريك مينفورد", CLAIM), id="bbc-told-after-the-verb"),
        pytest.param(f"وقالت مصادر لبي بي سي إن {CLAIM}.", {"بي بي سي": "ORG"},
                     ("مصادر", CLAIM), id="sources-who-told-the-bbc"),
        pytest.param(f"وقال المدير العام لبي بي سي، توني هول، إن {CLAIM}.",
                     {"بي بي سي": "ORG", "توني هول": "PERS"}, ("توني هول", CLAIM),
                     id="guard-the-bbcs-own-director"),
        pytest.param(f"وقال مراسل شبكة سي إن إن إن {CLAIM}.", {"سي إن إن": "ORG"},
                     ("مراسل شبكة سي إن إن", CLAIM), id="guard-cnn"),
    ],
)
def test_the_bbc_told_is_not_the_speaker(text: str, names: dict[str, str],
                                        expected: tuple[str, str]) -> None:
    # stop 34, ANT seed 2546: `بي بي سي أن` read as CNN's `سي إن`, `للبي` as a name
    assert said_everywhere(text, names)[-1] == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param(f"وذكرت محطة إن.بي.سي نيوز أن {CLAIM}.", {"إن.بي.سي نيوز": "ORG"},
                     ("محطة إن.بي.سي نيوز", CLAIM), id="nbc-dotted"),
        pytest.param(f"وقال تود ايزنر، وكيل أعمال الممثل لشبكة إن بي سي نيوز، إن {CLAIM}.",
                     {"تود ايزنر": "PERS"}, ("تود ايزنر", CLAIM), id="told-nbc"),
        pytest.param(f"فقد أوردت شبكة ان بي سي أن {CLAIM}.", {"بي سي": "ORG"},
                     ("شبكة ان بي سي", CLAIM), id="nbc-letters-tagged-alone"),
        pytest.param("وقال الوزير سامي الحداد إن بي بي سي نشرت تقريرا كاذبا عن الحكومة.",
                     {"بي بي سي": "ORG", "سامي الحداد": "PERS"},
                     ("سامي الحداد", "بي بي سي نشرت تقريرا كاذبا عن الحكومة"),
                     id="guard-that-the-bbc"),
    ],
)
def test_nbc_is_a_name_not_the_complementizer(text: str, names: dict[str, str],
                                             expected: tuple[str, str]) -> None:
    # stop 45, ANT seed 2573: `إن.بي.سي` read as إن, the quote starting at `بي.سي`
    assert said_everywhere(text, names)[-1] == expected
