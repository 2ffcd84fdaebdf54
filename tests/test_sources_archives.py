"""WARC/WET archives and RSS/Atom feeds, written by the tests themselves."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from siyaq.model import ContentType
from siyaq.sources import read_paths
from siyaq.sources.decode import decode_step

ARABIC = "أعلنت الولايات المتحدة أنها لا تسعى إلى إسقاط الأسد."
HTML = f"<html><head><title>خبر</title></head><body><p>{ARABIC}</p></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, mime: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", mime)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2020-02-06T21:54:00Z"})
    writer.write_record(record)


def _whole_gzip(path: Path) -> None:
    """One gzip stream over every record, not one member per record (valid, but warcio alone
    refuses it)."""
    path.write_bytes(gzip.compress(path.read_bytes()))


def _warc(path: Path, *, compress: str) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress == "members")
        writer.write_record(writer.create_warc_record(
            "https://news.example/a", "request", payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
        _response(writer, "https://news.example/a", HTML.encode("cp1256"),
                  "text/html; charset=windows-1256")
        _response(writer, "https://news.example/logo.png", b"\x89PNG....", "image/png")
        _response(writer, "https://news.example/old", b"", "text/html", status="301 Moved")
        _response(writer, "https://news.example/gone", HTML.encode(), "text/html", "404 Not Found")
        writer.write_record(writer.create_warc_record(
            "https://news.example/b", "conversion", payload=io.BytesIO(ARABIC.encode()),
            warc_content_type="text/plain"))
    if compress == "whole":
        _whole_gzip(path)
    return path


@pytest.mark.parametrize(("name", "compress"),
                         [("crawl.warc", "none"), ("crawl.warc.gz", "members"),
                          ("crawl.wet.gz", "members"), ("crawl.warc.gz", "whole")],
                         ids=["plain", "gzip", "wet-name", "gzip-one-stream"])
def test_warc_html_responses_and_wet_conversions_become_pages(
    tmp_path: Path, name: str, compress: str
) -> None:
    path = _warc(tmp_path / name, compress=compress)
    records = list(decode_step(read_paths([str(path)])))
    assert [(r.page.url, r.page.content_type, r.error) for r in records] == [
        ("https://news.example/a", ContentType.HTML, None),
        ("https://news.example/gone", ContentType.HTML, "HTTP status 404"),
        ("https://news.example/b", ContentType.TEXT, None),
    ]
    html = records[0].page
    assert html.fetched_at == datetime(2020, 2, 6, 21, 54, tzinfo=UTC)
    assert html.encoding == "cp1256" and html.text == HTML  # HTTP charset used
    assert html.origin.startswith(f"{path}#record urn:uuid:")
    assert records[2].page.text == ARABIC


# One gzip stream over these repetitive pages is about 700 bytes: a 300-byte cut would reach
# into the first record, so that file loses its last 20.
@pytest.mark.parametrize(("name", "compress", "cut"),
                         [("cut.warc", "none", 300), ("cut.warc.gz", "members", 300),
                          ("cut.warc.gz", "whole", 20)],
                         ids=["plain", "gzip", "gzip-one-stream"])
def test_truncated_warc_yields_what_it_read_and_one_error(
    tmp_path: Path, name: str, compress: str, cut: int
) -> None:
    path = tmp_path / name
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress == "members")
        for n in range(3):
            _response(writer, f"https://news.example/{n}", (HTML * 50).encode(), "text/html")
    if compress == "whole":
        _whole_gzip(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    records = list(read_paths([str(path)]))
    assert [r.page.url for r in records[:2]] == ["https://news.example/0", "https://news.example/1"]
    assert all(r.error is None for r in records[:2])
    assert records[-1].error is not None
    assert records[-1].error.startswith("truncated or corrupt archive after 2 records")
    assert len(records) == 3


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>موقع</title>
<item><title>الخبر الأول</title><link>https://news.example/1</link>
<pubDate>Thu, 06 Feb 2020 23:54:00 +0300</pubDate>
<description>ملخص قصير</description>
<content:encoded><![CDATA[<p>الفقرة الأولى &amp; المزيد.</p><p>الفقرة الثانية.</p>]]></content:encoded>
</item>
<item><title>الخبر الثاني</title><link>https://news.example/2</link>
<description>&lt;p&gt;نص الخبر الثاني&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
<entry><title>خبر أتوم</title><link rel="alternate" href="https://news.example/atom/1"/>
<published>2020-02-06T23:54:00+03:00</published><summary>ملخص الخبر</summary></entry>
</feed>"""


@pytest.mark.parametrize("name", ["feed.rss", "feed.rss.gz", "feed.xml.gz"],
                         ids=["plain", "gzip", "xml-gzip"])
def test_rss_items_become_article_pages(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = RSS.encode("utf-8")
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    first, second = read_paths([str(path)])
    assert first.page.content_type is ContentType.ARTICLE
    assert (first.page.url, first.page.given_title) == ("https://news.example/1", "الخبر الأول")
    assert first.page.given_published == "Thu, 06 Feb 2020 23:54:00 +0300"
    assert first.page.given_body == ["الفقرة الأولى & المزيد.", "الفقرة الثانية."]
    assert second.page.given_body == ["نص الخبر الثاني"]
    assert second.page.origin == f"{path}#item 2"


def test_atom_entries_become_article_pages(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, encoding="utf-8")
    [entry] = read_paths([str(path)])
    assert entry.page.url == "https://news.example/atom/1"
    assert entry.page.given_published == "2020-02-06T23:54:00+03:00"
    assert entry.page.given_body == ["ملخص الخبر"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>الفقرة الأولى.</p>'
         "<p>وقال <b>جيفري</b> إنه لا يريد.</p></div></content>",
         ["الفقرة الأولى.", "وقال جيفري إنه لا يريد."]),
        ('<content type="html">&lt;p&gt;فقرة&lt;/p&gt;&lt;p&gt;ثانية&lt;/p&gt;</content>',
         ["فقرة", "ثانية"]),
        ("<content>نص بلا وسوم</content>", ["نص بلا وسوم"]),
    ],
    ids=["xhtml", "escaped-html", "text"],
)
def test_atom_content_of_every_type(tmp_path: Path, content: str, expected: list[str]) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM.replace("<summary>ملخص الخبر</summary>", content), encoding="utf-8")
    [entry] = read_paths([str(path)])
    assert (entry.error, entry.page.given_body) == (None, expected)


BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss><channel><item><title>&b;</title><description>x</description></item></channel></rss>"""


@pytest.mark.parametrize(
    ("text", "reason"),
    [(BOMB, "feed declares XML entities"), ("<rss><channel><item>", "feed is not well-formed"),
     ("<urlset><url/></urlset>", "not an RSS or Atom feed")],
    ids=["entity-expansion", "malformed", "not-a-feed"],
)
def test_bad_feeds_are_refused_with_a_reason(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(text, encoding="utf-8")
    [record] = read_paths([str(path)])
    assert record.error is not None and record.error.startswith(reason)
