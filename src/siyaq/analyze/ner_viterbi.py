"""Viterbi decoding of many sentences at once, with numpy or the C kernel: the best label path
of each, given emission scores per token and the CRF's transition weights (see ner_decode)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, cast

import numpy as np

from siyaq import native


class CrfKernel(Protocol):
    """siyaq._crf_kernel (src/native/crf_kernel.c): the decoder's loops in C, giving the
    same results to the bit as the numpy code here, in ner_decode and in ner_scorer."""

    def viterbi(self, scores: Any, lengths: Sequence[int], transitions: Any) -> list[int]: ...

    def neighbour_sums(
        self, out: Any, table: Any, rows: Any, lengths: Sequence[int], offsets: Sequence[int]
    ) -> None: ...

    def add_gazetteer(
        self, out: Any, gazetteer: Any, tags: Any, lengths: Sequence[int]
    ) -> None: ...

    def word_blocks(
        self, out: Any, weights: Any, positions: Any, words: Sequence[Sequence[int]]
    ) -> None: ...


def crf_kernel() -> CrfKernel | None:
    """The C kernel, or None when it is not built or SIYAQ_PURE_PYTHON is set (then the numpy
    code runs). Taggers ask once, when they are made."""
    return cast("CrfKernel | None", native.kernel("_crf_kernel"))


def best_labels(
    scores: Any, lengths: Sequence[int], transitions: Any, kernel: CrfKernel | None
) -> list[int]:
    """The label of each token on its sentence's best path (viterbi_flat's paths, joined), in C
    when there is the kernel. viterbi_flat adds in float64 whatever the inputs' type, so the
    kernel gets float64 copies of float32 ones (exact), and no copy of float64 arrays."""
    if kernel is not None:
        scores, transitions = (np.ascontiguousarray(a, np.float64) for a in (scores, transitions))
        return kernel.viterbi(scores, lengths, transitions)
    return [label for path in viterbi_flat(scores, lengths, transitions) for label in path]


def viterbi(emissions: Sequence[Any], transitions: Any) -> list[list[int]]:
    """Best label paths of several sequences, decoded as one batch."""
    if not emissions:
        return []
    lengths = [len(e) for e in emissions]
    return viterbi_flat(np.concatenate(emissions), lengths, transitions)


def viterbi_flat(scores: Any, lengths: Sequence[int], transitions: Any) -> list[list[int]]:
    """Best paths of consecutive sequences of `scores`, as one batch: step t of every sequence
    is one numpy operation, so the loop runs as many times as the longest sequence is long.

    Arrays are step-major (step, label, sequence), so a step is a cheap view, and within it
    label-major: the max over the previous label is then a max over the first axis, several
    times cheaper in numpy than over an inner one. Sequences that have ended keep running on
    zeros (cheaper than narrowing the batch; nothing reads those steps). The loop keeps only
    each step's best scores; the back pointers are found afterwards for all tokens at once
    (_pointers) from the same sums, so the paths are those of a step-by-step argmax."""
    labels, count = transitions.shape[0], len(lengths)
    sizes = np.asarray(lengths, dtype=np.intp)
    starts = np.cumsum(sizes) - sizes
    column = np.repeat(np.arange(count), sizes)
    step = np.arange(len(scores)) - np.repeat(starts, sizes)
    history = np.zeros((int(sizes.max()), labels, count))  # step, label, sequence
    history[step, :, column] = scores
    candidates = np.empty((labels, labels, count))  # previous label, label, sequence
    best = np.empty((labels, count))
    from_to = transitions[:, :, None]
    add, top = np.add, np.maximum.reduce
    for previous, now in zip(history[:, :, None, :], history[1:], strict=False):
        add(previous, from_to, out=candidates)
        top(candidates, axis=0, out=best)
        add(now, best, out=now)  # the emissions become the best scores in place
    # Each token's previous step (a sentence head reads a row it never uses).
    back = _pointers(np.ascontiguousarray(history[step - 1, :, column].T), transitions).tolist()
    last = history[sizes - 1, :, np.arange(count)].argmax(axis=1).tolist()
    return [_path(back, *run) for run in zip(starts.tolist(), lengths, last, strict=True)]


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
