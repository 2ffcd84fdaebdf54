"""Block-level decisions over the line CRF's body: which runs of body lines are the article.

The line CRF sees a few lines around each line; a comment thread or a "guides" sidebar in full
sentences under the article looks like body line by line. Grouped into blocks (body lines at
most ``BLOCK_GAP`` lines apart) the difference shows: the article is the first large block after
the title, comment threads sit under a comments header and carry "ago / reply / votes" lines,
sidebars are lists of bullets and link-like headlines. A second, small CRF over the sequence of
a page's blocks decides keep or drop; it is trained on pages the line CRF never saw.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from siyaq.extract.lexicon import header_kind
from siyaq.extract.lines import DumpLine, page_arabic_share
from siyaq.extract.rules import headline_shaped, solid_body

BLOCK_MODEL_NAME = "cleaner-blocks.crfsuite"
BLOCK_GAP = 4  # body lines at most this many lines apart are one block
KEEP, DROP = "keep", "drop"
_BULLETS = "•*·-–▪►»>"
# Short lines around comment threads and sidebars, across the languages of the bench pages.
# Matched against DumpLine.folded, which is lowercased already (re.I would only slow it down).
COMMENT_CUE = re.compile(
    r"\b(?:ago|reply|replies|votes?|rating|avatar|said|wrote|likes?|report|permalink|"
    r"comments?|posted|quote|رد|ردود|اعجاب)\b"
)
# Arabic cues are whole words only, and none that running text uses often (منذ, اخبار): a
# short body sentence carrying one would read as a comment.
HEADER_CUE = re.compile(
    r"\b(?:comments?|related|guides?|upcoming|popular|trending|recommended|more|latest|"
    r"newsletter|subscribe|stories|read next|you may|also like|categor(?:y|ies)|tags?|"
    r"archives?|recent|تعليقات|ذات صله|اقرا ايضا|الاكثر|المزيد)\b"
)


def default_block_model_path() -> Path:
    return Path(str(resources.files("siyaq") / "resources" / BLOCK_MODEL_NAME))


@dataclass(slots=True)
class Block:
    """A run of body lines (indices into the page's lines), at most BLOCK_GAP lines apart."""

    members: list[int]
    words: int = 0

    @property
    def start(self) -> int:
        return self.members[0]

    @property
    def end(self) -> int:
        return self.members[-1]


def find_blocks(lines: Sequence[DumpLine], is_body: Sequence[bool]) -> list[Block]:
    blocks: list[Block] = []
    for i, body in enumerate(is_body):
        if not body:
            continue
        if blocks and i - blocks[-1].end <= BLOCK_GAP:
            blocks[-1].members.append(i)
        else:
            blocks.append(Block([i]))
        blocks[-1].words += lines[i].words
    return blocks


def _bucket(value: float, edges: Sequence[float]) -> int:
    return sum(value >= edge for edge in edges)


def _cues(lines: Sequence[DumpLine], start: int, end: int) -> tuple[int, int]:
    """(comment-cue lines, header-cue lines) among the short lines of [start, end)."""
    comment = header = 0
    for line in lines[max(start, 0) : end]:
        if line.words > 8:
            continue
        comment += bool(COMMENT_CUE.search(line.folded))
        header += line.words <= 6 and (
            header_kind(line) is not None or bool(HEADER_CUE.search(line.folded))
        )
    return comment, header


def _shape_facts(lines: Sequence[DumpLine], block: Block) -> list[str]:
    members = [lines[i] for i in block.members]
    count = len(members)
    solid = sum(solid_body(line) for line in members) / count
    bullets = sum(line.text[0] in _BULLETS for line in members) / count
    headlines = sum(headline_shaped(line) for line in members) / count
    return [
        f"w={_bucket(block.words, (10, 25, 50, 100, 200, 400, 800))}",
        f"n={_bucket(count, (2, 3, 5, 9, 17, 33))}",
        f"avgw={_bucket(block.words / count, (5, 10, 15, 25, 40))}",
        f"solid={_bucket(solid, (0.01, 0.34, 0.67, 0.99))}",
        f"bullets={_bucket(bullets, (0.01, 0.34, 0.67))}",
        f"headlines={_bucket(headlines, (0.01, 0.34, 0.67))}",
        f"span={_bucket((block.end - block.start + 1) / count, (1.01, 1.5, 2.5))}",
    ]


def block_features(
    lines: Sequence[DumpLine], blocks: Sequence[Block], p_body: Sequence[float],
    title: int | None,
) -> list[list[str]]:
    """One feature list per block: its size and shape, where it sits (relative to the title,
    the largest block, the page), the body probability the line CRF gave its lines, and the
    comment/header cues inside it and in the gap above it."""
    if not blocks:
        return []
    total = sum(block.words for block in blocks)
    largest = max(range(len(blocks)), key=lambda k: blocks[k].words)
    ranks = sorted(range(len(blocks)), key=lambda k: -blocks[k].words)
    after_title = next((k for k, b in enumerate(blocks) if title is not None and b.start > title),
                       None)
    page = "page_ar" if page_arabic_share(list(lines)) > 0.5 else "page_other"
    n, comments_seen = len(lines), 0
    features: list[list[str]] = []
    for k, block in enumerate(blocks):
        previous_end = blocks[k - 1].end + 1 if k else max(0, block.start - 15)
        gap_comment, gap_header = _cues(lines, previous_end, block.start)
        in_comment, in_header = _cues(lines, block.start, block.end + 1)
        if k > largest:
            comments_seen += gap_comment + gap_header
        probs = [p_body[i] for i in block.members]
        where = "self" if k == largest else "before" if k < largest else "after"
        feats = [
            "bias", page, *_shape_facts(lines, block),
            f"share={_bucket(block.words / max(total, 1), (0.05, 0.15, 0.35, 0.65))}",
            f"rlarge={_bucket(block.words / max(blocks[largest].words, 1), (0.1, 0.2, 0.35, 0.6))}",
            f"rank={min(ranks.index(k), 3)}", f"largest={where}",
            f"dlargest={min(abs(k - largest), 3)}", f"idx={min(k, 3)}",
            f"rev={min(len(blocks) - 1 - k, 3)}", f"rel={10 * block.start // max(n, 1)}",
            f"pmean={_bucket(sum(probs) / len(probs), (0.5, 0.7, 0.85, 0.95))}",
            f"pmin={_bucket(min(probs), (0.3, 0.5, 0.7, 0.9))}",
            f"gapc={min(gap_comment, 3)}", f"gaph={min(gap_header, 2)}",
            f"inc={_bucket(in_comment / len(block.members), (0.01, 0.1, 0.3))}",
            f"inh={min(in_header, 2)}", f"cseen={min(comments_seen, 3)}",
            f"gap={_bucket(block.start - previous_end, (1, 5, 9, 21, 50))}",
        ]
        feats += _title_facts(block, k, title, after_title)
        feats.append(f"{where}|{feats[-1]}")
        features.append(feats)
    return features


def _title_facts(block: Block, k: int, title: int | None, after_title: int | None) -> list[str]:
    if title is None:
        return ["title=none"]
    if block.end < title:
        return ["title=below"]
    distance = block.start - title
    return [f"tdist={_bucket(distance, (2, 5, 11, 31, 100))}",
            "title=first_after" if k == after_title else "title=later"]


def block_gold(
    lines: Sequence[DumpLine], blocks: Sequence[Block], gold_body: Sequence[bool]
) -> list[str]:
    """Training labels: a block is kept when most of its words are gold body."""
    return [
        KEEP if 2 * sum(lines[i].words for i in b.members if gold_body[i]) >= b.words else DROP
        for b in blocks
    ]


class BlockJudge:
    """Keeps or drops the line CRF's body blocks with the block CRF."""

    def __init__(self, model_path: Path) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def kept(
        self, lines: Sequence[DumpLine], blocks: Sequence[Block], p_body: Sequence[float],
        title: int | None,
    ) -> list[bool]:
        """Which blocks are the article; at least one (the likeliest) when there are any."""
        if not blocks:
            return []
        tags = self._tagger.tag(block_features(lines, blocks, p_body, title))
        if KEEP in tags:
            return [tag == KEEP for tag in tags]
        best = max(range(len(blocks)), key=lambda k: self._tagger.marginal(KEEP, k))
        return [k == best for k in range(len(blocks))]
