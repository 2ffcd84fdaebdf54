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

from siyaq.analyze.ner_features import CACHE_LIMIT, OFFSETS, FeatureExtractor, OwnFeatures

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

    def score(self, features: Iterable[str]) -> Any:
        rows = [self.attributes[f] for f in features if f in self.attributes]
        return self.weights[rows].sum(axis=0)


@dataclass(slots=True)
class _WordScorer:
    """Sums a word's own-feature weights at each position it is seen from, without building
    the neighbours' "-1:w=..." strings: each own feature string maps to its weight rows at all
    five positions at once.

    A feature's rows come in three visibility classes (seen from ±2 and ±1, from ±1 only, by the
    word only); a missing weight points at an appended zero row. Rows are added feature by
    feature in the word's own order, as crfsuite and the original decoder do, so every sum is
    bitwise the same (adding 0.0 changes nothing)."""

    visible: tuple[dict[str, int], dict[str, int], dict[str, int]]  # far, near, own-only
    positions: Any  # (3 * features + 1, 5) rows into weights; the last one all zero rows
    weights: Any  # the model's weights and one zero row

    @classmethod
    def build(cls, crf: CompiledCRF) -> _WordScorer:
        zero = len(crf.weights)
        base: dict[str, list[int]] = {}
        for attribute, row in crf.attributes.items():
            position, feature = _split_offset(attribute)
            base.setdefault(feature, [zero] * (1 + len(OFFSETS)))[position] = row
        positions = np.full((3 * len(base) + 1, 1 + len(OFFSETS)), zero, dtype=np.intp)
        near = [0, *(1 + i for i, o in enumerate(OFFSETS) if abs(o) == 1)]
        for n, rows in enumerate(base.values()):
            positions[3 * n] = rows
            positions[3 * n + 1, near] = [rows[i] for i in near]
            positions[3 * n + 2, 0] = rows[0]
        visible = tuple({f: 3 * n + k for n, f in enumerate(base)} for k in range(3))
        weights = np.vstack([crf.weights, np.zeros((1, crf.weights.shape[1]))])
        return cls((visible[0], visible[1], visible[2]), positions, weights)

    def keys(self, own: OwnFeatures) -> list[int]:
        """The word's features that carry weight somewhere, as rows of `positions`."""
        far, near, alone = self.visible
        features = own.features
        cut_far, cut_near = 1 + own.far, 1 + own.near
        keys = [k for k in map(alone.get, features[:1]) if k is not None]
        keys += [k for k in map(far.get, features[1:cut_far]) if k is not None]
        keys += [k for k in map(near.get, features[cut_far:cut_near]) if k is not None]
        keys += [k for k in map(alone.get, features[cut_near:]) if k is not None]
        return keys

    def blocks(self, keys: Sequence[list[int]]) -> Any:
        """(words, 5, labels): each word's summed weights, all words in one numpy pass per
        feature slot (short lists are padded with the all-zero row)."""
        width = max(map(len, keys), default=0)
        pad = len(self.positions) - 1
        matrix = np.array([k + [pad] * (width - len(k)) for k in keys], dtype=np.intp)
        gathered = self.weights[self.positions[matrix]]  # (words, width, 5, labels)
        sums = gathered[:, 0].copy()
        for j in range(1, width):  # in feature order: the same additions as crfsuite's
            sums += gathered[:, j]
        return sums


def _split_offset(attribute: str) -> tuple[int, str]:
    """(position: 0 for the word itself, 1 + OFFSETS index for a neighbour's, feature)."""
    for i, offset in enumerate(OFFSETS):
        prefix = f"{offset}:"
        if attribute.startswith(prefix):
            return 1 + i, attribute[len(prefix) :]
    return 0, attribute


@dataclass(slots=True)
class _Words:
    """Per distinct word: its score block (itself, then as seen from -2, -1, +1, +2) and what the
    sentence-level features read. Rows live in growing arrays so that a text's blocks are one
    fancy index."""

    width: tuple[int, ...]
    index: dict[str, int] = field(default_factory=dict)
    table: Any = None  # (rows, 5, labels)
    starts: Any = None  # longest gazetteer phrase the word's stem begins
    pairs: Any = None  # bit 1: may begin a weighted bigram, bit 2: may end one
    norms: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)

    def add(self, own: Sequence[OwnFeatures], blocks: Any, pairs: Sequence[int]) -> None:
        first = len(self.norms)
        self._reserve(first + len(own))
        end = first + len(own)
        self.table[first:end] = blocks
        self.starts[first:end] = [o.starts for o in own]
        self.pairs[first:end] = pairs
        self.norms += [o.norm for o in own]
        self.stems += [o.stem for o in own]

    def _reserve(self, size: int) -> None:
        if self.table is not None and size <= len(self.table):
            return
        capacity = max(1024, 2 * size)
        table = np.zeros((capacity, *self.width))
        starts = np.zeros(capacity, dtype=np.intp)
        pairs = np.zeros(capacity, dtype=np.int8)
        if self.table is not None:
            used = len(self.norms)
            table[:used], starts[:used], pairs[:used] = (
                self.table[:used], self.starts[:used], self.pairs[:used]
            )
        self.table, self.starts, self.pairs = table, starts, pairs

    def clear(self) -> None:
        self.index.clear()
        self.norms.clear()
        self.stems.clear()


@dataclass(slots=True)
class FastTagger:
    crf: CompiledCRF
    extractor: FeatureExtractor
    _scorer: _WordScorer = field(init=False)
    _words: _Words = field(init=False)
    _gazetteer: dict[str, int] = field(init=False)  # gazetteer BIO tag -> row of _gaz_table
    _gaz_table: Any = field(init=False)  # (tags, 3, labels): g=, -1g=, +1g=
    _edges: Any = field(init=False)  # (4, labels): "no word there" at each offset
    _pair_ends: tuple[frozenset[str], frozenset[str]] = field(init=False)

    def __post_init__(self) -> None:
        labels = len(self.crf.labels)
        self._scorer = _WordScorer.build(self.crf)
        self._words = _Words((1 + len(OFFSETS), labels))
        self._gazetteer = {}
        self._gaz_table = np.zeros((0, len(_GAZ_PREFIXES), labels))
        self._edges = np.stack([self.crf.score([f"{o}:edge"]) for o in OFFSETS])
        self._pair_ends = _bigram_ends(self.crf.attributes)

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags of each sentence, decoded together."""
        lengths = [len(words) for words in sentences if words]
        tags, _ = self.tag_text([w for words in sentences for w in words], lengths)
        result: list[list[str]] = []
        position = 0
        for words in sentences:
            result.append(tags[position : position + len(words)])
            position += len(words)
        return result

    def tag_text(self, words: Sequence[str], lengths: Sequence[int]) -> tuple[list[str], list[str]]:
        """(BIO tags, normalized words) of consecutive sentences of the given (nonzero)
        lengths: all of a text's sentences are scored and decoded as one batch."""
        if not words:
            return [], []
        rows = self._rows(words)
        scores = self.emissions(rows, lengths)
        labels = self.crf.labels
        paths = _viterbi_flat(scores, lengths, self.crf.transitions)
        tags = [tag for path in paths for tag in map(labels.__getitem__, path)]
        return tags, list(map(self._words.norms.__getitem__, rows))

    def emissions(self, rows: list[int], lengths: Sequence[int]) -> Any:
        """(tokens, labels) state scores, exactly the sums crfsuite computes, added in the
        same order for each token: itself, its neighbours (or the edge), gazetteer, bigrams."""
        n = len(rows)
        stacked = self._words.table[rows]
        first = np.repeat(np.cumsum([0, *lengths[:-1]]), lengths)
        place = np.arange(n) - first  # position in the sentence
        size = np.repeat(lengths, lengths)
        scores = stacked[:, 0].copy()
        for k, offset in enumerate(OFFSETS, start=1):
            inside = ((place + offset >= 0) & (place + offset < size))[:, None]
            neighbour = stacked[np.clip(np.arange(n) + offset, 0, n - 1), k]
            scores += np.where(inside, neighbour, self._edges[k - 1])
        self._add_gazetteer(rows, place, size, scores)
        self._add_bigrams(rows, place, scores)
        return scores

    def _add_gazetteer(self, rows: list[int], place: Any, size: Any, scores: Any) -> None:
        """Gazetteer-phrase tags of the word, its left and its right neighbour."""
        tags = np.full(len(rows), self._gazetteer_row("O"), dtype=np.intp)
        starts = self._words.starts[rows]
        candidates = np.flatnonzero(starts >= 2).tolist()
        if candidates:
            ends = (np.asarray(candidates) - place[candidates] + size[candidates]).tolist()
            text_stems = list(map(self._words.stems.__getitem__, rows))
            found = self.extractor.gazetteer_phrases(
                text_stems, zip(candidates, starts[candidates].tolist(), ends, strict=True)
            )
            for i, words, type_ in found:
                tags[i] = self._gazetteer_row(f"B-{type_}")
                tags[i + 1 : i + words] = self._gazetteer_row(f"I-{type_}")
        gazetteer = self._gaz_table[tags]
        scores += gazetteer[:, 0]
        left = np.flatnonzero(place >= 1)  # tokens with a left neighbour in their sentence
        scores[left] += gazetteer[left - 1, 1]
        right = left - 1  # ... and those with a right one
        scores[right] += gazetteer[left, 2]

    def _add_bigrams(self, rows: list[int], place: Any, scores: Any) -> None:
        """Word-pair features; most pairs carry no weight, so only pairs whose words both occur
        in some weighted pair are looked up."""
        pairs = self._words.pairs[rows]
        maybe = np.flatnonzero((pairs[:-1] & 1).astype(bool) & (pairs[1:] & 2).astype(bool))
        if not len(maybe):
            return
        attributes, norms = self.crf.attributes, self._words.norms
        before: list[tuple[int, int]] = []
        after: list[tuple[int, int]] = []
        for i in (maybe + 1).tolist():
            if place[i] == 0:
                continue
            pair = f"{norms[rows[i - 1]]}|{norms[rows[i]]}"
            row = attributes.get("b-=" + pair)
            if row is not None:
                before.append((i, row))
            row = attributes.get("b+=" + pair)
            if row is not None:
                after.append((i - 1, row))
        # A token gets its b- weight before its b+ one (each at most once), as in crfsuite.
        for found in (before, after):
            if found:
                tokens, weights = zip(*found, strict=True)
                scores[list(tokens)] += self.crf.weights[list(weights)]

    def normalized(self, word: str) -> str:
        """The word's normalized form, from the cache the tagger fills anyway."""
        return self._words.norms[self._rows([word])[0]]

    def _rows(self, words: Sequence[str]) -> list[int]:
        """Cache rows of the words, scoring the new ones together. The cache is emptied before
        a text that would overflow it, never in the middle of one (rows must stay valid)."""
        index = self._words.index
        rows = list(map(index.get, words))
        if None not in rows:
            return rows  # type: ignore[return-value]  # no None left
        new = list(dict.fromkeys(w for w, r in zip(words, rows, strict=True) if r is None))
        if len(index) + len(new) > CACHE_LIMIT:
            self._words.clear()
            new = list(dict.fromkeys(words))
        self._score_words(new)
        return [index[w] for w in words]

    def _score_words(self, words: list[str]) -> None:
        described = [self.extractor.describe(w) for w in words]
        blocks = self._scorer.blocks([self._scorer.keys(own) for own in described])
        firsts, seconds = self._pair_ends
        pairs = [(o.norm in firsts) | (o.norm in seconds) << 1 for o in described]
        index = self._words.index
        for word in words:
            index[word] = len(index)
        self._words.add(described, blocks, pairs)

    def _gazetteer_row(self, tag: str) -> int:
        row = self._gazetteer.get(tag)
        if row is None:
            block = np.stack([self.crf.score([f"{prefix}{tag}"]) for prefix in _GAZ_PREFIXES])
            self._gaz_table = np.concatenate([self._gaz_table, block[None]])
            row = self._gazetteer[tag] = len(self._gazetteer)
        return row


def _bigram_ends(attributes: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Words that can begin, and words that can end, a weighted pair "a|b" (a word may itself
    be "|", so every split of the pair counts)."""
    firsts: set[str] = set()
    seconds: set[str] = set()
    for attribute in attributes:
        if attribute.startswith(("b-=", "b+=")):
            pair = attribute[3:]
            for cut, char in enumerate(pair):
                if char == "|":
                    firsts.add(pair[:cut])
                    seconds.add(pair[cut + 1 :])
    return frozenset(firsts), frozenset(seconds)


def viterbi(emissions: Sequence[Any], transitions: Any) -> list[list[int]]:
    """Best label paths of several sequences, decoded as one batch."""
    if not emissions:
        return []
    lengths = [len(e) for e in emissions]
    return _viterbi_flat(np.concatenate(emissions), lengths, transitions)


def _viterbi_flat(scores: Any, lengths: Sequence[int], transitions: Any) -> list[list[int]]:
    """Best paths of consecutive sequences of `scores`, as one batch (longest first, so the
    sequences still running at step t are always the first k rows)."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    sorted_lengths = [lengths[i] for i in order]
    size, labels = sorted_lengths[0], transitions.shape[0]
    starts = np.cumsum([0, *lengths[:-1]])
    batch = np.zeros((len(order), size, labels))
    row_of = np.repeat(np.argsort(order), lengths)  # batch row of each token
    batch[row_of, np.arange(len(scores)) - np.repeat(starts, lengths)] = scores
    running = np.searchsorted(-np.asarray(sorted_lengths), -np.arange(size), side="left").tolist()
    score = batch[:, 0].copy()
    back = np.zeros((len(order), size, labels), dtype=np.intp)
    for t in range(1, size):
        k = running[t]
        candidates = score[:k, :, None] + transitions
        back[:k, t] = candidates.argmax(axis=1)
        score[:k] = candidates.max(axis=1) + batch[:k, t]
    paths: list[list[int]] = [[] for _ in lengths]
    best = score.argmax(axis=1).tolist()
    for row, i in enumerate(order):
        label = best[row]
        path = [label]
        trail = back[row, : sorted_lengths[row]].tolist()
        for t in range(sorted_lengths[row] - 1, 0, -1):
            label = trail[t][label]
            path.append(label)
        paths[i] = path[::-1]
    return paths
