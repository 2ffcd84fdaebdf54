"""`siyaq export`: JSON Lines for programs, CSV for a spreadsheet; a CSV export reads back in."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from siyaq.exports import CSV_COLUMNS, Exported, ExportSelection, csv_row, exported
from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Quote, Record, Story
from siyaq.store import open_store
from siyaq.store.base import Store

ARTICLES = [
    Article(id="a1", content_hash="h1", origin="t1", url="https://news.example/a1",
            host="news.example", title="وزير النقل يفتتح الخط", published_at=datetime(2024, 3, 11, 9),
            byline="دمشق - سانا",
            body=["افتتح وزير النقل زهير القاسم الخط بين حلب واللاذقية.", "وقال: «القطار يومي»."],
            language="ar",
            mentions=[Mention("زهير القاسم", "PERS", 11, 22, "زهير القاسم"),
                      Mention("حلب", "LOC", 31, 34), Mention("القاسم", "PERS", 60, 66,
                                                             "زهير القاسم"),
                      Mention("اللاذقية", "LOC", 35, 43), Mention("حلب", "LOC", 80, 83)],
            quotes=[Quote("القطار يومي", 70, 81, speaker="القاسم",
                          speaker_canonical="زهير القاسم")]),
    Article(id="a2", content_hash="h2", origin="t2", title="خبر بلا تاريخ", body=["نص, فيه فاصلة"]),
]


def test_csv_row_cells() -> None:
    row = dict(zip(CSV_COLUMNS, csv_row(Exported(ARTICLES[0], "s-a1", None)), strict=True))
    assert row["published_at"] == "2024-03-11T09:00:00" and row["byline"] == "دمشق - سانا"
    assert row["body"] == "\n".join(ARTICLES[0].body)
    assert row["people"] == "زهير القاسم"
    assert row["places"] == "حلب؛ اللاذقية"  # most mentioned first
    assert row["quotes"] == "زهير القاسم: «القطار يومي»"
    assert (row["story_id"], row["copy_of"]) == ("s-a1", "")
    assert dict(zip(CSV_COLUMNS, csv_row(Exported(ARTICLES[1])), strict=True))["url"] == ""


def test_cli_csv_export_opens_in_a_spreadsheet_and_reads_back(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.db")
    store.put_records([Record(Page(a.id.encode(), a.origin, ContentType.ARTICLE, url=a.url), a)
                       for a in ARTICLES], IngestReport())
    store.close()
    run = subprocess.run([sys.executable, "-m", "siyaq.cli", "export", "--format", "csv",
                          "--db", str(tmp_path / "a.db")], capture_output=True, check=True)
    assert run.stdout.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets need
    rows = list(csv.DictReader(io.StringIO(run.stdout.decode("utf-8-sig"), newline="")))
    assert [(r["id"], r["title"], r["body"]) for r in rows] == [
        (a.id, a.title, "\n".join(a.body)) for a in ARTICLES]
    exported = tmp_path / "export.csv"
    exported.write_bytes(run.stdout)
    back = subprocess.run([sys.executable, "-m", "siyaq.cli", "ingest", str(exported),
                           "--no-analyze", "--no-relate", "--db", str(tmp_path / "b.db")],
                          capture_output=True, check=True, text=True)
    assert "stored 2" in back.stdout + back.stderr
    store = open_store(tmp_path / "b.db")
    again = {a.title: a for a in store.iter_articles()}
    store.close()
    assert again["وزير النقل يفتتح الخط"].body == ARTICLES[0].body
    assert again["وزير النقل يفتتح الخط"].published_at == ARTICLES[0].published_at
    assert again["وزير النقل يفتتح الخط"].byline == "دمشق - سانا"  # read back as the author field
    assert again["خبر بلا تاريخ"].byline is None
    assert again["خبر بلا تاريخ"].body == ARTICLES[1].body


# A wire text (w1) copied by two outlets a day and two days later, another story (o1), and an
# undated article: one archive for the selections below.
WIRE = ["أعلنت الوزارة افتتاح الخط الجديد بين المدينتين.", "وقال الوزير إن القطار يومي."]
PLACED = [
    Article(id="w1", content_hash="hw1", origin="w1", host="wire.example", title="افتتاح الخط",
            published_at=datetime(2024, 3, 10, 9), body=WIRE),
    Article(id="c1", content_hash="hc1", origin="c1", host="www.paper.example", title="افتتاح الخط",
            published_at=datetime(2024, 3, 11, 9), body=WIRE),
    Article(id="c2", content_hash="hc2", origin="c2", host="daily.example", title="افتتاح الخط",
            published_at=datetime(2024, 3, 12, 9), body=WIRE),
    Article(id="o1", content_hash="ho1", origin="o1", host="paper.example", title="طقس",
            published_at=datetime(2024, 3, 12, 10), body=["أمطار غزيرة على الساحل اليوم."]),
    Article(id="u1", content_hash="hu1", origin="u1", host="paper.example", title="بلا تاريخ",
            body=["نص بلا تاريخ نشر."]),
]


def _place(store: Store) -> Store:
    store.put_records([Record(Page(a.id.encode(), a.origin, ContentType.TEXT), a)
                       for a in PLACED], IngestReport())
    store.put_stories([Story("s-w1", ["w1", "c1", "c2"], copies={"c1": "w1", "c2": "w1"}),
                       Story("s-o1", ["o1"])])
    return store


@pytest.fixture
def placed(new_archive: Callable[[], Store]) -> Store:
    """The archive on each backend (PostgreSQL when a server is given)."""
    return _place(new_archive())


@pytest.mark.parametrize(
    ("selection", "expected"),
    [
        (ExportSelection(), ["w1", "c1", "c2", "o1", "u1"]),
        (ExportSelection(copies=False), ["w1", "o1", "u1"]),
        (ExportSelection(published_from=datetime(2024, 3, 11)), ["c1", "c2", "o1"]),
        # The original is outside the period: its earliest copy inside stands for the text.
        (ExportSelection(published_from=datetime(2024, 3, 11), copies=False), ["c1", "o1"]),
        (ExportSelection(published_to=datetime(2024, 3, 11, 23, 59)), ["w1", "c1"]),
        (ExportSelection(host="paper.example"), ["c1", "o1", "u1"]),  # www. or not
        (ExportSelection(host="daily.example", copies=False), ["c2"]),
    ],
    ids=["everything", "no-copies", "from", "from-no-copies", "to", "source",
         "source-no-copies"],
)
def test_selections(placed: Store, selection: ExportSelection, expected: list[str]) -> None:
    assert sorted(item.article.id for item in exported(placed, selection)) == sorted(expected)


def test_each_article_carries_its_story_and_original(placed: Store) -> None:
    found = {item.article.id: (item.story_id, item.copy_of)
             for item in exported(placed, ExportSelection())}
    assert found == {"w1": ("s-w1", None), "c1": ("s-w1", "w1"), "c2": ("s-w1", "w1"),
                     "o1": ("s-o1", None), "u1": (None, None)}


def test_cli_jsonl_export_without_copies(tmp_path: Path) -> None:
    _place(open_store(tmp_path / "placed.db")).close()
    run = subprocess.run([sys.executable, "-m", "siyaq.cli", "export", "--no-copies",
                          "--from", "2024-03-11", "--to", "2024-03-12",
                          "--db", str(tmp_path / "placed.db")],
                         capture_output=True, check=True, text=True, encoding="utf-8")
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert sorted((d["id"], d["story_id"], d["copy_of"]) for d in lines) == [
        ("c1", "s-w1", "w1"), ("o1", "s-o1", None)]
    assert lines[0]["body"] in (WIRE, PLACED[3].body)  # every field of the article
