"""Clues added from labelled news (stop 15): which earlier speaker a verb without a subject
may continue (gender, plurals and groups, beliefs, sources cited after the fact; joined verbs,
interviews and fronted subjects in quotes_joined); quotes nested in quotes; whether a colon or
an إن/أن follows a verb within a few words. Where a verb's reported clause opens, and the
marked terms inside it, are in quotes_reported."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_lexicon import (
    BELIEF_FORMS,
    COMPLEMENTIZERS,
    DESCRIBED_FORMS,
    MAX_GUARDED_WORDS,
    PLURAL_PARTICIPLES,
    RELAY_FORMS,
)
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_spans import breaks_sentence
from siyaq.analyze.quotes_speakers import (
    ADDRESS_TITLES,
    QUANTIFIERS,
    TITLE_WORDS,
    Speaker,
    Word,
    is_anonymous,
)
from siyaq.analyze.quotes_untagged import from_words
from siyaq.model import Mention, Quote


def plural(form: str) -> bool:
    """`قالوا`, `يقولون`, `مؤكدين`, `مشيرين`: a verb or participle of several speakers."""
    return form.endswith(("وا", "ون")) or form in PLURAL_PARTICIPLES


def group(doc: Doc, speaker: Speaker) -> bool:
    """Can a description name several speakers (`الباحثون`, `عدد من الأهالي`, `خبيران`,
    `المصادر`)? A person's or an organisation's name cannot."""
    if speaker.kind != "DESC":
        return False
    first = doc.normalize(speaker.name).split()[0]
    bare = first[2:] if first.startswith("ال") else first
    return bare in QUANTIFIERS or is_anonymous(first) or bare.endswith(("ون", "ين", "ان"))


# A pronoun standing for the subject right before its verb: `فهو يصف …`, `وهي تقول`.
_PRONOUN_SUBJECTS = frozenset({"هو", "هي", "هم", "وهو", "وهي", "وهم", "فهو", "فهي", "فهم"})


def object_follows(doc: Doc, verb: Verb) -> bool:
    """Does a subject pronoun stand right before the verb (`فهو يصف عبد الناصر بمثل`)? Then
    the words after it are its object, and its subject is the one spoken of before."""
    i = verb.index
    return (
        i > 0
        and doc.words.norms[i - 1] in _PRONOUN_SUBJECTS
        and not doc.text[doc.words.end(i - 1) : verb.start].strip()
    )


MAX_CUE_OPENING = 2  # words before a cue that still opens its sentence (`وطبقا لما أعلنه`)


def continued(doc: Doc, verb: Verb) -> bool:
    """May a later verb without a subject continue this one's speaker? Not a belief's
    (`ويرى X أن`), nor a source cited after what it says (`…، وذلك بحسب إدارة الطاقة.`)."""
    if verb.form in BELIEF_FORMS:
        return False
    if verb.form in DESCRIBED_FORMS:
        return False  # `تحركات وصفتها إسرائيل بأنها "…"`: an aside, not who goes on speaking
    if verb.form in RELAY_FORMS and verb.kind == "verb":
        # `…، وفق ما نقلت "فرانس برس".`: an outlet passed the words on; the one it quoted
        # goes on speaking (`وأضاف: "…"`), as after `ونقلت رويترز عن X`
        return False
    if verb.kind != "cue" or verb.index == 0:
        return True
    # `… للانتخابات الرئاسية وفق استطلاعات الرأي`: a source cited inside a sentence vouches for
    # that sentence only; one that opens it (`وبحسب البيان، فإن …`) may go on speaking.
    first = doc.words.first_at(doc.sentence(verb.start)[0])
    return doc.words.first_at(verb.start) - first <= MAX_CUE_OPENING  # `وطبقا لما أعلنه`


def outermost(quotes: list[Quote]) -> list[Quote]:
    """Quotes sorted by start (the longer first), without those inside another that only
    continue its speaker (`…: راجعت الهيئة، وهي حسب قولهم: تستغرق 40 يوما`, read once by
    حسب and once by قولهم): a verse inside a commentary (`قال تعالى:`) stays."""
    kept: list[Quote] = []
    for quote in quotes:
        inside = bool(kept) and quote.start < kept[-1].end and quote.end <= kept[-1].end
        if not (inside and quote.inherited):
            kept.append(quote)
    return kept


MAX_NAME_TO_CLAUSE = 10  # words from a name after a title's colon to its أن


def name_after_colon(doc: Doc, n: int) -> bool:
    """`أكد والد الشهيد، المواطن: سعد العمري لـ"الرياض" أن …`: a colon inside the subject,
    before the person's tagged name, whose clause (أن) follows within a few words."""
    words = doc.words
    start = words.start(n)
    if not any(m.start == start and m.type == "PERS" for m in doc.mentions):
        return False
    for k in range(n + 1, min(n + 1 + MAX_NAME_TO_CLAUSE, len(words))):
        gap = doc.text[words.end(k - 1) : words.start(k)]
        if ":" in gap or breaks_sentence(doc.text, words.end(k - 1), words.start(k)):
            return False
        if words.norms[k] in COMPLEMENTIZERS:
            return True
    return False


def agrees(verb: Verb, earlier: Verb, genders: dict[str, str]) -> bool:
    """May `verb` continue `earlier`'s speaker by gender (`وقال الصندوق …` is not continued by
    `وأوضحت أن`)? Yes when either's gender is unknown (a cue, a plural). `genders`:
    quotes_lexicon.verb_genders(), built once by the caller."""
    mine, theirs = genders.get(verb.form), genders.get(earlier.form)
    if mine is not None and plural(earlier.form):
        return False  # `وانتقد المحللون الاتفاق، وقالوا إن` is not continued by `وقال`
    return mine is None or theirs is None or mine == theirs


def tagged(doc: Doc, speaker: Speaker) -> bool:
    """Is the speaker a name the tagger found, as it found it?"""
    k = bisect_left(doc.mention_starts, speaker.start)
    while k < len(doc.mentions) and doc.mentions[k].start == speaker.start:
        if doc.mentions[k].end - speaker.start == len(speaker.name):
            return True
        k += 1
    return False


MAX_TITLE_CHARS = 80  # from an admitting verb to the name apposed to its subject's title


_HOW_MUCH = frozenset({"الي", "بنسبه", "بمقدار", "علي", "عن", "من"})


def colon_follows(doc: Doc, i: int) -> bool:
    """A colon after word i within MAX_GUARDED_WORDS words, no other punctuation before it
    (`وزاد رئيس الهيئة العامة للرياضة: …`, `وزاد في حديثه: "…"`)."""
    words, text = doc.words, doc.text
    for n in range(i + 1, min(i + 1 + MAX_GUARDED_WORDS, len(words))):
        gap = text[words.end(n - 1) : words.start(n)].strip()
        if gap:
            return gap.startswith(":")
        if words.norms[n] in _HOW_MUCH or words.norms[n][:1].isdigit():
            return False  # `وزاد عدد الضحايا إلى 40 قتيلا:`: a number grew
    last = min(i + MAX_GUARDED_WORDS, len(words) - 1)
    return text[words.end(last) :].lstrip().startswith(":")


def clause_follows(doc: Doc, i: int) -> bool:
    """An إن/أن within a few words after word i, no punctuation between (`واعترف الأسد بأن`)
    but the commas around a person's name in apposition (`اعترف نجم المنتخب، كيفن دي بروين،
    أنه`), whose words are not counted."""
    words, text = doc.words, doc.text
    apposed = _apposed_person(doc, i)
    # the words where the commas around the name may stand before
    around = (apposed.start, _after(doc, apposed.end)) if apposed is not None else ()
    counted, n = 0, i + 1
    while n < len(words) and counted < MAX_GUARDED_WORDS:
        gap = text[words.end(n - 1) : words.start(n)].strip()
        if gap and not (gap in ("،", ",") and words.start(n) in around):
            return False
        if words.norms[n] in COMPLEMENTIZERS:
            return True
        if apposed is None or not apposed.start <= words.start(n) < apposed.end:
            counted += 1
        n += 1
    return False


def _apposed_person(doc: Doc, i: int) -> Mention | None:
    """The first person named after a comma within a few words after word i."""
    start = doc.words.end(i)
    k = bisect_left(doc.mention_starts, start + 1)
    while k < len(doc.mentions) and doc.mentions[k].start < start + MAX_TITLE_CHARS:
        mention = doc.mentions[k]
        before = doc.text[max(0, mention.start - 3) : mention.start].rstrip()
        if mention.type == "PERS" and before[-1:] in ("،", ","):
            return mention
        k += 1
    return None


def _after(doc: Doc, offset: int) -> int:
    """Where the word after the offset starts."""
    k = doc.words.first_at(offset)
    return doc.words.start(k) if k < len(doc.words) else -1


def clause_opened(verb: Verb) -> bool:
    return verb.stop in COMPLEMENTIZERS or verb.clause is not None


def named_first(doc: Doc, verb: Verb, start: int, stop: int) -> bool:
    """`الدكتور عبدالرحمن الهيجان عضو مجلس الشورى قال: …`: a sentence that opens with a
    title or a tagged person, right before a verb without و/ف, opens with its subject."""
    if start >= stop or stop != verb.index or doc.words.norms[verb.index][:1] in "وف":
        return False
    first = doc.words.start(start)
    return doc.words.norms[start] in TITLE_WORDS or any(
        m.start == first and m.type == "PERS" for m in doc.mentions
    )


def guarded_verb(doc: Doc, i: int) -> bool:
    """`وبين الوزير أن …`: a form that is mostly a preposition is a verb of speech when it
    opens its clause (with و/ف, or first in its sentence) and an أن/إن or a colon follows
    within a few words."""
    words = doc.words
    opens = words.norms[i][:1] in "وف" or doc.sentence(words.start(i))[0] >= (
        words.end(i - 1) if i else 0
    )
    if not opens:
        return False
    for n in range(i + 1, min(i + 1 + MAX_GUARDED_WORDS, len(words))):
        gap = doc.text[words.end(n - 1) : words.start(n)]
        if ":" in gap:
            return True
        if breaks_sentence(doc.text, words.end(n - 1), words.start(n)):
            return False
        if words.norms[n] in COMPLEMENTIZERS:
            return True
    return False


def untitled(doc: Doc, mention: Mention, chunks: list[list[Word]]) -> Speaker | None:
    """`وقال دكتور مازن بليلة` tagged `دكتور مازن`: a title the tagger took into the name;
    the name read from the words after it, when it starts inside the mention."""
    parts = doc.normalize(mention.text).split()
    if mention.type != "PERS" or len(parts) < 2 or parts[0] not in ADDRESS_TITLES:
        return None
    named = from_words(chunks, doc.text)
    if named is None or named.kind != "NAME" or not mention.start < named.start < mention.end:
        return None
    end = named.start + len(named.name)
    return from_mention(doc, Mention(named.name, "PERS", named.start, end, None))
