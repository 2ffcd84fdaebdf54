"""The archive on PostgreSQL, for when one SQLite file on one machine is outgrown.

Same protocol, same tables, same answers as SQLiteStore: many ingest processes (or Spark
executors) can write to one server at once, each batch in one transaction. Needs the
``postgres`` extra (psycopg 3). Open it with ``open_store("postgresql://…")`` or
``--db postgresql://…`` on any command.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import Article, IngestReport, Record, Story
from siyaq.store import shared_queries
from siyaq.store.entity_spellings import NameChanges
from siyaq.store.postgres_schema import migrate
from siyaq.store.postgres_search import PostgresSearch
from siyaq.store.postgres_text import tsquery_literal, tsvector_terms
from siyaq.store.records import (
    INSERT_MENTION,
    MENTION_COLUMNS,
    Prepared,
    failure_reason,
    like_text,
    merge_reports,
    pack_content,
    prepare,
    sort_key,
    story_to_json,
)
from siyaq.store.search import ParsedQuery
from siyaq.store.shared_queries import SharedQueries

_REINDEX_LOCK = 0x51A7AA
# Title terms at weight A, body terms at the default D, the body's positions after the title's.
_WEIGHTED_TERMS = "setweight(CAST(? AS tsvector), 'A') || CAST(? AS tsvector)"


# xmax is 0 on a freshly inserted row: tells an insert from an update in one statement, also
# when another writer upserts the same article concurrently.
_UPSERT_ARTICLE = (
    "INSERT INTO articles (id, content_hash, url, host, published_at, sort_time, title,"
    f" language, data, terms, updated_at) VALUES (?,?,?,?,?,?,?,?,?,{_WEIGHTED_TERMS},?)"
    " ON CONFLICT (id) DO UPDATE SET content_hash = EXCLUDED.content_hash,"
    " url = EXCLUDED.url, host = EXCLUDED.host, published_at = EXCLUDED.published_at,"
    " sort_time = EXCLUDED.sort_time, title = EXCLUDED.title,"
    " language = EXCLUDED.language, data = EXCLUDED.data, terms = EXCLUDED.terms,"
    " updated_at = EXCLUDED.updated_at RETURNING (xmax = 0)")


class PgConnection:
    """A psycopg connection speaking the ``?`` placeholders of the shared queries."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        return self.raw.execute(sql.replace("?", "%s"), parameters)

    def executemany(self, sql: str, rows: Sequence[tuple[object, ...]]) -> None:
        if rows:
            with self.raw.cursor() as cursor:
                cursor.executemany(sql.replace("?", "%s"), rows)

    def returning(self, sql: str, rows: Sequence[tuple[object, ...]]) -> list[Any]:
        """Runs sql once per row (pipelined: one round trip) and gives each run's first
        returned row, None where it returned none."""
        if not rows:
            return []
        found = []
        with self.raw.cursor() as cursor:
            cursor.executemany(sql.replace("?", "%s"), rows, returning=True)
            while True:
                found.append(cursor.fetchone())
                if not cursor.nextset():
                    return found


class PostgresStore(PostgresSearch, SharedQueries):
    """Implements siyaq.store.base.Store on a PostgreSQL database."""

    conn: PgConnection

    def __init__(self, dsn: str, analyzer: Analyzer | None = None) -> None:
        try:
            import psycopg
        except ImportError as exc:  # an optional dependency: say how to get it
            raise RuntimeError("PostgreSQL archives need psycopg: pip install 'siyaq[postgres]'"
                               ) from exc
        self.dsn = dsn
        self.analyzer = analyzer or Analyzer()
        self.conn = PgConnection(psycopg.connect(dsn, autocommit=True))
        migrate(self.conn.raw)
        self.reindexed = self._match_analyzer()

    def _match_analyzer(self) -> int:
        """Reindex when the archive's terms came from another analyzer (as SQLiteStore does);
        the lock makes one of several processes opening the archive at once do it."""
        current = self.analyzer.fingerprint()
        with self.conn.raw.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(?)", (_REINDEX_LOCK,))
            row = self.conn.execute(
                "SELECT value FROM archive_meta WHERE key = 'analyzer'").fetchone()
            if row is not None and row[0] == current:
                return 0
            count = self._reindex()
            self.conn.execute(
                "INSERT INTO archive_meta (key, value) VALUES ('analyzer', ?)"
                " ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", (current,))
        return count

    def _reindex(self) -> int:
        """Every article's and quote's terms again, CHUNK rows at a time (keyset on the key),
        so a large archive is never read into memory at once."""
        analyze = self.analyzer.index_text
        count = 0
        for rows in self._keyset("SELECT rowid, id, title, data FROM articles"):
            self.conn.executemany(
                f"UPDATE articles SET terms = {_WEIGHTED_TERMS} WHERE id = ?",
                [(tsvector_terms(analyze(title or "")),
                  tsvector_terms(analyze("\n".join(json.loads(data)["body"]))), id_)
                 for _, id_, title, data in rows])
            count += len(rows)
        for rows in self._keyset("SELECT id, data FROM quotes", key="id"):
            self.conn.executemany(
                "UPDATE quotes SET terms = CAST(? AS tsvector) WHERE id = ?",
                [(tsvector_terms(analyze(json.loads(data)["text"])), quote_id)
                 for quote_id, data in rows])
        return count

    def _keyset(self, select: str, key: str = "rowid") -> Iterator[list[tuple[Any, ...]]]:
        """The rows of ``select`` in pages of CHUNK rows, ordered by ``key`` (its first
        column)."""
        last: object = None
        while True:
            after = f" WHERE {key} > ?" if last is not None else ""
            chunk = shared_queries.CHUNK
            rows = self.conn.execute(f"{select}{after} ORDER BY {key} LIMIT {chunk}",
                                     (last,) if last is not None else ()).fetchall()
            if rows:
                yield rows
            if len(rows) < chunk:
                return
            last = rows[-1][0]

    # --- writing -----------------------------------------------------------------------------
    def put_records(self, records: Iterable[Record], report: IngestReport) -> None:
        analyzer = self.analyzer
        self.put_prepared([prepare(record, analyzer) for record in records], report)

    def put_prepared(self, items: Iterable[Prepared], report: IngestReport) -> None:
        """put_records for records already prepared (by this store's analyzer, possibly in an
        ingest worker): one transaction, only row writes left.

        Prepared terms are the analyzer's space-joined terms, the form SQLite's FTS takes;
        here they become tsvector literals (tsvector_terms), a string pass far cheaper than the
        analysis, which put_records did here and a worker now does."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        counted = IngestReport()  # merged into report only when the batch is committed
        with self.conn.raw.transaction():
            self._put_batch(list(items), counted, now)
        merge_reports(report, counted)

    def _put_batch(self, batch: list[Prepared], report: IngestReport, now: str) -> None:
        """A batch in a few round trips (pages, articles, their rows, the entity counts)
        instead of a few per record: on a server across the network the waits, not the work,
        set the pace."""
        # ON CONFLICT: another process may store the same page between our check and insert.
        pages = self.conn.returning(
            "INSERT INTO pages (content_hash, origin, url, content_type, encoding, content,"
            " compression, article_id, error, error_reason, stored_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            [_page_row(item.record, now) for item in batch])
        articles: list[tuple[Article, Prepared]] = []
        for item, inserted in zip(batch, pages, strict=True):
            article, error = _article_or_error(item.record)
            if inserted is None:
                report.unchanged += 1
            elif article is None:
                report.count_failure(failure_reason(error or ""))
            else:
                articles.append((article, item))
        fresh = self._put_articles(articles, [now] * len(articles))
        report.stored += sum(fresh)
        report.updated += len(fresh) - sum(fresh)

    def put_analyses(self, items: Iterable[Prepared]) -> int:
        """Write back articles already stored, analysed again (article row, search terms,
        mentions, quotes, entity counts), in one transaction; pages are not touched and each
        article keeps its updated_at. An article no longer stored as it was read (its id
        absent, or another content_hash: re-ingested meanwhile) is not written: returns how
        many."""
        prepared = list(items)
        batch = [(item.record.article, item) for item in prepared
                 if item.record.article is not None]
        with self.conn.raw.transaction():
            # Locked: the rows are updated below, not inserted, whatever runs beside us.
            stored = {id_: (when, content_hash) for id_, when, content_hash in self.conn.execute(
                "SELECT id, updated_at, content_hash FROM articles WHERE id = ANY(?)"
                " ORDER BY id FOR UPDATE", ([article.id for article, _ in batch],)).fetchall()}
            known = [(article, item) for article, item in batch
                     if stored.get(article.id, (None, None))[1] == article.content_hash]
            self._put_articles(known, [str(stored[article.id][0]) for article, _ in known])
        return len(prepared) - len(known)

    def put_recovered(self, items: Iterable[Prepared]) -> int:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        batch = [(item.record.article, item) for item in items
                 if item.record.article is not None]
        with self.conn.raw.transaction():
            stored = {row[0] for row in self.conn.execute(
                "SELECT id FROM articles WHERE id = ANY(?)",
                ([article.id for article, _ in batch],)).fetchall()}
            batch = [(article, item) for article, item in batch if article.id not in stored]
            pages = self.conn.returning(
                "UPDATE pages SET article_id = ?, error = NULL, error_reason = NULL"
                " WHERE content_hash = ? AND article_id IS NULL RETURNING id",
                [(article.id, item.record.page.content_hash) for article, item in batch])
            found = [pair for pair, page in zip(batch, pages, strict=True) if page is not None]
            self._put_articles(found, [now] * len(found))
        return len(found)

    def _put_articles(self, articles: list[tuple[Article, Prepared]], updated: list[str]
                      ) -> list[bool]:
        """Upsert the articles (updated: each one's updated_at) and rebuild their mention
        and quote rows and the entity counts and spellings; True for each one stored for the
        first time."""
        fresh: list[bool] = [row[0] for row in self.conn.returning(
            _UPSERT_ARTICLE, [_article_row(article, item, when) for (article, item), when
                              in zip(articles, updated, strict=True)])]
        replaced = [(article.id,) for (article, _), new in zip(articles, fresh, strict=True)
                    if not new]
        counts = NameChanges()
        self._uncount(replaced, counts)
        self.conn.executemany("DELETE FROM mentions WHERE article_id = ?", replaced)
        self.conn.executemany("DELETE FROM quotes WHERE article_id = ?", replaced)
        # An article stored twice in one batch keeps the rows of its last version only.
        latest = list({article.id: (article, item) for article, item in articles}.values())
        self._index_articles(latest)
        for _, item in latest:
            counts.add_mentions(item.mentions, 1)
        counts.write(self.conn)  # after the mention rows: a recount reads them
        return fresh

    def _uncount(self, replaced: list[tuple[str]], counts: NameChanges) -> None:
        """Take the replaced articles' stored mentions off the entity counts and spellings."""
        if not replaced:
            return
        named: dict[str, list[tuple[object, ...]]] = {}
        for row in self.conn.execute(
                f"SELECT {MENTION_COLUMNS} FROM mentions WHERE article_id = ANY(?)",
                ([id_ for (id_,) in replaced],)):
            named.setdefault(row[0], []).append(tuple(row))
        for rows in named.values():  # an article at a time: its names are counted once
            counts.add_mentions(rows, -1)

    def _index_articles(self, articles: list[tuple[Article, Prepared]]) -> None:
        mentions: list[tuple[object, ...]] = []
        quotes: list[tuple[object, ...]] = []
        for article, item in articles:
            mentions += item.mentions
            quotes += [(article.id, position, speaker_key, canonical_key, item.when, data,
                        tsvector_terms(terms))
                       for position, speaker_key, canonical_key, data, terms in item.quotes]
        self.conn.executemany(INSERT_MENTION, mentions)
        self.conn.executemany(
            "INSERT INTO quotes (article_id, position, speaker_key, canonical_key, sort_time,"
            " data, terms) VALUES (?,?,?,?,?,?,CAST(? AS tsvector))", quotes)

    def _key_begins(self, prefix: str) -> tuple[str, tuple[object, ...]]:
        # A range would follow the database's collation, which may ignore spaces; LIKE does not.
        return "canonical_key LIKE ? ESCAPE '!'", (like_text(prefix) + "%",)

    def _quote_match(self, parsed: ParsedQuery, any_words: bool = False
                     ) -> tuple[str, str, object]:
        return "", "q.terms @@ CAST(? AS tsquery)", tsquery_literal(parsed, any_words)

    def _quote_rank(self, match: object) -> tuple[str, tuple[object, ...]]:
        return "ts_rank(q.terms, CAST(? AS tsquery)) DESC, q.id", (match,)

    # --- reading -----------------------------------------------------------------------------
    def size_bytes(self) -> int:
        """Disk used by the archive's tables and indexes (the ones in its search path)."""
        row = self.conn.execute(
            "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            " WHERE c.relkind = 'r' AND c.relnamespace = current_schema()::regnamespace").fetchone()
        return int(row[0])

    def _fetched_at_rows(self, chunk: list[str]) -> list[tuple[str, str | None, str | None]]:
        # Only fetched_at is read out of the JSON, by the server.
        rows: list[tuple[str, str | None, str | None]] = self.conn.execute(
            "SELECT id, published_at, CAST(data AS json) ->> 'fetched_at' FROM articles"
            " WHERE id = ANY(?)", (chunk,)).fetchall()
        return rows

    # --- stories -----------------------------------------------------------------------------
    def put_stories(self, stories: Iterable[Story]) -> None:
        with self.conn.raw.transaction():
            for story in stories:
                self.conn.execute("DELETE FROM story_members WHERE story_id = ?", (story.id,))
                if not story.article_ids:  # merged into another story: nothing left of it
                    self.conn.execute("DELETE FROM stories WHERE id = ?", (story.id,))
                    continue
                self.conn.execute(
                    "INSERT INTO stories (id, first_published, data) VALUES (?,?,?)"
                    " ON CONFLICT (id) DO UPDATE SET first_published = EXCLUDED.first_published,"
                    " data = EXCLUDED.data",
                    (story.id, sort_key(story.first_published) if story.first_published else None,
                     story_to_json(story)))
                self.conn.executemany(
                    "INSERT INTO story_members (article_id, story_id) VALUES (?,?)"
                    " ON CONFLICT (article_id) DO UPDATE SET story_id = EXCLUDED.story_id",
                    [(article_id, story.id) for article_id in dict.fromkeys(story.article_ids)])

    def delete_stories(self) -> None:
        with self.conn.raw.transaction():
            self.conn.execute("DELETE FROM story_members")
            self.conn.execute("DELETE FROM stories")

    def close(self) -> None:
        self.conn.raw.close()


def _article_or_error(record: Record) -> tuple[Article | None, str | None]:
    article = record.article if record.error is None else None
    return article, record.error or (None if article else "no article: nothing extracted")


def _article_row(article: Article, item: Prepared, now: str) -> tuple[object, ...]:
    return (article.id, article.content_hash, article.url, article.host,
            article.published_at.isoformat() if article.published_at else None,
            item.when, article.title, article.language, item.data,
            tsvector_terms(item.title_terms), tsvector_terms(item.body_terms), now)


def _page_row(record: Record, now: str) -> tuple[object, ...]:
    page = record.page
    article, error = _article_or_error(record)
    content, compression = pack_content(page.content)
    return (page.content_hash, page.origin, page.url, page.content_type.value, page.encoding,
            content, compression, article.id if article else None, error,
            failure_reason(error) if error else None, now)
