"""An outlet credited with what it passed on (`…، وفق ما نقلت صحيفة "ديلي صباح".`, `وبحسب ما
نقلت صحيفة "ديلي ميل"، فإن …`), without whom it relayed: the outlet vouches for that sentence,
and the person quoted before it goes on speaking. A call's marked object ends its subject
(`ودعت الخارجية إلى "سرعة الإفراج" عن الكربي`: the name after it is whom the call is for).
Found on ANT seed 2577 (stop 46)."""

from __future__ import annotations

import pytest

from quote_support import said, said_everywhere

EVENT = "وتزامنت المباراة مع عشاء عمل للزعماء في قمة الحلف في العاصمة البلجيكية"
PAPER = {"ديلي صباح": "ORG"}


@pytest.mark.parametrize(
    ("text", "speaker", "statement"),
    [
        pytest.param(f'{EVENT}، وفق ما نقلت صحيفة "ديلي صباح".', "ديلي صباح", EVENT,
                     id="credit-after"),
        pytest.param(f'ووفق ما نقلت صحيفة "ديلي صباح"، فإن {EVENT[1:]}.', "ديلي صباح",
                     EVENT[1:], id="credit-before-with-waw"),
        pytest.param(f'وبحسب ما نقلت صحيفة "ديلي صباح"، فإن {EVENT[1:]}.', "ديلي صباح",
                     EVENT[1:], id="bi-hasab-ma"),
    ],
)
def test_an_outlet_credited_with_what_it_passed_on(text: str, speaker: str,
                                                   statement: str) -> None:
    assert said(text, PAPER) == [(speaker, statement)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("ونقلت الشرطة الجرحى إلى مستشفى المدينة بعد الحادث مباشرة.",
                     id="carried-the-wounded"),
        pytest.param("وقد نقل الفريق مبارياته إلى ملعب آخر هذا الموسم بسبب الأشغال.",
                     id="moved-its-games"),
    ],
)
def test_naql_without_a_credit_or_an_an_is_no_speech(text: str) -> None:
    assert said(text, {}) == []


def test_whom_the_outlet_quoted_goes_on_speaking() -> None:
    text = ('وقال المتحدث لي وانغ إن "الرسوم الأمريكية دخلت حيز التنفيذ فورا"، وفق ما نقلت '
            '"ديلي صباح". وأضاف: "لم نشأ أبدا أن يصل التوتر إلى حد الحرب".')
    assert [speaker for speaker, _ in said(text, PAPER | {"لي وانغ": "PERS"})] == [
        "لي وانغ", "لي وانغ"]


def test_marks_after_a_relaying_credit_keep_the_speaker_before() -> None:
    text = ('وقال الرئيس سمير داود في خطاب أمام المجلس، حسبما نقلت "ديلي صباح" '
            '"إننا أول من وقف ضد هذه الخطة وسنستمر في محاربتها".')
    found = said(text, PAPER | {"سمير داود": "PERS"})
    assert found and all(speaker == "سمير داود" for speaker, _ in found)


def test_a_calls_marked_object_ends_its_subject() -> None:
    text = ('وقال محسن الكربي إن "الوضع صعب جدا في البلاد". ودعت الخارجية القطرية إلى '
            '"سرعة الإفراج" عن الكربي، مطالبة بـ"عدم اللجوء لهذه الإجراءات ضد الشعوب".')
    found = said_everywhere(text, {"محسن الكربي": "PERS", "الكربي": "PERS"})
    assert found[-1] == ("الخارجية القطرية", "عدم اللجوء لهذه الإجراءات ضد الشعوب")


def test_a_platform_after_another_verb_is_still_where_it_was_said() -> None:
    text = 'وكتب محمد صالح على "تويتر": كانت ليلة صعبة لكننا سنعود أقوى في الموسم المقبل.'
    assert said(text, {"محمد صالح": "PERS"}) == [
        ("محمد صالح", "كانت ليلة صعبة لكننا سنعود أقوى في الموسم المقبل")]


@pytest.mark.parametrize(
    "channel", [pytest.param('"إن تي في"', id="marks"), pytest.param("إن تي في", id="bare")])
def test_ntv_is_a_channel_not_an_an(channel: str) -> None:
    text = f"واندلع حريق كبير في سوق وسط العاصمة مساء الخميس، وفق ما ذكرت قناة {channel} المحلية."
    assert said(text, {"إن تي في": "ORG"}) == [
        ("إن تي في", "واندلع حريق كبير في سوق وسط العاصمة مساء الخميس")]


@pytest.mark.parametrize(
    ("text", "names", "speaker", "statement"),
    [
        pytest.param("استهدف الجيش الإسرائيلي مواقع تابعة للحركة في القطاع ليلا، وفق ما أفاد "
                     "الأربعاء.", {}, "الجيش الإسرائيلي",
                     "استهدف الجيش الإسرائيلي مواقع تابعة للحركة في القطاع ليلا",
                     id="when-only"),
        pytest.param("تلقت المنظمة الدولية استقالة رئيسها الموقوف في بكين، سامي خالد، وذلك "
                     "حسبما أعلنت الأحد.", {"سامي خالد": "PERS"}, "المنظمة الدولية",
                     "تلقت المنظمة الدولية استقالة رئيسها الموقوف في بكين، سامي خالد",
                     id="not-the-object-apposed"),
    ],
)
def test_a_credit_naming_no_source_is_the_sentences_subjects(
        text: str, names: dict[str, str], speaker: str, statement: str) -> None:
    assert said(text, names) == [(speaker, statement)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قتل ثلاثة أشخاص في القصف على المدينة الاثنين، بحسب ما أفاد.",
                     id="the-killed-are-no-source"),
        pytest.param("وسقط عشرات القتلى في القصف على المدينة مساء الاثنين، وفق ما أعلن.",
                     id="the-fallen-are-no-source"),
    ],
)
def test_a_subject_that_is_no_source_is_not_credited(text: str) -> None:
    assert said(text, {}) == []
