"""entity_spellings (store/entity_spellings.py) holds what grouping the mentions by spelling
gives (mentions, first and last seen) through ingests, re-ingests that take off a name's
earliest or latest mention, repeats in a batch, concurrent writers and the upgrade of an
archive made before the table; and an entity's summary read from it is the one the GROUP BY
over its mentions gave."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from conftest import run_at_once
from migration_support import open_before
from siyaq.arabic.normalize import name_as_shown
from siyaq.model import Article, ContentType, EntitySummary, IngestReport, Mention, Page, Record
from siyaq.store import Store
from siyaq.store.entity_queries import OWNER_MIN_MENTIONS, owner_of_joins, written_variant

Names = list[tuple[str, str]]  # (name, type) of an article's mentions, in text order

TRUMP, DONALD, MESSI, LIONEL = "ترامب", "دونالد ترامب", "ميسي", "ليونيل ميسي"
SYRIA, SYRIA_2, EURO, EURO_BARE = "سوريا", "سورية", "اليورو", "يورو"
CANONICAL = {SYRIA_2: SYRIA}  # a spelling keyed as another name


def _record(article_id: str, day: int | None, names: Names, version: int = 1,
            joined: dict[str, str] | None = None) -> Record:
    """An article of the names (day: its day of January 2020, None undated); `joined` gives
    a bare name the full name the article joined it to."""
    body = " ".join(name for name, _ in names) or "لا أسماء"
    mentions, start = [], 0
    for name, type_ in names:
        canonical = (joined or {}).get(name) or CANONICAL.get(name, name)
        mentions.append(Mention(name, type_, start, start + len(name), canonical=canonical))
        start += len(name) + 1
    page = Page(f"{article_id} v{version} {body}".encode(), f"{article_id}.txt",
                ContentType.TEXT, url=f"https://x/{article_id}")
    when = None if day is None else datetime(2020, 1, day)
    article = Article(id=article_id, content_hash=page.content_hash, origin=page.origin,
                      url=page.url, title=f"خبر {article_id}", body=[body], published_at=when,
                      mentions=mentions)
    return Record(page, article)


def spellings_as_grouped(store: Any) -> set[tuple[Any, ...]]:
    """What entity_spellings must hold: the mentions grouped by spelling."""
    rows = store.conn.execute(
        "SELECT canonical_key, canonical, text, type, text_key, COUNT(*), MIN(sort_time),"
        " MAX(sort_time) FROM mentions GROUP BY canonical_key, canonical, text, type, text_key")
    return {tuple(row) for row in rows.fetchall()}


def stored_spellings(store: Any) -> set[tuple[Any, ...]]:
    rows = store.conn.execute(
        "SELECT canonical_key, canonical, text, type, text_key, mention_count, first_seen,"
        " last_seen FROM entity_spellings")
    return {tuple(row) for row in rows.fetchall()}


def summary_as_before(store: Any, key: str, type_: str | None, twin: str | None
                      ) -> EntitySummary:
    """EntityQueries._summary as it was before the table: the GROUP BY over the mentions."""
    where = "canonical_key IN (?, ?)" + (" AND type = ?" if type_ else "")
    keys = (key, twin or key)
    params = (*keys, type_) if type_ else keys
    rows = store.conn.execute(
        "SELECT canonical, text, type, COUNT(*), MIN(sort_time), MAX(sort_time) FROM mentions"
        f" WHERE {where} GROUP BY canonical, text, type ORDER BY canonical, text, type",
        params).fetchall()
    (articles,) = store.conn.execute(
        f"SELECT COUNT(DISTINCT article_id) FROM mentions WHERE {where}", params).fetchone()
    names, texts, types = Counter[str](), Counter[str](), Counter[str]()
    for canonical, text, type__, count, _, _ in rows:
        names[canonical] += count
        texts[name_as_shown(written_variant(text, canonical))] += count
        types[type__] += count
    firsts, lasts = [r[4] for r in rows if r[4]], [r[5] for r in rows if r[5]]
    return EntitySummary(
        names.most_common(1)[0][0], types.most_common(1)[0][0],
        [t for t, _ in texts.most_common()], int(articles),
        datetime.fromisoformat(min(firsts)) if firsts else None,
        datetime.fromisoformat(max(lasts)) if lasts else None)


def owner_as_before(store: Any, surname: str) -> str | None:
    """EntityQueries._owner_of's joins counted over the mentions, as before the table."""
    if " " in surname or len(surname) < 3 or not store._mainly_a_person(surname):
        return None
    rows = store.conn.execute(
        "SELECT canonical_key, COUNT(*) FROM mentions WHERE text_key = ? AND type = 'PERS'"
        " AND canonical_key <> ? GROUP BY canonical_key", (surname, surname)).fetchall()
    return owner_of_joins(rows, surname)


def _put(store: Store, *records: Record) -> None:
    store.put_records(list(records), IngestReport())


def _assert_kept(store: Any) -> None:
    """The table holds the mentions grouped, and every record's summary (a key gathered with
    its twin or bare surname) and bare-surname check are as the mentions gave them."""
    assert stored_spellings(store) == spellings_as_grouped(store)
    keys = {str(k) for (k,) in store.conn.execute("SELECT DISTINCT canonical_key FROM mentions")}
    for key in keys:
        main, other = store._gathered(key)
        for type_ in (None, "PERS", "LOC", "MISC"):
            if store.conn.execute("SELECT 1 FROM mentions WHERE canonical_key IN (?, ?)"
                                  + (" AND type = ?" if type_ else ""),
                                  (main, other or main, *([type_] if type_ else []))).fetchone():
                assert store._summary(main, type_, other) == summary_as_before(
                    store, main, type_, other), (main, other, type_)
        assert store._owner_of(key) == owner_as_before(store, key)


def test_the_earliest_and_latest_mentions_taken_off(new_archive: Callable[[], Store]) -> None:
    store: Any = new_archive()
    _put(store, _record("a", 1, [(SYRIA, "LOC")]), _record("b", 5, [(SYRIA, "LOC"), (SYRIA, "LOC")]),
         _record("c", 9, [(SYRIA, "LOC"), (SYRIA_2, "LOC")]), _record("u", None, [(SYRIA, "LOC")]))
    assert (SYRIA, SYRIA, SYRIA, "LOC", SYRIA, 5, "2020-01-01T00:00:00",
            "2020-01-09T00:00:00") in stored_spellings(store)
    _put(store, _record("a", 1, [(EURO, "MISC")], version=2))  # the earliest: a recount
    _assert_kept(store)
    _put(store, _record("c", 9, [(SYRIA_2, "LOC")], version=2))  # the latest
    _assert_kept(store)
    summary = store.entity(SYRIA)
    assert (summary.first_seen, summary.last_seen) == (datetime(2020, 1, 5), datetime(2020, 1, 9))
    _put(store, _record("b", 5, [(SYRIA, "LOC")], version=2))  # one of two at the same time
    _assert_kept(store)
    _put(store, _record("b", 5, [], version=3), _record("u", None, [], version=2))
    _assert_kept(store)  # the spelling سوريا is gone; سورية (article c) stays
    assert [row[2] for row in stored_spellings(store) if row[0] == SYRIA] == [SYRIA_2]


def test_a_mention_taken_off_between_the_ends(new_archive: Callable[[], Store]) -> None:
    store: Any = new_archive()
    _put(store, *[_record(f"a{day}", day, [(EURO, "MISC")]) for day in (1, 4, 7)])
    _put(store, _record("a4", 4, [(EURO_BARE, "MISC")], version=2),
         _record("a9", None, [(EURO, "MISC"), (TRUMP, "PERS")]))
    _assert_kept(store)
    _put(store, _record("a9", None, [(EURO, "MISC")], version=2))  # undated, and its only one
    _assert_kept(store)
    assert TRUMP not in {row[0] for row in stored_spellings(store)}
    _put(store, _record("a4", 3, [(EURO, "MISC")], version=3),  # moved, between the ends
         _record("a1", 2, [(EURO, "MISC")], version=2))  # moved later: first seen with it
    _assert_kept(store)


# Each step is a batch of (article id, day, names); an id seen before is a re-ingest.
HISTORY: list[list[tuple[str, int | None, Names]]] = [
    [("a1", 3, [(TRUMP, "PERS"), (SYRIA, "LOC")]), ("a2", 4, [(SYRIA_2, "LOC"), (TRUMP, "PERS")]),
     ("a3", None, [(EURO, "MISC"), (SYRIA, "LOC")]), ("a4", 6, [(EURO_BARE, "MISC")]),
     ("a6", 7, [(EURO, "MISC"), (EURO_BARE, "MISC"), (EURO_BARE, "LOC")])],  # both twins
    # a2 twice in a batch, the first version's names added and taken off in it
    [("a2", 2, [(SYRIA, "LOC"), (DONALD, "PERS")]), ("a5", 8, [(SYRIA, "LOC")]),
     ("a2", 4, [(SYRIA_2, "LOC")]), ("a1", 9, [(TRUMP, "PERS"), (SYRIA, "LOC")])],
    # a stored article twice in a batch; an undated article dated
    [("a1", 1, [(SYRIA, "LOC")]), ("a1", 10, [(EURO, "MISC")]), ("a3", 5, [(EURO, "MISC")])],
]


@pytest.mark.parametrize("steps", [1, 2, 3], ids=["ingested", "batch-repeats", "stored-repeats"])
def test_kept_through_history(new_archive: Callable[[], Store], steps: int) -> None:
    store = new_archive()
    for batch in HISTORY[:steps]:
        _put(store, *[_record(id_, day, names, version=n)
                      for n, (id_, day, names) in enumerate(batch)])
    _assert_kept(store)


def test_a_bare_surname_gathered_as_before(new_archive: Callable[[], Store]) -> None:
    """`ميسي` joined to `ليونيل ميسي` in articles naming both, alone in others: _owner_of
    reads the joins off the spellings; the record gathers both keys."""
    store: Any = new_archive()
    full = [(LIONEL, "PERS"), (MESSI, "PERS")]
    _put(store, *[_record(f"j{n}", 1 + n % 20, full, joined={MESSI: LIONEL})
                  for n in range(OWNER_MIN_MENTIONS)],
         _record("alone", 25, [(MESSI, "PERS")]), _record("trump", 26, [(TRUMP, "PERS")]),
         _record("both", 27, [(LIONEL, "PERS"), (MESSI, "PERS")]))  # the bare one not joined
    assert store._owner_of(MESSI) == LIONEL
    _assert_kept(store)
    record = store.entity(MESSI)
    assert (record.name, record.article_count, record.last_seen) == (
        LIONEL, OWNER_MIN_MENTIONS + 2, datetime(2020, 1, 27))
    _put(store, _record("j0", 1, full, version=2))  # the joins fall below the floor
    assert store._owner_of(MESSI) is None
    _assert_kept(store)


def test_migration_fills_spellings_from_mentions(new_archive: Callable[[], Store]) -> None:
    store = new_archive()
    for batch in HISTORY:
        _put(store, *[_record(id_, day, names) for id_, day, names in batch])
    before = {type_: store.entities(type=type_) for type_ in (None, "PERS", "LOC", "MISC")}
    upgraded = open_before(store, "entity_spellings")
    try:
        assert stored_spellings(upgraded) == spellings_as_grouped(upgraded) != set()
        assert {type_: upgraded.entities(type=type_) for type_ in before} == before
        _assert_kept(upgraded)
    finally:
        upgraded.close()


def test_concurrent_writers_keep_spellings_exact(new_pg: Callable[[], Any]) -> None:
    """Two processes writing the same spellings at once, re-ingesting a shared article whose
    times are the spellings' first and last."""
    from siyaq.store.postgres import PostgresStore

    first = new_pg()
    second = PostgresStore(first.dsn)
    names: Names = [(SYRIA, "LOC"), (TRUMP, "PERS"), (SYRIA_2, "LOC"), (EURO, "MISC")]

    def write(store: Any, prefix: str, order: int) -> None:
        for batch in range(4):
            shared_day = 1 if (batch + order) % 2 else 28
            store.put_records(
                [_record(f"{prefix}{batch}-{i}", 2 + i + batch, names[::order][i % 4:])
                 for i in range(8)]
                + [_record("shared", shared_day, names[batch:], version=batch + 2 * (order > 0))],
                IngestReport())

    run_at_once(lambda: write(first, "a", 1), lambda: write(second, "b", -1))
    second.close()
    assert first.article_count() == 65
    assert stored_spellings(first) == spellings_as_grouped(first)
