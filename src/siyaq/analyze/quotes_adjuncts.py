"""Where a verb's speech starts when its subject ended at an adjunct: `وقال الوزير في كلمته
إن …`, `قالت السلطات الخميس إن …`, `وقال أوزيل الذي غاب عن … يوم الأحد: …`."""

from __future__ import annotations

from bisect import bisect_right

from siyaq.analyze.quotes_clues import published_in
from siyaq.analyze.quotes_doc import MAX_QUOTED_NAME_WORDS, Doc, Verb
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS, CONJUNCTION_HEADS, WARNING_FORMS
from siyaq.analyze.quotes_spans import BREAK_CHARS, breaks_sentence, names_a_work
from siyaq.analyze.quotes_speakers import cnn

MAX_ADJUNCT_WORDS = 12  # `وقال الوزير في كلمة ألقاها أمام المؤتمر إن …`: words to the إن
# A longer adjunct (`خلال اجتماعه بمديري تعليم عسير، ونجران، …، في إحدى مدارس نجران، إن`)
# when a comma closes it right before the إن.
MAX_LONG_ADJUNCT_WORDS = 20
# `في بيان نشرته الوزارة`, `في تغريدة نشرها على تويتر`: a statement and the verb that
# published it, inside the adjunct before the speech
_PUBLISHED = frozenset({"بيان", "تقرير", "تغريده", "رساله", "مقال", "منشور", "تدوينه", "فيديو"})
_PUBLISHING = frozenset({"نشر", "نشرت", "نشره", "نشرته", "نشرها", "اصدر", "اصدرت", "اصدره",
                         "اصدرته", "اصدرها", "بث", "بثت", "بثه", "بثته", "وزع", "وزعت", "وزعته"})


def clause_after_adjunct(doc: Doc, verb: Verb, stop: int, verbs: frozenset[str],
                         relative: bool = False) -> None:
    """`وقال الوزير في كلمته إن …`, `قالت السلطات الخميس إن …`: the subject ended at an
    adjunct (word `stop`); the إن/أن a few words on, in the same sentence and before any
    other verb of speech, opens what was said (`verb.clause`), and a colon opens speech
    (`verb.colon`). `بعد أن` is a conjunction of time, not the start of the speech.
    `relative`: the subject ended at a relative clause; failing those, a colon further on
    ends it (`وقال أوزيل الذي غاب عن مباراة فريقه … يوم الأحد: …`)."""
    _adjunct_clause(doc, verb, stop, verbs)
    if relative and verb.clause is None and verb.colon is None:
        _colon_after_relative(doc, verb, stop, verbs)


def _adjunct_clause(doc: Doc, verb: Verb, stop: int, verbs: frozenset[str]) -> None:
    words, text, norms = doc.words, doc.text, doc.words.norms
    last = min(stop + 1 + MAX_LONG_ADJUNCT_WORDS, len(words))
    if last <= stop + 1 or (
        not any(norm in COMPLEMENTIZERS for norm in norms[stop + 1 : last])
        and ":" not in text[words.end(stop) : words.end(last - 1)]
    ):
        return  # most adjuncts: neither an إن nor a colon ahead
    for n in range(stop + 1, last):
        prev_end, start = words.end(n - 1), words.start(n)
        gap = text[prev_end:start]
        colon = prev_end + gap.index(":") if ":" in gap else -1
        if colon >= 0 and n - stop <= MAX_ADJUNCT_WORDS and not _title_colon(doc, colon):
            verb.colon = colon
            return
        if _clause_breaks(doc, prev_end, start):
            return
        norm = words.norms[n]
        if norm in COMPLEMENTIZERS and norms[n - 1] in _IMPERSONAL:
            return  # `الذي كان من المفترض أن`: the أن of `من المفترض`, not the verb's
        if cnn(norms, n):
            continue
        if norm in _PUBLISHING and (norms[n - 1] in _PUBLISHED or published_in(norms, n)):
            continue  # `في بيان نشر على موقع الوزارة`: what the statement is, not a new verb
        if _speech_verb(norm, verbs):
            return  # another verb of speech owns what follows (`…، وذكرت التقارير أن`)
        if (
            norm in COMPLEMENTIZERS
            and (words.norms[n - 1] not in CONJUNCTION_HEADS or _warned_of(verb, norms, n))
            and (n - stop <= MAX_ADJUNCT_WORDS or "،" in gap or "," in gap
                 or _told_outlet_in_marks(doc, n - 1))
        ):
            verb.clause = n
            return


MAX_RELATIVE_WORDS = 30  # `وقال إنييستا الذي يختتم مشواره … المحليين: …`: words to the colon


def _colon_after_relative(doc: Doc, verb: Verb, stop: int, verbs: frozenset[str]) -> None:
    """The colon ending a relative clause that follows the subject, in the same sentence,
    with no quote opening and no other verb of speech before it: the verb's speech."""
    words, text = doc.words, doc.text
    for n in range(stop + 1, min(stop + 1 + MAX_RELATIVE_WORDS, len(words))):
        prev_end, start = words.end(n - 1), words.start(n)
        gap = text[prev_end:start]
        if ":" in gap:
            colon = prev_end + gap.index(":")
            if not _title_colon(doc, colon):
                verb.colon = colon
            return
        if _clause_breaks(doc, prev_end, start) or _speech_verb(words.norms[n], verbs):
            return  # a sentence's end, a quote, or the relative clause's own speaker


# `من المفترض أن`, `من المقرر أن`: an impersonal phrase whose أن is its own.
_IMPERSONAL = frozenset({"المفترض", "المقرر", "المتوقع", "الممكن", "المحتمل", "المنتظر",
                         "المرجح", "يتوقع"})


def _warned_of(verb: Verb, norms: list[str], n: int) -> bool:
    """`وحذر المالكي الأحد من أن`: a warning's من أن after the adjunct, not `رغم من أن`."""
    return verb.form in WARNING_FORMS and norms[n - 1] == "من" \
        and norms[n - 2] not in CONJUNCTION_HEADS


def _told_outlet_in_marks(doc: Doc, n: int) -> bool:
    """`…، العميد الركن عبد السلام الشحي، لـ"سكاي نيوز عربية" إن`: the adjunct ends with a
    short name in marks after ل (whom it was told), like a comma ending it."""
    if not doc.inside_quote(doc.words.start(n)):
        return False
    i = bisect_right(doc.opens, doc.words.start(n)) - 1
    span = doc.spans[i]
    before = doc.text[max(0, span.open_mark - 3) : span.open_mark]
    return doc.words.between(span.start, span.end) <= MAX_QUOTED_NAME_WORDS \
        and before.rstrip().endswith(("لـ", "ل"))


def _clause_breaks(doc: Doc, prev_end: int, start: int) -> bool:
    """Does the gap between two words end the sentence or open speech in marks?"""
    gap = doc.text[prev_end:start]
    return (not BREAK_CHARS.isdisjoint(gap) and breaks_sentence(doc.text, prev_end, start)) \
        or _speech_opens(doc, prev_end, start)


def _speech_verb(norm: str, verbs: frozenset[str]) -> bool:
    """A verb of speech, with or without و / ف."""
    return norm in verbs or (norm[:1] in "وف" and norm[1:] in verbs)


def _title_colon(doc: Doc, colon: int) -> bool:
    """A colon inside marks (`بعنوان «أعترض: …»`) or after a title's cue (`تحت عنوان: «…»`)."""
    return doc.inside_quote(colon) or names_a_work(doc.text, colon + 1)


def _speech_opens(doc: Doc, start: int, end: int) -> bool:
    """Does a quote long enough to be speech open in [start, end), before a word (a short one
    names a paper, `لـ«الشرق الأوسط»`, and a work's title, `في ورقة بعنوان «…»`, is part of
    the adjunct)?"""
    spans = doc.spans_opening(start, end)
    return bool(spans) and any(
        doc.words.between(span.start, span.end) > MAX_QUOTED_NAME_WORDS
        and not names_a_work(doc.text, span.open_mark)
        for span in spans
    )
