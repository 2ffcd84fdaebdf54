"""Flattening a cleaned DOM into text blocks, with per-element text and link counts.

One iterative pass (no recursion: hostile pages nest deeply). A block is a run of text owned by
one block-level element and not interrupted by a child block or a <br>, so both
``<p>one</p><p>two</p>`` and ``<div>one<br>two</div>`` give two blocks. Every block-level
element gets an Element with the characters and link characters below it; elements are listed
in document order, so an element's descendants are the indices after it up to ``end``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
    "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "caption", "menu",
})
_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
    "canvas", "video", "audio", "select", "button", "input", "textarea", "img", "picture", "head",
})
_IN_LINK, _IN_ARTICLE = 1, 2


@dataclass(slots=True)
class Element:
    tag: str
    parent: int  # index of the parent element, -1 for the root
    node: LexborNode
    chars: int = 0  # text characters in the subtree
    link_chars: int = 0  # of which inside <a>
    blocks: int = 0  # text blocks in the subtree
    end: int = 0  # index of the last descendant element
    score: float = 0.0
    mass: float = 0.0  # paragraph points in the whole subtree (html_body.score)

    @property
    def link_density(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@dataclass(slots=True)
class Block:
    owner: int  # index of the element whose own text this is
    parts: list[str] = field(default_factory=list)
    link_chars: int = 0
    text: str = ""

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


Skip = Callable[[LexborNode, str, bool], bool]  # (node, tag, inside <article>) -> skip it


def collect(root: LexborNode, skip: Skip | None = None) -> tuple[list[Element], list[Block]]:
    """Elements and text blocks under ``root``, both in document order; elements for which
    ``skip`` says so are left out with their whole subtree."""
    elements = [Element(root.tag or "", -1, root)]
    blocks: list[Block] = []
    open_blocks: dict[int, Block] = {}  # owner -> the block its text currently goes to
    stack = [(child, 0, 0) for child in reversed(list(root.iter(include_text=True)))]
    while stack:
        node, owner, flags = stack.pop()
        tag = node.tag or ""
        if tag == "-text":
            _add_text(node.text(deep=False), owner, flags & _IN_LINK, open_blocks, blocks)
            continue
        if tag in _SKIP_TAGS or tag[0] == "-" or (
                skip is not None and skip(node, tag, bool(flags & _IN_ARTICLE))):
            continue
        if tag == "br" or tag in BLOCK_TAGS:
            open_blocks.pop(owner, None)
        if tag in BLOCK_TAGS:
            elements.append(Element(tag, owner, node))
            owner = len(elements) - 1
        flags |= _IN_LINK if tag == "a" else _IN_ARTICLE if tag in ("article", "main") else 0
        children = list(node.iter(include_text=True))
        stack.extend((child, owner, flags) for child in reversed(children))
    _finish(elements, blocks)
    return elements, blocks


def _add_text(text: str, owner: int, in_link: int, open_blocks: dict[int, Block],
              blocks: list[Block]) -> None:
    if not text or text.isspace():
        if text and owner in open_blocks:
            open_blocks[owner].parts.append(" ")
        return
    block = open_blocks.get(owner)
    if block is None:
        block = open_blocks[owner] = Block(owner)
        blocks.append(block)
    block.parts.append(text)
    if in_link:
        block.link_chars += len(text.strip())


def _finish(elements: list[Element], blocks: list[Block]) -> None:
    """Join block texts, then sum counts up the tree (children come after their parents)."""
    kept: list[Block] = []
    for block in blocks:
        block.text = " ".join("".join(block.parts).split())
        block.parts = []
        if block.text:
            block.link_chars = min(block.link_chars, len(block.text))
            owner = elements[block.owner]
            owner.chars += len(block.text)
            owner.link_chars += block.link_chars
            owner.blocks += 1
            kept.append(block)
    blocks[:] = kept
    for index in range(len(elements) - 1, -1, -1):
        element = elements[index]
        element.end = max(element.end, index)
        if element.parent >= 0:
            parent = elements[element.parent]
            parent.chars += element.chars
            parent.link_chars += element.link_chars
            parent.blocks += element.blocks
            parent.end = max(parent.end, element.end)
