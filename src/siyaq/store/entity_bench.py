"""`siyaq bench entities`: the time of the entity listing on an existing archive.

Beside each listing, its ranking alone two ways: the top rows of entity_counts, which the
listing reads, and the GROUP BY over every mention that it ran before the table (kept here
only to measure what the table saves; it grows with the archive).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from functools import partial

from siyaq.store.base import Store
from siyaq.store.entity_queries import Connection
from siyaq.views_archive import entities_view

LISTED_TYPES = (None, "PERS", "ORG", "LOC", "MISC")
TOP = 50

_KEPT = ("SELECT canonical_key FROM entity_counts WHERE type = ?"
         " ORDER BY article_count DESC, canonical_key LIMIT ?")
_GROUPED = ("SELECT canonical_key FROM mentions{where} GROUP BY canonical_key"
            " ORDER BY COUNT(DISTINCT article_id) DESC, canonical_key LIMIT ?")


def median_ms(call: Callable[[], object], rounds: int,
              clock: Callable[[], float] = time.process_time) -> float:
    """Median milliseconds by the clock over the rounds, after one warm-up call (the
    archive's pages then in the cache, as on a serving process)."""
    call()
    spent = []
    for _ in range(rounds):
        start = clock()
        call()
        spent.append(clock() - start)
    return 1000 * statistics.median(spent)


def time_entity_listing(store: Store, rounds: int = 5, *, wall: bool = False
                        ) -> dict[str, float]:
    """Metric name -> median ms: each listing (top 50), the reader's /entities view, and each
    listing's ranking query both ways (SQL stores only). This process's CPU time, or with
    wall the wall clock: a server's work is not in its client's CPU time."""
    unit = "wall" if wall else "CPU"
    calls: dict[str, Callable[[], object]] = {
        f"{_label(type_)}: listing": partial(store.entities, type=type_, top=TOP)
        for type_ in LISTED_TYPES}
    calls["/entities view"] = partial(entities_view, store)
    conn: Connection | None = getattr(store, "conn", None)
    if conn is not None:
        calls.update(_ranking_calls(conn))
    clock = time.perf_counter if wall else time.process_time
    return {f"{name} ms ({unit})": median_ms(call, rounds, clock) for name, call in calls.items()}


def _ranking_calls(conn: Connection) -> dict[str, Callable[[], object]]:
    calls: dict[str, Callable[[], object]] = {}
    for type_ in LISTED_TYPES:
        where, params = (" WHERE type = ?", (type_, TOP)) if type_ else ("", (TOP,))
        calls[f"{_label(type_)}: counts"] = partial(
            _fetch, conn, _KEPT, (type_ or "", TOP))
        calls[f"{_label(type_)}: GROUP BY"] = partial(
            _fetch, conn, _GROUPED.format(where=where), params)
    return calls


def _label(type_: str | None) -> str:
    return type_ or "untyped"


def _fetch(conn: Connection, sql: str, params: tuple[object, ...]) -> object:
    return conn.execute(sql, params).fetchall()
