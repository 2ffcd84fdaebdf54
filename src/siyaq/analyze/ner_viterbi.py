"""Viterbi decoding of many sentences at once, with numpy: the best label path of each, given
emission scores per token and the CRF's transition weights (see ner_decode)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np


def viterbi(emissions: Sequence[Any], transitions: Any) -> list[list[int]]:
    """Best label paths of several sequences, decoded as one batch."""
    if not emissions:
        return []
    lengths = [len(e) for e in emissions]
    return viterbi_flat(np.concatenate(emissions), lengths, transitions)


def viterbi_flat(scores: Any, lengths: Sequence[int], transitions: Any) -> list[list[int]]:
    """Best paths of consecutive sequences of `scores`, as one batch (longest first, so the
    sequences still running at step t are always the first k columns).

    Arrays are label-major (label, sequence): the max over the previous label is then a max
    over the first axis, several times cheaper in numpy than over an inner one; the sums and
    comparisons are the same, so are the paths."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    sorted_lengths = [lengths[i] for i in order]
    size, labels = sorted_lengths[0], transitions.shape[0]
    starts = np.cumsum([0, *lengths[:-1]])
    batch = np.zeros((size, labels, len(order)))  # step, label, sequence
    column = np.repeat(np.argsort(order), lengths)
    batch[np.arange(len(scores)) - np.repeat(starts, lengths), :, column] = scores
    running = np.searchsorted(-np.asarray(sorted_lengths), -np.arange(size), side="left").tolist()
    from_to = transitions[:, :, None]  # previous label, label, (sequence)
    score = batch[0].copy()
    back = np.zeros((size, labels, len(order)), dtype=np.intp)
    for t in range(1, size):
        k = running[t]
        candidates = score[:, None, :k] + from_to
        back[t, :, :k] = candidates.argmax(axis=0)
        score[:, :k] = candidates.max(axis=0) + batch[t, :, :k]
    paths: list[list[int]] = [[] for _ in lengths]
    best = score.argmax(axis=0).tolist()
    for column_, i in enumerate(order):
        label = best[column_]
        path = [label]
        trail = back[: sorted_lengths[column_], :, column_].tolist()
        for t in range(sorted_lengths[column_] - 1, 0, -1):
            label = trail[t][label]
            path.append(label)
        paths[i] = path[::-1]
    return paths
