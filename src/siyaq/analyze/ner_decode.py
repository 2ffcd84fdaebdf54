"""Fast decoding of the shipped CRF: the same scores as crfsuite, computed with numpy.

crfsuite scores a token by summing the weights of its feature strings, one C++ lookup per
string. Most of a token's features depend on one word only, so here each distinct word's
contribution (as itself and as each neighbour) is summed once into a small vector and cached;
a text's scores are then a few array operations, and Viterbi runs over all its sentences at
once. Weights are added in crfsuite's order for each part, so the sums are the same to the bit
(tests check this and that the tags agree with crfsuite's).

New words are scored in a batch per text: their own features are looked up by value straight
from the word's forms (ner_keys), each key giving the feature's weight rows at all five
positions (ner_scorer), so no feature string, own or prefixed ("-1:w=..."), is ever built.

When the C kernel is built (siyaq._crf_kernel, see siyaq.native), the loops over numbers (word
blocks, neighbour and gazetteer sums, Viterbi) run in C, adding in the same order as numpy, so
the results are the same to the bit; SIYAQ_PURE_PYTHON=1 runs the numpy code.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

from siyaq.analyze.ner_document import DOCUMENT_VOTE, decode_with_vote
from siyaq.analyze.ner_features import OFFSETS, FeatureExtractor
from siyaq.analyze.ner_keys import FeatureKeys
from siyaq.analyze.ner_lists import get_all, positions_eq, take
from siyaq.analyze.ner_scorer import WordScorer
from siyaq.analyze.ner_viterbi import CrfKernel, best_labels, crf_kernel
from siyaq.analyze.ner_words import WORDS_LIMIT, WordTable

_GAZ_PREFIXES = ("g=", "-1g=", "+1g=")
# The shipped CRF is precise but misses names; taking this off "O" trades a little precision for
# recall. Chosen on the inner validation slice (a CRF trained on 9/10 of the training part, the
# plateau 0.25-0.75 there), never on the held-out part (docs/entities.md).
OUTSIDE_PENALTY = 0.5
# The weighted word pairs: first word -> second word -> (b- row, b+ row), see word_pairs().
WordPairs = dict[str, dict[str, tuple[int, int]]]


def _column(values: Iterable[int]) -> Any:
    """A read-only (n, 1) index array (a constant: it broadcasts against a row of tokens)."""
    column = np.array(list(values))[:, None]
    column.flags.writeable = False
    return column


_OFFSETS = _column(OFFSETS)


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
class FastTagger:
    crf: CompiledCRF
    extractor: FeatureExtractor
    # Taken off the "O" score of every token before decoding; 0.0 decodes exactly as crfsuite.
    # The shipped tagger uses OUTSIDE_PENALTY (entities._crf).
    outside_penalty: float = 0.0
    # > 0: decode each text twice, the second time with the first pass's types of the same
    # stems elsewhere in the text added (ner_document; off by default, docs/entities.md).
    document_vote: float = DOCUMENT_VOTE
    _scorer: WordScorer = field(init=False)
    _keys: FeatureKeys = field(init=False)
    _words: WordTable = field(init=False)
    _gazetteer: dict[str, int] = field(init=False)  # gazetteer BIO tag -> row of _gaz_table
    _gaz_table: Any = field(init=False)  # (tags, 3, labels): g=, -1g=, +1g=
    _pair_ends: tuple[frozenset[str], frozenset[str]] = field(init=False)
    _pairs: WordPairs = field(init=False)  # the weighted "b-=a|b", "b+=a|b" rows by (a, b)
    _kernel: CrfKernel | None = field(init=False)  # the C loops, or None: numpy's

    def __post_init__(self) -> None:
        self._kernel = crf_kernel()
        labels = len(self.crf.labels)
        self._scorer = WordScorer.build(self.crf.attributes, self.crf.weights)
        self._keys = FeatureKeys.build(self.extractor, self._scorer)
        edges = [self.crf.score([f"{o}:edge"]) for o in OFFSETS]
        self._words = WordTable(np.stack([np.zeros(labels), *edges]))
        self._gazetteer = {}
        self._gaz_table = np.zeros((1, len(_GAZ_PREFIXES), labels))  # row 0: no tag (0.0)
        self._pairs = word_pairs(self.crf.attributes)
        self._pair_ends = (frozenset(self._pairs),
                           frozenset(second for seconds in self._pairs.values()
                                     for second in seconds))

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
        scores, norms = self.scores(words, lengths)
        labels = self.crf.labels
        if self.outside_penalty:
            scores[:, labels.index("O")] -= self.outside_penalty
        if self.document_vote:
            return decode_with_vote(scores, lengths, self.crf.transitions, self._kernel, labels,
                                    self.stems(norms), self.document_vote), norms
        best = best_labels(scores, lengths, self.crf.transitions, self._kernel)
        return take(labels, best), norms

    def stems(self, norms: Sequence[str]) -> list[str]:
        """The stems (no clitics, no article) of normalized words this tagger has scored."""
        return list(map(self._words.stems.__getitem__, map(self._words.by_norm.__getitem__, norms)))

    def scores(self, words: Sequence[str], lengths: Sequence[int]) -> tuple[Any, list[str]]:
        """(tokens, labels) state scores of a nonempty text, and its normalized words."""
        rows = self._lookup(words)
        where = np.asarray(rows, dtype=np.intp)
        self._words.touch(where)
        return self.emissions(rows, where, lengths), take(self._words.norms, rows)

    def emissions(self, rows: list[int], where: Any, lengths: Sequence[int]) -> Any:
        """(tokens, labels) state scores, exactly the sums crfsuite computes, added in the
        same order for each token: itself, its neighbours (or the edge), gazetteer, bigrams.
        Where a token has nothing to add, 0.0 is added, which leaves the sum as it is. The C
        kernel, when there is one, makes the same sums in the same order. `where`: the rows
        as an intp array."""
        kernel = self._kernel
        bounds = _Bounds.of(lengths, with_neighbours=kernel is None)
        if kernel is None:
            scores = self._neighbour_sums(where, bounds)
        else:
            scores = np.empty((len(rows), len(self.crf.labels)))
            kernel.neighbour_sums(scores, self._words.table, where, lengths, OFFSETS)
        tags = self._gazetteer_tags(where, bounds)
        if kernel is None:
            self._add_gazetteer(tags, bounds, scores)
        else:
            kernel.add_gazetteer(scores, self._gaz_table, tags, lengths)
        self._add_bigrams(rows, where, bounds, scores)
        return scores

    def _neighbour_sums(self, where: Any, bounds: _Bounds) -> Any:
        """Each token's own block, then each neighbour's as seen from here, or the edge's
        where there is none (numpy)."""
        table = self._words.table
        scores = table[where, 0]
        around = np.append(where, self._words.edge_row)[bounds.neighbours]
        for slot, neighbours in enumerate(around, start=1):  # -2, -1, +1, +2: crfsuite's order
            scores += table[neighbours, slot]
        return scores

    def _gazetteer_tags(self, where: Any, bounds: _Bounds) -> Any:
        """Per token, its row of _gaz_table: the tag of the gazetteer phrase it is in."""
        tags = np.full(len(where), self._gazetteer_row("O"), dtype=np.intp)
        starts = self._words.starts[where]
        candidates = np.flatnonzero(starts >= 2)
        if len(candidates):
            firsts = candidates.tolist()
            ends = list(map(bounds.end_of, firsts))
            stems = self._words.stems

            def window(first: int, size: int) -> tuple[str, ...]:
                return tuple(map(stems.__getitem__, where[first : first + size].tolist()))

            found = self.extractor.gazetteer_phrases(
                window, zip(firsts, starts[candidates].tolist(), ends, strict=True)
            )
            for i, words, type_ in found:
                tags[i] = self._gazetteer_row(f"B-{type_}")
                tags[i + 1 : i + words] = self._gazetteer_row(f"I-{type_}")
        return tags

    def _add_gazetteer(self, tags: Any, bounds: _Bounds, scores: Any) -> None:
        """The weights of the gazetteer tags of the word, its left and its right neighbour
        (numpy; the kernel's add_gazetteer adds the same)."""
        table = self._gaz_table
        scores += table[tags, 0]
        # The -1g and +1g weights of the neighbours' tags; nothing (row 0) past the sentence.
        around = np.append(tags, 0)[bounds.neighbours[1:3]]
        scores += table[around[0], 1]
        scores += table[around[1], 2]

    def _add_bigrams(self, rows: list[int], where: Any, bounds: _Bounds, scores: Any) -> None:
        """Word-pair features; most pairs carry no weight, so only pairs whose words both occur
        in some weighted pair are looked up."""
        pairs = self._words.pairs[where]
        maybe = (np.flatnonzero(pairs[:-1] & (pairs[1:] >> 1) & 1) + 1).tolist()
        if not maybe:
            return
        straddling = bounds.first_tokens()  # a pair across two sentences is no pair
        pair_rows, norms = self._pairs, self._words.norms
        before: list[tuple[int, int]] = []
        after: list[tuple[int, int]] = []
        for i in maybe:
            if i in straddling:
                continue
            # Looked up by the two cached words, not by a "b-=a|b" string built and hashed anew.
            weighted = pair_rows[norms[rows[i - 1]]].get(norms[rows[i]])
            if weighted is None:
                continue
            row_before, row_after = weighted
            if row_before >= 0:
                before.append((i, row_before))
            if row_after >= 0:
                after.append((i - 1, row_after))
        # A token gets its b- weight before its b+ one (each at most once), as in crfsuite.
        for found in (before, after):
            if found:
                tokens, weights = zip(*found, strict=True)
                scores[list(tokens)] += self.crf.weights[list(weights)]

    def normalized(self, word: str) -> str:
        """The word's normalized form, from the cache the tagger fills anyway."""
        return self._words.norms[self._rows([word])[0]]

    def _rows(self, words: Sequence[str]) -> list[int]:
        """Cache rows of the words, scoring the new ones together, marked as just read."""
        rows = self._lookup(words)
        self._words.touch(rows)
        return rows

    def _lookup(self, words: Sequence[str]) -> list[int]:
        """Cache rows of the words. A text that would overflow the cache first evicts the less
        recently read half, never in the middle of a text (rows must stay valid)."""
        index = self._words.index
        # -1 for a new word: an int among ints is compared in one step, None is not (`in`
        # asks the int, then None, before comparing identities). Both passes run in C.
        rows = get_all(index, words, -1)
        if -1 not in rows:
            return rows
        missing = positions_eq(rows, -1)
        new = list(dict.fromkeys(map(words.__getitem__, missing)))
        if len(index) + len(new) > WORDS_LIMIT:
            self._words.evict(WORDS_LIMIT // 2)
            distinct = list(dict.fromkeys(words))
            if len(index) + len(distinct) <= WORDS_LIMIT:
                return self._lookup(words)  # known words moved: look them up again
            self._words.clear()  # one text larger than half the cache
            self._score_words(distinct)
            return list(map(index.__getitem__, words))
        self._score_words(new)
        for i in missing:  # a few per text: the known words' rows are already there
            rows[i] = index[words[i]]
        return rows

    def _score_words(self, words: list[str]) -> None:
        """Give the (distinct, unseen) words rows: a new row for each normalized form not
        scored yet, else the row of the form already there."""
        norms = self._keys.normalize_all(words)
        by_norm = self._words.by_norm
        fresh = [norm for norm in dict.fromkeys(norms) if norm not in by_norm]
        if fresh:
            new = self._keys.batch(fresh)
            blocks = self._scorer.blocks(new.keys, self._kernel)
            firsts, seconds = self._pair_ends
            pairs = [(norm in firsts) | (norm in seconds) << 1 for norm in fresh]
            self._words.add(new, blocks, pairs)
        self._words.index.update(zip(words, map(by_norm.__getitem__, norms), strict=True))

    def _gazetteer_row(self, tag: str) -> int:
        row = self._gazetteer.get(tag)
        if row is None:
            block = np.stack([self.crf.score([f"{prefix}{tag}"]) for prefix in _GAZ_PREFIXES])
            self._gaz_table = np.concatenate([self._gaz_table, block[None]])
            row = self._gazetteer[tag] = len(self._gaz_table) - 1
        return row


@dataclass(slots=True)
class _Bounds:
    """Where a text's sentences end (token positions flat over the text). The C path asks only
    about the few tokens that may begin a gazetteer phrase or end a weighted word pair, so the
    answers are searched for them alone, not spread over every token in numpy."""

    sentence_ends: list[int]  # one past each sentence's last token, in order
    # (4, tokens): the token at each of OFFSETS, or `tokens` past the sentence (numpy path)
    neighbours: Any = None

    @classmethod
    def of(cls, lengths: Sequence[int], with_neighbours: bool = True) -> _Bounds:
        sentence_ends = list(accumulate(lengths))
        if not with_neighbours:
            return cls(sentence_ends)
        sizes = np.asarray(lengths, dtype=np.intp)
        ends = np.repeat(np.asarray(sentence_ends, dtype=np.intp), sizes)
        firsts = ends - np.repeat(sizes, sizes)
        there = np.arange(len(ends)) + _OFFSETS
        inside = (there >= firsts) & (there < ends)
        return cls(sentence_ends, np.where(inside, there, len(ends)))

    def end_of(self, token: int) -> int:
        """One past the last token of the token's sentence."""
        return self.sentence_ends[bisect_right(self.sentence_ends, token)]

    def first_tokens(self) -> set[int]:
        return {0, *self.sentence_ends[:-1]}


def word_pairs(attributes: dict[str, int]) -> WordPairs:
    """first word -> second word -> (row of "b-=first|second", of "b+=first|second"; -1: no
    such feature). A word may itself be "|", so a pair "a|b|c" is filed under every split of
    it: (a, "b|c") and ("a|b", c), as both spell the same feature string."""
    pairs: WordPairs = {}
    for attribute, row in attributes.items():
        side = 0 if attribute.startswith("b-=") else 1 if attribute.startswith("b+=") else -1
        if side < 0:
            continue
        pair = attribute[3:]
        for cut, char in enumerate(pair):
            if char == "|":
                seconds = pairs.setdefault(pair[:cut], {})
                rows = list(seconds.get(pair[cut + 1 :], (-1, -1)))
                rows[side] = row
                seconds[pair[cut + 1 :]] = (rows[0], rows[1])
    return pairs
