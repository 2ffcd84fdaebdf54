"""Related stories' candidates: the index queries of siyaq.relate.context, over a real
archive on each backend (the snippet-free `search_ids`, and the queries for the article's
people)."""

from __future__ import annotations

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
