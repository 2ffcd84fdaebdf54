"""Who said what: direct and indirect quotes with their speakers.

`find_quotes(text, mentions)` reads quotation marks, unmarked speech after a colon and
`قال X إن …` clauses, and attributes each to the speaker of the nearest reporting verb in the
same sentence (before the quote, else after it). A verb with no subject of its own (`وأردف:`)
continues the previous speaker. Mentions (from the entity tagger) name the speakers when
given; with none, the words after the verb do (see quotes_subjects).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from siyaq.analyze.dates_scan import TextScanner
from siyaq.analyze.quotes_attribution import SpeakerFinder
from siyaq.analyze.quotes_before import WITHHOLDING
from siyaq.analyze.quotes_clauses import (
    clause_follows,
    clause_opened,
    colon_follows,
    guarded_verb,
    outermost,
)
from siyaq.analyze.quotes_clues import described_as, published_in
from siyaq.analyze.quotes_credited import credit_verb, credited_spans
from siyaq.analyze.quotes_described import a_name_in_marks, kept
from siyaq.analyze.quotes_doc import MIN_QUOTE_WORDS, Doc, NameMemo, Verb, build_doc
from siyaq.analyze.quotes_extent import speech_end
from siyaq.analyze.quotes_headlines import headline_statements
from siyaq.analyze.quotes_heads import EVIDENCE_HEADS
from siyaq.analyze.quotes_lexicon import (
    ADDED_FORMS,
    ADMISSION_FORMS,
    BELIEF_FORMS,
    BY_SAYING,
    COMPLEMENTIZERS,
    CREDIT_CUES,
    DESCRIBED_FORMS,
    GUARDED_FORMS,
    PARTICIPLES,
    RELAY_FORMS,
    WHAT_CUES,
    dialogue_verbs,
    verb_forms,
)
from siyaq.analyze.quotes_marks import inside_colon_speech, marked_opening, quoted_name
from siyaq.analyze.quotes_opened import opened_spans
from siyaq.analyze.quotes_records import overlaps, paragraphs_going_on, quote_of, reported, trimmed
from siyaq.analyze.quotes_reported import clause_word, term_in_clause
from siyaq.analyze.quotes_spans import MarkedSpan, names_a_work
from siyaq.analyze.quotes_speakers import Speaker
from siyaq.analyze.quotes_transcripts import TranscriptReader
from siyaq.model import Article, Mention, Quote

MAX_VERB_DISTANCE = 30  # words between a verb and the quote it introduces
MAX_AFTER_DISTANCE = 3  # `"…"، قال جيفري`: words between a quote and its verb after it
# `بحسب البيان`, `جاء في البيان`, `وجاء فيه:`, `صدر عن X`: the speaker follows the cue (or,
# with فيه, is the one just named).
_CUES: dict[str, tuple[str, ...]] = {
    "بحسب": (),
    "حسب": (),
    "وفق": (),
    "وفقا": (),
    "جاء": ("في", "فيه", "فيها"),
    "ورد": ("في", "فيه", "فيها"),
    "صدر": ("عن",),
}
# `جاء في الوقت الذي`, `جاء في إطار`, `جاء في المركز الثاني`: when, why or where it came, not
# a document it was read in.
_NO_SOURCE = frozenset(
    {"الوقت", "وقت", "ظل", "اطار", "سياق", "اعقاب", "اثر", "ضوء", "المركز", "المرتبه",
     "الترتيب", "صداره", "طليعه", "ذيل", "حين", "الفتره", "اللحظه", "المقابل"}
)
# `وطبقا لما أعلنه ناصر الحاسي، فإن …`: a verb with the pronoun of what was said, after ما;
# also verbs that report only there (`بحسب ما أظهرت البيانات`).
_PRONOUN_CUES = frozenset(
    {
        "اعلنه", "اعلنته", "ذكره", "ذكرته", "اكده", "اكدته", "اوضحه", "اوضحته", "قاله", "قالته",
        "نقله", "نقلته", "اورده", "اوردته",
    }
)
# Verbs that report only in a credit (`بحسب ما أظهرت البيانات`, `حسبما يقوله مسؤولون`).
# A statement right before an unvowelled `نشر` is what was published (`بيان نُشر`).
_POSTED_NOUNS = frozenset({"بيان", "بيانا", "تغريده", "مقال", "مقالا", "تقرير", "تقريرا",
                           "منشور", "فيديو", "رساله"})
_BOOKS_AFTER = frozenset({"في", "من", "عن", "الي", "ل", "ب", "بين", "احد", "اهم"})
_CREDIT_ONLY = frozenset(
    {
        "يقوله", "تقوله", "نشره", "نشرته", "كشفه", "كشفته", "افاده", "افادته", "اظهرت", "اظهره",
        "اظهرته", "بثه", "بثته",
    }
)
# Particles before a present verb that make it a clause's content, not a report of speech.
_SUBJUNCTIVE = frozenset({"ان", "لن", "لم", "كي", "لكي"})
_WHAT = frozenset({"ما", "لما", "كما", "مما"}) | WHAT_CUES
_QAWL = frozenset({"قوله", "قولها", "قولهم"})
_WHICH = frozenset({"ما", "مما"})
# `، ما يؤكد أن …`: what the facts show (not `ما يقول إنه`, what someone claims)
_INFERRING = frozenset({"يؤكد", "تؤكد", "يوضح", "توضح", "يكشف", "تكشف", "يشير", "تشير"})
# `ونقلت رويترز عن غوارديولا "…"` (RELAY_FORMS): with قوله after the name, _QAWL reads it.
MAX_RELAY_WORDS = 6  # words from نقلت to its عن
MAX_RELAYED_WORDS = 12  # words from عن to a قوله that would read the phrase instead
# `مستشهدا بقوله تعالى`, `من قول الله تعالى:`: a verse's cue; `بث X الفوضى بقوله إنه`,
# `انتقادات لقوله إن`: what the sentence's subject said.
_BY_SAYING = frozenset({"بقوله", "بقولها", "بقولهم", "قول", "بقول", "لقوله", "لقولها", "لقولهم"})
# A form with و or ف that reads as another word: فحسب is "only" (`ليس هذا فحسب، بل إن «…»`),
# next to never "so, according to".
_NOT_CLITIC_FORMS = frozenset({"فحسب"})
_TRAILING_ATTRIBUTION = re.compile(
    r"[\s،,]*(?:على حد (?:تعبيره|تعبيرها|قوله|قولها)|بحسب \S+|وفق \S+)[\s.،,]*$"
)
_TRAILING_CREDIT = re.compile(  # `…، حسب ما نشر موقع X.` ending a reported statement
    r"\s*[،,]\s*(?:وذلك\s+)?(?:" + "|".join(sorted(CREDIT_CUES | WHAT_CUES, key=len, reverse=True))
    + r")(?:\s+\S+){0,8}[\s.،,\"»”]*$"
)


def _verb_kinds() -> dict[str, tuple[str, str]]:
    """Every word that can attribute speech -> (kind, form), with و/ف clitics too."""
    kinds: dict[str, tuple[str, str]] = {}
    groups = [
        ("verb", verb_forms()),
        ("verb", DESCRIBED_FORMS),
        ("participle", PARTICIPLES),
        ("qawl", _QAWL),
        ("relay", RELAY_FORMS),
        ("by_saying", _BY_SAYING),
        ("cue", _CUES),
        ("cue", _PRONOUN_CUES),
        ("cue", _CREDIT_ONLY),
    ]
    for kind, forms in groups:
        for form in forms:
            kinds.setdefault(form, (kind, form))
    for kind, forms in groups:
        for form in forms:
            for clitic in ("و", "ف"):
                if len(form) >= 3 and clitic + form not in _NOT_CLITIC_FORMS:
                    kinds.setdefault(clitic + form, (kind, form))
            if kind == "verb" and form[:1] in "يت" and len(form) >= 3:
                kinds.setdefault("ل" + form, (kind, form))  # `عاد ليؤكد أن`
    return kinds


class QuoteFinder:
    """Lexicons built once; `find` changes no state of the finder that its results depend on
    (its scanner keeps only the last scan: given the date finder's scanner, the same article
    is not scanned twice; a bounded memo keeps the names met, as normalizing them again
    would)."""

    __slots__ = ("_kinds", "_names", "_reader", "_transcripts", "scanner")

    def __init__(self, scanner: TextScanner | None = None) -> None:
        self.scanner = scanner or TextScanner()
        self._kinds = _verb_kinds()
        self.scanner.watch(self._kinds)
        self._reader = SpeakerFinder(frozenset(verb_forms()))
        self._names = NameMemo()
        self._transcripts = TranscriptReader(self._kinds, dialogue_verbs())

    def find(self, text: str, mentions: list[Mention]) -> list[Quote]:
        scanned = self.scanner.scan(text)
        doc = build_doc(scanned, mentions, self._names)
        verbs = self._verbs(doc, scanned.watched)
        self._reader.read(doc, verbs)
        verbs = [v for v in verbs if v.kind != "by_saying" or v.speaker is not None]
        quotes = self._marked(doc, verbs)
        quotes += self._unmarked(doc, verbs, quotes)
        quotes += paragraphs_going_on(doc, quotes)
        quotes += self._transcripts.quotes(doc, quotes)
        quotes += self._headlines(doc, quotes)
        quotes += self._indirect(doc, verbs, quotes)
        # `…، بحسب ما أفاد المرصد.`, `وبحسب مصادر محلية، قتل …`: statements credited after or
        # before them, reported speech
        quotes += reported(doc, credited_spans(doc, verbs), quotes)
        quotes += reported(doc, opened_spans(doc, verbs), quotes)
        quotes = [q for q in quotes if kept(doc, q, MIN_QUOTE_WORDS)  # `بـ"العابر"`
                  and not a_name_in_marks(doc, q)]
        return outermost(sorted(quotes, key=lambda q: (q.start, -q.end)))

    def _headlines(self, doc: Doc, taken: list[Quote]) -> list[Quote]:
        """`مورينيو: آلهة كرة القدم كانت مع نيوكاسل`: a headline line's statement."""
        found: list[Quote] = []
        for start, end, speaker in headline_statements(doc, self._kinds):
            start, end = trimmed(doc.text, start, end)
            if end > start and not overlaps(taken + found, start, end):
                verb = Verb(0, start, start, "", "label", speaker=speaker)
                found.append(quote_of(doc.text, start, end, verb, direct=True))
        return found

    def _verbs(self, doc: Doc, watched: list[int]) -> list[Verb]:
        kinds, words = self._kinds, doc.words
        verbs: list[Verb] = []
        for i in [i for i in watched if words.norms[i] in kinds]:
            start = words.start(i)
            if doc.inside_quote(start):
                continue
            kind, form = kinds[words.norms[i]]
            if form == "حسب" and _ends_clause(doc.text, words.end(i)):
                continue  # `ليس بالكلمات وحسب، إنما …`: "only", not "according to"
            if form.startswith("ابان") and "أ" not in doc.text[start : start + 2]:
                continue  # `إبان الحرب` ("during"); only `أبان` written so is "explained"
            if form in GUARDED_FORMS and not guarded_verb(doc, i):
                continue  # `اتفاقية بين البلدين`, not `وبين الوزير أن`
            if form in DESCRIBED_FORMS and not described_as(doc, i):
                continue  # `على حد وصفه` (as he put it), not `وصفته الشرطة بأنه`
            if form in _JUSTIFYING \
                    and not doc.text[max(0, start - 3) : start].rstrip().endswith(("،", ",")):
                continue  # `توقعات غير مبررة بأن` (unjustified), not `، مبررا ذلك بأن`
            if form in ADDED_FORMS and not colon_follows(doc, i):
                continue  # `زاد عدد الضحايا` (increased), not `وزاد البيان: …`
            if form in ADMISSION_FORMS and not clause_follows(doc, i):
                continue  # `تعترف بها الهيئة` (recognises), not `واعترف الأسد بأن`
            if form in _PRONOUN_CUES and (i == 0 or words.norms[i - 1] not in _WHAT):
                continue  # `طبقا لما أعلنه X`, not `أعلنه رسميا`
            if form in _CREDIT_ONLY and not credit_verb(words.norms, i):
                continue  # `كما نشره حساب …`, `ما أظهرته الصور`: no credit
            if kind == "relay" and not _relays(words.norms, i):
                if not credit_verb(words.norms, i):
                    continue  # `نقلت الجثة إلى المستشفى`; `نقل عنه قوله` is قوله's
                kind = "verb"  # `، وفق ما نقلت صحيفة "ديلي صباح"`: the paper reported it
            if _passive(doc.text[start : words.end(i)], form):
                continue  # `كما يُزعم أنه`, `الذي أُعلن مقتله`: no speaker
            if form == "كتب" and i and words.norms[i - 1] in _BOOKS_AFTER:
                continue  # `في كتب التراث`, `من كتب محققة`: books, no one writing
            if form in ("نشر", "نشرت") and i and words.norms[i - 1] in _POSTED_NOUNS:
                continue  # `في بيان نُشر بموقع الاتحاد`: the statement published, no speaker
            if form in ("نشر", "نشرت") and published_in(words.norms, i):
                continue  # `وقالت الدراسة التي نُشرت في المجلة، إن`: where it appeared
            if i and words.norms[i - 1] in WITHHOLDING | {"عدم"} \
                    and not doc.text[words.end(i - 1) : start].strip():
                continue  # `طلب عدم نشر اسمه`, `رفضت نشر اسمها`: not a statement
            if form[:1] in "يت" and i and _bare(words.norms[i - 1]) in _SUBJUNCTIVE:
                continue  # `لم يجد سوى أن يعترف بالانتقال`, `ولم يوضح الباحثون ما إذا`: not said
            if form in _INFERRING and i and words.norms[i - 1] in _WHICH \
                    and i + 1 < len(words) and words.norms[i + 1] in COMPLEMENTIZERS \
                    and not credit_verb(words.norms, i):
                continue  # `، ما يؤكد أن …`: what the facts show, the writer's inference
            if form == BY_SAYING and (
                (verbs and doc.sentence(start)[0] <= verbs[-1].start) or not _says_next(doc, i)
            ):  # `وختم بالقول:`: the verb before says it; `المجاهرة بالقول،`: no speech
                continue
            if kind != "cue" or not _CUES.get(form):
                verbs.append(Verb(i, start, words.end(i), form, kind))
            elif i + 1 < len(words) and words.norms[i + 1] in _CUES[form] and (
                i + 2 >= len(words) or words.norms[i + 2] not in _NO_SOURCE
            ):
                verbs.append(Verb(i + 1, start, words.end(i + 1), form, kind))
        return verbs

    # --- quotes ------------------------------------------------------------------------------

    def _marked(self, doc: Doc, verbs: list[Verb]) -> list[Quote]:
        quotes: list[Quote] = []
        for span in doc.spans:
            if span.open_mark in doc.absorbed:
                continue
            if names_a_work(doc.text, span.open_mark):
                doc.absorbed.add(span.open_mark)  # a title inside speech does not end it
                continue
            verb = self._attributing_verb(doc, span, verbs)
            if verb is None or verb.speaker is None or inside_colon_speech(doc, verb, span):
                continue
            if verb.form in BELIEF_FORMS and not clause_opened(verb):
                continue  # `يرى دورا للأسد`: what one sees; `يرى X أن «…»` says it
            if term_in_clause(doc, verb, span):
                doc.absorbed.add(span.open_mark)  # a term: the clause around it is the speech
                continue
            start, end = trimmed(doc.text, span.start, span.end)
            if quoted_name(doc, span, verb, start, end):
                doc.absorbed.add(span.open_mark)  # a name, as if unmarked
                continue
            quotes.append(quote_of(doc.text, start, end, verb, direct=True))
        return quotes

    def _attributing_verb(self, doc: Doc, span: MarkedSpan, verbs: list[Verb]) -> Verb | None:
        sent_start, _ = doc.sentence(span.open_mark)
        # not an outlet credited with passing words on (`، حسبما نقلت وكالة وفا "…"`)
        before = [v for v in verbs if sent_start <= v.start and v.end <= span.open_mark
                  and not (v.kind == "verb" and v.form in RELAY_FORMS)]
        if before and doc.words.between(before[-1].end, span.open_mark) <= MAX_VERB_DISTANCE:
            return _credit_aside(doc, before) or before[-1]
        after_end = doc.sentence(span.end)[1]
        after = [v for v in verbs if span.end < v.start <= after_end and v.kind != "participle"]
        if after and doc.words.between(span.end, after[0].start) <= MAX_AFTER_DISTANCE:
            return after[0]
        return _thus_said(doc, span, verbs)

    def _unmarked(self, doc: Doc, verbs: list[Verb], taken: list[Quote]) -> list[Quote]:
        """`وأضاف: لا نطالب برحيل الأسد…` — speech after a colon with no quotation marks."""
        quotes: list[Quote] = []
        for verb in verbs:
            if verb.colon is None or verb.speaker is None:
                continue
            start = verb.colon + 1
            sent_end = speech_end(doc, verbs, start)
            opening = doc.text[start:sent_end].lstrip()
            if opening[:1] == "(" and ")" in opening:  # a verse in brackets is what is in them
                start = doc.text.index("(", start) + 1
                sent_end = doc.text.index(")", start)
            if marked_opening(doc, start) or overlaps(taken, start, sent_end):
                continue
            start, end = trimmed(doc.text, start, sent_end)
            end = start + len(_TRAILING_ATTRIBUTION.sub("", doc.text[start:end]))
            if doc.words.between(start, end) >= MIN_QUOTE_WORDS:
                quotes.append(quote_of(doc.text, start, end, verb, direct=True))
        return quotes

    def _indirect(self, doc: Doc, verbs: list[Verb], taken: list[Quote]) -> list[Quote]:
        """`قال X إن …`, `أكد X أن …`: reported speech, kept with direct=False."""
        quotes: list[Quote] = []
        for verb in verbs:
            if verb.speaker is None or _evidence(doc, verb.speaker):
                continue
            index = clause_word(doc, verb)
            if index is None:
                continue
            comp_end = doc.words.end(index)
            sent_end = speech_end(doc, verbs, comp_end)
            if overlaps(taken + quotes, comp_end, sent_end):
                continue
            start, end = trimmed(doc.text, comp_end, sent_end)
            # `…، حسب ما نشر موقع "أي أس بي أن".`: who carried it, not what was said
            end = start + len(_TRAILING_CREDIT.sub("", doc.text[start:end]))
            if doc.words.between(start, end) >= MIN_QUOTE_WORDS:
                quotes.append(quote_of(doc.text, start, end, verb, direct=False))
        return quotes


_JUSTIFYING = frozenset({"مبررا", "مبرره"})  # participles only after a comma


def _bare(word: str) -> str:
    """`ولم`, `فلن`: the particle without its و / ف."""
    return word[1:] if word[:1] in "وف" and word[1:] in _SUBJUNCTIVE else word


def _credit_aside(doc: Doc, before: list[Verb]) -> Verb | None:
    """`وأضاف أولوس، وفق الأسوشيتد برس، "…"`: a credit between commas right after a verb
    and its own subject names who carried the words, not who said them."""
    if len(before) < 2:
        return None
    cue, verb = before[-1], before[-2]
    if cue.kind != "cue" or cue.form not in CREDIT_CUES or verb.kind != "verb" \
            or verb.speaker is None or verb.inherited:
        return None
    gap = doc.text[max(verb.end, verb.region_end) : cue.start]
    return verb if ("،" in gap or "," in gap) and not gap.strip(" ،,") else None


def _thus_said(doc: Doc, span: MarkedSpan, verbs: list[Verb]) -> Verb | None:
    """`"أستفزيت نفسي لتجسيد شخصية غنيمة". هكذا وصفت الفنانة مرام البلوشي دورها`: a verb
    right after `هكذا` opening the next sentence says the quote before it."""
    k = doc.words.first_at(span.end)
    if k + 1 >= len(doc.words) or doc.words.norms[k] not in _THUS:
        return None
    between = doc.text[span.end : doc.words.start(k)]
    if between.strip(" .،,\"»”") or "\n" in between:
        return None
    return next((v for v in verbs if v.index == k + 1 and v.kind == "verb"), None)


_THUS = frozenset({"هكذا", "وهكذا"})


def _passive(written: str, form: str) -> bool:
    """A damma on the verb's first letter marks the passive (`يُزعم`, `أُعلن`, `ذُكر`), as
    the writer vowelled it; an unvowelled verb is read as active."""
    if len(written) > len(form) and written[:1] in "وف" and written[1:2] != "\u064f":
        written = written[1:]  # the و/ف clitic
    return written[1:2] == "\u064f"


def _says_next(doc: Doc, i: int) -> bool:
    """Does speech open right after word i: a colon, a quotation mark or أن/إن?"""
    after = doc.text[doc.words.end(i) : doc.words.end(i) + 3].lstrip()
    if after[:1] in ':"«“”':
        return True
    return i + 1 < len(doc.words) and doc.words.norms[i + 1] in COMPLEMENTIZERS


def _evidence(doc: Doc, speaker: Speaker) -> bool:
    """Is the subject findings (`الأبحاث`, `الأرقام الرسمية`) rather than someone speaking?"""
    if speaker.kind not in ("DESC", "NAME"):  # a tagged name is someone
        return False
    head = doc.normalize(speaker.name).split()[0]
    return (head[2:] if head.startswith("ال") else head) in EVIDENCE_HEADS


def _ends_clause(text: str, end: int) -> bool:
    """Does punctuation (or the text's end) follow the word ending at `end`?"""
    rest = text[end : end + 3].lstrip(" ")
    return not rest or rest[0] in ".،,:؛;!؟?\n"


def _relays(norms: Sequence[str], i: int) -> bool:
    """Does the نقل at word i name whom it relays (an عن a few words on, no قوله after it)?"""
    near = norms[i + 1 : i + 1 + MAX_RELAY_WORDS]
    if "عن" not in near:
        return False
    at = i + 1 + near.index("عن")
    return _QAWL.isdisjoint(norms[at + 1 : at + 1 + MAX_RELAYED_WORDS])


def find_quotes(
    text: str, mentions: list[Mention], finder: QuoteFinder | None = None
) -> list[Quote]:
    """Quotes in one text. Without a finder, one is built for the call (its scanner's tables
    take about 20 ms); build a QuoteFinder once to read many texts."""
    return (finder or QuoteFinder()).find(text, mentions)


def annotate_quotes(article: Article, finder: QuoteFinder | None = None) -> None:
    """Fill article.quotes, with offsets into article.text, from article.mentions."""
    article.quotes = find_quotes(article.text, article.mentions, finder)

