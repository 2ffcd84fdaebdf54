"""What every extractor shares: building the Article shell for a Page, and 'no article' results."""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

from siyaq.model import Article, Page


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
    host = urlsplit(url).hostname
    if host and host.startswith("www."):
        host = host[4:]
    return host or None


MAX_BYLINE_WORDS = 12  # a longer author field is a subtitle or a summary, not a byline


def given_byline(page: Page) -> str | None:
    """The byline a record's author field gave, as printed, when it reads as one."""
    text = " ".join((page.given_byline or "").split()).strip(" :–-|/")
    return text if text and len(text.split()) <= MAX_BYLINE_WORDS else None


def new_article(page: Page) -> Article:
    return Article(
        id=article_id_for(page),
        content_hash=page.content_hash,
        origin=page.origin,
        url=page.url,
        host=host_of(page.url),
        fetched_at=page.fetched_at,
    )
