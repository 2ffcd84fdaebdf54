"""In how many articles each name is mentioned, kept in the table entity_counts as mentions
are written, so that the entity listing reads its top rows instead of grouping every mention
of the archive (0.24 s, and 1.4 s by type, on the 30,337 articles of ANT; growing with it).

A row per (canonical_key, type), and one per canonical_key with the type ANY_TYPE: the listing
without a type ranks a key by its distinct articles over all its types, which the typed rows
cannot give (one article may name a key as a person and as a place). Both stores create the
table and fill it from the mentions in a migration (schema.py, postgres_schema.py).

Mentions are written and deleted in one place per store (SQLiteStore._put_article,
PostgresStore._put_articles, which ingest and reanalysis share), both through CountChanges
(inside entity_spellings.NameChanges, which keeps each name's spellings beside the counts);
anything that ever deletes articles or rewrites their mentions must go through it too, or the
listing drifts from the mentions (tests/test_store_entity_counts.py compares the two).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

ANY_TYPE = ""  # also what `entities(type="")` has always meant: every type

# In how many articles a key is mentioned, as a type or (ANY_TYPE) as any.
ARTICLE_COUNT = "SELECT article_count FROM entity_counts WHERE canonical_key = ? AND type = ?"
# The articles naming both of two keys, read from the first one's mentions; {type} is ""
# or a condition on the type of both.
_NAMED_BOTH = (
    "SELECT COUNT(DISTINCT a.article_id) FROM mentions a WHERE a.canonical_key = ?{a_type}"
    " AND EXISTS (SELECT 1 FROM mentions b WHERE b.canonical_key = ?"
    " AND b.article_id = a.article_id{b_type})")

# The index and the filling from the mentions, the same in both stores' migration that creates
# the table (a migration once released must not change: a new one goes beside it).
RANK_INDEX = ("CREATE INDEX entity_counts_rank"
              " ON entity_counts(type, article_count DESC, canonical_key)")
FILL_FROM_MENTIONS = (
    "INSERT INTO entity_counts (canonical_key, type, article_count)"
    " SELECT canonical_key, type, COUNT(DISTINCT article_id) FROM mentions"
    " WHERE type <> '' GROUP BY canonical_key, type",
    "INSERT INTO entity_counts (canonical_key, type, article_count)"
    " SELECT canonical_key, '', COUNT(DISTINCT article_id) FROM mentions"
    " GROUP BY canonical_key",
)

# What an entity's summary read (EntityQueries._summary, schema v5 to v6), all in one index;
# since entity_spellings, the planner takes it for a spelling's recount and a key's types,
# and the entity filter's person check reads it alone (1.8x slower without it on ANT:
# benchmarks.md, "mentions_summary, checked again").
SUMMARY_INDEX = ("CREATE INDEX IF NOT EXISTS mentions_summary"
                 " ON mentions(canonical_key, canonical, text, type, sort_time)")

# `entity_counts.article_count`: the row as it stands (an unqualified name would be ambiguous
# with the excluded row in PostgreSQL).
_ADD = ("INSERT INTO entity_counts (canonical_key, type, article_count) VALUES (?,?,?)"
        " ON CONFLICT (canonical_key, type) DO UPDATE"
        " SET article_count = entity_counts.article_count + excluded.article_count")
# A name no article mentions any more leaves the listing, as it left the mentions.
_DROP_EMPTY = ("DELETE FROM entity_counts WHERE canonical_key = ? AND type = ?"
               " AND article_count <= 0")


class Reader(Protocol):
    """What reading the counts needs of a connection: sqlite3's, or the PostgreSQL adapter."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


def articles_naming(conn: Reader, key: str, type_: str | None = None) -> int:
    """In how many articles the key is mentioned (as the type, if one is given)."""
    row = conn.execute(ARTICLE_COUNT, (key, type_ or ANY_TYPE)).fetchone()
    return int(row[0]) if row else 0


def articles_naming_either(conn: Reader, keys: tuple[str, str], type_: str | None) -> int:
    """In how many articles either of two keys is mentioned (as the type, if one is given):
    their kept counts less the articles naming both, which are looked for among the mentions
    of the key named less. A COUNT(DISTINCT) over both keys' mentions read thousands of rows
    for a country and its misspelt twin (`سوريا`, `السوريا`)."""
    (less, n_less), (more, n_more) = sorted(
        ((key, articles_naming(conn, key, type_)) for key in keys), key=lambda kept: kept[1])
    typed = " AND {}.type = ?" if type_ else ""
    both = conn.execute(
        _NAMED_BOTH.format(a_type=typed.format("a"), b_type=typed.format("b")),
        (less, *([type_] if type_ else []), more, *([type_] if type_ else []))).fetchone()
    return n_less + n_more - int(both[0])


class Writer(Protocol):
    """What writing the counts needs of a connection: sqlite3's, or the PostgreSQL adapter."""

    def executemany(self, sql: str, rows: Sequence[tuple[object, ...]], /) -> Any: ...


class CountChanges:
    """The changes of a batch's articles to entity_counts, written once at its end: the
    common names of a batch are then one upsert each, not one an article."""

    def __init__(self) -> None:
        self.changes: Counter[tuple[str, str]] = Counter()

    def add(self, names: Iterable[tuple[str, str]], sign: int) -> None:
        """One article's (canonical_key, type) pairs, repeats allowed: each counted once, +1
        when its mentions are written (sign 1), -1 when they are deleted (sign -1)."""
        pairs = set(names)
        for key, type_ in pairs:
            if type_ != ANY_TYPE:
                self.changes[key, type_] += sign
        for key in {key for key, _ in pairs}:
            self.changes[key, ANY_TYPE] += sign

    def add_mentions(self, rows: Iterable[tuple[object, ...]], sign: int) -> None:
        """add() for one article's INSERT_MENTION rows (canonical_key 5th, type 6th)."""
        self.add(((str(row[4]), str(row[5])) for row in rows), sign)

    def write(self, conn: Writer) -> None:
        """Apply the changes and forget them. Sorted, so that concurrent PostgreSQL writers
        lock the rows they share in one order (never waiting on each other in a cycle)."""
        rows = [(key, type_, change) for (key, type_), change in sorted(self.changes.items())
                if change]
        conn.executemany(_ADD, rows)
        conn.executemany(_DROP_EMPTY, [(key, type_) for key, type_, change in rows if change < 0])
        self.changes.clear()
