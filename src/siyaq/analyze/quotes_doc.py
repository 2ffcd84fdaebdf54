"""The text as the quote finder reads it: words with offsets, quotation spans, sentence ends.

Words are kept as parallel lists (built in C by one split) and turned into Word objects only
where the finder looks, near reporting verbs; positional questions (which sentence, how many
words between, is this inside a quote) are answered by bisection.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from siyaq.analyze.dates_scan import ScannedText
from siyaq.analyze.dates_text import normalize
from siyaq.analyze.quotes_coreference import KnownName, known_name
from siyaq.analyze.quotes_described import described
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS
from siyaq.analyze.quotes_spans import MarkedSpan, find_marked_spans, sentence_ends
from siyaq.analyze.quotes_speakers import (
    SPEAKER_TYPES,
    Speaker,
    Word,
    told_at,
)
from siyaq.memo import remembered
from siyaq.model import Mention

MIN_QUOTE_WORDS = 3  # shorter marked spans are names and terms (“فيسبوك”، "داعش")
# A marked span this short may be a name in marks (`لـ«الشرق الأوسط»`, `وزير الدفاع “عوض بن
# عوف”`), not speech.
MAX_QUOTED_NAME_WORDS = 4


class Words(Sequence[Word]):
    """The words of a text, as a sequence of Word built on access. Positions are kept in the
    normalized text and turned into original offsets only for the words looked at."""

    __slots__ = ("_deleted", "_ends", "_found", "_joined", "_norm", "_shifts", "_starts",
                 "norms")

    def __init__(self, scanned: ScannedText) -> None:
        tokens = scanned.tokens
        self.norms, self._starts, self._ends = tokens.norms, tokens.starts, tokens.ends
        self._norm = scanned.norm
        # Most texts delete nothing in normalizing (no diacritics or tatweel): their offsets
        # are the original ones, read without going through NormalizedText.
        self._shifts, self._deleted = self._norm.shifts, self._norm.deleted
        self._joined: str | None = None  # " a b c ": the spellings, joined on first search
        # positions() per spelling: a text saying `الوزير` a thousand times asked for them a
        # thousand times, each search as long as the text
        self._found: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self.norms)

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> list[Word]: ...

    def __getitem__(self, index: int | slice) -> Word | list[Word]:
        if isinstance(index, slice):
            return [self.word(i) for i in range(*index.indices(len(self.norms)))]
        return self.word(index)

    def __iter__(self) -> Iterator[Word]:
        return iter(self[0 : len(self.norms)])

    def word(self, i: int) -> Word:
        """Word i (as words[i], without the slice check)."""
        if self._deleted is None:
            return Word(self._starts[i], self._ends[i], self.norms[i])
        return Word(self.start(i), self.end(i), self.norms[i])

    def start(self, i: int) -> int:
        """Original offset of word i's first character (mapped back only for the few words the
        finder looks at: mapping all of them at once cost more)."""
        start = self._starts[i]
        shifts = self._shifts
        return start if shifts is None else start + bisect_right(shifts, start)

    def end(self, i: int) -> int:
        """NormalizedText.end_of, inlined (the finder asks for thousands of word ends)."""
        end, deleted = self._ends[i], self._deleted
        if deleted is None or self._shifts is None:
            return end
        last = end + bisect_right(self._shifts, end - 1)
        index = bisect_left(deleted, last)
        while index < len(deleted) and deleted[index] == last:  # a run of marks
            last, index = last + 1, index + 1
        return last

    def first_at(self, offset: int) -> int:
        """Index of the first word starting at or after the original offset."""
        deleted = self._deleted
        if deleted is not None:
            offset -= bisect_left(deleted, offset)
        return bisect_left(self._starts, offset)

    def holding(self, offset: int) -> int:
        """Index of the word holding the original offset (`بيان` read inside `لبيان`), or of
        the first word after it when it falls between words."""
        k = self.first_at(offset)
        if k > 0 and (k == len(self.norms) or self.start(k) > offset) \
                and self.end(k - 1) > offset:
            return k - 1
        return k

    def positions(self, norm: str) -> list[int]:
        """Indices of the words spelled `norm` (no spaces), in order. A search of the spellings
        joined by spaces: list.index compared the spelling with every word of the text, a few
        times an article. The list is kept for the next call: read it, do not change it."""
        if norm in self._found:
            return self._found[norm]
        if self._joined is None:
            self._joined = " " + " ".join(self.norms) + " "
        joined, key = self._joined, " " + norm + " "
        found: list[int] = []
        self._found[norm] = found
        at = joined.find(key)
        index, counted = -1, 0  # spaces in joined[:counted], less one
        while at >= 0:
            # The spaces before the word, less one: counted on from the last word found, not
            # from the start of the text each time (the count was a tenth of the finder).
            index += joined.count(" ", counted, at + 1)
            counted = at + 1
            found.append(index)
            at = joined.find(key, at + len(norm) + 1)  # its closing space opens the next
        return found

    def between(self, start: int, end: int) -> int:
        """How many words start in [start, end) (original offsets)."""
        return self.first_at(end) - self.first_at(start)


@dataclass(slots=True)
class Verb:
    """A reporting verb (or participle, cue, `قوله`) and what was read around it."""

    index: int  # word index of the verb (the cue's last word)
    start: int
    end: int
    form: str  # normalized, without its و/ف
    kind: str  # verb / participle / cue / qawl / by_saying / label
    region_end: int = 0  # where the subject phrase ended
    stop: str | None = None  # the word that ended it (إن/أن/في …)
    colon: int | None = None  # a colon right after the subject phrase
    clause: int | None = None  # word index of an إن/أن after an adjunct (`قال أمس إن`)
    speaker: Speaker | None = None
    inherited: bool = False
    continued: bool = True  # may a later verb without a subject continue its speaker?


MAX_MEMO_NAMES = 25_000  # a bound on each of a finder's two name memos (together about 10 MB)


class NameMemo:
    """Normalized spellings and known names of the mention and speaker texts met, kept by a
    finder across articles: the same people and places recur from article to article, and
    normalizing and splitting their names cost several per cent of the quote finder.
    Both are pure functions of the text; the memo only saves the work."""

    __slots__ = ("known", "normalized")

    def __init__(self) -> None:
        self.normalized: dict[str, str] = {}
        self.known: dict[str, KnownName] = {}


@dataclass(slots=True)
class Doc:
    text: str
    mentions: list[Mention]
    words: Words
    spans: list[MarkedSpan]  # spans long enough to be quotes, in text order
    opens: list[int]  # their opening-mark offsets, sorted
    ends: list[int]  # sentence ends, sorted
    names: list[KnownName] = field(default_factory=list)  # the names of speakers so far
    history: list[Speaker] = field(default_factory=list)  # speakers so far, in text order
    absorbed: set[int] = field(default_factory=set)  # quoted names taken into a subject
    # A person's first name -> "m"/"f", from the verbs that named them (`قالت يوليا`).
    genders: dict[str, str] = field(default_factory=dict)
    # Normalized spellings and known names of names looked up (mention texts, speakers).
    memo: NameMemo = field(default_factory=NameMemo)
    mention_starts: list[int] = field(default_factory=list)  # of `mentions`, sorted
    mention_names: dict[str, list[KnownName]] = field(default_factory=dict)  # by type
    _mention_words: frozenset[str] | None = None  # built on the first request
    _name_ends: dict[int, int] | None = None  # built on the first request
    # Each person's offices as introduced (quotes_offices), built on the first request
    offices: dict[str, frozenset[tuple[str, str]]] | None = None

    def name_ends(self) -> dict[int, int]:
        """Where each of the tagger's organisation and other names starting at an offset ends
        (`نيويورك تايمز` after `صحيفة`; built once per text)."""
        if self._name_ends is None:
            self._name_ends = {m.start: m.end for m in self.mentions
                               if m.type in ("ORG", "MISC") and not m.in_title}
        return self._name_ends

    def mention_words(self) -> frozenset[str]:
        """Every normalized word of the tagger's person and organisation names (built once per
        text): a place's name vouches for no speaker (`تخوف طهران`)."""
        if self._mention_words is None:
            self._mention_words = frozenset(
                part
                for m in self.mentions
                if m.type in SPEAKER_TYPES
                for part in self.normalize(m.text).split()
            )
        return self._mention_words

    def normalize(self, text: str) -> str:
        return remembered(self.memo.normalized, text, normalize, MAX_MEMO_NAMES)

    def known_name(self, text: str) -> KnownName:
        return remembered(self.memo.known, text, self._known_name, MAX_MEMO_NAMES)

    def _known_name(self, text: str) -> KnownName:
        return known_name(text, self.normalize(text))

    def names_of_type(self, kind: str) -> list[KnownName]:
        """The body mentions of one type as known names (built on the first request)."""
        found = self.mention_names.get(kind)
        if found is None:
            names = [self.normalize(m.text) for m in self.mentions if m.type == kind]
            glued = _two_people(names) if kind == "PERS" else set()
            found = self.mention_names[kind] = [
                self.known_name(m.text) for m, name in zip(
                    (m for m in self.mentions if m.type == kind), names, strict=True)
                if not _run_on(name) and name not in glued
            ]
        return found

    def sentence(self, offset: int) -> tuple[int, int]:
        """[start, end) of the sentence holding offset."""
        i = bisect_left(self.ends, offset)
        start = self.ends[i - 1] + 1 if i > 0 else 0
        return start, self.ends[i] if i < len(self.ends) else len(self.text)

    def inside_quote(self, offset: int) -> bool:
        i = bisect_right(self.opens, offset) - 1
        return i >= 0 and self.spans[i].start <= offset < self.spans[i].end

    def names_within(self, start: int, end: int) -> bool:
        """Does a tagged name start in [start, end)?"""
        return bisect_left(self.mention_starts, start) != bisect_left(self.mention_starts, end)

    def spans_opening(self, start: int, end: int) -> list[MarkedSpan]:
        """Quote spans whose opening mark lies in [start, end)."""
        return self.spans[bisect_left(self.opens, start) : bisect_left(self.opens, end)]


def _run_on(name: str) -> bool:
    """`كونتي لبي بي سي`, `مجلس الأمن القومي أنه`: a name the tagger ran on into whom it was
    said to, or into what was said, is no fuller name of the speaker (it would name him and
    take his quotes to that record)."""
    words = name.split()
    return len(words) > 1 and (words[-1] in COMPLEMENTIZERS or told_at(words) > 0)


def _two_people(names: list[str]) -> set[str]:
    """`زينزي كليمونس دياز` (`واجهت المؤلفة زينزي كليمونس دياز`): one person's name the tagger
    ran on into another's surname, when the text names the first person alone by the word
    before (`كليمونس`) and the other by a fuller name ending in the last (`جونو دياز`)."""
    alone = {name for name in names if " " not in name}
    firsts: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2:
            firsts.setdefault(words[-1], set()).add(words[0])
    glued = set()
    for name in names:
        words = name.split()
        if len(words) >= 3 and words[-2] in alone and firsts.get(words[-1], set()) - set(words):
            glued.add(name)
    return glued


def build_doc(scanned: ScannedText, mentions: list[Mention], memo: NameMemo | None = None) -> Doc:
    """The doc of a scanned text; `memo`: a finder's names met so far (None: a new one)."""
    text = scanned.text
    words = Words(scanned)
    all_spans = find_marked_spans(text, scanned.marks)
    # Title mentions carry offsets into the title: only body mentions can name a speaker here.
    body_mentions = sorted((m for m in mentions if not m.in_title), key=lambda m: m.start)
    starts = [m.start for m in body_mentions]
    spans = [s for s in all_spans if words.between(s.start, s.end) >= MIN_QUOTE_WORDS
             or described(text, s, body_mentions, starts)]
    return Doc(
        text,
        body_mentions,
        words,
        spans,
        [s.open_mark for s in spans],
        sentence_ends(text, all_spans, scanned.marks),
        memo=memo or NameMemo(),
        mention_starts=starts,
    )
