"""PostgreSQL stores prepared records (as ingest workers hand them over) exactly as it stores
plain ones, and relate's id and time reads give what decoding the articles gives.

The rows are compared table by table (search terms as tsvector text), and the stories of an
ingest through put_prepared and the cached features against those of the plain path on a store
without the new reads. Skips without a PostgreSQL server (SIYAQ_TEST_POSTGRES).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from siyaq.config import shared_data_dir
from siyaq.ingest import ingest_records, processing_steps
from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.pipeline import batched, run
from siyaq.relate import update_stories
from siyaq.relate.features import article_time
from siyaq.sources import read_paths
from siyaq.store.benchmark import fresh_records, load_pages
from siyaq.store.postgres_text import tsvector_literal
from siyaq.store.records import prepare

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SOURCES = ["samples", "saudinewsnet"]

# Every stored table in a fixed order (serial ids and stamps left out).
DUMPS = {
    "articles": "SELECT id, content_hash, url, host, published_at, sort_time, title, language,"
                " data, terms::text FROM articles ORDER BY id",
    "pages": "SELECT content_hash, origin, url, content_type, encoding, content, compression,"
             " article_id, error, error_reason FROM pages ORDER BY content_hash",
    "mentions": "SELECT article_id, text, text_key, canonical, canonical_key, type, sort_time"
                " FROM mentions ORDER BY article_id, text, type, canonical",
    "quotes": "SELECT article_id, position, speaker_key, canonical_key, sort_time, data,"
              " terms::text FROM quotes ORDER BY article_id, position",
    "stories": "SELECT id, first_published, data FROM stories ORDER BY id",
    "members": "SELECT article_id, story_id FROM story_members ORDER BY article_id",
}


def _dump(store: Any) -> dict[str, list[tuple[object, ...]]]:
    return {name: store.conn.execute(sql).fetchall() for name, sql in DUMPS.items()}


def _pages(source: str) -> list[Page]:
    if source == "samples":
        return [record.page for record in read_paths([str(SAMPLES)])]
    data = shared_data_dir()
    if data is None:
        pytest.skip("../shared/data is not present")
    return load_pages(data / "saudinewsnet" / "dataset", 40)


@pytest.fixture(scope="module", params=SOURCES, ids=SOURCES)
def analysed(request: pytest.FixtureRequest) -> list[Record]:
    return list(run(fresh_records(_pages(request.param)), *processing_steps()))


def _as_from_a_worker(records: list[Record], store: Any) -> list[Any]:
    """Prepared records after the trip from an ingest worker process (pickled both ways)."""
    return [pickle.loads(pickle.dumps(prepare(record, store.analyzer))) for record in records]


def test_prepared_records_store_the_same_rows(analysed: list[Record],
                                              new_pg: Callable[[], Any]) -> None:
    plain, prepared = new_pg(), new_pg()
    reports = IngestReport(), IngestReport()
    for batch in batched(analysed, 7):  # several batches, as ingest writes them
        plain.put_records(list(batch), reports[0])
        prepared.put_prepared(_as_from_a_worker(list(batch), prepared), reports[1])
    first, second = _dump(plain), _dump(prepared)
    assert first["articles"] and first["mentions"] and first["pages"]
    assert all(row[-1] for row in first["articles"])  # every article has search terms
    assert first == second
    assert reports[0] == reports[1] and reports[0].stored
    assert _terms(prepared) == _terms_as_put_records_made_them(prepared, analysed)


def _terms(store: Any) -> dict[str, list[str]]:
    rows = store.conn.execute("SELECT id, terms::text FROM articles").fetchall()
    quotes = store.conn.execute(
        "SELECT article_id, terms::text FROM quotes ORDER BY article_id, position").fetchall()
    found = {article_id: [terms] for article_id, terms in rows}
    for article_id, terms in quotes:
        found[article_id].append(terms)
    return found


def _terms_as_put_records_made_them(store: Any, records: list[Record]) -> dict[str, list[str]]:
    """The search terms by the formula put_records used before prepared records: each text
    analyzed in the storing process, title at weight A before the body."""
    analyze = store.analyzer.index_text
    found: dict[str, list[str]] = {}
    for record in records:
        article = record.article
        if article is None or record.error is not None:
            continue
        found[article.id] = [str(store.conn.execute(
            "SELECT (setweight(CAST(? AS tsvector), 'A') || CAST(? AS tsvector))::text",
            (tsvector_literal(analyze(article.title or "").split()),
             tsvector_literal(analyze(article.text).split()))).fetchone()[0])]
        found[article.id] += [str(store.conn.execute(
            "SELECT CAST(? AS tsvector)::text", (tsvector_literal(analyze(quote.text).split()),)
        ).fetchone()[0]) for quote in article.quotes]
    return found


def _version(key: str, body: str, published: datetime | None = None,
             fetched: datetime | None = None) -> Record:
    page = Page(f"{key}:{body}".encode(), f"{key}.txt", ContentType.TEXT, url=f"https://x/{key}")
    return Record(page, Article(id=key, content_hash=page.content_hash, origin=page.origin,
                                url=page.url, title=f"خبر {key}", body=[body],
                                published_at=published, fetched_at=fetched))


# Batches of (id, body): an article replaced in a later batch, or twice within one batch.
UPDATES = {
    "replaced-later": [[("a", "وصل القطار إلى المحطة"), ("b", "ارتفعت الأسعار")],
                       [("a", "تأخر القطار عن موعده")]],
    "twice-in-a-batch": [[("a", "وصل القطار"), ("a", "تأخر القطار"), ("b", "زيت الزيتون")]],
    "same-page-again": [[("a", "وصل القطار")], [("a", "وصل القطار")]],
}


@pytest.mark.parametrize("batches", UPDATES.values(), ids=UPDATES.keys())
def test_updates_give_the_same_rows(batches: list[list[tuple[str, str]]],
                                    new_pg: Callable[[], Any]) -> None:
    plain, prepared = new_pg(), new_pg()
    reports = IngestReport(), IngestReport()
    for batch in batches:
        plain.put_records([_version(key, body) for key, body in batch], reports[0])
        prepared.put_prepared(_as_from_a_worker(
            [_version(key, body) for key, body in batch], prepared), reports[1])
    assert _dump(plain) == _dump(prepared) and _dump(plain)["articles"]
    assert reports[0] == reports[1]


class _PlainReads:
    """A PostgresStore seen without its id and time reads, as relate saw it before them."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        if name in ("article_times", "article_ids_published_between", "put_prepared"):
            raise AttributeError(name)
        return getattr(self._store, name)


def test_ingest_through_prepared_gives_the_same_stories(analysed: list[Record],
                                                        new_pg: Callable[[], Any]) -> None:
    fast, plain = new_pg(), new_pg()
    pages = [record.page for record in analysed]
    ingest_records(fresh_records(pages), fast, relate=True)  # put_prepared, cached features
    ids: list[str] = []
    ingest_records(fresh_records(pages), _PlainReads(plain), relate=False,  # type: ignore[arg-type]
                   on_stored=ids.extend)
    update_stories(_PlainReads(plain), ids)  # type: ignore[arg-type]
    first, second = _dump(fast), _dump(plain)
    assert first["members"] and first == second


def test_article_times_match_the_decoded_articles(analysed: list[Record],
                                                  new_pg: Callable[[], Any]) -> None:
    store = new_pg()
    store.put_records(analysed, IngestReport())
    ids = [article.id for article in store.iter_articles()]
    expected = {article.id: article_time(article) for article in store.iter_articles()}
    assert ids and store.article_times([*ids, "not-stored"]) == expected


AWARE = datetime.fromisoformat("2024-03-06T09:30:00+03:00")
STAMPS = {  # (published_at, fetched_at): which one relate's time comes from
    "published-aware": (AWARE, datetime(2024, 3, 7)),
    "fetched-only": (None, datetime(2024, 3, 7, 8, 15)),
    "fetched-aware": (None, AWARE),
    "neither": (None, None),
}


@pytest.mark.parametrize("stamps", STAMPS.values(), ids=STAMPS.keys())
def test_article_times_take_published_else_fetched(
        stamps: tuple[datetime | None, datetime | None], new_pg: Callable[[], Any]) -> None:
    store = new_pg()
    store.put_records([_version("a", "وصل القطار", *stamps)], IngestReport())
    article = store.get_article("a")
    moment = stamps[0] or stamps[1]
    assert article is not None and article_time(article) == (
        moment.replace(tzinfo=None) if moment else None)
    assert store.article_times(["a"]) == {"a": article_time(article)}


WINDOWS = {
    "everything": (datetime.min, datetime.max),
    "nothing": (datetime(1900, 1, 1), datetime(1900, 1, 2)),
    # part of each source: the samples span March 2024, saudinewsnet's pages three minutes
    "part-of-samples": (datetime(2024, 3, 10), datetime(2024, 3, 20, 23, 59)),
    "part-of-saudinewsnet": (datetime(2015, 7, 21, 2, 52), datetime(2015, 7, 21, 2, 52, 59)),
}


@pytest.mark.parametrize("window", WINDOWS.values(), ids=WINDOWS.keys())
def test_ids_published_between_match_the_articles(
        analysed: list[Record], new_pg: Callable[[], Any], window: tuple[datetime, datetime]
) -> None:
    store = new_pg()
    store.put_records(analysed, IngestReport())
    expected = [article.id for article in store.articles_published_between(*window)]
    assert store.article_ids_published_between(*window) == expected
