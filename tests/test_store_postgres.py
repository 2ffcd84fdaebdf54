"""PostgreSQL specifics: the tsvector/tsquery literals, migrations, concurrent writers, limits.

Literal tests need no server; the rest skip without one (SIYAQ_TEST_POSTGRES)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import run_at_once
from siyaq.arabic.analyzer import Analyzer
from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.store import SearchQuery, describe, is_server_archive
from siyaq.store.postgres_text import MAX_TERMS, tsquery_literal, tsvector_literal
from siyaq.store.search import ParsedQuery, parse_query


@pytest.mark.parametrize(
    ("terms", "literal"),
    [
        (["a", "b", "a"], "'a':1,3 'b':2"),
        (["o'brien", "x\\y"], "'o''brien':1 'x\\\\y':2"),
        ([], ""),
    ],
    ids=["positions", "quotes-escaped", "empty"],
)
def test_tsvector_literal(terms: list[str], literal: str) -> None:
    assert tsvector_literal(terms) == literal


def test_tsvector_is_bounded_for_enormous_bodies() -> None:
    literal = tsvector_literal([f"w{i % 1000}" for i in range(MAX_TERMS * 3)])
    positions = sum(part.count(",") + 1 for part in literal.split(" "))
    assert positions == MAX_TERMS and len(literal) < 1_000_000


@pytest.mark.parametrize(
    ("required", "excluded", "literal"),
    [
        ([["a"]], [], "('a')"),
        ([["a", "b"], ["c"]], [["d"]], "('a' <-> 'b') & ('c') & !('d')"),
    ],
    ids=["word", "phrase-and-exclusion"],
)
def test_tsquery_literal(required: list[list[str]], excluded: list[list[str]],
                         literal: str) -> None:
    assert tsquery_literal(ParsedQuery(required, excluded)) == literal


def test_operators_never_reach_a_tsquery() -> None:
    assert parse_query("' | & ! <-> :* ()", Analyzer()).empty


@pytest.mark.parametrize(
    ("location", "server", "shown"),
    [
        ("siyaq.db", False, "siyaq.db"),
        ("postgresql://news:secret@db.example/archive", True,
         "postgresql://news:***@db.example/archive"),
        ("postgres://db.example/archive", True, "postgres://db.example/archive"),
    ],
    ids=["file", "password-hidden", "no-credentials"],
)
def test_archive_locations(location: str, server: bool, shown: str) -> None:
    assert (is_server_archive(location), describe(location)) == (server, shown)


# --- against a server ------------------------------------------------------------------------
def record(key: str, body: str) -> Record:
    page = Page(f"{key}:{body}".encode(), f"{key}.txt", ContentType.TEXT, url=f"https://x/{key}")
    return Record(page, Article(id=key, content_hash=page.content_hash, origin=page.origin,
                                url=page.url, title=f"خبر {key}", body=[body]))


def test_schema_version_and_newer_schema_refused(new_pg: Callable[[], Any]) -> None:
    from siyaq.store.postgres import PostgresStore
    from siyaq.store.postgres_schema import SCHEMA_VERSION

    store = new_pg()
    version = store.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    assert version == SCHEMA_VERSION
    store.conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION + 1,))
    with pytest.raises(RuntimeError, match="newer"):
        PostgresStore(store.dsn)


def test_concurrent_writers_share_one_archive(new_pg: Callable[[], Any]) -> None:
    from siyaq.store.postgres import PostgresStore

    first = new_pg()
    second = PostgresStore(first.dsn)
    reports = [IngestReport(), IngestReport()]
    shared = record("shared", "نص مشترك بين العمليتين")

    def write(store: Any, report: IngestReport, prefix: str) -> None:
        batch = [record(f"{prefix}{i}", f"خبر رقم {i} من {prefix}") for i in range(30)]
        store.put_records([*batch, shared], report)

    run_at_once(lambda: write(first, reports[0], "a"), lambda: write(second, reports[1], "b"))
    second.close()
    assert first.article_count() == 61
    assert sorted(r.stored for r in reports) == [30, 31]
    assert sum(r.unchanged for r in reports) == 1  # the shared page is stored once


def test_enormous_body_is_stored_and_searchable(new_pg: Callable[[], Any]) -> None:
    store = new_pg()
    body = "كلمة " * 200_000 + "نهاية"
    store.put_records([record("huge", body)], IngestReport())
    assert store.get_article("huge").body == [body]
    assert [h.article_id for h in store.search(SearchQuery("كلمة"))] == ["huge"]


@pytest.mark.parametrize("query", ["'; DROP TABLE articles; --", "a:* | b", "!!!", "(((", "\\'"],
                         ids=["sql", "prefix-operators", "bangs", "brackets", "backslash"])
def test_hostile_queries(new_pg: Callable[[], Any], query: str) -> None:
    store = new_pg()
    store.put_records([record("a", "نص عادي عن الطقس")], IngestReport())
    assert store.search(SearchQuery(query)) == []
    assert store.article_count() == 1


def test_postgres_needs_its_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_psycopg(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "psycopg":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    from siyaq.store import open_store

    with pytest.raises(RuntimeError, match=r"siyaq\[postgres\]"):
        open_store("postgresql://nowhere/archive")



def test_v5_archive_gets_the_text_canonical_index(new_pg: Callable[[], Any]) -> None:
    """Schema v6 on open: an archive made before it reads a written form's canonical names from
    the index alone (the entity filter's keys), and keeps no second index on text_key."""
    from siyaq.store.postgres import PostgresStore

    store = new_pg()
    store.put_records([record("a1", "قال دونالد ترامب إن القطار وصل")], IngestReport())
    # The archive as v5 left it.
    store.conn.execute("DROP INDEX mentions_text_canonical")
    store.conn.execute("CREATE INDEX mentions_text ON mentions(text_key)")
    store.conn.execute("DELETE FROM schema_version WHERE version >= 6")
    reopened = PostgresStore(store.dsn)
    indexes = {row[0] for row in reopened.conn.execute(
        "SELECT indexname FROM pg_indexes WHERE tablename = 'mentions'"
        " AND schemaname = current_schema()").fetchall()}
    assert "mentions_text_canonical" in indexes and "mentions_text" not in indexes
    reopened.conn.execute("SET enable_seqscan = off")  # a tiny table: ask for the index
    reopened.conn.execute("SET enable_bitmapscan = off")
    plan = "\n".join(row[0] for row in reopened.conn.execute(
        "EXPLAIN SELECT DISTINCT canonical_key FROM mentions WHERE text_key = ?",
        ("ترامب",)).fetchall())
    assert "Index Only Scan using mentions_text_canonical" in plan
    reopened.close()
