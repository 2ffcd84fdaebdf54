"""The block-diagonal layers of a merged neural tagger, found at load time and run block by block.

ner_neural_merge puts several networks side by side: the matrices of the layers that read the
previous layer (the character convolution, its projection, the word convolutions) become
block-diagonal, half zeros for two members. The file keeps the dense matrices (so it stays what
`siyaq train ner-neural` writes); here the zero blocks are detected from the weights themselves
and each member's block runs as its own product, which skips the zeros and gives the same sums
(up to float32 rounding order). An unmerged network is one block and runs as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import gcd
from typing import Any

import numpy as np


def diagonal_blocks(matrix: Any, parts: int = 1) -> int:
    """The most diagonal blocks every one of the `parts` stacked row groups of the matrix splits
    into (only zeros outside them); 1 for a dense matrix."""
    groups = np.split(np.asarray(matrix), parts)
    rows, cols = groups[0].shape
    for count in range(gcd(rows, cols), 1, -1):
        # (count divides the gcd, so it divides both sides)
        if gcd(rows, cols) % count == 0 and all(_only_diagonal(g, count) for g in groups):
            return count
    return 1


def _only_diagonal(group: Any, count: int) -> bool:
    rows, cols = group.shape[0] // count, group.shape[1] // count
    grid = group.reshape(count, rows, count, cols).transpose(0, 2, 1, 3)  # [block row, col]
    return not np.any(grid[~np.eye(count, dtype=bool)])


@dataclass(frozen=True, slots=True)
class Blocks:
    """A matrix of stacked row groups (3 for a width-3 convolution: offsets -d, 0, +d), each
    block-diagonal: per block, its part of every group (contiguous) and of every output."""

    blocks: tuple[tuple[Any, ...], ...]  # [block][group]: (inputs of the block, its outputs)
    inputs: int  # columns of the layer's input each block reads
    outputs: int  # columns of the output each block writes

    @classmethod
    def of(cls, matrix: Any, parts: int = 1) -> Blocks:
        count = diagonal_blocks(matrix, parts)
        groups = np.split(np.asarray(matrix, np.float32), parts)
        rows, cols = groups[0].shape[0] // count, groups[0].shape[1] // count
        blocks = tuple(
            tuple(
                np.ascontiguousarray(g[m * rows : (m + 1) * rows, m * cols : (m + 1) * cols])
                for g in groups
            )
            for m in range(count)
        )
        return cls(blocks, rows, cols)

    def columns(self, block: int) -> tuple[slice, slice]:
        """(input columns, output columns) of one block."""
        i, o = self.inputs, self.outputs
        return slice(block * i, (block + 1) * i), slice(block * o, (block + 1) * o)

    def product(self, x: Any) -> Any:
        """x @ the (one-group) matrix, block by block."""
        out = np.empty((len(x), self.outputs * len(self.blocks)), np.float32)
        for m, (matrix,) in enumerate(self.blocks):
            inputs, outputs = self.columns(m)
            np.matmul(x[:, inputs], matrix, out=out[:, outputs])
        return out


def convolve(hidden: Any, first: int, end: int, dilation: int, conv: Blocks) -> Any:
    """Rows first..end of a width-3 dilated convolution of the flat hidden array (without bias):
    each block sums the products of its rows at the three offsets, read as slices (no copy)."""
    step = np.empty((end - first, conv.outputs * len(conv.blocks)), np.float32)
    for m, (before, here, after) in enumerate(conv.blocks):
        inputs, outputs = conv.columns(m)
        part = hidden[first - dilation : end - dilation, inputs] @ before
        part += hidden[first:end, inputs] @ here
        part += hidden[first + dilation : end + dilation, inputs] @ after
        step[:, outputs] = part
    return step


def convolve_words(embedded: Any, conv: Blocks) -> Any:
    """(words, width, filters): a width-3 convolution of (words, width + 2, dims) embedded
    characters (without bias). Each block multiplies all rows at once by its three offsets'
    matrices side by side, then adds the products shifted (a linear layer commutes with shifts)."""
    words, padded, _ = embedded.shape
    flat = embedded.reshape(words * padded, -1)
    out = np.empty((words, padded - 2, conv.outputs * len(conv.blocks)), np.float32)
    for m, groups in enumerate(conv.blocks):
        inputs, outputs = conv.columns(m)
        size = conv.outputs
        y = (flat[:, inputs] @ np.concatenate(groups, axis=1)).reshape(words, padded, 3 * size)
        part = y[:, :-2, :size] + y[:, 1:-1, size : 2 * size]
        part += y[:, 2:, 2 * size :]
        out[:, :, outputs] = part
    return out
