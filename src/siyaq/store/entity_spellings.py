"""Each name's spellings (how many mentions, first and last seen), kept in the table
entity_spellings as mentions are written, so that an entity's summary reads its few rows
instead of grouping all its mentions (0.25-0.34 CPU-s for ANT's untyped and PERS listings
from the covering index mentions_summary; growing with the top names' mentions).

A row per (canonical_key, canonical, text, type, text_key): text_key is a function of text,
but an archive analysed by an older siyaq may hold two keys of one text until it is analysed
again, and the bare-surname check (EntityQueries._owner_of) reads mentions by text_key.

Counts add and subtract; a first or last seen cannot be decremented. When the mentions taken
off a row include its earliest or latest time, the row is counted again from the mentions
(which the covering index mentions_summary serves from its first four columns); otherwise it
is updated in place. Mentions are written and deleted in the same places as entity_counts'
(store/entity_counts.py), through NameChanges.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from siyaq.store.entity_counts import CountChanges

# (canonical_key, canonical, text, type, text_key): the table's key
Spelling = tuple[str, str, str, str, str]
# Runs an SQL statement once per row and gives each run's first returned row.
Returning = Callable[[str, Sequence[tuple[object, ...]]], list[Any]]

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
_ADD_RETURNING = _ADD + " RETURNING first_seen, last_seen"
_RECOUNT = (
    "UPDATE entity_spellings SET (mention_count, first_seen, last_seen) ="
    f" (SELECT COUNT(*), MIN(sort_time), MAX(sort_time) FROM mentions WHERE {_KEY_IS})"
    f" WHERE {_KEY_IS}")
# A spelling no article has any more leaves the summaries, as it left the mentions.
_DROP_EMPTY = f"DELETE FROM entity_spellings WHERE {_KEY_IS} AND mention_count <= 0"


class Writer(Protocol):
    """What writing the table needs of a connection: sqlite3's, or the PostgreSQL adapter."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, rows: Sequence[tuple[object, ...]], /) -> Any: ...


class SpellingChanges:
    """The changes of a batch's articles to entity_spellings, written once at its end."""

    def __init__(self) -> None:
        # Per spelling, the mentions added (+) and taken off (-) at each time (None: undated).
        self.changes: defaultdict[Spelling, Counter[str | None]] = defaultdict(Counter)

    def add_mentions(self, rows: Iterable[tuple[object, ...]], sign: int) -> None:
        """INSERT_MENTION rows (article_id, text, text_key, canonical, canonical_key, type,
        sort_time): +1 each when they are written (sign 1), -1 when deleted (sign -1)."""
        for _, text, text_key, canonical, key, type_, when in rows:
            spelling = (str(key), str(canonical), str(text), str(type_), str(text_key))
            self.changes[spelling][None if when is None else str(when)] += sign

    def write(self, conn: Writer, returning: Returning | None = None) -> None:
        """Apply the changes and forget them. With `returning` (PostgreSQL: concurrent
        writers), every row through it in key order, so that writers lock the rows they share
        in one order; without (SQLite: one writer at a time), the rows nothing was taken off
        in one executemany."""
        rows = [(spelling, _Change(times)) for spelling, times in sorted(self.changes.items())]
        rows = [(spelling, change) for spelling, change in rows if change.any]
        self.changes.clear()
        fewer = [spelling for spelling, change in rows if change.fewer]
        if returning is None:
            conn.executemany(_ADD, [change.row(s) for s, change in rows if not change.removed])
            rows = [(s, change) for s, change in rows if change.removed]
            returning = _one_by_one(conn)
        answers = returning(_ADD_RETURNING, [change.row(s) for s, change in rows])
        stale = [(*s, *s) for (s, change), answer in zip(rows, answers, strict=True)
                 if change.takes_off_end(answer)]
        conn.executemany(_RECOUNT, stale)
        conn.executemany(_DROP_EMPTY, fewer)


class _Change:
    """One spelling's net change: mentions added and taken off, by time."""

    def __init__(self, times: Counter[str | None]) -> None:
        net = {when: n for when, n in times.items() if n}
        self.any = bool(net)
        self.count = sum(net.values())
        self.fewer = any(n < 0 for n in net.values())
        added = [when for when, n in net.items() if n > 0 and when is not None]
        taken = [when for when, n in net.items() if n < 0 and when is not None]
        self.first: str | None = min(added) if added else None
        self.last: str | None = max(added) if added else None
        # The earliest and latest time taken off (None: only undated mentions, or none).
        self.removed: tuple[str, str] | None = (min(taken), max(taken)) if taken else None

    def row(self, spelling: Spelling) -> tuple[object, ...]:
        return (*spelling, self.count, self.first, self.last)

    def takes_off_end(self, stored: tuple[Any, ...] | None) -> bool:
        """Whether the mentions taken off may have held the row's first or last time (the
        row as updated: the earliest and latest of those kept and added). If every one lies
        strictly between, those times are still some mention's, and the row stands."""
        if self.removed is None:
            return False
        if stored is None or stored[0] is None or stored[1] is None:
            return True
        return not str(stored[0]) < self.removed[0] <= self.removed[1] < str(stored[1])


def _one_by_one(conn: Writer) -> Returning:
    def run(sql: str, rows: Sequence[tuple[object, ...]]) -> list[Any]:
        # Each cursor read to its end: a statement left in progress would block the COMMIT.
        return [next(iter(conn.execute(sql, row).fetchall()), None) for row in rows]
    return run


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

    def write(self, conn: Writer, returning: Returning | None = None) -> None:
        """Both tables' changes; `returning` as SpellingChanges.write takes it."""
        self.counts.write(conn)
        self.spellings.write(conn, returning)
