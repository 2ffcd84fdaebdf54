import sqlite3
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
from siyaq.store import SearchQuery, Store
from siyaq.store.sqlite import SQLiteStore

ARTICLES = [
    ("a1", "news.example", datetime(2020, 2, 6, 23, 54), "الولايات المتحدة لا تسعى لإسقاط الأسد",
     ["أعلنت الولايات المتحدة أنها لا تسعى لإسقاط الأسد، وقال المبعوث إن <القوات> السورية تتقدم."]),
    ("a2", "other.example", datetime(2020, 2, 10, 8, 0), "افتتاح مدرسة جديدة في الرياض",
     ["افتتحت وزارة التعليم المدرسة الجديدة في الرياض، وحضر الافتتاح عدد من المعلمين."]),
    ("a3", "news.example", datetime(2020, 3, 1, 12, 0), "المدارس السورية تعود للعمل",
     ["عادت المدارس في سوريا إلى العمل بعد توقف، وقال المعلمون إن الطلاب عادوا."]),
    ("a4", "news.example", datetime(2020, 3, 5, 9, 0), "اجتماع في مجلس الأمن",
     ["ناقش مجلس الأمن الأوضاع في إدلب، ودعا إلى وقف إطلاق النار في سوريا فورا."]),
]


@pytest.fixture
def store(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    fill(store)
    return store


def fill(store: Store) -> None:
    records = []
    for id_, host, published, title, body in ARTICLES:
        page = Page(id_.encode(), f"{id_}.txt", ContentType.TEXT, url=f"https://{host}/{id_}")
        article = Article(id=id_, content_hash=page.content_hash, origin=page.origin,
                          url=page.url, host=host, title=title, body=body,
                          published_at=published)
        if id_ == "a1":
            article.mentions = [Mention("الأسد", "PERS", 0, 5, canonical="بشار الأسد")]
        if id_ == "a4":
            article.mentions = [Mention("بشار الأسد", "PERS", 0, 10)]
        records.append(Record(page, article))
    store.put_records(records, IngestReport())


def ids(store: Store, text: str, **filters: object) -> list[str]:
    return sorted(h.article_id for h in store.search(SearchQuery(text, **filters)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("مدرسة", ["a2"], id="broken-plural-is-another-word"),
        pytest.param("المدرسة", ["a2"], id="definite-form"),
        pytest.param("المعلمين", ["a2", "a3"], id="plural-forms"),
        pytest.param("سوريا", ["a3", "a4"], id="country-not-adjective"),
        pytest.param("سوري", ["a1", "a3"], id="adjective-forms"),
        pytest.param("إسقاط", ["a1"], id="prefixed-form-lam"),
        pytest.param("اسقاط الاسد", ["a1"], id="all-words-must-match"),
        pytest.param('"مجلس الأمن"', ["a4"], id="phrase"),
        pytest.param('"الأمن مجلس"', [], id="phrase-order-matters"),
        pytest.param("سوريا -مدارس", ["a4"], id="exclude-word"),
        pytest.param('سوريا -"مجلس الأمن"', ["a3"], id="exclude-phrase"),
        pytest.param('"مجلس الأمن', ["a4"], id="unbalanced-quote-is-words"),
        pytest.param("سوريا في", ["a3", "a4"], id="stopword-ignored"),
    ],
)
def test_query_syntax_and_word_forms(store: Store, query: str, expected: list[str]) -> None:
    assert ids(store, query) == expected


def test_title_weighs_more_than_body(new_archive: Callable[[], Store]) -> None:
    store = new_archive()
    texts = {"in-title": ("أسعار الطاقة", ["ارتفعت الأسعار في الأسواق اليوم بشكل كبير"]),
             "in-body": ("أسعار الأسواق", ["ارتفعت أسعار الطاقة في الأسواق اليوم بشكل"])}
    records = []
    for id_, (title, body) in texts.items():
        page = Page(id_.encode(), id_, ContentType.TEXT, url=f"https://x/{id_}")
        records.append(Record(page, Article(id=id_, content_hash=page.content_hash,
                                            origin=id_, title=title, body=body)))
    store.put_records(records, IngestReport())
    hits = store.search(SearchQuery("الطاقة"))
    assert [h.article_id for h in hits] == ["in-title", "in-body"]
    assert hits[0].score > hits[1].score > 0


HOSTILE = [
    pytest.param('"', id="lone-quote"),
    pytest.param('"مجلس الأمن', id="unbalanced-quote"),
    pytest.param("سوريا NEAR الأسد", id="near-word"),
    pytest.param("NEAR(سوريا الأسد, 5)", id="near-function"),
    pytest.param("سوري*", id="prefix-star"),
    pytest.param("^سوريا", id="caret"),
    pytest.param("title:سوريا", id="column-filter"),
    pytest.param("{title body}:سوريا", id="column-set"),
    pytest.param("(سوريا OR مدرسة) AND NOT", id="boolean-operators"),
    pytest.param("سوريا AND", id="trailing-and"),
    pytest.param("- -- ---", id="only-minus"),
    pytest.param("في من على", id="only-stopwords"),
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
    pytest.param("-سوريا", id="only-exclusion"),
    pytest.param("سوريا " * 500, id="very-long"),
    pytest.param("'; DROP TABLE articles; --", id="sql-injection"),
    pytest.param("\x00\u200f\ufeff", id="control-characters"),
    pytest.param('""""', id="empty-phrases"),
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_never_raise(store: Store, query: str) -> None:
    hits = store.search(SearchQuery(query))
    assert isinstance(hits, list)
    assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == len(ARTICLES)


def test_operators_are_searched_as_words_not_obeyed(store: Store) -> None:
    # "OR" would widen the query if it were obeyed; as a word it matches nothing here.
    assert ids(store, "سوريا OR مدرسة") == []
    assert ids(store, "title:سوريا") == []  # the column name is a (missing) word
    assert ids(store, "سوري*") == ids(store, "سوري")


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param({"published_from": datetime(2020, 3, 1)}, ["a3", "a4"], id="from"),
        pytest.param({"published_to": datetime(2020, 2, 29)}, ["a1", "a2"], id="to"),
        pytest.param({"published_from": datetime(2020, 2, 6, 23, 54),
                      "published_to": datetime(2020, 2, 6, 23, 54)}, ["a1"], id="inclusive"),
        pytest.param({"host": "other.example"}, ["a2"], id="host"),
        pytest.param({"host": "WWW.Other.Example"}, ["a2"], id="host-normalized"),
        pytest.param({"entity": "بشار الأسد"}, ["a1", "a4"], id="entity-canonical"),
        pytest.param({"entity": "الاسد"}, ["a1", "a4"], id="entity-variant"),
        pytest.param({"entity": "جيمس جيفري"}, [], id="entity-unknown"),
    ],
)
def test_filters(store: Store, filters: dict[str, object], expected: list[str]) -> None:
    # One distinctive word per article: each filter must keep exactly the expected ones.
    word = {"a1": "الولايات", "a2": "الرياض", "a3": "المدارس", "a4": "مجلس"}
    found = [i for i in sorted(word) if ids(store, word[i], **filters) == [i]]
    assert found == expected


def test_limit(store: Store) -> None:
    assert len(store.search(SearchQuery("سوريا", limit=1))) == 1
    assert store.search(SearchQuery("سوريا", limit=0)) == []


def test_snippet_marks_matches_and_escapes(store: Store) -> None:
    [hit] = store.search(SearchQuery("القوات"))
    assert "<mark>القوات</mark>" in hit.snippet
    assert "&lt;" in hit.snippet and "&gt;" in hit.snippet
    assert "<" not in hit.snippet.replace("<mark>", "").replace("</mark>", "")


def test_snippet_marks_every_form(store: Store) -> None:
    [hit] = store.search(SearchQuery("مدرسة"))[:1]
    assert hit.article_id == "a2"
    assert "<mark>المدرسة</mark>" in hit.snippet
    assert hit.title == "افتتاح مدرسة جديدة في الرياض"
    assert hit.host == "other.example"
    assert hit.published_at == datetime(2020, 2, 10, 8, 0)


def test_snippet_window_around_late_match(new_archive: Callable[[], Store]) -> None:
    store = new_archive()
    body = ["كلمة " * 200 + "هدف بعيد " + "نهاية " * 50]
    page = Page(b"late", "late.txt", ContentType.TEXT, url="https://x/late")
    article = Article(id="late", content_hash=page.content_hash, origin="late.txt", body=body)
    store.put_records([Record(page, article)], IngestReport())
    [hit] = store.search(SearchQuery("هدف"))
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "<mark>هدف</mark>" in hit.snippet
    assert len(hit.snippet) < 400


def test_fts_table_holds_analyzer_terms(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "a.db")
    fill(store)
    row = store.conn.execute(
        "SELECT f.title FROM article_fts f JOIN articles a ON a.rowid = f.rowid"
        " WHERE a.id = 'a2'").fetchone()
    assert row[0] == store.analyzer.index_text("افتتاح مدرسة جديدة في الرياض")
    assert isinstance(store.conn, sqlite3.Connection)


def test_snippet_is_one_line(new_archive: Callable[[], Store]) -> None:
    store = new_archive()
    page = Page(b"p", "p.txt", ContentType.TEXT, url="https://x/p")
    article = Article(id="p", content_hash=page.content_hash, origin="p.txt",
                      body=["الفقرة الأولى عن الطقس.", "الفقرة الثانية عن الطقس & المطر."])
    store.put_records([Record(page, article)], IngestReport())
    [hit] = store.search(SearchQuery("المطر"))
    assert "\n" not in hit.snippet
    assert hit.snippet == ("الفقرة الأولى عن الطقس. الفقرة الثانية عن الطقس &amp; "
                           "<mark>المطر</mark>.")


def test_fts_tokenizer_keeps_every_analyzer_term_whole(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "a.db")
    body = ["Reuters وكالة رويترز x² 2020 中文 كِتَابٌ ﷼ ب3 café"]
    page = Page(b"v", "v.txt", ContentType.TEXT, url="https://x/v")
    article = Article(id="v", content_hash=page.content_hash, origin="v.txt", body=body)
    store.put_records([Record(page, article)], IngestReport())
    store.conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, article_fts, row)")
    indexed = {term for (term,) in store.conn.execute("SELECT term FROM temp.vocab")}
    assert indexed == set(store.analyzer.terms(body[0]))


@pytest.mark.parametrize(
    "filters",
    [{"host": "news.example"}, {"published_from": datetime(2020, 3, 1)},
     {"entity": "بشار الأسد"}],
    ids=["source", "dates", "entity"],
)
def test_a_filtered_search_reads_the_matches_first(tmp_path: Path,
                                                   filters: dict[str, Any]) -> None:
    """With a filter on the articles, SQLite walked an outlet's articles and ran the full-text
    match once for each (seconds for a count on ANT); the matches must drive the join."""
    store = SQLiteStore(tmp_path / "a.db")
    fill(store)
    query = SearchQuery("سوريا", **filters)
    source, params = store._matching(f'"{store.analyzer.index_text("سوريا")}"', query)
    plan = [row[3] for row in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT COUNT(*)" + source, params)]
    scans = [step for step in plan if step.startswith(("SCAN", "SEARCH"))]
    assert scans[0].startswith("SCAN f VIRTUAL TABLE"), plan
    assert any(step.startswith("SEARCH a USING INTEGER PRIMARY KEY") for step in scans), plan
    assert store.search_count(query) == len(store.search(replace(query, limit=100)))
