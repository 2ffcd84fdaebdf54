"""read_paths on .json files: arrays (Scrapy's export), single objects, objects one per line,
read item by item; broken, cut and non-page files end with one Record saying why."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import siyaq.sources.json_file as json_file
from siyaq.model import ContentType
from siyaq.sources import read_paths, skipped_reason

TEXT = "عنوان الخبر\nنص الخبر الأول، وفيه ما يكفي من الكلام."
PAGES = [
    {"url": "https://a.example/1", "text": TEXT},
    {"url": "https://a.example/2", "title": "عنوان", "body": ["فقرة ١", "فقرة ٢"],
     "published": "2020-02-06 23:54"},
    {"url": "https://a.example/3", "html": "<html><body><p>نص</p></body></html>"},
]


def _write(path: Path, text: str) -> Path:
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def _urls(path: Path) -> list[tuple[str | None, str | None]]:
    return [(r.page.url, r.error) for r in read_paths([str(path)])]


EXPECTED = [(f"https://a.example/{n}", None) for n in (1, 2, 3)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("pages.json", json.dumps(PAGES, ensure_ascii=False)),
        ("pages.json", json.dumps(PAGES, ensure_ascii=False, indent=2)),
        ("pages.json", "\n".join(json.dumps(p, ensure_ascii=False) for p in PAGES)),
        ("pages.json.gz", json.dumps(PAGES, ensure_ascii=False)),
        ("pages.json", "\ufeff" + json.dumps(PAGES)),
    ],
    ids=["array", "indented-array", "objects-one-per-line", "gzip", "bom-and-escapes"],
)
def test_json_items_become_pages(tmp_path: Path, name: str, text: str) -> None:
    path = _write(tmp_path / name, text)
    records = list(read_paths([str(path)]))
    assert [(r.page.url, r.error) for r in records] == EXPECTED
    assert [r.page.content_type for r in records] == [
        ContentType.TEXT, ContentType.ARTICLE, ContentType.HTML]
    assert records[0].page.content.decode() == TEXT
    assert records[1].page.given_body == ["فقرة ١", "فقرة ٢"]
    assert records[2].page.origin == f"{path}#item 3"


@pytest.mark.parametrize("chunk", [1, 3, 7, 64], ids=["1-byte", "3-bytes", "7-bytes", "64-bytes"])
def test_items_and_letters_split_across_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(json_file, "_CHUNK", chunk)  # Arabic letters are 2 bytes in UTF-8
    path = _write(tmp_path / "pages.json", json.dumps(PAGES, ensure_ascii=False))
    records = list(read_paths([str(path)]))
    assert [(r.page.url, r.error) for r in records] == EXPECTED
    assert records[0].page.content.decode() == TEXT


def test_single_object(tmp_path: Path) -> None:
    path = _write(tmp_path / "page.json", json.dumps(PAGES[0]))
    assert _urls(path) == [EXPECTED[0]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f'[{json.dumps(PAGES[0])}, 7, {json.dumps(PAGES[1])}]',
         [EXPECTED[0], (None, "json item 2 is not a JSON object"), EXPECTED[1]]),
        (f'[{json.dumps(PAGES[0])}, {{"title": "only"}}, {json.dumps(PAGES[1])}]',
         [EXPECTED[0], (None, "json item 2 has no html, body or text"), EXPECTED[1]]),
        (f'[{json.dumps(PAGES[0])}, {{"url": oops}}, {json.dumps(PAGES[1])}]',
         [EXPECTED[0], (None, "json item 2: not valid JSON (or the file is cut off) here")]),
        (json.dumps(PAGES)[:-40],
         [*EXPECTED[:2], (None, "json item 3: not valid JSON (or the file is cut off) here")]),
        ('["https://a.example/1", "https://a.example/2"]',
         [(None, "json item 1 is not a JSON object; the file holds no pages and is not read "
                 "further")]),
        ('{"crawler": "x", "pages": 2}',
         [(None, "json item 1 has no html, body or text; the file holds no pages and is not "
                 "read further")]),
        ("", [(None, "empty file")]),  # one failure, as an empty .txt is: not lost unsaid
        (f'[{json.dumps(PAGES[0])}, ' + "[" * 100_000 + "]" * 100_000 + "]",
         [EXPECTED[0], (None, "json item 2: JSON nested too deeply")]),
    ],
    ids=["not-an-object", "no-content", "broken-json", "cut-off", "list-of-addresses",
         "metadata-object", "empty", "hostile-nesting"],
)
def test_bad_items(tmp_path: Path, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _urls(_write(tmp_path / "pages.json", text)) == expected


def test_a_folder_reads_its_json_files_and_counts_metadata_as_skipped(tmp_path: Path) -> None:
    """A crawl's metadata file beside its export is counted as left out, not stored as a
    failure per folder; named on its own, it is one failure saying why."""
    _write(tmp_path / "export.json", json.dumps(PAGES))
    stats = _write(tmp_path / "stats.json", json.dumps({"items": 3, "finish_reason": "done"}))
    skipped: list[str] = []
    records = list(read_paths([str(tmp_path)], on_skipped=skipped.append))
    assert [(r.page.url, r.error) for r in records] == EXPECTED
    assert skipped == [str(stats)]
    assert skipped_reason(str(stats)).startswith("JSON file holding no pages")
    [named] = list(read_paths([str(stats)], on_skipped=skipped.append))
    assert named.error is not None and named.error.endswith("holds no pages and is not read further")
