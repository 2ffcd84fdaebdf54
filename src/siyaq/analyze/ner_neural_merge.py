"""Several trained networks (different seeds) merged into one of the same shape, whose scores
are their average.

Every layer before the output is per member: its weights go side by side (block-diagonal
where a layer reads the previous one), so the merged hidden state is the members' hidden
states concatenated; the output layer, a linear one, then averages their emission scores,
and the transitions are averaged too. The file keeps the dense matrices; ner_neural finds
their diagonal blocks when it loads them (ner_neural_blocks) and skips the zeros. The
members must share the vocabulary and the dilations (same data, same options, other seeds).
An optional GRU (ner_recurrent) merges the same way: the members' streams side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from siyaq.analyze.ner_neural import NeuralWeights

# Per-member vectors and tables (besides table_<feature> and conv<n>_bias): put side by side.
SIDE_BY_SIDE = ("proj_vector", "proj_stem", "bias_in", "char_emb", "char_bias")


def merge(members: Sequence[NeuralWeights]) -> NeuralWeights:
    """One NeuralWeights whose emission and transition scores are the members' mean."""
    first = members[0]
    for other in members[1:]:
        if other.vocabulary != first.vocabulary or other.dilations != first.dilations:
            raise ValueError("networks to merge must share their vocabulary and dilations")
        if other.arrays.keys() != first.arrays.keys():
            raise ValueError("networks to merge must have the same layers")
    parts = [m.arrays for m in members]
    arrays: dict[str, Any] = {}
    for name in first.arrays:
        side_by_side = name.startswith(("table_", "conv")) and not name[4:].isdigit()
        if name in SIDE_BY_SIDE or side_by_side:
            arrays[name] = np.concatenate([p[name] for p in parts], axis=-1)
    arrays["char_conv"] = windowed([p["char_conv"] for p in parts])
    arrays["proj_chars"] = block_diagonal([p["proj_chars"] for p in parts])
    for n in range(len(first.dilations)):
        arrays[f"conv{n}"] = windowed([p[f"conv{n}"] for p in parts])
    arrays |= merge_recurrent(parts)
    # The output layer reads the members' states after the convolutions side by side, then
    # their GRU streams, if any, side by side (ner_neural.emissions): its rows in that order.
    width = [len(p["bias_in"]) for p in parts]
    rows = [p["out"][:w] for p, w in zip(parts, width, strict=True)]
    rows += [p["out"][w:] for p, w in zip(parts, width, strict=True)]
    arrays["out"] = np.concatenate(rows) / len(parts)
    for name in ("out_bias", "transitions"):
        arrays[name] = np.mean([p[name] for p in parts], axis=0)
    return NeuralWeights(
        list(first.labels), first.vocabulary, first.vectors, first.scales, arrays,
        list(first.dilations),
    )


def merge_recurrent(parts: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The members' GRU streams side by side (none if they have no GRU): each reads its own
    member's state, so the input product is block-diagonal; the rest is per stream."""
    if "gru_hh" not in parts[0]:
        return {}
    names = ("gru_ih_bias", "gru_hh", "gru_hh_bias", "gru_backward")
    arrays = {name: np.concatenate([p[name] for p in parts]) for name in names}
    arrays["gru_ih"] = block_diagonal([p["gru_ih"] for p in parts])
    return arrays


def block_diagonal(blocks: Sequence[Any]) -> Any:
    """(sum of rows, sum of columns): each block reads its own inputs, writes its own outputs."""
    rows, cols = sum(b.shape[0] for b in blocks), sum(b.shape[1] for b in blocks)
    result = np.zeros((rows, cols), np.float32)
    r = c = 0
    for block in blocks:
        result[r : r + block.shape[0], c : c + block.shape[1]] = block
        r, c = r + block.shape[0], c + block.shape[1]
    return result


def windowed(matrices: Sequence[Any]) -> Any:
    """A width-3 convolution matrix ((3 * inputs, outputs): rows for the inputs at [t - d, t,
    t + d]) of each member, merged: the merged inputs at each offset are the members' side by
    side, so each offset's rows are a block-diagonal of the members' rows for that offset."""
    thirds = [np.split(m, 3) for m in matrices]
    return np.concatenate([block_diagonal([t[k] for t in thirds]) for k in range(3)])
