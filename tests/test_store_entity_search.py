from collections.abc import Callable
from datetime import datetime

import pytest

from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
from siyaq.store import SearchQuery, Store


def _record(article_id: str, day: int, body: str, mentions: list[Mention]) -> Record:
    article = Article(
        id=article_id, content_hash=article_id, origin=f"{article_id}.txt",
        title=f"خبر {article_id}", published_at=datetime(2024, 3, day), body=[body],
        language="ar", mentions=mentions,
    )
    page = Page(content=body.encode(), origin=article.origin, content_type=ContentType.TEXT)
    return Record(page=page, article=article)


@pytest.fixture
def store(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    records = [
        _record("a1", 1, "قال وزير النقل زهير القاسم إن القطار يعود.",
                [Mention("زهير القاسم", "PERS", 9, 20, canonical="زهير القاسم")]),
        _record("a2", 3, "وأكد القاسم أن الرحلات يومية.",
                [Mention("القاسم", "PERS", 4, 10, canonical="زهير القاسم")]),
        _record("a3", 2, "أمطار غزيرة على الساحل.", []),
    ]
    store.put_records(records, IngestReport())
    return store


def test_entity_alone_lists_its_articles_newest_first(store: Store) -> None:
    hits = store.search(SearchQuery("", entity="زهير القاسم"))
    assert [h.article_id for h in hits] == ["a2", "a1"]
    assert all(h.snippet for h in hits)


def test_entity_filter_narrows_a_word_query(store: Store) -> None:
    assert [h.article_id for h in store.search(SearchQuery("القطار", entity="القاسم"))] == ["a1"]


def test_no_words_and_no_entity_finds_nothing(store: Store) -> None:
    assert store.search(SearchQuery("")) == []


def test_a_story_written_back_empty_is_gone(store: Store) -> None:
    from siyaq.model import Story

    store.put_stories([Story(id="s1", article_ids=["a1", "a2"]), Story(id="s2", article_ids=["a3"])])
    store.put_stories([Story(id="s2", article_ids=[])])
    assert store.get_story("s2") is None
    assert [s.id for s in store.iter_stories()] == ["s1"]
