"""A verb of speech under a negation (`ولم يوضح الباحثون ما إذا`) says nothing, so a later
bare verb does not inherit a speaker from it; researchers unnamed (`وقال باحثون في دورية
الصحة البيئية إن`) speak as written (stop 36, from ANT seed 2552)."""

from __future__ import annotations

from quote_support import said_everywhere


def test_researchers_after_a_negated_verb_speak_as_written() -> None:
    text = ('وقالت مكنيلي في رسالة "ينتشر سرطان الجلد بدرجة أكبر بين المضيفات".\n'
            "ولم يوضح الباحثون كذلك ما إذا كانت الأورام ظهرت قبل أو بعد بدء العمل.\n"
            "وقال باحثون في دورية الصحة البيئية إن العلماء يشتبهون منذ فترة طويلة بتأثير "
            "الإشعاع.")
    assert said_everywhere(text, {"مكنيلي": "PERS"})[1:] == [
        ("باحثون", "العلماء يشتبهون منذ فترة طويلة بتأثير الإشعاع")]
