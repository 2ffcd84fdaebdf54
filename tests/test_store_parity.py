"""The same pipeline gives the same archive on SQLite and on PostgreSQL.

Ingests the repository's sample pages into both backends and compares what a reader gets:
articles, failures, search matches, entities, quotes, stories. Ranking scores differ (FTS5
bm25 against ts_rank), so search is compared as sets of matches, and top hits for a title
query. Skips without a PostgreSQL server (SIYAQ_TEST_POSTGRES).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from siyaq.ingest import ingest_paths
from siyaq.store import SearchQuery, Store

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
QUERIES = ["القطار", "زيت الزيتون", '"وزير النقل"', "لبنان -هزة", "الأسعار", "سوريا"]


@pytest.fixture(scope="module")
def archives(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Store]]:
    if not os.environ.get("SIYAQ_TEST_POSTGRES"):
        pytest.skip("no PostgreSQL server (SIYAQ_TEST_POSTGRES is not set)")
    from conftest import _drop_schemas, _postgres_archive
    from siyaq.store import open_store

    schemas: list[str] = []
    stores = {"sqlite": open_store(tmp_path_factory.mktemp("parity") / "a.db"),
              "postgres": _postgres_archive(os.environ["SIYAQ_TEST_POSTGRES"], schemas)}
    reports = {name: ingest_paths([str(SAMPLES)], store) for name, store in stores.items()}
    assert reports["sqlite"] == reports["postgres"]
    yield stores
    for store in stores.values():
        store.close()
    _drop_schemas(os.environ["SIYAQ_TEST_POSTGRES"], schemas)


def both(archives: dict[str, Store], read: Callable[[Store], object]) -> tuple[object, object]:
    return read(archives["sqlite"]), read(archives["postgres"])


def test_same_articles(archives: dict[str, Store]) -> None:
    sqlite, postgres = both(archives, lambda s: sorted(s.iter_articles(), key=lambda a: a.id))
    assert sqlite == postgres and len(sqlite) == 40  # type: ignore[arg-type]


@pytest.mark.parametrize("query", QUERIES, ids=QUERIES)
def test_same_search_matches(archives: dict[str, Store], query: str) -> None:
    def matches(store: Store) -> set[str]:
        return {hit.article_id for hit in store.search(SearchQuery(query, limit=100))}

    sqlite, postgres = both(archives, matches)
    assert sqlite == postgres and sqlite


def test_same_entity_filters_and_summaries(archives: dict[str, Store]) -> None:
    sqlite, postgres = both(archives, lambda s: s.entities(top=20))
    assert sqlite == postgres
    name = archives["sqlite"].entities(type="PERS", top=1)[0].name
    filtered = both(archives, lambda s: {h.article_id for h in s.search(
        SearchQuery("", entity=name, limit=100))})
    assert filtered[0] == filtered[1] and filtered[0]


def test_same_quotes(archives: dict[str, Store]) -> None:
    sqlite, postgres = both(archives, lambda s: s.quotes(limit=500))
    assert sqlite == postgres and sqlite


def test_same_stories(archives: dict[str, Store]) -> None:
    sqlite, postgres = both(archives, lambda s: list(s.iter_stories()))
    assert sqlite == postgres and sqlite


def test_rerun_is_a_no_op_on_both(archives: dict[str, Store]) -> None:
    for store in archives.values():
        report = ingest_paths([str(SAMPLES)], store, relate=False)
        assert (report.unchanged, report.stored, report.updated) == (40, 0, 0), report


def test_reader_serves_the_postgres_archive(archives: dict[str, Store]) -> None:
    from siyaq.web.app import create_app
    from test_web_support import Client

    client = Client(create_app(store=archives["postgres"]))
    found = client.get("/api/search?q=القطار").json()["hits"]
    assert found
    page = client.get(f"/article/{found[0]['id']}")
    assert page.status_code == 200 and found[0]["title"] in page.text
