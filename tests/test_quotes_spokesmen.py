"""Spokesmen, found on the first 10,000 ANT articles (stop 31): the definite `المتحدث الرسمي
لشرطة …` is a speaker as written unless he is named; an earlier spokesman of the same body is
the same man, of another body not; a title with a nationality is not a person named with
another one."""

from __future__ import annotations

import pytest

from quote_support import said, said_everywhere

SAID = "الطريق سيفتح غدا أمام السيارات"
BETWEEN = "وقال سامي الحداد إن الجسر سيغلق."
ADVANCE = "الجيش تقدم نحو المدينة"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وأكد المتحدث الرسمي لشرطة منطقة الرياض أن {SAID}.",
                     {"منطقة الرياض": "LOC"}, "المتحدث الرسمي لشرطة منطقة الرياض",
                     id="official-spokesman-of-the-police-not-the-place"),
        pytest.param(f"ونقلت الوكالة عن المتحدث الرسمي لشرطة منطقة الرياض قوله إن {SAID}.",
                     {"منطقة الرياض": "LOC", "الوكالة": "ORG"},
                     "المتحدث الرسمي لشرطة منطقة الرياض", id="relayed-with-qawlihi"),
        pytest.param(f"وقال المتحدث الرسمي باسم وزارة النقل إن {SAID}.",
                     {"وزارة النقل": "ORG"}, "المتحدث الرسمي باسم وزارة النقل",
                     id="the-ministrys-spokesman-not-the-ministry"),
        pytest.param(f"وقال متحدث رسمي باسم المنتخب إن {SAID}.", {},
                     "متحدث رسمي باسم المنتخب", id="an-official-spokesman-keeps-his-head"),
        pytest.param(f"وقالت متحدثة باسم الوزارة لبي بي سي عربي إن {SAID}.",
                     {"لبي بي سي عربي": "PERS"}, "متحدثة باسم الوزارة",
                     id="whom-she-told-is-no-name"),
        pytest.param(f"وفرضت وزارة الخارجية البريطانية قيودا جديدة.\n"
                     f"وقالت متحدثة باسم الوزارة إن {SAID}.", {}, "متحدثة باسم وزارة الخارجية "
                     "البريطانية", id="the-body-by-its-kind-is-the-one-named-before"),
        pytest.param(f"وألغت شركة ريان إير رحلاتها.\nوقال متحدث باسم الشركة إن {SAID}.",
                     {"ريان إير": "ORG"}, "متحدث باسم شركة ريان إير",
                     id="the-company-named-before"),
        pytest.param(f"وأعلن جيش الاحتلال الأربعاء إحراق معدات.\nوقال متحدث باسم الجيش إن "
                     f"{SAID}.", {}, "متحدث باسم جيش الاحتلال", id="the-day-is-no-part-of-it"),
        pytest.param(f"وقال متحدث باسم الشركة إن {SAID}.", {}, "متحدث باسم الشركة",
                     id="guard-no-company-named-before"),
    ],
)
def test_a_spokesman_speaks_as_described(text: str, names: dict[str, str], speaker: str) -> None:
    assert said(text, names)[-1] == (speaker, SAID)


@pytest.mark.parametrize(
    ("before", "names", "title", "speaker"),
    [
        pytest.param("وقال دميتري بيسكوف المتحدث باسم الكرملين إن المحادثات ستجري قريبا.",
                     {"دميتري بيسكوف": "PERS"}, "المتحدث باسم الكرملين", "دميتري بيسكوف",
                     id="the-same-body"),
        pytest.param("وقال بصير بينا المتحدث باسم الشرطة المحلية إن الانفجار وقع بعد الصلاة.",
                     {"بصير بينا": "PERS"}, "المتحدث باسم شرطة الإقليم",
                     "المتحدث باسم شرطة الإقليم", id="one-shared-word-is-another-body"),
        pytest.param('قال متحدث باسم مجلس الأمن القومي إن "هدف إدارة ترمب هو تغيير النظام".',
                     {"ترمب": "PERS"}, "المتحدث باسم مجلس الأمن القومي",
                     "المتحدث باسم مجلس الأمن القومي", id="a-name-in-his-words-is-not-his"),
        pytest.param("وقال الرئيس الإيراني حسن روحاني إن بلاده ستبقى في الاتفاق.",
                     {"حسن روحاني": "PERS"}, "الرئيس الأمريكي", None,
                     id="a-president-of-another-nation"),
    ],
)
def test_a_spokesman_or_title_named_before(
    before: str, names: dict[str, str], title: str, speaker: str | None
) -> None:
    text = f"{before}\n{BETWEEN}\nوقال {title} إن {SAID}."
    found = said(text, names | {"سامي الحداد": "PERS"})[-1]
    assert found[1] == SAID
    if speaker is None:  # anyone but the person named with the other title
        assert found[0] not in names
    else:
        assert found[0] == speaker


def test_a_president_named_with_his_nation_elsewhere() -> None:
    text = ("وكان الرئيس دونالد ترامب قد انسحب من الاتفاق النووي الشهر الماضي.\n"
            "وقال الرئيس الإيراني حسن روحاني إن بلاده ستبقى في الاتفاق مع الأوروبيين.\n"
            f"وقال الرئيس الأمريكي إن {SAID}.")
    assert said(text, {"دونالد ترامب": "PERS", "حسن روحاني": "PERS"})[-1] == ("دونالد ترامب", SAID)


@pytest.mark.parametrize(
    ("subject", "names", "speaker"),
    [
        pytest.param("رئيس برشلونة", {"برشلونة": "LOC"}, "رئيس برشلونة", id="a-clubs-president"),
        pytest.param("وزير خارجية قطر", {"قطر": "LOC"}, "وزير خارجية قطر",
                     id="a-countrys-foreign-minister"),
        pytest.param("أمير قطر", {"قطر": "LOC"}, "أمير قطر", id="an-emir-not-his-country"),
        pytest.param("رئيس وزراء باكستان", {"باكستان": "LOC"}, "رئيس وزراء باكستان",
                     id="a-prime-minister"),
        pytest.param("مدير غوغل", {"غوغل": "ORG"}, "مدير غوغل", id="a-companys-manager"),
        pytest.param("قائد عسكري", {}, "قائد عسكري", id="a-military-commander"),
        pytest.param("وزير اتحادي بارز", {}, "وزير اتحادي بارز", id="adjectives-of-a-title"),
        pytest.param("خبير اقتصادي يعمل لدى الحكومة", {}, "خبير اقتصادي",
                     id="what-he-does-is-no-name"),
        pytest.param("رئيس بلدية العاصمة التركية", {}, "رئيس بلدية العاصمة التركية",
                     id="a-construct-is-no-adjective"),
    ],
)
def test_an_office_speaks_not_its_body(subject: str, names: dict[str, str], speaker: str
                                       ) -> None:
    assert said(f"وقال {subject} إن {SAID}.", names)[-1] == (speaker, SAID)


@pytest.mark.parametrize(
    ("before", "names", "office", "speaker"),
    [
        pytest.param("واستقبل دونالد ترمب أمير قطر الشيخ تميم بن حمد في البيت الأبيض.",
                     {"دونالد ترمب": "PERS", "تميم بن حمد": "PERS", "قطر": "LOC"}, "أمير قطر",
                     "تميم بن حمد", id="named-right-after-the-office"),
        pytest.param("وأعرب خوردي مستري، نائب رئيس برشلونة، عن استيائه من تصرف جيرارد بيكيه.",
                     {"خوردي مستري": "PERS", "جيرارد بيكيه": "PERS", "برشلونة": "LOC"},
                     "نائب رئيس برشلونة", "خوردي مستري", id="named-before-not-far-after"),
        pytest.param("وقال وليد القديمي، وكيل محافظة الحديدة، إن الخبراء غادروا المدينة.",
                     {"وليد القديمي": "PERS", "الحديدة": "LOC"}, "وكيل محافظ الحديدة",
                     "وليد القديمي", id="governorate-or-governor"),
        pytest.param("وقال السفير السعودي لدى الأمم المتحدة عبدالله المعلمي إن الجلسة أرجئت.",
                     {"عبدالله المعلمي": "PERS", "الأمم المتحدة": "ORG"},
                     "السفير الفلسطيني لدى الأمم المتحدة", None, id="another-nations-ambassador"),
    ],
)
def test_an_office_named_before(before: str, names: dict[str, str], office: str,
                                speaker: str | None) -> None:
    text = f"{before}\n{BETWEEN}\nوأكد {office} أن {SAID}."
    found = said_everywhere(text, names | {"سامي الحداد": "PERS"})[-1]
    assert found[1] == SAID
    if speaker is None:
        assert found[0] not in names
    else:
        assert found[0] == speaker


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param(f"وحذرت الأمم المتحدة من أن {SAID}.", {"الأمم المتحدة": "ORG"},
                     [("الأمم المتحدة", SAID)], id="warned-that"),
        pytest.param(f"وحذر صندوق النقد من أن {SAID}.", {"صندوق النقد": "ORG"},
                     [("صندوق النقد", SAID)], id="the-preposition-ends-the-subject"),
        pytest.param(f"وحذرت وكالات الإغاثة من أن {SAID}.", {},
                     [("وكالات الإغاثة", SAID)], id="bodies-named-by-their-kind"),
        pytest.param("حذرت روسيا الولايات المتحدة من تنفيذ ضربات جوية، وما يمكن أن تؤدي "
                     "إليه هذه الضربات من حرب.", {"روسيا": "LOC", "الولايات المتحدة": "LOC"}, [],
                     id="warned-against-a-deed-says-nothing"),
        pytest.param("وحذر سامي الحداد من خطورة الوضع في المدينة.", {"سامي الحداد": "PERS"}, [],
                     id="warned-of-a-noun"),
    ],
)
def test_a_warning_is_reported_speech(
    text: str, names: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert said(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param(f"وقال محامي أرنو، يورن هورتيغ، إن {SAID}.",
                     {"أرنو": "PERS", "يورن هورتيغ": "PERS"}, [("يورن هورتيغ", SAID)],
                     id="whose-lawyer-named-after"),
        pytest.param(f"وقال محامي رونالدو إن {SAID}.", {"رونالدو": "PERS"},
                     [("محامي رونالدو", SAID)], id="whose-lawyer-unnamed"),
        pytest.param(f"وقال وكيل أعمال توريه وقتها إن {SAID}.", {"توريه": "PERS"},
                     [("وكيل أعمال توريه", SAID)], id="whose-business-agent"),
        pytest.param(f"وقال وكيل أعمال اللاعب، رامي عباس، إن {SAID}.", {"رامي عباس": "PERS"},
                     [("رامي عباس", SAID)], id="guard-the-agent-named-after-a-comma"),
        pytest.param(f"وأفاد بيان نشره المركز الإعلامي للجيش اليمني بأن {SAID}.", {},
                     [("المركز الإعلامي للجيش اليمني", SAID)], id="a-statement-published-by"),
        pytest.param(f"أعلنت موانئ دبي العالمية أنها {SAID}.", {"دبي": "LOC"},
                     [("موانئ دبي العالمية", SAID)], id="a-company-named-after-a-place"),
        pytest.param(f"وقال مصدر عسكري إن {ADVANCE}.\nوأكد المصدر مواصلة الزحف، لافتا إلى "
                     f"أن {SAID}.", {}, [("مصدر عسكري", ADVANCE), ("مصدر عسكري", SAID)],
                     id="the-sources-object-is-no-adjective"),
    ],
)
def test_who_a_phrase_names(
    text: str, names: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert said_everywhere(text, names) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param('ووصف هوريس إنغدال بعض الاستقالات بأنها "دمل من الخاسرين"، ووصف البروفيسور '
                     'سارا دانيوس بأنها "أسوأ رئيسة دائمة على الإطلاق".',
                     ["هوريس إنغدال", "هوريس إنغدال"], id="the-described-is-no-speaker"),
        pytest.param('ووصف سامي الحداد الاتفاق بأنه "الأسوأ في التاريخ".', ["سامي الحداد"],
                     id="subject-and-object"),
    ],
)
def test_a_description_of_a_person(text: str, speakers: list[str]) -> None:
    names = {"هوريس إنغدال": "PERS", "سارا دانيوس": "PERS", "سامي الحداد": "PERS"}
    assert [speaker for speaker, _ in said_everywhere(text, names)] == speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(f"وجاء في بيان لوزارة الخارجية أن {SAID}.", [("وزارة الخارجية", SAID)],
                     id="read-in-a-statement-that"),
        pytest.param(f"وجاء في الوقت الذي أكدت فيه الوزارة أن {SAID}.", [],
                     id="came-at-a-time-is-no-source"),
    ],
)
def test_what_a_statement_says(text: str, expected: list[tuple[str, str]]) -> None:
    assert said_everywhere(text, {}) == expected


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param(f"ووفقا لشبكة إن بي سي الأمريكية، {SAID}.", {"إن بي سي": "ORG"},
                     [("شبكة إن بي سي الأمريكية", SAID)], id="according-to-a-network"),
        pytest.param(f"وبحسب مصادر محلية، {SAID}.", {}, [("مصادر محلية", SAID)],
                     id="according-to-local-sources"),
        pytest.param(f"ووفقا للتقرير، {SAID}.", {}, [("التقرير", SAID)],
                     id="the-article-after-lil"),
        pytest.param(f"ووفقا للقانون، يجب أن {SAID}.", {}, [], id="a-law-is-no-source"),
        pytest.param(f"ووفقا للوائح الاتحاد، {SAID}.", {}, [], id="regulations-are-no-source"),
        pytest.param(f"وبحسب الدراسة، {SAID} في المدن الكبرى.", {}, [], id="nor-a-study"),
    ],
)
def test_a_source_named_first(
    text: str, names: dict[str, str], expected: list[tuple[str, str]]
) -> None:
    assert said_everywhere(text, names) == expected


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param("وأعلن المتحدث باسم الحكومة الفرنسية بنجامين غريفو موقف الرئيس.\n"
                     f"وقال المتحدث إن {SAID}.",
                     {"بنجامين غريفو": "PERS", "الحكومة الفرنسية": "ORG"}, "بنجامين غريفو",
                     id="named-after-whom-he-speaks-for"),
        pytest.param("وأعلن المتحدث الرئاسي الفلبيني، هاري روكي، موافقة الكويت.\n"
                     f"وقال المتحدث: «{SAID}».", {"هاري روكي": "PERS"}, "هاري روكي",
                     id="named-after-a-comma"),
        pytest.param("وأعلن إبراهيم كالين المتحدث باسم الرئاسة أن حالة الطوارئ ستنتهي.\n"
                     f"وأضاف المتحدث: «{SAID}».", {"إبراهيم كالين": "PERS"}, "إبراهيم كالين",
                     id="named-right-before"),
        pytest.param("وقالت متحدثة باسم حملة السيسي إن العملية كانت ديمقراطية.\n"
                     f"وأضافت المتحدثة أن {SAID}.", {"السيسي": "PERS"}, "متحدثة باسم حملة السيسي",
                     id="guard-whom-she-speaks-for"),
        pytest.param("وقال متحدث باسم رئيسة الوزراء تيريزا ماي إن بريطانيا تواصل العمل.\n"
                     f"وأضاف المتحدث أن {SAID}.", {"تيريزا ماي": "PERS"},
                     "متحدث باسم رئيسة الوزراء تيريزا ماي", id="guard-a-principal-with-her-title"),
        pytest.param("وبث التلفزيون بيانا لمتحدث باسم الخارجية.\nواتهم المتحدث وفد بومبيو "
                     f"بالإصرار على شروطه.\nوأوضح المتحدث أن {SAID}.", {"بومبيو": "PERS"},
                     "متحدث باسم الخارجية", id="guard-his-object"),
        pytest.param("وقال المتحدث باسم الشرطة سامي الحداد إن الجسر مغلق. وقال المتحدث باسم "
                     f"الجيش خالد العلي إن الطريق مغلق.\nوأضاف المتحدث أن {SAID}.",
                     {"سامي الحداد": "PERS", "خالد العلي": "PERS"}, "خالد العلي",
                     id="of-two-spokesmen-the-nearest-goes-on"),
    ],
)
def test_the_bare_spokesman_is_the_one_named(
        text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)
