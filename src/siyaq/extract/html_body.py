"""Choosing the article's body among a page's text blocks: content scoring in the manner of
Readability (paragraph length and commas credited to the containers above them, discounted by
link density), the winning container widened where the article was cut into boxes, its worthy
siblings, then the blocks inside them that are not link lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from siyaq.extract.html_blocks import Block, Element

MIN_BLOCK_CHARS = 25
_FULL_CREDIT_CHARS = 300
_ALTERNATIVES = 4  # runners-up looked at for a common ancestor
_GROW_LEVELS, _GROW_RATIO, _GROW_MAX_LINKS = 4, 1.5, 0.1
_MIN_CLOSE = 3
_TAG_BASE = {
    "div": 5, "article": 5, "section": 2, "main": 5, "pre": 3, "td": 3, "blockquote": 3,
    "address": -3, "ol": -3, "ul": -3, "dl": -3, "dd": -3, "dt": -3, "li": -3, "form": -3,
    "h1": -5, "h2": -5, "h3": -5, "h4": -5, "h5": -5, "h6": -5, "th": -5,
}
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "li", "blockquote", "dd", "dt", "h2", "h3", "h4",
                             "h5", "h6", "figcaption", "th", "caption"})
_LIST_TAGS = frozenset({"ul", "ol", "dl", "table", "tbody", "div", "section", "nav", "form"})
_POSITIVE = re.compile(
    r"article|body|content|entry|hentry|main|page|post|text|blog|story|news|detail")
_NEGATIVE = re.compile(
    r"hidden|banner|combx|comment|com-|contact|foot|masthead|media|meta|outbrain|promo|related|"
    r"scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser")
_COMMAS = re.compile("[,،]")


@dataclass(slots=True)
class Selection:
    blocks: list[Block]
    top: int  # index of the winning container


def class_weight(element: Element) -> int:
    attrs = element.node.attributes
    weight = 0
    for name in (attrs.get("class"), attrs.get("id")):
        if name:
            name = name.lower()
            weight += (25 if _POSITIVE.search(name) else 0) - (25 if _NEGATIVE.search(name) else 0)
    return weight


def score(elements: list[Element], blocks: list[Block]) -> None:
    """Credit each paragraph-like block to its container and the two levels above it."""
    initialized: set[int] = set()
    for block in blocks:
        if len(block.text) < MIN_BLOCK_CHARS or block.link_density > 0.5:
            continue
        points = 1 + len(_COMMAS.findall(block.text)) + min(len(block.text) / 100, 3)
        elements[block.owner].mass += points
        index = _scoring_start(elements, block.owner)
        for level in range(3):
            if index < 0:
                break
            element = elements[index]
            if index not in initialized:
                initialized.add(index)
                element.score = _TAG_BASE.get(element.tag, 0) + class_weight(element)
            element.score += points / (1 if level == 0 else 2 if level == 1 else level * 3)
            index = element.parent
    for element in reversed(elements):
        if element.parent >= 0:
            elements[element.parent].mass += element.mass
    for index in initialized:
        element = elements[index]
        # Little text cannot be the article, however well its class name sounds.
        element.score *= (1 - element.link_density) * min(1.0, element.chars / _FULL_CREDIT_CHARS)


def _scoring_start(elements: list[Element], owner: int) -> int:
    """A paragraph credits its container; a div holding only text is itself a paragraph."""
    element = elements[owner]
    if element.tag in _PARAGRAPH_TAGS or element.end == owner:
        return element.parent
    return owner


def choose(elements: list[Element], blocks: list[Block], title: str | None) -> Selection | None:
    """The body blocks, or None when no container scored at all."""
    score(elements, blocks)
    candidates = [i for i, e in enumerate(elements) if e.score > 0]
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda i: elements[i].score, reverse=True)
    top = _climb(elements, _common_ancestor(elements, ranked[0], ranked[1:_ALTERNATIVES + 1]))
    top = _grow(elements, top)
    regions = _with_siblings(elements, top)
    dropped = _link_lists(elements, regions)
    kept = [b for b in blocks if _in(b.owner, elements, regions) and b.owner not in dropped
            and _keep(b, elements[b.owner], title)]
    return Selection(kept, top)


def _grow(elements: list[Element], top: int) -> int:
    """Widen to an ancestor holding much more paragraph text at a low link density: credit
    fades three levels up, so text cut into many small boxes can lose to one small box."""
    current, index = top, elements[top].parent
    for _ in range(_GROW_LEVELS):
        if index <= 0 or elements[index].tag in ("body", "html"):
            break
        ancestor = elements[index]
        if ancestor.mass >= _GROW_RATIO * elements[current].mass and (
                ancestor.link_density < _GROW_MAX_LINKS):
            current = index
        index = ancestor.parent
    return current


def _common_ancestor(elements: list[Element], top: int, others: list[int]) -> int:
    """Readability's "alternative candidates": when several near-best containers sit side by
    side (a long article cut into sections), their common ancestor is the article."""
    best = elements[top].score
    close = [i for i in others if elements[i].score >= 0.75 * best]
    if len(close) < _MIN_CLOSE:
        return top
    index = elements[top].parent
    while index > 0 and elements[index].tag != "body":
        end = elements[index].end
        if sum(1 for i in close if index < i <= end) >= _MIN_CLOSE:
            return index
        index = elements[index].parent
    return top


def _climb(elements: list[Element], top: int) -> int:
    """Move up while the parent scores better (the text was split across sub-containers), or
    to the wrapper that repeats beside itself (an article cut into same-class sections)."""
    top = _repeated_wrapper(elements, top)
    best = elements[top].score
    threshold, last, index = best / 3, best, elements[top].parent
    while index > 0 and elements[index].tag != "body":
        parent_score = elements[index].score
        if parent_score < threshold:
            break
        if parent_score > last:
            top = index
        last = parent_score
        index = elements[index].parent
    return top


def _repeated_wrapper(elements: list[Element], top: int) -> int:
    """The nearest wrapper around ``top`` (holding no other text) that has a sibling with
    the same class and text of its own; ``top`` itself when there is none."""
    index, parent = top, elements[top].parent
    for _ in range(4):
        name = elements[index].node.attributes.get("class")
        if name and any(elements[i].chars and elements[i].node.attributes.get("class") == name
                        for i in _children(elements, parent) if i != index):
            return index
        if parent <= 0 or elements[parent].chars != elements[index].chars:
            break
        index, parent = parent, elements[parent].parent
    return top


def _children(elements: list[Element], parent: int) -> list[int]:
    if parent < 0:
        return []
    found, index = [], parent + 1
    while index <= elements[parent].end:
        found.append(index)
        index = elements[index].end + 1
    return found


def _with_siblings(elements: list[Element], top: int) -> list[int]:
    """The top container plus siblings that score well or read as paragraphs."""
    parent = elements[top].parent
    if parent < 0:
        return [top]
    best = elements[top].score
    threshold = max(10.0, best * 0.2)
    top_class = elements[top].node.attributes.get("class")
    regions = []
    index = parent + 1
    while index <= elements[parent].end:
        sibling = elements[index]
        bonus = best * 0.2 if top_class and sibling.node.attributes.get("class") == top_class else 0
        if index == top or sibling.score + bonus >= threshold or _paragraph_like(sibling):
            regions.append(index)
        index = sibling.end + 1
    return regions


def _paragraph_like(element: Element) -> bool:
    if element.tag != "p" or element.chars == 0:
        return False
    if element.chars > 80:
        return element.link_density < 0.25
    return element.link_density == 0 and element.blocks == 1


def _in(owner: int, elements: list[Element], regions: list[int]) -> bool:
    return any(region <= owner <= elements[region].end for region in regions)


def _link_lists(elements: list[Element], regions: list[int]) -> set[int]:
    """Owners inside the regions that belong to link lists or negatively named boxes."""
    dropped: set[int] = set()
    for region in regions:
        index = region + 1
        while index <= elements[region].end:
            element = elements[index]
            if element.tag in _LIST_TAGS and _is_link_list(element):
                dropped.update(range(index, element.end + 1))
                index = element.end + 1
            else:
                index += 1
    return dropped


def _is_link_list(element: Element) -> bool:
    density = element.link_density
    if density > 0.5 and element.chars < 2000:
        return True
    return density > 0.2 and element.blocks > 1 and class_weight(element) < 0


def _keep(block: Block, owner: Element, title: str | None) -> bool:
    text = block.text
    if owner.tag == "h1" or (title and text == title):
        return False
    if block.link_density > 0.6 and len(text) < 150:
        return False
    return not (owner.tag == "li" and block.link_density > 0.4)
