"""The storage protocol. SQLite implements it first; PostgreSQL later. No SQL outside store/."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from siyaq.model import Article, IngestReport, Record, SearchHit, Story


@dataclass(slots=True)
class SearchQuery:
    text: str
    published_from: datetime | None = None
    published_to: datetime | None = None
    host: str | None = None
    entity: str | None = None  # canonical entity name; matches all its variants
    limit: int = 20


class Store(Protocol):
    def put_records(self, records: Iterable[Record], report: IngestReport) -> None:
        """Store a batch in one transaction: articles (upsert by id), raw pages, errors."""

    def has_content(self, content_hash: str) -> bool:
        """True when a page with exactly this content was already stored (idempotent re-ingest)."""

    def get_article(self, article_id: str) -> Article | None: ...

    def get_article_by_url(self, url: str) -> Article | None: ...

    def iter_articles(self) -> Iterator[Article]: ...

    def search(self, query: SearchQuery) -> list[SearchHit]: ...

    def failures(self) -> list[tuple[str, str]]:
        """(origin, error) of every stored page that produced no article."""

    def put_stories(self, stories: Iterable[Story]) -> None:
        """Replace the story assignment of the given stories' articles."""

    def get_story_of(self, article_id: str) -> Story | None: ...

    def close(self) -> None: ...
