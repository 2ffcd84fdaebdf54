"""`أصدر X بيانا جاء فيه: "…"` and `ونعت X الراهب في بيان جاء فيه`: what a statement is read
to say is its issuer's, the subject of the verb that issued it, not the last person named or
the last speaker, also when the tagger missed the issuer's name. Found in the first 10,000
ANT articles (stop 43)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

CASES = [
    pytest.param(
        "وقالت المتحدثة هيذر ناورت إن المحادثات مستمرة.\n"
        "وأصدر مجلس منبج العسكري بياناً جاء فيه \"نشكر وحدات حماية الشعب على تضحياتها\".",
        {"هيذر ناورت": "PERS"}, "مجلس منبج العسكري",
        id="issued-by-the-subject"),
    pytest.param(
        "وتحدث الرئيس ميشال عون عن الأزمة.\nمن جهتها، أصدرت وزارة الخارجية اللبنانية، أمس "
        "الاثنين بيانا جاء فيه: \"إزاء المعلومات المتداولة نؤكد أن الإجراءات لم تتغير\".",
        {"ميشال عون": "PERS", "وزارة الخارجية اللبنانية": "ORG"}, "وزارة الخارجية اللبنانية",
        id="a-day-between"),
    pytest.param(
        "وتوفي الراهب باسيلوس المقاري في الدير.\nونعت الكنيسة القبطية الراهب في بيان جاء "
        "فيه: \"نظرا لأن غموضا أحاط بظروف رحيله تم استدعاء الجهات الرسمية\".",
        {"باسيلوس المقاري": "PERS", "الكنيسة القبطية": "ORG"}, "الكنيسة القبطية",
        id="in-a-statement"),
]


@pytest.mark.parametrize(("text", "names", "speaker"), CASES)
def test_a_statement_read_in_is_its_issuers(text: str, names: dict[str, str],
                                             speaker: str) -> None:
    assert said_everywhere(text, names)[-1][0] == speaker


def test_read_in_a_document_named_after_the_cue_is_unchanged() -> None:
    text = ("وقال الوزير خالد سعيد إن الخطة جاهزة.\nوجاء في بيان لوزارة الصحة أن \"عدد "
            "الإصابات ارتفع إلى مئة حالة\".")
    found = said_everywhere(text, {"خالد سعيد": "PERS", "وزارة الصحة": "ORG"})
    assert found[-1][0] == "وزارة الصحة"
