"""Telling (stop 32-33, found on the first 10,000 ANT articles): `أبلغ X Y أن` reports what X
said, and Y is whom he told, not the speaker; `في تصريح لـ"…"` names the outlet spoken to,
not a quote; a singular verb does not continue the speech of a plural one."""

from __future__ import annotations

import pytest

from quote_support import said, said_everywhere

SAID = "الاتفاق النووي سيئ للغاية ولن يستمر"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وأبلغ مسؤول أمريكي رويترز أن {SAID}.", {"رويترز": "ORG"},
                     "مسؤول أمريكي", id="nisba-then-an-organisation-told"),
        pytest.param(f"وأبلغ المتحدث الصحفيين أن {SAID}.", {}, "المتحدث",
                     id="definite-speaker-then-the-journalists"),
        pytest.param(f"وأبلغت وزيرة الخارجية جولي بيشوب البرلمان أن {SAID}.",
                     {"جولي بيشوب": "PERS"}, "جولي بيشوب", id="a-name-then-parliament"),
        pytest.param(f"وأبلغ الرئيس الأمريكي دونالد ترامب الصحفيين أن {SAID}.",
                     {"دونالد ترامب": "PERS"}, "دونالد ترامب", id="title-name-then-journalists"),
        pytest.param(f"من جهتها، أبلغت السفيرة الأمريكية لدى الأمم المتحدة نيكي هايلي مجلس "
                     f"الأمن أن {SAID}.",
                     {"الأمم المتحدة": "ORG", "نيكي هايلي": "PERS", "مجلس الأمن": "ORG"},
                     "نيكي هايلي", id="an-organisation-after-a-preposition-is-her-post"),
        pytest.param(f"وكان الرئيس الأمريكي دونالد ترامب قد أبلغ الصحفيين أن {SAID}.",
                     {"دونالد ترامب": "PERS"}, "دونالد ترامب", id="kana-subject-before"),
        pytest.param(f"وكان روحاني قد أبلغ مدير الوكالة الدولية للطاقة الذرية، يوكيا أمانو، "
                     f"أن {SAID}.", {"روحاني": "PERS", "يوكيا أمانو": "PERS"}, "روحاني",
                     id="kana-subject-before-the-person-told"),
        pytest.param(f"لكن المكتب الإعلامي للشرطة أبلغ وكالات الأنباء الروسية أن {SAID}.",
                     {"كانو": "PERS"}, "المكتب الإعلامي للشرطة",
                     id="the-agencies-told-right-after-the-verb"),
    ],
)
def test_the_one_told_is_not_the_speaker(text: str, names: dict[str, str],
                                         speaker: str) -> None:
    assert said(text, names)[-1] == (speaker, SAID)


def test_a_construct_keeps_its_organisation() -> None:
    text = f"وأبلغ رئيس وكالة الطاقة الذرية الصحفيين أن {SAID}."
    assert said(text, {})[-1] == ("رئيس وكالة الطاقة الذرية", SAID)


def test_an_office_named_before_is_not_a_person_named_earlier() -> None:
    # `المكتب` is a body: not the last person named before it.
    text = f"ولم يذكر البيان اسم كانو لكن المكتب الإعلامي للشرطة قال إن {SAID}."
    assert said_everywhere(text, {"كانو": "PERS"})[-1] == ("المكتب الإعلامي للشرطة", SAID)


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param('وقال الوزير في تصريح لـ"سكاي نيوز عربية" إن المحادثات مستمرة.', False,
                     id="the-outlet-he-spoke-to"),
        pytest.param('وأكد في حديث لـ"الشرق الأوسط" أن المحادثات مستمرة.', False,
                     id="an-interview-with-a-paper"),
        pytest.param('وأشار الوزير نظرا لـ"الظروف الصعبة التي تمر بها البلاد" إلى أن الوضع '
                     'صعب.', True, id="marks-after-another-word-still-quote"),
    ],
)
def test_an_outlet_in_marks_after_speech_is_not_quoted(text: str, quoted: bool) -> None:
    marked = [quote for _, quote in said(text, {})
              if quote in ("سكاي نيوز عربية", "الشرق الأوسط",
                           "الظروف الصعبة التي تمر بها البلاد")]
    assert bool(marked) is quoted


def test_a_singular_verb_does_not_continue_a_plural_speaker() -> None:
    text = ("وقال الرئيس دونالد ترامب إن الاتفاق سيئ جدا للولايات المتحدة.\n"
            "وانتقد المحللون الاقتصاديون الاتفاق، وقالوا إن الأسواق لن تتأثر كثيرا.\n"
            "وقال إن الصين ستدفع الثمن في النهاية.")
    assert said(text, {"دونالد ترامب": "PERS"}) == [
        ("دونالد ترامب", "الاتفاق سيئ جدا للولايات المتحدة"),
        ("المحللون الاقتصاديون", "الأسواق لن تتأثر كثيرا"),
        ("دونالد ترامب", "الصين ستدفع الثمن في النهاية"),
    ]


def test_a_short_name_speaks_for_the_person_the_tagger_joined_it_to() -> None:
    # The tagger joined `توريه` to `يايا توريه`, named first; the longer span it ran over
    # later (`بيب طرد توريه`) is not the speaker.
    from siyaq.analyze.ner_aliases import canonical_name
    from siyaq.analyze.quotes import find_quotes
    from siyaq.model import Mention

    text = ("وانتقد اللاعب يايا توريه مدربه السابق بشدة في مقابلة صحفية.\n"
            "وزعم وكيله أن بيب طرد توريه من برشلونة في الماضي.\n"
            "وقال توريه إن المدرب لم يكن منصفا معه في أي وقت.")

    def mention(name: str, at: int, key: str) -> Mention:
        start = text.index(name, at)
        return Mention(name, "PERS", start, start + len(name), canonical_name(key, "PERS"))

    toure = text.rindex("وقال توريه") + len("وقال ")
    mentions = [mention("يايا توريه", 0, "يايا توريه"),
                mention("بيب طرد توريه", 0, "بيب طرد توريه"),
                mention("توريه", toure, "يايا توريه")]
    quotes = find_quotes(text, mentions)
    assert [(q.speaker, q.text) for q in quotes][-1] == (
        "يايا توريه", "المدرب لم يكن منصفا معه في أي وقت")
