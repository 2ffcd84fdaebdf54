"""The home page's "newest first" list, found through time windows, must equal a full scan."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.store import open_store
from siyaq.store.base import Store
from siyaq.web.latest import latest_articles, newest_time, sort_key
from test_web_support import article

BASE = datetime(2024, 3, 1, 8, 0)


def dense() -> list[Article]:
    return [article(f"d{i}", f"خبر {i}", BASE + timedelta(minutes=37 * i), ["نص."])
            for i in range(200)]


def sparse() -> list[Article]:
    return [article(f"s{i}", f"خبر {i}", datetime(2000 + 3 * i, 5, 1, 12), ["نص."])
            for i in range(8)]


def mixed_zones() -> list[Article]:
    items = dense()[:30]
    for i, item in enumerate(items[::2]):
        assert item.published_at is not None
        item.published_at = item.published_at.replace(tzinfo=timezone(timedelta(hours=i % 4)))
    return items


def few_dated() -> list[Article]:
    undated = [article(f"u{i}", f"بلا تاريخ {i}", BASE, ["نص."]) for i in range(6)]
    for item in undated:
        item.published_at = None
    return dense()[:3] + undated


def fetched_only() -> list[Article]:
    items = dense()[:25]
    for item in items:
        item.fetched_at, item.published_at = item.published_at, None
    return items


SHAPES: dict[str, Callable[[], list[Article]]] = {
    "dense": dense, "sparse-years": sparse, "mixed-zones": mixed_zones,
    "few-dated": few_dated, "fetched-only": fetched_only, "empty": list,
}


@pytest.fixture(params=list(SHAPES), ids=list(SHAPES))
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    store = open_store(tmp_path / "latest.db")
    items: list[Article] = SHAPES[request.param]()
    store.put_records([Record(Page(a.id.encode() * 2, a.origin, ContentType.TEXT), a) for a in items],
                      IngestReport())
    yield store
    store.close()


@pytest.mark.parametrize("count", [1, 5, 20, 500], ids=["1", "5", "20", "all"])
def test_latest_equals_a_full_scan(archive: Store, count: int) -> None:
    expected = heapq.nlargest(count, archive.iter_articles(), key=sort_key)
    assert [a.id for a in latest_articles(archive, count)] == [a.id for a in expected]


def test_newest_time_is_the_latest_stamp_to_the_second(archive: Store) -> None:
    stamps = [sort_key(a) for a in archive.iter_articles() if sort_key(a)]
    found = newest_time(archive)
    if not stamps:
        assert found is None
        return
    assert found is not None
    assert found.isoformat(timespec="seconds") == max(stamps)[:19]
