"""Removing what is never article text before the body is scored.

Code, media and form controls go wholesale. Page chrome (nav, aside, the page-level header
and footer) and elements whose class or id names them as chrome (menus, sidebars, ads,
breadcrumbs...) go too, unless they hold so much of the page's text that they must be the
article itself (sites wrap whole pages in <form> or in a div called "main-sidebar-layout").
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

JUNK_TAGS = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "select", "button", "input", "textarea", "link", "meta",
    "picture", "source", "map",
]
_CHROME_SELECTOR = "nav, aside, footer, header, form, menu, dialog"
_HIDDEN_SELECTOR = (
    '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i], '
    '[style*="visibility:hidden" i], [style*="visibility: hidden" i]'
)
# Substrings of class/id that name page chrome (readability's list, plus what news sites use).
_UNLIKELY = (
    "sidebar", "side-bar", "widget", "banner", "advert", "sponsor", "promo", "newsletter",
    "subscribe", "signup", "cookie", "gdpr", "popup", "modal", "breadcrumb", "pagination",
    "pager", "footer", "masthead", "menu", "navbar", "navigation", "skip", "toolbar", "byline",
    "author-info", "author-bio", "tag-list", "tags", "keywords", "print", "rss", "shoutbox",
    "skyscraper", "advert", "ads-", "-ads", "ad-slot", "ad-container", "ad-wrapper", "adsbygoogle",
    "dfp", "googlead", "caption", "credit", "copyright", "login", "register", "search", "topics",
    "sr-only", "visually-hidden",
)
_MAYBE_CONTENT = re.compile(r"article|body|content|main|post|entry|story|text|news-details", re.I)
_LARGE_SHARE = 0.4  # of the page's text: above this, an element is not chrome


def _unlikely_selector() -> str:
    return ", ".join(f'[class*="{w}" i], [id*="{w}" i]' for w in _UNLIKELY)


def clean(tree: LexborHTMLParser) -> None:
    """Remove junk, hidden elements and chrome in place."""
    tree.strip_tags(JUNK_TAGS)
    body = tree.body
    if body is None:
        return
    _remove_all(body.css(_HIDDEN_SELECTOR))
    page_chars = len(body.text())
    limit = max(300.0, _LARGE_SHARE * page_chars)
    _remove_all([n for n in body.css(_CHROME_SELECTOR) if _is_chrome(n, limit)])
    unlikely = body.css(_unlikely_selector())
    _remove_all([n for n in unlikely if _is_unlikely(n, limit)])


def _is_chrome(node: LexborNode, limit: float) -> bool:
    # An article's own <header> (title, date) or <footer> is not the page's.
    if node.tag in ("header", "footer") and _has_ancestor(node, ("article", "main")):
        return node.tag == "footer"
    return len(node.text()) < limit


def _is_unlikely(node: LexborNode, limit: float) -> bool:
    if node.tag in ("html", "body", "article", "main", "a", "p"):
        return False
    names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
    if _MAYBE_CONTENT.search(names):
        return False
    return len(node.text()) < limit


def _has_ancestor(node: LexborNode, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    for _ in range(64):
        if parent is None:
            return False
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _remove_all(nodes: list[LexborNode]) -> None:
    """Decompose nodes, innermost first: a node is never touched after its ancestor is gone."""
    for node in reversed(nodes):
        node.decompose()
