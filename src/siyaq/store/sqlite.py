"""The embedded archive: one SQLite file (WAL), FTS5 search over our own analyzer's terms.

Writes happen in one transaction per put_records batch, so a killed process leaves either the
whole batch or none of it: never half an article (page row, article row and index rows go
together).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import Article, IngestReport, Page, Record, Story
from siyaq.store.entity_spellings import NameChanges
from siyaq.store.records import (
    INSERT_MENTION,
    MENTION_COLUMNS,
    Prepared,
    failure_reason,
    merge_reports,
    name_key_or_none,
    pack_content,
    prepare,
    sort_key,
    story_to_json,
)
from siyaq.store.schema import migrate
from siyaq.store.search import ParsedQuery, fts_expression
from siyaq.store.shared_queries import SharedQueries
from siyaq.store.sqlite_search import SQLiteSearch


class SQLiteStore(SQLiteSearch, SharedQueries):
    """Implements siyaq.store.base.Store on one SQLite file."""

    conn: sqlite3.Connection

    def __init__(self, path: Path, analyzer: Analyzer | None = None) -> None:
        self.path = path
        self.analyzer = analyzer or Analyzer()
        # Autocommit mode: transactions are opened explicitly (BEGIN IMMEDIATE) per batch.
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        # First: processes opening a new archive at once (Spark tasks) wait for each other.
        self.conn.execute("PRAGMA busy_timeout = 10000")
        _enable_wal(self.conn)
        self.conn.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; safe in WAL
        # 64 MiB page cache (default 2 MiB): FTS doclists of common words stay in memory, which
        # halves the CPU time of a search on a 31k-article archive.
        self.conn.execute("PRAGMA cache_size = -65536")
        # The byline filter compares search forms (records.BYLINE_SQL).
        self.conn.create_function("siyaq_name_key", 1, name_key_or_none, deterministic=True)
        migrate(self.conn)
        self.reindexed = self._match_analyzer()

    def _match_analyzer(self) -> int:
        """Reindex when the archive's terms came from another analyzer (a stemmer change);
        returns how many articles were reindexed."""
        current = self.analyzer.fingerprint()
        row = self.conn.execute("SELECT value FROM archive_meta WHERE key = 'analyzer'").fetchone()
        if row is not None and row[0] == current:
            return 0
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            row = self.conn.execute(  # again, now alone: another process may have done it
                "SELECT value FROM archive_meta WHERE key = 'analyzer'").fetchone()
            if row is not None and row[0] == current:
                self.conn.execute("COMMIT")
                return 0
            count = self._reindex() if self.article_count() else 0
            self.conn.execute("INSERT OR REPLACE INTO archive_meta (key, value)"
                              " VALUES ('analyzer', ?)", (current,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return count

    def _reindex(self) -> int:
        """Every article's and quote's search terms again, from the stored data."""
        analyze = self.analyzer.index_text
        self.conn.execute("DELETE FROM article_fts")
        self.conn.execute("DELETE FROM quote_fts")
        count = 0
        for rowid, title, data in self.conn.execute("SELECT rowid, title, data FROM articles"):
            body = "\n".join(json.loads(data)["body"])
            self.conn.execute("INSERT INTO article_fts (rowid, title, body) VALUES (?,?,?)",
                              (rowid, analyze(title or ""), analyze(body)))
            count += 1
        for quote_id, data in self.conn.execute("SELECT id, data FROM quotes"):
            self.conn.execute("INSERT INTO quote_fts (rowid, terms) VALUES (?,?)",
                              (quote_id, analyze(json.loads(data)["text"])))
        return count

    # --- writing -----------------------------------------------------------------------------
    def put_records(self, records: Iterable[Record], report: IngestReport) -> None:
        analyzer = self.analyzer
        self.put_prepared((prepare(record, analyzer) for record in records), report)

    def put_prepared(self, items: Iterable[Prepared], report: IngestReport) -> None:
        """put_records for records already prepared (by this store's analyzer, possibly in an
        ingest worker): one transaction, only row writes left."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        counted = IngestReport()  # merged into report only when the batch is committed

        def put(fts_rows: dict[int, tuple[int, str, str]], counts: NameChanges) -> None:
            for item in items:
                self._put_record(item, counted, now, fts_rows, counts)

        self._in_batch(put)
        merge_reports(report, counted)

    def put_analyses(self, items: Iterable[Prepared]) -> int:
        """Write back articles already stored, analysed again (article row, search terms,
        mentions, quotes, entity counts), in one transaction; pages are not touched and each
        article keeps its updated_at. An article no longer stored as it was read (its id
        absent, or another content_hash: re-ingested meanwhile) is not written: returns how
        many."""
        missing = 0

        def put(fts_rows: dict[int, tuple[int, str, str]], counts: NameChanges) -> None:
            nonlocal missing
            for item in items:
                article = item.record.article
                row = None if article is None else self.conn.execute(
                    "SELECT updated_at FROM articles WHERE id = ? AND content_hash = ?",
                    (article.id, article.content_hash)).fetchone()
                if article is None or row is None:
                    missing += 1
                    continue
                self._put_article(article, item, str(row[0]), fts_rows, counts)

        self._in_batch(put)
        return missing

    def put_recovered(self, items: Iterable[Prepared]) -> int:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        written = 0

        def put(fts_rows: dict[int, tuple[int, str, str]], counts: NameChanges) -> None:
            nonlocal written
            for item in items:
                article = item.record.article
                if article is not None and self._page_takes(article.id, item.record.page):
                    self._put_article(article, item, now, fts_rows, counts)
                    written += 1

        self._in_batch(put)
        return written

    def _page_takes(self, article_id: str, page: Page) -> bool:
        """The failed page now has the article, unless the archive holds one by that id."""
        if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone():
            return False
        return bool(self.conn.execute(
            "UPDATE pages SET article_id = ?, error = NULL, error_reason = NULL"
            " WHERE content_hash = ? AND article_id IS NULL",
            (article_id, page.content_hash)).rowcount)

    def _in_batch(self, put: Callable[[dict[int, tuple[int, str, str]], NameChanges], None]
                  ) -> None:
        """One transaction around put(fts_rows, counts). The FTS rows are written with one
        executemany before the commit (measurably cheaper than one insert per article), keyed
        by rowid so a repeat in the batch wins; likewise the entity counts and spellings, one
        upsert a name."""
        fts_rows: dict[int, tuple[int, str, str]] = {}
        counts = NameChanges()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            put(fts_rows, counts)
            self.conn.executemany("INSERT INTO article_fts (rowid, title, body) VALUES (?,?,?)",
                                  list(fts_rows.values()))
            counts.write(self.conn)  # after every mention row: a recount reads them
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _put_record(self, item: Prepared, report: IngestReport, now: str,
                    fts_rows: dict[int, tuple[int, str, str]], counts: NameChanges) -> None:
        record = item.record
        page = record.page
        content_hash = page.content_hash
        if self.has_content(content_hash):
            report.unchanged += 1
            return
        article = record.article if record.error is None else None
        error = record.error or (None if article else "no article: nothing extracted")
        content, compression = pack_content(page.content)
        self.conn.execute(
            "INSERT INTO pages (content_hash, origin, url, content_type, encoding, content,"
            " compression, article_id, error, error_reason, stored_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (content_hash, page.origin, page.url, page.content_type.value, page.encoding,
             content, compression, article.id if article else None, error,
             failure_reason(error) if error else None, now),
        )
        if article is None:
            report.count_failure(failure_reason(error or ""))
            return
        if self._put_article(article, item, now, fts_rows, counts):
            report.updated += 1
        else:
            report.stored += 1

    def _put_article(self, article: Article, item: Prepared, now: str,
                     fts_rows: dict[int, tuple[int, str, str]], counts: NameChanges) -> bool:
        """Upsert the article and rebuild its index rows; True when it replaced an older one.
        ``now`` becomes its updated_at (get_article_by_url gives the latest of a URL's)."""
        row = self.conn.execute("SELECT rowid FROM articles WHERE id = ?", (article.id,)).fetchone()
        values = (article.id, article.content_hash, article.url, article.host,
                  article.published_at.isoformat() if article.published_at else None, item.when,
                  article.title, article.language, item.data, now)
        if row is None:
            rowid = int(self.conn.execute(
                "INSERT INTO articles (id, content_hash, url, host, published_at, sort_time,"
                " title, language, data, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"
                " RETURNING rowid", values).fetchone()[0])
        else:
            rowid = int(row[0])
            self.conn.execute(
                "UPDATE articles SET content_hash=?, url=?, host=?, published_at=?, sort_time=?,"
                " title=?, language=?, data=?, updated_at=? WHERE id=?", (*values[1:], article.id))
            self._delete_index_rows(article.id, rowid, counts)
        fts_rows[rowid] = (rowid, item.title_terms, item.body_terms)
        self._index_article(article.id, item, counts)
        return row is not None

    def _delete_index_rows(self, article_id: str, rowid: int, counts: NameChanges) -> None:
        self.conn.execute("DELETE FROM article_fts WHERE rowid = ?", (rowid,))
        counts.add_mentions(self.conn.execute(
            f"SELECT {MENTION_COLUMNS} FROM mentions WHERE article_id = ?",
            (article_id,)).fetchall(), -1)
        self.conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
        self.conn.execute(
            "DELETE FROM quote_fts WHERE rowid IN (SELECT id FROM quotes WHERE article_id = ?)",
            (article_id,))
        self.conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))

    def _index_article(self, article_id: str, item: Prepared, counts: NameChanges) -> None:
        """Mention and quote rows (the article's FTS row and its entity counts and spellings
        are written with its batch)."""
        self.conn.executemany(INSERT_MENTION, item.mentions)
        counts.add_mentions(item.mentions, 1)
        for position, speaker_key, canonical_key, data, terms in item.quotes:
            cursor = self.conn.execute(
                "INSERT INTO quotes (article_id, position, speaker_key, canonical_key, sort_time,"
                " data) VALUES (?,?,?,?,?,?)",
                (article_id, position, speaker_key, canonical_key, item.when, data))
            self.conn.execute("INSERT INTO quote_fts (rowid, terms) VALUES (?,?)",
                              (cursor.lastrowid, terms))

    def _key_begins(self, prefix: str) -> tuple[str, tuple[object, ...]]:
        # Keys compare by code point (BINARY): those starting with prefix sort from prefix up
        # to prefix with its last character's successor.
        return ("canonical_key >= ? AND canonical_key < ?",
                (prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)))

    def _quote_match(self, parsed: ParsedQuery, any_words: bool = False
                     ) -> tuple[str, str, object]:
        return (" JOIN quote_fts f ON f.rowid = q.id", "quote_fts MATCH ?",
                fts_expression(parsed, any_words))

    def _quote_rank(self, match: object) -> tuple[str, tuple[object, ...]]:
        return "bm25(quote_fts), q.id", ()  # lower is better

    # --- stories -----------------------------------------------------------------------------
    def put_stories(self, stories: Iterable[Story]) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for story in stories:
                if not story.article_ids:  # merged into another story: nothing left of it
                    self.conn.execute("DELETE FROM story_members WHERE story_id = ?", (story.id,))
                    self.conn.execute("DELETE FROM stories WHERE id = ?", (story.id,))
                    continue
                self.conn.execute(
                    "INSERT OR REPLACE INTO stories (id, first_published, data) VALUES (?,?,?)",
                    (story.id, sort_key(story.first_published) if story.first_published else None,
                     story_to_json(story)))
                self.conn.execute("DELETE FROM story_members WHERE story_id = ?", (story.id,))
                self.conn.executemany(
                    "INSERT OR REPLACE INTO story_members (article_id, story_id) VALUES (?,?)",
                    [(article_id, story.id) for article_id in story.article_ids])
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def _fetched_at_rows(self, chunk: list[str]) -> list[tuple[str, str | None, str | None]]:
        marks = ",".join("?" * len(chunk))
        return self.conn.execute(
            "SELECT id, published_at, json_extract(data, '$.fetched_at') FROM articles"
            f" WHERE id IN ({marks})", chunk).fetchall()

    def delete_stories(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("DELETE FROM story_members")
        self.conn.execute("DELETE FROM stories")
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()


def _enable_wal(conn: sqlite3.Connection, wait_seconds: float = 10.0) -> None:
    """WAL mode, waiting for other processes that are switching the same new file: SQLite
    answers "database is locked" here at once, without calling the busy handler."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)
