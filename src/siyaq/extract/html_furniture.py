"""Page furniture kept as data: related-article lists become Teasers, comment boxes and share
bars become Widgets. Each block found is removed from the tree, so it never reaches the body.

Related blocks are found by their header (في نفس السياق, اقرأ أيضا, أخبار ذات صلة, Related...)
or by class names; each link in them with enough text is a teaser, with the time printed beside
it when there is one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

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
_HEADER_SELECTOR = "h2, h3, h4, h5, h6, [class*=title i], [class*=head i], strong, b, span"
_RELATED_SELECTOR = (
    "[class*=related i], [id*=related i], [class*=most-read i], [class*=mostread i], "
    "[class*=popular i], [class*=recommend i], [class*=more-news i], [class*=read-more i], "
    "[class*=also-read i], [class*=outbrain i], [class*=taboola i]"
)
_COMMENT_SELECTOR = "[id*=comment i], [class*=comment i], [class*=disqus i], [id*=disqus i]"
_SHARE_SELECTOR = "[class*=share i], [class*=social i], [id*=share i], [class*=sharing i]"
_MIN_TEASER_CHARS = 12
_MAX_HEADER_CHARS = 40
_WIDGET_TEXT = 200


@dataclass(slots=True)
class Furniture:
    teasers: list[Teaser] = field(default_factory=list)
    widgets: list[Widget] = field(default_factory=list)


def fold(text: str) -> str:
    return text.translate(_FOLD).lower()


def take_furniture(tree: LexborHTMLParser, base_url: str | None, page_chars: int) -> Furniture:
    """Find teaser lists, comment boxes and share bars; record them; remove them from the tree."""
    found = Furniture()
    body = tree.body
    if body is None:
        return found
    # A block holding most of the page is the article itself, whatever its class says.
    limit = max(400, page_chars // 3)
    related = _headed_blocks(body, _RELATED_HEADER, limit) + _small(body.css(_RELATED_SELECTOR),
                                                                    limit)
    blocks = _outermost(related)
    for header, node in blocks:
        found.teasers += teasers_in(node, header, base_url)
    comments = _outermost(_headed_blocks(body, _COMMENT_HEADER, limit, header_alone=True)
                          + _small(body.css(_COMMENT_SELECTOR), limit), blocks)
    found.widgets += [Widget("comments", header or _snippet(n)) for header, n in comments]
    shares = _outermost(_small(body.css(_SHARE_SELECTOR), min(limit, 600)), blocks + comments)
    found.widgets += [Widget("share", _snippet(n)) for _, n in shares]
    for _, node in blocks + comments + shares:
        node.decompose()
    return found


def _snippet(node: LexborNode) -> str:
    return squash(node.text(separator=" "))[:_WIDGET_TEXT]


def _small(nodes: Iterable[LexborNode], limit: int) -> list[tuple[str | None, LexborNode]]:
    picked: list[tuple[str | None, LexborNode]] = []
    for node in nodes:
        if node.tag in ("html", "body", "main", "article") or len(node.text()) > limit:
            continue
        picked.append((_header_text(node), node))
    return picked


def _header_text(node: LexborNode) -> str | None:
    header = node.css_first("h2, h3, h4, h5, h6")
    text = squash(header.text()) if header is not None else ""
    return text if 0 < len(text) <= _MAX_HEADER_CHARS else None


def _headed_blocks(body: LexborNode, pattern: re.Pattern[str], limit: int,
                   header_alone: bool = False) -> list[tuple[str | None, LexborNode]]:
    """Blocks opened by a header matching ``pattern``: the header's smallest ancestor holding
    more than the header, if that is not the whole page (or, if ``header_alone``, the header:
    a comment box whose content is a script shows nothing but its title)."""
    blocks: list[tuple[str | None, LexborNode]] = []
    for node in body.css(_HEADER_SELECTOR):
        text = squash(node.text())
        if not text or len(text) > _MAX_HEADER_CHARS or not pattern.match(fold(text)):
            continue
        container = _container_of(node, limit) or (node if header_alone else None)
        if container is not None:
            blocks.append((text.rstrip(" :"), container))
    return blocks


def _container_of(header: LexborNode, limit: int) -> LexborNode | None:
    node, header_chars = header, len(header.text())
    for _ in range(4):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html", "main", "article"):
            break
        node = parent
        chars = len(node.text())
        if chars > limit:
            break
        if chars > header_chars + _MIN_TEASER_CHARS:
            return node
    return None


def _outermost(blocks: list[tuple[str | None, LexborNode]],
               taken: list[tuple[str | None, LexborNode]] | None = None,
               ) -> list[tuple[str | None, LexborNode]]:
    """Drop blocks inside (or equal to) another block, so each region is removed once."""
    seen = {node.mem_id for _, node in taken or []}
    kept: list[tuple[str | None, LexborNode]] = []
    for header, node in sorted(blocks, key=lambda b: _depth(b[1])):
        if not _inside(node, seen):
            seen.add(node.mem_id)
            kept.append((header, node))
    return kept


def _depth(node: LexborNode) -> int:
    depth, parent = 0, node.parent
    while parent is not None:
        depth, parent = depth + 1, parent.parent
    return depth


def _inside(node: LexborNode, ids: set[int]) -> bool:
    current: LexborNode | None = node
    while current is not None:
        if current.mem_id in ids:
            return True
        current = current.parent
    return False


def teasers_in(block: LexborNode, header: str | None, base_url: str | None) -> list[Teaser]:
    """One teaser per linked item: its link text, URL and the time printed with it."""
    teasers: dict[str, Teaser] = {}
    for link in block.css("a[href]"):
        text = squash(link.text())
        href = (link.attributes.get("href") or "").strip()
        if len(text) < _MIN_TEASER_CHARS or href.startswith(("#", "javascript:")):
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
