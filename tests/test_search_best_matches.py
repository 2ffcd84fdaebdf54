"""Best matches: when fewer articles hold every word of a query than were asked for (a pasted
headline), those holding most of its words follow, marked with how many they hold. On every
store backend."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.store import SearchQuery, Store
from siyaq.store.postgres import PostgresStore
from siyaq.store.search import clauses_in, clauses_needed, fts_expression, parse_query
from siyaq.store.sqlite import SQLiteStore
from siyaq.views import search_view

# The headline a reader pastes: seven words once its stopword is dropped (يفتتح is not افتتح:
# the light stemmer keeps verb forms apart); no article holds them all.
HEADLINE = "وزير النقل يفتتح خط القطار الجديد في حلب"
ARTICLES = {  # article id: (title, body); the id says how many of the headline's words it holds
    "six": ("افتتاح الخط الجديد", "افتتح وزير النقل خط القطار بين حلب واللاذقية."),
    "five": ("جولة الوزير", "تفقد وزير النقل خط القطار الجديد أمس."),
    "four": ("رحلات القطار", "قال وزير النقل إن القطار الجديد سيعمل يوميا."),
    "three": ("خط جديد", "خط الحافلات الجديد في حلب."),
    "one": ("وزير الصحة", "زار وزير الصحة المستشفى في دمشق."),
}


@pytest.fixture
def archive(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    records = []
    for article_id, (title, body) in ARTICLES.items():
        page = Page(article_id.encode(), f"{article_id}.txt", ContentType.TEXT)
        records.append(Record(page, Article(id=article_id, content_hash=page.content_hash,
                                            origin=page.origin, title=title, body=[body])))
    store.put_records(records, IngestReport())
    return store


@pytest.mark.parametrize(("clauses", "needed"), [(1, None), (2, None), (3, 2), (4, 2), (5, 3),
                                                  (8, 4)],
                         ids=["one", "two", "three", "four", "five", "eight"])
def test_a_best_match_holds_half_the_words_two_at_least(clauses: int, needed: int | None) -> None:
    words = ["سوريا", "العراق", "لبنان", "الأردن", "مصر", "تونس", "الجزائر", "المغرب"]
    parsed = parse_query(" ".join(words[:clauses]), Analyzer())
    assert clauses_needed(parsed) == needed


def test_expression_and_counting() -> None:
    parsed = parse_query('"مجلس الأمن" سوريا -إدلب', Analyzer())
    assert fts_expression(parsed) == '"مجلس امن" AND "سوريا" NOT "ادلب"'
    assert fts_expression(parsed, any_words=True) == '("مجلس امن" OR "سوريا") NOT "ادلب"'
    assert clauses_in(parsed, "مجلس امن اجتمع", "سوريا") == 2
    assert clauses_in(parsed, "امن مجلس سوريا") == 1  # a phrase counts only in its order


def test_best_matches_most_words_first(archive: Store) -> None:
    hits = archive.search(SearchQuery(HEADLINE, any_words=True))
    assert [(h.article_id, h.matched) for h in hits] == [
        ("six", (6, 7)), ("five", (5, 7)), ("four", (4, 7))]  # four of seven at least


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param(HEADLINE + " -حلب", ["five", "four"], id="exclusion-still-excludes"),
        pytest.param("وزير النقل", [], id="two-words-no-best-matches"),
        pytest.param("", [], id="empty"),
    ],
)
def test_best_match_edges(archive: Store, query: str, expected: list[str]) -> None:
    assert [h.article_id for h in archive.search(SearchQuery(query, any_words=True))] == expected


def test_search_ids_give_the_same_best_matches(archive: Store) -> None:
    query = SearchQuery(HEADLINE, any_words=True)
    assert isinstance(archive, SQLiteStore | PostgresStore)  # search_ids: not in the protocol
    assert archive.search_ids(query) == [h.article_id for h in archive.search(query)]


@pytest.mark.parametrize(
    ("query", "limit", "all_words", "most_words"),
    [
        pytest.param("القطار النقل وزير", 5, {"six", "five", "four"}, set(), id="all-words-only"),
        pytest.param("القطار النقل وزير حلب", 5, {"six"}, {("five", 3), ("four", 3)},
                     id="all-then-most"),
        pytest.param(HEADLINE, 2, set(), {("six", 6), ("five", 5)}, id="none-hold-all"),
        pytest.param("القطار النقل وزير حلب", 1, {"six"}, set(), id="limit-filled"),
    ],
)
def test_search_view_adds_best_matches_after_all_words(
    archive: Store, query: str, limit: int, all_words: set[str], most_words: set[tuple[str, int]]
) -> None:
    hits = search_view(archive, query, limit=limit)["hits"]
    words = len(parse_query(query, Analyzer()).required)
    assert {h["id"] for h in hits[: len(all_words)]} == all_words
    assert all(h["matched"] is None for h in hits[: len(all_words)])
    rest = hits[len(all_words):]
    assert {(h["id"], h["matched"]["words"]) for h in rest} == most_words
    assert all(h["matched"]["of"] == words for h in rest)
