"""Search by byline: only articles whose byline holds the words in their search form (hamzas,
ta marbuta, diacritics, case and spaces folded on both sides, as a search folds them), on both
stores, from the CLI and the reader; a LIKE wildcard in the asked text is literal."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.store import Store, open_store
from siyaq.store.base import SearchQuery
from siyaq.views import search_view
from siyaq.web.app import create_app
from test_web_support import Client

BYLINES = {"b1": "القاهرة - أحمد الريدي", "b2": "الرياض - واس", "b3": None,
           "b4": "100% - موقع", "b5": "جدة -  فاطمـة الزهرانيّ", "b6": "Reuters\u00a0- AFP"}


def _put(store: Store) -> Store:
    records = []
    for id_, byline in BYLINES.items():
        article = Article(id=id_, content_hash=f"h{id_}", origin=f"{id_}.txt", title="خبر القمة",
                          body=["انعقدت القمة الاقتصادية في القاهرة بحضور الوزراء."],
                          byline=byline)
        records.append(Record(Page(id_.encode(), article.origin, ContentType.TEXT), article))
    store.put_records(records, IngestReport())
    return store


@pytest.mark.parametrize(("byline", "ids"), [
    (None, ["b1", "b2", "b3", "b4", "b5", "b6"]),
    ("أحمد الريدي", ["b1"]),
    ("  أحمد   الريدي ", ["b1"]),
    ("احمد الريدى", ["b1"]),
    ("فاطمه الزهراني", ["b5"]),
    ("جدة - فاطمة", ["b5"]),
    ("reuters - afp", ["b6"]),
    ("واس", ["b2"]),
    ("%", ["b4"]),
    ("رويترز", []),
    ("ـ", ["b1", "b2", "b3", "b4", "b5", "b6"]),
], ids=["no-filter", "writer", "spaces-folded", "hamza-and-yeh-folded",
        "ta-marbuta-tatweel-shadda-folded", "double-space-in-byline", "latin-case-and-nbsp",
        "agency", "wildcard-is-literal", "nobody", "only-tatweel-is-no-filter"])
def test_byline_filter(new_archive: Callable[[], Store], byline: str | None,
                       ids: list[str]) -> None:
    store = _put(new_archive())
    hits = store.search(SearchQuery("القمة", byline=byline))
    assert sorted(hit.article_id for hit in hits) == ids
    assert store.search_count(SearchQuery("القمة", byline=byline)) == len(ids)
    assert search_view(store, "القمة", byline=byline)["filters"]["byline"] == byline


def test_cli_and_reader(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    _put(open_store(path)).close()
    run = CliRunner().invoke(cli, ["search", "القمة", "--byline", "واس", "--db", str(path),
                                   "--json"])
    assert run.exit_code == 0, run.output
    assert [hit["id"] for hit in json.loads(run.stdout)["hits"]] == ["b2"]
    store = open_store(path)
    page = unescape(Client(create_app(store=store)).get(
        "/search", q="القمة", byline="أحمد الريدي").text)
    api = Client(create_app(store=store)).get(
        "/api/search", q="القمة", byline="أحمد الريدي").json()
    store.close()
    assert 'name="byline" value="أحمد الريدي"' in page
    assert [hit["id"] for hit in api["hits"]] == ["b1"]
