"""The data model: one Article-centred flow: sources -> extract -> analyze -> store -> relate.

Every class is a slotted dataclass. Character offsets in analysis results (mentions, quotes,
dates) are offsets into ``Article.text``, the body paragraphs joined with ``"\\n"``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class ContentType(StrEnum):
    """What kind of input a Page holds; decides which extractor reads it."""

    TEXT = "text"  # a page dumped to plain text (browser copy, WET record, old corpus)
    HTML = "html"
    ARTICLE = "article"  # already-structured input (JSONL/feed with title/body fields)


class Granularity(StrEnum):
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(slots=True)
class Page:
    """One input item exactly as it came in, before any extraction."""

    content: bytes
    origin: str  # file path, "path#line", or "warc-path#record-id": where to find it again
    content_type: ContentType
    url: str | None = None
    fetched_at: datetime | None = None
    encoding: str | None = None  # detected or declared; set by the decoder
    text: str | None = None  # decoded text; None until decoded
    # Structured inputs (JSONL, feeds) may carry fields the source already knows.
    given_title: str | None = None
    given_published: str | None = None
    given_body: list[str] | None = None
    given_byline: str | None = None  # the record's author field: a writer, a place, an agency
    # Problems met while reading that did not stop it (a gzip file cut short: what was before
    # the cut is the page); extraction passes them on to the article's warnings.
    warnings: list[str] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        """Identity of this input: the same bytes from the same address.

        The address (URL, else origin) is part of it so that identical bytes at two addresses
        (an empty file and a missing one, a wire text reprinted verbatim) stay two records."""
        digest = hashlib.sha256((self.url or self.origin).encode("utf-8"))
        digest.update(b"\0")
        digest.update(self.content)
        return digest.hexdigest()


@dataclass(slots=True)
class Teaser:
    """A related-item teaser found on the page (under "في نفس السياق"): kept, never in the body."""

    text: str
    published_at: datetime | None = None
    published_text: str | None = None
    url: str | None = None
    block: str | None = None  # the header of the block it was found in


@dataclass(slots=True)
class Widget:
    """Page furniture that is not a teaser: comment boxes, share bars, menus, footers, credits."""

    kind: str  # "comments", "share", "menu", "footer", "credit", "ad", "other"
    text: str


@dataclass(slots=True)
class Mention:
    """A named-entity mention in the article text."""

    text: str
    type: str  # PERS, ORG, LOC, MISC
    start: int
    end: int
    canonical: str | None = None  # the in-article full name it joins (e.g. جيفري -> جيمس جيفري)
    in_title: bool = False

    def __reduce__(self) -> tuple[Callable[..., Mention], tuple[object, ...]]:
        # Pickled as its field values: ingest workers send tens of mentions per article back
        # to the storing process, and the slotted default (__getstate__ per object) costs about
        # three times as much (tests/test_serialize.py checks every field survives).
        return Mention, (self.text, self.type, self.start, self.end, self.canonical,
                         self.in_title)


@dataclass(slots=True)
class Quote:
    """Who said what: a direct or indirect quote with its speaker."""

    text: str
    start: int
    end: int
    speaker: str | None = None  # as written in the text (after coreference, the full name)
    speaker_canonical: str | None = None  # the archive-wide entity name
    verb: str | None = None  # the reporting verb that attributed it
    direct: bool = True
    inherited: bool = False  # speaker taken from the previous quote (bare وأردف:)

    def __reduce__(self) -> tuple[Callable[..., Quote], tuple[object, ...]]:
        # As Mention.__reduce__: pickled as its field values, in order.
        return Quote, (self.text, self.start, self.end, self.speaker, self.speaker_canonical,
                       self.verb, self.direct, self.inherited)


@dataclass(slots=True)
class DateMention:
    """A date or time expression in the text, resolved when possible."""

    text: str
    start: int
    end: int
    value: str | None  # ISO date/datetime, or "2019-12" / "2019" per granularity
    granularity: Granularity | None = None
    relative: bool = False  # resolved against the publication date

    def __reduce__(self) -> tuple[Callable[..., DateMention], tuple[object, ...]]:
        # As Mention.__reduce__: pickled as its field values, in order.
        return DateMention, (self.text, self.start, self.end, self.value, self.granularity,
                             self.relative)


@dataclass(slots=True)
class Article:
    """A news article extracted from one Page, with everything understood about it."""

    id: str
    content_hash: str
    origin: str
    url: str | None = None
    host: str | None = None
    title: str | None = None
    published_at: datetime | None = None  # naive when the page stated no time zone
    published_text: str | None = None  # the stamp exactly as printed
    timezone_stated: bool = False
    updated_at: datetime | None = None  # the page's own "last updated", when it states one
    byline: str | None = None
    section: str | None = None  # the desk label a title was printed under (`اقتصادي`)
    # Where (and by whom) it was filed, as the body opens: `دبي، الإمارات العربية المتحدة (CNN)`.
    # Part of body[0] as printed; the analysis finds it (siyaq.analyze.datelines).
    dateline: str | None = None
    body: list[str] = field(default_factory=list)
    language: str | None = None  # "ar", "en", "fa", ... ; None when undecidable
    teasers: list[Teaser] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    event_date: date | None = None  # when what it reports happened, if the text states it
    fetched_at: datetime | None = None
    # Non-fatal problems met on the way (e.g. analysis failed): the article is kept regardless.
    warnings: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.body)

    @property
    def lead(self) -> str:
        return self.body[0] if self.body else ""


@dataclass(slots=True)
class Record:
    """One item flowing through the pipeline: the page, and the article or the reason there is none.

    Nothing is dropped silently: a failed or skipped page travels on with ``error`` set and is
    stored raw with that reason.
    """

    page: Page
    article: Article | None = None
    error: str | None = None  # why there is no article (or why it is incomplete)

    @property
    def ok(self) -> bool:
        return self.article is not None and self.error is None


@dataclass(slots=True)
class Story:
    """Reports of the same event, across outlets, and groups of copies within it."""

    id: str
    article_ids: list[str] = field(default_factory=list)
    title: str | None = None
    first_published: datetime | None = None
    last_published: datetime | None = None
    # article id -> id of the earliest article it is a copy of (syndication / wire copy)
    copies: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Related:
    """A story related to an article, with why (for the reader to see)."""

    story_id: str
    article_id: str  # the story's representative article
    title: str | None
    score: float
    published_at: datetime | None = None
    shared_entities: list[str] = field(default_factory=list)
    shared_terms: list[str] = field(default_factory=list)


@dataclass(slots=True)
class EntitySummary:
    """One archive-wide entity record: a canonical name with its variants."""

    name: str  # canonical
    type: str  # PERS, ORG, LOC, MISC
    variants: list[str] = field(default_factory=list)
    article_count: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None


@dataclass(slots=True)
class NamedWith:
    """An entity named in the same articles as another: who and what come up with it."""

    name: str  # as the archive writes it most in full (its key when only written in part)
    type: str
    shared_articles: int  # articles naming both, among the other's newest
    article_count: int  # articles naming this one in the whole archive


@dataclass(slots=True)
class QuoteMatch:
    """A quote found by most of a query's words: how many it holds, of how many."""

    article_id: str
    quote: Quote
    matched_words: int
    of_words: int


@dataclass(slots=True)
class SearchHit:
    article_id: str
    title: str | None
    host: str | None
    published_at: datetime | None
    snippet: str  # matched words marked with <mark>…</mark>, everything else HTML-escaped
    score: float
    # A best match of SearchQuery.any_words: how many of the query's words (or phrases) it
    # holds, of how many. None for a hit holding them all.
    matched: tuple[int, int] | None = None


@dataclass(slots=True)
class IngestReport:
    """What an ingest run did, with every non-stored item counted by reason."""

    seen: int = 0
    stored: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: dict[str, int] = field(default_factory=dict)  # reason -> count
    warned: dict[str, int] = field(default_factory=dict)  # stored, but with a problem -> count
    # files inside given folders that no reader takes (by format) -> count; never read
    skipped: dict[str, int] = field(default_factory=dict)

    def count_failure(self, reason: str) -> None:
        self.failed[reason] = self.failed.get(reason, 0) + 1

    def count_warning(self, reason: str) -> None:
        self.warned[reason] = self.warned.get(reason, 0) + 1
