"""Where a page's comment thread begins, told by the thread's own shape.

A thread below an article reads like running text, so a line model keeps it as body, and when
it is longer than the article the body blocks that survive are the comments. Two shapes mark
it without any header: a count header naming the article (``34 responses to “…”``,
``3 thoughts on “…”``, ``12 تعليقا على «…»``) and two or more author lines (``1. Hans says:``,
``• Milan on September 12, 2018 at 4:47 pm said:``). Measured on the flattened html-bench pages
(docs/extraction.md): no gold body line follows either shape on any training or validation page.
"""

from __future__ import annotations

import re

from siyaq.extract.lines import DumpLine

_COUNT_HEADER = re.compile(
    r"^\s*\d+\s+(?:responses?|comments?|thoughts?|replies|reactions?"
    r"|تعليقا?|تعليقات|ردا?|ردود|فكرة|أفكار|افكار)\s+(?:to|on|على|علي|حول)\s+[\"“«]",
    re.IGNORECASE,
)
# An author line: a short name (after a list number or bullet) and "says", or a name with the
# comment's date and "said:". A news sentence ending in "said:" is longer and has no date.
_AUTHOR = re.compile(
    r"^(?:\d+\.\s*|[•*]\s*)?[^\s:]+(?:\s+[^\s:]+){0,4}\s+says\s*:?\s*$"
    r"|^(?:\d+\.\s*|[•*]\s*)?.{1,60}?\s+on\s+\w+\s+\d{1,2},?\s+\d{4}\s+at\s+[\d:]+\s*[ap]\.?m\.?"
    r"\s+(?:said|says|wrote)\s*:\s*$",
    re.IGNORECASE,
)
_AUTHOR_VERBS = ("says", "said", "wrote")
MAX_AUTHOR_WORDS = 14
MIN_AUTHORS = 2


def thread_start(lines: list[DumpLine]) -> int | None:
    """The index of the line that begins the comment thread, or None when the page shows none."""
    authors: list[int] = []
    for i, line in enumerate(lines):
        if line.words > MAX_AUTHOR_WORDS:
            continue
        text = line.text
        # Cheap tests first: every short line of every page passes here.
        if text.lstrip()[:1].isdigit() and _COUNT_HEADER.match(text):
            return i
        if text.rstrip(" :").lower().endswith(_AUTHOR_VERBS) and _AUTHOR.match(text):
            authors.append(i)
            if len(authors) >= MIN_AUTHORS:
                return authors[0]
    return None
