"""WordScorer.build (numpy) against the plain feature-by-feature build it replaced."""

from __future__ import annotations

import numpy as np
import pytest

from siyaq.analyze.ner_decode import CompiledCRF
from siyaq.analyze.ner_features import OFFSETS
from siyaq.analyze.ner_scorer import WordScorer
from siyaq.analyze.ner_train import CRF_MODEL, weights_path


def split_offset(attribute: str) -> tuple[int, str]:
    """(position: 0 for the word itself, 1 + OFFSETS index for a neighbour's, feature), by
    trying each offset's prefix in turn: how the build read attributes before."""
    for i, offset in enumerate(OFFSETS):
        prefix = f"{offset}:"
        if attribute.startswith(prefix):
            return 1 + i, attribute[len(prefix) :]
    return 0, attribute


def _reference_scorer(attributes: dict[str, int], model_weights: np.ndarray) -> WordScorer:
    """WordScorer.build as it was, one feature's rows at a time (the fast build must agree)."""
    zero = len(model_weights)
    base: dict[str, list[int]] = {}
    for attribute, row in attributes.items():
        position, feature = split_offset(attribute)
        base.setdefault(feature, [zero] * (1 + len(OFFSETS)))[position] = row
    if "bias" not in base:
        base["bias"] = [zero] * (1 + len(OFFSETS))
    positions = np.full((3 * (len(base) + 1), 1 + len(OFFSETS)), zero, dtype=np.intp)
    near = [0, *(1 + i for i, o in enumerate(OFFSETS) if abs(o) == 1)]
    for n, rows in enumerate(base.values()):
        positions[3 * n] = rows
        positions[3 * n + 1, near] = [rows[i] for i in near]
        positions[3 * n + 2, 0] = rows[0]
    weights = np.vstack([model_weights, np.zeros((1, model_weights.shape[1]))])
    return WordScorer({f: n for n, f in enumerate(base)}, positions, weights)


@pytest.mark.parametrize("size", [None, 40], ids=["shipped", "first-40"])
def test_scorer_build_equals_the_feature_by_feature_build(size: int | None) -> None:
    crf = CompiledCRF.load(weights_path(CRF_MODEL))
    attributes = dict(list(crf.attributes.items())[:size])  # the first 40: no bias among them
    attributes.update({"12:w=x": 0, "w=a:b": 1, "-1:2:x": 2})  # odd colons read as before
    fast, slow = (build(attributes, crf.weights) for build in (WordScorer.build,
                                                               _reference_scorer))
    assert list(fast.features.items()) == list(slow.features.items())
    assert fast.positions.dtype == slow.positions.dtype
    assert np.array_equal(fast.positions, slow.positions)
    assert np.array_equal(fast.weights, slow.weights)
