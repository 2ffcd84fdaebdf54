"""`siyaq export`: JSON Lines for programs, CSV for a spreadsheet; a CSV export reads back in."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from siyaq.exports import CSV_COLUMNS, csv_row
from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Quote, Record
from siyaq.store import open_store

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
    row = dict(zip(CSV_COLUMNS, csv_row(ARTICLES[0]), strict=True))
    assert row["published_at"] == "2024-03-11T09:00:00" and row["byline"] == "دمشق - سانا"
    assert row["body"] == "\n".join(ARTICLES[0].body)
    assert row["people"] == "زهير القاسم"
    assert row["places"] == "حلب؛ اللاذقية"  # most mentioned first
    assert row["quotes"] == "زهير القاسم: «القطار يومي»"
    assert dict(zip(CSV_COLUMNS, csv_row(ARTICLES[1]), strict=True))["url"] == ""


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
