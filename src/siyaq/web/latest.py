"""The newest articles without reading the whole archive.

The Store protocol has no "newest first" query, only `articles_published_between` (oldest
first, on an index). Reading every article to keep the newest 20 costs about 1 s per 10k
articles; instead we find the newest publication time by bisection (each probe reads one row)
and then read a window back from it, doubling the window until it holds enough articles.
A store may offer `latest_articles(count)` itself; then that is used.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from datetime import datetime, timedelta

from siyaq.model import Article
from siyaq.store.base import Store

EARLIEST = datetime(1800, 1, 1)
LATEST = datetime(2200, 1, 1)
FIRST_WINDOW = timedelta(hours=6)
RESOLUTION = timedelta(seconds=1)  # the store's time keys have seconds precision


def sort_key(article: Article) -> str:
    """Wall-clock order, as the store's own date filters use: aware and naive stamps compare."""
    moment = article.published_at or article.fetched_at
    return moment.replace(tzinfo=None).isoformat() if moment else ""


def _any_after(store: Store, start: datetime) -> bool:
    return next(iter(store.articles_published_between(start, LATEST)), None) is not None


def newest_time(store: Store) -> datetime | None:
    """The latest publication (else fetch) time in the archive, to the second; None if none."""
    if not _any_after(store, EARLIEST):
        return None
    low, high = EARLIEST, LATEST  # an article at or after `low`; none after `high`
    while high - low > RESOLUTION:
        middle = low + (high - low) / 2
        if _any_after(store, middle):
            low = middle
        else:
            high = middle
    return low


def _window_back(store: Store, newest: datetime, count: int) -> list[Article] | None:
    """At least `count` dated articles ending at the newest, or None when the archive holds
    fewer dated articles than that (undated ones can only be found by a full scan)."""
    window = FIRST_WINDOW
    while True:
        start = max(newest - window, EARLIEST)
        found = list(store.articles_published_between(start, LATEST))
        if len(found) >= count:
            return found
        if start == EARLIEST:
            return None
        window *= 2


def latest_articles(store: Store, count: int) -> list[Article]:
    """The `count` newest articles, newest first."""
    method: Callable[[int], list[Article]] | None = getattr(store, "latest_articles", None)
    if method is not None:
        return method(count)
    newest = newest_time(store)
    found = _window_back(store, newest, count) if newest is not None else None
    if found is None:  # few dated articles: read everything, undated ones last
        return heapq.nlargest(count, store.iter_articles(), key=sort_key)
    return sorted(found, key=sort_key, reverse=True)[:count]
