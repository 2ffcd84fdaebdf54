"""The entity listing answered from entity_counts is the listing the GROUP BY over every mention
gave, through re-ingests, repeats in a batch, concurrent writers and the upgrade of an archive
made before the table (store/entity_counts.py). The archive has no deletion of articles: a
re-ingest that drops an article's names is what takes names off the counts."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import run_at_once
from migration_support import open_before
from siyaq.arabic.normalize import article_twin
from siyaq.model import Article, ContentType, EntitySummary, IngestReport, Mention, Page, Record
from siyaq.store import Store
from siyaq.store.entity_queries import like_text

Names = list[tuple[str, str]]  # (name, type) of an article's mentions, in text order

SYRIA, DAMASCUS, AMMAN, UN = "سوريا", "دمشق", "عمان", "الأمم المتحدة"
JEFFREY, HAMA = "جيمس جيفري", "حماة"
EURO, EURO_BARE = "اليورو", "يورو"  # twins: one record in the listing
RIYADH, RIYADH_MAN = "الرياض", "رياض"  # the city and a man: two records

# Each step is a batch of (article id, version, names); an id seen before is a re-ingest.
HISTORY: list[list[tuple[str, int, Names]]] = [
    [
        ("a1", 1, [(SYRIA, "LOC"), (JEFFREY, "PERS"), ("جيفري", "PERS"), (SYRIA, "LOC")]),
        ("a2", 1, [(SYRIA, "LOC"), (DAMASCUS, "LOC"), (UN, "ORG"), (EURO, "MISC")]),
        ("a3", 1, [(HAMA, "PERS"), (HAMA, "LOC"), (UN, "ORG")]),  # one key, two types
        ("a4", 1, [(HAMA, "LOC"), (EURO_BARE, "MISC"), (JEFFREY, "PERS")]),
        ("a5", 1, [(SYRIA, "LOC"), (UN, "ORG"), (EURO, "MISC")]),
    ],
    # a2 again with other names: دمشق is then in no article at all
    [("a2", 2, [(AMMAN, "LOC"), (HAMA, "PERS"), (UN, "ORG")])],
    # a6 twice in one batch (its last version counts), a3 re-ingested without names
    [
        ("a6", 1, [(DAMASCUS, "LOC"), (JEFFREY, "PERS")]),
        ("a3", 2, []),
        ("a6", 2, [(AMMAN, "LOC"), (HAMA, "LOC"), (EURO_BARE, "MISC")]),
        ("a7", 1, [(RIYADH_MAN, "PERS"), (RIYADH, "LOC")]),  # twins, but one is a person
    ],
    # a stored article twice in one batch: its old names off once, its last version's on
    [("a1", 2, [(UN, "ORG"), (JEFFREY, "PERS")]), ("a1", 3, [(SYRIA, "LOC"), (AMMAN, "LOC")])],
]
TYPES = [None, "PERS", "LOC", "ORG", "MISC", ""]


def _record(article_id: str, version: int, names: Names) -> Record:
    body = " ".join(name for name, _ in names) or "لا أسماء"
    mentions, start = [], 0
    for name, type_ in names:
        canonical = JEFFREY if name == "جيفري" else name
        mentions.append(Mention(name, type_, start, start + len(name), canonical=canonical))
        start += len(name) + 1
    page = Page(f"{article_id} v{version} {body}".encode(), f"{article_id}.txt",
                ContentType.TEXT, url=f"https://x/{article_id}")
    article = Article(id=article_id, content_hash=page.content_hash, origin=page.origin,
                      url=page.url, title=f"خبر {article_id}", body=[body],
                      published_at=datetime(2020, 1, version + len(article_id)),
                      mentions=mentions)
    return Record(page, article)


def _archive(make: Callable[[], Store], steps: int) -> Any:
    store = make()
    for batch in HISTORY[:steps]:
        store.put_records([_record(*item) for item in batch], IngestReport())
    return store


def listing_as_before(store: Any, type_: str | None, top: int) -> list[EntitySummary]:
    """Store.entities as it was before entity_counts: the keys, twins and article counts by
    queries over the mentions (the rest of a summary is as it was)."""
    sql = ("SELECT canonical_key FROM mentions" + (" WHERE type = ?" if type_ else "")
           + " GROUP BY canonical_key ORDER BY COUNT(DISTINCT article_id) DESC,"
           " canonical_key LIMIT ?")
    keys = [key for (key,) in store.conn.execute(sql, (type_, top) if type_ else (top,))]
    found: list[EntitySummary] = []
    gathered: set[str] = set()
    for key in keys:
        if key not in gathered:
            twin = _twin_as_before(store, key)
            gathered.add(twin or key)
            found.append(replace(store._summary(key, type_, twin),
                                 article_count=_articles_as_before(store, key, twin, type_)))
    return sorted(found, key=lambda e: -e.article_count)


def _twin_as_before(store: Any, key: str) -> str | None:
    def not_a_person(key: str) -> bool:
        row = store.conn.execute(
            "SELECT COUNT(*), SUM(CASE WHEN type = 'PERS' THEN 1 ELSE 0 END) FROM mentions"
            " WHERE canonical_key = ?", (key,)).fetchone()
        return bool(row and row[0] and not row[1])

    twin = article_twin(key)
    return None if twin == key or not (not_a_person(key) and not_a_person(twin)) else twin


def _articles_as_before(store: Any, key: str, twin: str | None, type_: str | None) -> int:
    where = "canonical_key IN (?, ?)" + (" AND type = ?" if type_ else "")
    keys = (key, twin or key)
    row = store.conn.execute(f"SELECT COUNT(DISTINCT article_id) FROM mentions WHERE {where}",
                             (*keys, type_) if type_ else keys).fetchone()
    return int(row[0])


def counts_as_grouped(store: Any) -> set[tuple[str, str, int]]:
    """What entity_counts must hold: distinct articles per key and type, and per key ('')."""
    typed = store.conn.execute(
        "SELECT canonical_key, type, COUNT(DISTINCT article_id) FROM mentions"
        " GROUP BY canonical_key, type").fetchall()
    untyped = store.conn.execute(
        "SELECT canonical_key, '', COUNT(DISTINCT article_id) FROM mentions"
        " GROUP BY canonical_key").fetchall()
    return {(str(k), str(t), int(n)) for k, t, n in [*typed, *untyped]}


def stored_counts(store: Any) -> set[tuple[str, str, int]]:
    rows = store.conn.execute("SELECT canonical_key, type, article_count FROM entity_counts")
    return {(str(k), str(t), int(n)) for k, t, n in rows.fetchall()}


@pytest.mark.parametrize("steps", [1, 2, 3, 4],
                         ids=["ingested", "re-ingested", "batch-repeats", "stored-repeats"])
@pytest.mark.parametrize("type_", TYPES, ids=lambda t: "any" if t is None else t or "empty")
def test_listing_as_before(new_archive: Callable[[], Store], steps: int,
                           type_: str | None) -> None:
    store = _archive(new_archive, steps)
    for top in (1, 2, 50):
        assert store.entities(type=type_, top=top) == listing_as_before(store, type_, top)
    assert stored_counts(store) == counts_as_grouped(store)


@pytest.mark.parametrize(
    ("steps", "type_", "expected"),
    [
        pytest.param(1, None, [(UN, 3), (SYRIA, 3), (EURO, 3), (JEFFREY, 2), (HAMA, 2),
                               (DAMASCUS, 1)], id="ingested"),
        pytest.param(1, "LOC", [(SYRIA, 3), (HAMA, 2), (DAMASCUS, 1)], id="ingested-places"),
        pytest.param(2, None, [(UN, 3), (HAMA, 3), (JEFFREY, 2), (SYRIA, 2), (EURO, 2),
                               (AMMAN, 1)], id="re-ingested"),
        pytest.param(3, "PERS", [(JEFFREY, 2), (HAMA, 1), (RIYADH_MAN, 1)],
                     id="batch-repeats-people"),
        pytest.param(3, "LOC", [(HAMA, 2), (SYRIA, 2), (AMMAN, 2), (RIYADH, 1)],
                     id="batch-repeats-places"),
        pytest.param(4, "LOC", [(AMMAN, 3), (HAMA, 2), (SYRIA, 2), (RIYADH, 1)],
                     id="stored-repeats-places"),
        pytest.param(4, "PERS", [(JEFFREY, 1), (HAMA, 1), (RIYADH_MAN, 1)],
                     id="stored-repeats-people"),
    ],
)
def test_listing_counts(new_archive: Callable[[], Store], steps: int, type_: str | None,
                        expected: list[tuple[str, int]]) -> None:
    """The counts themselves, worked out by hand from HISTORY (a listing equal to a wrong
    reference would pass the test above)."""
    listed = _archive(new_archive, steps).entities(type=type_)
    assert [(e.name, e.article_count) for e in listed] == expected


def test_migration_fills_counts_from_mentions(new_archive: Callable[[], Store]) -> None:
    store = _archive(new_archive, len(HISTORY))
    before = {type_: store.entities(type=type_) for type_ in TYPES}
    upgraded = open_before(store, "entity_counts", "entity_spellings")
    try:
        assert stored_counts(upgraded) == counts_as_grouped(upgraded) != set()
        assert {type_: upgraded.entities(type=type_) for type_ in TYPES} == before
    finally:
        upgraded.close()


def test_concurrent_writers_keep_counts_exact(new_pg: Callable[[], Any]) -> None:
    """Two processes writing the same names (and re-ingesting one shared article) at once."""
    from siyaq.store.postgres import PostgresStore

    first = new_pg()
    second = PostgresStore(first.dsn)
    names: Names = [(SYRIA, "LOC"), (UN, "ORG"), (HAMA, "PERS"), (EURO, "MISC")]

    def write(store: Any, prefix: str, order: int) -> None:
        for batch in range(4):
            store.put_records(
                [_record(f"{prefix}{batch}-{i}", 1, names[::order][i % 4:]) for i in range(8)]
                + [_record("shared", batch + 2 * (order > 0), names[batch:])], IngestReport())

    run_at_once(lambda: write(first, "a", 1), lambda: write(second, "b", -1))
    second.close()
    assert first.article_count() == 65
    assert stored_counts(first) == counts_as_grouped(first)


def _like_as_before(store: Any, words: list[str], top: int) -> list[str]:
    holds = " AND ".join("(' ' || canonical_key || ' ') LIKE ? ESCAPE '!'" for _ in words)
    return [key for (key,) in store.conn.execute(
        f"SELECT canonical_key FROM mentions WHERE {holds} GROUP BY canonical_key"
        " ORDER BY COUNT(DISTINCT article_id) DESC, canonical_key LIMIT ?",
        (*[f"% {like_text(word)} %" for word in words], top))]


@pytest.mark.parametrize("steps", [1, 3], ids=["ingested", "batch-repeats"])
@pytest.mark.parametrize("top", [1, 5], ids=["top-1", "top-5"])
def test_names_holding_words_as_before(new_archive: Callable[[], Store], steps: int,
                                       top: int) -> None:
    """entities_like, now over the counts, for every word of every stored key and every
    whole key (the words of الأمم المتحدة together)."""
    store = _archive(new_archive, steps)
    keys = [str(key) for (key,) in store.conn.execute("SELECT DISTINCT canonical_key FROM mentions")]
    asked = [[word] for word in sorted({w for key in keys for w in key.split()})]
    asked += [key.split() for key in keys]
    for words in asked:
        found = [store._summary(key, None) for key in _like_as_before(store, words, top)]
        assert store.entities_like(words, top=top) == found, words


def test_bench_entities_times_every_listing(new_archive: Callable[[], Store]) -> None:
    from click.testing import CliRunner

    from siyaq.cli.main import cli

    store: Any = _archive(new_archive, 1)
    location = str(getattr(store, "dsn", None) or store.path)
    result = CliRunner().invoke(cli, ["bench", "entities", "--db", location, "--rounds", "1",
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    labels = ["untyped", "PERS", "ORG", "LOC", "MISC"]
    unit = "wall" if hasattr(store, "dsn") else "CPU"  # a server's work is not the client's
    assert data["counts"] == {"articles": len(HISTORY[0])}
    assert sorted(data["metrics"]) == sorted(
        [f"/entities view ms ({unit})"] + [f"{label}: {what} ms ({unit})" for label in labels
                                          for what in ("listing", "counts", "GROUP BY")])
    assert all(value >= 0 for value in data["metrics"].values())


def test_bench_entities_needs_an_archive(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from siyaq.cli.main import cli

    result = CliRunner().invoke(cli, ["bench", "entities", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no archive" in result.output
