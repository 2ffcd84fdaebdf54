"""Text-only page dumps -> Article: the article apart from the furniture, which is kept as data.

A labeler gives every line a ``LineLabel``; this module turns labels into an Article. The rule
labeler is the fallback; the learned one (siyaq.extract.cleaner) has the same ``label`` method,
so either slots in. Site templates (siyaq.extract.templates) drop lines an outlet repeats on
every page before any labeler sees them.
"""

from __future__ import annotations

import re
from typing import Protocol

from siyaq.extract.base import NoArticle, new_article
from siyaq.extract.lines import WIDGET_LABELS, DumpLine, LineLabel, split_lines
from siyaq.extract.stamps import (
    find_stamp,
    is_stamp_line,
    starts_with_stamp_keyword,
)
from siyaq.extract.templates import SiteTemplates
from siyaq.model import Article, Page, Teaser, Widget


class LineLabeler(Protocol):
    def label(self, lines: list[DumpLine]) -> list[LineLabel]: ...


_NOT_FOUND = re.compile(
    r"(404|الصفحة غير موجودة|الصفحه غير موجوده|page not found|not found|لم يتم العثور)", re.I
)
_LOGIN = re.compile(
    r"(تسجيل الدخول|سجل الدخول|اشترك للمتابعة|للمشتركين فقط|sign in|log in"
    r"|subscribe to (?:read|continue))",
    re.I,
)
# Form markers a browser copy glues onto the text ("Top of Form" in Arabic and English).
_GLUED_WIDGET = re.compile(r"\s*(?:أعلى النموذج|أسفل النموذج|Top of Form|Bottom of Form)\s*$")
_GLUED_TAILS = ("أعلى النموذج", "أسفل النموذج", "Top of Form", "Bottom of Form")
_CLOCK = re.compile(r"^\d{1,2}:\d\d$")
_NUMERIC = re.compile(r"^[\d\s:.\-–/|()#]+$")
_STAMP_TAIL = re.compile(r"^(?:[\d٠-٩:.\-–|،,]+|ص|م|am|pm|AM|PM)$")
_TITLE_SEPARATOR = re.compile(r"^\s*(?:…|\.\.\.|[-–—|:])\s*")


def extract_text_dump(
    page: Page, *, templates: SiteTemplates | None = None, labeler: LineLabeler | None = None
) -> Article:
    """Extract one text dump; raises NoArticle with the reason when it holds no article.

    Without ``labeler`` a default one is built for this call (loading the model takes about
    half a millisecond): code that extracts many pages builds one with ``default_labeler()``
    and passes it, as ``siyaq.extract.extract_step`` does."""
    text = page.text if page.text is not None else page.content.decode("utf-8", "replace")
    lines = split_lines(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not lines:
        raise NoArticle("empty page")
    article = new_article(page)
    if templates is not None:
        lines, boilerplate = templates.split(article.host, lines)
        article.widgets += [Widget("other", line.text) for line in boilerplate]
    labels = (labeler or default_labeler()).label(lines)
    _fill(article, lines, labels)
    _check_article(article, lines)
    return article


def default_labeler() -> LineLabeler:
    """The hybrid labeler when the shipped model is there, else the rules: a new one per call,
    for the caller to hold (a pipeline step, a worker), so no state lives in the module."""
    from siyaq.extract.cleaner import HybridLabeler, LearnedLabeler
    from siyaq.extract.rules import RuleLabeler

    return HybridLabeler() if LearnedLabeler.available() else RuleLabeler()


def _fill(article: Article, lines: list[DumpLine], labels: list[LineLabel]) -> None:
    # One pass groups the lines by label (three filtered passes showed in profiles).
    by_label: dict[LineLabel, list[DumpLine]] = {}
    for line, label in zip(lines, labels, strict=True):
        by_label.setdefault(label, []).append(line)
    titles, bylines = by_label.get(LineLabel.TITLE), by_label.get(LineLabel.BYLINE)
    stamps = by_label.get(LineLabel.STAMP)
    article.title = titles[0].text if titles else None
    article.byline = bylines[0].text.rstrip(" :–-|/") if bylines else None
    if stamps:
        _set_stamp(article, stamps[0])
    body = [line.text for line in by_label.get(LineLabel.BODY, ())]
    article.body = _clean_body(article, body)
    article.teasers = _teasers(lines, labels)
    article.widgets += _widgets(lines, labels)


def _set_stamp(article: Article, line: DumpLine) -> None:
    parsed = line.published()
    if parsed is not None:
        article.published_text = line.text
        article.published_at, article.timezone_stated = parsed


def _clean_body(article: Article, body: list[str]) -> list[str]:
    """Strip what sites glue onto body lines: the title of a meta snippet, a metadata stamp."""
    cleaned: list[str] = []
    for index, paragraph in enumerate(body):
        if article.title and paragraph.startswith(article.title + " "):
            paragraph = _TITLE_SEPARATOR.sub("", paragraph[len(article.title) :])
        if article.published_at is None and starts_with_stamp_keyword(paragraph[:40]):
            paragraph = _strip_stamp_prefix(article, paragraph)
        if article.published_at is None and index == 0:
            _stamp_from_dateline(article, paragraph)
        if paragraph.endswith(_GLUED_TAILS):
            paragraph = _GLUED_WIDGET.sub("", paragraph).strip()
        if paragraph:
            cleaned.append(paragraph)
    return cleaned


def _strip_stamp_prefix(article: Article, paragraph: str) -> str:
    """``date 2021-10 عاد فيسبوك…``: a metadata stamp glued before the lede."""
    words = paragraph.split()
    best = next(
        (n for n in range(1, min(len(words), 9)) if is_stamp_line(" ".join(words[:n]))), 0
    )
    while 0 < best < len(words) and _STAMP_TAIL.match(words[best]):
        best += 1  # the time and its ص/م printed after the date
    if best == 0 or len(words) - best < 6:
        return paragraph
    head = " ".join(words[:best])
    stamp = find_stamp(head)
    if stamp is None:
        return paragraph
    article.published_text = head
    article.published_at, article.timezone_stated = stamp.when, stamp.timezone_stated
    return " ".join(words[best:])


_DATELINE = re.compile(r"^\s*\(([^()]{4,80})\)")


def _stamp_from_dateline(article: Article, paragraph: str) -> None:
    """Agency datelines print the date in parentheses before the lede: ``(… - 11 أبريل 2019)``."""
    match = _DATELINE.match(paragraph)
    if match is None:
        return
    stamp = find_stamp(match.group(1))
    if stamp is not None:
        article.published_text = match.group(1).strip()
        article.published_at, article.timezone_stated = stamp.when, stamp.timezone_stated


def _teasers(lines: list[DumpLine], labels: list[LineLabel]) -> list[Teaser]:
    """Teaser lines in order; a time line belongs to the teaser just above it."""
    teasers: list[Teaser] = []
    block: str | None = None
    for line, label in zip(lines, labels, strict=True):
        if label is LineLabel.HEADER:
            block = line.text
        elif label is LineLabel.TEASER:
            stamp = line.published() if line.is_stamp() else None
            last = teasers[-1] if teasers else None
            if stamp is not None:
                if last is not None and last.published_at is None:
                    last.published_at, last.published_text = stamp[0], line.text
            elif _NUMERIC.match(line.folded):  # a rank number, or a time without a date
                if last is not None and last.published_text is None and _CLOCK.search(line.folded):
                    last.published_text = line.text
            else:
                teasers.append(Teaser(text=line.text, block=block))
    return teasers


def _widgets(lines: list[DumpLine], labels: list[LineLabel]) -> list[Widget]:
    """Consecutive lines of one furniture kind make one widget (a comment form, a share bar)."""
    widgets: list[Widget] = []
    previous: LineLabel | None = None
    for line, label in zip(lines, labels, strict=True):
        kind = label if label in WIDGET_LABELS or label is LineLabel.OTHER else None
        if kind is None:
            previous = None
            continue
        if kind is previous:
            widgets[-1].text += "\n" + line.text
        else:
            widgets.append(Widget(kind=kind.value, text=line.text))
        previous = kind
    return widgets


def _check_article(article: Article, lines: list[DumpLine]) -> None:
    """Refuse to make up an article from a page that has none: say which kind of page it is."""
    if not article.body:
        raise NoArticle(_no_article_reason(_page_head(lines), lines, "no body text found"))
    words = _words_up_to(article.body, 60)
    if words < 40:  # only a short body can be a 404 or login page: most pages skip the search
        page_text = _page_head(lines)
        if _NOT_FOUND.search(page_text) or _LOGIN.search(page_text):
            raise NoArticle(_no_article_reason(page_text, lines, "too little body text"))
    # Teasers under a header are an article page's related box; a list of headline+time pairs
    # with no header and almost no running text is a home or section page.
    loose = sum(1 for teaser in article.teasers if teaser.block is None)
    if words < 60 and loose >= 4 and loose > 2 * len(article.body):
        raise NoArticle("listing page: teasers only, no article body")


def _words_up_to(paragraphs: list[str], cap: int) -> int:
    """min(cap, words in ``paragraphs``): the checks only compare counts below ``cap``, and a
    body's first paragraphs nearly always reach it, so the rest is never split."""
    words = 0
    for paragraph in paragraphs:
        words += len(paragraph.split())
        if words >= cap:
            return cap
    return words


def _page_head(lines: list[DumpLine]) -> str:
    return "\n".join(line.text for line in lines[:40])


def _no_article_reason(page_text: str, lines: list[DumpLine], default: str) -> str:
    if _NOT_FOUND.search(page_text):
        return "page not found (404 page)"
    if _LOGIN.search(page_text):
        return "login or subscription wall"
    stamps = sum(1 for line in lines if line.is_stamp())
    if stamps >= 3:
        return "listing page: teasers only, no article body"
    return default
