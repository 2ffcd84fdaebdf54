import multiprocessing
import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Quote, Record
from siyaq.store import Store
from siyaq.store.records import failure_reason
from siyaq.store.schema import MIGRATIONS, SCHEMA_VERSION
from siyaq.store.sqlite import SQLiteStore


def make_record(content: str, url: str | None, *, title: str = "عنوان", body: list[str] | None = None,
                published: datetime | None = None, error: str | None = None) -> Record:
    page = Page(content.encode("utf-8"), f"{url or 'file'}.txt", ContentType.TEXT, url=url)
    if error:
        return Record(page, None, error)
    article = Article(id=f"id-{url}", content_hash=page.content_hash, origin=page.origin, url=url,
                      host="example.com", title=title, body=body or [content],
                      published_at=published)
    return Record(page, article)


@pytest.fixture
def store(new_archive: Callable[[], Store]) -> Any:
    """An empty archive on each backend (typed Any: tests also read both schemas' tables)."""
    return new_archive()


def count(store: Any, table: str) -> int:
    return int(store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def test_round_trip(store: Any) -> None:
    record = make_record("أعلنت الحكومة خطة", "https://x/1", published=datetime(2020, 2, 6, 23, 54))
    report = IngestReport()
    store.put_records([record], report)
    assert (report.stored, report.updated, report.unchanged) == (1, 0, 0)
    assert store.get_article("id-https://x/1") == record.article
    assert store.get_article_by_url("https://x/1") == record.article
    assert list(store.iter_articles()) == [record.article]
    assert store.has_content(record.page.content_hash)
    assert not store.has_content("0" * 64)


def test_same_content_is_a_no_op(store: Any) -> None:
    report = IngestReport()
    store.put_records([make_record("نص", "https://x/1")], report)
    store.put_records([make_record("نص", "https://x/1")], report)
    assert (report.stored, report.unchanged) == (1, 1)
    assert count(store, "pages") == 1


def test_changed_page_updates_its_article_and_index(store: Any) -> None:
    report = IngestReport()
    store.put_records([make_record("النسخة الأولى عن المدارس", "https://x/1")], report)
    store.put_records([make_record("النسخة الثانية عن المستشفيات", "https://x/1")], report)
    assert (report.stored, report.updated) == (1, 1)
    article = store.get_article("id-https://x/1")
    assert article is not None and article.body == ["النسخة الثانية عن المستشفيات"]
    assert count(store, "article_fts" if isinstance(store, SQLiteStore) else "articles") == 1
    from siyaq.store.base import SearchQuery

    assert store.search(SearchQuery("المدارس")) == []
    assert [h.article_id for h in store.search(SearchQuery("مستشفى"))] == ["id-https://x/1"]


def test_failures_keep_raw_page_and_reason(store: Any) -> None:
    report = IngestReport()
    records = [
        make_record("", "https://x/empty", error="no article: empty page"),
        make_record("\x00\x01", "https://x/bin", error="decode failed: binary content at 0x10"),
        make_record("خبر", "https://x/ok"),
    ]
    store.put_records(records, report)
    assert report.stored == 1
    assert report.failed == {"no article: empty page": 1, "decode failed": 1}
    assert store.failures() == [("https://x/empty.txt", "no article: empty page"),
                                ("https://x/bin.txt", "decode failed: binary content at 0x10")]
    assert store.page_content(records[1].page.content_hash) == b"\x00\x01"
    assert store.get_article("id-https://x/bin") is None


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        pytest.param("no article: empty page", "no article: empty page", id="fixed-message"),
        pytest.param("extraction failed: ValueError: bad 12", "extraction failed: ValueError",
                     id="exception-class"),
        pytest.param("decode failed: byte 0x81 at 1234", "decode failed", id="per-item-detail"),
        pytest.param("read error", "read error", id="no-colon"),
        pytest.param("jsonl line 12 is not JSON", "jsonl line N is not JSON", id="line-number"),
        pytest.param("json item 3: not valid JSON (or the file is cut off) here",
                     "json item N", id="item-number"),
        pytest.param("HTTP status 404", "HTTP status 404", id="status-kept"),
    ],
)
def test_failure_reason_classes(error: str, reason: str) -> None:
    assert failure_reason(error) == reason


def test_batch_is_one_transaction(store: Any) -> None:
    class Boom(Exception):
        pass

    def records() -> object:
        yield make_record("الأول", "https://x/1")
        raise Boom

    report = IngestReport()
    with pytest.raises(Boom):
        store.put_records(records(), report)  # type: ignore[arg-type]
    assert store.get_article("id-https://x/1") is None
    assert report == IngestReport()  # nothing counted for a batch that was rolled back
    assert count(store, "pages") == 0


def test_wal_and_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    reopened = SQLiteStore(path)  # migrating an up-to-date file is a no-op
    assert reopened.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer"):
        SQLiteStore(path)


def test_published_between_uses_published_then_fetched(store: Any) -> None:
    early = make_record("أ", "https://x/1", published=datetime(2020, 1, 1))
    late = make_record("ب", "https://x/2", published=datetime(2020, 3, 1))
    fetched = make_record("ج", "https://x/3")
    assert fetched.article is not None
    fetched.article.fetched_at = datetime(2020, 2, 1)
    store.put_records([late, fetched, early], IngestReport())
    found = store.articles_published_between(datetime(2020, 1, 1), datetime(2020, 2, 15))
    assert [a.id for a in found] == ["id-https://x/1", "id-https://x/3"]


def test_store_survives_reopen(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    first = SQLiteStore(path)
    first.put_records([make_record("خبر", "https://x/1")], IngestReport())
    first.close()
    second = SQLiteStore(path)
    assert second.get_article("id-https://x/1") is not None


def test_large_page_is_compressed_and_read_back_exactly(store: Any) -> None:
    record = make_record("خبر طويل عن الاقتصاد والنفط. " * 200, "https://x/long")
    store.put_records([record], IngestReport())
    stored, compression = store.conn.execute("SELECT content, compression FROM pages").fetchone()
    assert compression == "zlib" and len(stored) < len(record.page.content) / 3
    assert store.page_content(record.page.content_hash) == record.page.content


def test_migration_from_version_1_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("INSERT INTO pages (content_hash, origin, content_type, content, error,"
                 " error_reason, stored_at) VALUES ('h', 'old.txt', 'text', x'00', 'no article:"
                 " empty page', 'no article: empty page', '2020-01-01')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = SQLiteStore(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
    assert store.failures() == [("old.txt", "no article: empty page")]
    assert store.page_content("h") == b"\x00"


def test_iteration_pages_through_large_archives(store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    import siyaq.store.shared_queries

    monkeypatch.setattr(siyaq.store.shared_queries, "CHUNK", 2)
    records = [make_record(f"خبر {i}", f"https://x/{i}", published=datetime(2020, 1, 5 - i % 3))
               for i in range(7)]
    store.put_records(records, IngestReport())
    assert [a.id for a in store.iter_articles()] == [f"id-https://x/{i}" for i in range(7)]
    found = list(store.articles_published_between(datetime(2020, 1, 1), datetime(2020, 1, 31)))
    times = [a.published_at for a in found]
    assert len(found) == 7 and times == sorted(times)  # type: ignore[type-var]
    # writing while iterating is safe: each chunk is a separate query
    for article in store.iter_articles():
        article.title = "جديد"
        store.put_records([make_record(f"تحديث {article.id}", article.url, title="جديد")],
                          IngestReport())
    assert {a.title for a in store.iter_articles()} == {"جديد"}


def test_same_article_twice_in_one_batch(store: Any) -> None:
    from siyaq.store.base import SearchQuery

    first = make_record("النسخة الأولى عن المدارس", "https://x/1")
    second = make_record("النسخة الثانية عن المستشفيات", "https://x/1")
    for record, names in ((first, ["عمان", "دمشق"]), (second, ["بيروت"])):
        assert record.article is not None
        record.article.mentions = [Mention(name, "LOC", 0, len(name)) for name in names]
        record.article.quotes = [Quote(f"كلام عن {names[0]}", 0, 5, speaker="الوزير")]
    report = IngestReport()
    store.put_records([first, second], report)
    assert (report.stored, report.updated) == (1, 1)
    # the rows of the last version only, not both
    assert store.conn.execute("SELECT text FROM mentions").fetchall() == [("بيروت",)]
    assert count(store, "quotes") == 1
    assert count(store, "article_fts" if isinstance(store, SQLiteStore) else "articles") == 1
    assert store.search(SearchQuery("المدارس")) == []
    assert len(store.search(SearchQuery("المستشفيات"))) == 1


def _open_at_once(path: str, barrier: Any) -> int:
    barrier.wait()
    store = SQLiteStore(Path(path))
    store.put_records([make_record(f"خبر من {os.getpid()}", f"https://x/{os.getpid()}")],
                      IngestReport())
    store.close()
    return 1


def test_processes_opening_a_new_archive_at_once(tmp_path: Path) -> None:
    """Spark tasks open a new archive together: one migrates, the others wait and find it done."""
    path = str(tmp_path / "shared.db")
    with multiprocessing.Manager() as manager:
        barrier = manager.Barrier(4)
        with multiprocessing.get_context("spawn").Pool(4) as pool:
            opened = pool.starmap(_open_at_once, [(path, barrier)] * 4)
    assert sum(opened) == 4
    store = SQLiteStore(Path(path))
    assert store.article_count() == 4
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_entity_summary_reads_its_spellings(tmp_path: Path) -> None:
    """The names listing summarises its top names: grouping their mentions took 0.95 s on ANT
    from the table rows, 0.25-0.34 s from the covering index mentions_summary (schema v5);
    their spellings are now kept (schema v6), read by the key. A spelling whose earliest or
    latest mention is taken off is counted again from that index. SQLite only: PostgreSQL's
    planner picks by the table's size, and a test's table is small."""
    from siyaq.store.entity_spellings import _RECOUNT, SUMMARY_ROWS

    store = SQLiteStore(tmp_path / "plan.db")

    def plan(sql: str, params: tuple[str, ...]) -> str:
        return " ".join(str(row[-1]) for row in store.conn.execute(
            "EXPLAIN QUERY PLAN " + sql, params))

    summary = plan(SUMMARY_ROWS.format(where="canonical_key IN (?, ?)"), ("سوريا", "سوريا"))
    assert "SEARCH entity_spellings USING PRIMARY KEY (canonical_key=?)" in summary
    assert "mentions" not in summary
    recount = plan(_RECOUNT, ("سوريا", "سوريا", "سوريا", "LOC", "سوريا") * 2 + ("2020", "2021"))
    assert "INDEX mentions_summary (canonical_key=? AND canonical=? AND text=? AND type=?)" \
        in recount
