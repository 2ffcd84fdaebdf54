"""Sources named again: `ويذكر أن الجبير قال:` (the writer recalls who said it), `، وفق نفس
المصدر.` (the source just quoted), `وبحسب الوكالة،` (the agency named before), and `وقالت
الدراسة التي نشرت في المجلة، إن` (where a study appeared is no verb of speech). Found in stop
44's seed 2569; before, the first went to the person quoted before, the second and fourth were
not found, and the third went to `الوكالة` as written."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

MINISTER = "قال وزير الخارجية القطري محمد آل ثاني إن التصريح لا يستحق الرد."


@pytest.mark.parametrize(
    "opener",
    ["ويذكر أن", "يذكر أن", "والجدير بالذكر أن"],
    ids=["wa-yudhkar", "yudhkar", "jadir-bil-dhikr"],
)
def test_the_writer_recalls_who_said_it(opener: str) -> None:
    text = "\n".join([MINISTER, f"{opener} الجبير قال في تصريحات سابقة: \"يجب على قطر أن تدفع "
                                "ثمن وجود القوات الأمريكية في سوريا\"."])
    found = said_everywhere(text, {"محمد آل ثاني": "PERS", "الجبير": "PERS"})
    assert found[-1] == ("الجبير", "يجب على قطر أن تدفع ثمن وجود القوات الأمريكية في سوريا")


@pytest.mark.parametrize(
    "credit",
    ["وفق نفس المصدر", "بحسب المصدر نفسه", "وفق المصدر ذاته", "وفقا لنفس المصدر"],
    ids=["nafs-al-masdar", "al-masdar-nafsuh", "al-masdar-dhatuh", "li-nafs"],
)
def test_the_same_source_is_the_one_quoted_before(credit: str) -> None:
    text = ("وقال متحدث باسم الجيش في بيان إن مسلحين اثنين أحرقا معدات عسكرية قرب الحدود.\n"
            "ولم يعلن الجيش عن أية خسائر بشرية.\n"
            f"وأطلقت الدبابات نيرانها على مركزي مراقبة تابعين للحركة قرب المعبر، {credit}.")
    found = said_everywhere(text, {})
    assert found[-1] == ("متحدث باسم الجيش",
                         "وأطلقت الدبابات نيرانها على مركزي مراقبة تابعين للحركة قرب المعبر")


def test_the_same_source_with_no_source_before_names_nobody() -> None:
    text = "وأطلقت الدبابات نيرانها على مركزي مراقبة تابعين للحركة قرب المعبر، وفق المصدر ذاته."
    assert said_everywhere(text, {}) == []


def test_the_agency_is_the_one_named_before() -> None:
    text = ("وأفادت وكالة الأنباء المركزية الكورية أن صحفيين من خمس دول سيحضرون بدء العملية.\n"
            "وبحسب الوكالة، سيتم تدمير جميع الأنفاق تحت أرض الاختبار عبر التفجير.")
    found = said_everywhere(text, {"وكالة الأنباء المركزية الكورية": "ORG"})
    assert found[-1] == ("وكالة الأنباء المركزية الكورية",
                         "سيتم تدمير جميع الأنفاق تحت أرض الاختبار عبر التفجير")


@pytest.mark.parametrize(
    "place", ["في المجلة الطبية البريطانية", "في مجلة نيتشر", "على موقع الجامعة"],
    ids=["the-journal", "a-named-journal", "on-a-website"])
def test_where_a_study_appeared_is_no_verb_of_speech(place: str) -> None:
    text = (f"وقالت الدراسة التي نشرت {place}، إن المرضى الذين تناولوا الحبوب طويلا تزداد "
            "نسبة إصابتهم بالمرض.")
    assert said_everywhere(text, {}) == [
        ("الدراسة", "المرضى الذين تناولوا الحبوب طويلا تزداد نسبة إصابتهم بالمرض")]
