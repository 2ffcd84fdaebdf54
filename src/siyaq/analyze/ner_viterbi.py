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

    Arrays are label-major (label, step, sequence): the max over the previous label is then a
    max over the first axis, several times cheaper in numpy than over an inner one. The loop
    keeps only each step's best scores; the back pointers are found afterwards for all tokens
    at once (_pointers) from the same sums, so the paths are those of a step-by-step argmax."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    sorted_lengths = [lengths[i] for i in order]
    size, labels = sorted_lengths[0], transitions.shape[0]
    starts = np.cumsum([0, *lengths[:-1]])
    history = np.zeros((labels, size, len(order)))  # label, step, sequence
    column = np.repeat(np.argsort(order), lengths)
    step = np.arange(len(scores)) - np.repeat(starts, lengths)
    history[:, step, column] = scores.T
    running = np.searchsorted(-np.asarray(sorted_lengths), -np.arange(size), side="left").tolist()
    from_to = transitions[:, :, None]  # previous label, label, (sequence)
    best_of = np.maximum.reduce
    for t in range(1, size):
        k = running[t]
        now = history[:, t, :k]  # a view: the emissions become the best scores in place
        now += best_of(history[:, t - 1, None, :k] + from_to, axis=0)
    # Each token's previous step (a sentence head reads a row it never uses).
    back = _pointers(np.ascontiguousarray(history[:, step - 1, column]), transitions).tolist()
    best = history[:, np.asarray(lengths) - 1, np.argsort(order)].argmax(axis=0).tolist()
    heads = starts.tolist()
    return [_path(back, *run) for run in zip(heads, lengths, best, strict=True)]


def _pointers(previous: Any, transitions: Any) -> Any:
    """(label, tokens): the best previous label of each label at each token, given the previous
    step's best scores (label, tokens); the first of equal candidates, as argmax picks."""
    labels = transitions.shape[0]
    candidates = previous[None] + transitions.T[:, :, None]  # label, previous label, token
    best = np.maximum.reduce(candidates, axis=1)
    # argmax over a middle axis is slow in numpy: rank the equal ones, first ranks highest.
    rank = np.arange(labels, 0, -1, dtype=np.int8)[None, :, None]
    return labels - np.maximum.reduce((candidates == best[:, None]) * rank, axis=1)


def _path(back: list[list[int]], first: int, size: int, last: int) -> list[int]:
    """The labels of tokens first..first+size-1, followed back from the last one's label."""
    label = last
    path = [label]
    for row in range(first + size - 1, first, -1):
        label = back[label][row]
        path.append(label)
    return path[::-1]
