"""A sentence opening with a verb whose object follows at once (`كما جدد مطالباته …،
مؤكدا أن`) has the one who spoke in the sentence before as its subject (stop 35, from ANT
seed 2547)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

BEFORE = "وقال السيسي إن \"الشعب المصري لن يقبل بعودة الإخوان\".\n"


def test_a_participle_after_a_verb_with_its_object_first() -> None:
    text = BEFORE + ("كما جدد مطالباته بتجديد الخطاب الديني، مؤكدا أن \"الدين لا يتعارض مع "
                     "الحياة\".")
    assert said_everywhere(text, {"السيسي": "PERS"})[-1] == (
        "السيسي", "الدين لا يتعارض مع الحياة")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("من جانبه رد عليه يورغن كلوب قائلا \"لقد راقبته أثناء سحب القرعة\".",
                     id="a-preposition-with-its-pronoun-then-the-subject"),
        pytest.param("ومن جهتها، اعتذرت شبكة \"ايه بي سي\" في بيان، موضحة أن الممثلة لم تشارك "
                     "في كتابة الحلقة.", id="a-leading-phrase-then-a-named-subject"),
    ],
)
def test_guard_not_the_speaker_before_when_the_sentence_names_another(text: str) -> None:
    found = said_everywhere(BEFORE + text, {"السيسي": "PERS", "يورغن كلوب": "PERS"})
    assert all(speaker != "السيسي" for speaker, _ in found[1:])


def test_describing_participle_reports_its_sentence_subject() -> None:
    text = ("ورحب وزير خارجية الفلبين آلان بيتر كايتانو بهذه الأنباء، واصفا إياها بأنها "
            "\"خطوة أولية مهمة في سعينا من أجل تحقيق العدالة\".")
    assert said_everywhere(text, {"آلان بيتر كايتانو": "PERS"})[-1] == (
        "آلان بيتر كايتانو", "خطوة أولية مهمة في سعينا من أجل تحقيق العدالة")
