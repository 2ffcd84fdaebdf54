"""When an HTML page says it was published, and when it says it was last updated.

Machine-readable statements come first (JSON-LD, <meta>, <time>), then the visible line a reader
sees near the headline ("Published on March 2, 2025", "آخر تحديث: …"), then a date in the URL
path. Publication and update are kept apart: an archive sorts by first publication, while many
pages print only their latest revision, which is still worth keeping as ``updated_at``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from siyaq.extract.url_dates import url_day

# <meta> names and properties, most specific first.
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "publishdate", "publish-date", "publish_date", "published-date",
    "published", "pubdate", "pub_date", "parsely-pub-date", "sailthru.date", "dc.date.issued",
    "dcterms.issued", "dcterms.created", "dc.date", "date", "article.published", "published_time",
    "cxenseparse:recs:publishtime",
)
UPDATED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "modified-date", "modified_date", "dcterms.modified", "dc.date.modified", "last-modified",
    "lastmod", "modified_time", "updated_time",
)
# Elements whose class or id says they hold a date; comments and teasers are skipped below.
_VISIBLE = (
    "time, [class*=date], [class*=Date], [class*=time], [class*=Time], [class*=publish], "
    "[class*=Publish], [class*=publication], [class*=Publication], [class*=posted], "
    "[class*=byline], [class*=dateline], [class*=updated], [id*=date], [itemprop=dateModified]"
)
_VISIBLE_CHECKED = 60
_AFTER_HEADLINE = 3  # elements after the headline (and after its parent) read for a bare date
_VISIBLE_MAX_CHARS = 100
# Nodes walked looking for a "Published on …" line: it sits near the headline, and a 5 MB page
# must not cost seconds here.
_LABELLED_CHECKED = 3000
# Name parts, not substrings: utility classes such as "md:[grid-area:sidebar]" say nothing.
_AWAY = re.compile(r"(?:^|[\s_-])(?:comments?|related|sidebar|footer|teasers?|recommend\w*|"
                   r"repl(?:y|ies))(?:$|[\s_-])", re.IGNORECASE)
_UPDATED_WORDS = re.compile(
    r"\b(?:updated|last\s+updated|modified|revised|last\s+reviewed)\b|آخر\s+تحديث|تم\s+التحديث|"
    r"محدث", re.IGNORECASE)
_PUBLISHED_WORDS = re.compile(r"\b(?:published|posted|first\s+published)\b|نشر|تاريخ\s+النشر",
                              re.IGNORECASE)
_LABEL = re.compile(f"{_PUBLISHED_WORDS.pattern}|{_UPDATED_WORDS.pattern}", re.IGNORECASE)
_ABBREVIATION_DOT = re.compile(
    r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/.-])")
_DIGIT = re.compile(r"\d")
_SCRIPT_LIMIT = 2_000_000  # characters of one script searched for a date
# Quotes may come escaped, once or more (a framework's serialized data: \\"datePublished\\":).
_SCRIPT_DATE = re.compile(
    r"(?:datePublished|publishDate|publishedDate|published_at|publish_date|"
    r"firstPublished|dateCreated)\\*[\"']?\s*:\s*\\*[\"']"
    r"((?:19|20)\d\d-\d\d-\d\d[^\"'\\]{0,30})\\*[\"']")


@dataclass(slots=True)
class StatedDate:
    when: datetime
    timezone_stated: bool
    text: str  # as the page printed it


@dataclass(slots=True)
class PageDates:
    published: StatedDate | None = None
    updated: StatedDate | None = None


def page_dates(tree: LexborHTMLParser, metas: dict[str, str], ld_published: str | None,
               ld_modified: str | None, url: str | None) -> PageDates:
    """Publication and update dates, each from the most trusted source that states one."""
    month_first = _month_first(tree)
    dates = PageDates(
        published=_first_parsed([ld_published, *_metas(metas, PUBLISHED_META), _time_element(tree)],
                                month_first),
        updated=_first_parsed([ld_modified, *_metas(metas, UPDATED_META)], month_first),
    )
    if dates.published is None or dates.updated is None:
        visible = visible_dates(tree, month_first)
        dates.published = dates.published or visible.published
        dates.updated = dates.updated or visible.updated
    if dates.published is None:
        labelled = labelled_text_dates(tree, month_first)
        dates.published = labelled.published or _script_date(tree) or _after_headline(
            tree, month_first)
        dates.updated = dates.updated or labelled.updated
    dates.published = _other_reading_if_stated(dates.published, tree, url, month_first)
    return dates


def _other_reading_if_stated(stated: StatedDate | None, tree: LexborHTMLParser,
                             url: str | None, month_first: bool) -> StatedDate | None:
    """An ambiguous numeric date (``03/10/2023``) read the page's way unless the page says
    otherwise: the other reading is the day the URL states (``/2023/october/03/``), or the
    page writes the other day in ISO form (``datetime="2023-10-03"``, a list of its posts)
    and never this one. A British or Hungarian page under a bare ``lang="en"`` writes the
    day first."""
    if stated is None:
        return None
    other = parse_stated(stated.text, not month_first)
    if other is None or other.when.date() == stated.when.date():
        return stated  # not ambiguous
    in_url = url_date(url)
    if in_url is not None:
        return other if other.when.date() == in_url.when.date() else stated
    html = tree.html or ""
    if other.when.date().isoformat() in html and stated.when.date().isoformat() not in html:
        return other
    return stated


def url_date(url: str | None) -> StatedDate | None:
    """``/2025/12/19/slug`` (or ``/2023/october/03/``) -> that day: news sites often file
    articles by date."""
    found = url_day(url)
    return None if found is None else StatedDate(found[0], False, found[1])


def visible_dates(tree: LexborHTMLParser, month_first: bool) -> PageDates:
    """Dates printed in elements named for dates, first in page order, outside comments."""
    found = PageDates()
    for node in tree.css(_VISIBLE)[:_VISIBLE_CHECKED]:
        text = _squash(node.attributes.get("datetime") or node.text(deep=True, separator=" "))
        if not text or len(text) > _VISIBLE_MAX_CHARS or not _DIGIT.search(text) or _away(node):
            continue
        stated = parse_stated(text, month_first)
        if stated is None:
            continue
        if _is_update(node, text):
            found.updated = found.updated or stated
        else:
            found.published = found.published or stated
        if found.published and found.updated:
            break
    return found


def labelled_text_dates(tree: LexborHTMLParser, month_first: bool) -> PageDates:
    """Short texts saying "Published on …" / "Last updated: …" / "نشر في …" anywhere, for
    sites that style the line inline instead of naming an element for it. The date may sit
    in the label's own element or beside it (``<p>Last updated</p><time>…</time>``)."""
    found = PageDates()
    root = tree.body
    if root is None:
        return found
    for checked, node in enumerate(root.traverse(include_text=True)):
        if checked >= _LABELLED_CHECKED:
            break
        if node.tag != "-text" or not _LABEL.search(node.text_content or ""):
            continue
        stated = _date_near(node, month_first)
        if stated is None:
            continue
        if _PUBLISHED_WORDS.search(stated.text) or not _UPDATED_WORDS.search(stated.text):
            found.published = found.published or stated
        else:
            found.updated = found.updated or stated
        if found.published:
            break
    return found


def _date_near(node: LexborNode, month_first: bool) -> StatedDate | None:
    holder = node.parent
    for _ in range(2):  # the label's element, then the one holding label and date together
        if holder is None or _away(holder):
            return None
        line = _squash(holder.text(deep=True, separator=" "))
        if len(line) > _VISIBLE_MAX_CHARS:
            return None
        stated = parse_stated(line, month_first) if _DIGIT.search(line) else None
        if stated is not None:
            return stated
        holder = holder.parent
    return None


def _after_headline(tree: LexborHTMLParser, month_first: bool) -> StatedDate | None:
    """A bare date printed just below the headline (``<h1>…</h1><p>Dec 26, 2025</p>``), on
    pages that name no element for it and label it with no word. A date labelled as an update,
    in its own element or the one before, is no publication."""
    headline = tree.css_first("h1")
    for anchor in (headline, headline.parent if headline is not None else None):
        sibling, label = (anchor.next if anchor is not None else None), ""
        for _ in range(_AFTER_HEADLINE):
            while sibling is not None and sibling.tag == "-text":
                sibling = sibling.next
            if sibling is None:
                break
            line = _squash(sibling.text(deep=True, separator=" "))
            if (line and len(line) <= _VISIBLE_MAX_CHARS and _DIGIT.search(line)
                    and not _UPDATED_WORDS.search(f"{label} {line}") and not _away(sibling)):
                stated = parse_stated(line, month_first)
                if stated is not None:
                    return stated
            sibling, label = sibling.next, line
    return None


def _script_date(tree: LexborHTMLParser) -> StatedDate | None:
    """``"datePublished":"2025-05-27"`` in a page's own JavaScript data (Next.js and similar
    pages keep their metadata there, not in JSON-LD)."""
    for script in tree.css("script"):
        code = script.text(deep=True)
        if len(code) > _SCRIPT_LIMIT:
            continue
        match = _SCRIPT_DATE.search(code)
        if match is not None:
            stated = parse_stated(match[1])
            if stated is not None:
                return stated
    return None


def parse_stated(value: str, month_first: bool = False) -> StatedDate | None:
    """ISO 8601, RFC 2822, then every stamp shape the stamps module knows; ``3/9/2026`` is
    read month first only on pages that write dates that way (US English)."""
    text = value.strip()
    parsed = _iso(text) or _rfc2822(text)
    if parsed is None:
        parsed = _stamp(_ABBREVIATION_DOT.sub(r"\1", _numeric_to_iso(text, month_first)))
    return StatedDate(parsed[0], parsed[1], text) if parsed else None


def _first_parsed(values: list[str | None], month_first: bool) -> StatedDate | None:
    for value in values:
        stated = parse_stated(value, month_first) if value else None
        if stated is not None:
            return stated
    return None


def _metas(metas: dict[str, str], names: tuple[str, ...]) -> list[str | None]:
    return [metas.get(name) for name in names if metas.get(name)]


def _time_element(tree: LexborHTMLParser) -> str | None:
    for selector in ("[itemprop=datePublished]", "time[pubdate]", "time[datetime]"):
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get("datetime") or node.attributes.get("content")
            value = _squash(value) or _squash(node.text())
            if value:
                return value
    return None


def _iso(text: str) -> tuple[datetime, bool] | None:
    candidate = re.sub(r"\s*([+-]\d\d):?(\d\d)$", r"\1:\2", text.replace("Z", "+00:00"))
    try:
        when = datetime.fromisoformat(candidate)
    except ValueError:
        return None
    return when, when.tzinfo is not None


def _rfc2822(text: str) -> tuple[datetime, bool] | None:
    if not re.match(r"[A-Za-z]{3}, \d", text):
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    return when, when.tzinfo is not None


def _stamp(text: str) -> tuple[datetime, bool] | None:
    from siyaq.extract.stamps import parse_published

    return parse_published(text)


def _numeric_to_iso(text: str, month_first: bool) -> str:
    """``09/25/2025`` -> ``2025-09-25``: the order is certain when one part exceeds 12, and
    otherwise follows the page's convention."""
    def rewrite(match: re.Match[str]) -> str:
        first, second, year = int(match[1]), int(match[3]), match[4]
        month_leads = second > 12 or (month_first and first <= 12)
        month, day = (first, second) if month_leads else (second, first)
        if month > 12 or day > 31:
            return match[0]
        return f"{year}-{month:02d}-{day:02d}"

    return _NUMERIC_DATE.sub(rewrite, text)


def _month_first(tree: LexborHTMLParser) -> bool:
    html = tree.css_first("html")
    lang = (html.attributes.get("lang") or "").lower() if html is not None else ""
    # Bare "en" is mostly American on the web; en-GB and the rest write the day first.
    return lang in ("en", "en-us", "en_us")


def _is_update(node: LexborNode, text: str) -> bool:
    if _PUBLISHED_WORDS.search(text):
        return False
    label = " ".join(filter(None, (node.attributes.get("class"), node.attributes.get("itemprop"))))
    parent = node.parent
    context = _squash(parent.text(deep=True, separator=" ")) if parent is not None else ""
    return bool(_UPDATED_WORDS.search(text) or _UPDATED_WORDS.search(label)
                or "modified" in label.lower()
                or (len(context) <= 2 * _VISIBLE_MAX_CHARS and _UPDATED_WORDS.search(context)
                    and not _PUBLISHED_WORDS.search(context)))


def _away(node: LexborNode) -> bool:
    """Inside a comment thread, a related list or a footer: those dates are not the page's.

    The walk stops below <body>: its classes describe the page's layout (WordPress writes
    ``no-sidebar`` there), not a region. A <footer> inside an <article> is the article's own
    (byline and date, as HTML defines it), not the page's."""
    current: LexborNode | None = node
    for _ in range(12):
        if current is None or current.tag in ("body", "html"):
            return False
        attrs = current.attributes
        if current.tag == "aside" or _AWAY.search(_region_names(attrs)):
            return True
        if current.tag == "footer" and not _inside(current, "article"):
            return True
        current = current.parent
    return False


def _region_names(attrs: dict[str, str | None]) -> str:
    """The class and id names that name a region. Utility classes with a variant or an
    arbitrary value (``lg:mr-[--sidebar-width]``, ``[--sidebar-width:18rem]``) set a layout
    size, not a region: a main column sized by its sidebar is still the main column."""
    names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".split()
    return " ".join(name for name in names if "[" not in name and ":" not in name)


def _inside(node: LexborNode, tag: str) -> bool:
    current = node.parent
    while current is not None and current.tag not in ("body", "html"):
        if current.tag == tag:
            return True
        current = current.parent
    return False


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())
