"""An archive indexed by another analyzer (an older stemmer) is reindexed when opened, so
search never silently mixes two term sets; on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import Article, ContentType, IngestReport, Page, Quote, Record
from siyaq.store import SearchQuery

BODY = "أكد وزير النقل أن وكالة الأنباء ستفتح فرعا جديدا."


def record(key: str = "a") -> Record:
    page = Page(f"{key} {BODY}".encode(), f"{key}.txt", ContentType.TEXT, url=f"https://x/{key}")
    article = Article(id=key, content_hash=page.content_hash, origin=page.origin, url=page.url,
                      title="وزير يعلن", body=[BODY],
                      quotes=[Quote("وكالة الأنباء ستفتح فرعا", 18, 42, speaker="وزير")])
    return Record(page, article)


@pytest.fixture(params=["sqlite", "postgres"])
def reopen(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[Analyzer], Any]]:
    """Opens the same archive again and again, each time with the analyzer given."""
    opened: list[Any] = []
    if request.param == "sqlite":
        from siyaq.store.sqlite import SQLiteStore

        def open_sqlite(analyzer: Analyzer) -> Any:
            opened.append(SQLiteStore(tmp_path / "a.db", analyzer))
            return opened[-1]

        yield open_sqlite
    else:
        from conftest import POSTGRES_ENV, _drop_schemas, _postgres_archive
        from siyaq.store.postgres import PostgresStore

        dsn = os.environ.get(POSTGRES_ENV)
        if not dsn:
            pytest.skip(f"no PostgreSQL server ({POSTGRES_ENV} is not set)")
        schemas: list[str] = []
        url: list[str] = []

        def open_pg(analyzer: Analyzer) -> Any:
            store = (PostgresStore(url[0], analyzer) if url
                     else _postgres_archive(dsn, schemas, analyzer))
            url[:] = [store.dsn]
            opened.append(store)
            return store

        yield open_pg
        for store in opened:
            store.close()
        _drop_schemas(dsn, schemas)
        return
    for store in opened:
        store.close()


def test_archive_follows_the_analyzer(reopen: Callable[[Analyzer], Any],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import siyaq.store.shared_queries

    monkeypatch.setattr(siyaq.store.shared_queries, "CHUNK", 2)  # reindex crosses pages
    old = Analyzer("light")  # Lucene-style: وزير -> زير, but الوزير -> وزير
    assert old.terms("وزير") != Analyzer().terms("الوزير")
    store = reopen(old)
    assert store.reindexed == 0  # a new archive has nothing to reindex
    store.put_records([record(key) for key in "abcde"], IngestReport())
    store.close()
    store = reopen(Analyzer())
    assert store.reindexed == 5
    found = store.search(SearchQuery("الوزير"))
    assert sorted(h.article_id for h in found) == list("abcde")
    assert sorted(a for a, _ in store.quotes(query="الوكالة")) == list("abcde")  # quotes too
    store.close()
    assert reopen(Analyzer()).reindexed == 0  # once is enough
