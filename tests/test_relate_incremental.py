"""Stories built day by day, as a daily ingest builds them, against one run over the same days
(what `siyaq recluster` does): on real news they must be the same stories, on either store."""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby, islice
from pathlib import Path

from siyaq.relate import update_stories
from siyaq.relate.bench import load, saudinewsnet
from siyaq.store.base import Store

# Every second article of SaudiNewsNet's first 6,340 (its first three crawl days, 21-23 July 2015)
FIRST, STEP = 6340, 2


def _partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(story.article_ids) for story in store.iter_stories() if story.article_ids}


def test_day_by_day_runs_give_the_stories_of_one_run(
    shared_data: Path, new_archive: Callable[[], Store]
) -> None:
    store = new_archive()
    load(store, islice(saudinewsnet(shared_data), 0, FIRST, STEP))
    times = store.article_times([article.id for article in store.iter_articles()])
    dated = sorted((moment, article_id) for article_id, moment in times.items() if moment)
    days = [[article_id for _, article_id in group]
            for _, group in groupby(dated, key=lambda item: item[0].date())]
    assert len(days) == 3

    update_stories(store, [article_id for _, article_id in dated])
    one_run = _partition(store)
    store.delete_stories()
    for day in days:
        update_stories(store, day)

    assert _partition(store) == one_run
    assert sum(len(story) > 1 for story in one_run) > 100  # real stories, not all singletons
