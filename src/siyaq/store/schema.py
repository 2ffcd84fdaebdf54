"""The SQLite schema as an ordered list of migrations; PRAGMA user_version counts those applied.

Never edit a released migration: append a new one. Each runs in one transaction with the
version bump, so a crash mid-migration leaves the previous version intact.
"""

from __future__ import annotations

import sqlite3

from siyaq.store import entity_spellings as spellings
from siyaq.store.entity_counts import FILL_FROM_MENTIONS, RANK_INDEX, SUMMARY_INDEX

# FTS5 indexes text that siyaq.arabic.analyzer already produced (space-joined terms of letters
# and digits), so its tokenizer must only split on the spaces and fold nothing. FTS5's 'ascii'
# tokenizer does exactly that (every non-ASCII character is a token character) and indexes ~30%
# faster than 'unicode61'; both give the same tokens for analyzer output, so archives created
# with the earlier 'unicode61 remove_diacritics 0' setting stay correct without a migration.
_FTS_TOKENIZE = "ascii"
PAGES_ARTICLE_INDEX = "CREATE INDEX IF NOT EXISTS pages_article ON pages(article_id, id)"

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE pages (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            origin TEXT NOT NULL,
            url TEXT,
            content_type TEXT NOT NULL,
            encoding TEXT,
            content BLOB NOT NULL,
            article_id TEXT,
            error TEXT,
            error_reason TEXT,
            stored_at TEXT NOT NULL
        )""",
        "CREATE INDEX pages_url ON pages(url)",
        "CREATE INDEX pages_failed ON pages(error_reason) WHERE error_reason IS NOT NULL",
        # rowid (implicit) is the FTS rowid; upserts keep it stable.
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            url TEXT,
            host TEXT,
            published_at TEXT,
            sort_time TEXT,
            title TEXT,
            language TEXT,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_url ON articles(url)",
        "CREATE INDEX articles_time ON articles(sort_time)",
        "CREATE INDEX articles_host_time ON articles(host, sort_time)",
        f"""CREATE VIRTUAL TABLE article_fts USING fts5(
            title, body, tokenize = '{_FTS_TOKENIZE}')""",
        # Title matches weigh three times body matches in bm25.
        "INSERT INTO article_fts(article_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)')",
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
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            speaker_key TEXT,
            canonical_key TEXT,
            sort_time TEXT,
            data TEXT NOT NULL
        )""",
        "CREATE INDEX quotes_article ON quotes(article_id)",
        "CREATE INDEX quotes_speaker ON quotes(speaker_key)",
        "CREATE INDEX quotes_canonical ON quotes(canonical_key)",
        "CREATE INDEX quotes_time ON quotes(sort_time)",
        f"CREATE VIRTUAL TABLE quote_fts USING fts5(terms, tokenize = '{_FTS_TOKENIZE}')",
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
    # v2: raw page bytes may be stored zlib-compressed (news text shrinks ~3x); NULL = as is.
    ("ALTER TABLE pages ADD COLUMN compression TEXT",),
    # v3: facts about the archive, e.g. which analyzer made its search terms.
    ("CREATE TABLE archive_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",),
    # v4: in how many articles each name is mentioned, by type and over all types (type ''),
    # kept as mentions are written (store/entity_counts.py) and filled here from the mentions.
    (
        """CREATE TABLE entity_counts (
            canonical_key TEXT NOT NULL,
            type TEXT NOT NULL,
            article_count INTEGER NOT NULL,
            PRIMARY KEY (canonical_key, type)
        ) WITHOUT ROWID""",
        RANK_INDEX,
        *FILL_FROM_MENTIONS,
    ),
    # v5: an entity's summary (spellings, types, first and last mention) read from the index
    # alone: the names listing took 0.95 s on ANT's 618,089 mentions, 0.25-0.34 s with it.
    (SUMMARY_INDEX,),
    # v6: each name's spellings with their mentions and first and last time, kept as mentions
    # are written (store/entity_spellings.py): a summary reads its few rows, not its mentions.
    (spellings.CREATE_TABLE.format(rowid=" WITHOUT ROWID"), spellings.TEXT_INDEX,
     spellings.FILL_FROM_MENTIONS),
    # v7: an article's pages, latest last (its current version: Store.iter_stored_pages).
    (PAGES_ARTICLE_INDEX,),
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration newer than the database; returns the resulting version."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"archive schema version {current} is newer than this siyaq ({SCHEMA_VERSION})"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if schema_version(conn) >= version:  # another process got here first
                conn.execute("COMMIT")
                continue
            for statement in MIGRATIONS[version - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
