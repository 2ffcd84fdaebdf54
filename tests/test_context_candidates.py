"""Related stories' candidates: the index queries of siyaq.relate.context, over a real
archive on each backend (the snippet-free `search_ids`, and the queries for the article's
people)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
from siyaq.relate import context
from siyaq.relate.context import RelatedFinder
from siyaq.store.base import SearchQuery, Store
from siyaq.store.postgres import PostgresStore
from siyaq.store.sqlite import SQLiteStore

MINISTER = "سليم الراشد"
DAY = datetime(2024, 5, 6, 10, 0)


def _article(article_id: str, title: str, body: str, days: int, people: list[str]) -> Article:
    text = f"{body}"
    mentions = [Mention(name, "PERS", text.index(name), text.index(name) + len(name))
                for name in people]
    return Article(id=article_id, content_hash=f"h-{article_id}", origin=f"t/{article_id}",
                   title=title, published_at=DAY + timedelta(days=days), body=[body],
                   language="ar", host=f"{article_id}.example", mentions=mentions)


ARTICLES = [
    _article("train", "افتتاح خط القطار بين الميناء والعاصمة",
             f"افتتح وزير النقل {MINISTER} صباح اليوم خط القطار الجديد بين الميناء والعاصمة، "
             "بعد أعمال استمرت ثلاث سنوات، وقال إن القطار سينقل الركاب والبضائع يوميا "
             "وإن الرحلة تستغرق ساعتين فقط بين المدينتين.", 0, [MINISTER]),
    _article("airport", "مطار الجنوب يستقبل أولى رحلاته الدولية",
             f"أعلن وزير النقل {MINISTER} أن مطار الجنوب استقبل أولى رحلاته الدولية مساء "
             "الأحد، وأن شركات طيران أجنبية طلبت تسيير رحلات منتظمة لنقل الركاب إليه اعتبارا "
             "من الشهر المقبل مع توسعة صالات المسافرين.", 5, [MINISTER]),
    _article("football", "الفريق الأول يفوز بالكأس بعد مباراة مثيرة",
             "فاز الفريق الأول بالكأس بعد مباراة مثيرة انتهت بركلات الترجيح أمام جمهور كبير "
             "ملأ الملعب، واحتفل اللاعبون مع المدرب حتى ساعة متأخرة من الليل في وسط المدينة.",
             2, []),
]


@pytest.fixture
def archive(new_archive: Callable[[], Store]) -> Store:
    """The three articles on each store backend (PostgreSQL when CI provides a server)."""
    store = new_archive()
    store.put_records([Record(page=Page(content=a.id.encode(), origin=a.origin,
                                        content_type=ContentType.TEXT), article=a)
                       for a in ARTICLES], IngestReport())
    return store


@pytest.mark.parametrize(
    "query",
    [
        pytest.param(SearchQuery("القطار"), id="one-word"),
        pytest.param(SearchQuery("رحلات الركاب"), id="two-words"),
        pytest.param(SearchQuery("", entity=MINISTER), id="entity-alone"),
        pytest.param(SearchQuery("مطار", entity=MINISTER), id="words-and-entity"),
        pytest.param(SearchQuery("القطار", DAY + timedelta(days=1)), id="time-filter"),
        pytest.param(SearchQuery("القطار", DAY + timedelta(days=1), undated_too=True),
                     id="time-filter-undated-too"),
        pytest.param(SearchQuery(""), id="nothing-asked"),
    ],
)
def test_search_ids_are_the_hits_of_search(archive: Store, query: SearchQuery) -> None:
    assert isinstance(archive, SQLiteStore | PostgresStore)  # search_ids: not in the protocol
    ids = archive.search_ids(query)
    assert ids == [hit.article_id for hit in archive.search(query)]


def test_the_same_minister_in_another_event_is_related(
    archive: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The airport opening shares no heavy word pair with the train line: only the query for
    its minister brings it in; the football match shares neither and stays out."""
    found = RelatedFinder().find(archive, "train", limit=5)
    assert [r.article_id for r in found] == ["airport"]
    assert MINISTER in found[0].shared_entities
    monkeypatch.setattr(context, "_actors", lambda article: [])
    assert RelatedFinder().find(archive, "train", limit=5) == []


def _undated(article: Article) -> Record:
    """The article as a dump that printed no date gives it."""
    return Record(page=Page(content=article.id.encode(), origin=article.origin,
                            content_type=ContentType.TEXT),
                  article=dataclasses.replace(article, published_at=None))


def test_an_undated_report_of_the_context_is_a_candidate_of_a_dated_one(
    new_archive: Callable[[], Store]
) -> None:
    """A dump that printed no date has no place in a period, but it may be the same context:
    the airport report without a date still comes up for the dated train line, as it does
    the other way round."""
    store = new_archive()
    train, airport = ARTICLES[0], ARTICLES[1]
    store.put_records([Record(page=Page(content=b"train", origin=train.origin,
                                        content_type=ContentType.TEXT), article=train),
                       _undated(airport)], IngestReport())
    assert [r.article_id for r in RelatedFinder().find(store, "train")] == ["airport"]
    assert [r.article_id for r in RelatedFinder().find(store, "airport")] == ["train"]


@pytest.mark.parametrize(("undated_too", "expected"), [(False, []), (True, ["airport"])],
                         ids=["period-only", "undated-too"])
def test_undated_too_adds_articles_with_no_time(
    new_archive: Callable[[], Store], undated_too: bool, expected: list[str]
) -> None:
    store = new_archive()
    store.put_records([_undated(ARTICLES[1])], IngestReport())
    query = SearchQuery("مطار", DAY - timedelta(days=30), DAY + timedelta(days=30),
                        undated_too=undated_too)
    assert [hit.article_id for hit in store.search(query)] == expected
