"""What an HTML page says about itself: title, publication time, canonical URL, site name.

Read before any cleaning, since JSON-LD lives in <script> and dates in <meta>. Structured
sources are trusted before visible text: JSON-LD and Open Graph were written for machines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from siyaq.extract.html_dates import page_dates, parse_stated

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»«]{1,2}\s+|\s+::\s+")
_JSON_LD_LIMIT = 200_000  # characters: a larger "JSON-LD" block is not metadata
_WHITESPACE = re.compile(r"\s+")


@dataclass(slots=True)
class PageMeta:
    title: str | None = None
    published_at: datetime | None = None
    published_text: str | None = None
    timezone_stated: bool = False
    updated_at: datetime | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    byline: str | None = None


def squash(text: str | None) -> str:
    """Whitespace runs (including newlines and NBSP) as single spaces, trimmed."""
    return _WHITESPACE.sub(" ", text or "").strip()


def read_meta(tree: LexborHTMLParser, base_url: str | None) -> PageMeta:
    metas = _meta_values(tree)
    ld = list(_json_ld_objects(tree))
    meta = PageMeta(site_name=metas.get("og:site_name") or _ld_value(ld, "publisher", "name"))
    meta.title = page_title(tree, metas, ld, meta.site_name)
    meta.canonical_url = _canonical(tree, metas, base_url)
    meta.byline = _ld_value(ld, "author", "name") or metas.get("author")
    dates = page_dates(tree, metas, _ld_value(ld, "datePublished"), _ld_value(ld, "dateModified"),
                       base_url)
    published = dates.published
    if published is not None:
        meta.published_at, meta.timezone_stated = published.when, published.timezone_stated
        meta.published_text = published.text
    if dates.updated is not None:
        meta.updated_at = dates.updated.when
    return meta


def _meta_values(tree: LexborHTMLParser) -> dict[str, str]:
    """name/property/itemprop -> content, lowercased keys, first occurrence wins."""
    values: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attrs = node.attributes
        content = squash(attrs.get("content"))
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = (attrs.get(key) or "").strip().lower()
            if name and content and name not in values:
                values[name] = content
    return values


def _json_ld_texts(tree: LexborHTMLParser) -> Iterator[str]:
    """JSON-LD scripts, and JSON-LD some sites put in a ``<meta name="script:ld+json">``."""
    for script in tree.css('script[type="application/ld+json"]'):
        yield script.text(deep=True)
    for meta in tree.css('meta[name$="ld+json"]'):
        yield meta.attributes.get("content") or ""


def _json_ld_objects(tree: LexborHTMLParser) -> Iterator[dict[str, object]]:
    """Every JSON object in the page's JSON-LD, @graph members included."""
    for raw in _json_ld_texts(tree):
        if len(raw) > _JSON_LD_LIMIT:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # broken, or nested past the parser's stack
            continue
        # Every object, nested ones included (a WebPage's mainEntity is the article).
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                stack.extend(reversed([v for v in item.values() if isinstance(v, dict | list)]))


def _ld_value(objects: list[dict[str, object]], key: str, inner: str | None = None) -> str | None:
    for obj in objects:
        value = obj.get(key)
        if inner is not None and isinstance(value, dict):
            value = value.get(inner)
        if isinstance(value, list) and value:
            value = value[0]
        if isinstance(value, str) and value.strip():
            return squash(value)
    return None


def page_title(tree: LexborHTMLParser, metas: dict[str, str], ld: list[dict[str, object]],
               site_name: str | None) -> str | None:
    """The visible headline (the page's one h1) when there is one, else og:title, the
    JSON-LD headline or <title>, each without the site name: og:title and <title> are often
    rewritten for search engines, the h1 is what the reader sees."""
    headings = tree.css("h1")
    h1 = squash(headings[0].text()) if len(headings) == 1 else ""
    html_title = tree.css_first("title")
    named = [metas.get("og:title"), metas.get("twitter:title"), _ld_value(ld, "headline"),
             squash(html_title.text()) if html_title is not None else None]
    if len(h1.split()) >= 3 and (not site_name or h1.lower() != site_name.lower()):
        return h1
    for candidate in named:
        if candidate:
            title = strip_site_name(candidate, site_name)
            if title:
                return title
    return h1 or None


def strip_site_name(title: str, site_name: str | None) -> str:
    """"Headline - Site" -> "Headline": cut the part naming the site, or a short last part."""
    title = squash(title)
    separators = list(_TITLE_SEPARATORS.finditer(title))
    if not separators:
        return title
    first, last = separators[0], separators[-1]
    head, tail = title[: last.start()], title[last.end():]
    site = (site_name or "").lower()
    if site and tail.lower() == site:
        return head
    if site and title[: first.start()].lower() == site:
        return title[first.end():]
    # A site name is short next to the headline; a long last part belongs to the headline.
    return head if len(tail) <= 30 and 2 * len(tail) < len(head) else title


def _canonical(tree: LexborHTMLParser, metas: dict[str, str], base: str | None) -> str | None:
    link: LexborNode | None = tree.css_first('link[rel="canonical"][href]')
    for value in (link.attributes.get("href") if link is not None else None, metas.get("og:url")):
        if value:
            url = urljoin(base or "", value.strip())
            if url.startswith(("http://", "https://")):
                return url
    return None


def parse_timestamp(value: str) -> tuple[datetime, bool] | None:
    """A stamp given beside a page (a feed's or a JSONL line's date): any shape we can read."""
    stated = parse_stated(value)
    return (stated.when, stated.timezone_stated) if stated else None
