"""The fast CRF decoder's word cache (ner_decode): per distinct word, its score block and what
the sentence-level features read, in growing arrays, bounded by evicting the words read least
recently."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from siyaq.analyze.ner_keys import NewWords

# Spellings the decoder keeps scored (WordTable.index; its rows, one per normalized form, are
# fewer). Scoring a new word is the tagger's largest cost, so the table holds a large news
# vocabulary: SaudiNewsNet's 31,030 articles have 315,397 spellings of 263,068 forms, and with
# room for 100,000 (the other memos' CACHE_LIMIT) a fresh tagger scored 586,418 forms over them,
# evicting and scoring again more than half. A word costs about 0.4 KB with its strings (360
# bytes of scores): on the whole corpus the process peaks at 422 MB instead of 301.
WORDS_LIMIT = 400_000


@dataclass(slots=True)
class WordTable:
    """Per distinct word: its score block (itself, then as seen from -2, -1, +1, +2) and what the
    sentence-level features read. Rows live in growing arrays so that a text's blocks are one
    fancy index. The table's last row is no word: the edge weights of a neighbour past the
    sentence (and zeros as the word itself)."""

    edge: Any  # (5, labels)
    index: dict[str, int] = field(default_factory=dict)  # word as written -> row
    # normalized word -> row: a row's block depends on the normalized form alone, so spellings
    # that normalize alike (أحمد, احمد; with and without diacritics) share one row.
    by_norm: dict[str, int] = field(default_factory=dict)
    table: Any = None  # (rows, 5, labels)
    starts: Any = None  # longest gazetteer phrase the word's stem begins
    pairs: Any = None  # bit 1: may begin a weighted bigram, bit 2: may end one
    norms: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    used: Any = None  # per row: the text (tick) that last read it, for evict()
    tick: int = 0

    def __post_init__(self) -> None:
        self._reserve(0)  # the edge row exists before any word

    def add(self, new: NewWords, blocks: Any, pairs: Sequence[int]) -> None:
        first = len(self.norms)
        end = first + len(new.norms)
        self._reserve(end)
        self.table[first:end] = blocks
        self.starts[first:end] = new.starts
        self.pairs[first:end] = pairs
        self.norms += new.norms
        self.stems += new.stems
        self.by_norm.update(zip(new.norms, range(first, end), strict=True))

    @property
    def edge_row(self) -> int:
        return len(self.table) - 1

    def _reserve(self, size: int) -> None:
        if self.table is not None and size <= self.edge_row:
            return
        # Doubling, but not far past the cache limit: the table is the cache's memory.
        capacity = max(1024, min(2 * size, max(size, WORDS_LIMIT)))
        table = np.zeros((capacity + 1, *self.edge.shape))
        table[capacity] = self.edge
        starts = np.zeros(capacity, dtype=np.intp)
        pairs = np.zeros(capacity, dtype=np.int8)
        used = np.zeros(capacity, dtype=np.int64)
        if self.table is not None:
            count = len(self.norms)
            table[:count], starts[:count], pairs[:count], used[:count] = (
                self.table[:count], self.starts[:count], self.pairs[:count], self.used[:count]
            )
        self.table, self.starts, self.pairs, self.used = table, starts, pairs, used

    def touch(self, rows: Any) -> None:
        """Mark the rows (a list or an intp array) as read by the current text."""
        self.used[rows] = self.tick
        self.tick += 1

    def evict(self, keep: int) -> None:
        """Keep only the `keep` most recently read words (the frequent ones are read all the
        time), moved to the first rows in their order; the index follows them. Emptying the
        whole cache instead made every frequent word be scored again after each overflow."""
        count = len(self.norms)
        if count <= keep:
            return
        oldest_first = np.argsort(self.used[:count], kind="stable")
        kept = np.sort(oldest_first[count - keep :])
        size = len(kept)
        self.table[:size] = self.table[kept]
        self.starts[:size], self.pairs[:size] = self.starts[kept], self.pairs[kept]
        self.used[:size] = self.used[kept]
        moved = np.full(count, -1, dtype=np.intp)
        moved[kept] = np.arange(size)
        to = moved.tolist()
        self.norms[:] = [self.norms[i] for i in kept.tolist()]
        self.stems[:] = [self.stems[i] for i in kept.tolist()]
        remaining = {word: to[row] for word, row in self.index.items() if to[row] >= 0}
        self.index.clear()
        self.index.update(remaining)
        self.by_norm.clear()
        self.by_norm.update(zip(self.norms, range(size), strict=True))

    def clear(self) -> None:
        self.index.clear()
        self.by_norm.clear()
        self.norms.clear()
        self.stems.clear()
