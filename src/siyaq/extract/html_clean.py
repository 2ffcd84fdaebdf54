"""Deciding, element by element, what is never article text.

Code, media and form controls are stripped wholesale before the walk. During the walk
(html_blocks.collect) each element is judged once: hidden elements, page chrome (nav, aside,
the page's own header and footer, forms) and elements whose class or id names them as chrome
(menus, sidebars, ads, breadcrumbs...) are skipped with everything inside; related lists,
comment boxes and share bars are skipped too but recorded as furniture. An element holding a
large share of the page's text is never skipped: it must be the article itself (sites wrap
whole pages in <form>, or in a div called "main-sidebar-layout").

Class names are matched with Python regexes on one attribute read per element (a CSS
selector per name would cost a full document scan each), lowercased first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

from siyaq.extract.html_furniture import (
    Furniture,
    header_of,
    is_related_header,
    teasers_in,
    widget_text,
)
from siyaq.model import Widget

JUNK_TAGS = [
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "select", "button", "input", "textarea", "link", "meta",
    "picture", "source", "map",
]
_CHROME_TAGS = frozenset({"nav", "aside", "footer", "header", "form", "menu", "dialog"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_RELATED = re.compile(
    r"related|most-?read|popular|recommend|more-?news|more-?stories|read-?more|also-?read|"
    r"outbrain|taboola|read-?also|latest-?news")
_COMMENTS = re.compile(r"comment|disqus")
_SHARE = re.compile(r"share|social|sharing")
# Names of page chrome (readability's list, plus what news sites use).
_UNLIKELY = re.compile(
    r"sidebar|side-bar|widget|banner|advert|sponsor|promo|newsletter|subscribe|signup|cookie|"
    r"gdpr|popup|modal|breadcrumb|pagination|pager|footer|masthead|menu|navbar|navigation|"
    r"skip|toolbar|byline|author-info|author-bio|tag-?list|tags|keywords|print|rss|shoutbox|"
    r"skyscraper|ads-|-ads|ad-slot|ad-container|ad-wrapper|adsbygoogle|dfp|googlead|caption|"
    r"credit|copyright|login|register|search|topics|sr-only|visually-hidden")
# Page builders name every content box "widget" (elementor-widget-wrap, hs_cos_wrapper_widget):
# their own class names say nothing about chrome.
_BUILDER = re.compile(r"(?:elementor|hs_cos|et_pb|fl-|wp-block|vc_|wpb_|widget-span|widget-type)"
                      r"[\w-]*")
_MAYBE_CONTENT = re.compile(r"article|body|content|main|post|entry|story|text|news-details")
_NEVER_SKIPPED = frozenset({"html", "body", "article", "main", "a", "p"})
_LARGE_SHARE = 0.4  # of the page's text: above this, an element is not chrome
_SHARE_BAR_CHARS = 600


@dataclass(slots=True)
class Judge:
    """Decides for each element whether the walk skips it, recording furniture on the way."""

    page_chars: int
    base_url: str | None
    strict: bool = True  # False: class names of chrome are not trusted, only tags and flags
    furniture: Furniture = field(default_factory=Furniture)

    @property
    def limit(self) -> float:
        return max(300.0, _LARGE_SHARE * self.page_chars)

    def skip(self, node: LexborNode, tag: str, in_article: bool) -> bool:
        """True when ``node`` and everything inside it is not article text."""
        if tag in _NEVER_SKIPPED:
            return False
        attrs = node.attributes
        if "hidden" in attrs or attrs.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(
                attrs.get("style") or ""):
            # Streaming renderers ship the whole article in a hidden div that a script reveals.
            return self._small(node)
        # Lowercased once: case-insensitive regexes are several times slower on a miss.
        names = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()
        if names != " " and self._furniture(node, names):
            return True
        if tag in _CHROME_TAGS:
            # An article's own <header> keeps its title and date; its <footer> goes.
            return not (tag == "header" and in_article) and self._chrome(node)
        if not self.strict or names == " " or not _UNLIKELY.search(_BUILDER.sub("", names)) or (
                _MAYBE_CONTENT.search(names)):
            return False
        return self._chrome(node)

    def _chrome(self, node: LexborNode) -> bool:
        """Skip a small chrome element; a "الأكثر قراءة" list in a sidebar is still kept as
        teasers."""
        if not self._small(node):
            return False
        header = header_of(node)
        if header is not None and is_related_header(header):
            self.furniture.teasers += teasers_in(node, header, self.base_url)
        return True

    def _small(self, node: LexborNode, limit: float | None = None) -> bool:
        return len(node.text()) < (limit or self.limit)

    def _furniture(self, node: LexborNode, names: str) -> bool:
        found = self.furniture
        if _RELATED.search(names) and self._small(node) and _link_share(node) >= 0.3:
            found.teasers += teasers_in(node, header_of(node), self.base_url)
            return True
        if _COMMENTS.search(names) and self._small(node):
            found.add_widget(Widget("comments", header_of(node) or widget_text(node)))
            return True
        if _SHARE.search(names) and self._small(node, min(self.limit, _SHARE_BAR_CHARS)):
            found.add_widget(Widget("share", widget_text(node)))
            return True
        return False


def _link_share(node: LexborNode) -> float:
    """How much of the text is link text: a related list is mostly links, an article
    called "entry-content-read-more" is not."""
    chars = len(node.text())
    return sum(len(a.text()) for a in node.css("a")) / chars if chars else 1.0
