"""The stories list answered by the database (`Store.list_stories`, `Store.story_outlets`) on
each backend, against the same filter written out in Python over every story."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from siyaq.model import Article, ContentType, IngestReport, Page, Record, Story
from siyaq.relate.views import stories_view
from siyaq.store.base import Store, StoryQuery

DAY = datetime(2024, 3, 1, 9, 0)
# article id -> (outlet, days after DAY; None: neither published nor fetched time)
ARTICLES = {
    "a1": ("one.example", 0), "a2": ("two.example", 1), "a3": ("one.example", 2),
    "b1": ("two.example", 10), "b2": ("three.example", 12),
    "c1": ("one.example", 20),
    "d1": ("two.example", None), "d2": (None, None),
    "e1": ("three.example", 30), "e2": ("one.example", 31),
}


def _when(days: int | None) -> datetime | None:
    return None if days is None else DAY + timedelta(days=days)


def _stories() -> list[Story]:
    stories = []
    for story_id, members in {"s-a": ["a1", "a2", "a3"], "s-b": ["b1", "b2"], "s-c": ["c1"],
                              "s-d": ["d1", "d2"], "s-e": ["e1", "e2"]}.items():
        times = [t for t in (_when(ARTICLES[m][1]) for m in members) if t is not None]
        stories.append(Story(story_id, members, f"title {story_id}", min(times, default=None),
                             max(times, default=None)))
    # A later story takes e2 from s-e: s-e keeps one report and its stored period is stale.
    stories.append(Story("s-f", ["e2", "b2x"], "title s-f", _when(31), _when(31)))
    return stories


@pytest.fixture
def archive(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    articles = [Article(id=article_id, content_hash=f"h-{article_id}", origin=f"t/{article_id}",
                        title=article_id, body=["نص"], host=host, published_at=_when(days),
                        language="ar")
                for article_id, (host, days) in ARTICLES.items()]
    store.put_records([Record(Page(a.id.encode(), a.origin, ContentType.TEXT), a)
                       for a in articles], IngestReport())
    store.put_stories(_stories())
    return store


def _expected(store: Store, query: StoryQuery) -> tuple[int, list[str]]:
    """The filter over every story, sizes and periods from the current members' times."""
    chosen = []
    for story in store.iter_stories():
        times = sorted(t for t in (_when(ARTICLES[a][1]) for a in story.article_ids if a in
                                   ARTICLES) if t is not None)
        if len(story.article_ids) < query.min_size:
            continue
        if (query.published_from or query.published_to) and not times:
            continue
        if query.published_to and times[0] > query.published_to:
            continue
        if query.published_from and times[-1] < query.published_from:
            continue
        chosen.append((-len(story.article_ids), times[0] if times else datetime.min, story.id))
    chosen.sort()
    return len(chosen), [story_id for _, _, story_id in chosen[:query.limit]]


@pytest.mark.parametrize(
    "query",
    [
        pytest.param(StoryQuery(), id="default"),
        pytest.param(StoryQuery(min_size=1), id="all"),
        pytest.param(StoryQuery(min_size=1, limit=2), id="limit"),
        pytest.param(StoryQuery(published_from=DAY + timedelta(days=11), min_size=1), id="from"),
        pytest.param(StoryQuery(published_to=DAY + timedelta(days=1), min_size=1), id="to"),
        pytest.param(StoryQuery(DAY + timedelta(days=2), DAY + timedelta(days=10), min_size=1),
                     id="overlap-both-ends"),
        pytest.param(StoryQuery(DAY + timedelta(days=40), min_size=1), id="after-everything"),
        pytest.param(StoryQuery(min_size=4), id="too-large"),
    ],
)
def test_list_stories_matches_the_filter_over_every_story(archive: Store,
                                                          query: StoryQuery) -> None:
    total, stories = archive.list_stories(query)
    assert (total, [s.id for s in stories]) == _expected(archive, query)


def test_a_story_that_lost_a_report_is_listed_by_what_it_has_left(archive: Store) -> None:
    _, stories = archive.list_stories(StoryQuery(min_size=1))
    by_id = {story.id: story for story in stories}
    assert by_id["s-e"].article_ids == ["e1"]
    assert by_id["s-f"].article_ids == ["e2", "b2x"]  # b2x is not stored: no time, outlet "?"
    _, late = archive.list_stories(StoryQuery(published_from=DAY + timedelta(days=30, hours=1),
                                              min_size=1))
    assert [s.id for s in late] == ["s-f"]  # s-e's own report is from day 30


def test_story_outlets_count_reports_per_host(archive: Store) -> None:
    outlets = archive.story_outlets(["s-a", "s-d", "s-f", "nope"])
    assert outlets == {"s-a": {"one.example": 2, "two.example": 1},
                       "s-d": {"two.example": 1, "?": 1},
                       "s-f": {"one.example": 1, "?": 1}, "nope": {}}


def test_stories_view_reads_the_list_and_its_outlets(archive: Store) -> None:
    data = stories_view(archive, min_size=2, limit=1)
    assert data["count"] == 4
    assert data["stories"] == [{
        "id": "s-a", "title": "title s-a", "size": 3, "copies": 0,
        "first_published": "2024-03-01T09:00:00", "last_published": "2024-03-03T09:00:00",
        "outlets": {"one.example": 2, "two.example": 1}}]
