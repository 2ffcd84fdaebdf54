"""Scores of new words for the fast CRF decoder (ner_decode): each word's own-feature weights
summed at each position it is seen from, all new words of a text in one numpy pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import Any

import numpy as np

from siyaq.analyze.ner_features import OFFSETS, OwnFeatures


@dataclass(slots=True)
class WordScorer:
    """Sums a word's own-feature weights at each position it is seen from, without building
    the neighbours' "-1:w=..." strings: each own feature string maps to its weight rows at all
    five positions at once.

    A feature's rows come in three visibility classes (seen from ±2 and ±1, from ±1 only, by the
    word only); a missing weight points at an appended zero row. Rows are added feature by
    feature in the word's own order, as crfsuite and the original decoder do, so every sum is
    bitwise the same (adding 0.0 changes nothing)."""

    features: dict[str, int]  # own feature string -> feature number
    positions: Any  # (3 * (features + 1), 5) rows into weights; the last feature is "none"
    weights: Any  # the model's weights and one zero row

    @classmethod
    def build(cls, attributes: dict[str, int], model_weights: Any) -> WordScorer:
        zero = len(model_weights)
        base: dict[str, list[int]] = {}
        for attribute, row in attributes.items():
            position, feature = split_offset(attribute)
            base.setdefault(feature, [zero] * (1 + len(OFFSETS)))[position] = row
        if "bias" not in base:  # blocks() relies on every word having a weighted feature
            base["bias"] = [zero] * (1 + len(OFFSETS))
        positions = np.full((3 * (len(base) + 1), 1 + len(OFFSETS)), zero, dtype=np.intp)
        near = [0, *(1 + i for i, o in enumerate(OFFSETS) if abs(o) == 1)]
        for n, rows in enumerate(base.values()):
            positions[3 * n] = rows
            positions[3 * n + 1, near] = [rows[i] for i in near]
            positions[3 * n + 2, 0] = rows[0]
        weights = np.vstack([model_weights, np.zeros((1, model_weights.shape[1]))])
        return cls({f: n for n, f in enumerate(base)}, positions, weights)

    def blocks(self, words: Sequence[OwnFeatures]) -> Any:
        """(words, 5, labels): each word's summed weights. The rows of all words' weighted
        features are gathered flat, in order, and each word's run is summed by one reduceat
        (row after row, as crfsuite adds them); features without weight are left out."""
        keys, firsts = self._keys(words)
        gathered = self.weights[self.positions[keys]]  # (weighted features, 5, labels)
        return np.add.reduceat(gathered, firsts, axis=0)

    def _keys(self, words: Sequence[OwnFeatures]) -> tuple[Any, Any]:
        """(rows of `positions` of the words' weighted features in order, where each word's
        run begins). Every word has one: "bias" is first and always weighted."""
        none = len(self.features)
        sizes = [len(w.features) for w in words]
        own = chain.from_iterable(w.features for w in words)
        numbers = np.fromiter(
            map(self.features.get, own, repeat(none)), dtype=np.intp, count=sum(sizes)
        )
        heads = np.cumsum([0, *sizes[:-1]])
        slot = np.arange(len(numbers)) - np.repeat(heads, sizes)
        far = np.repeat([w.far for w in words], sizes)
        near = np.repeat([w.near for w in words], sizes)
        # Slot 0 ("bias") and those past `near` are the word's own; 1..far are seen from ±2.
        visibility = np.where(slot > near, 2, np.where(slot > far, 1, 0))
        visibility[heads] = 2
        weighted = numbers != none
        runs = np.cumsum(weighted)
        return (3 * numbers + visibility)[weighted], runs[heads] - 1


def split_offset(attribute: str) -> tuple[int, str]:
    """(position: 0 for the word itself, 1 + OFFSETS index for a neighbour's, feature)."""
    for i, offset in enumerate(OFFSETS):
        prefix = f"{offset}:"
        if attribute.startswith(prefix):
            return 1 + i, attribute[len(prefix) :]
    return 0, attribute
