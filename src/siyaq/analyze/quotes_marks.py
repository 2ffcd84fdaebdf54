"""Whether quotation marks hold speech or a name: a short span that is wholly a tagged name, an
outlet's name after its noun (`لموقع "سكاي نيوز عربية"`), the verb's subject written in marks; and
whether the marks open the speech after a colon or stand inside it."""

from __future__ import annotations

from siyaq.analyze.dates_text import normalize
from siyaq.analyze.quotes_doc import MAX_QUOTED_NAME_WORDS, Doc, Verb
from siyaq.analyze.quotes_heads import MEDIA_OUTLET_WORDS
from siyaq.analyze.quotes_lexicon import (
    ADDRESSEE_PREPOSITIONS,
    COMPLEMENTIZERS,
    CONTINUATION,
    INDIRECT,
)
from siyaq.analyze.quotes_spans import MarkedSpan


def marked_opening(doc: Doc, start: int) -> bool:
    """Does speech after a colon open with a quotation mark (then the marked span is the
    quote)? Marks further in (`وأضاف: تم التحفظ في القضية التي تعتبر "قتل شبه العمد"`) are
    part of the unmarked speech."""
    _, end = doc.sentence(start)
    spans = [s for s in doc.spans_opening(start, end) if s.open_mark not in doc.absorbed]
    return bool(spans) and _opens_speech(doc, start, spans[0].open_mark)


def inside_colon_speech(doc: Doc, verb: Verb, span: MarkedSpan) -> bool:
    """A marked span inside unmarked speech after its verb's colon, in the same sentence."""
    if verb.colon is None or not verb.colon < span.open_mark:
        return False
    if _opens_speech(doc, verb.colon + 1, span.open_mark):
        return False  # `وقال: «…»`, `قوله: إن "…"`: the marks open the speech
    return doc.sentence(verb.colon)[1] > span.open_mark


def _opens_speech(doc: Doc, start: int, mark: int) -> bool:
    """Nothing but space (or `إن`) between the start of speech and a quotation mark."""
    gap = doc.text[start:mark].strip()
    return not gap or normalize(gap) in COMPLEMENTIZERS


def quoted_name(doc: Doc, span: MarkedSpan, verb: Verb, start: int, end: int) -> bool:
    """A short marked span that names, not says: wholly a tagged name (`باسم "داعش" "أبو محمد
    العدناني"`, `شركة «إيه أند بي»`), or the verb's subject written in marks
    (`وأفاد «المرصد السوري لحقوق الإنسان»`), unless a colon follows it."""
    if _outlet_named(doc, span):
        return True
    if doc.words.between(start, end) > MAX_QUOTED_NAME_WORDS:
        return False
    named = any(m.start <= start and end <= m.end + 1 for m in doc.mentions)
    after_verb = verb.end <= span.open_mark and not doc.text[verb.end : span.open_mark].strip()
    next_char = doc.text[span.end + 1 : span.end + 3].lstrip()[:1]
    said = next_char == ":"
    # `قائلا "قوة فضاء بلا حدود".`: after a participle, or ending its sentence, the marks
    # hold what was said; a subject in marks has the rest of its sentence after it
    speech = verb.kind == "participle" or next_char in ("", ".")
    return named or (after_verb and not said and not speech)


# `لموقع "سكاي نيوز عربية"`, `صحيفة «الغارديان»`, `مجموعة "العمل من أجل فلسطينيي سوريا"`:
# the marks hold the outlet's or the body's name.
OUTLET_NOUNS = MEDIA_OUTLET_WORDS | frozenset(
    {"مجموعه", "منظمه", "جمعيه", "حمله", "مؤسسه", "شركه", "حركه", "هيئه"}
)


def _outlet_named(doc: Doc, span: MarkedSpan) -> bool:
    """A short span right after an outlet's or a body's noun without ال (bare, or with ل or ب:
    the noun and the name are one phrase) names it, even when a colon follows it (`لموقع "سكاي
    نيوز عربية": "…"`: the speech comes next). After `الصحيفة` the marks open what it said."""
    k = doc.words.first_at(span.open_mark) - 1
    if k < 0 or doc.text[doc.words.end(k) : span.open_mark].strip():
        return False
    if doc.words.between(span.start, span.end) > MAX_QUOTED_NAME_WORDS + 2:
        return False  # `العمل من أجل فلسطينيي سوريا`; longer is speech
    noun = doc.words.norms[k]
    if doc.text[doc.words.end(k) - 1] == "ه":
        return False  # `ما مجموعه "86 شخصا"` (its total), not `مجموعة`
    return noun in OUTLET_NOUNS or (noun[:1] in "لب" and noun[1:] in OUTLET_NOUNS) or (
        noun in ADDRESSEE_PREPOSITIONS and (_told_by_speech(doc, k) or _clause_after(doc, span)))


def _clause_after(doc: Doc, span: MarkedSpan) -> bool:
    """`…، العميد عبد السلام الشحي، لـ"سكاي نيوز عربية" إن`: whom it was told, before the
    clause of what was said."""
    n = doc.words.first_at(span.end)
    return n < len(doc.words) and doc.words.norms[n] in COMPLEMENTIZERS


def _told_by_speech(doc: Doc, k: int) -> bool:
    """`في تصريح لـ"سكاي نيوز عربية"`, `وقال لـ"الجزيرة نت"`: after a verb or noun of speech,
    a bare ل (word k) opens whom it was said to; elsewhere (`نظرا لـ"…"`) what is quoted."""
    if k < 1:
        return False
    word = doc.words.norms[k - 1]
    word = word[1:] if word[:1] in "وف" and word[1:] in _TOLD_AFTER else word
    return word in _TOLD_AFTER


# Verbs and nouns of speech a bare ل names the one told after.
_TOLD_AFTER = INDIRECT | CONTINUATION | frozenset(
    {"تصريح", "تصريحات", "تصريحه", "تصريحها", "تصريحاته", "حديث", "حديثه", "حديثها",
     "مقابله", "لقاء", "مداخله", "مقابلته", "مقابلتها"})
