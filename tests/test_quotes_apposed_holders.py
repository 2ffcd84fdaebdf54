"""A person between commas after the words that describe him speaks, whatever those words
look like (`عالم النيازك في وكالة الفضاء "ناسا"، بيل كوك، أن`, `محرر الشؤون الدبلوماسية في
بي بي سي، جيمس لاندل، إن`), not after a named subject whose object he is (stop 36, from ANT
seed 2550)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param('كشف عالم النيازك في وكالة الفضاء الأميركية "ناسا"، بيل كوك، أن منتصف شهر '
                     "أغسطس الجاري سيشهد ظاهرة خلابة.", {"ناسا": "ORG", "بيل كوك": "PERS"},
                     [("بيل كوك", "منتصف شهر أغسطس الجاري سيشهد ظاهرة خلابة")],
                     id="scientist-at-nasa"),
        pytest.param("ويقول محرر الشؤون الدبلوماسية في بي بي سي، جيمس لاندل، إن هناك انتقادات "
                     "كثيرة لقرار طرد الدبلوماسيين.", {"بي بي سي": "ORG", "جيمس لاندل": "PERS"},
                     [("جيمس لاندل", "هناك انتقادات كثيرة لقرار طرد الدبلوماسيين")],
                     id="bbc-editor"),
    ],
)
def test_a_person_apposed_to_a_description_speaks(
        text: str, names: dict[str, str], expected: list[tuple[str, str]]) -> None:
    assert said_everywhere(text, names) == expected


def test_guard_the_person_described_between_commas_is_no_speaker() -> None:
    text = ('ووصفت إيران رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، بأنه "كذاب سيئ السمعة".')
    said = said_everywhere(text, {"إيران": "LOC", "بنيامين نتنياهو": "PERS"})
    assert all(speaker != "بنيامين نتنياهو" for speaker, _ in said)


def test_guard_whose_family_spoke_is_no_speaker() -> None:
    text = "وقالت عائلة الصحفية، ماري كولفن، إن الحكومة السورية هي التي اغتالتها."
    said = said_everywhere(text, {"ماري كولفن": "PERS"})
    assert all(speaker != "ماري كولفن" for speaker, _ in said)


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param("قالت المستشارة في البيت الأبيض كيليان كونواي إنها تستشعر مؤامرة كبيرة من "
                     "اليسار.", {"البيت الأبيض": "MISC", "كيليان كونواي": "PERS"},
                     "كيليان كونواي", id="title-at-a-body-then-the-name-then-inna"),
        pytest.param("وقال مراسل بي بي سي في الخرطوم محمد عثمان إن بين المفرج عنهم نشطاء "
                     "بارزين.", {"بي بي سي": "ORG", "الخرطوم": "LOC", "محمد عثمان": "PERS"},
                     "محمد عثمان", id="correspondent-in-a-city"),
        pytest.param("وأضافت الناشطة تهاني لمراسل بي بي سي في الخرطوم محمد عثمان أن نورا كانت "
                     "تأمل في البراءة.", {"تهاني": "PERS", "بي بي سي": "ORG", "الخرطوم": "LOC",
                                          "محمد عثمان": "PERS"},
                     "تهاني", id="guard-the-correspondent-told"),
        pytest.param('وقال القيادي في حماس إسماعيل رضوان "ماضون في مسيرة العودة وكسر الحصار".',
                     {"حماس": "ORG", "إسماعيل رضوان": "PERS"}, "إسماعيل رضوان",
                     id="then-a-quote-in-marks"),
        pytest.param("وقال القيادي في حماس إسماعيل رضوان الذي وصل إلى منطقة قرب الحدود "
                     '"ماضون في مسيرة العودة وكسر الحصار".',
                     {"حماس": "ORG", "إسماعيل رضوان": "PERS"}, "إسماعيل رضوان",
                     id="then-a-relative-clause"),
    ],
)
def test_a_holder_named_right_after_the_place_without_commas(
        text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[0][0] == speaker


def test_now_is_no_name_and_the_expert_at_the_museum_is_named_after_it() -> None:
    """`أكدوا الآن أنه`: "now" is no speaker (it normalizes as `آلان` does); `وقال الخبير في
    المتحف ميكائل نوردستروم:` is the man named after the place (stop 42's random read)."""
    text = ("لكن الخبراء في المتحف المحلي أكدوا الآن أنه يبلغ حوالي 1500 عام.\nوقال الخبير في "
            'المتحف ميكائل نوردستروم :" إنه أمر لا يحدث كل يوم أن يخطو شخص فوق سيف".')
    found = said_everywhere(text, {"ميكائل نوردستروم": "PERS"})
    assert [speaker for speaker, _ in found] == ["ميكائل نوردستروم"]
