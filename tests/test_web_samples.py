"""The reader over a real archive: the bundled samples/ ingested by the real pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from html import unescape
from pathlib import Path

import pytest

from siyaq.store import open_store
from siyaq.store.base import Store
from siyaq.views import article_view
from siyaq.web.app import create_app
from test_web_support import Client

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
LINK = re.compile(r'href="(/[^"]*)"')


def _ingest(path: Path, analyze: bool) -> Store:
    ingest = pytest.importorskip("siyaq.ingest")
    store = open_store(path)
    try:
        ingest.ingest_paths([str(SAMPLES)], store, analyze=analyze)
    except BaseException:
        store.close()
        raise
    return store


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The samples with full analysis, or without it when the analyzers are not ready here
    (e.g. no trained NER model): the reader must work either way."""
    folder = tmp_path_factory.mktemp("samples-archive")
    try:
        store = _ingest(folder / "full.db", analyze=True)
    except Exception:
        store = _ingest(folder / "plain.db", analyze=False)
    yield store
    store.close()


@pytest.fixture(scope="module")
def client(archive: Store) -> Client:
    return Client(create_app(store=archive))


def test_samples_are_in_the_archive(client: Client) -> None:
    articles = client.get("/api/articles", limit="100").json()["articles"]
    assert len(articles) >= 15  # most of the 40 pages (extraction may still miss some)


def test_home_lists_newest_first(client: Client) -> None:
    articles = client.get("/api/articles", limit="100").json()["articles"]
    stamps = [datetime.fromisoformat(a["published_at"]).replace(tzinfo=None)
              for a in articles if a["published_at"]]
    assert stamps == sorted(stamps, reverse=True)


def test_every_internal_link_resolves(client: Client) -> None:
    """Crawl from the home page: every link the reader prints leads to a page that exists."""
    seen: set[str] = set()
    queue = ["/", "/search?q=" + "سوريا"]
    while queue and len(seen) < 40:  # article pages come first: most samples, kept quick
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        if response.headers["content-type"].startswith("text/html"):
            links = [unescape(p) for p in LINK.findall(response.text)]
            # Article pages first (a stack: pushed last), then the rest.
            queue += sorted((p for p in links if p not in seen), key=lambda p: "/article/" in p)
    assert sum(p.startswith("/article/") for p in seen) >= 5  # the crawl did reach articles


def test_article_pages_show_their_body(client: Client, archive: Store) -> None:
    # Every third article: the formats and outlets all come up, and the test stays quick.
    for summary in client.get("/api/articles", limit="100").json()["articles"][::3]:
        data = article_view(archive, summary["id"])
        page = unescape(client.get(f"/article/{summary['id']}").text)
        assert all(paragraph in page for paragraph in data["body"]), summary["id"]
        assert (data["title"] or "(بلا عنوان)") in page
        assert str(SAMPLES) not in page  # the server's folders stay private


@pytest.mark.parametrize("query", ["سوريا", "القطار", "زيت الزيتون"], ids=["syria", "train", "oil"])
def test_demo_searches_find_marked_results(client: Client, query: str) -> None:
    data = client.get("/api/search", q=query).json()
    assert data["count"] >= 1
    page = client.get("/search", q=query).text
    assert page.count('class="snippet"') == data["count"] and "<mark>" in page


def test_source_filter_keeps_one_outlet(client: Client) -> None:
    # Text dumps carry no address, so only some articles have a source to filter on.
    everything = client.get("/api/search", q="القطار", limit="100").json()["hits"]
    sources = sorted({h["source"] for h in everything if h["source"]})
    assert sources
    hits = client.get("/api/search", q="القطار", source=sources[0], limit="100").json()["hits"]
    assert hits and {h["source"] for h in hits} == {sources[0]}
    assert len(hits) == sum(h["source"] == sources[0] for h in everything)


def test_article_pages_carry_related_stories(client: Client) -> None:
    """The samples tell several follow-ups of one subject: some article must list one."""
    articles = client.get("/api/articles", limit="100").json()["articles"]
    related = [client.get(f"/api/article/{a['id']}").json()["related"] for a in articles]
    assert any(related), "no article of the samples lists a related story"
    assert all(r["story_id"] and r["title"] for items in related for r in items)


def test_story_pages_carry_the_related_stories_of_their_titled_report(client: Client) -> None:
    stories = client.get("/api/stories", limit="100").json()["stories"]
    assert stories
    listed = []
    for summary in stories:
        story = client.get(f"/api/story/{summary['id']}").json()
        titled = next(r["id"] for r in story["reports"] if r["title"] == story["title"])
        article = client.get(f"/api/article/{titled}").json()
        assert story["related"] == article["related"]
        assert not {r["story_id"] for r in story["related"]} & {story["id"]}
        listed += story["related"]
        if story["related"]:
            page = unescape(client.get(f"/story/{summary['id']}").text)
            assert "في السياق نفسه" in page and story["related"][0]["title"] in page
    assert listed, "no story of the samples lists a related story"
