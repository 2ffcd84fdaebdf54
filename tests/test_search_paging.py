"""A search's total (search_count) and its pages (SearchQuery.offset), on every store backend:
the total counts exactly the articles the pages go through, with the same filters, and the
pages give each hit once, in the order of one big page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

import pytest

from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
from siyaq.store import SearchQuery, Store
from siyaq.store.postgres import PostgresStore
from siyaq.store.sqlite import SQLiteStore

PERSON = "زهير القاسم"
# id: (host, day of March 2024, body, mentions the person). m1-m5 hold both القطار and حلب
# (m4 and m5 word for word the same, at the same minute: ties in rank and in time); p1, p2
# only القطار; x1 only حلب.
ARTICLES = {
    "m1": ("a.example", 1, "وصل القطار إلى حلب بعد توقف طويل، وقال زهير القاسم إن دمشق تالية.",
           True),
    "m2": ("a.example", 2, "القطار السريع بين حلب والساحل يعود في الربيع.", False),
    "m3": ("a.example", 3, "زار زهير القاسم محطة القطار في حلب وتفقد القطار الجديد.", True),
    "m4": ("b.example", 4, "رحلة القطار من حلب تستغرق أربع ساعات.", False),
    "m5": ("b.example", 4, "رحلة القطار من حلب تستغرق أربع ساعات.", False),
    "p1": ("b.example", 5, "تأخر القطار القادم من الساحل ساعة، كما قال زهير القاسم.", True),
    "p2": ("a.example", 6, "ركاب القطار يشكون من الزحام.", False),
    "x1": ("a.example", 7, "أمطار غزيرة في حلب.", False),
}
BOTH = ["m1", "m2", "m3", "m4", "m5"]


def paging_records() -> list[Record]:
    records = []
    for article_id, (host, day, body, names) in ARTICLES.items():
        start = body.find(PERSON)
        mentions = ([Mention(PERSON, "PERS", start, start + len(PERSON), canonical=PERSON)]
                    if names else [])
        article = Article(
            id=article_id, content_hash=f"h-{article_id}", origin=f"{article_id}.txt",
            url=f"https://{host}/{article_id}", host=host, title=f"خبر {article_id}",
            published_at=datetime(2024, 3, day, 12, 0), body=[body], language="ar",
            mentions=mentions)
        page = Page(content=article_id.encode(), origin=article.origin,
                    content_type=ContentType.TEXT)
        records.append(Record(page=page, article=article))
    return records


@pytest.fixture
def archive(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    store.put_records(paging_records(), IngestReport())
    return store


def ids(store: Store, query: SearchQuery) -> list[str]:
    return [hit.article_id for hit in store.search(query)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param(SearchQuery("القطار حلب"), BOTH, id="every-word"),
        pytest.param(SearchQuery("القطار"), [*BOTH, "p1", "p2"], id="one-word"),
        pytest.param(SearchQuery("القطار -حلب"), ["p1", "p2"], id="exclusion"),
        pytest.param(SearchQuery('"محطة القطار"'), ["m3"], id="phrase"),
        pytest.param(SearchQuery("القطار حلب", host="b.example"), ["m4", "m5"], id="host"),
        pytest.param(SearchQuery("القطار حلب", host="www.A.example"), ["m1", "m2", "m3"],
                     id="host-as-typed"),
        pytest.param(SearchQuery("القطار حلب", published_from=datetime(2024, 3, 3)),
                     ["m3", "m4", "m5"], id="from"),
        pytest.param(SearchQuery("القطار حلب", published_to=datetime(2024, 3, 2, 23, 59)),
                     ["m1", "m2"], id="to"),
        pytest.param(SearchQuery("القطار", published_from=datetime(2024, 3, 2),
                                 published_to=datetime(2024, 3, 5, 23, 59), host="b.example"),
                     ["m4", "m5", "p1"], id="dates-and-host"),
        pytest.param(SearchQuery("القطار حلب", entity=PERSON), ["m1", "m3"], id="entity"),
        pytest.param(SearchQuery("", entity=PERSON), ["m1", "m3", "p1"], id="entity-alone"),
        pytest.param(SearchQuery("", entity="زُهَير القاسِم"), ["m1", "m3", "p1"],
                     id="entity-with-marks"),
        pytest.param(SearchQuery("", entity="أحد لا يعرفه الأرشيف"), [], id="unknown-entity"),
        pytest.param(SearchQuery("طائرة"), [], id="no-article"),
        pytest.param(SearchQuery("في من إلى"), [], id="only-stopwords"),
        pytest.param(SearchQuery(""), [], id="empty"),
    ],
)
def test_the_total_counts_the_articles_holding_every_word(archive: Store, query: SearchQuery,
                                                          expected: list[str]) -> None:
    total = archive.search_count(query)
    assert total == len(expected)
    # The hits of one page large enough for all are exactly the articles counted.
    assert sorted(ids(archive, replace(query, limit=100))) == sorted(expected)


@pytest.mark.parametrize("query", [SearchQuery("القطار حلب", limit=2, offset=4),
                                   SearchQuery("القطار حلب", limit=0),
                                   SearchQuery("القطار حلب", any_words=True)],
                         ids=["page-and-offset", "no-limit", "any-words"])
def test_the_total_ignores_the_page_and_best_matches(archive: Store, query: SearchQuery
                                                     ) -> None:
    assert archive.search_count(query) == 5


@pytest.mark.parametrize(
    "query",
    [SearchQuery("القطار حلب"), SearchQuery("القطار"), SearchQuery("", entity=PERSON),
     SearchQuery("القطار", host="b.example"), SearchQuery("", entity=PERSON, host="a.example")],
    ids=["ranked", "ranked-with-ties", "entity-newest-first", "ranked-filtered",
         "entity-filtered"])
def test_pages_give_every_hit_once_in_the_order_of_one_page(archive: Store, query: SearchQuery
                                                            ) -> None:
    whole = ids(archive, replace(query, limit=100))
    assert len(whole) == archive.search_count(query)
    pages = [ids(archive, replace(query, limit=2, offset=offset))
             for offset in range(0, len(whole) + 2, 2)]
    assert all(len(page) <= 2 for page in pages)
    assert [hit for page in pages for hit in page] == whole
    assert len(set(whole)) == len(whole)


@pytest.mark.parametrize("offset", [5, 6, 100], ids=["at-the-end", "one-past", "far-past"])
def test_an_offset_past_the_end_gives_nothing(archive: Store, offset: int) -> None:
    query = SearchQuery("القطار حلب", limit=2, offset=offset)
    assert archive.search(query) == []
    assert isinstance(archive, SQLiteStore | PostgresStore)  # search_ids: not in the protocol
    assert archive.search_ids(query) == []


def test_search_ids_page_as_search_does(archive: Store) -> None:
    query = SearchQuery("القطار", limit=3, offset=2)
    assert isinstance(archive, SQLiteStore | PostgresStore)
    assert archive.search_ids(query) == ids(archive, query)


def test_best_matches_are_cut_from_their_pool_not_skipped_in_it(archive: Store) -> None:
    # Three words: a best match holds two. m1 holds all three, m2-m5 two (القطار حلب), p1 and
    # p2 one. Asked with an offset, the candidates are still read from the top: the page is
    # the best matches' own order from there, never the rows after an offset in the pool.
    whole = ids(archive, SearchQuery("القطار حلب دمشق", any_words=True, limit=100))
    assert whole[0] == "m1" and sorted(whole[1:]) == ["m2", "m3", "m4", "m5"]
    for offset in range(0, 6):
        page = ids(archive, SearchQuery("القطار حلب دمشق", any_words=True, limit=2,
                                        offset=offset))
        assert page == whole[offset:offset + 2]


@pytest.mark.parametrize(
    "query",
    [SearchQuery("القطار حلب"), SearchQuery("القطار", limit=2, offset=2),
     SearchQuery("القطار حلب", limit=2, offset=4), SearchQuery("القطار حلب", limit=2, offset=5),
     SearchQuery("القطار حلب", limit=2, offset=100), SearchQuery("القطار", host="b.example"),
     SearchQuery("القطار حلب", entity=PERSON), SearchQuery("", entity=PERSON),
     SearchQuery("", entity=PERSON, host="a.example", offset=1), SearchQuery("طائرة"),
     SearchQuery(""), SearchQuery("القطار حلب", limit=0)],
    ids=["first-page", "a-later-page", "the-last-page", "at-the-end", "far-past", "filtered",
         "words-and-entity", "entity-alone", "entity-filtered-paged", "no-article", "empty",
         "no-limit"])
def test_search_counted_is_the_page_and_its_total(archive: Store, query: SearchQuery) -> None:
    # What search_view showed when it asked the total, then the page only if there was one.
    total = archive.search_count(query)
    page = archive.search(query) if total and query.offset < total else []
    hits, counted = archive.search_counted(query)
    assert counted == total
    assert [(h.article_id, h.snippet, h.matched) for h in hits] == [
        (h.article_id, h.snippet, h.matched) for h in page]
    assert [h.score for h in hits] == pytest.approx([h.score for h in page])


@pytest.mark.parametrize(("offset", "statements"), [(0, 1), (4, 1), (5, 2), (100, 2)],
                         ids=["first-page", "last-page", "at-the-end", "far-past"])
def test_postgres_counts_a_page_and_its_total_in_one_statement(
        new_pg: Callable[[], Store], monkeypatch: pytest.MonkeyPatch, offset: int,
        statements: int) -> None:
    # The page's ranking reads every match: the total comes with it. Only a page past the end,
    # which has no row to carry it, is counted by a second statement.
    store = new_pg()
    store.put_records(paging_records(), IngestReport())
    assert isinstance(store, PostgresStore)
    sent: list[str] = []
    execute = store.conn.execute

    def counted(sql: str, parameters: object = ()) -> object:
        sent.append(sql)
        return execute(sql, parameters)

    monkeypatch.setattr(store.conn, "execute", counted)
    _, total = store.search_counted(SearchQuery("القطار حلب", limit=2, offset=offset))
    assert (total, len(sent)) == (5, statements)
