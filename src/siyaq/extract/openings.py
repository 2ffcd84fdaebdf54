"""Furniture a body opens with, found by what it says rather than learned per outlet.

Two kinds survive every extractor because they sit inside the article's own text block:

- a slideshow's controls left in front of the first paragraph (`Next Previous`, `السابق
  التالي`): on SaudiNewsNet they open 261 of 3alyoum's reports, 160 of them in front of the
  dateline (`Next Previous عين اليوم – واس`), which the analysis then cannot find;
- an opinion disclaimer (`هذا المقال بقلم ...، والآراء الواردة أدناه تعبر عن رأي الكاتب
  ولا تعكس بالضرورة وجهة نظر شبكة CNN`, `جميع المقالات المنشورة تمثل رأي كتابها فقط`): 33
  of ANT's CNN op-eds and 11 of Al Arabiya's open with one, which became their lead (what
  stories compare) and gave CNN a mention in each.

Both move to the article's widgets (kept, not lost); a disclaimer that names the writer
(`بقلم X،`) gives the byline when the page gave none. So does a first paragraph that only
repeats the byline a record's author field gave (25 SaudiNewsNet reports).
"""

from __future__ import annotations

import re

from siyaq.model import Article, Widget

# Two control words or more: one alone may open a sentence (`السابق ذكره`).
_CONTROLS = re.compile(r"^(?:(?:next|previous|prev|السابق|التالي)\s*[»«<>|/-]*\s+){2,}",
                       re.IGNORECASE)
_CONTROLS_ALONE = re.compile(r"^(?:(?:next|previous|prev|السابق|التالي)[\s»«<>|/-]*){2,}$",
                             re.IGNORECASE)
_CLITIC = r"(?<!\w)(?:[وبل]|ف)?(?:ال)?"  # a word whole, with its prefixes (not مكاتبها)
_OPINION = re.compile(_CLITIC + r"(?:رأي|آراء)(?:ه|ها)?(?!\w)")
# Not a bare `كتاب`: it is a book as often as writers (`ويمثل الكتاب رأي مؤلفه`).
_WRITER = re.compile(_CLITIC + r"(?:كاتب(?:ة|ه|ها)?|كتّاب(?:ه|ها)?|كتابها)(?!\w)")
_NOT_THE_OUTLET = re.compile(r"لا\s+[تي](?:عكس|عبر|عبّر)|[تي]مثل|[تي]عبّ?ر\s+عن")
_BY = re.compile(r"بقلم\s+((?:د\.\s*)?[^،,.:()]+)")  # `بقلم د. عبدالخالق عبدالله،`
DISCLAIMER_WORDS = 60  # a longer paragraph is the writer's own text
MAX_WRITER_WORDS = 6  # a name after بقلم; more is the writer's title


def take_openings(article: Article) -> None:
    """Move the slideshow controls and an opening (or closing) opinion disclaimer out of the
    body; never the body's only paragraph."""
    _take_controls(article)
    _take_printed_byline(article)
    for index in (0, -1):
        if len(article.body) > 1 and is_disclaimer(article.body[index]):
            text = article.body.pop(index)
            article.widgets.append(Widget("credit", text))
            article.byline = article.byline or _writer(text)


def _take_controls(article: Article) -> None:
    if not article.body:
        return
    first = article.body[0]
    if _CONTROLS_ALONE.match(first.strip()):
        if len(article.body) > 1:
            article.widgets.append(Widget("menu", article.body.pop(0).strip()))
        return
    found = _CONTROLS.match(first)
    if found:
        article.widgets.append(Widget("menu", found.group(0).strip()))
        article.body[0] = first[found.end():]


def _take_printed_byline(article: Article) -> None:
    """A first paragraph that is the byline its record gave (`خالد الفرج ـ عنيزة` above a
    report whose author field says so) is the byline as printed, not text."""
    if article.byline and len(article.body) > 1 and (
            _byline_key(article.body[0]) == _byline_key(article.byline)):
        article.widgets.append(Widget("credit", article.body.pop(0)))


def _byline_key(text: str) -> str:
    return " ".join(re.sub(r"[-–—ـ:|/()]", " ", text).split())


def is_disclaimer(paragraph: str) -> bool:
    """The outlet saying the opinions are the writer's, not its own."""
    if len(paragraph.split()) > DISCLAIMER_WORDS:
        return False
    return bool(_OPINION.search(paragraph) and _WRITER.search(paragraph)
                and _NOT_THE_OUTLET.search(paragraph))


def _writer(disclaimer: str) -> str | None:
    found = _BY.search(disclaimer)
    if found is None:
        return None
    name = found.group(1).strip()
    return name if 0 < len(name.split()) <= MAX_WRITER_WORDS else None
