"""Where the subject of a reporting verb stands (found on ANT seed 2527): a day between the
verb and its subject, and an outlet written in marks as the whole subject."""

from __future__ import annotations

import pytest

from quote_support import said, tagged
from siyaq.analyze.quotes import find_quotes
from siyaq.model import Mention

CLAUSE = "المفاوضات بين البلدين مستمرة منذ أسابيع عدة"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"قال الأربعاء مسؤول أمريكي لوكالة الأنباء الفرنسية إن {CLAUSE}.", {},
                     "مسؤول أمريكي", id="weekday-before-a-description"),
        pytest.param(f"وقالت يوم الخميس وزارة الخارجية إن {CLAUSE}.",
                     {"وزارة الخارجية": "ORG"}, "وزارة الخارجية", id="yawm-and-weekday"),
        pytest.param(f"وأكد أمس الرئيس اللبناني ميشال عون أن {CLAUSE}.",
                     {"ميشال عون": "PERS"}, "ميشال عون", id="yesterday-before-a-name"),
        pytest.param(f"وقال وزير الخارجية الأربعاء إن {CLAUSE}.", {}, "وزير الخارجية",
                     id="weekday-after-the-subject-as-before"),
        pytest.param(f'وذكرت "وول ستريت جورنال" أن {CLAUSE}.', {"وول ستريت جورنال": "ORG"},
                     "وول ستريت جورنال", id="three-word-outlet-in-marks"),
        pytest.param(f'وذكرت «وول ستريت جورنال» أيضا أن {CLAUSE}.', {}, "وول ستريت جورنال",
                     id="outlet-in-marks-then-also"),
        pytest.param(f'وقالت "بلومبرغ" إن {CLAUSE}.', {}, "بلومبرغ", id="one-word-outlet"),
        pytest.param(f'وكانت صحيفة "وول ستريت جورنال" أوردت الثلاثاء أن {CLAUSE}.',
                     {"وول ستريت جورنال": "ORG"}, "وول ستريت جورنال",
                     id="what-a-paper-reported-before-a-day"),
    ],
)
def test_the_subject_is_found_around_days_and_marks(text: str, names: dict[str, str],
                                                     speaker: str) -> None:
    assert said(text, names) == [(speaker, CLAUSE)]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param('قال «إن العقد هو شريعة المتعاقدين» فمنذ أن وقعت الاتفاقية لم يتغير شيء.',
                     "إن العقد هو شريعة المتعاقدين", id="speech-that-opens-with-inna"),
        pytest.param('وقال "لن نتراجع أبدا" أن يكون هذا موقفنا.', "لن نتراجع أبدا",
                     id="speech-then-an"),
    ],
)
def test_short_speech_in_marks_after_the_verb_is_not_a_subject(text: str, said: str) -> None:
    """Only a name-like span followed at once by أن/إن is the subject in marks."""
    speakers = [q.speaker or "" for q in find_quotes(text, [])]
    assert not any(said.split()[1] in speaker for speaker in speakers)


def test_the_paper_youm7_is_no_day() -> None:
    text = f"ذكرت اليوم السابع في تقرير لها أمس أن {CLAUSE}."
    assert all(q.speaker != "السابع" for q in find_quotes(text, []))


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"ورد التحالف على الاتهامات السابقة بالقول إن {CLAUSE}.", {},
                     "التحالف", id="subject-before-what-it-answered"),
        pytest.param(f"وجادل سيرغي لافروف بالقول إن {CLAUSE}.", {"سيرغي لافروف": "PERS"},
                     "سيرغي لافروف", id="named-subject"),
        pytest.param(f"أما بخصوص المحاكمة فقد دافع النائب العام عن ذلك بالقول إن {CLAUSE}.", {},
                     "النائب العام", id="topic-then-fa"),
        pytest.param(f'وختم المدرب بالقول: "{CLAUSE}".', {}, "المدرب",
                     id="after-a-verb-of-speech-as-before"),
    ],
)
def test_by_saying_is_said_by_the_sentences_subject(text: str, names: dict[str, str],
                                                    speaker: str) -> None:
    assert said(text, names) == [(speaker, CLAUSE)]


@pytest.mark.parametrize(
    ("second", "speaker"),
    [
        pytest.param(f"واكتفى بالقول إن {CLAUSE}.", "المدرب", id="same-gender-continues"),
        pytest.param(f"واكتفت بالقول إن {CLAUSE}.", None, id="other-gender-is-someone-else"),
    ],
)
def test_by_saying_without_a_subject(second: str, speaker: str | None) -> None:
    text = "وقال المدرب إن الفريق قدم مباراة كبيرة أمام منافسه. " + second
    by_saying = [q for q in find_quotes(text, []) if q.text == CLAUSE]
    assert [q.speaker for q in by_saying] == ([speaker] if speaker else [])


def test_by_saying_that_opens_no_speech_is_no_cue() -> None:
    text = f"فالحرية، أو بالأحرى المجاهرة بالقول، وإن {CLAUSE}، من نعم الله على الإنسان."
    assert find_quotes(text, []) == []


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param("وأقال ريال مدريد المدرب جولين لوبيتيغي أمس. "
                     f"وأكد الاتحاد الإسباني أن {CLAUSE}.", {"جولين لوبيتيغي": "PERS"},
                     "الاتحاد الإسباني", id="a-federation-is-not-the-coach-named-before"),
        pytest.param("وتعاقد نادي برشلونة مع اللاعب فيليب كوتينيو. "
                     f"وقال النادي في بيان إن {CLAUSE}.", {"فيليب كوتينيو": "PERS"},
                     "نادي برشلونة", id="the-club-named-before"),
        pytest.param("قالت يوليا سكريبال إنها لا ترغب في المساعدة. "
                     f"وقالت السفارة الروسية في لندن إن {CLAUSE}.", {"يوليا سكريبال": "PERS"},
                     "السفارة الروسية", id="an-embassy-is-not-the-person-named-before"),
        pytest.param("اتهمت منظمة العفو الدولية التحالف بإهمال المدنيين. "
                     f"وأوضحت المنظمة المعنية بحقوق الإنسان في تقرير إن {CLAUSE}.",
                     {"منظمة العفو الدولية": "ORG", "المنظمة المعنية": "ORG"},
                     "منظمة العفو الدولية", id="a-tagged-vague-description-is-the-body-before"),
        pytest.param("وقدم اللاعب شكوى للاتحاد الإنجليزي بعد المباراة. "
                     f"وقال الاتحاد إن {CLAUSE}.", {}, "الاتحاد الإنجليزي",
                     id="lil-keeps-the-article-alef"),
    ],
)
def test_bodies_speak_for_themselves(text: str, names: dict[str, str],
                                            speaker: str) -> None:
    quotes = [q for q in find_quotes(text, tagged(text, names)) if q.text == CLAUSE]
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("verb", "speaker"),
    [
        pytest.param("وقالت", "يوليا سكريبال", id="feminine-verb-takes-the-woman"),
        pytest.param("وقال", "سيرغي سكريبال", id="masculine-verb-keeps-the-first-named"),
    ],
)
def test_a_shared_surname_goes_by_the_verbs_gender(verb: str, speaker: str) -> None:
    text = (f"قالت يوليا ابنة الجاسوس السابق سيرغي سكريبال إن {CLAUSE}. "
            f"{verb} سكريبال في بيان إن حالة والدها الصحية لا تزال خطيرة. "
            "وطلبت السفارة التواصل مع يوليا سكريبال.")
    names = {"سيرغي سكريبال": "PERS", "يوليا سكريبال": "PERS"}
    mentions = tagged(text, names)
    at = text.index(f"{verb} سكريبال") + len(verb) + 1
    mentions = sorted([*mentions, Mention("سكريبال", "PERS", at, at + 7, "سكريبال")],
                      key=lambda m: m.start)
    spoken = [q.speaker for q in find_quotes(text, mentions) if q.text.startswith("حالة والدها")]
    assert spoken == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        pytest.param('أما ترامب فكتب على تويتر قائلا "قوة فضاء بلا حدود".', "ترامب",
                     "قوة فضاء بلا حدود", id="short-speech-after-a-participle"),
        pytest.param('أكدت المغنية #لورا_سميت أن "الحقيقة حول الأرقام ستنجلي قريبا".', "لورا سميت",
                     "الحقيقة حول الأرقام ستنجلي قريبا", id="hashtag-name-shown-plain"),
    ],
)
def test_short_speech_and_hashtag_speakers(text: str, speaker: str, said: str) -> None:
    names = {"ترامب": "PERS", "لورا_سميت": "PERS"}
    assert [(q.speaker, q.text) for q in find_quotes(text, tagged(text, names))] == [
        (speaker, said)]


def test_the_minister_is_the_one_named_with_that_title() -> None:
    text = ("أمهل وزير النفط الإيراني بيجان نمدار زنقنة الأربعاء مجموعة توتال شهرين. "
            f"وقال الوزير إن {CLAUSE}.")
    quotes = find_quotes(text, tagged(text, {"بيجان نمدار زنقنة": "PERS"}))
    assert [(q.speaker, q.text) for q in quotes] == [("بيجان نمدار زنقنة", CLAUSE)]


@pytest.mark.parametrize(
    ("description", "speaker"),
    [
        pytest.param("اللاعب الإسباني", "سيرجيو راموس", id="the-spaniard-not-the-portuguese"),
        pytest.param("اللاعب البرتغالي", "كريستيانو رونالدو", id="the-portuguese"),
    ],
)
def test_a_nationality_keeps_a_description_apart(description: str, speaker: str) -> None:
    text = ("رد قائد ريال مدريد الإسباني سيرجيو راموس على زميله السابق، البرتغالي "
            "كريستيانو رونالدو، بعد تصريحاته. "
            f'وأكد {description} "طوال مسيرة ريال مدريد انضم لاعبون كثر وغادر آخرون".')
    names = {"سيرجيو راموس": "PERS", "كريستيانو رونالدو": "PERS"}
    assert [q.speaker for q in find_quotes(text, tagged(text, names))] == [speaker]


def test_a_name_run_on_into_another_persons_surname_is_no_fuller_name() -> None:
    text = ("انسحب الروائي جونو دياز من مؤتمر أدبي. وواجهت المؤلفة زينزي كليمونس دياز "
            "في جلسة المهرجان. ثم كررت كليمونس المزاعم ذاتها. "
            f"وقال دياز في تصريح إن {CLAUSE}.")
    names = {"جونو دياز": "PERS", "زينزي كليمونس دياز": "PERS", "كليمونس": "PERS"}
    mentions = tagged(text, names)
    at = text.index("وقال دياز") + 5
    mentions = sorted([*mentions, Mention("دياز", "PERS", at, at + 4, "دياز")],
                      key=lambda m: m.start)
    assert [q.speaker for q in find_quotes(text, mentions) if q.text == CLAUSE] == ["جونو دياز"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        pytest.param('وقال الوزير: "نرفض ما يقوم به "داعش" من جرائم بحق المدنيين في المدينة".',
                     'نرفض ما يقوم به "داعش" من جرائم بحق المدنيين في المدينة',
                     id="a-name-in-marks-inside-the-quote"),
        pytest.param('وقال الوزير إن "الحكومة لن تسمح لتنظيم "داعش" بالعودة إلى المدينة".',
                     'الحكومة لن تسمح لتنظيم "داعش" بالعودة إلى المدينة',
                     id="after-inna"),
    ],
)
def test_names_in_marks_inside_a_quote_in_the_same_marks(text: str, said: str) -> None:
    assert find_quotes(text, [])[0].text == said


def test_marks_across_a_sentence_end_are_two_quotes() -> None:
    """Not one quote from `"ما حدث` to `بسهولة"`: a sentence ends between the marks."""
    text = 'وقال الوزير: "ما حدث "غير مبرر". وقال النائب إن "الأمر لن يمر بسهولة".'
    quotes = find_quotes(text, [])
    assert [q.speaker for q in quotes] == ["الوزير", "النائب"]
    assert quotes[1].text == "الأمر لن يمر بسهولة"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وقال مصدر مطلع على المفاوضات مع شركة أرامكو إن {CLAUSE}.",
                     {"أرامكو": "ORG"}, "مصدر مطلع", id="informed-about-a-company"),
        pytest.param(f"وقال مصدر مقرب من الرئيس دونالد ترامب إن {CLAUSE}.",
                     {"دونالد ترامب": "PERS"}, "مصدر مقرب", id="close-to-a-person"),
        pytest.param(f'أكد مسؤول أمني مطلع على قضية سرقة طائرة "هورايزن"، أن {CLAUSE}.',
                     {"هورايزن": "PERS"}, "مسؤول أمني", id="a-name-in-marks-it-knows-of"),
    ],
)
def test_an_unnamed_source_is_not_what_it_knows_of(text: str, names: dict[str, str],
                                                   speaker: str) -> None:
    assert said(text, names) == [(speaker, CLAUSE)]


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وقال نجم كرة القدم كريستيانو رونالدو إن {CLAUSE}.",
                     {"كريستيانو رونالدو": "PERS"}, "كريستيانو رونالدو",
                     id="a-role-that-is-also-a-given-name"),
        pytest.param(f"وقال مدرب وليامز إن {CLAUSE}.", {"وليامز": "PERS"}, "مدرب وليامز",
                     id="whose-coach-is-not-the-player"),
        pytest.param(f"وقال مدرب توتنهام إن {CLAUSE}.", {"توتنهام": "ORG"}, "مدرب توتنهام",
                     id="a-clubs-coach-is-not-the-club"),
    ],
)
def test_a_role_before_a_name(text: str, names: dict[str, str], speaker: str) -> None:
    assert said(text, names) == [(speaker, CLAUSE)]


def test_one_of_them_is_nobody_named_before() -> None:
    text = ('قال الرئيس رجب طيب أردوغان للحشد "لديها العلم التركي في جيبها". '
            'وقال أحدهم إن من واجب الدولة حماية الأطفال "لا قتلهم".')
    quotes = find_quotes(text, tagged(text, {"رجب طيب أردوغان": "PERS"}))
    assert [q.speaker for q in quotes] == ["رجب طيب أردوغان", "أحدهم"]
