"""Statements credited after them: `غادرت دفعة أولى … فجر الأحد، بحسب ما أفاد المرصد.` The
sentence before the comma is what the verb's speaker reported, when the credit names a verb
of speech (`بحسب ما أفاد`, `حسبما أعلنت`, `وفقا لما ذكرته`) and ends the sentence.

A bare source (`…، بحسب رويترز.`, `…، وفق مصادر محلية.`) is read only when it names an
organisation or unnamed sources right after the cue: every bare credit, persons and sources
read from the sentence included, was about 65 % right (stop 28); these read about nine in ten
(lab notes, stop 30)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ANONYMOUS_HEADS, MEDIA_OUTLET_WORDS, OUTLET_HEADS
from siyaq.analyze.quotes_lexicon import (
    COMPLEMENTIZERS,
    CREDIT_CUES,
    DAY_ADJECTIVES,
    DAY_PARTS,
    DESCRIBED_FORMS,
    LEADING_DAYS,
    SOFT_STOPS,
    TIME_HEADS,
    WHAT_CUES,
)
from siyaq.analyze.quotes_speakers import Speaker, Word

_WHAT = frozenset({"ما", "لما"})
_THAT = frozenset({"وذلك", "ذلك"})  # `…، وذلك حسب ما قال مصدر`
MIN_CREDITED_WORDS = 5  # a statement, not a phrase
MAX_TIME_TAIL = 6  # `، في وقت مبكر من صباح الأحد`
_TIME_TAIL = LEADING_DAYS | DAY_PARTS | DAY_ADJECTIVES | TIME_HEADS | frozenset(
    {"في", "من", "وقت", "مبكر", "متاخر", "ساعات", "الساعات", "الليله", "ليل", "امس", "الاولي"})
MAX_WORDS_AFTER = 3  # words after the speaker before the sentence ends (`السبت`, `لوكالة`)
MAX_SOURCE_WORDS = 6  # a credit's source as written (`عدة وسائل إعلام أميركية`)
_MARKS = str.maketrans("", "", "\"«»“”")
# Where a credited statement was made, after its source (`…، بحسب ما قال X في مقابلة مع …`).
_OCCASION_PREPOSITIONS = frozenset({"في", "خلال", "عبر", "أثناء", "اثناء"})
_OCCASIONS = frozenset(
    {"حديث", "مقابله", "بيان", "مؤتمر", "تصريح", "تصريحات", "تغريده", "كلمه", "رساله", "لقاء",
     "اتصال", "منشور", "تدوينه", "ندوه", "جلسه", "خطاب", "مداخله", "برنامج"})
_SOURCE_STOPS = frozenset({"دون", "بدون", "في", "خلال", "عبر", "ل", "لـ"})
MAX_WORDS_BEFORE_SOURCE = 2  # `بحسب وكالة "رويترز"`: words from a bare cue to its source
_TRAILING = " .،,؛\"'»”)"
_JOINED = re.compile(r"\s*[،,]\s*(?:كما|فيما|بينما|في حين)\s")


def credited_spans(doc: Doc, verbs: list[Verb]) -> list[tuple[int, int, Verb]]:
    """(start, end, verb) of each statement credited after it; `verbs` in text order."""
    found = []
    # what someone called a thing inside the sentence (`الذي وصفه محللون بأنه "تاريخي"`) is an
    # aside: the sentence is still the credit's
    starts = [verb.start for verb in verbs if verb.form not in DESCRIBED_FORMS]
    last: Speaker | None = None  # the last verb's speaker (not a credit's), for `وفق المصدر ذاته`
    for verb in verbs:
        speaker = last
        if verb.kind != "cue":
            last = verb.speaker or last
        if _names_same_source(doc, verb):
            if speaker is None:
                continue
            verb = replace(verb, speaker=speaker, inherited=False)
        cue = _cue(doc, verb)
        if cue is None:
            continue
        if verb.speaker is None or verb.inherited:
            # the credit names its source (one taken from before is a guess), maybe with words
            # no name or description reads (`، بحسب ما أفاد قصر الإليزيه`)
            source = credited_source(doc, verb)
            if source is None:
                continue
            verb = replace(verb, speaker=source, inherited=False)
        sent_start, sent_end = doc.sentence(verb.start)
        comma = _comma_before(doc, cue)
        to_body = verb.speaker is not None and verb.speaker.kind == "ORG"
        if comma is None and cue >= 1 and (cue != verb.index or to_body) \
                and doc.words.norms[cue] != "علي" \
                and not doc.text[doc.words.end(cue - 1) : doc.words.start(cue)].strip():
            # `… بحسب ما أفاد X.`, `… بحسب صندوق النقد الدولي.`; a bare cue before no
            # organisation needs its comma (`وفق ضوابط`, `حسب الحاجة` are no credits), and
            # `- بحسب ما قالته للشرطة -` is an aside; `على ما` needs its comma (`رفضت التعليق
            # على ما ذكرته رويترز`: what was commented on)
            comma = doc.words.end(cue - 1)
        if comma is None or comma <= sent_start or not _ends_sentence(doc, verb, sent_end):
            continue
        first = doc.words.first_at(sent_start)
        if doc.words.between(sent_start, comma) < MIN_CREDITED_WORDS:
            continue
        if bisect_left(starts, comma) != bisect_left(starts, doc.words.start(first)):
            continue  # a verb of speech inside: someone else's statement, relayed
        if bisect_left(doc.opens, comma) != bisect_left(doc.opens, sent_start):
            continue  # marks inside: whose words they are is said there
        found.append((doc.words.start(first), comma, verb))
    return found


def _cue(doc: Doc, verb: Verb) -> int | None:
    """Index of the credit's first word before the verb (`بحسب` of `بحسب ما أفاد`), if the
    verb reports in it: no clause or colon of its own follows."""
    if verb.kind not in ("verb", "relay", "cue") or verb.stop in COMPLEMENTIZERS \
            or verb.clause is not None or verb.colon is not None:
        return None
    norms, i = doc.words.norms, verb.index
    if verb.kind == "cue" and verb.form in CREDIT_CUES and (
            _solid_source(doc, verb) or _names_same_source(doc, verb)):
        return i  # `…، بحسب وكالة رويترز.`, `…، وفق المصدر ذاته.`
    i = doc.words.first_at(verb.start)  # `ورد في`: the cue's index is its preposition's
    if i >= 1 and norms[i - 1] in WHAT_CUES:
        return i - 1
    if i >= 2 and norms[i - 1] in _WHAT and norms[i - 2] in CREDIT_CUES | {"علي"}:
        return i - 2  # `بحسب ما أفاد X`, `على ما أعلنت X`
    return None


# `…، وفق نفس المصدر.`: the source just quoted, again
_SAME_SOURCE = frozenset({
    ("نفس", "المصدر"), ("المصدر", "نفسه"), ("المصدر", "ذاته"), ("ذات", "المصدر"),
    ("لنفس", "المصدر"), ("للمصدر", "نفسه"), ("للمصدر", "ذاته"), ("لذات", "المصدر"),
})


def _names_same_source(doc: Doc, verb: Verb) -> bool:
    norms, i = doc.words.norms, verb.index
    return verb.kind == "cue" and i + 2 < len(norms) \
        and (norms[i + 1], norms[i + 2]) in _SAME_SOURCE


def _comma_before(doc: Doc, cue: int) -> int | None:
    """Offset of the comma right before the credit (or before its `وذلك`)."""
    if cue >= 1 and doc.words.norms[cue - 1] in _THAT:
        cue -= 1
    if cue < 1:
        return None
    gap_start = doc.words.end(cue - 1)
    gap = doc.text[gap_start : doc.words.start(cue)]
    for mark in "،,":
        if mark in gap:
            return gap_start + gap.index(mark)
    return None


_RELATIVE_TAIL = frozenset({"التي", "الذي", "والتي", "والذي"})


def _ends_sentence(doc: Doc, verb: Verb, sent_end: int) -> bool:
    """Only the speaker, and a word or two (`السبت`), follow the verb in its sentence, or
    where it was said (`في حديث خاص للعربية.نت`, `خلال مؤتمر صحافي`, `في بيان`)."""
    speaker = verb.speaker
    if speaker is not None and speaker.start >= verb.end and _JOINED.match(
            doc.text, doc.name_ends().get(speaker.start, speaker.start + len(speaker.name)),
            sent_end):
        return True  # `… بحسب صندوق النقد الدولي، كما تراجعت …`: another clause joined on
    rest = doc.text[max(verb.region_end, verb.end) : sent_end]
    words = rest.strip(_TRAILING).split()
    if len(words) <= MAX_WORDS_AFTER or words[0] in _RELATIVE_TAIL:
        return True  # `…، حسب الصحيفة التي أكدت أنها …`: what the source is, said apart
    if len(words) <= MAX_TIME_TAIL and all(
            doc.normalize(word.strip("،,")) in _TIME_TAIL for word in words):
        return True  # `…، بحسب ناشطين، في وقت مبكر الأحد.`: when it happened
    k = next((k for k, word in enumerate(words[: MAX_WORDS_AFTER + 1])
              if word.strip("،,") in _OCCASION_PREPOSITIONS), None)
    return k is not None and k + 1 < len(words) and doc.normalize(
        words[k + 1].strip("،,")) in _OCCASIONS


def _solid_source(doc: Doc, verb: Verb) -> bool:
    """A bare credit's source that names a body or unnamed sources (`بحسب رويترز`, `وفق
    مصادر محلية`), not a person (often the subject of the sentence credited) or a document."""
    speaker = verb.speaker
    after = verb.index + 1
    if speaker is not None and speaker.kind == "ORG" and speaker.start < verb.start \
            and after < len(doc.words) and doc.words.norms[after] in OUTLET_HEADS:
        return True  # `، حسب الصحيفة التي …`: the paper named before
    if speaker is None or not verb.end <= speaker.start \
            or doc.words.between(verb.end, speaker.start) > MAX_WORDS_BEFORE_SOURCE:
        return False  # named right after the cue, not taken from the sentence (`وفقا لنتائج`)
    if speaker.kind == "ORG":
        return True
    head = doc.normalize(speaker.name).split()[0]
    return speaker.kind == "DESC" and head in ANONYMOUS_HEADS


def credit_verb(norms: Sequence[str], i: int) -> bool:
    """Is word i the verb of a credit (`بحسب ما أفاد`, `حسبما ذكرت`, `وفقا لما أعلنه`)?"""
    if i >= 1 and norms[i - 1] in WHAT_CUES:
        return True
    cue = norms[i - 2] if i >= 2 and norms[i - 1] in _WHAT else ""
    return cue in CREDIT_CUES or (cue[:1] == "و" and cue[1:] in CREDIT_CUES)  # `وبحسب ما`


def sourceless_credit(doc: Doc, verb: Verb) -> bool:
    """Is the verb a credit's that names no source, only when (`…، وفق ما أعلن الاثنين.`,
    `…، بحسب ما قاله.`)? Then the sentence's own subject said it."""
    if verb.kind != "verb" or not credit_verb(doc.words.norms, verb.index):
        return False
    rest = doc.text[verb.end : doc.sentence(verb.start)[1]].strip(_TRAILING).split()
    return len(rest) <= MAX_TIME_TAIL and all(
        doc.normalize(word.strip("،,")) in _TIME_TAIL for word in rest)


def credited_source(doc: Doc, verb: Verb) -> Speaker | None:
    """The source of a credit as written, for the statement it credits, when its words name no
    one the tagger or the descriptions know (`بحسب ما أفاد قصر الإليزيه`, `وفق ما أعلن مكتبه
    الإعلامي`): after `بحسب ما` the verb's subject is who reported. (A quote in marks before
    such a credit keeps its speaker: the office or paper only passed the words on.)"""
    if verb.kind not in ("verb", "cue") or not credit_verb(doc.words.norms, verb.index):
        return None
    words: list[Word] = []
    for k in range(verb.index + 1, min(verb.index + 1 + MAX_SOURCE_WORDS, len(doc.words))):
        word = doc.words[k]
        if word.start >= verb.region_end or word.norm in _SOURCE_STOPS or (words and any(
                mark in doc.text[words[-1].end : word.start] for mark in "،,")):
            break  # `حسبما أعلن النائب العام بدون ذكر تفاصيل`
        words.append(word)
    while words and words[-1].norm in SOFT_STOPS:  # `موقع "غلوبوسبورتي" على الإنترنت`
        words.pop()
    if not words or words[0].norm in SOFT_STOPS:  # `حسبما قالت على حسابها`: no source named
        return None
    name = " ".join(doc.text[words[0].start : words[-1].end].translate(_MARKS).split())
    return Speaker(name, None, "DESC", words[0].start) if name else None


# how an outlet's name starts: its kind, or a wire's own name
_MEDIA_FIRST_WORDS = MEDIA_OUTLET_WORDS | frozenset(
    {"رويترز", "فرانس", "اسوشيتد", "بلومبيرغ", "بلومبرغ", "اناضول", "سبوتنيك", "انترفاكس", "تاس"}
)


def relayed_by_outlet(doc: Doc, verb: Verb, earlier: list[Verb]) -> bool:
    """Is the verb a credit after someone spoke in its sentence (`وقال باحثون إنهم …،
    وفقما أوردت صحيفة X`)? The outlet passed their words on; they go on speaking."""
    norms = doc.words.norms
    if verb.kind != "verb" or not credit_verb(norms, verb.index) \
            or verb.index + 1 >= len(norms) \
            or norms[verb.index + 1].removeprefix("ال") not in _MEDIA_FIRST_WORDS:
        return False  # `بحسب ما أوضح وزير الأمن X. وأضاف`: the minister himself
    opening = doc.sentence(verb.start)[0]
    return any(v.speaker is not None and v.start >= opening for v in earlier)


MAX_RELAY_GAP = 4  # words from the subject's end to `نقلا عن` (`، الخميس، نقلا عن`)


def relayed_source(doc: Doc, verb: Verb) -> Verb | None:
    """`قالت وكالات أنباء روسية نقلا عن وزارة الصحة إن …`: the statement is the one relayed,
    as with `نقلت X عن Y`; a verb placed at its عن, to read whom it names after it. Only
    before the reported clause (not `…، إن الوزير قال نقلا عن`)."""
    norms = doc.words.norms
    first = doc.words.first_at(verb.region_end)
    last = min(first + MAX_RELAY_GAP, len(norms) - 1, verb.clause or len(norms))
    k = next((k for k in range(first, last) if norms[k] == "نقلا"), None)
    if k is None or norms[k + 1] != "عن":
        return None
    return Verb(k + 1, doc.words.start(k + 1), doc.words.end(k + 1), verb.form, "verb")
