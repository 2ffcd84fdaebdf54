"""read_paths on plain files, folders, globs, gzip, JSONL and missing paths."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from siyaq.ingest import ingest_paths
from siyaq.model import ContentType
from siyaq.sources import read_paths
from siyaq.store.sqlite import SQLiteStore

HTML = "<html><head><title>خبر</title></head><body><p>نص الخبر</p></body></html>"
TEXT = "عنوان الخبر\nنص الخبر الأول."


def _write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("page.txt", TEXT, ContentType.TEXT),
        ("page.html", HTML, ContentType.HTML),
        ("page.htm", HTML, ContentType.HTML),
        ("page.html.gz", HTML, ContentType.HTML),
        ("page.txt.gz", TEXT, ContentType.TEXT),
        ("page.unknown", HTML, ContentType.HTML),  # sniffed from the markup
        ("notes.unknown", TEXT, ContentType.TEXT),
    ],
    ids=["txt", "html", "htm", "html-gz", "txt-gz", "sniffed-html", "sniffed-text"],
)
def test_plain_file_becomes_one_page(tmp_path: Path, name: str, data: str,
                                     expected: ContentType) -> None:
    path = _write(tmp_path / name, data.encode("utf-8"))
    [record] = list(read_paths([str(path)]))
    assert record.error is None
    assert record.page.content_type is expected
    assert record.page.content == data.encode("utf-8")  # gzip is undone
    assert record.page.origin == str(path)
    assert record.page.url is None


def test_folder_is_read_recursively_in_order_skipping_other_files(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "two.html", HTML.encode())
    _write(tmp_path / "a" / "one.txt", TEXT.encode())
    _write(tmp_path / "a" / "meta.yaml", b"crawler: x")
    _write(tmp_path / ".hidden" / "three.txt", TEXT.encode())
    skipped: list[str] = []
    origins = [r.page.origin for r in read_paths([str(tmp_path)], on_skipped=skipped.append)]
    assert origins == [str(tmp_path / "a" / "one.txt"), str(tmp_path / "b" / "two.html")]
    assert skipped == [str(tmp_path / "a" / "meta.yaml")]  # hidden files are not reported


def test_ingest_counts_the_files_of_a_folder_it_does_not_read(tmp_path: Path) -> None:
    _write(tmp_path / "pages" / "one.txt", TEXT.encode())
    _write(tmp_path / "pages" / "photo.jpg", b"\xff\xd8\xff")
    _write(tmp_path / "pages" / "scan.JPG", b"\xff\xd8\xff")
    _write(tmp_path / "pages" / "README", b"notes")
    _write(tmp_path / "pages" / "urls.tsv", b"one.txt\thttps://example.com/1\n")
    store = SQLiteStore(tmp_path / "archive.db")
    report = ingest_paths([str(tmp_path / "pages")], store, analyze=False, relate=False)
    store.close()
    assert report.seen == 1
    assert report.skipped == {"file format not read (.jpg)": 2,
                              "a data set's documentation (LICENSE, README, …), not a page": 1}


@pytest.mark.parametrize(
    "name", ["LICENSE.txt", "README.md", "readme.html", "NOTICE", "COPYING.txt", "notes.md",
             "CITATION.cff"],
    ids=["license-txt", "readme-md", "readme-html", "notice", "copying", "any-markdown",
         "citation"],
)
def test_a_data_sets_documentation_in_a_folder_is_no_page(tmp_path: Path, name: str) -> None:
    _write(tmp_path / "data" / "one.txt", TEXT.encode())
    doc = _write(tmp_path / "data" / name, b"Licensed under the Apache License 2.0\n")
    skipped: list[str] = []
    origins = [r.page.origin for r in read_paths([str(tmp_path / "data")],
                                                  on_skipped=skipped.append)]
    assert origins == [str(tmp_path / "data" / "one.txt")]
    assert skipped == [str(doc)]
    # Named on its own, the file is what the user asked for: read.
    [record] = list(read_paths([str(doc)]))
    assert record.error is None and record.page.origin == str(doc)


def test_glob_matches_files(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        _write(tmp_path / name, TEXT.encode())
    origins = [r.page.origin for r in read_paths([str(tmp_path / "x*.txt")])]
    assert origins == [str(tmp_path / "x1.txt"), str(tmp_path / "x2.txt")]


@pytest.mark.parametrize("name", ["missing.txt", "missing-*.html"], ids=["file", "glob"])
def test_missing_path_is_a_record_with_the_reason(tmp_path: Path, name: str) -> None:
    path = str(tmp_path / name)
    records = list(read_paths([path, str(_write(tmp_path / "ok.txt", TEXT.encode()))]))
    assert records[0].error == f"path does not exist: {path}"
    assert records[0].page.content == b""
    assert records[1].error is None  # the batch goes on


def test_corrupt_gzip_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "bad.html.gz"
    path.write_bytes(gzip.compress(HTML.encode())[:10])  # the header only: nothing to read
    [record] = list(read_paths([str(path)]))
    assert record.error is not None and record.error.startswith("cannot read file")


LONG_TEXT = "عنوان الخبر\n" + "\n".join(f"الفقرة رقم {n} من نص الخبر الطويل." for n in range(3000))


def _cut(data: bytes) -> bytes:
    return data[: len(data) * 3 // 4]


@pytest.mark.parametrize("members", [1, 2], ids=["cut", "cut-in-second-member"])
def test_a_gzip_page_cut_short_is_read_up_to_the_cut(tmp_path: Path, members: int) -> None:
    part = LONG_TEXT.encode()
    path = tmp_path / "page.txt.gz"
    path.write_bytes(_cut(b"".join(gzip.compress(part) for _ in range(members))))
    [record] = list(read_paths([str(path)]))
    whole = part * members
    assert record.error is None
    assert len(part) * (members - 1) < len(record.page.content) < len(whole)
    assert whole.startswith(record.page.content)
    [warning] = record.page.warnings
    assert warning.startswith("file cut short: the page is what came before the cut (")


def test_an_article_from_a_page_cut_short_says_so(tmp_path: Path) -> None:
    path = tmp_path / "pages" / "page.txt.gz"
    path.parent.mkdir()
    path.write_bytes(_cut(gzip.compress(LONG_TEXT.encode())))
    store = SQLiteStore(tmp_path / "archive.db")
    report = ingest_paths([str(path.parent)], store, analyze=False, relate=False)
    [article] = list(store.iter_articles())
    store.close()
    assert report.stored == 1 and report.warned == {"file cut short": 1}
    assert article.warnings[0].startswith("file cut short")
    body = "\n".join(article.body)
    assert "الفقرة رقم 0 من" in body and "الفقرة رقم 2999 من" not in body


def test_a_damaged_gzip_page_is_not_guessed_at(tmp_path: Path) -> None:
    data = bytearray(gzip.compress(LONG_TEXT.encode()))
    data[-8:-4] = bytes(b ^ 0xFF for b in data[-8:-4])  # the checksum no longer matches
    path = tmp_path / "page.txt.gz"
    path.write_bytes(bytes(data))
    [record] = list(read_paths([str(path)]))
    assert record.error is not None and "CRC check failed" in record.error
    assert record.page.warnings == []


def _jsonl(tmp_path: Path, lines: list[str], name: str = "pages.jsonl") -> Path:
    return _write(tmp_path / name, ("\n".join(lines) + "\n").encode("utf-8"))


def test_jsonl_objects_become_pages_by_their_fields(tmp_path: Path) -> None:
    lines = [
        json.dumps({"url": "https://a.example/1", "html": HTML}),
        json.dumps({"url": "https://a.example/2", "title": "عنوان", "body": "فقرة ١\n\nفقرة ٢",
                    "published": "2020-02-06 23:54"}),
        json.dumps({"text": TEXT}),
        json.dumps({"title": "t", "content": ["أ", " ", "ب"]}),
    ]
    records = list(read_paths([str(_jsonl(tmp_path, lines))]))
    assert [r.page.content_type for r in records] == [
        ContentType.HTML, ContentType.ARTICLE, ContentType.TEXT, ContentType.ARTICLE]
    html, article, text, listed = (r.page for r in records)
    assert html.content == HTML.encode() and html.url == "https://a.example/1"
    assert article.given_title == "عنوان"
    assert article.given_body == ["فقرة ١", "فقرة ٢"]
    assert article.given_published == "2020-02-06 23:54"
    assert text.content == TEXT.encode() and text.url is None
    assert listed.given_body == ["أ", "ب"]
    assert [r.page.origin for r in records][2].endswith("pages.jsonl#line 3")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("<p>الفقرة  الأولى &amp; المزيد.</p>\n<p>الفقرة الثانية<br>والسطر التالي.</p>",
         ["الفقرة الأولى & المزيد.", "الفقرة الثانية", "والسطر التالي."]),
        (["<p>فقرة ١</p>", "<div>فقرة <b>٢</b></div>"], ["فقرة ١", "فقرة ٢"]),
        ("ارتفع المؤشر إلى < 3 نقاط\nثم تراجع", ["ارتفع المؤشر إلى < 3 نقاط", "ثم تراجع"]),
    ],
    ids=["html-string", "html-list", "text-with-less-than"],
)
def test_jsonl_body_given_as_html_becomes_paragraphs(tmp_path: Path, body: object,
                                                     expected: list[str]) -> None:
    line = json.dumps({"url": "https://a.example/1", "title": "عنوان", "content": body})
    [record] = list(read_paths([str(_jsonl(tmp_path, [line]))]))
    assert record.page.given_body == expected


@pytest.mark.parametrize(
    ("bad", "reason"),
    [("{not json", "jsonl line 2 is not JSON"),
     ("[1, 2]", "jsonl line 2 is not a JSON object"),
     ('{"title": "only a title"}', "jsonl line 2 has no html, body or text"),
     ('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", "jsonl line 2 is not JSON")],
    ids=["not-json", "not-object", "no-content", "hostile-nesting"],
)
def test_bad_jsonl_line_is_a_record_and_the_rest_goes_on(tmp_path: Path, bad: str,
                                                        reason: str) -> None:
    good = json.dumps({"text": TEXT})
    records = list(read_paths([str(_jsonl(tmp_path, [good, bad, "", good]))]))
    assert [r.error for r in records] == [None, reason, None]
    assert records[2].page.origin.endswith("#line 4")


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, [json.dumps({"text": TEXT})], name="pages.jsonl.gz")
    [record] = list(read_paths([str(path)]))
    assert record.page.content == TEXT.encode()
