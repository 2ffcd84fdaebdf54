"""A search's total and pages where readers see them: search_view (the one data function of the
CLI, the API and the reader), the reader's heading and its previous/next links, /api/search's
offset, and `siyaq search --offset`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.model import IngestReport
from siyaq.store import Store, open_store
from siyaq.views import search_view
from siyaq.web.app import create_app
from siyaq.web.render import page_link
from test_search_paging import BOTH, paging_records
from test_web_support import Client


@pytest.fixture
def archive(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    store.put_records(paging_records(), IngestReport())
    return store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "paging.db"
    store = open_store(path)
    store.put_records(paging_records(), IngestReport())
    store.close()
    return path


@pytest.fixture
def served(db: Path) -> Iterator[Store]:
    """The SQLite archive the reader serves (the web tests run on one backend)."""
    store = open_store(db)
    yield store
    store.close()


@pytest.fixture
def client(served: Store) -> Client:
    return Client(create_app(store=served))


def link(page: str, rel: str) -> str:
    """The address of the page's rel="next" or rel="prev" link."""
    found = re.search(rf'<a rel="{rel}" href="([^"]+)"', page)
    assert found is not None, f"no {rel} link"
    return unescape(found[1])


def page_of(data: dict[str, Any]) -> tuple[object, ...]:
    return (data["count"], data["total"], data["offset"], data["previous_offset"],
            data["next_offset"])


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        pytest.param(0, (2, 5, 0, None, 2), id="first"),
        pytest.param(2, (2, 5, 2, 0, 4), id="second"),
        pytest.param(4, (1, 5, 4, 2, None), id="last"),
        pytest.param(3, (2, 5, 3, 1, None), id="not-on-a-page-boundary"),
        pytest.param(10, (0, 5, 10, 3, None), id="past-the-end"),
    ],
)
def test_search_view_says_the_total_and_the_pages_around(archive: Store, offset: int,
                                                         expected: tuple[object, ...]) -> None:
    data = search_view(archive, "القطار حلب", limit=2, offset=offset)
    assert page_of(data) == expected
    assert data["limit"] == 2
    whole = [hit["id"] for hit in search_view(archive, "القطار حلب", limit=100)["hits"]]
    assert sorted(whole) == BOTH
    assert [hit["id"] for hit in data["hits"]] == whole[offset:offset + 2]


def test_search_view_totals_follow_the_filters(archive: Store) -> None:
    assert search_view(archive, "القطار", host="b.example", limit=1)["total"] == 3
    assert search_view(archive, "", entity="زهير القاسم", limit=1)["total"] == 3
    data = search_view(archive, "القطار", entity="زهير القاسم", host="a.example")
    assert page_of(data) == (2, 2, 0, None, None)


def test_best_matches_follow_on_the_first_page_only(archive: Store) -> None:
    # m1 alone holds all three words; m2-m5 hold two of them: best matches.
    first = search_view(archive, "القطار حلب دمشق", limit=3)
    assert first["total"] == 1 and first["count"] == 3 and first["next_offset"] is None
    assert [hit["matched"] is None for hit in first["hits"]] == [True, False, False]
    assert search_view(archive, "القطار حلب دمشق", limit=3, offset=1)["hits"] == []


def test_the_page_shows_the_total_and_links_to_the_next(client: Client, served: Store) -> None:
    first = client.get("/search", q="القطار حلب", limit="2").text
    assert "5 نتائج عن «القطار حلب»" in unescape(first)
    assert "السابق" not in first and 'rel="next"' in first
    following = link(first, "next")
    second = client.get(following).text
    assert "النتائج 3–4 من 5 عن «القطار حلب»" in unescape(second)
    expected = [hit["id"] for hit in search_view(served, "القطار حلب", limit=2, offset=2)["hits"]]
    assert re.findall(r'href="/article/(\w+)"', second) == expected
    assert "→ السابق" in second and "التالي ←" in second
    last = client.get(link(second, "next")).text
    assert "النتيجة 5 من 5" in unescape(last) and "التالي" not in last


def test_the_links_keep_every_filter(client: Client) -> None:
    params = {"q": "القطار", "from": "2024-03-02", "to": "2024-03-05", "source": "b.example",
              "limit": "1"}
    first = client.get("/search", **params).text
    following = link(first, "next")
    assert following == page_link(params, 1)
    second = client.get(following).text
    assert "النتيجة 2 من 3" in unescape(second)
    back = link(second, "prev")
    assert back == page_link(params, 0) and "offset" not in back


def test_a_page_past_the_end_says_so_and_links_back(client: Client) -> None:
    text = unescape(client.get("/search", q="القطار حلب", limit="2", offset="40").text)
    assert "لا مزيد من النتائج" in text and "5 نتائج" in text and "→ السابق" in text


@pytest.mark.parametrize(
    "offset", ["abc", "-1", "1.5", "10001"], ids=["not-a-number", "negative", "fraction", "too-far"])
def test_a_bad_offset_is_a_clear_400(client: Client, offset: str) -> None:
    for path in ("/api/search", "/search"):
        response = client.get(path, q="القطار", offset=offset)
        assert response.status_code == 400
        assert "offset" in (response.json()["error"] if path.startswith("/api") else
                            unescape(response.text))


def test_api_search_pages(client: Client, served: Store) -> None:
    data = client.get("/api/search", q="القطار حلب", limit="2", offset="2").json()
    assert data == json.loads(json.dumps(search_view(served, "القطار حلب", limit=2, offset=2),
                                         ensure_ascii=False))
    assert page_of(data) == (2, 5, 2, 0, 4)


@pytest.mark.parametrize(
    ("args", "line"),
    [
        pytest.param([], "2 of 5 results (next: --offset 2)", id="first"),
        pytest.param(["--offset", "2"], "results 3-4 of 5 (next: --offset 4)", id="second"),
        pytest.param(["--offset", "4"], "result 5 of 5", id="last"),
        pytest.param(["--offset", "9"], "no results after 5", id="past-the-end"),
        pytest.param(["--limit", "5"], "5 results", id="all-on-one-page"),
    ],
)
def test_cli_search_prints_the_total_and_pages(db: Path, args: list[str], line: str) -> None:
    result = CliRunner().invoke(cli, ["search", "القطار حلب", "--limit", "2", *args,
                                      "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == line


def test_cli_search_json_and_a_negative_offset(db: Path) -> None:
    result = CliRunner().invoke(cli, ["search", "القطار حلب", "--limit", "2", "--offset", "2",
                                      "--json", "--db", str(db)])
    data = json.loads(result.output)
    assert page_of(data) == (2, 5, 2, 0, 4)
    bad = CliRunner().invoke(cli, ["search", "القطار", "--offset", "-1", "--db", str(db)])
    assert bad.exit_code == 2 and "--offset" in bad.output


@pytest.mark.parametrize(
    ("count", "total", "offset", "line"),
    [
        pytest.param(1, 1, 0, "1 result", id="one"),
        pytest.param(0, 0, 0, "0 results", id="none"),
        pytest.param(1, 3, 0, "1 of 3 results (next: --offset 1)", id="one-of-three"),
    ],
)
def test_the_results_line_counts_in_the_singular(count: int, total: int, offset: int,
                                                 line: str) -> None:
    from siyaq.cli.archive import _results_line

    following = offset + count if offset + count < total else None
    data = {"count": count, "total": total, "offset": offset, "next_offset": following}
    assert _results_line(data) == line
