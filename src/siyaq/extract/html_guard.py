"""Defusing hostile HTML before it reaches the parser.

The HTML5 tree builder looks through the stack of open elements on every block start tag, so
nesting N deep costs N² (20,000 nested <div>s take seconds, 100,000 take minutes). Real pages
nest a few dozen levels; tags below a generous depth are dropped (their text is kept), which
makes the cost linear again. The check is nearly free on ordinary pages: the exact scan runs
only when a page has many tags at all.
"""

from __future__ import annotations

import re

MAX_DEPTH = 512
_SCAN_ABOVE_TAGS = 4000  # fewer tags than this cannot nest deep enough to matter
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen", "command", "basefont", "bgsound", "frame", "image",
})


def defuse(html: str) -> str:
    """The page with tags nested deeper than MAX_DEPTH removed; unchanged for normal pages."""
    if html.count("<") < _SCAN_ABOVE_TAGS or max_depth(html) <= MAX_DEPTH:
        return html
    return _flatten(html)


def max_depth(html: str) -> int:
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _flatten(html: str) -> str:
    pieces: list[str] = []
    depth, last = 0, 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _VOID or self_closing:
            continue
        if closing:
            keep = depth <= MAX_DEPTH
            depth = max(0, depth - 1)
        else:
            depth += 1
            keep = depth <= MAX_DEPTH
        if not keep:
            pieces.append(html[last:match.start()])
            last = match.end()
    pieces.append(html[last:])
    return "".join(pieces)
