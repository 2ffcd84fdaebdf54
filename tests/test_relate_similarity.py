"""Pair similarity: how the specifics (figures) move a word-overlap score."""

from __future__ import annotations

from collections import Counter

from siyaq.relate.features import Features
from siyaq.relate.similarity import Weights, score


def _report(ident: str, vector: dict[str, float], quantities: dict[str, set[float]]) -> Features:
    return Features(id=ident, url=None, host=None, title=None, time=None, counts=Counter(vector),
                    quantities=quantities, vector=vector)


# Two paraphrased reports whose leads share only part of their words (cosine 0.18).
_A = {"وفا": 0.6, "فنان": 0.8}
_B = {"وفا": 0.3, "ممثل": 0.954}


def test_a_shared_figure_lifts_a_paraphrase_over_the_lone_report_bar() -> None:
    weights = Weights()
    plain = score(_report("a", _A, {}), _report("b", _B, {}), weights)
    same_age = score(_report("a", _A, {"عام": {84.0}}), _report("b", _B, {"عام": {84.0}}), weights)
    assert plain < weights.threshold <= same_age


def test_a_conflicting_figure_keeps_the_pair_apart() -> None:
    weights = Weights()
    other_age = score(_report("a", _A, {"عام": {84.0}}), _report("b", _B, {"عام": {61.0}}),
                      weights)
    assert other_age < score(_report("a", _A, {}), _report("b", _B, {}), weights)
    assert other_age < weights.threshold
