"""Where a statement was published, inside the words before the speech (stop 35, from ANT
seed 2547): `في بيان نشر على موقع الوزارة` is an adjunct, not a new verb of speech; a person
after `لها` in a spokesman's description (`شركة عطور تروج لها القطان`) is not his name."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("كشف الوزير ماجد القصبي عن أمر سام.\nوأضاف القصبي، في بيان نشر على موقع "
                     "وزارة التجارة واطلعت عليه \"العربية نت\"، أن هذا الأمر جاء بناء على ما "
                     "رفعه ولي العهد.", {"ماجد القصبي": "PERS", "القصبي": "PERS"},
                     ("ماجد القصبي", "هذا الأمر جاء بناء على ما رفعه ولي العهد"),
                     id="statement-published-on-a-site"),
        pytest.param("وقالت وزارة الكهرباء في بيان نشرته على موقعها الإلكتروني إنها وضعت خطة "
                     "بديلة.", {}, ("وزارة الكهرباء", "وضعت خطة بديلة"),
                     id="guard-statement-it-published"),
        pytest.param("وقالت سندس القطان في فيديو إنها لن تعتذر.\nوقال المتحدث باسم شركة عطور "
                     "تروج لها القطان لبي بي سي إن الشركة ترفض تماما الأفكار التي عبرت عنها.",
                     {"سندس القطان": "PERS", "القطان": "PERS"},
                     ("المتحدث باسم شركة عطور تروج",
                      "الشركة ترفض تماما الأفكار التي عبرت عنها"),
                     id="spokesman-of-a-company-she-promotes"),
    ],
)
def test_who_said_it_past_where_it_was_published(text: str, names: dict[str, str],
                                                 expected: tuple[str, str]) -> None:
    assert said_everywhere(text, names)[-1] == expected


def test_guard_a_new_verb_of_speech_still_owns_what_follows() -> None:
    text = ("وقال الوزير في كلمته، ونشرت الوكالة أن الاتفاق سيوقع غدا.")
    assert ("الوزير", "الاتفاق سيوقع غدا") not in said_everywhere(text, {})
