"""A source named first, its statement after a comma: `ووفقا لشبكة إن بي سي الأمريكية، يدرس
الرئيس …`, `وبحسب مصادر محلية، قتل ثلاثة …`. With `فإن` after the comma the clause is read
through the cue (quotes_clauses); without it, only a solid source counts: an outlet, a body
the tagger names, unnamed sources or officials. Every opening cue without `فإن` read about six
in ten right (stop 29), mostly through laws, data and people as "sources"."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_antecedents import expand_head
from siyaq.analyze.quotes_apposition import person_at
from siyaq.analyze.quotes_before import RELATIVES
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ANONYMOUS_HEADS, OUTLET_HEADS, PRONOUN_SUBJECTS
from siyaq.analyze.quotes_lexicon import (
    COMPLEMENTIZERS,
    CREDIT_CUES,
    HARD_STOPS,
)
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_speakers import Speaker, Word, make_speaker
from siyaq.analyze.quotes_statements import issuer_of_statement
from siyaq.model import Mention

_SO = "فقد"  # `وبحسب X، فقد …`: the source's statement follows it, as after فإن
MAX_SOURCE_WORDS = 7  # `وبحسب مسؤولين في وزارة الدفاع الأميركية،`
MIN_STATEMENT_WORDS = 5
# Outlets and bodies named by their kind (`لصحيفة "ديلي ميل"`, `وكالة رويترز`, `وسائل إعلام`).
_OUTLETS = frozenset({"صحيفه", "شبكه", "وكاله", "موقع", "قناه", "تلفزيون", "اذاعه", "مجله",
                      "وسائل", "تقارير", "تقرير", "بيان", "مصادر", "مسؤولين"})
# What an act or a document provides, not what a source reports (`ووفقا للاتفاق، وافقت`).
_DOCUMENTS = frozenset({"اتفاق", "اتفاقيه", "قانون", "دستور", "قرار", "بيانات", "نتائج",
                        "احصاءات", "لائحه", "لوائح", "نظام", "خطه"})


def opened_spans(doc: Doc, verbs: list[Verb]) -> list[tuple[int, int, Verb]]:
    """(start, end, verb) of each statement after an opening cue's source and comma."""
    found = []
    starts = [verb.start for verb in verbs]
    for verb in verbs:
        opening = _opening(doc, verb)
        if opening is None:
            continue
        words, comma, sent_end = opening
        first = _after_relative(doc, doc.words.first_at(comma), sent_end)
        if first < len(doc.words) and doc.words.norms[first] == _SO:
            first += 1  # `ووفقا لأسوشيتد برس، فقد نشرت`: the statement after its فقد
        holder = _holder_apposed(doc, first, sent_end)
        if holder is not None:  # `وبحسب مراسل بي بي سي في سوريا، عساف عبود، ينص`
            person, first = holder
        if first >= len(doc.words) or doc.words.norms[first] in COMPLEMENTIZERS:
            continue  # `، فإن`: read through the cue's clause
        start, end = doc.words.start(first), sent_end
        if doc.words.between(start, end) < MIN_STATEMENT_WORDS \
                or bisect_left(starts, start) != bisect_left(starts, end) \
                or bisect_left(doc.opens, start) != bisect_left(doc.opens, end):
            continue  # a verb of speech or marks inside: whose words they are is said there
        speaker = _speaker(doc, words)
        if speaker is not None and holder is not None:
            speaker = from_mention(doc, person)  # the title's holder, named between commas
        if speaker is not None:
            found.append((start, end, Verb(verb.index, verb.start, verb.end, verb.form, "cue",
                                           speaker=speaker)))
    return found


def opening_source(doc: Doc, verb: Verb) -> Speaker | None:
    """The solid source of a cue opening its sentence (`ووفقا لشبكة "سكاي سبورتس"، فقد`), as
    the cue's own speaker: a bare verb after it goes on with it (`وأشارت إلى أن`), not with
    the speaker before."""
    opening = _opening(doc, verb)
    return _speaker(doc, opening[0]) if opening is not None else None


def _opening(doc: Doc, verb: Verb) -> tuple[list[Word], int, int] | None:
    """For a credit cue opening its sentence: the source's words, the comma after them and
    the sentence's end."""
    if verb.kind != "cue" or verb.form not in CREDIT_CUES:
        return None
    sent_start, sent_end = doc.sentence(verb.start)
    if doc.words.first_at(verb.start) != doc.words.first_at(sent_start):
        return None
    source = _source(doc, verb, sent_end)
    return (*source, sent_end) if source is not None else None


def _holder_apposed(doc: Doc, first: int, sent_end: int) -> tuple[Mention, int] | None:
    """A tagged person right after the source's comma, a comma after his name: the source's
    title's holder (`مراسل بي بي سي في سوريا، عساف عبود،`), and the word after that comma."""
    if first >= len(doc.words):
        return None
    person = person_at(doc, doc.words.start(first))
    if person is None:
        return None
    after = doc.words.first_at(person.end)
    gap = doc.text[person.end : doc.words.start(after)] if after < len(doc.words) else ""
    if ("،" not in gap and "," not in gap) or doc.words.start(after) >= sent_end:
        return None
    return person, after


def _after_relative(doc: Doc, first: int, sent_end: int) -> int:
    """`وبحسب المسؤولين، الذين لم يوضحوا كيف …، لم يلاحظ`: the statement after the source's
    relative clause."""
    if first >= len(doc.words) or doc.words.norms[first] not in RELATIVES:
        return first
    rest = doc.text[doc.words.end(first) : sent_end]
    marks = [at for at in (rest.find("،"), rest.find(",")) if at >= 0]
    return doc.words.first_at(doc.words.end(first) + min(marks)) if marks else len(doc.words)


def _source(doc: Doc, verb: Verb, sent_end: int) -> tuple[list[Word], int] | None:
    """The words between the cue and the comma after them, and the comma's offset."""
    words: list[Word] = []
    for k in range(verb.index + 1, min(verb.index + 1 + MAX_SOURCE_WORDS, len(doc.words))):
        if doc.words.start(k) >= sent_end:
            return None
        if doc.words.norms[k][:1] == "ف" and doc.words.norms[k] in COMPLEMENTIZERS:
            return None  # `وبحسب وسائل الإعلام فإن بيلاردو،`: read through the cue's clause
        if doc.words.norms[k] == _SO and words:
            return words, doc.words.start(k)  # `وبحسب وسائل الإعلام فقد تجمهر`
        words.append(doc.words.word(k))
        gap = doc.text[doc.words.end(k) : doc.words.start(k + 1)] if k + 1 < len(doc.words) else ""
        if "،" in gap or "," in gap:
            return words, doc.words.end(k) + max(gap.find("،"), gap.find(","))
    return None


def _issuer(doc: Doc, words: list[Word]) -> Speaker | None:
    """Who issued the statement a source names (`وبحسب البيان`, `ووفقا لبيان الوزارة`)."""
    return issuer_of_statement(doc, words[0].start, words[0].norm.startswith(("ال", "لل")))


# Sources by their kind that stand for the one named before (`وبحسب الوكالة،` after `وكالة
# الأنباء المركزية الكورية`).
_NAMED_BEFORE = OUTLET_HEADS | {"الوكاله", "الشبكه"}


def _speaker(doc: Doc, words: list[Word]) -> Speaker | None:
    """The source if solid: a tagged organisation within its first two words, or an outlet,
    a statement or unnamed sources as its head (`لشبكة`: the ل of وفقا stripped)."""
    head = words[0].norm
    if head in PRONOUN_SUBJECTS:
        return None  # `وبحسب ما ورد،`: as reported, by nobody named (ورد is no body)
    told = head[:1] == "ل" and len(head) > 3  # `وفقا لـ`
    if told:
        head = head[2:] if head.startswith("لل") else head[1:]
    head = head[2:] if head.startswith("ال") else head
    organisation = next((m for m in doc.mentions if m.type == "ORG"
                         and words[0].start <= m.start <= words[min(1, len(words) - 1)].end), None)
    if head in _DOCUMENTS or words[0].norm[1:] in _DOCUMENTS or (
        head not in _OUTLETS and head not in ANONYMOUS_HEADS and organisation is None
    ):
        return None
    if head == "بيان" and (issuer := _issuer(doc, words)) is not None:
        return issuer  # `وبحسب البيان،`: whoever the text said issued it
    spoken = make_speaker(words, doc.text, "ORG" if organisation else "DESC")
    if len(words) == 1 and words[0].norm in _NAMED_BEFORE:  # `وحسب الصحيفة،`: the one named
        named = expand_head(doc.words, doc.words.norms, doc.text, words[0].norm, words[0].start,
                            HARD_STOPS, doc.name_ends())
        if named is not None and len(named.name.split()) > 1:
            return named
    if not told:
        return spoken
    if words[0].norm.startswith("لل"):  # `للتقرير`: لل swallowed the article's ا
        return Speaker("ال" + spoken.name[2:], None, spoken.kind, spoken.start + 1)
    return Speaker(spoken.name[1:], None, spoken.kind, spoken.start + 1)
