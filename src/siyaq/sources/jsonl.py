"""JSONL: one page per line, read line by line (a large file is never held in memory).

A line with ``html`` is an HTML page; a line with ``body``/``content`` is an already-extracted
article (its fields travel as given_title/given_body/given_published); a line with only
``text`` is a text dump. A line that is not JSON becomes a Record with the reason.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from siyaq.model import ContentType, Page, Record
from siyaq.sources.decode import clean_text, html_to_paragraphs
from siyaq.sources.files import EMPTY_FILE, error_record, open_file

_URL_KEYS = ("url", "link", "source_url", "canonical_url")
_TITLE_KEYS = ("title", "headline")
_BODY_KEYS = ("body", "content", "articleBody", "article")
_TEXT_KEYS = ("text", "excerpt")
_PUBLISHED_KEYS = ("published", "date", "published_at", "published_iso", "datePublished", "pubDate")
_FETCHED_KEYS = ("fetched_at", "crawled_at", "date_extracted")
_HTML_KEYS = ("html", "raw_html")
# SaudiNewsNet's `author` holds the byline as printed (`محمد البيضاني - الباحة`, `الرياض - واس`).
_BYLINE_KEYS = ("author", "byline", "writer", "creator")
# Every field name read, by its lower case (a CSV header may write `Title`, `articlebody`).
FIELD_NAMES = {key.lower(): key for key in (
    *_URL_KEYS, *_TITLE_KEYS, *_BODY_KEYS, *_TEXT_KEYS, *_PUBLISHED_KEYS, *_FETCHED_KEYS,
    *_HTML_KEYS, *_BYLINE_KEYS)}
PAGE_FIELDS = frozenset(key.lower() for key in (*_BODY_KEYS, *_TEXT_KEYS, *_HTML_KEYS))
# Tags that make a body string HTML rather than text that happens to hold a "<".
_MARKUP = re.compile(r"<\s*/?\s*(?:p|br|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|blockquote|"
                     r"figure|figcaption|img|table|tr|td|section|article)\b[^<>]*>", re.I)


def read_jsonl(path: str) -> Iterator[Record]:
    number = found = 0
    try:
        for number, line in enumerate(_lines(path), start=1):
            if line.strip():
                found += 1
                yield record_for_line(line, f"{path}#line {number}", number)
    except (OSError, EOFError) as exc:
        yield error_record(f"{path}#line {number + 1}", f"cannot read jsonl: {exc}")
        return
    if not found:  # every line blank: said, not passed over in silence
        yield error_record(path, EMPTY_FILE)


def _lines(path: str) -> Iterator[bytes]:
    with open_file(path) as stream:
        yield from stream


def record_for_line(line: bytes, origin: str, number: int) -> Record:
    try:
        data = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):  # nested past the stack
        page = Page(content=line, origin=origin, content_type=ContentType.TEXT)
        return Record(page=page, error=f"jsonl line {number} is not JSON")
    return record_for_value(data, line, origin, f"jsonl line {number}")


def record_for_value(data: object, raw: bytes, origin: str, where: str) -> Record:
    """The Record of one parsed JSON value; ``where`` names it in errors (``jsonl line 3``)."""
    if not isinstance(data, dict):
        page = Page(content=raw, origin=origin, content_type=ContentType.TEXT)
        return Record(page=page, error=f"{where} is not a JSON object")
    page = page_for_object(data, raw, origin)
    if page.content_type is ContentType.TEXT and not page.content:
        return Record(page=page, error=f"{where} has no html, body or text")
    return Record(page=page)


def page_for_object(data: dict[str, Any], line: bytes, origin: str) -> Page:
    """The Page a JSON object describes (see the module docstring for the field names)."""
    if _SURROGATE_ESCAPE.search(line):  # only an escape makes one: no walk for other items
        data = _mended(data)
    page = Page(content=line, origin=origin, content_type=ContentType.TEXT)
    page.url = _first_text(data, _URL_KEYS)
    page.given_title = _first_text(data, _TITLE_KEYS)
    page.given_published = _first_text(data, _PUBLISHED_KEYS)
    page.given_byline = _first_text(data, _BYLINE_KEYS)
    page.fetched_at = _timestamp(_first_text(data, _FETCHED_KEYS))
    html = _first_text(data, _HTML_KEYS)
    body = _paragraphs(next((data[k] for k in _BODY_KEYS if data.get(k)), None))
    if html:
        page.content_type, page.content = ContentType.HTML, html.encode("utf-8")
        page.given_body = body or None
    elif body:
        page.content_type, page.given_body = ContentType.ARTICLE, body
        page.text, page.encoding = "\n".join(body), "utf-8"
    else:
        text = _first_text(data, _TEXT_KEYS)
        page.content = (text or "").encode("utf-8")
    return page


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _mended(value: Any) -> Any:
    """The object with each lone surrogate (`"\\ud800"`, half of a character: JSON allows the
    escape, no text can hold it) made U+FFFD, so that the rest of the article is kept."""
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_mended(item) for item in value]
    if isinstance(value, dict):
        return {key: _mended(item) for key, item in value.items()}
    return value


def _first_text(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value):
            return str(value)
    return None


def _paragraphs(value: object) -> list[str]:
    """A body given as one string (paragraphs on lines) or as a list of paragraphs, either
    possibly HTML (`<p>…</p><p>…</p>`, as scrapers often export it)."""
    if isinstance(value, str):
        if _MARKUP.search(value):
            return html_to_paragraphs(value)
        items = clean_text(value).split("\n")
    elif isinstance(value, list):
        texts = [str(v) for v in value if isinstance(v, str | int | float)]
        if any(_MARKUP.search(text) for text in texts):
            return [p for text in texts for p in html_to_paragraphs(text)]
        items = [clean_text(text) for text in texts]
    else:
        return []
    return [p.strip() for p in items if p.strip()]


def _timestamp(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        return None
