"""HTML page -> Article, with selectolax's Lexbor parser.

Order matters: metadata is read from the intact page (JSON-LD sits in <script>); one walk
over the DOM then turns it into text blocks, skipping chrome and recording furniture as data
(teasers, comment boxes, share bars); furniture opened by header lines is taken out next; only
then are the remaining blocks scored for the body. See html_meta, html_clean, html_blocks,
html_furniture and html_body for each stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from selectolax.lexbor import LexborHTMLParser, LexborNode

from siyaq.extract.base import NoArticle, new_article
from siyaq.extract.html_blocks import Block, collect
from siyaq.extract.html_body import choose
from siyaq.extract.html_clean import JUNK_TAGS, Judge
from siyaq.extract.html_dates import url_date
from siyaq.extract.html_furniture import Furniture, headed_furniture, trailing_notices
from siyaq.extract.html_guard import defuse
from siyaq.extract.html_meta import PageMeta, parse_timestamp, read_meta
from siyaq.model import Article, Page

__all__ = ["extract_html"]

MIN_BODY_CHARS = 60
_RETRY_BELOW_CHARS = 500
_RETRY_GAIN = 2  # the lenient pass must find at least this much more text to be believed
_DIGIT = re.compile(r"\d")
_LEADING_CHECKED = 3
_LEADING_STAMP_WORDS = 12
_STAMP_LINE_CHARS = 120
_STAMP_WINDOW = 12  # blocks before the body searched for a printed stamp


@dataclass(slots=True)
class _Pass:
    body: list[Block]
    blocks: list[Block]  # every block left after furniture, for the stamp search
    furniture: Furniture

    @property
    def chars(self) -> int:
        return sum(len(b.text) for b in self.body)


def extract_html(page: Page) -> Article:
    """The article in an HTML page; raises NoArticle("…") when the page holds none."""
    tree = LexborHTMLParser(defuse(_html_text(page)))
    if tree.body is None:
        raise NoArticle("HTML has no body")
    meta = read_meta(tree, page.url)
    url = page.url or meta.canonical_url
    article = new_article(page if url == page.url else replace(page, url=url))
    tree.strip_tags(JUNK_TAGS)
    page_chars = len(tree.body.text())
    found = _read_body(tree.body, Judge(page_chars, url), meta.title)
    if found.chars < _RETRY_BELOW_CHARS:
        # Readability's lesson: class names lie (a CMS calls its content cells "widget"), so
        # a short result is retried trusting only tags, hidden flags and furniture.
        lenient = _read_body(tree.body, Judge(page_chars, url, strict=False), meta.title)
        found = lenient if lenient.chars >= _RETRY_GAIN * max(found.chars, 1) else found
    if found.chars < MIN_BODY_CHARS:
        raise NoArticle("no main text found" if not found.body else "main text too short")
    _fill(article, meta, page)
    if article.published_at is None:
        _stamp_from_text(article, found.blocks, found.body[0])
    if article.published_at is None:
        _date_from_url(article)
    article.body = [b.text for b in found.body]
    article.teasers, article.widgets = found.furniture.unique_teasers(), found.furniture.widgets
    return article


def _read_body(root: LexborNode, judge: Judge, title: str | None) -> _Pass:
    elements, blocks = collect(root, judge.skip)
    blocks = headed_furniture(elements, blocks, judge.furniture, judge.base_url)
    selection = choose(elements, blocks, title)
    body = [b for b in selection.blocks if not _is_stamp(b.text)] if selection else []
    _trim_leading(body)
    trailing_notices(body, judge.furniture)
    return _Pass(body, blocks, judge.furniture)


def _html_text(page: Page) -> str:
    if page.text is not None:
        return page.text
    from siyaq.sources.decode import DecodeError, decode_bytes

    try:
        return decode_bytes(page.content, declared=page.encoding, html=True).text
    except DecodeError as exc:
        raise NoArticle(str(exc)) from exc


def _fill(article: Article, meta: PageMeta, page: Page) -> None:
    """What the page says about itself; what its source said (a JSONL line's title and date
    beside its html) when the page says nothing."""
    article.title = meta.title or page.given_title
    article.byline = meta.byline
    article.published_at = meta.published_at
    article.published_text = meta.published_text
    article.timezone_stated = meta.timezone_stated
    article.updated_at = meta.updated_at
    if article.published_at is None and page.given_published:
        stamp = parse_timestamp(page.given_published)
        if stamp is not None:
            article.published_at, article.timezone_stated = stamp
            article.published_text = page.given_published


def _date_from_url(article: Article) -> None:
    """The last resort: a day in the URL path, or the page's update time as a bound."""
    stated = url_date(article.url)
    if stated is not None:
        article.published_at, article.published_text = stated.when, stated.text
    elif article.updated_at is not None:
        article.published_at = article.updated_at
        article.timezone_stated = article.updated_at.tzinfo is not None


def _is_stamp(text: str) -> bool:
    """A body line that only prints the date: metadata, not article text."""
    if len(text) > _STAMP_LINE_CHARS or not _DIGIT.search(text):
        return False
    try:
        from siyaq.extract.stamps import is_stamp_line
    except ImportError:
        return False
    return is_stamp_line(text)


def _trim_leading(body: list[Block]) -> None:
    """Lines opening a body that are page metadata: a short line around a date ("GMT 17:27
    17.03.2020 انسخ الرابط") or a bare label ("المصدر:")."""
    for _ in range(_LEADING_CHECKED):
        if len(body) < 2 or not _is_leading_metadata(body[0].text):
            return
        body.pop(0)


def _is_leading_metadata(text: str) -> bool:
    words = text.split()
    if text.endswith(":") and len(words) <= 3:
        return True
    if len(words) > _LEADING_STAMP_WORDS or not _DIGIT.search(text):
        return False
    try:
        from siyaq.extract.stamps import parse_published
    except ImportError:
        return False
    return parse_published(text) is not None


def _stamp_from_text(article: Article, blocks: list[Block], first: Block) -> None:
    """The printed stamp nearest before the body (``تاريخ النشر : 23:54 - 2020/02/06``)."""
    try:
        from siyaq.extract.stamps import parse_published
    except ImportError:
        return
    start = next((i for i, b in enumerate(blocks) if b is first), 0)
    window = blocks[max(0, start - _STAMP_WINDOW): start + 3]
    for block in sorted(window, key=lambda b: not _is_stamp(b.text)):
        if len(block.text) <= _STAMP_LINE_CHARS:
            stamp = parse_published(block.text)
            if stamp is not None:
                article.published_at, article.timezone_stated = stamp
                article.published_text = block.text
                return
