"""The CRF and the neural tagger together: their scores added (a product of experts) and one
Viterbi over the sum. The two make different mistakes (the CRF remembers training names and
organisations, the network generalises to unseen person names), so the sum beats either."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from siyaq.analyze.ner_decode import FastTagger
from siyaq.analyze.ner_document import DOCUMENT_VOTE, decode_with_vote
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_neural import NeuralTagger
from siyaq.analyze.ner_viterbi import CrfKernel, best_labels, crf_kernel

WEIGHT = 1.5
OUTSIDE_PENALTY = 0.5


@dataclass(slots=True)
class EnsembleTagger:
    crf: FastTagger
    neural: NeuralTagger
    # The network's share, and a score taken off "O" at every token: both tagger are precise
    # but miss names, and the penalty trades some precision for recall. Chosen on the inner
    # validation slice with a CRF and networks trained without it (docs/entities.md).
    weight: float = WEIGHT
    outside_penalty: float = OUTSIDE_PENALTY
    document_vote: float = DOCUMENT_VOTE  # > 0: ner_document's second decoding (off)
    _order: list[int] = field(init=False)  # the network's label columns in the CRF's order
    _transitions: Any = field(init=False)
    _their_transitions: Any = field(init=False)  # the network's, in the CRF's label order
    _bias: Any = field(init=False)  # (labels,): -outside_penalty at "O", else 0
    _kernel: CrfKernel | None = field(init=False)  # C Viterbi, or None: numpy's

    def __post_init__(self) -> None:
        labels = self.neural.weights.labels
        self._order = [labels.index(label) for label in self.crf.crf.labels]
        theirs = self.neural.weights.arrays["transitions"][np.ix_(self._order, self._order)]
        self._their_transitions = theirs
        self._transitions = self.crf.crf.transitions + self.weight * theirs
        self._bias = np.zeros(len(self._order), np.float32)
        self._bias[self.crf.crf.labels.index("O")] = -self.outside_penalty
        self._kernel = crf_kernel()

    @property
    def extractor(self) -> FeatureExtractor:
        return self.crf.extractor

    def tag_text(self, words: Sequence[str], lengths: Sequence[int]) -> tuple[list[str], list[str]]:
        """(BIO tags, normalized words) of consecutive sentences of the given lengths."""
        if not words:
            return [], []
        scores, norms = self.crf.scores(words, lengths)
        theirs, _ = self.neural.scores(words, lengths)
        scores = scores + self.weight * theirs[:, self._order] + self._bias
        labels = self.crf.crf.labels
        if self.document_vote:
            return decode_with_vote(scores, lengths, self._transitions, self._kernel, labels,
                                    self.crf.stems(norms), self.document_vote), norms
        best = best_labels(scores, lengths, self._transitions, self._kernel)
        return [labels[t] for t in best], norms

    def tag_each(
        self, words: Sequence[str], lengths: Sequence[int]
    ) -> tuple[list[str], list[str], list[str], list[str]]:
        """(the ensemble's tags, the CRF's alone, the network's alone, normalized words), from
        one scoring of each model: what tag_text, the CRF's and the network's own tag_text give
        (the CRF with its own penalty on "O", the network with none)."""
        if not words:
            return [], [], [], []
        crf, norms = self.crf.scores(words, lengths)
        theirs = self.neural.scores(words, lengths)[0][:, self._order]
        labels = self.crf.crf.labels
        outside = labels.index("O")

        def decode(scores: Any, transitions: Any) -> list[str]:
            return [labels[t] for t in best_labels(scores, lengths, transitions, self._kernel)]

        both = decode(crf + self.weight * theirs + self._bias, self._transitions)
        alone = crf.copy()
        alone[:, outside] -= self.crf.outside_penalty
        return both, decode(alone, self.crf.crf.transitions), decode(
            theirs, self._their_transitions), norms
