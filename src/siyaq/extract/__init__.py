"""Page -> Article. Text dumps and HTML have their own extractors; both fill the same Article."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from siyaq.extract.base import NoArticle, given_byline, new_article
from siyaq.model import Article, ContentType, Page, Record

if TYPE_CHECKING:
    from siyaq.extract.templates import SiteTemplates
    from siyaq.extract.text import LineLabeler

__all__ = ["NoArticle", "extract_page", "extract_record", "extract_step"]


def extract_page(
    page: Page, templates: SiteTemplates | None = None, labeler: LineLabeler | None = None
) -> Article:
    """Extract one decoded page; raises NoArticle with the reason when there is none.

    ``templates``: outlets' repeated lines (site templates) to treat as furniture in dumps;
    ``labeler``: the text-dump line labeler to use (one is built per call when missing)."""
    from siyaq.extract.openings import take_openings
    from siyaq.extract.sections import take_section_label
    from siyaq.extract.wire import take_wire_marks

    if page.content_type is ContentType.HTML:
        from siyaq.extract.html import extract_html

        article = extract_html(page)
    else:
        if page.content_type is ContentType.ARTICLE:
            article = _from_structured(page, labeler)
        else:
            from siyaq.extract.text import extract_text_dump

            article = extract_text_dump(page, templates=templates, labeler=labeler)
        _date_from_url(article)
    _byline_from_source(article, page)
    take_wire_marks(article)
    take_openings(article)
    take_section_label(article)
    return article


def _byline_from_source(article: Article, page: Page) -> None:
    """The record's author field as the byline when the page gave none; a date in it (some
    outlets' author fields end with the time of publication) when the page gave no date."""
    byline, stamp = given_byline(page)
    article.byline = article.byline or byline
    if article.published_at is None and stamp is not None:
        article.published_at, article.timezone_stated = stamp.when, stamp.timezone_stated
        article.published_text = (page.given_byline or "").strip()


def _date_from_url(article: Article) -> None:
    """A dump or record that prints no date may still be filed under one (``/2020/06/23/``):
    WET records and crawl exports keep the address. The HTML extractor does the same."""
    if article.published_at is not None:
        return
    from siyaq.extract.url_dates import url_day

    found = url_day(article.url)
    if found is not None:
        article.published_at, article.published_text = found


def _from_structured(page: Page, labeler: LineLabeler | None) -> Article:
    """Inputs that already carry title/body (JSONL, feeds) skip line classification. Their
    dates are machine-written as often as printed (RSS's `Thu, 06 Feb 2020 23:54:00 +0300`), so
    they are read as the HTML extractor reads a page's metadata, offsets kept."""
    from siyaq.extract.html_meta import parse_timestamp
    from siyaq.extract.lexicon import body_and_read_also

    if not page.given_body:
        if page.text:
            from siyaq.extract.text import extract_text_dump

            return extract_text_dump(page, labeler=labeler)
        raise NoArticle("structured record has no body")
    article = new_article(page)
    article.title = page.given_title
    article.body, article.teasers = body_and_read_also(
        [p.strip() for p in page.given_body if p.strip()])
    if not article.body:
        raise NoArticle("structured record's body is only links to other articles")
    if page.given_published:
        article.published_text = page.given_published
        stamp = parse_timestamp(page.given_published)
        if stamp is not None:
            article.published_at, article.timezone_stated = stamp
    return article


def extract_record(
    record: Record, templates: SiteTemplates | None = None, labeler: LineLabeler | None = None
) -> None:
    """Set record.article, or record.error with the reason there is none."""
    if record.error is not None:
        return
    try:
        record.article = extract_page(record.page, templates, labeler)
        record.article.warnings.extend(record.page.warnings)
    except NoArticle as exc:
        record.error = f"no article: {exc}"
    except Exception as exc:  # an extractor bug must not stop the batch
        record.error = f"extraction failed: {type(exc).__name__}: {exc}"


def extract_step(records: Iterable[Record]) -> Iterator[Record]:
    """The extraction step: its text-dump labeler (the cleaner model) is built when the stream
    starts and held here, so each run, worker or partition owns one and no module holds state."""
    from siyaq.extract.text import default_labeler

    labeler = default_labeler()
    for record in records:
        extract_record(record, labeler=labeler)
        yield record
