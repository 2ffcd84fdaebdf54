"""Who said what: direct and indirect quotes with their speakers.

`find_quotes(text, mentions)` reads quotation marks, unmarked speech after a colon and
`قال X إن …` clauses, and attributes each to the speaker of the nearest reporting verb in the
same sentence (before the quote, else after it). A verb with no subject of its own (`وأردف:`)
continues the previous speaker. Mentions (from the entity tagger) name the speakers when
given; with none, the words after the verb do (see quotes_subjects). Which words report speech
is quotes_verbs'.
"""

from __future__ import annotations

import re

from siyaq.analyze.dates_scan import TextScanner
from siyaq.analyze.quotes_attribution import SpeakerFinder
from siyaq.analyze.quotes_before import RELATIVES
from siyaq.analyze.quotes_clauses import clause_opened, outermost
from siyaq.analyze.quotes_credited import credited_spans
from siyaq.analyze.quotes_described import a_name_apposed, a_name_in_marks, kept
from siyaq.analyze.quotes_doc import MIN_QUOTE_WORDS, Doc, NameMemo, Verb, build_doc
from siyaq.analyze.quotes_extent import speech_end
from siyaq.analyze.quotes_headlines import headline_statements
from siyaq.analyze.quotes_heads import EVIDENCE_HEADS
from siyaq.analyze.quotes_lexicon import (
    BELIEF_FORMS,
    CREDIT_CUES,
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
from siyaq.analyze.quotes_verbs import reporting_verbs, verb_kinds
from siyaq.model import Article, Mention, Quote

MAX_VERB_DISTANCE = 30  # words between a verb and the quote it introduces
MAX_AFTER_DISTANCE = 3  # `"…"، قال جيفري`: words between a quote and its verb after it
_TRAILING_ATTRIBUTION = re.compile(
    r"[\s،,]*(?:على حد (?:تعبيره|تعبيرها|قوله|قولها)|بحسب \S+|وفق \S+)[\s.،,]*$"
)
_TRAILING_CREDIT = re.compile(  # `…، حسب ما نشر موقع X.` ending a reported statement
    r"\s*[،,]\s*(?:وذلك\s+)?(?:" + "|".join(sorted(CREDIT_CUES | WHAT_CUES, key=len, reverse=True))
    + r")(?:\s+\S+){0,8}[\s.،,\"»”]*$"
)


class QuoteFinder:
    """Lexicons built once; `find` changes no state of the finder that its results depend on
    (its scanner keeps only the last scan: given the date finder's scanner, the same article
    is not scanned twice; a bounded memo keeps the names met, as normalizing them again
    would)."""

    __slots__ = ("_kinds", "_names", "_reader", "_transcripts", "scanner")

    def __init__(self, scanner: TextScanner | None = None) -> None:
        self.scanner = scanner or TextScanner()
        self._kinds = verb_kinds()
        self.scanner.watch(self._kinds)
        self._reader = SpeakerFinder(frozenset(verb_forms()))
        self._names = NameMemo()
        self._transcripts = TranscriptReader(self._kinds, dialogue_verbs())

    def find(self, text: str, mentions: list[Mention]) -> list[Quote]:
        scanned = self.scanner.scan(text)
        doc = build_doc(scanned, mentions, self._names)
        verbs = reporting_verbs(doc, scanned.watched, self._kinds)
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
                  and not a_name_in_marks(doc, q) and not a_name_apposed(doc, q)]
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
            if verb.index > 0 and doc.words.norms[verb.index - 1] in RELATIVES:
                sent_end = _relative_clause_end(doc.text, comp_end, sent_end)
            if overlaps(taken + quotes, comp_end, sent_end):
                continue
            start, end = trimmed(doc.text, comp_end, sent_end)
            # `…، حسب ما نشر موقع "أي أس بي أن".`: who carried it, not what was said
            end = start + len(_TRAILING_CREDIT.sub("", doc.text[start:end]))
            if doc.words.between(start, end) >= MIN_QUOTE_WORDS:
                quotes.append(quote_of(doc.text, start, end, verb, direct=False))
        return quotes


def _relative_clause_end(text: str, start: int, end: int) -> int:
    """`المادة 265 من القانون، الذي تقول إيران إنه يستند للشريعة، على أن عقوبة …`: speech
    reported inside a relative clause ends with the clause, at its comma; the sentence's own
    verb goes on after it. A comma before another `أن`/`وأن` goes on with the speech."""
    for comma in _CLAUSE_COMMA.finditer(text, start, end):
        if _SPEECH_GOES_ON.match(text, comma.end()) is None:
            return comma.start()
    return end


_CLAUSE_COMMA = re.compile("[،,]")
_SPEECH_GOES_ON = re.compile(r"\s*[وف]?(?:[أإ]ن|بأن|لأن)(?:ه|ها|هم)?(?!\w)")


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


def _evidence(doc: Doc, speaker: Speaker) -> bool:
    """Is the subject findings (`الأبحاث`, `الأرقام الرسمية`) rather than someone speaking?"""
    if speaker.kind not in ("DESC", "NAME"):  # a tagged name is someone
        return False
    head = doc.normalize(speaker.name).split()[0]
    return (head[2:] if head.startswith("ال") else head) in EVIDENCE_HEADS


def find_quotes(
    text: str, mentions: list[Mention], finder: QuoteFinder | None = None
) -> list[Quote]:
    """Quotes in one text. Without a finder, one is built for the call (its scanner's tables
    take about 20 ms); build a QuoteFinder once to read many texts."""
    return (finder or QuoteFinder()).find(text, mentions)


def annotate_quotes(article: Article, finder: QuoteFinder | None = None) -> None:
    """Fill article.quotes, with offsets into article.text, from article.mentions."""
    article.quotes = find_quotes(article.text, article.mentions, finder)
