"""Types of siyaq._crf_kernel (src/native/crf_kernel.c); arrays are numpy, float64 or
intp, C-contiguous (see each function's docstring in the C source)."""

from collections.abc import Sequence
from typing import Any

from siyaq.analyze.ner_keys import KeyTables

def viterbi(scores: Any, lengths: Sequence[int], transitions: Any) -> list[int]: ...
def neighbour_sums(
    out: Any, table: Any, rows: Any, lengths: Sequence[int], offsets: Sequence[int]
) -> None: ...
def add_gazetteer(out: Any, gazetteer: Any, tags: Any, lengths: Sequence[int]) -> None: ...
def word_blocks(
    out: Any, weights: Any, positions: Any, words: Sequence[Sequence[int]]
) -> None: ...
def word_keys(
    tables: KeyTables, norms: list[str], /
) -> tuple[list[tuple[int, ...]], list[str], list[int]]: ...
