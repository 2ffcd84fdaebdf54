"""``siyaq ingest -``: piped input is read by the format its first bytes show, and named by a
digest of its bytes so the same input piped twice is the same pages."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.model import ContentType
from siyaq.sources import read_path
from siyaq.sources.stdin import read_stdin
from siyaq.store.sqlite import SQLiteStore

TEXT = "عنوان الخبر\nأعلن وزير النقل اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين."
HTML = f"<!doctype html><html><head><title>خبر</title></head><body><p>{TEXT}</p></body></html>"
ROW = {"url": "https://a.example/1", "text": TEXT}
RSS = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><item>'
       "<title>خبر</title><link>https://a.example/rss/1</link>"
       f"<description>{TEXT}</description></item></channel></rss>")
WARC = ("WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://a.example/wet/1\r\n"
        "WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: text/plain\r\nContent-Length: "
        f"{len(TEXT.encode())}\r\n\r\n{TEXT}\r\n\r\n")


def _records(data: bytes) -> list[tuple[ContentType, str | None, str | None]]:
    records = list(read_stdin(read_path, io.BytesIO(data)))
    return [(r.page.content_type, r.page.url, r.error) for r in records]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode(), [(ContentType.TEXT, None, None)]),
        (HTML.encode(), [(ContentType.HTML, None, None)]),
        ((json.dumps(ROW) + "\n" + json.dumps(ROW | {"url": "https://a.example/2"})).encode(),
         [(ContentType.TEXT, "https://a.example/1", None),
          (ContentType.TEXT, "https://a.example/2", None)]),
        (json.dumps([ROW]).encode(), [(ContentType.TEXT, "https://a.example/1", None)]),
        (gzip.compress(json.dumps(ROW).encode()), [(ContentType.TEXT, "https://a.example/1", None)]),
        (RSS.encode(), [(ContentType.ARTICLE, "https://a.example/rss/1", None)]),
        (WARC.encode(), [(ContentType.TEXT, "https://a.example/wet/1", None)]),
        (gzip.compress(WARC.encode()), [(ContentType.TEXT, "https://a.example/wet/1", None)]),
        (b"", [(ContentType.TEXT, None, None)]),
        ("url,title,content\nhttps://a.example/1,عنوان,نص\n".encode(),
         [(ContentType.ARTICLE, "https://a.example/1", None)]),
        ("العنوان، والنص\nفقرة".encode(), [(ContentType.TEXT, None, None)]),
    ],
    ids=["text", "html", "jsonl", "json-array", "gzipped-json", "rss", "wet", "gzipped-wet",
         "empty", "csv", "commas-in-a-text"],
)
def test_piped_input_is_read_by_its_format(
    data: bytes, expected: list[tuple[ContentType, str | None, str | None]]
) -> None:
    assert _records(data) == expected


@pytest.mark.parametrize("first_text", [TEXT, TEXT * 200], ids=["short-line", "line-over-4k"])
def test_piped_jsonl_goes_on_after_a_broken_line(first_text: str) -> None:
    lines = [json.dumps(ROW | {"text": first_text}), "{broken",
             json.dumps(ROW | {"url": "https://a.example/3"})]
    assert _records("\n".join(lines).encode()) == [
        (ContentType.TEXT, "https://a.example/1", None),
        (ContentType.TEXT, None, "jsonl line 2 is not JSON"),
        (ContentType.TEXT, "https://a.example/3", None)]


def test_origin_names_the_input_by_its_bytes() -> None:
    first = [r.page.origin for r in read_stdin(read_path, io.BytesIO(json.dumps([ROW, ROW]).encode()))]
    again = [r.page.origin for r in read_stdin(read_path, io.BytesIO(json.dumps([ROW, ROW]).encode()))]
    other = [r.page.origin for r in read_stdin(read_path, io.BytesIO(TEXT.encode()))]
    assert first == again
    assert first[0].startswith("stdin:") and first[0].endswith("#item 1")
    assert first[1].endswith("#item 2")
    assert other[0].startswith("stdin:") and other[0] != first[0].split("#")[0]


def test_ingest_dash_reads_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    args = ["ingest", "-", "--db", str(db), "--no-analyze", "--no-relate"]
    first = CliRunner().invoke(cli, args, input=TEXT.encode())
    again = CliRunner().invoke(cli, args, input=TEXT.encode())
    assert first.exit_code == 0 and "stored 1" in first.output
    assert again.exit_code == 0 and "unchanged 1" in again.output
    store = SQLiteStore(db)
    [article] = list(store.iter_articles())
    store.close()
    assert article.origin.startswith("stdin:")
    assert article.body == [TEXT.split("\n")[1]]
