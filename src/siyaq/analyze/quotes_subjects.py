"""The subject phrase after a reporting verb (`قال وزير الخارجية الأمريكي …`): the words up to
a stop word, colon, quote or sentence end, split at commas. SubjectReader is the base of the
speaker finder (quotes_attribution); who the words name is read by its own base, SpeakerNamer
(quotes_naming)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from siyaq.analyze.quotes_adjuncts import clause_after_adjunct
from siyaq.analyze.quotes_apposition import apposed, untitled
from siyaq.analyze.quotes_before import unnamed_clause
from siyaq.analyze.quotes_clauses import name_after_colon
from siyaq.analyze.quotes_clues import (
    evidence_subject,
    in_title,
    name_particle,
    next_norm,
    told_object,
)
from siyaq.analyze.quotes_credited import credit_verb, relayed_source
from siyaq.analyze.quotes_doc import MAX_QUOTED_NAME_WORDS, Doc, Verb
from siyaq.analyze.quotes_heads import ADDRESSEES, ANONYMOUS_HEADS, ORG_CONSTRUCTS, ORG_HEADS
from siyaq.analyze.quotes_lexicon import (
    ADDRESSEE_PREPOSITIONS,
    ADJUNCT_OPENERS,
    BY_SAYING,
    CALLING_FORMS,
    COMPLEMENTIZERS,
    DAY_ADJECTIVES,
    DAY_PARTS,
    HARD_STOPS,
    LEADING_DAYS,
    PARTICIPLES,
    PLEDGE_FORMS,
    SKIPPED,
    SOFT_STOPS,
    TELLING_FORMS,
    TIME_ADJECTIVES,
    TIME_HEADS,
    WEEKDAY_STOPS,
    WHO_SINGULAR,
    verb_genders,
)
from siyaq.analyze.quotes_naming import SpeakerNamer
from siyaq.analyze.quotes_spans import BREAK_CHARS, MarkedSpan, breaks_sentence
from siyaq.analyze.quotes_speakers import (
    GOVERNED,
    TITLE_WORDS,
    Word,
    cnn,
    has_article,
    is_preposition,
)

MAX_SUBJECT_WORDS = 20  # `نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير …`
# The outlets of ADDRESSEES told after a speaker's words (`لبي بي سي`, `للبي بي سي`, `لسي إن
# إن`) that no stop word list of the subject holds
_TOLD_OUTLETS = ADDRESSEES & frozenset({"لبي", "للبي", "لسي", "للسي"})
# After a title whose body or place is already named (`متحدثة باسم فيسبوك لبي بي سي`, `مصدر
# في الدفاع المدني لفرانس برس`, `مسؤول في إدارة ترمب لوكالة فرانس برس`) an outlet with ل is
# whom it was told; right after the title it may be whose (`المدير العام لبي بي سي`).
_TOLD_AFTER_PRINCIPAL = _TOLD_OUTLETS | (ADDRESSEES & frozenset(
    {"لرويترز", "لفرانس", "لوكاله", "لصحيفه", "لشبكه", "لقناه", "لموقع"}))
_ON = frozenset({"علي", "عبر", "في"})
_OWN_PAGES = frozenset(
    place + whose for place in ("حساب", "صفحت", "موقع", "منصت", "قنات")
    for whose in ("ه", "ها", "هم")
)
_PRINCIPAL_WORDS = frozenset({"باسم", "في", "لدي"})
_CONDITIONAL_STOPS = frozenset({"فان", "فانه", "فانها"})  # فإن, unless inside a name (فان جال)
# After a day (`قال الأربعاء …`): the words a subject opens with when the tagger names no one.
_SUBJECT_HEADS = ANONYMOUS_HEADS | ORG_CONSTRUCTS | TITLE_WORDS
# Words that open a sentence, not a name: marks opening with them hold speech.
_SPEECH_OPENERS = COMPLEMENTIZERS | frozenset(
    {"لن", "لا", "لم", "ما", "لقد", "قد", "سوف", "نحن", "انا", "هذا", "هذه", "كل", "ليس", "هل"}
)
_ENDING_PREPOSITIONS = GOVERNED | {"من"}  # a verb's preposition before its clause ends the subject
_OPENING_MARKS = frozenset('"«“”')



# ب words of titles (`المتحدث باسم الوزارة`, `الوزير بالوكالة`), normalized.
_BA_IN_TITLES = frozenset({"باسم", "بالوكاله", "بالانابه", "بالنيابه"})


def governed_by_ba(doc: Doc, word: Word, subject: list[Word], named: bool = True) -> bool:
    """Is the word a verb's ب object (`بالتقرير`, `بالرد`), not a title's (`باسم`), a name's
    (`بن`) or a clause's (`بأن`)? With `named`, only right after a subject that is a tagged
    name or a body (`وزارة الخارجية الروسية`), not inside a title (`المكلف بتشكيل`)."""
    norm = word.norm
    if norm[:1] != "ب" or len(norm) <= 3 or norm in _BA_IN_TITLES or norm in COMPLEMENTIZERS \
            or not subject:
        return False
    at = bisect_left(doc.mention_starts, word.start + 1) - 1
    if at >= 0 and doc.mentions[at].end > word.start:
        return False  # inside a tagged name
    if not named:
        return True
    head = subject[0].norm
    return (at >= 0 and doc.mentions[at].end >= subject[-1].end > doc.mentions[at].start) \
        or head in ORG_HEADS or "ال" + head in ORG_HEADS


# Intransitive verbs whose object comes with ب (normalized, past): `وندد المتحدث تامر الرفاعي
# بالتقرير، مؤكدا`, `تعهدت وزارة الخارجية الروسية بالرد …، معتبرة`: the ب word is no part of
# the subject. (Not `طالب`/`وعد`: `وطالبت المجتمع الدولي بإدانة` names whom, not who.)
_GOVERNING_BA = frozenset({stem + end for stem in (
    "ندد", "اشاد", "تعهد", "رحب", "التزم", "اعترف", "نوه", "تمسك", "تقدم", "بعث")
    for end in ("", "ت")} | {"احتفي", "احتفت", "اكتفي", "اكتفت"})


def before_governed(doc: Doc, verb: Word, chunks: list[list[Word]]) -> list[list[Word]]:
    """The subject's words before the first ب word outside a name, after a verb that governs
    ب (`ندد X بالتقرير`); the chunks as read otherwise."""
    if verb.norm.removeprefix("و").removeprefix("ف") not in _GOVERNING_BA:
        return chunks
    kept: list[list[Word]] = []
    for chunk in chunks:
        for n, word in enumerate(chunk):
            if governed_by_ba(doc, word, [w for c in [*kept, chunk[:n]] for w in c], False):
                return [*kept, chunk[:n]] if n else kept
        kept.append(chunk)
    return kept


class SubjectReader(SpeakerNamer):
    """Reads the subject phrase after a verb; its subclasses find subjects elsewhere."""

    __slots__ = ("_forms", "_genders", "_speech", "_stops")

    def __init__(self, forms: frozenset[str]) -> None:
        self._forms = forms
        self._speech = forms | (PARTICIPLES - {BY_SAYING})  # بالقول: a cue that owns no clause
        self._stops = HARD_STOPS | self._speech
        self._genders = verb_genders()

    def cited(self, doc: Doc, verb: Verb) -> tuple[list[list[Word]], Verb] | None:
        """`قالت وكالات أنباء نقلا عن وزارة الصحة إن`: the subject after `نقلا عن` and the verb
        to name it with (as a relay's), when it names a body or a person the text tags; not
        evidence (`نتائج التشريح`) nor words read as an untagged name."""
        source = relayed_source(doc, verb)
        if source is None or not any(relayed := self.subject(doc, source)) \
                or evidence_subject(relayed):
            return None
        naming = replace(verb, kind="relay")
        speaker = self.named(doc, naming, relayed)
        if speaker is None or (speaker.kind == "NAME" and not any(
                w.start in doc.mention_starts for chunk in relayed for w in chunk)):
            return None
        return relayed, naming

    def subject(self, doc: Doc, verb: Verb) -> list[list[Word]]:
        """The words after the verb up to a stop word, colon, quote or sentence end, split at
        commas (an appositive name often follows the title after a comma). A short quoted
        name inside the phrase (`وزير الدفاع “عوض بن عوف”`) belongs to it."""
        chunks: list[list[Word]] = [[]]
        prev_end = verb.region_end = verb.end
        words, text = doc.words, doc.text
        last = min(verb.index + 1 + MAX_SUBJECT_WORDS, len(words))
        addressee = resume = -1
        for n in range(verb.index + 1, last):  # Word objects only as far as the phrase goes
            if n < resume:
                continue
            unnamed = unnamed_clause(words.norms, n) if any(chunks) else None
            if unnamed is not None:  # `مسؤول بريطاني، طلب عدم نشر اسمه، إن`: not the name
                resume = unnamed
                prev_end = verb.region_end = words.end(unnamed - 1)
                continue
            word = words.word(n)
            gap = text[prev_end : word.start]
            if self._ends_before(doc, verb, chunks, prev_end, n):
                break
            bare = word.norm
            if bare[:1] == "و" and bare[1:] in COMPLEMENTIZERS:
                bare = bare[1:]
            if bare[:1] in "وف" and bare[1:] in self._forms:  # `فأجاب وقال:`
                verb.stop = bare
                break
            if bare in SKIPPED or bare == BY_SAYING or _now(text, word) or (
                not any(chunks) and _day_before_subject(doc, verb, n)
            ):  # `وختم بالقول:`: the verb's own cue, not its subject
                continue
            if bare == "ان" and cnn(words.norms, n):  # `سي ان ان`: a name, not أن
                chunks[-1].append(word)
                prev_end = verb.region_end = word.end
                continue
            if bare in ADDRESSEE_PREPOSITIONS and not any(chunks):
                addressee = n + 1  # `وكشف لـ«عكاظ» مصدر مطلع`: skip لـ and the paper
                continue
            if n == addressee:
                prev_end = verb.region_end = word.end
                continue
            if is_preposition(word, text) and (
                not any(chunks) or (bare in _ENDING_PREPOSITIONS and _governs(doc, verb, n))
            ):  # `أشار إلى أن`: no subject; `أشارت النشرة إلى أن`, `حذر صندوق النقد من أن`
                nxt = next_norm(words.norms, n) if n + 1 < last else ""
                verb.stop = nxt if nxt in COMPLEMENTIZERS else bare
                verb.region_end = word.end  # the clause starts after the preposition
                break
            said_by = [w for chunk in chunks for w in chunk]
            if verb.form in PLEDGE_FORMS and governed_by_ba(doc, word, said_by):
                verb.stop = bare  # `تعهدت وزارة الخارجية الروسية بالرد`: what, not who
                break
            if self._adjunct_at(doc, verb, n, bare, chunks):
                verb.stop = bare  # whom he told or when, not who; the clause comes after it
                clause_after_adjunct(doc, verb, n, self._speech)
                break
            if (bare in self._stops and not _negated_participle(words.norms, n) and not (
                bare in _CONDITIONAL_STOPS and name_particle(words.norms, n, gap, any(chunks))
                and "إ" not in text[word.start : word.end]  # فإن written so is never فان
            )) or (bare in WEEKDAY_STOPS and not in_title(chunks)):
                holder = apposed(doc, n, last) if bare == "في" and untitled(doc, chunks) else None
                if holder:  # the title went on with في + a place; its holder's name follows
                    chunks.append(holder[0])
                    prev_end = verb.region_end = holder[0][-1].end
                    resume = holder[1]
                    continue
                verb.stop = bare
                if bare in ADJUNCT_OPENERS:
                    clause_after_adjunct(doc, verb, n, self._speech, relative=bare in WHO_SINGULAR)
                break
            if "،" in gap or "," in gap or ":" in gap:
                chunks.append([])
            chunks[-1].append(word)
            prev_end = verb.region_end = word.end
        return chunks

    def _ends_before(self, doc: Doc, verb: Verb, chunks: list[list[Word]], prev_end: int,
                     n: int) -> bool:
        """Does the phrase end before word n: at a colon (its offset kept as the verb's), a
        sentence break, or a quote opening (a short one after a title is absorbed)?"""
        start, text, opens = doc.words.start(n), doc.text, doc.opens
        gap = text[prev_end:start]
        if ":" in gap and not name_after_colon(doc, n):
            verb.colon = prev_end + gap.index(":")
            return True
        if not BREAK_CHARS.isdisjoint(gap) and breaks_sentence(text, prev_end, start):
            return True
        # A quote opening in the gap (two bisections, instead of a call for every word).
        return bool(opens) and bisect_left(opens, prev_end) != bisect_left(opens, start) \
            and not self._absorb(doc, chunks, prev_end, doc.words.word(n))

    def _adjunct_at(self, doc: Doc, verb: Verb, n: int, bare: str,
                    chunks: list[list[Word]]) -> bool:
        """Does word n open an adjunct that ends the subject: whom he told (`وأبلغ مسؤول أمريكي
        رويترز أن`, `وقال مسؤولون لبي بي سي إن`) or when (`قالت العام الماضي إن`)?"""
        if not any(chunks):
            return bare in TIME_HEADS and _time(doc.words.norms, n)
        if verb.form in TELLING_FORMS and told_object(doc, n):
            return True
        if bare in _ON and next_norm(doc.words.norms, n) in _OWN_PAGES and verb.kind != "cue" \
                and not credit_verb(doc.words.norms, verb.index):
            return True  # `وكتب الجيش على حسابه بموقع تويتر أن`: where, and not who
        return (bare in _TOLD_OUTLETS and not _titled(chunks[0])) or (
            bare in _TOLD_AFTER_PRINCIPAL and _principal_named(chunks))

    def _absorb(self, doc: Doc, chunks: list[list[Word]], prev_end: int, word: Word) -> bool:
        """False when a quote opens before `word`; a short one after a title is absorbed."""
        opening = doc.spans_opening(prev_end, word.start)
        if not opening:
            return True
        span = opening[0]
        last = chunks[-1][-1].norm if chunks[-1] else None
        short = doc.words.between(span.start, span.end) <= MAX_QUOTED_NAME_WORDS
        if short and (
            (last is not None and last not in SOFT_STOPS)
            or (not any(chunks) and _clause_after(doc, span))
        ):  # after a title (`الوزير "…"`), or the subject itself (`وذكرت "وول ستريت جورنال" أن`)
            doc.absorbed.add(span.open_mark)
            return True
        return False


def _titled(words: list[Word]) -> bool:
    """A phrase opened by a title or a spokesman (`المدير العام لبي بي سي`, `متحدثة باسم
    الوزارة`): what follows may be whose they are."""
    head = words[0].norm if words else ""
    bare = head.removeprefix("ال")
    if head in ANONYMOUS_HEADS:  # `مصادر لبي بي سي`: sources who told it
        return False
    return head in TITLE_WORDS or bare in TITLE_WORDS or bare.startswith(("متحدث", "ناطق"))


def _principal_named(chunks: list[list[Word]]) -> bool:
    """Is the phrase a title followed by whom or where it serves (`متحدث باسم الفيفا`,
    `مسؤولون في الشرطة الهندية`)?"""
    words = [w for chunk in chunks for w in chunk]
    return _titled(words) and any(w.norm in _PRINCIPAL_WORDS for w in words[1:])


def _day_before_subject(doc: Doc, verb: Verb, n: int) -> bool:
    """Word n is a day right after the verb with its subject next (`قال الأربعاء مسؤول`,
    `قالت يوم الخميس الماضي الوزارة`): a name, a title or a source follows the day. Not `أعلن،
    الخميس، إلغاء القمة` (the object), nor `اليوم السابع` (the paper)."""
    norms = doc.words.norms
    if n - verb.index > 3 or not _leading_day(norms, n):
        return False
    gap = doc.text[verb.end : doc.words.start(n)]
    if "،" in gap or "," in gap:
        return False
    k = n + 1
    while k < len(norms) and _leading_day(norms, k):
        k += 1
    if k >= len(norms):
        return False
    start = doc.words.start(k)
    i = bisect_left(doc.mention_starts, start)
    if i < len(doc.mention_starts) and doc.mention_starts[i] == start:
        return True
    head = norms[k][2:] if has_article(norms[k]) else norms[k]
    return head in _SUBJECT_HEADS


def _leading_day(norms: Sequence[str], n: int) -> bool:
    norm = norms[n]
    if norm in DAY_PARTS:
        return next_norm(norms, n) in LEADING_DAYS
    if norm in DAY_ADJECTIVES:
        return n > 0 and norms[n - 1] in LEADING_DAYS
    return norm in LEADING_DAYS and not (norm == "اليوم" and next_norm(norms, n) == "السابع")


def _clause_after(doc: Doc, span: MarkedSpan) -> bool:
    """Is the marked span a name whose words what was said follows (its next word أن/إن,
    maybe after `أيضا` or a day)? Not when it opens like speech (`"لن نتراجع" أن`)."""
    norms = doc.words.norms
    if norms[doc.words.first_at(span.start)] in _SPEECH_OPENERS:
        return False
    n = doc.words.first_at(span.end + 1)
    while n < len(norms) and (norms[n] in SKIPPED or norms[n] in LEADING_DAYS):
        n += 1
    return n < len(norms) and norms[n] in COMPLEMENTIZERS


def _time(norms: Sequence[str], n: int) -> bool:
    """`العام الماضي`, `الأسبوع المقبل`: a time phrase at word n."""
    return next_norm(norms, n) in TIME_ADJECTIVES


def _governs(doc: Doc, verb: Verb, n: int) -> bool:
    """Does a complementizer follow word n (`إلى أن`), or, after a call, a quotation mark
    (`ودعت الخارجية إلى "سرعة الإفراج" عن الكربي`: what was called for; the name after it is
    its object, not the caller)? (Not after other verbs: `وكتب صلاح على "تويتر":`.)"""
    if next_norm(doc.words.norms, n) in COMPLEMENTIZERS:
        return True
    after = doc.text[doc.words.end(n) : doc.words.end(n) + 3].lstrip()
    return verb.form in CALLING_FORMS and after[:1] in _OPENING_MARKS


def _now(text: str, word: Word) -> bool:
    """`أكدوا الآن أنه`: "now", written with its article (`الآن`, `الان`), not the name
    `آلان` / `ألان`, which normalizes the same."""
    return text[word.start : word.end].lstrip("وف") in ("الآن", "الان")


def _negated_participle(norms: list[str], n: int) -> bool:
    """`تقارير غير مؤكدة` ("unconfirmed reports"): a participle after غير is an adjective of
    the subject, no verb of speech ending it."""
    return n > 0 and norms[n - 1] == "غير" and norms[n] in PARTICIPLES
