"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item becomes an already-structured article page.

Feeds are parsed with the standard library. A feed that declares XML entities is refused
outright: legitimate feeds never need them, and entity expansion ("billion laughs") is the
classic way to make an XML parser eat all memory.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterator

from siyaq.model import ContentType, Page, Record
from siyaq.sources.decode import html_to_paragraphs
from siyaq.sources.files import error_record, read_file_capped

_ITEM_TAGS = ("item", "entry")
_BODY_TAGS = ("encoded", "content", "description", "summary")  # fullest first
_DATE_TAGS = ("published", "pubDate", "date", "issued", "updated", "modified")


def read_feed(path: str) -> Iterator[Record]:
    try:
        data = read_file_capped(path)
    except (OSError, EOFError, zlib.error) as exc:
        yield error_record(path, f"cannot read feed: {exc}")
        return
    if data is None:
        yield error_record(path, "feed too large")
        return
    if _declares_entities(data):
        yield error_record(path, "feed declares XML entities (refused: entity expansion)")
        return
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        yield error_record(path, f"feed is not well-formed XML: {exc}")
        return
    items = [el for el in root.iter() if _local(el.tag) in _ITEM_TAGS]
    if _local(root.tag) not in ("rss", "feed", "RDF"):
        yield error_record(path, f"not an RSS or Atom feed (root element {_local(root.tag)})")
        return
    for number, item in enumerate(items, start=1):
        yield item_record(item, f"{path}#item {number}")


def _declares_entities(data: bytes) -> bool:
    """An internal DTD subset with an ENTITY declaration (UTF-8/ASCII feeds, or UTF-16)."""
    head = data[:65536]
    return (b"<!ENTITY" in head and b"<!DOCTYPE" in head) or (
        "<!ENTITY".encode("utf-16-le") in head)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _child_text(item: ET.Element, names: tuple[str, ...]) -> str | None:
    found = {_local(child.tag): child for child in item}
    for name in names:
        child = found.get(name)
        if child is not None and (child.text or "").strip():
            return (child.text or "").strip()
    return None


def _author(item: ET.Element) -> str | None:
    """RSS `<author>` / `<dc:creator>` text, or an Atom `<author>`'s `<name>`."""
    for child in item:
        if _local(child.tag) in ("author", "creator"):
            names = [n.text or "" for n in child if _local(n.tag) == "name"]
            text = next((name for name in names if name.strip()), child.text or "").strip()
            if text:
                return text
    return None


def _body_markup(item: ET.Element) -> str | None:
    """The fullest body: escaped HTML or text, or (Atom ``type="xhtml"``) inline XHTML
    elements, given back as markup."""
    found = {_local(child.tag): child for child in item}
    for name in _BODY_TAGS:
        child = found.get(name)
        if child is None:
            continue
        if len(child):  # inline XHTML: its elements, namespaces dropped, as HTML
            for element in child.iter():
                element.tag = _local(element.tag)
            markup = (child.text or "") + "".join(
                ET.tostring(element, encoding="unicode") for element in child)
        else:
            markup = child.text or ""
        if markup.strip():
            return markup.strip()
    return None


def _link(item: ET.Element) -> str | None:
    for child in item:
        if _local(child.tag) == "link":
            href = child.get("href")
            if href and child.get("rel", "alternate") == "alternate":
                return href.strip()
            if not href and (child.text or "").strip():
                return (child.text or "").strip()
    return _child_text(item, ("guid", "id"))


def item_record(item: ET.Element, origin: str) -> Record:
    page = Page(content=ET.tostring(item), origin=origin, content_type=ContentType.ARTICLE)
    page.url = _link(item)
    page.given_title = _child_text(item, ("title",))
    page.given_published = _child_text(item, _DATE_TAGS)
    page.given_byline = _author(item)
    body = html_to_paragraphs(_body_markup(item) or "")
    page.given_body = body or None
    page.text, page.encoding = "\n".join(body), "utf-8"
    if not body:
        return Record(page=page, error="feed item has no description or content")
    return Record(page=page)
