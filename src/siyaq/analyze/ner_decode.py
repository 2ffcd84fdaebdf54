"""Fast decoding of the shipped CRF: the same scores as crfsuite, computed with numpy.

crfsuite scores a token by summing the weights of its feature strings, one C++ lookup per
string. Most of a token's features depend on one word only, so here each distinct word's
contribution (as itself and as each neighbour) is summed once into a small vector and cached;
a sentence's scores are then a few array additions, and Viterbi runs over all sentences of a
text at once. Scores equal crfsuite's (tests check the tags agree).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from siyaq.analyze.ner_features import CACHE_LIMIT, OFFSETS, FeatureExtractor, WordView

_GAZ_PREFIXES = ("g=", "-1g=", "+1g=")


@dataclass(slots=True)
class CompiledCRF:
    labels: list[str]
    attributes: dict[str, int]  # feature string -> row of weights
    weights: Any  # (attributes, labels) float64 array
    transitions: Any  # (labels, labels): from row to column

    @classmethod
    def from_crfsuite(cls, path: Path) -> CompiledCRF:
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        info = tagger.info()
        labels = sorted(info.labels, key=lambda name: int(info.labels[name]))
        label_index = {name: i for i, name in enumerate(labels)}
        attributes: dict[str, int] = {}
        for attribute, _ in info.state_features:
            attributes.setdefault(attribute, len(attributes))
        weights = np.zeros((len(attributes), len(labels)))
        for (attribute, label), weight in info.state_features.items():
            weights[attributes[attribute], label_index[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (first, second), weight in info.transitions.items():
            transitions[label_index[first], label_index[second]] = weight
        tagger.close()
        return cls(labels, attributes, weights, transitions)

    def save(self, path: Path) -> None:
        """One compressed .npz: labels, attribute strings, weights (float32), transitions."""
        with path.open("wb") as out:
            np.savez_compressed(
                out,
                labels=np.frombuffer("\n".join(self.labels).encode(), dtype=np.uint8),
                attributes=np.frombuffer("\n".join(self.attributes).encode(), dtype=np.uint8),
                weights=self.weights.astype(np.float32),
                transitions=self.transitions,
            )

    @classmethod
    def load(cls, path: Path) -> CompiledCRF:
        with np.load(path) as data:
            labels = bytes(data["labels"]).decode().split("\n")
            names = bytes(data["attributes"]).decode().split("\n")
            weights = data["weights"].astype(np.float64)
            transitions = data["transitions"]
        return cls(labels, {name: i for i, name in enumerate(names)}, weights, transitions)

    def score_parts(self, parts: Sequence[Sequence[str]]) -> Any:
        """(len(parts), labels): the summed weights of each list of features, in one pass."""
        attributes = self.attributes
        rows: list[int] = []
        owners: list[int] = []
        for i, part in enumerate(parts):
            found = [attributes[f] for f in part if f in attributes]
            rows += found
            owners += [i] * len(found)
        sums = np.zeros((len(parts), len(self.labels)))
        np.add.at(sums, owners, self.weights[rows])
        return sums

    def score(self, features: Iterable[str]) -> Any:
        rows = [self.attributes[f] for f in features if f in self.attributes]
        return self.weights[rows].sum(axis=0)


@dataclass(slots=True)
class _Rows:
    """Score blocks in one growing array, one row per key: a sentence's blocks are then a
    single fancy-index instead of many small arrays stacked."""

    width: tuple[int, ...]
    index: dict[str, int] = field(default_factory=dict)
    table: Any = None

    def row(self, key: str) -> int | None:
        return self.index.get(key)

    def add(self, key: str, block: Any) -> int:
        if self.table is None or len(self.index) == len(self.table):
            grown = np.zeros((max(1024, 2 * len(self.index)), *self.width))
            if self.table is not None:
                grown[: len(self.table)] = self.table
            self.table = grown
        position = self.index[key] = len(self.index)
        self.table[position] = block
        return position

    def clear(self) -> None:
        self.index.clear()


@dataclass(slots=True)
class FastTagger:
    crf: CompiledCRF
    extractor: FeatureExtractor
    _words: _Rows = field(init=False)  # word -> (5, labels): itself, then as seen from ±1, ±2
    _gazetteer: _Rows = field(init=False)  # gazetteer BIO tag -> (3, labels)
    _edges: Any = field(init=False)  # (4, labels): "no word there" at each offset
    _views: list[WordView] = field(default_factory=list)  # by word row

    def __post_init__(self) -> None:
        labels = len(self.crf.labels)
        self._words = _Rows((1 + len(OFFSETS), labels))
        self._gazetteer = _Rows((len(_GAZ_PREFIXES), labels))
        self._edges = np.stack([self.crf.score([f"{o}:edge"]) for o in OFFSETS])

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags of each sentence, decoded together."""
        emissions = [self.emissions(words) for words in sentences if words]
        paths = iter(viterbi(emissions, self.crf.transitions))
        labels = self.crf.labels
        return [[labels[i] for i in next(paths)] if words else [] for words in sentences]

    def emissions(self, words: Sequence[str]) -> Any:
        """(tokens, labels) state scores, exactly the sum crfsuite computes."""
        rows = [self._word_row(w) for w in words]
        stacked = self._words.table[rows]
        views = [self._views[r] for r in rows]
        scores = stacked[:, 0].copy()
        n = len(words)
        for k, offset in enumerate(OFFSETS, start=1):
            edge = self._edges[k - 1]
            if offset < 0:
                scores[-offset:] += stacked[: n + offset, k]
                scores[: min(-offset, n)] += edge
            else:
                scores[: n - offset] += stacked[offset:, k]
                scores[max(n - offset, 0) :] += edge
        self._add_context(views, scores)
        return scores

    def _add_context(self, views: list[WordView], scores: Any) -> None:
        """Bigram and gazetteer-phrase features: the ones that need the sentence."""
        tags = self.extractor.gazetteer_tags(views)
        rows = [self._gazetteer_row(t) for t in tags]  # first: may grow the table
        gazetteer = self._gazetteer.table[rows]
        scores += gazetteer[:, 0]
        scores[1:] += gazetteer[:-1, 1]
        scores[:-1] += gazetteer[1:, 2]
        attributes, weights = self.crf.attributes, self.crf.weights
        for i in range(1, len(views)):
            pair = f"{views[i - 1].norm}|{views[i].norm}"
            row = attributes.get("b-=" + pair)
            if row is not None:  # most word pairs carry no weight: a rare, cheap branch
                scores[i] += weights[row]
            row = attributes.get("b+=" + pair)
            if row is not None:
                scores[i - 1] += weights[row]

    def normalized(self, word: str) -> str:
        """The word's normalized form, from the cache the tagger fills anyway."""
        return self._views[self._word_row(word)].norm

    def _word_row(self, word: str) -> int:
        row = self._words.index.get(word)
        if row is None:
            if len(self._words.index) >= CACHE_LIMIT:
                self._words.clear()
                self._views.clear()
            view = self.extractor.make_view(word)
            row = self._words.add(word, self.crf.score_parts([view.own, *view.by_offset.values()]))
            # Keep only what the sentence-level features read: feature strings are memory.
            self._views.append(WordView([], {}, view.norm, view.stem, view.starts))
        return row

    def _gazetteer_row(self, tag: str) -> int:
        row = self._gazetteer.row(tag)
        if row is None:
            block = np.stack([self.crf.score([f"{prefix}{tag}"]) for prefix in _GAZ_PREFIXES])
            row = self._gazetteer.add(tag, block)
        return row


def viterbi(emissions: Sequence[Any], transitions: Any) -> list[list[int]]:
    """Best label paths of several sequences, decoded as one batch (longest first, so the
    sequences still running at step t are always the first k rows)."""
    if not emissions:
        return []
    order = sorted(range(len(emissions)), key=lambda i: -len(emissions[i]))
    lengths = [len(emissions[i]) for i in order]
    size, labels = lengths[0], transitions.shape[0]
    batch = np.zeros((len(order), size, labels))
    for row, i in enumerate(order):
        batch[row, : lengths[row]] = emissions[i]
    running = [sum(1 for n in lengths if n > t) for t in range(size)]
    score = batch[:, 0].copy()
    back = np.zeros((len(order), size, labels), dtype=np.intp)
    for t in range(1, size):
        k = running[t]
        candidates = score[:k, :, None] + transitions
        back[:k, t] = candidates.argmax(axis=1)
        score[:k] = candidates.max(axis=1) + batch[:k, t]
    paths: list[list[int]] = [[] for _ in emissions]
    best = score.argmax(axis=1).tolist()
    for row, i in enumerate(order):
        label = best[row]
        path = [label]
        trail = back[row, : lengths[row]].tolist()
        for t in range(lengths[row] - 1, 0, -1):
            label = trail[t][label]
            path.append(label)
        paths[i] = path[::-1]
    return paths
