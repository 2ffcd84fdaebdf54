"""CSV datasets with a header row: one article a row, columns named as JSONL fields."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest

from siyaq.model import ContentType
from siyaq.sources import read_paths, skipped_reason

TEXT = "أعلن وزير النقل افتتاح الخط الجديد.\nوقال إن القطار سيعمل يوميا، " + "وكلام كثير " * 20000


def _csv(path: Path, rows: list[list[str]]) -> Path:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    data = out.getvalue().encode("utf-8-sig")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize("name", ["news.csv", "news.csv.gz"], ids=["plain", "gzip"])
def test_rows_become_articles(tmp_path: Path, name: str) -> None:
    path = _csv(tmp_path / name, [
        ["URL", "Title", "Content", "Date", "category"],
        ["https://a.example/1", "عنوان", TEXT, "2020-02-06 23:54", "سياسة"],
        ["https://a.example/2", "عنوان آخر", "", "", ""],
        ["https://a.example/3", "<p>", "<p>فقرة أولى</p><p>فقرة ثانية</p>", "", ""],
    ])
    first, second, third = read_paths([str(path)])
    assert first.error is None and first.page.content_type is ContentType.ARTICLE
    assert (first.page.url, first.page.given_title, first.page.given_published) == (
        "https://a.example/1", "عنوان", "2020-02-06 23:54")
    assert first.page.given_body is not None and first.page.given_body[0].startswith("أعلن")
    assert len("\n".join(first.page.given_body)) > 128 * 1024  # over csv's default field limit
    assert first.page.origin == f"{path}#line 2"
    assert second.error == "csv line 3 has no html, body or text"
    assert third.page.given_body == ["فقرة أولى", "فقرة ثانية"]


def test_a_csv_of_no_articles(tmp_path: Path) -> None:
    path = _csv(tmp_path / "urls.csv", [["url", "status"], ["https://a.example/1", "200"]])
    [named] = read_paths([str(path)])
    assert named.error is not None and named.error.startswith(
        "csv header names no body, content, text or html column (url, status)")
    skipped: list[str] = []
    assert list(read_paths([str(tmp_path)], on_skipped=skipped.append)) == []
    assert skipped == [str(path)]
    assert skipped_reason(str(path)).startswith("CSV file holding no pages")


def test_a_stray_bad_byte_costs_one_character(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_bytes("title,content\nعنوان,نص الخبر\nآخر,".encode() + b"\xff" + "نص\n".encode())
    first, second = read_paths([str(path)])
    assert first.page.given_body == ["نص الخبر"]
    assert second.page.given_body == ["\ufffdنص"]


@pytest.mark.parametrize("codec", ["cp1256", "utf-8"], ids=["windows-1256", "utf-8"])
def test_a_legacy_charset_is_told_from_the_head(tmp_path: Path, codec: str) -> None:
    rows = "title,content\n" + "".join(f"عنوان {n},أعلنت الوزارة اليوم أن الخبر رقم {n} صحيح\n"
                                       for n in range(50))
    path = tmp_path / "news.csv"
    path.write_bytes(rows.encode(codec))
    records = list(read_paths([str(path)]))
    assert len(records) == 50
    assert records[7].page.given_body == ["أعلنت الوزارة اليوم أن الخبر رقم 7 صحيح"]
