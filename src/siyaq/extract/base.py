"""What every extractor shares: building the Article shell for a Page, and 'no article' results."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from siyaq.model import Article, Page

if TYPE_CHECKING:
    from siyaq.extract.stamps import Stamp


class NoArticle(Exception):
    """The page holds no article (home page, 404, login wall, empty); the message says why."""


def article_id_for(page: Page) -> str:
    """Stable id: from the URL when there is one (so a changed page updates its article),
    else from where the page came from."""
    key = page.url or page.origin
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # `http://[::1`: a broken address names no host, the article stays
        return None
    if host and host.startswith("www."):
        host = host[4:]
    return host or None


MAX_BYLINE_WORDS = 12  # a longer author field is a subtitle or a summary, not a byline


def given_byline(page: Page) -> tuple[str | None, Stamp | None]:
    """The byline a record's author field gave, as printed, when it reads as one, and the
    date it holds, if any (`الرياض - الرياضية | Tuesday, 11 August 2015 - 16:10 pm`: the
    parts with a date are left out of the byline)."""
    from siyaq.extract.stamps import find_stamp

    parts = [" ".join(part.split()).strip(" :–-/") for part in (page.given_byline or "").split("|")]
    stamps = [find_stamp(part) for part in parts]
    kept = [part for part, stamp in zip(parts, stamps, strict=True) if part and stamp is None]
    text = " | ".join(kept)
    stamp = next((found for found in stamps if found is not None), None)
    return (text if text and len(text.split()) <= MAX_BYLINE_WORDS else None), stamp


def new_article(page: Page) -> Article:
    return Article(
        id=article_id_for(page),
        content_hash=page.content_hash,
        origin=page.origin,
        url=page.url,
        host=host_of(page.url),
        fetched_at=page.fetched_at,
    )
