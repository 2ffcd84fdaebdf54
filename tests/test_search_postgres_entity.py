"""The entity filter on PostgreSQL (postgres_search.entity_articles_sql): the articles of the
shared SQL (records.entity_filter_sql), with the entity's keys computed once, not joined to each
matching article's mentions (that plan ran for minutes on ANT). Skips without a server."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest

from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
from siyaq.store import SearchQuery
from siyaq.store.postgres_search import entity_articles_sql
from siyaq.store.records import filter_clauses

NAMES = ["دونالد ترامب", "ترامب", "يورو", "اليورو", "الرياض", "رياض", "أحد لا يعرفه الأرشيف"]


def _record(article_id: str, body: str, name: str, canonical: str, type_: str) -> Record:
    start = body.index(name)
    article = Article(
        id=article_id, content_hash=article_id, origin=f"{article_id}.txt",
        title=f"خبر {article_id}", published_at=datetime(2024, 3, 1), body=[body],
        language="ar", mentions=[Mention(name, type_, start, start + len(name),
                                         canonical=canonical)])
    page = Page(content=body.encode(), origin=article.origin, content_type=ContentType.TEXT)
    return Record(page=page, article=article)


@pytest.fixture
def store(new_pg: Callable[[], Any]) -> Any:
    store = new_pg()
    store.put_records([
        _record("t1", "قال دونالد ترامب إن القطار وصل.", "دونالد ترامب", "دونالد ترامب", "PERS"),
        _record("t2", "وقال ترامب إن القطار تأخر.", "ترامب", "دونالد ترامب", "PERS"),
        _record("t3", "قالت ميلانيا ترامب إن القطار وصل.", "ميلانيا ترامب", "ميلانيا ترامب",
                "PERS"),
        _record("e1", "ارتفع اليورو أمام الدولار اليوم.", "اليورو", "اليورو", "MISC"),
        _record("e2", "سعر يورو واحد تجاوز دولارا.", "يورو", "يورو", "MISC"),
        _record("r1", "قال رياض إن الموعد تغير.", "رياض", "رياض", "PERS"),
        _record("r2", "وصل الوفد إلى الرياض مساء.", "الرياض", "الرياض", "LOC"),
    ], IngestReport())
    return store


def _ids(store: Any, query: SearchQuery, entity_sql: Any) -> list[str]:
    sql, params = filter_clauses(query, entity_sql)
    return [row[0] for row in store.conn.execute(
        f"SELECT a.id FROM articles a WHERE TRUE{sql} ORDER BY a.id", params).fetchall()]


@pytest.mark.parametrize("name", NAMES)
def test_same_articles_as_the_shared_filter(store: Any, name: str) -> None:
    query = SearchQuery("", entity=name, entity_keys=tuple(store.entity_keys(name)))
    assert _ids(store, query, entity_articles_sql) == _ids(store, query, None)


def test_every_name_finds_something_but_the_unknown(store: Any) -> None:
    found = {name: _ids(store, SearchQuery("", entity=name), entity_articles_sql)
             for name in NAMES}
    assert found["ترامب"] == ["t1", "t2"]  # the variant's canonical name, not Melania's
    assert found["يورو"] == ["e1", "e2"] and found["رياض"] == ["r1"]
    assert found["أحد لا يعرفه الأرشيف"] == []


def test_keys_are_computed_once(store: Any) -> None:
    """The plan reads the keys as one list (an InitPlan), then the mentions index by key."""
    source, params = store._matching("'قطار'", SearchQuery("القطار", entity="دونالد ترامب"))
    plan = "\n".join(row[0] for row in store.conn.execute(
        f"EXPLAIN SELECT COUNT(*){source}", params).fetchall())
    assert "InitPlan" in plan and "= ANY" in plan
    assert store.search_count(SearchQuery("القطار", entity="دونالد ترامب")) == 2
