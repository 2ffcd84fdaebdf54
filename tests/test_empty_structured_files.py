"""A file whose reader finds nothing in it is one failure with the reason, never `seen 0`.

An empty .txt was stored as `empty file`; an empty .json, .csv, .jsonl or .warc, a .json
holding `[]`, a .csv of only its header, and a .warc or .wet that is no WARC at all (warcio
reads it as the older ARC format and finds no page) gave nothing: the file was lost unsaid.
"""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from siyaq.sources import read_paths

TEXT = "عنوان الخبر\nنص الخبر الأول، وفيه ما يكفي من الكلام عن القطار والمعبر.\n"
HTML = f"<!DOCTYPE html>\n<html lang=\"ar\">\n<body><p>{TEXT}</p></body></html>\n"
NO_PAGES = "; the file holds no pages and is not read further"
NOT_A_WARC = "no WARC records (not a WARC file?)"


def _warc_record(kind: bytes, block: bytes) -> bytes:
    """One WARC record of that type holding `block` (stop 51: a WARC of no page had been read
    silently, `seen 0`)."""
    return (b"WARC/1.0\r\nWARC-Type: " + kind + b"\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"WARC-Target-URI: http://example.com/\r\nContent-Type: application/http\r\n"
            b"Content-Length: " + str(len(block)).encode() + b"\r\n\r\n" + block + b"\r\n\r\n")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("a.json", b"", "empty file", id="json-empty"),
        pytest.param("a.json", b" \n\t\n", "empty file", id="json-blank"),
        pytest.param("a.json.gz", gzip.compress(b""), "empty file", id="json-gz-empty"),
        pytest.param("a.json", b"[]", f"json file holds no items{NO_PAGES}", id="json-no-items"),
        pytest.param("a.jsonl", b"\n\n", "empty file", id="jsonl-blank"),
        pytest.param("a.csv", b"", "empty file", id="csv-empty"),
        pytest.param("a.csv", b"\n\n", "empty file", id="csv-blank"),
        pytest.param("a.csv", b"title,content,url\n",
                     f"csv file has a header row and no rows{NO_PAGES}", id="csv-header-only"),
        pytest.param("a.warc", b"", "empty file", id="warc-empty"),
        pytest.param("a.wet", b"", "empty file", id="wet-empty"),
        pytest.param("a.warc.gz", gzip.compress(b""), "empty file", id="warc-gz-empty"),
        pytest.param("page.warc", HTML.encode(), NOT_A_WARC, id="warc-holding-html"),
        pytest.param("page.warc.gz", gzip.compress(HTML.encode()), NOT_A_WARC,
                     id="warc-gz-holding-html"),
        pytest.param("text.wet", TEXT.encode(), NOT_A_WARC, id="wet-holding-text"),
        pytest.param("legacy.warc", TEXT.encode("cp1256"), NOT_A_WARC,
                     id="warc-holding-windows-1256-text"),
        pytest.param("five.warc", b"a b c d 0\n\n", NOT_A_WARC, id="warc-holding-an-arc-line"),
        pytest.param("requests.warc", _warc_record(b"request", b"GET / HTTP/1.1\r\n\r\n"),
                     "no page in the archive: no response record holds HTML or text (1 records "
                     "read)", id="warc-of-requests-only"),
    ],
)
def test_a_file_with_nothing_read_is_one_failure(tmp_path: Path, name: str, data: bytes,
                                                 reason: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert [(r.page.origin, r.error) for r in read_paths([str(path)])] == [(str(path), reason)]
    assert capsys.readouterr().err == ""  # warcio printed such text to stderr as warnings


@pytest.mark.parametrize(
    ("name", "data", "failed", "skipped"),
    [
        pytest.param("a.json", b"", ["empty file"], [], id="empty-is-a-failure"),
        pytest.param("a.json", b"[]", [], ["a.json"], id="no-items-is-metadata"),
        pytest.param("a.csv", b"title,body\n", [], ["a.csv"], id="header-only-is-metadata"),
        pytest.param("a.warc", HTML.encode(), [NOT_A_WARC], [], id="not-a-warc-is-a-failure"),
    ],
)
def test_in_a_folder_an_empty_file_fails_and_a_file_of_no_pages_is_counted(
        tmp_path: Path, name: str, data: bytes, failed: list[str], skipped: list[str]) -> None:
    """As in a folder elsewhere: a JSON or CSV file holding no pages beside the pages is a
    crawl's metadata, counted as left out; a blank or broken file is a failure."""
    (tmp_path / name).write_bytes(data)
    left_out: list[str] = []
    records = list(read_paths([str(tmp_path)], on_skipped=left_out.append))
    assert [r.error for r in records] == failed
    assert left_out == [str(tmp_path / item) for item in skipped]


def _warc_with_a_wrong_length() -> bytes:
    """Three HTML responses; the second's Content-Length 30 bytes short of its block."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    target = io.BytesIO()
    writer = WARCWriter(target, gzip=False)
    for number in range(3):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                protocol="HTTP/1.0")
        writer.write_record(writer.create_warc_record(
            f"https://a.example/{number}", "response", payload=io.BytesIO(HTML.encode()),
            http_headers=http))
    data = target.getvalue()
    start = data.index(b"Content-Length: ", data.index(b"https://a.example/1")) + 16
    end = data.index(b"\r\n", start)
    return data[:start] + str(int(data[start:end]) - 30).encode() + data[end:]


def test_a_record_whose_length_is_off_is_one_warning_line_not_its_bytes(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crawl.warc"
    path.write_bytes(_warc_with_a_wrong_length())
    records = list(read_paths([str(path)]))
    assert [(r.page.url, r.error) for r in records[:2]] == [
        (f"https://a.example/{n}", None) for n in range(2)]
    # The rest of the second record's block is taken for the next record: a failure saying so.
    assert records[-1].error is not None and "truncated or corrupt archive" in records[-1].error
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Remainder" not in err
    assert err.startswith(f"warning: {path}: a WARC record at offset ")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("a.json", b"", "empty file", id="empty-json"),
        pytest.param("page.warc", HTML.encode(), NOT_A_WARC, id="html-as-warc"),
    ],
)
def test_ingest_counts_the_file(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    from click.testing import CliRunner

    from siyaq.cli.main import cli

    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["ingest", str(path), "--json",
                                      "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["seen"] == 1 and reason in json.dumps(summary, ensure_ascii=False)
