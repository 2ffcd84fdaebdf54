"""The entity views behind `siyaq entities` and `siyaq entity`, on a stand-in store."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

import pytest

from siyaq.analyze.ner_aliases import canonical_name
from siyaq.model import EntitySummary, NamedWith, Quote, SearchHit
from siyaq.store.base import SearchQuery, Store
from siyaq.views_archive import entities_view, entity_view


class StubStore:
    """Just the entity part of the Store protocol, over a fixed list."""

    def __init__(self, summaries: list[EntitySummary], quotes: dict[str, list[Quote]]) -> None:
        self.summaries = summaries
        self.by_speaker = quotes

    def entities(self, type: str | None = None, top: int = 50) -> list[EntitySummary]:
        chosen = [s for s in self.summaries if type is None or s.type == type]
        return sorted(chosen, key=lambda s: -s.article_count)[:top]

    def entity(self, name: str) -> EntitySummary | None:
        return next((s for s in self.summaries if name == s.name or name in s.variants), None)

    def entities_like(self, words: list[str], top: int = 5) -> list[EntitySummary]:
        return [s for s in self.summaries if set(words) <= set(s.name.split())][:top]

    def keys_beginning(self, prefix: str, limit: int = 2000) -> list[str]:
        return [s.name for s in self.summaries if s.name.startswith(prefix)][:limit]

    def entity_months(self, name: str) -> list[tuple[str, int]]:
        return []

    def named_with(self, name: str, top: int = 10, recent: int = 300) -> list[NamedWith]:
        return []

    def entities_named(self, first: str, last: str, top: int = 5,
                       but: str | None = None) -> list[EntitySummary]:
        return [s for s in self.summaries if s.name != but
                and s.name.split()[:1] == [first] and s.name.split()[-1:] == [last]][:top]

    def quotes(
        self, speaker: str | None = None, query: str | None = None, limit: int = 50
    ) -> list[tuple[str, Quote]]:
        return [("a1", q) for q in self.by_speaker.get(speaker or "", [])][:limit]

    def get_article(self, article_id: str) -> None:
        return None

    def search(self, query: SearchQuery) -> list[SearchHit]:
        return []


def _store() -> Store:
    un = canonical_name("الأمم المتحدة", "ORG")
    person = canonical_name("سامي الحداد", "PERS")
    summaries = [
        EntitySummary(un, "ORG", ["الأمم المتحدة", "للأمم المتحدة"], 7,
                      datetime(2020, 1, 1), datetime(2020, 3, 1)),
        EntitySummary(person, "PERS", ["سامي الحداد", "الحداد"], 3),
        EntitySummary("حلب", "LOC", ["حلب"], 5),
    ]
    quotes = {person: [Quote("سنكمل المشروع", 0, 13, speaker="الحداد")]}
    return cast(Store, StubStore(summaries, quotes))


@pytest.mark.parametrize(
    ("type_", "names"),
    [(None, 3), ("PERS", 1), ("LOC", 1), ("MISC", 0)],
    ids=["all", "people", "places", "none"],
)
def test_entities_view_filters_by_type(type_: str | None, names: int) -> None:
    data = entities_view(_store(), type_, top=10)
    assert data["count"] == names
    assert all(type_ is None or e["type"] == type_ for e in data["entities"])


def test_entities_view_orders_by_article_count() -> None:
    counts = [e["article_count"] for e in entities_view(_store())["entities"]]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize(
    "asked", ["الامم المتحده", "منظمة الأمم المتحدة", "للأمم المتحدة"], ids=["folded", "alias", "variant"]
)
def test_entity_view_finds_any_spelling(asked: str) -> None:
    data = entity_view(_store(), asked)
    assert data is not None
    assert data["name"] == canonical_name("الأمم المتحدة", "ORG")
    assert data["first_seen"] == "2020-01-01T00:00:00"


def test_entity_view_lists_quotes_by_the_person() -> None:
    data: dict[str, Any] | None = entity_view(_store(), "سامي الحداد")
    assert data is not None
    assert [q["text"] for q in data["quotes"]] == ["سنكمل المشروع"]


def test_unknown_entity_is_none() -> None:
    assert entity_view(_store(), "لا أحد") is None


def test_the_same_statement_is_listed_once_with_the_other_articles() -> None:
    from siyaq.views_archive import distinct_statements

    def row(article_id: str, text: str, speaker: str = "سامي الحداد") -> dict[str, Any]:
        return {"article_id": article_id, "text": text, "speaker": speaker,
                "speaker_canonical": None}

    rows = [row("a3", "سنكمل المشروع"), row("a2", "سنكمل  المشروع"), row("a1", "سنكمل المشروع"),
            row("a1", "سنكمل المشروع", speaker="أحد آخر"), row("a1", "قول آخر")]
    found = distinct_statements(rows)
    assert [(r["article_id"], r["text"], r["also_in"]) for r in found] == [
        ("a3", "سنكمل المشروع", ["a2", "a1"]),
        ("a1", "سنكمل المشروع", []),
        ("a1", "قول آخر", []),
    ]


def _statement(article_id: str, text: str, published_at: str | None = None,
               speaker: str = "سامي الحداد") -> dict[str, Any]:
    return {"article_id": article_id, "text": text, "speaker": speaker,
            "speaker_canonical": None, "source": f"{article_id}.example", "published_at":
            published_at}


LONG = "كندا تعرف ما هي بحاجة لفعله وهناك خطأ ارتكب ويجب أن يصحح"


@pytest.mark.parametrize(
    ("other", "same"),
    [
        pytest.param(LONG.removeprefix("كندا "), True, id="cut-short"),
        pytest.param(LONG.replace("يصحح", "يُصحّح"), True, id="diacritics"),
        pytest.param(LONG.replace("ارتكب", "وقع"), True, id="a-word-changed"),
        pytest.param("كندا تعرف ما عليها أن تفعل تجاه الرياض اليوم", False,
                     id="shares-a-few-words"),
        pytest.param("سنكمل المشروع الكبير", False, id="short-other"),
    ],
)
def test_near_identical_statements_are_one(other: str, same: bool) -> None:
    from siyaq.views_archive import distinct_statements

    found = distinct_statements([_statement("a2", LONG), _statement("a1", other)])
    assert len(found) == (1 if same else 2)
    assert found[0]["also_in"] == (["a1"] if same else [])


@pytest.mark.parametrize(
    ("copies", "limit", "statements"),
    [
        pytest.param(9, 3, 3, id="copies-fill-the-first-window"),
        pytest.param(40, 2, 2, id="window-grows-past-many-copies"),
        pytest.param(9, 10, 3, id="fewer-statements-than-asked"),
    ],
)
def test_quotes_view_lists_as_many_statements_as_asked(copies: int, limit: int,
                                                        statements: int) -> None:
    from siyaq.views_archive import quotes_view

    person = canonical_name("سامي الحداد", "PERS")
    said = [Quote(LONG, 0, len(LONG), speaker="الحداد")] * copies
    said += [Quote("سنكمل المشروع الكبير غدا", 0, 24, speaker="الحداد"),
             Quote("لن نتراجع عن الخطة مهما حدث", 0, 27, speaker="الحداد")]
    data = quotes_view(cast(Store, StubStore([], {person: said})), speaker="سامي الحداد",
                       limit=limit)
    assert [row["text"] for row in data["quotes"]] == [q.text for q in said[copies - 1:]][
        :statements]


def test_short_statements_are_one_only_word_for_word() -> None:
    from siyaq.views_archive import distinct_statements

    rows = [_statement("a2", "سنكمل المشروع غدا"), _statement("a1", "سنكمل المشروع اليوم")]
    assert len(distinct_statements(rows)) == 2


def test_a_statement_names_the_report_that_carried_it_first() -> None:
    from siyaq.views_archive import distinct_statements

    rows = [_statement("a3", LONG, "2018-08-09T15:00:00"), _statement("a2", LONG),
            _statement("a1", LONG.removeprefix("كندا "), "2018-08-08T09:30:00"),
            _statement("a0", LONG, speaker="أحد آخر")]
    first, other = distinct_statements(rows)
    assert first["also_in"] == ["a2", "a1"]
    assert first["first_reported"] == {"article_id": "a1", "source": "a1.example",
                                       "published_at": "2018-08-08T09:30:00"}
    assert other["first_reported"]["article_id"] == "a0"  # someone else's words stay apart
