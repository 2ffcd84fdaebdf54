"""The neural entity tagger, run with numpy: word inputs -> dilated convolutions (-> an optional
bidirectional GRU: ner_recurrent) -> CRF Viterbi.

A word is its pretrained news vector (and its clitic-free stem's), a character CNN, and a few
discrete features shared with the CRF (trigger words, gazetteer membership, word clusters,
shape, clitic); a token adds the gazetteer phrase it is part of. Everything that depends on the
word alone is projected once per distinct word and cached; a text's tokens then go through the
convolutions as one flat array (sentences separated by zero gaps as wide as the largest
dilation, so no sentence sees another), and Viterbi decodes all its sentences together.
Trained with torch by ner_neural_train (several seeds merged into one wider network of the same
layout: ner_neural_merge, whose block-diagonal layers run block by block: ner_neural_blocks);
torch is not needed here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from siyaq.analyze.ner_features import CACHE_LIMIT, FeatureExtractor, _shape
from siyaq.analyze.ner_lexicon import TRIGGERS, Lexicon
from siyaq.analyze.ner_neural_blocks import Blocks, convolve, convolve_words
from siyaq.analyze.ner_recurrent import Recurrent
from siyaq.analyze.ner_text import normalize, strip_article, strip_proclitics
from siyaq.analyze.ner_viterbi import CrfKernel, best_labels, crf_kernel

CHARS = 20  # characters of a word the char CNN reads (longer words: the first ones)
# The discrete features, in the order of WordCodes.discrete and of the saved tables.
# "stem" is the word itself (without clitics), for the stems seen at least twice in training:
# the CRF's w= and s= features, which let it remember the training names.
DISCRETE = ("trigger", "gazetteer", "cluster", "bare_cluster", "shape", "clitic", "stem")


@dataclass(slots=True)
class Vocabulary:
    """String -> id maps of the model's inputs (id 0: unknown or none)."""

    words: dict[str, int]
    chars: dict[str, int]
    discrete: dict[str, dict[str, int]]  # feature name -> value -> id
    gazetteer_tags: dict[str, int]


@dataclass(slots=True)
class WordCodes:
    """One word's inputs as ids: vector rows of the word and its stem, characters, discrete."""

    norm: str
    stem: str
    starts: int  # words in the longest gazetteer phrase beginning with the stem
    vector: int
    stem_vector: int
    chars: list[int]
    discrete: list[int]


def word_values(word: str, lexicon: Lexicon) -> tuple[str, str, str, list[str]]:
    """(norm, clitic-free form, stem, discrete feature values in DISCRETE order)."""
    norm = normalize(word)
    clitic_free = strip_proclitics(norm)
    stem = strip_article(clitic_free)
    clusters, words = lexicon.clusters, lexicon.words
    cluster = clusters.get(norm) or clusters.get(clitic_free) or ""
    bare = clusters.get(clitic_free) or clusters.get(stem) or ""
    gazetteer = f"{words.get(strip_article(norm)) or words.get(stem, '-')}/" + (
        lexicon.phrases.get((stem,), "-")
    )
    values = [
        TRIGGERS.get(stem, ""),
        gazetteer,
        cluster.split("/")[2] if cluster else "",
        bare.split("/")[1] if bare else "",
        _shape(norm),
        norm[: len(norm) - len(stem)],
        stem,
    ]
    return norm, clitic_free, stem, values


def encode_word(word: str, lexicon: Lexicon, vocabulary: Vocabulary) -> WordCodes:
    norm, _, stem, values = word_values(word, lexicon)
    vectors, chars = vocabulary.words, vocabulary.chars
    tables = vocabulary.discrete
    discrete = [tables[name].get(value, 0) for name, value in zip(DISCRETE, values, strict=True)]
    return WordCodes(
        norm,
        stem,
        lexicon.longest.get(stem, 0),
        vectors.get(norm, 0),
        vectors.get(stem, 0) or vectors.get("ال" + stem, 0),
        [chars.get(c, 1) for c in norm[:CHARS]] or [1],  # (a mark alone normalizes to "")
        discrete,
    )


def gazetteer_tags(
    extractor: FeatureExtractor, codes: Sequence[WordCodes], lengths: Sequence[int]
) -> list[str]:
    """BIO tags of the longest gazetteer phrases in each sentence (as the CRF's g= feature)."""
    tags = ["O"] * len(codes)
    ends = np.repeat(np.cumsum(lengths), lengths).tolist()
    candidates = [(i, c.starts, ends[i]) for i, c in enumerate(codes) if c.starts >= 2]
    if not candidates:
        return tags

    def window(first: int, size: int) -> tuple[str, ...]:
        return tuple(c.stem for c in codes[first : first + size])

    for first, size, type_ in extractor.gazetteer_phrases(window, candidates):
        tags[first : first + size] = [f"B-{type_}"] + [f"I-{type_}"] * (size - 1)
    return tags


@dataclass(slots=True)
class NeuralWeights:
    """What ner_neural.npz holds, as float32 numpy arrays."""

    labels: list[str]
    vocabulary: Vocabulary
    vectors: Any  # (words, dims) int8
    scales: Any  # (words, 1)
    arrays: dict[str, Any]  # layer weights, named as in save()
    dilations: list[int]

    def save(self, path: Path) -> None:
        vocab = self.vocabulary
        texts = {
            "labels": "\n".join(self.labels),
            "words": "\n".join(vocab.words),
            "chars": "\n".join(vocab.chars),
            "gazetteer_tags": "\n".join(vocab.gazetteer_tags),
            **{f"values_{name}": "\n".join(vocab.discrete[name]) for name in DISCRETE},
        }
        arrays: dict[str, Any] = {
            "vectors": self.vectors,
            "scales": self.scales,
            "dilations": np.asarray(self.dilations),
            **{k: np.frombuffer(v.encode(), dtype=np.uint8) for k, v in texts.items()},
            **{f"w_{k}": v for k, v in self.arrays.items()},
        }
        with path.open("wb") as out:
            np.savez_compressed(out, **arrays)

    @classmethod
    def load(cls, path: Path) -> NeuralWeights:
        with np.load(path) as data:

            def strings(key: str) -> list[str]:
                return bytes(data[key]).decode().split("\n")

            def ids(key: str, first: int) -> dict[str, int]:
                return {s: first + i for i, s in enumerate(strings(key))}

            vocabulary = Vocabulary(
                ids("words", 0),
                ids("chars", 0),
                {name: ids(f"values_{name}", 0) for name in DISCRETE},
                ids("gazetteer_tags", 0),
            )
            arrays = {k[2:]: data[k].astype(np.float32) for k in data.files if k.startswith("w_")}
            return cls(
                strings("labels"), vocabulary, data["vectors"], data["scales"], arrays,
                data["dilations"].tolist(),
            )


@dataclass(frozen=True, slots=True)
class Layers:
    """The layers that read the previous one, split into their diagonal blocks (one per merged
    network: ner_neural_blocks), so that the zeros between the networks are skipped."""

    char_conv: Blocks
    proj_chars: Blocks
    convs: tuple[Blocks, ...]
    recurrent: Recurrent | None = None  # the GRU after the convolutions, if the network has one

    @classmethod
    def of(cls, weights: NeuralWeights) -> Layers:
        arrays = weights.arrays
        convs = tuple(Blocks.of(arrays[f"conv{n}"], 3) for n in range(len(weights.dilations)))
        return cls(Blocks.of(arrays["char_conv"], 3), Blocks.of(arrays["proj_chars"]), convs,
                   Recurrent.of(arrays))


@dataclass(slots=True)
class NeuralTagger:
    """tag_text() like FastTagger's, from NeuralWeights."""

    weights: NeuralWeights
    extractor: FeatureExtractor
    _index: dict[str, int] = field(default_factory=dict)
    _codes: list[WordCodes] = field(default_factory=list)
    _table: Any = None  # (rows, hidden): each cached word's projected inputs
    layers: Layers = field(init=False)
    _kernel: CrfKernel | None = field(init=False)  # C Viterbi, or None: numpy's

    def __post_init__(self) -> None:
        self.layers = Layers.of(self.weights)
        self._kernel = crf_kernel()

    def tag_text(self, words: Sequence[str], lengths: Sequence[int]) -> tuple[list[str], list[str]]:
        """(BIO tags, normalized words) of consecutive sentences of the given lengths."""
        if not words:
            return [], []
        scores, norms = self.scores(words, lengths)
        labels = self.weights.labels
        best = best_labels(scores, lengths, self.weights.arrays["transitions"], self._kernel)
        return [labels[t] for t in best], norms

    def scores(self, words: Sequence[str], lengths: Sequence[int]) -> tuple[Any, list[str]]:
        """(tokens, labels) emission scores of a nonempty text, and its normalized words."""
        rows = self._rows(words)
        codes = [self._codes[r] for r in rows]
        return self.emissions(rows, codes, lengths), [c.norm for c in codes]

    def emissions(self, rows: list[int], codes: Sequence[WordCodes], lengths: Sequence[int]) -> Any:
        """(tokens, labels) scores: the convolutions over all sentences at once."""
        arrays, dilations = self.weights.arrays, self.weights.dilations
        gap = max(dilations, default=0)
        tags = gazetteer_tags(self.extractor, codes, lengths)
        gazetteer = self.weights.vocabulary.gazetteer_tags
        first = self._table[rows] + arrays["table_gaz"][[gazetteer.get(t, 0) for t in tags]]
        sentence = np.repeat(np.arange(len(lengths)), lengths)
        positions = np.arange(len(rows)) + gap * (sentence + 1)
        hidden = np.zeros((len(rows) + gap * (len(lengths) + 1), first.shape[1]), np.float32)
        hidden[positions] = np.maximum(first, 0.0)
        # The convolutions run over the whole flat array between the outer gaps (slices, not
        # gathers); the gaps between sentences are then zeroed again so that none is seen.
        end, gaps = len(hidden) - gap, inner_gaps(lengths, gap)
        for n, d in enumerate(dilations):
            step = convolve(hidden, gap, end, d, self.layers.convs[n])
            step += arrays[f"conv{n}_bias"]
            np.maximum(step, 0.0, out=step)
            step[gaps] = 0.0
            hidden[gap:end] += step
        features = hidden[positions]
        if self.layers.recurrent is not None:  # the output layer reads both, side by side
            features = np.hstack([features, self.layers.recurrent.run(features, lengths)])
        return features @ arrays["out"] + arrays["out_bias"]

    def normalized(self, word: str) -> str:
        return self._codes[self._rows([word])[0]].norm

    def _rows(self, words: Sequence[str]) -> list[int]:
        """Cache rows of the words, projecting the new ones together (the cache is emptied
        before a text that would overflow it, never in the middle of one)."""
        index = self._index
        new = [w for w in dict.fromkeys(words) if w not in index]
        if new:
            if len(index) + len(new) > CACHE_LIMIT:
                index.clear()
                self._codes.clear()
                new = list(dict.fromkeys(words))
            self._add(new)
        return [index[w] for w in words]

    def _add(self, words: list[str]) -> None:
        lexicon, vocabulary = self.extractor.lexicon, self.weights.vocabulary
        codes = [encode_word(w, lexicon, vocabulary) for w in words]
        projected = project_words(self.weights, self.layers, codes)
        first = len(self._codes)
        end = first + len(words)
        if self._table is None or end > len(self._table):
            capacity = max(1024, min(2 * end, max(end, CACHE_LIMIT)))
            table = np.zeros((capacity, projected.shape[1]), np.float32)
            if self._table is not None:
                table[:first] = self._table[:first]
            self._table = table
        self._table[first:end] = projected
        for word in words:
            self._index[word] = len(self._index)
        self._codes += codes


def inner_gaps(lengths: Sequence[int], gap: int) -> Any:
    """Rows of the gaps between sentences, counted from the end of the first gap."""
    ends = np.cumsum(lengths)[:-1] + gap * np.arange(len(lengths) - 1)
    return (ends[:, None] + np.arange(gap)).ravel()


def project_words(weights: NeuralWeights, layers: Layers, codes: Sequence[WordCodes]) -> Any:
    """(words, hidden): the first layer's input from everything that depends on the word alone."""
    arrays = weights.arrays

    def vectors(ids: list[int]) -> Any:
        return weights.vectors[ids].astype(np.float32) * weights.scales[ids]

    result = vectors([c.vector for c in codes]) @ arrays["proj_vector"]
    result += vectors([c.stem_vector for c in codes]) @ arrays["proj_stem"]
    result += layers.proj_chars.product(char_features(arrays, layers, [c.chars for c in codes]))
    for n, name in enumerate(DISCRETE):
        result += arrays[f"table_{name}"][[c.discrete[n] for c in codes]]
    return result + arrays["bias_in"]


def char_features(arrays: dict[str, Any], layers: Layers, chars: Sequence[list[int]]) -> Any:
    """Max over each word's characters of a width-3 convolution (zero-padded at both ends)."""
    width = max(1, max(map(len, chars)))
    ids = np.zeros((len(chars), width + 2), dtype=np.intp)
    for i, word in enumerate(chars):
        ids[i, 1 : 1 + len(word)] = word
    embedded = arrays["char_emb"][ids]  # (words, width + 2, dims); row 0 of char_emb is zero
    conv = convolve_words(embedded, layers.char_conv)  # (words, width, filters)
    conv += arrays["char_bias"]
    lengths = np.array([max(1, len(w)) for w in chars])
    conv[np.arange(width)[None, :] >= lengths[:, None]] = -np.inf
    return conv.max(axis=1)
