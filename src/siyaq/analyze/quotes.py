"""Who said what: direct and indirect quotes with their speakers.

`find_quotes(text, mentions)` reads quotation marks, unmarked speech after a colon and
`قال X إن …` clauses, and attributes each to the speaker of the nearest reporting verb in the
same sentence (before the quote, else after it). A verb with no subject of its own (`وأردف:`)
continues the previous speaker. Mentions (from the entity tagger) name the speakers when
given; with none, the words after the verb do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from siyaq.analyze.dates_text import normalize, normalize_with_offsets
from siyaq.analyze.quotes_lexicon import (
    ANONYMOUS_LABELS,
    COMPLEMENTIZERS,
    CONTINUATION,
    HARD_STOPS,
    INDIRECT,
    ORG_HEADS,
    PARTICIPLES,
    SKIPPED,
    SOFT_STOPS,
    STATEMENT_HEADS,
    verb_forms,
)
from siyaq.analyze.quotes_spans import MarkedSpan, find_marked_spans, sentence_ends
from siyaq.analyze.quotes_speakers import (
    Speaker,
    Word,
    expand_head,
    from_mentions,
    from_words,
    full_name,
    resolve_description,
    statement_issuer,
)
from siyaq.model import Article, Mention, Quote

MIN_QUOTE_WORDS = 3  # shorter marked spans are names and terms (“فيسبوك”، "داعش")
MAX_SUBJECT_WORDS = 14
MAX_QUOTED_NAME = 4  # a quoted span this short right after a title is a name
MAX_SVO_WORDS = 8  # `وكان الحساب الرسمي … قد غرد`: a subject before its verb
MAX_VERB_DISTANCE = 30  # words between a verb and the quote it introduces
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
_QAWL = frozenset({"قوله", "قولها", "قولهم"})
_SENTENCE_OPENERS = frozenset(
    {
        "كما",
        "وكان",
        "وكانت",
        "كان",
        "كانت",
        "وقد",
        "قد",
        "فيما",
        "ثم",
        "بينما",
        "من",
        "وفي",
        "و",
        "لكن",
        "ولكن",
    }
)
_TRAILING_ATTRIBUTION = re.compile(
    r"[\s،,]*(?:على حد (?:تعبيره|تعبيرها|قوله|قولها)|بحسب \S+|وفق \S+)"
    r"[\s.،,]*$"
)


@dataclass(slots=True)
class _Verb:
    index: int  # word index of the verb (the cue's last word)
    start: int
    end: int
    form: str  # normalized, without its و/ف
    kind: str  # verb / participle / cue / qawl
    region_end: int = 0  # where the subject phrase ended
    stop: str | None = None  # the word that ended it (إن/أن/في …)
    colon: int | None = None  # a colon right after the subject phrase
    speaker: Speaker | None = None
    inherited: bool = False


@dataclass(slots=True)
class _Doc:
    text: str
    mentions: list[Mention]
    words: list[Word]
    spans: list[MarkedSpan]  # spans long enough to be quotes
    opens: set[int]  # opening-mark offsets of those spans
    ends: list[int]  # sentence ends
    names: list[tuple[str, str]] = field(default_factory=list)  # (name, normalized) seen
    history: list[Speaker] = field(default_factory=list)  # speakers so far, in text order
    absorbed: set[int] = field(default_factory=set)  # quoted names taken into a subject


class QuoteFinder:
    __slots__ = ("_forms", "_word")

    def __init__(self) -> None:
        self._forms = verb_forms()
        self._word = re.compile(r"\w+")

    def find(self, text: str, mentions: list[Mention]) -> list[Quote]:
        doc = self._doc(text, mentions)
        verbs = self._verbs(doc)
        for verb in verbs:
            self._speak(doc, verb, verbs)
        quotes = self._marked(doc, verbs)
        quotes += self._unmarked(doc, verbs, quotes)
        quotes += self._indirect(doc, verbs, quotes)
        return sorted(quotes, key=lambda q: q.start)

    # --- layout ------------------------------------------------------------------------------

    def _doc(self, text: str, mentions: list[Mention]) -> _Doc:
        norm = normalize_with_offsets(text)
        words = []
        for m in self._word.finditer(norm.text):
            start, end = norm.span(m.start(), m.end())
            words.append(Word(start, end, m.group()))
        all_spans = find_marked_spans(text)
        spans = [
            s
            for s in all_spans
            if len(self._word.findall(text[s.start : s.end])) >= MIN_QUOTE_WORDS
        ]
        return _Doc(
            text,
            sorted(mentions, key=lambda m: m.start),
            words,
            spans,
            {s.open_mark for s in spans},
            sentence_ends(text, all_spans),
        )

    def _verbs(self, doc: _Doc) -> list[_Verb]:
        verbs: list[_Verb] = []
        for i, word in enumerate(doc.words):
            if self._inside_quote(doc, word.start):
                continue
            verb = self._verb_at(doc, i, word)
            if verb is not None:
                verbs.append(verb)
        return verbs

    def _verb_at(self, doc: _Doc, i: int, word: Word) -> _Verb | None:
        bare = word.norm[1:] if word.norm[:1] in "وف" and len(word.norm) > 3 else word.norm
        for form in (word.norm, bare):
            if form in self._forms:
                return _Verb(i, word.start, word.end, form, "verb")
            if form in PARTICIPLES:
                return _Verb(i, word.start, word.end, form, "participle")
            if form in _QAWL:
                return _Verb(i, word.start, word.end, form, "qawl")
            if form in _CUES:
                second = _CUES[form]
                if not second:
                    return _Verb(i, word.start, word.end, form, "cue")
                nxt = doc.words[i + 1] if i + 1 < len(doc.words) else None
                if nxt is not None and nxt.norm in second:
                    return _Verb(i + 1, word.start, nxt.end, form, "cue")
        return None

    def _inside_quote(self, doc: _Doc, offset: int) -> bool:
        return any(s.start <= offset < s.end for s in doc.spans)

    def _sentence(self, doc: _Doc, offset: int) -> tuple[int, int]:
        start = 0
        for end in doc.ends:
            if end >= offset:
                return start, end
            start = end + 1
        return start, len(doc.text)

    # --- speakers ----------------------------------------------------------------------------

    def _subject(self, doc: _Doc, verb: _Verb) -> list[list[Word]]:
        """The words after the verb up to a stop word, colon, quote or sentence end, split at
        commas (an appositive name often follows the title after a comma). A short quoted
        name inside the phrase (`وزير الدفاع “عوض بن عوف”`) belongs to it."""
        chunks: list[list[Word]] = [[]]
        prev_end = verb.region_end = verb.end
        following = doc.words[verb.index + 1 : verb.index + 1 + MAX_SUBJECT_WORDS]
        for n, word in enumerate(following):
            gap = doc.text[prev_end : word.start]
            if ":" in gap:
                verb.colon = prev_end + gap.index(":")
                break
            if any(ch in gap for ch in ".!؟?\n") or not self._absorb(doc, chunks, prev_end, word):
                break
            bare = (
                word.norm[1:]
                if word.norm[:1] == "و" and word.norm[1:] in COMPLEMENTIZERS
                else word.norm
            )
            if bare in SKIPPED:
                continue
            if bare in SOFT_STOPS and not any(chunks):  # `أشار إلى أن`: no subject here
                nxt = following[n + 1].norm if n + 1 < len(following) else ""
                verb.stop = nxt if nxt in COMPLEMENTIZERS else bare
                verb.region_end = word.end
                break
            if bare in HARD_STOPS or bare in self._forms or bare in PARTICIPLES:
                verb.stop = bare
                break
            if "،" in gap or "," in gap:
                chunks.append([])
            chunks[-1].append(word)
            prev_end = verb.region_end = word.end
        return chunks

    def _absorb(self, doc: _Doc, chunks: list[list[Word]], prev_end: int, word: Word) -> bool:
        """False when a quote opens before `word`; a short one after a title is absorbed."""
        opening = [s for s in doc.spans if prev_end <= s.open_mark < word.start]
        if not opening:
            return True
        span = opening[0]
        last = chunks[-1][-1].norm if chunks[-1] else None
        short = len(self._word.findall(doc.text[span.start : span.end])) <= MAX_QUOTED_NAME
        if short and last is not None and last not in SOFT_STOPS:
            doc.absorbed.add(span.open_mark)
            return True
        return False

    def _speak(self, doc: _Doc, verb: _Verb, verbs: list[_Verb]) -> None:
        if verb.kind == "qawl":
            chunks = self._qawl_subject(doc, verb)
        elif verb.kind == "participle":
            chunks = []
            self._subject(doc, verb)  # only for where its clause starts
        else:
            chunks = self._subject(doc, verb)
        speaker = self._named(doc, verb, chunks)
        if speaker is None:
            speaker, verb.inherited = self._inherit(doc, verb, verbs)
        verb.speaker = speaker
        if speaker is not None and not verb.inherited:
            doc.history.append(speaker)
            if speaker.kind in ("PERS", "NAME", "ORG"):
                doc.names.append((speaker.name, normalize(speaker.name)))

    def _qawl_subject(self, doc: _Doc, verb: _Verb) -> list[list[Word]]:
        """`نقلت وكالة … عن وزير المال محمد الجدعان قوله`: the speaker sits between عن and قوله."""
        self._subject(doc, verb)
        back = doc.words[max(0, verb.index - MAX_SUBJECT_WORDS) : verb.index]
        for k in range(len(back) - 1, -1, -1):
            if back[k].norm == "عن":
                return [back[k + 1 :]]
        return []

    def _named(self, doc: _Doc, verb: _Verb, chunks: list[list[Word]]) -> Speaker | None:
        words = [w for chunk in chunks for w in chunk]
        if not words:
            return None
        region = (
            (words[0].start, words[-1].end + 1)
            if verb.kind == "qawl"
            else (verb.end, verb.region_end + 1)
        )
        mention = from_mentions(doc.mentions, region[0], region[1], words[0])
        if mention is not None:
            return self._from_mention(doc, mention)
        if words[0].norm in STATEMENT_HEADS:
            speaker: Speaker | None = Speaker(
                doc.text[words[0].start : words[0].end], None, "DESC", words[0].start
            )
        else:
            speaker = from_words(chunks, doc.text)
        if speaker is None:
            return None
        if speaker.kind == "DESC":
            return self._describe(doc, verb, speaker, chunks)
        name = full_name(speaker.name, normalize(speaker.name), doc.names)
        return Speaker(name, None, "NAME", speaker.start)

    def _describe(self, doc: _Doc, verb: _Verb, desc: Speaker, chunks: list[list[Word]]) -> Speaker:
        """A description: a statement speaks for its issuer (`بيان للتجمع`); an organisation
        noun for the fuller name met earlier (`البنك` -> `البنك المركزي`); a title for the
        person named before it."""
        words = next(c for c in chunks if c)
        head = words[0].norm
        if head in STATEMENT_HEADS:
            issuer = statement_issuer(words)
            if issuer:
                named = from_words([issuer], doc.text)
                if named is not None and (named.kind == "NAME" or len(issuer) >= 2):
                    return Speaker(
                        full_name(named.name, normalize(named.name), doc.names),
                        None,
                        "ORG",
                        named.start,
                    )
                head = issuer[0].norm
        if head in ORG_HEADS:
            stops = HARD_STOPS | frozenset(self._forms) | PARTICIPLES
            expanded = expand_head(doc.words, doc.text, head, verb.start, stops)
            if expanded is not None and len(expanded.name) > len(head):
                return expanded
        return resolve_description(desc, head, doc.mentions, verb.start, doc.history)

    def _from_mention(self, doc: _Doc, mention: Mention) -> Speaker:
        same = [(m.text, normalize(m.text)) for m in doc.mentions if m.type == mention.type]
        name = full_name(mention.text, normalize(mention.text), same)
        return Speaker(name, mention.canonical or name, mention.type, mention.start)

    def _inherit(self, doc: _Doc, verb: _Verb, verbs: list[_Verb]) -> tuple[Speaker | None, bool]:
        """No subject after the verb: a participle continues its sentence's subject; another
        verb takes a subject standing before it (`وكان الحساب الرسمي … قد غرد`), else the
        previous speaker (inherited)."""
        earlier = [v for v in verbs if v.start < verb.start and v.speaker is not None]
        sent_start, _ = self._sentence(doc, verb.start)
        if verb.kind == "participle":
            same = [v for v in earlier if v.start >= sent_start]
            if same:
                return same[-1].speaker, True
            return self._sentence_subject(doc, verb, sent_start), False
        before = self._subject_before(doc, verb, sent_start)
        if before is not None:
            return before, False
        return (earlier[-1].speaker if earlier else None), True

    def _subject_before(self, doc: _Doc, verb: _Verb, sent_start: int) -> Speaker | None:
        words = [
            w
            for w in doc.words[max(0, verb.index - MAX_SVO_WORDS - 3) : verb.index]
            if w.start >= sent_start
        ]
        while words and words[0].norm in _SENTENCE_OPENERS:
            words = words[1:]
        while words and words[-1].norm in _SENTENCE_OPENERS:
            words = words[:-1]
        if (
            not words
            or len(words) > MAX_SVO_WORDS
            or any(w.norm in self._forms or w.norm in HARD_STOPS for w in words)
        ):
            return None
        pseudo = _Verb(verb.index, words[0].start, words[0].start, "", "verb")
        pseudo.region_end = words[-1].end
        return self._named(doc, pseudo, [words])

    def _sentence_subject(self, doc: _Doc, verb: _Verb, sent_start: int) -> Speaker | None:
        first = next((i for i, w in enumerate(doc.words) if w.start >= sent_start), None)
        if first is None or doc.words[first].start >= verb.start:
            return None
        while first < verb.index and doc.words[first].norm in _SENTENCE_OPENERS:
            first += 1
        pseudo = _Verb(first, doc.words[first].start, doc.words[first].end, "", "verb")
        chunks = self._subject(doc, pseudo)
        return self._named(doc, pseudo, chunks)

    # --- quotes ------------------------------------------------------------------------------

    def _marked(self, doc: _Doc, verbs: list[_Verb]) -> list[Quote]:
        quotes: list[Quote] = []
        for span in doc.spans:
            if span.open_mark in doc.absorbed:
                continue
            verb = self._attributing_verb(doc, span, verbs)
            if verb is None or verb.speaker is None:
                continue
            start, end = _strip(doc.text, span.start, span.end)
            quotes.append(_quote(doc.text, start, end, verb, direct=True))
        return quotes

    def _attributing_verb(self, doc: _Doc, span: MarkedSpan, verbs: list[_Verb]) -> _Verb | None:
        sent_start, _ = self._sentence(doc, span.open_mark)
        before = [v for v in verbs if sent_start <= v.start and v.end <= span.open_mark]
        if before:
            verb = before[-1]
            between = sum(1 for w in doc.words if verb.end <= w.start < span.open_mark)
            if between <= MAX_VERB_DISTANCE:
                return verb
        after_end = self._sentence(doc, span.end)[1]
        after = [v for v in verbs if span.end < v.start <= after_end and v.kind != "participle"]
        if after:
            between = sum(1 for w in doc.words if span.end <= w.start < after[0].start)
            if between <= 3:
                return after[0]
        return None

    def _unmarked(self, doc: _Doc, verbs: list[_Verb], taken: list[Quote]) -> list[Quote]:
        """`وأضاف: لا نطالب برحيل الأسد…` — speech after a colon with no quotation marks."""
        quotes: list[Quote] = []
        for verb in verbs:
            if verb.colon is None or verb.speaker is None:
                continue
            start = verb.colon + 1
            _, sent_end = self._sentence(doc, start)
            if any(start <= o < sent_end for o in doc.opens) or _overlaps(taken, start, sent_end):
                continue
            start, end = _strip(doc.text, start, sent_end)
            end = start + len(_TRAILING_ATTRIBUTION.sub("", doc.text[start:end]))
            if len(self._word.findall(doc.text[start:end])) >= MIN_QUOTE_WORDS:
                quotes.append(_quote(doc.text, start, end, verb, direct=True))
        return quotes + self._interview(doc, taken + quotes)

    def _interview(self, doc: _Doc, taken: list[Quote]) -> list[Quote]:
        """Transcripts: `السفير جيفري: …` lines (two or more labels make it an interview);
        an unlabelled line continues the last labelled speaker."""
        label = re.compile(r"([^\n:]{2,40}?):\s*(\S[^\n]*)")
        lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", doc.text)]
        found = [(a, b, label.match(doc.text, a, b)) for a, b in lines]
        found = [(a, b, m if m and _is_label(m.group(1)) else None) for a, b, m in found]
        if sum(1 for _, _, m in found if m) < 2:
            return []
        quotes: list[Quote] = []
        speaker: Speaker | None = None
        for a, b, m in found:
            if m is not None:
                name = m.group(1).strip()
                anonymous = normalize(name) in ANONYMOUS_LABELS
                full = full_name(name, normalize(name), doc.names)
                speaker = None if anonymous else Speaker(full, None, "NAME", m.start(1))
                a = m.start(2)
            if speaker is None or _overlaps(taken, a, b):
                continue
            verb = _Verb(0, a, a, "", "label", speaker=speaker, inherited=m is None)
            start, end = _strip(doc.text, a, b)
            quotes.append(_quote(doc.text, start, end, verb, direct=True))
        return quotes

    def _indirect(self, doc: _Doc, verbs: list[_Verb], taken: list[Quote]) -> list[Quote]:
        """`قال X إن …`, `أكد X أن …`: reported speech, kept with direct=False."""
        quotes: list[Quote] = []
        for verb in verbs:
            if verb.speaker is None or verb.stop not in COMPLEMENTIZERS:
                continue
            if verb.form not in INDIRECT and verb.kind != "participle":
                continue
            comp = next(
                (w for w in doc.words[verb.index + 1 :] if w.start >= verb.region_end), None
            )
            if comp is None:
                continue
            _, sent_end = self._sentence(doc, comp.end)
            if any(comp.end <= o < sent_end for o in doc.opens) or _overlaps(
                taken + quotes, comp.end, sent_end
            ):
                continue
            start, end = _strip(doc.text, comp.end, sent_end)
            if len(self._word.findall(doc.text[start:end])) >= MIN_QUOTE_WORDS:
                quotes.append(_quote(doc.text, start, end, verb, direct=False))
        return quotes


def _is_label(text: str) -> bool:
    return len(text.split()) <= 4 and not re.search(r"[\d()\-–،,]", text)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "،,:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛;"):
        end -= 1
    return start, end


def _overlaps(quotes: list[Quote], start: int, end: int) -> bool:
    return any(q.start < end and start < q.end for q in quotes)


def _quote(text: str, start: int, end: int, verb: _Verb, direct: bool) -> Quote:
    speaker = verb.speaker
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        speaker=speaker.name if speaker else None,
        speaker_canonical=(speaker.canonical or speaker.name) if speaker else None,
        verb=text[verb.start : verb.end] if verb.kind != "label" else None,
        direct=direct,
        inherited=verb.inherited or (verb.form in CONTINUATION and verb.region_end == verb.end),
    )


@lru_cache(maxsize=1)
def default_finder() -> QuoteFinder:
    return QuoteFinder()


def find_quotes(text: str, mentions: list[Mention]) -> list[Quote]:
    return default_finder().find(text, mentions)


def annotate_quotes(article: Article) -> None:
    """Fill article.quotes, with offsets into article.text, from article.mentions."""
    article.quotes = find_quotes(article.text, article.mentions)
