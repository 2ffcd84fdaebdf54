"""The PostgreSQL schema as ordered migrations; the table schema_version counts those applied.

Same tables and keys as the SQLite archive (store/schema.py), so the shared row helpers and
entity queries work on both. Full-text search uses tsvector columns filled with siyaq's own
analyzer terms (positions and weights built in Python, see postgres_text.py): PostgreSQL's
text search configurations never see raw Arabic, so both stores find exactly the same words.
"""

from __future__ import annotations

from typing import Any

from siyaq.store import entity_spellings as spellings
from siyaq.store.entity_counts import FILL_FROM_MENTIONS, RANK_INDEX, SUMMARY_INDEX
from siyaq.store.schema import PAGES_ARTICLE_INDEX

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE pages (
            id BIGSERIAL PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            url TEXT,
            content_type TEXT NOT NULL,
            encoding TEXT,
            content BYTEA NOT NULL,
            compression TEXT,
            article_id TEXT,
            error TEXT,
            error_reason TEXT,
            stored_at TEXT NOT NULL
        )""",
        "CREATE INDEX pages_url ON pages(url)",
        "CREATE INDEX pages_failed ON pages(error_reason) WHERE error_reason IS NOT NULL",
        """CREATE TABLE articles (
            rowid BIGSERIAL UNIQUE,
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            url TEXT,
            host TEXT,
            published_at TEXT,
            sort_time TEXT,
            title TEXT,
            language TEXT,
            data TEXT NOT NULL,
            terms TSVECTOR NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_url ON articles(url)",
        "CREATE INDEX articles_time ON articles(sort_time, rowid)",
        "CREATE INDEX articles_host_time ON articles(host, sort_time)",
        "CREATE INDEX articles_terms ON articles USING GIN (terms)",
        """CREATE TABLE mentions (
            article_id TEXT NOT NULL,
            text TEXT NOT NULL,
            text_key TEXT NOT NULL,
            canonical TEXT NOT NULL,
            canonical_key TEXT NOT NULL,
            type TEXT NOT NULL,
            sort_time TEXT
        )""",
        "CREATE INDEX mentions_article ON mentions(article_id)",
        "CREATE INDEX mentions_canonical ON mentions(canonical_key, article_id)",
        "CREATE INDEX mentions_text ON mentions(text_key)",
        """CREATE TABLE quotes (
            id BIGSERIAL PRIMARY KEY,
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            speaker_key TEXT,
            canonical_key TEXT,
            sort_time TEXT,
            data TEXT NOT NULL,
            terms TSVECTOR NOT NULL
        )""",
        "CREATE INDEX quotes_article ON quotes(article_id)",
        "CREATE INDEX quotes_speaker ON quotes(speaker_key)",
        "CREATE INDEX quotes_canonical ON quotes(canonical_key)",
        "CREATE INDEX quotes_time ON quotes(sort_time)",
        "CREATE INDEX quotes_terms ON quotes USING GIN (terms)",
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            first_published TEXT,
            data TEXT NOT NULL
        )""",
        """CREATE TABLE story_members (
            article_id TEXT PRIMARY KEY,
            story_id TEXT NOT NULL
        )""",
        "CREATE INDEX story_members_story ON story_members(story_id)",
    ),
    # v2: facts about the archive, e.g. which analyzer made its search terms.
    ("CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",),
    # v3: in how many articles each name is mentioned, by type and over all types (type ''),
    # kept as mentions are written (store/entity_counts.py) and filled here from the mentions.
    (
        """CREATE TABLE entity_counts (
            canonical_key TEXT NOT NULL,
            type TEXT NOT NULL,
            article_count INTEGER NOT NULL,
            PRIMARY KEY (canonical_key, type)
        )""",
        RANK_INDEX,
        *FILL_FROM_MENTIONS,
    ),
    # v4: an entity's summary read from the index alone (schema.py, v5).
    (SUMMARY_INDEX,),
    # v5: each name's spellings, kept as mentions are written (schema.py, v6).
    (spellings.CREATE_TABLE.format(rowid=""), spellings.TEXT_INDEX,
     spellings.FILL_FROM_MENTIONS),
    # v6: the canonical names of a written form read from the index alone: the entity filter
    # of a search asks them twice a search (postgres_search.entity_articles_sql), and on
    # text_key alone each of the form's mentions was read from the table (`دونالد ترامب` on
    # ANT: 3,937 rows, about 29 ms). The new index serves every text_key lookup the old one did.
    # IF [NOT] EXISTS: an archive rolled back to an older version applies it again (as v4 does).
    (
        "CREATE INDEX IF NOT EXISTS mentions_text_canonical ON mentions(text_key, canonical_key)",
        "DROP INDEX IF EXISTS mentions_text",
    ),
    # v7: an article's pages, latest last (schema.py, v7).
    (PAGES_ARTICLE_INDEX,),
)

SCHEMA_VERSION = len(MIGRATIONS)
# Concurrent first opens (several ingest workers) must not both create the tables.
_LOCK_KEY = 0x51A7A9


def migrate(conn: Any) -> int:
    """Apply every migration newer than the database, each in one transaction with its version
    row; returns the resulting version. ``conn`` is a psycopg connection in autocommit mode."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        current = int(row[0] or 0)
        if current > SCHEMA_VERSION:
            raise RuntimeError(
                f"archive schema version {current} is newer than this siyaq ({SCHEMA_VERSION})")
        for version in range(current + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
    return SCHEMA_VERSION
