"""The faster ingest paths store and relate exactly what the plain ones do: records prepared
for storing (as ingest workers do) and relate features built while storing (FeatureCache)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.config import shared_data_dir
from siyaq.ingest import _Worker, ingest_records, processing_steps
from siyaq.model import IngestReport, Page, Record
from siyaq.pipeline import run
from siyaq.relate import FeatureCache, update_stories
from siyaq.relate.features import featurize
from siyaq.relate.text import Terms
from siyaq.store.benchmark import fresh_records, load_pages
from siyaq.store.records import prepare
from siyaq.store.sqlite import SQLiteStore

ARTICLES = 40

# Every stored table in a fixed order (rowids and stamps left out).
DUMPS = {
    "articles": "SELECT id, content_hash, url, host, published_at, sort_time, title, language,"
                " data FROM articles ORDER BY id",
    "pages": "SELECT content_hash, origin, url, content_type, content, compression, article_id,"
             " error, error_reason FROM pages ORDER BY content_hash",
    "mentions": "SELECT * FROM mentions ORDER BY article_id, rowid",
    "quotes": "SELECT q.article_id, q.position, q.speaker_key, q.canonical_key, q.sort_time,"
              " q.data, f.terms FROM quotes q JOIN quote_fts f ON f.rowid = q.id"
              " ORDER BY q.article_id, q.position",
    "fts": "SELECT a.id, f.title, f.body FROM article_fts f JOIN articles a ON a.rowid = f.rowid"
           " ORDER BY a.id",
    "stories": "SELECT id, first_published, data FROM stories ORDER BY id",
    "members": "SELECT article_id, story_id FROM story_members ORDER BY article_id",
}


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in DUMPS.items()}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def pages() -> list[Page]:
    data = shared_data_dir()
    if data is None:
        pytest.skip("../shared/data is not present")
    return load_pages(data / "saudinewsnet" / "dataset", ARTICLES)


@pytest.fixture(scope="module")
def analysed(pages: list[Page]) -> list[Record]:
    return list(run(fresh_records(pages), *processing_steps()))


def test_prepared_records_store_the_same_rows(analysed: list[Record], tmp_path: Path) -> None:
    plain, prepared = SQLiteStore(tmp_path / "plain.db"), SQLiteStore(tmp_path / "prepared.db")
    plain.put_records(analysed, IngestReport())
    prepared.put_prepared([prepare(r, prepared.analyzer) for r in analysed], IngestReport())
    plain.close()
    prepared.close()
    first, second = _dump(tmp_path / "plain.db"), _dump(tmp_path / "prepared.db")
    assert first["articles"] and first["mentions"] and first["fts"]
    assert first == second


def test_worker_prepares_for_the_store_analyzer(analysed: list[Record]) -> None:
    analyzer = Analyzer()
    records = [Record(r.page, r.article, r.error) for r in analysed[:3]]
    _Worker.steps = []  # the chain is tested elsewhere; here only what the worker adds
    _Worker.analyzer = analyzer
    try:
        done = _Worker.process(records)
    finally:
        _Worker.analyzer = None
    assert done == [prepare(r, analyzer) for r in records]


def test_cached_features_equal_features_read_back(analysed: list[Record], tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "a.db")
    store.put_records(analysed, IngestReport())
    cache = FeatureCache()
    cache.add(r.article for r in analysed if r.article is not None and r.error is None)
    terms = Terms()
    for article_id, features in cache.take().items():
        article = store.get_article(article_id)
        assert article is not None
        assert featurize(article, terms) == features, article_id
    assert cache.take() == {}


@pytest.mark.parametrize("limit", [0, 10, 1000], ids=["no-cache", "partial-cache", "full-cache"])
def test_relate_with_cached_features_gives_the_same_stories(
    analysed: list[Record], tmp_path: Path, limit: int
) -> None:
    def stories(name: str, cache: FeatureCache | None) -> dict[str, list[tuple[object, ...]]]:
        store = SQLiteStore(tmp_path / name)
        store.put_records(analysed, IngestReport())
        articles = [r.article for r in analysed if r.article is not None and r.error is None]
        if cache is not None:
            cache.add(articles)
        update_stories(store, [a.id for a in articles], known=cache.take() if cache else None)
        store.close()
        return _dump(tmp_path / name)

    after = stories("after.db", None)
    cached = stories("cached.db", FeatureCache(limit=limit))
    assert after["members"] and after == cached


def test_ingest_with_relate_matches_relate_after(pages: list[Page], tmp_path: Path) -> None:
    together = SQLiteStore(tmp_path / "together.db")
    ingest_records(fresh_records(pages), together, relate=True)
    apart = SQLiteStore(tmp_path / "apart.db")
    ids: list[str] = []
    ingest_records(fresh_records(pages), apart, relate=False, on_stored=ids.extend)
    update_stories(apart, ids)
    together.close()
    apart.close()
    first, second = _dump(tmp_path / "together.db"), _dump(tmp_path / "apart.db")
    assert first.pop("pages") and second.pop("pages")  # equal but for the stored_at stamps
    assert first == second
