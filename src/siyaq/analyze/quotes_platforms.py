"""Where something was said and to whom, not who said it: a platform after على/عبر/في
(`نشر على تويتر`, `عبر حسابه في فيسبوك`) and an outlet after ل (`قال لبي بي سي`) are tagged
names that are no speaker."""

from __future__ import annotations

from siyaq.analyze.entities_glued import PLATFORMS
from siyaq.analyze.ner_text import normalize
from siyaq.analyze.quotes_heads import ADDRESSEES
from siyaq.model import Mention

# Before a platform: a preposition, or a noun of where (`على موقع تويتر`); not `حساب`, whose
# platform is the company speaking (`حساب إنستغرام على تويتر`).
_WHERE = frozenset({"على", "علي", "عبر", "في", "من", "موقع", "منصة", "صفحة", "تطبيق"})


def said_on_or_to(mention: Mention, text: str) -> bool:
    """Is the mention where something was said or whom it was said to, not who said it?"""
    return _where_said(mention, text) or told_to(mention, text)


def _where_said(mention: Mention, text: str) -> bool:
    """`على تويتر`, `على "تويتر"`, `عبر فيسبوك`, `بتويتر`, `#تويتر`: the platform a statement
    was made on."""
    if not text or normalize(mention.text) not in PLATFORMS:
        return False
    before = text[max(0, mention.start - 8) : mention.start].rstrip("«\"“'( ")
    if before[-1:] in ("ب", "#"):
        return True
    words = before.split()
    return bool(words) and words[-1] in _WHERE


def told_to(mention: Mention, text: str) -> bool:
    """`قال لـ«الشرق الأوسط»`, `صرح لرويترز`: the one told, written with ل, is not the one
    speaking (the ل of a name like `لبنان` is inside the mention, not before it)."""
    written = mention.text
    if written.startswith("لـ") or normalize(written.split()[0]).rstrip("0123456789") in ADDRESSEES:
        return True  # `لـCNN`, `لفرانس24`: the tagger took the ل into the name
    before = text[max(0, mention.start - 4) : mention.start].rstrip("«\"“'( ")
    if before.endswith("ـ"):
        before = before.rstrip("ـ")
    return before.endswith("ل") and (len(before) == 1 or not before[-2].isalpha())


ON_OR_VIA = frozenset({"علي", "عبر"})


TOLD = frozenset({"ل", "لـ"})  # the ل written apart before whom it was said to
