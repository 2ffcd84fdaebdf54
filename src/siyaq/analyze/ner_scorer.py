"""Scores of new words for the fast CRF decoder (ner_decode): each word's own-feature weights
summed at each position it is seen from, all new words of a text in one numpy pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np

from siyaq.analyze.ner_features import OFFSETS
from siyaq.analyze.ner_viterbi import CrfKernel

NONE = -1  # the key of a feature without weight


@dataclass(slots=True)
class WordScorer:
    """Sums a word's own-feature weights at each position it is seen from, without building
    the neighbours' "-1:w=..." strings: each own feature's key (ner_keys) gives its weight rows
    at all five positions at once.

    A feature's rows come in three visibility classes (seen from ±2 and ±1, from ±1 only, by the
    word only); a missing weight points at an appended zero row (adding 0.0 changes nothing).
    A word's rows are summed in numpy's reduceat order (see blocks), which equals crfsuite's
    feature-by-feature sum wherever the sums are exact, as the tests find with the shipped
    model."""

    features: dict[str, int]  # own feature string -> feature number
    positions: Any  # (3 * (features + 1), 5) rows into weights; the last feature is "none"
    weights: Any  # the model's weights and one zero row

    @classmethod
    def build(cls, attributes: dict[str, int], model_weights: Any) -> WordScorer:
        """The rows of each own feature at each position, gathered in arrays: the features in
        order of first appearance, each attribute's (feature number, position, row) in numpy
        (a row per feature filled in Python took a third of the model's load time)."""
        zero = len(model_weights)
        numbers: dict[str, int] = {}
        features, places = [], []
        offsets = _offset_positions()
        for attribute in attributes:
            head, colon, rest = attribute.partition(":")
            position = offsets.get(head, 0) if colon else 0
            features.append(numbers.setdefault(rest if position else attribute, len(numbers)))
            places.append(position)
        numbers.setdefault("bias", len(numbers))  # blocks() relies on every word having one
        base = np.full((len(numbers), 1 + len(OFFSETS)), zero, dtype=np.intp)
        base[features, places] = list(attributes.values())
        positions = np.full((3 * (len(numbers) + 1), 1 + len(OFFSETS)), zero, dtype=np.intp)
        near = [0, *(1 + i for i, o in enumerate(OFFSETS) if abs(o) == 1)]
        positions[0:-3:3] = base
        positions[1:-3:3, near] = base[:, near]
        positions[2:-3:3, 0] = base[:, 0]
        weights = np.vstack([model_weights, np.zeros((1, model_weights.shape[1]))])
        return cls(numbers, positions, weights)

    def key(self, feature: str, seen_by: int) -> int:
        """The key of an own feature string: its rows of `positions` (NONE: no weight). seen_by:
        0 if its ±2 and ±1 neighbours see it, 1 if only ±1, 2 if only the word itself."""
        number = self.features.get(feature)
        return NONE if number is None else 3 * number + seen_by

    def blocks(self, words: Sequence[Sequence[int]], kernel: CrfKernel | None = None) -> Any:
        """(words, 5, labels): each word's summed weights, from its keys (ner_keys) in order.
        The rows of all words' weighted features are gathered flat, in order, and each word's
        run is summed by one reduceat: its first row plus numpy's pairwise sum of the others,
        the same as crfsuite's row after row whenever the sums are exact, as tests find them
        with the shipped model. The C kernel makes the same sums in the same order. Every word's
        first key ("bias") has weight, so no run is empty."""
        if kernel is not None:
            out = np.empty((len(words), *self.positions.shape[1:], self.weights.shape[1]))
            kernel.word_blocks(out, self.weights, self.positions, words)
            return out
        sizes = [len(keys) for keys in words]
        keys = np.fromiter(chain.from_iterable(words), dtype=np.intp, count=sum(sizes))
        weighted = keys != NONE
        firsts = np.cumsum(weighted)[np.cumsum([0, *sizes[:-1]])] - 1
        gathered = self.weights[self.positions[keys[weighted]]]  # (weighted features, 5, labels)
        return np.add.reduceat(gathered, firsts, axis=0)


def _offset_positions() -> dict[str, int]:
    """The text before ":" of a neighbour's attribute ("-2", "1") -> its position (the prefix
    test by one dict lookup: an int's text holds no ":", so the first ":" ends the offset)."""
    return {str(offset): 1 + i for i, offset in enumerate(OFFSETS)}
