"""Copies, stories and related stories: what links one article to the rest of the archive.

- ``update_stories`` places newly stored articles (ingest calls it after every run);
- ``recluster`` rebuilds every story from the store and says how many articles moved;
- ``related`` ranks other stories in the same context, with the reasons.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from siyaq.model import Article, Related, Story
from siyaq.relate.cluster import Engine, Item
from siyaq.relate.features import Features, article_time, featurize
from siyaq.relate.similarity import Weights
from siyaq.relate.text import Terms
from siyaq.store.base import Store

__all__ = ["FeatureCache", "ReclusterReport", "Weights", "recluster", "related",
           "update_stories"]


@dataclass(slots=True)
class ReclusterReport:
    articles: int = 0
    stories: int = 0
    multi_article_stories: int = 0
    changed: int = 0  # articles whose set of fellow reports is not what it was before
    seconds: float = 0.0


# Features kept from an ingest run for the relate after it (~10 KB each): beyond this many,
# relate featurizes the rest itself, so memory stays bounded on a big ingest.
FEATURE_CACHE_LIMIT = 20_000


class FeatureCache:
    """Features of articles as they are stored, for update_stories after the ingest run.

    ingest_records fills it after each committed batch, while the workers analyse the next
    ones (the storing process waits for them anyway); relate then reads the articles back but
    no longer featurizes them. featurize is pure in the article, so the stories are the same."""

    __slots__ = ("features", "limit", "terms")

    def __init__(self, limit: int = FEATURE_CACHE_LIMIT) -> None:
        self.terms = Terms()
        self.features: dict[str, Features] = {}
        self.limit = limit

    def add(self, articles: Iterable[Article]) -> None:
        for article in articles:
            if len(self.features) >= self.limit and article.id not in self.features:
                return
            self.features[article.id] = featurize(article, self.terms)

    def take(self) -> dict[str, Features]:
        """The features gathered so far; the cache is empty afterwards."""
        taken, self.features = self.features, {}
        return taken


def update_stories(
    store: Store, article_ids: list[str], weights: Weights | None = None,
    known: dict[str, Features] | None = None,
) -> None:
    """Place newly stored articles: each joins its copies' story, the best story in its time
    window, or opens a new one. Cost depends on the window, not on the archive size.
    ``known``: features built as the articles were stored (FeatureCache.take())."""
    Engine(store, weights, known=known).run(_items(store, list(dict.fromkeys(article_ids))))


def _items(store: Store, article_ids: list[str]) -> list[Item]:
    """(id, time) of the stored ones among the articles; a store that can read the times alone
    (SQLite: no article JSON decoded) is asked for them in one pass."""
    times = getattr(store, "article_times", None)
    if times is not None:
        known: dict[str, datetime | None] = times(article_ids)
        return [(article_id, known[article_id]) for article_id in article_ids
                if article_id in known]
    items: list[Item] = []
    for article_id in article_ids:
        article = store.get_article(article_id)
        if article is not None:
            items.append((article.id, article_time(article)))
    return items


def recluster(store: Store, weights: Weights | None = None) -> ReclusterReport:
    """Throw every story away and place all articles again, oldest first."""
    started = time.perf_counter()
    before = _fellows(store.iter_stories())
    items = [(a.id, article_time(a)) for a in store.iter_articles()]
    store.delete_stories()
    Engine(store, weights).run(items)
    stories = list(store.iter_stories())
    after = _fellows(stories)
    changed = sum(
        before.get(aid, frozenset((aid,))) != after.get(aid, frozenset((aid,)))
        for aid, _ in items
    )
    return ReclusterReport(
        articles=len(items), stories=len(stories),
        multi_article_stories=sum(len(s.article_ids) > 1 for s in stories),
        changed=changed, seconds=time.perf_counter() - started,
    )


def _fellows(stories: Iterable[Story]) -> dict[str, frozenset[str]]:
    fellows: dict[str, frozenset[str]] = {}
    for story in stories:
        members = frozenset(story.article_ids)
        for article_id in members:
            fellows[article_id] = members
    return fellows


def related(store: Store, article_id: str, limit: int = 10) -> list[Related]:
    """Other stories in the same context, best first, with shared names and terms.
    (A server keeps a siyaq.relate.context.RelatedFinder instead: same result, warm caches.)"""
    from siyaq.relate.context import related_stories

    return related_stories(store, article_id, limit)
