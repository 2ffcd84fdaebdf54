"""The stories views and CLI on a real SQLite archive built from hand-written articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.relate import update_stories
from siyaq.relate.views import related_view, stories_view, story_view
from siyaq.store import open_store
from siyaq.store.base import Store
from siyaq.views import NotFound
from test_relate_support import DAM, DAM_FOLLOW_UP, DAM_OTHER_OUTLET, FOOTBALL, article


def _articles() -> list[Article]:
    return [
        article("a1", DAM, host="one.example", when="2023-05-16T10:00", title="اكتمال سد الوادي"),
        article("a2", DAM_OTHER_OUTLET, host="two.example", when="2023-05-16T12:30"),
        article("a3", DAM, host="three.example", when="2023-05-16T15:00"),
        article("f1", DAM_FOLLOW_UP, host="one.example", when="2023-05-18T09:00"),
        article("s1", FOOTBALL, host="two.example", when="2023-05-20T22:00"),
        article("x1", [], host="two.example", when="2023-05-16T11:00", title="سد الوادي"),
    ]


def _store(path: Path) -> Store:
    store = open_store(path)
    records = [Record(Page(a.id.encode(), a.origin, ContentType.ARTICLE, a.url), a)
               for a in _articles()]
    store.put_records(records, IngestReport())
    update_stories(store, [a.id for a in _articles()])
    return store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    _store(path).close()
    return path


def test_story_view_lists_reports_by_time_with_copies(db: Path) -> None:
    store = open_store(db)
    data = story_view(store, "a2")  # an article id finds its story
    store.close()
    assert [r["id"] for r in data["reports"]] == ["a1", "a2", "a3"]
    assert data["outlets"] == {"one.example": 1, "two.example": 1, "three.example": 1}
    assert data["copies"] == [{"canonical": "a1", "copies": ["a3"]}]
    assert data["singleton_reason"] is None


@pytest.mark.parametrize(
    ("article_id", "reason_part"),
    [
        pytest.param("x1", "headline", id="bad-input"),
        pytest.param("s1", "no other report", id="no-match"),
    ],
)
def test_singletons_say_why(db: Path, article_id: str, reason_part: str) -> None:
    store = open_store(db)
    data = story_view(store, article_id)
    store.close()
    assert data["size"] == 1
    assert reason_part in data["singleton_reason"]


def test_stories_view_filters_by_period_and_size(db: Path) -> None:
    store = open_store(db)
    from datetime import datetime

    everything = stories_view(store, min_size=1)
    later = stories_view(store, published_from=datetime(2023, 5, 19), min_size=1)
    multi = stories_view(store)
    store.close()
    assert everything["stories"][0]["size"] == 3
    assert {s["id"] for s in later["stories"]} == {"s-s1"}
    assert [s["size"] for s in multi["stories"]] == [3]


def test_related_view_and_unknown_ids(db: Path) -> None:
    store = open_store(db)
    data = related_view(store, "a1")
    with pytest.raises(NotFound):
        story_view(store, "nope")
    store.close()
    assert "f1" in [r["article_id"] for r in data["related"]]


@pytest.mark.parametrize(
    ("args", "key"),
    [
        pytest.param(["story", "a1"], "reports", id="story"),
        pytest.param(["related", "a1", "--limit", "3"], "related", id="related"),
        pytest.param(["stories", "--from", "2023-05-01", "--to", "2023-05-31"], "stories",
                     id="stories"),
        pytest.param(["recluster"], "changed", id="recluster"),
    ],
)
def test_cli_json(db: Path, args: list[str], key: str) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    assert key in json.loads(result.output)


def test_cli_text_and_recluster_is_stable(db: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(cli, ["story", "a3", "--db", str(db)])
    assert "copy of a1" in text.output
    again = json.loads(runner.invoke(cli, ["recluster", "--db", str(db), "--json"]).output)
    assert again["changed"] == 0
    assert again["articles"] == len(_articles())


@pytest.mark.parametrize(
    ("entities", "terms", "line"),
    [
        pytest.param(["جيمس جيفري"], ["سوريا", "روسيا"], "shared: جيمس جيفري · سوريا, روسيا",
                     id="names-and-words"),
        pytest.param([], ["سوريا"], "shared: سوريا", id="words-only"),
    ],
)
def test_related_text_shows_shared_names_and_words(entities: list[str], terms: list[str],
                                                   line: str) -> None:
    """The docs promise both; the text showed the words only when no name was shared."""
    from siyaq.cli.stories import render_related

    data = {"article": {"id": "a1", "title": "خبر"}, "related": [
        {"score": 0.1, "published_at": None, "story_id": "s-1", "title": "آخر",
         "article_id": "a2", "shared_entities": entities, "shared_terms": terms}]}
    assert render_related(data).splitlines()[-1].strip() == line
