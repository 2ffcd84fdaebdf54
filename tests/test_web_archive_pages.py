"""The reader's story, stories, entity, entities and quotes pages and their /api/ twins,
through the real ASGI transport over a real SQLite archive (tests/test_web_support.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from siyaq.store.base import Store
from siyaq.web.app import create_app
from test_web_support import REPORTED_TEXT, XSS_TITLE, Client, build_archive

QUOTE_WORDS = "هذه الرحلة رسالة"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    archive = build_archive(tmp_path / "web.db")
    yield archive
    archive.close()


@pytest.fixture
def client(store: Store) -> Client:
    return Client(create_app(store=store))


def api(client: Client, path: str) -> Any:
    response = client.get("/api" + path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return json.loads(response.text)


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        pytest.param("/stories", ["القطار", "alkhabar.example"], id="stories"),
        pytest.param("/story/st1", ["عودة قطار الركاب", "sada-news.example", "نسخة من"],
                     id="story"),
        pytest.param("/story/a3", ["عودة قطار الركاب"], id="story-of-an-article"),
        pytest.param("/entities", ["زهير القاسم", "حلب"], id="entities"),
        pytest.param("/entity/زهير القاسم", [QUOTE_WORDS, REPORTED_TEXT, "القاسم"], id="entity"),
        pytest.param("/entity/القاسم", [QUOTE_WORDS], id="entity-by-a-variant"),
        pytest.param("/quotes", [QUOTE_WORDS, "عودة قطار الركاب"], id="quotes"),
        pytest.param("/quotes?q=شرايين", [QUOTE_WORDS], id="quotes-by-words"),
    ],
)
def test_page_shows_its_data(client: Client, path: str, shown: list[str]) -> None:
    response = client.get(path)
    assert response.status_code == 200
    text = unescape(response.text)
    for words in shown:
        assert words in text


@pytest.mark.parametrize(
    ("path", "key", "size"),
    [
        pytest.param("/stories", "stories", 1, id="stories"),
        pytest.param("/story/st1", "reports", 3, id="story"),
        pytest.param("/entities?type=PERS", "entities", 1, id="people"),
        pytest.param("/entities?type=LOC", "entities", 1, id="places"),
        pytest.param("/entity/زهير القاسم", "quotes", 2, id="entity-quotes"),
        pytest.param("/entity/حلب", "articles", 1, id="entity-articles"),
        pytest.param("/quotes?speaker=زهير القاسم", "quotes", 2, id="quotes-by-speaker"),
        pytest.param("/quotes?speaker=أحد آخر", "quotes", 0, id="quotes-nobody"),
    ],
)
def test_api_twin_answers_the_same_data(client: Client, path: str, key: str, size: int) -> None:
    data = api(client, path)
    assert len(data[key]) == size
    page = unescape(client.get(path).text)
    for item in data[key]:
        shown = item.get("title") or item.get("name") or item.get("text")
        assert shown and shown in page


def test_quotes_name_their_article_and_speaker(client: Client) -> None:
    rows = api(client, "/quotes")["quotes"]
    direct = next(r for r in rows if r["direct"])
    assert direct["article_id"] == "a1" and direct["source"] == "alkhabar.example"
    assert direct["speaker"] == "زهير القاسم" and direct["published_at"].startswith("2024-03-11")
    page = client.get("/quotes").text
    assert f'href="/entity/{quote("زهير القاسم")}"' in page
    assert f"«{REPORTED_TEXT}»" not in unescape(page)  # reported speech: no quotation marks


def test_article_page_links_names_and_story(client: Client) -> None:
    page = client.get("/article/a1").text
    assert f'href="/entity/{quote("حلب")}"' in page
    assert 'href="/story/st1"' in page


def test_search_by_entity_alone(client: Client) -> None:
    data = api(client, "/search?entity=حلب")
    assert [hit["id"] for hit in data["hits"]] == ["a1"]
    assert "حلب" in unescape(client.get("/search?entity=حلب").text)


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        pytest.param("/entity/لا أحد", 404, "no person", id="unknown-entity"),
        pytest.param("/story/missing", 404, "no story", id="unknown-story"),
        pytest.param("/entities?type=XX", 400, "'type'", id="bad-type"),
        pytest.param("/stories?from=yesterday", 400, "'from'", id="bad-date"),
        pytest.param("/stories?from=2024-03-12&to=2024-03-01", 400, "after", id="from-after-to"),
        pytest.param("/quotes?limit=1000", 400, "'limit'", id="limit-too-large"),
    ],
)
def test_bad_requests_are_clear_in_json_and_html(
    client: Client, path: str, status: int, message: str
) -> None:
    response = client.get("/api" + path)
    assert response.status_code == status
    assert message in json.loads(response.text)["error"]
    page = client.get(path)
    assert page.status_code == status and '<html lang="ar" dir="rtl">' in page.text


def test_hostile_title_is_escaped_in_the_story(client: Client) -> None:
    page = client.get("/story/st1").text
    assert "<script" not in page
    assert XSS_TITLE in unescape(page)


def test_every_page_links_the_sections(client: Client) -> None:
    page = client.get("/").text
    for path in ("/stories", "/entities", "/quotes"):
        assert f'href="{path}"' in page


def test_stories_period_filter(store: Store, client: Client) -> None:
    from siyaq.model import Story

    store.put_stories([Story(id="st1", article_ids=["a1", "a2", "a3"], title="القطار",
                             first_published=datetime(2024, 3, 11, 14, 5),
                             last_published=datetime(2024, 3, 12, 14, 5))])
    assert api(client, "/stories?from=2024-03-12&to=2024-03-12")["count"] == 1
    assert api(client, "/stories?to=2024-03-10")["count"] == 0
    assert api(client, "/stories?from=2024-03-13")["count"] == 0
