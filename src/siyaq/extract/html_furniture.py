"""Page furniture kept as data: related-article lists become Teasers, comment boxes and share
bars become Widgets; the body never includes them.

Related blocks are found by class name during the walk (html_clean.Judge) or, after it, by the
header line that opens them (في نفس السياق, اقرأ أيضا, أخبار ذات صلة, Related...). Each link in
them with enough text is a teaser, with the time printed beside it when there is one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from selectolax.lexbor import LexborNode

from siyaq.extract.html_blocks import Block, Element
from siyaq.extract.html_meta import parse_timestamp, squash
from siyaq.model import Teaser, Widget

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_RELATED_HEADER = re.compile(
    r"^\W*(في نفس السياق|في السياق نفسه|في ذات السياق|اقرا ايضا|اقرا ايضاً|اقرا المزيد|"
    r"(?:اخبار|مواضيع|مقالات|موضوعات|قصص) (?:ذات صله|متعلقه|مشابهه|مقترحه)|ذات صله|"
    r"الاكثر (?:قراءه|مشاهده|تعليقا|تداولا)|شاهد ايضا|اخترنا لك|قد يهمك|"
    r"(?:اخر|احدث|اهم) الاخبار|المزيد من|"
    r"related|read more|read also|also read|more from|more stories|most read|most popular|"
    r"you may also like|recommended|trending|latest news)\b",
)
_COMMENT_HEADER = re.compile(r"^\W*(تعليقات|التعليقات|اضف تعليق|اترك تعليق|comments?\b|leave a)")
# Notices that close an article's container: comment policy, disclaimers, copyright.
_NOTICES = (
    ("comments", re.compile(r"التعليقات|تعليقاتكم|تعليقك|لا تعبر عن راي|تعبر عن راي اصحابها"
                            r"|comment policy|comments are moderated|community guidelines")),
    ("credit", re.compile(r"جميع الحقوق محفوظه|حقوق النشر|all rights reserved|©|copyright|"
                          r"^(?:المصدر|source)\s*:")),
)
_MAX_NOTICE_CHARS = 400
_MIN_TEASER_CHARS = 12
_MAX_HEADER_CHARS = 40
_WIDGET_TEXT = 200


@dataclass(slots=True)
class Furniture:
    teasers: list[Teaser] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)

    def unique_teasers(self) -> list[Teaser]:
        """Teasers by URL, first found first: a link listed twice is one teaser."""
        seen: set[str | None] = set()
        unique = []
        for teaser in self.teasers:
            if teaser.url is None or teaser.url not in seen:
                seen.add(teaser.url)
                unique.append(teaser)
        return unique

    def add_widget(self, widget: Widget) -> None:
        """One comment box per page (its items often repeat the class); no duplicate bars."""
        for known in self.widgets:
            same_box = known.kind == "comments" or known.text == widget.text
            if known.kind == widget.kind and same_box:
                return
        self.widgets.append(widget)


def fold(text: str) -> str:
    return text.translate(_FOLD).lower()


def is_related_header(text: str) -> bool:
    return bool(_RELATED_HEADER.match(fold(text)))


def header_of(node: LexborNode) -> str | None:
    """The heading a furniture block carries (its label), if short enough to be one."""
    header = node.css_first("h2, h3, h4, h5, h6")
    text = squash(header.text()) if header is not None else ""
    return text if 0 < len(text) <= _MAX_HEADER_CHARS else None


def widget_text(node: LexborNode) -> str:
    return squash(node.text(separator=" "))[:_WIDGET_TEXT]


def headed_furniture(elements: list[Element], blocks: list[Block], found: Furniture,
                     base_url: str | None) -> list[Block]:
    """Record blocks opened by a header line (في نفس السياق, تعليقات الفيسبوك...) as teasers or
    a comments widget, and inline "اقرأ أيضا: <link>" lines as teasers; return the blocks left."""
    covered: set[int] = set()  # element indices whose text is furniture
    dropped: set[int] = set()  # ids of single blocks that are furniture
    limit = max(400, elements[0].chars // 3)
    for block in blocks:
        if block.owner in covered or (
                len(block.text) > _MAX_HEADER_CHARS and block.link_density < 0.4):
            continue
        kind = _furniture_header(block.text)
        if kind is None:
            continue
        if len(block.text) > _MAX_HEADER_CHARS:
            if kind == "related" and block.link_density >= 0.4:  # "اقرأ أيضا: <a>…</a>"
                opener = _RELATED_HEADER.match(fold(block.text[:60]))
                header = block.text[: opener.end()].strip(" :") if opener else None
                found.teasers += teasers_in(elements[block.owner].node, header, base_url,
                                            block.text)
                dropped.add(id(block))
            continue
        container = _container_of(elements, block.owner, len(block.text), limit, kind)
        label = block.text.rstrip(" :")
        if kind == "related" and container is not None:
            found.teasers += teasers_in(elements[container].node, label, base_url)
        elif kind == "comments":
            found.add_widget(Widget("comments", label))
            dropped.add(id(block))  # the header alone, when the box shows nothing else
        if container is not None:
            covered.update(range(container, elements[container].end + 1))
    return [b for b in blocks if b.owner not in covered and id(b) not in dropped]


def _furniture_header(text: str) -> str | None:
    folded = fold(text[:60])
    if _RELATED_HEADER.match(folded):
        return "related"
    if len(text) <= _MAX_HEADER_CHARS and _COMMENT_HEADER.match(folded):
        return "comments"
    return None


def _container_of(elements: list[Element], owner: int, header_chars: int, limit: int,
                  kind: str) -> int | None:
    """The header's smallest enclosing element holding more than the header, unless that
    element is most of the page (then the header sat inside the article: no block). A
    teaser list is mostly links."""
    index = owner
    for _ in range(4):
        element = elements[index]
        if element.tag in ("body", "html", "main", "article") or element.chars > limit:
            return None
        if element.chars > header_chars + _MIN_TEASER_CHARS:
            return index if kind == "comments" or element.link_density >= 0.3 else None
        if element.parent < 0:
            return None
        index = element.parent
    return None


def trailing_notices(body: list[Block], found: Furniture) -> None:
    """Move comment-policy, disclaimer and copyright lines off the end of the body."""
    while body and len(body[-1].text) <= _MAX_NOTICE_CHARS:
        folded = fold(body[-1].text)
        kind = next((k for k, pattern in _NOTICES if pattern.search(folded)), None)
        if kind is None:
            return
        found.add_widget(Widget(kind, body.pop().text[:_WIDGET_TEXT]))


def teasers_in(block: LexborNode, header: str | None, base_url: str | None,
               within: str | None = None) -> list[Teaser]:
    """One teaser per linked item: its link text, URL and the time printed with it (only the
    links whose text is part of ``within``, when given)."""
    teasers: dict[str, Teaser] = {}
    for link in block.css("a[href]"):
        text = squash(link.text())
        href = (link.attributes.get("href") or "").strip()
        if len(text) < _MIN_TEASER_CHARS or href.startswith(("#", "javascript:")) or (
                within is not None and text not in within):
            continue
        url = urljoin(base_url or "", href) if base_url else href
        if url in teasers and len(teasers[url].text) >= len(text):
            continue
        teaser = Teaser(text=text, url=url, block=header)
        _add_time(teaser, _item_of(link, block))
        teasers[url] = teaser
    return list(teasers.values())


def _item_of(link: LexborNode, block: LexborNode) -> LexborNode:
    """The list item around a link: its ancestor just below the block (at most 4 levels up)."""
    node = link
    for _ in range(4):
        parent = node.parent
        if parent is None or parent.mem_id == block.mem_id:
            break
        node = parent
    return node


def _add_time(teaser: Teaser, item: LexborNode) -> None:
    time = item.css_first("time")
    stamp = None
    if time is not None:
        stamp = squash(time.attributes.get("datetime")) or squash(time.text())
    if not stamp:
        rest = squash(item.text(separator=" ")).replace(teaser.text, " ")
        stamp = squash(rest) if any(ch.isdigit() for ch in rest) else None
    if stamp:
        parsed = parse_timestamp(stamp)
        if parsed is not None:
            teaser.published_at, teaser.published_text = parsed[0], stamp
