"""Publication and update dates an HTML page states, in the order they are trusted."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from selectolax.lexbor import LexborHTMLParser

from siyaq.extract.html_dates import PageDates, page_dates, parse_stated, url_date
from siyaq.extract.html_meta import read_meta


def dates_of(body: str, head: str = "", lang: str = "en") -> PageDates:
    html = f'<html lang="{lang}"><head>{head}</head><body><h1>A headline</h1>{body}</body></html>'
    return page_dates(LexborHTMLParser(html), {}, None, None, None)


def day(stated: object) -> str | None:
    when = getattr(stated, "when", None)
    return when.date().isoformat() if when else None


@pytest.mark.parametrize(
    ("body", "published", "updated"),
    [
        ('<div class="post-date">Published on March 2, 2025</div>', "2025-03-02", None),
        ('<span class="date">Updated August 27, 2025</span>', None, "2025-08-27"),
        ('<p class="meta">Last updated</p><time>Aug 04, 2025</time>', None, "2025-08-04"),
        ('<div class="byline">Dec. 19, 2025 · Niko</div>', "2025-12-19", None),
        ('<div><span>Published on July 18, 2025</span></div>', "2025-07-18", None),
        ('<div class="comments"><span class="date">Jan 3, 2024</span></div>', None, None),
        ('<span class="date">تاريخ النشر : 23:54 - 2020/02/06</span>', "2020-02-06", None),
        ('<footer class="author__meta"><span class="author__meta-date">March 30, 2023</span>'
         "</footer>", None, None),
        ('<article><footer class="author__meta"><span class="author__meta-date">March 30, 2023'
         "</span></footer></article>", "2023-03-30", None),
        ('<span class="Author_publicationTime__F2">2022-11-23T08:10+02:00</span>', "2022-11-23",
         None),
        ("<p>Dec 26, 2025</p><p>Project managers weigh the cost of software.</p>", "2025-12-26",
         None),
        ("<p>Updated Dec 26, 2025</p>", None, "2025-12-26"),
        ('<section class="page [--sidebar-width:18rem]"><div class="lg:mr-[--sidebar-width]">'
         "<span>Published on Oct 21, 2025</span></div></section>", "2025-10-21", None),
        ('<section class="page sidebar-widgets"><div><span>Published on Oct 21, 2025</span>'
         "</div></section>", None, None),
    ],
    ids=["published-line", "updated-line", "label-beside", "abbreviation-dot", "unnamed-element",
         "comment-dates-ignored", "arabic-stamp", "page-footer-ignored", "article-footer",
         "publication-time-class", "bare-date-below-headline",
         "bare-update-below-headline", "column-sized-by-its-sidebar", "sidebar-region"],
)
def test_visible_dates(body: str, published: str | None, updated: str | None) -> None:
    dates = dates_of(body)
    assert (day(dates.published), day(dates.updated)) == (published, updated)


def test_machine_dates_come_before_visible_ones() -> None:
    head = ('<meta property="article:published_time" content="2020-02-06T20:54:00Z">'
            '<meta property="article:modified_time" content="2021-01-01T10:00:00Z">')
    tree = LexborHTMLParser(f'<html><head>{head}</head><body><span class="date">May 1, 2024'
                            "</span></body></html>")
    meta = read_meta(tree, None)
    assert meta.published_at == datetime(2020, 2, 6, 20, 54, tzinfo=UTC)
    assert meta.updated_at == datetime(2021, 1, 1, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "script",
    [
        pytest.param('window.__DATA__={"pageType":"article","publishDate":"2025-05-27"}',
                     id="plain"),
        pytest.param('self.__next_f.push([1,"{\\\\\\"datePublished\\\\\\":'
                     '\\\\\\"2025-05-27T00:00:00.000Z\\\\\\"}"])', id="escaped-quotes"),
    ],
)
def test_script_data_when_nothing_else_states_a_date(script: str) -> None:
    assert day(dates_of(f"<script>{script}</script>").published) == "2025-05-27"


def test_a_sidebar_in_the_body_class_names_no_region() -> None:
    html = ('<html lang="en"><body class="single no-sidebar"><h1>A headline</h1>'
            '<span class="published-date">July 3, 2025</span></body></html>')
    assert day(page_dates(LexborHTMLParser(html), {}, None, None, None).published) == "2025-07-03"


@pytest.mark.parametrize(
    ("text", "month_first", "expected"),
    [
        ("09/25/2025", False, "2025-09-25"),
        ("25/09/2025", True, "2025-09-25"),
        ("03/09/2026", True, "2026-03-09"),
        ("03/09/2026", False, "2026-09-03"),
        ("Thu, 25 Sep 2025 11:38:00 GMT", False, "2025-09-25"),
        ("2024-05-09 00:00:00 +0000", False, "2024-05-09"),
    ],
    ids=["us-certain", "day-first-certain", "us-page", "day-first-page", "rfc2822", "iso-spaced-zone"],
)
def test_parse_stated(text: str, month_first: bool, expected: str) -> None:
    assert day(parse_stated(text, month_first)) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://blog.rust-lang.org/2025/12/19/what-people-love", "2025-12-19"),
        ("https://news.example/2020-02-06/story.html", "2020-02-06"),
        ("https://news.example/story/20201306", None),
        ("https://news.example/2020/13/40/story", None),
        ("https://wine.example/blog/2023/october/03/how-many-types", "2023-10-03"),
        ("https://wine.example/blog/2023/Sept/3/types", "2023-09-03"),
        ("https://news.example/2023/sunday/03/story", None),
        (None, None),
    ],
    ids=["slashes", "dashes", "digits-only", "impossible", "month-name", "month-abbreviation",
         "not-a-month", "no-url"],
)
def test_url_date(url: str | None, expected: str | None) -> None:
    assert day(url_date(url)) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://wine.example/blog/2023/october/03/types", "2023-10-03"),
        ("https://wine.example/blog/2023/march/10/types", "2023-03-10"),
        ("https://wine.example/blog/2023/june/01/types", "2023-03-10"),
        (None, "2023-03-10"),
    ],
    ids=["url-says-day-first", "url-agrees", "url-names-another-day", "no-url"],
)
def test_ambiguous_numeric_date_read_as_the_url_states(url: str | None, expected: str) -> None:
    html = ('<html lang="en"><body><h1>Wine types</h1>'
            '<div class="blog-date"><span class="post_time">03/10/2023</span></div></body></html>')
    assert day(page_dates(LexborHTMLParser(html), {}, None, None, url).published) == expected


@pytest.mark.parametrize(
    ("body", "published", "updated"),
    [
        ('<div><div>Last updated:</div><div>Dec 12, 2025</div></div>', None, "2025-12-12"),
        ("<p>By Chris <span class='small'>Updated May 6, 2025</span></p>", None, "2025-05-06"),
        ('<p style="x">Posted on April 13, 2023</p>', "2023-04-13", None),
        ('<div class="md:[grid-area:sidebar]"><span class="date">Aug 4, 2025</span></div>',
         "2025-08-04", None),
    ],
    ids=["label-in-sibling", "inline-updated", "inline-posted", "utility-class-not-a-sidebar"],
)
def test_labelled_lines_without_date_classes(body: str, published: str | None,
                                             updated: str | None) -> None:
    dates = dates_of(body)
    assert (day(dates.published), day(dates.updated)) == (published, updated)


@pytest.mark.parametrize(
    ("sidebar", "expected"),
    [
        ('<time datetime="2025-12-02">December 02, 2025</time>', "2025-12-02"),
        ('<time datetime="2025-12-02">Dec 2</time><time datetime="2025-02-12">Feb 12</time>',
         "2025-02-12"),
        ("", "2025-02-12"),
    ],
    ids=["page-writes-the-other-day", "page-writes-both-days", "page-writes-neither"],
)
def test_ambiguous_numeric_date_read_as_the_page_writes_it_elsewhere(sidebar: str,
                                                                      expected: str) -> None:
    """A Hungarian blog under a bare lang="en" prints 02-12-2025 (2 December) by its post and
    the same day in ISO form in its list of recent posts."""
    html = ('<html lang="en"><body><h1>Pixel-perfect UI</h1><div class="entry-meta">'
            '<time datetime="02-12-2025">02-12-2025</time></div><p>Text.</p>'
            f'<aside>{sidebar}</aside></body></html>')
    assert day(page_dates(LexborHTMLParser(html), {}, None, None, None).published) == expected
