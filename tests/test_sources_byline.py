"""A record's author field becomes the article's byline (SaudiNewsNet's `author`, TREC's
<AUTHOR>, a feed's author or dc:creator), and a stored record read again by its source
(siyaq.sources.restore) is the page it was."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from siyaq.extract import extract_page
from siyaq.model import Page, Record
from siyaq.sources.decode import decode_step
from siyaq.sources.feeds import item_record, read_feed
from siyaq.sources.jsonl import record_for_line
from siyaq.sources.restore import restored_record_page
from siyaq.sources.trec import trec_records

BODY = "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة الزرقاء يضم مئتي سرير."


def _jsonl(author: object) -> Record:
    item = {"url": "https://news.example/1", "title": "مستشفى جديد", "content": BODY,
            "author": author}
    return record_for_line(json.dumps(item, ensure_ascii=False).encode(), "a.jsonl#line 1", 1)


def _trec(author: str) -> Record:
    document = (f"<DOC>\n<DOCNO>D1</DOCNO>\n<URL>https://news.example/2</URL>\n<TITLE>مستشفى جديد"
                f"</TITLE>\n<AUTHOR>{author}</AUTHOR>\n<TEXT>\n{BODY}\n</TEXT>\n</DOC>\n")
    return next(iter(trec_records(document.encode(), "corpus.txt")))


def _rss(author_xml: str) -> Record:
    item = (f'<item xmlns:dc="http://purl.org/dc/elements/1.1/"><title>مستشفى جديد</title>'
            f"<link>https://news.example/3</link>{author_xml}<description>{BODY}</description>"
            "</item>")
    return item_record(ET.fromstring(item), "feed.xml#item 1")


def _byline(record: Record) -> str | None:
    [decoded] = decode_step([record])
    return extract_page(decoded.page).byline


@pytest.mark.parametrize(("record", "byline"), [
    (_jsonl("محمد البيضاني - الباحة"), "محمد البيضاني - الباحة"),
    (_jsonl("الجزيرة - واس:"), "الجزيرة - واس"),
    (_jsonl("   "), None),
    (_jsonl(["أحمد", "سالم"]), None),
    (_jsonl("بوح مؤثر لشاعرة معروفة تجسد ألم فراق والدها المضني عن هذه الدنيا الفانية بعد"
            " رحيله"), None),
    (_trec("أحمد الشميري (صنعاء)"), "أحمد الشميري (صنعاء)"),
    (_rss("<author>سلوى سعد</author>"), "سلوى سعد"),
    (_rss("<dc:creator>رغد عشميل</dc:creator>"), "رغد عشميل"),
    (_rss("<author><name>لجين الأحمدي</name></author>"), "لجين الأحمدي"),
], ids=["snn-writer-place", "trailing-colon", "blank", "a-list-is-not-read", "too-long",
        "trec", "rss-author", "dc-creator", "atom-author-name"])
def test_author_becomes_byline(record: Record, byline: str | None) -> None:
    assert _byline(record) == byline


@pytest.mark.parametrize("record", [
    _jsonl("محمد البيضاني - الباحة"), _trec("أحمد الشميري (صنعاء)"), _rss("<author>سلوى سعد</author>"),
], ids=["jsonl", "trec", "feed-item"])
def test_a_stored_record_is_read_again_as_it_was(record: Record) -> None:
    stored = Page(record.page.content, record.page.origin, record.page.content_type,
                  url=record.page.url)
    again = restored_record_page(stored)
    assert again is not None and again.content_hash == record.page.content_hash
    for field in ("given_title", "given_published", "given_body", "given_byline", "url"):
        assert getattr(again, field) == getattr(record.page, field), field


def test_what_no_source_reads_again(tmp_path: Path) -> None:
    from siyaq.model import ContentType

    laughs = (b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
              b"<item><title>&b;</title></item>")
    for content in (b"a,csv,row", b"{not json", b"<item><title>x</title>", b"[1, 2]", laughs):
        assert restored_record_page(Page(content, "x", ContentType.ARTICLE)) is None
    feed = tmp_path / "feed.xml"
    feed.write_text(f"<rss><channel><item><title>t</title><link>https://news.example/9</link>"
                    f"<description>{BODY}</description></item></channel></rss>", encoding="utf-8")
    [record] = read_feed(str(feed))
    moved = Page(record.page.content, "feed.xml#item 1", ContentType.ARTICLE, url="https://other")
    assert restored_record_page(moved) is None  # another address: another record now


@pytest.mark.parametrize(("author", "byline", "published"), [
    ("الرياض - الرياضية | Tuesday, 11 August 2015 - 16:10 pm", "الرياض - الرياضية",
     datetime(2015, 8, 11, 16, 10)),
    ("| Tuesday, 11 August 2015 - 00:00 am", None, datetime(2015, 8, 11)),
    ("يوليو 21, 2015", None, datetime(2015, 7, 21)),
    ("محمد البيضاني - الباحة", "محمد البيضاني - الباحة", None),
], ids=["byline-then-time", "time-alone", "arabic-date-alone", "no-date"])
def test_a_date_in_the_author_field(author: str, byline: str | None,
                                    published: datetime | None) -> None:
    [decoded] = decode_step([_jsonl(author)])
    article = extract_page(decoded.page)
    assert (article.byline, article.published_at) == (byline, published)


def test_the_records_own_date_wins_over_its_author_field() -> None:
    item = {"url": "https://news.example/1", "title": "مستشفى جديد", "content": BODY,
            "date": "2015-08-12T08:00:00", "author": "لندن | Tuesday, 11 August 2015 - 16:10 pm"}
    record = record_for_line(json.dumps(item, ensure_ascii=False).encode(), "a.jsonl#line 1", 1)
    [decoded] = decode_step([record])
    article = extract_page(decoded.page)
    assert (article.byline, article.published_at) == ("لندن", datetime(2015, 8, 12, 8))
