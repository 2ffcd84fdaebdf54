"""The storage protocol, implemented by SQLiteStore and PostgresStore. No SQL outside store/."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from siyaq.model import (
    Article,
    EntitySummary,
    IngestReport,
    NamedWith,
    Page,
    Quote,
    QuoteMatch,
    Record,
    SearchHit,
    Story,
)

if TYPE_CHECKING:  # records imports this module
    from siyaq.store.records import Prepared


@dataclass(slots=True)
class SearchQuery:
    text: str
    published_from: datetime | None = None
    published_to: datetime | None = None
    host: str | None = None
    entity: str | None = None  # canonical entity name; matches all its variants
    limit: int = 20
    # Hits skipped before the page (SQL OFFSET): the page after 20 hits is offset=20. The
    # best matches' candidates are always read from the top; their page is cut from those.
    offset: int = 0
    # With dates: also articles with no time at all (neither published nor fetched), which
    # no period can place, instead of leaving them out.
    undated_too: bool = False
    # Best matches instead of all words: articles holding at least half of the query's words
    # or phrases (two at least), most words first. Short queries (two words) find nothing so.
    any_words: bool = False
    # More keys of the entity's record (Store.entity_keys): the bare surname the archive
    # gathers with a person's full name, and the other way round.
    entity_keys: tuple[str, ...] = ()
    # Only articles whose byline holds these words as written (`أحمد الريدي`, `واس`).
    byline: str | None = None


@dataclass(slots=True)
class StoryQuery:
    """A page of the stories list: stories with at least ``min_size`` reports whose reports'
    times (published, else fetched) overlap the period, largest first."""

    published_from: datetime | None = None
    published_to: datetime | None = None
    min_size: int = 2
    limit: int = 50


@dataclass(slots=True)
class StoredPage:
    """A stored raw page as this release would read it again: the page (its bytes, address,
    kind and decoded charset) and its article, None for a page stored as a failure."""

    page: Page
    article: Article | None = None


class Store(Protocol):
    def put_records(self, records: Iterable[Record], report: IngestReport) -> None:
        """Store a batch in one transaction: articles (upsert by id), raw pages, errors."""

    def put_prepared(self, items: Iterable[Prepared], report: IngestReport) -> None:
        """put_records for records an ingest worker already prepared (records.prepare)."""

    def put_analyses(self, items: Iterable[Prepared]) -> int:
        """Write back articles already stored, analysed again (records.prepare_stored): the
        article row, its search terms, mentions, quotes and entity counts, in one
        transaction; pages untouched, updated_at kept. An article not stored as it was read
        (its id absent, or re-ingested meanwhile: another content_hash) is not written (never
        inserted); returns how many of those there were."""

    def written_as(self, items: Sequence[Prepared]) -> set[str]:
        """The ids of the prepared articles the archive holds exactly as prepared: the same
        article JSON, mention rows and quote rows (reanalysis writes back only the others)."""

    def iter_stored_pages(self) -> Iterator[StoredPage]:
        """Each stored page that is the current version of its article, with the article,
        and each page stored without one; in the order they were stored.
        Older versions of a changed page (their article since taken by a newer one) are not
        read. Bounded memory, no cursor held open between items (the caller writes)."""

    def put_recovered(self, items: Iterable[Prepared]) -> int:
        """Pages stored as failures that now have an article: the page row gets it (its error
        cleared) and the article is stored as ingest stores it, in one transaction. A page no
        longer stored as a failure, or whose article id the archive holds already (from
        another version of the page), is left; returns how many were written."""

    def has_content(self, content_hash: str) -> bool:
        """True when a page with exactly this content was already stored (idempotent re-ingest)."""

    def get_article(self, article_id: str) -> Article | None: ...

    def get_article_by_url(self, url: str) -> Article | None: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def article_count(self) -> int: ...

    def search(self, query: SearchQuery) -> list[SearchHit]: ...

    def search_count(self, query: SearchQuery) -> int:
        """How many articles hold every word of the query and pass its filters (without words,
        how many mention its entity): all the pages search() gives without any_words. The
        same SQL selects both, so the total and the hits never disagree."""

    def search_counted(self, query: SearchQuery) -> tuple[list[SearchHit], int]:
        """(search(query), search_count(query)) for a query holding every word (no
        any_words), as search_view shows a page and its total; no hits asked for when the
        total is 0 or the offset past it. A store may answer both from one statement."""

    def failures(self) -> list[tuple[str, str]]:
        """(origin, error) of every stored page that produced no article."""

    def articles_published_between(self, start: datetime, end: datetime) -> Iterator[Article]:
        """Articles with published_at (else fetched_at) in [start, end], oldest first."""

    def article_times(self, article_ids: list[str]) -> dict[str, datetime | None]:
        """relate's time (published_at, else fetched_at, naive wall time) of each stored
        article among the ids, without decoding the articles; unknown ids are left out."""

    def article_ids_published_between(self, start: datetime, end: datetime) -> list[str]:
        """The ids of articles_published_between(start, end), in its order, none decoded."""

    # --- entities and quotes (analysis results are stored with each article) ---
    def entities(self, type: str | None = None, top: int = 50) -> list[EntitySummary]:
        """Most mentioned entities (by article count), grouped by Mention.canonical."""

    def entity(self, name: str) -> EntitySummary | None:
        """The entity record for a canonical name or any of its variants."""

    def entity_keys(self, name: str) -> list[str]:
        """The canonical keys the record of a name gathers (none when no record has it)."""

    def entities_like(self, words: list[str], top: int = 5) -> list[EntitySummary]:
        """Entities whose canonical name holds every one of the words (name keys, whole
        words), most mentioned first: what a name that found nothing may have meant."""

    def entity_months(self, name: str) -> list[tuple[str, int]]:
        """(YYYY-MM, articles naming the entity that month), oldest first; undated articles
        are not counted."""

    def named_with(self, name: str, top: int = 10, recent: int = 300) -> list[NamedWith]:
        """People, organisations and places named in two or more of the entity's newest
        `recent` articles, those shared most weighed by how rare they are first."""

    def keys_beginning(self, prefix: str, limit: int = 2000) -> list[str]:
        """Canonical keys (name keys) that begin with prefix, at most limit of them."""

    def entities_named(self, first: str, last: str, top: int = 5,
                       but: str | None = None) -> list[EntitySummary]:
        """Entities whose canonical name (a name key) begins with the word first and ends with
        the word last, most mentioned first, the key `but` left out: the other records a
        person may have."""

    def quotes(
        self, speaker: str | None = None, query: str | None = None, limit: int = 50
    ) -> list[tuple[str, Quote]]:
        """(article_id, quote), newest first; speaker matches the canonical name or a variant,
        query matches words of the quote through the Arabic analyzer."""

    def quotes_holding_most(self, query: str, speaker: str | None = None, limit: int = 20
                            ) -> list[QuoteMatch]:
        """Quotes holding at least half of the query's words or phrases (two at least), those
        holding the most first, then by relevance; each with how many it holds, of how many.
        Nothing for a query of one or two words (its quotes hold them all)."""

    # --- stories (written by siyaq.relate) ---
    def put_stories(self, stories: Iterable[Story]) -> None:
        """Upsert stories; each article belongs to at most one story (the last one given)."""

    def get_story(self, story_id: str) -> Story | None: ...

    def get_story_of(self, article_id: str) -> Story | None: ...

    def iter_stories(self) -> Iterator[Story]: ...

    def list_stories(self, query: StoryQuery) -> tuple[int, list[Story]]:
        """(how many stories match, the first ``query.limit`` of them), answered by the
        database: sizes and periods come from the members, no story is decoded to filter."""

    def story_outlets(self, story_ids: list[str]) -> dict[str, dict[str, int]]:
        """Reports per outlet (host, "?" when unknown) of each of the stories."""

    def delete_stories(self) -> None:
        """Remove every story (before a full re-clustering)."""

    def close(self) -> None: ...
