"""Each name's spellings (how many mentions, first and last seen), kept in the table
entity_spellings as mentions are written, so that an entity's summary reads its few rows
instead of grouping all its mentions (0.25-0.34 CPU-s for ANT's untyped and PERS listings
from the covering index mentions_summary, growing with the top names' mentions; 0.04 s from
this table).

A row per (canonical_key, canonical, text, type, text_key): text_key is a function of text,
but an archive analysed by an older siyaq may hold two keys of one text until it is analysed
again, and the bare-surname check (EntityQueries._owner_of) reads mentions by text_key.

Counts add and subtract; a first or last seen cannot be decremented. When the mentions taken
off a row include its earliest or latest time, the row is counted again from the mentions
(3-6 ms for the commonest spellings of ANT, found by mentions_summary's first four columns, or
by mentions_text without it); otherwise it is updated in place. Mentions are written and
deleted in the same places as entity_counts' (store/entity_counts.py), through NameChanges.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from siyaq.store.entity_counts import CountChanges, Writer

# (canonical_key, canonical, text, type, text_key): the table's key
Spelling = tuple[str, str, str, str, str]

_KEY = "canonical_key, canonical, text, type, text_key"
_KEY_IS = ("canonical_key = ? AND canonical = ? AND text = ? AND type = ?"
           " AND text_key = ?")

# The migration that creates the table (a migration once released must not change).
# {rowid}: SQLite's "WITHOUT ROWID" (the key is the row), nothing on PostgreSQL.
CREATE_TABLE = (
    "CREATE TABLE entity_spellings ("
    " canonical_key TEXT NOT NULL, canonical TEXT NOT NULL, text TEXT NOT NULL,"
    " type TEXT NOT NULL, text_key TEXT NOT NULL, mention_count INTEGER NOT NULL,"
    f" first_seen TEXT, last_seen TEXT, PRIMARY KEY ({_KEY})){{rowid}}")
TEXT_INDEX = "CREATE INDEX entity_spellings_text ON entity_spellings(text_key, type)"
FILL_FROM_MENTIONS = (
    f"INSERT INTO entity_spellings ({_KEY}, mention_count, first_seen, last_seen)"
    f" SELECT {_KEY}, COUNT(*), MIN(sort_time), MAX(sort_time) FROM mentions"
    f" GROUP BY {_KEY}")

# An entity's spellings, types and first and last mention (EntityQueries._summary); `where`
# picks its keys and type. In the order the GROUP BY over the mentions gave them, which
# breaks ties between spellings mentioned as often.
SUMMARY_ROWS = ("SELECT canonical, text, type, mention_count, first_seen, last_seen"
                " FROM entity_spellings WHERE {where} ORDER BY canonical, text, type")
# A key's spellings, commonest first (EntityQueries._shown).
SPELLINGS_OF = ("SELECT text, SUM(mention_count) FROM entity_spellings WHERE canonical_key = ?"
                " GROUP BY text ORDER BY SUM(mention_count) DESC, text")
# The full names a bare one-word name was joined to as a person, with how often
# (EntityQueries._owner_of).
JOINED_AS_PERSON = (
    "SELECT canonical_key, SUM(mention_count) FROM entity_spellings"
    " WHERE text_key = ? AND type = 'PERS' AND canonical_key <> ? GROUP BY canonical_key")

# A NULL time (an undated article) is no earlier or later than any: MIN and MAX skip it.
_ADD = (
    f"INSERT INTO entity_spellings ({_KEY}, mention_count, first_seen, last_seen)"
    f" VALUES (?,?,?,?,?,?,?,?) ON CONFLICT ({_KEY}) DO UPDATE SET"
    " mention_count = entity_spellings.mention_count + excluded.mention_count,"
    " first_seen = CASE WHEN excluded.first_seen IS NULL"
    " OR entity_spellings.first_seen <= excluded.first_seen"
    " THEN entity_spellings.first_seen ELSE excluded.first_seen END,"
    " last_seen = CASE WHEN excluded.last_seen IS NULL"
    " OR entity_spellings.last_seen >= excluded.last_seen"
    " THEN entity_spellings.last_seen ELSE excluded.last_seen END")
# Counted again from the mentions when some taken off were at or beyond an end of the row as
# updated (its earliest and latest of the mentions kept and added): strictly between, every
# one of them, and the ends are still some mention's times.
_RECOUNT = (
    "UPDATE entity_spellings SET (mention_count, first_seen, last_seen) ="
    f" (SELECT COUNT(*), MIN(sort_time), MAX(sort_time) FROM mentions WHERE {_KEY_IS})"
    f" WHERE {_KEY_IS} AND (first_seen IS NULL OR last_seen IS NULL"
    " OR first_seen >= ? OR last_seen <= ?)")
# A spelling no article has any more leaves the summaries, as it left the mentions.
_DROP_EMPTY = f"DELETE FROM entity_spellings WHERE {_KEY_IS} AND mention_count <= 0"


class SpellingChanges:
    """The changes of a batch's articles to entity_spellings, written once at its end."""

    def __init__(self) -> None:
        # (canonical_key, canonical, text, type, text_key, time) -> mentions added (+) less
        # those taken off (-); the time "" when undated. Flat: a Counter per spelling cost
        # three times as much a mention row (3.8 against 1.2 us).
        self.changes: dict[tuple[Any, ...], int] = {}

    def add_mentions(self, rows: Iterable[tuple[object, ...]], sign: int) -> None:
        """INSERT_MENTION rows (article_id, text, text_key, canonical, canonical_key, type,
        sort_time): +1 each when they are written (sign 1), -1 when deleted (sign -1)."""
        changes = self.changes
        for row in rows:
            key = (row[4], row[3], row[1], row[5], row[2], row[6] or "")
            changes[key] = changes.get(key, 0) + sign

    def write(self, conn: Writer) -> None:
        """Apply the changes and forget them. In key order, so that concurrent PostgreSQL
        writers lock the rows they share in one order; a recount, after the batch's mention
        rows are written, reads them, and the row is already locked by this writer."""
        net: dict[Spelling, list[tuple[str, int]]] = {}
        for key, n in self.changes.items():
            if n:
                net.setdefault(key[:5], []).append((key[5], n))
        self.changes.clear()
        rows = [(spelling, _Change(sorted(net[spelling]))) for spelling in sorted(net)]
        conn.executemany(_ADD, [(*spelling, change.count, change.first, change.last)
                                for spelling, change in rows])
        conn.executemany(_RECOUNT, [(*spelling, *spelling, *change.removed)
                                    for spelling, change in rows if change.removed])
        conn.executemany(_DROP_EMPTY, [spelling for spelling, change in rows if change.fewer])


class _Change:
    """One spelling's net change: (time or "", mentions added less taken off), in time order,
    none of them 0."""

    def __init__(self, net: list[tuple[str, int]]) -> None:
        self.count = sum(n for _, n in net)
        self.fewer = any(n < 0 for _, n in net)
        added = [when for when, n in net if n > 0 and when]
        taken = [when for when, n in net if n < 0 and when]
        self.first: str | None = added[0] if added else None
        self.last: str | None = added[-1] if added else None
        # The earliest and latest time taken off (None: only undated mentions, or none).
        self.removed: tuple[str, str] | None = (taken[0], taken[-1]) if taken else None


class NameChanges:
    """What a batch's mention writes and deletes change in the tables kept from the mentions:
    entity_counts (the ranking) and entity_spellings (the summaries)."""

    def __init__(self) -> None:
        self.counts = CountChanges()
        self.spellings = SpellingChanges()

    def add_mentions(self, rows: Sequence[tuple[object, ...]], sign: int) -> None:
        """One article's INSERT_MENTION rows, written (sign 1) or deleted (sign -1)."""
        self.counts.add_mentions(rows, sign)
        self.spellings.add_mentions(rows, sign)

    def write(self, conn: Writer) -> None:
        """Both tables' changes, in this order on every writer (PostgreSQL's row locks)."""
        self.counts.write(conn)
        self.spellings.write(conn)
