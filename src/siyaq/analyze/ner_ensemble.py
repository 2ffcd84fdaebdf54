"""The CRF and the neural tagger together: their scores added (a product of experts) and one
Viterbi over the sum. The two make different mistakes (the CRF remembers training names and
organisations, the network generalises to unseen person names), so the sum beats either."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from siyaq.analyze.ner_decode import FastTagger
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_neural import NeuralTagger
from siyaq.analyze.ner_viterbi import viterbi_flat


@dataclass(slots=True)
class EnsembleTagger:
    crf: FastTagger
    neural: NeuralTagger
    weight: float = 1.0  # the network's share; equal, fixed beforehand (not tuned on dev data)
    _order: list[int] = field(init=False)  # the network's label columns in the CRF's order
    _transitions: Any = field(init=False)

    def __post_init__(self) -> None:
        labels = self.neural.weights.labels
        self._order = [labels.index(label) for label in self.crf.crf.labels]
        theirs = self.neural.weights.arrays["transitions"][np.ix_(self._order, self._order)]
        self._transitions = self.crf.crf.transitions + self.weight * theirs

    @property
    def extractor(self) -> FeatureExtractor:
        return self.crf.extractor

    def tag_text(self, words: Sequence[str], lengths: Sequence[int]) -> tuple[list[str], list[str]]:
        """(BIO tags, normalized words) of consecutive sentences of the given lengths."""
        if not words:
            return [], []
        scores, norms = self.crf.scores(words, lengths)
        theirs, _ = self.neural.scores(words, lengths)
        scores = scores + self.weight * theirs[:, self._order]
        labels = self.crf.crf.labels
        paths = viterbi_flat(scores, lengths, self._transitions)
        return [labels[t] for path in paths for t in path], norms
