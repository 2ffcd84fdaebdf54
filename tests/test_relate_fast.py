"""The cheaper paths of relate/ against the plain reference they replace: same values, bit for bit."""

from __future__ import annotations

import random
from collections import Counter

from siyaq.relate.features import Features
from siyaq.relate.pool import TOP_TERMS, _top_terms
from siyaq.relate.similarity import UNTIED_KINDS, Weights, _agree, _figures

_UNITS = ["نقط", "عام", "جنيه", "%", "مليون", "دولار", "ريال"]


def _figures_of(rng: random.Random) -> dict[str, set[float]]:
    return {unit: {float(rng.choice([5, 13, 15, 22.5, 22.75, 84, 300]))
                   for _ in range(rng.randint(1, 2))}
            for unit in rng.sample(_UNITS, rng.randint(0, 4))}


def _features(ident: str, rng: random.Random) -> Features:
    return Features(id=ident, url=None, host=None, title=None, time=None, counts=Counter(),
                    quantities=_figures_of(rng), body_quantities=_figures_of(rng))


def _specifics_factor(a: Features, b: Features, w: Weights) -> float:
    """The figure factor as it was written before `_figures` (the reference)."""
    lead_units = a.quantities.keys() & b.quantities.keys()
    conflicts = sum(not _agree(a.quantities[u], b.quantities[u]) for u in lead_units)
    if a.body_quantities and b.body_quantities:
        further = a.body_quantities.keys() & b.body_quantities.keys() - lead_units - UNTIED_KINDS
        conflicts += sum(not _agree(a.body_quantities[u], b.body_quantities[u]) for u in further)
    return w.quantity_conflict ** conflicts


def _quantity_bonus(a: Features, b: Features, w: Weights) -> float:
    """The figure bonus as it was written before `_figures` (the reference)."""
    shared = a.quantities.keys() & b.quantities.keys()
    return w.quantity_match * sum(_agree(a.quantities[u], b.quantities[u]) for u in shared)


def test_figures_give_the_specifics_factor_and_the_bonus_of_the_reference() -> None:
    rng, weights = random.Random(7), Weights()
    reports = [_features(str(i), rng) for i in range(60)]
    for a in reports:
        for b in reports:
            reference = (_specifics_factor(a, b, weights), _quantity_bonus(a, b, weights))
            assert repr(_figures(a, b, weights)) == repr(reference)


def _reference_top_terms(features: Features) -> list[str]:
    weights = features.vector or {t: float(n) for t, n in features.counts.items()}
    return sorted(weights, key=lambda t: (-weights[t], t))[:TOP_TERMS]


def test_top_terms_rank_as_the_keyed_sort_ties_included() -> None:
    rng = random.Random(3)
    for size in (0, 1, 5, 12, 13, 40):
        terms = [f"t{rng.randint(0, 99)}x{i}" for i in range(size)]
        vector = {t: rng.choice([0.1, 0.25, 0.25, 0.5]) for t in terms}  # many ties
        counts = Counter({t: rng.randint(1, 3) for t in terms})
        for features in (Features(id="a", url=None, host=None, title=None, time=None,
                                  counts=counts, vector=vector),
                         Features(id="b", url=None, host=None, title=None, time=None,
                                  counts=counts)):
            assert _top_terms(features) == _reference_top_terms(features)


def _reference_tfidf(counts: Counter[str], df: Counter[str], documents: int) -> dict[str, float]:
    import math

    from siyaq.relate.similarity import BACKGROUND_DOCUMENTS

    total = documents + BACKGROUND_DOCUMENTS
    vector = {term: (1.0 + math.log(n)) * math.log((total + 1) / (df[term] + 0.5))
              for term, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {t: v / norm for t, v in vector.items()} if norm else {}


def test_tfidf_gives_the_written_out_weights_bit_for_bit() -> None:
    from siyaq.relate.similarity import tfidf

    rng = random.Random(9)
    for size in (0, 1, 3, 40, 120):
        terms = [f"w{i}" for i in range(size)]
        counts = Counter({t: rng.randint(1, 4) for t in terms})
        df = Counter({t: rng.randint(0, 300) for t in terms if rng.random() < 0.9})
        for documents in (1, 7, 2000):
            assert repr(tfidf(counts, df, documents)) == repr(_reference_tfidf(counts, df, documents))
