"""The window pool: candidate order must not depend on string hashing (runs are reproducible)."""

from __future__ import annotations

from collections import Counter

import pytest

from siyaq.relate.features import Features
from siyaq.relate.pool import Pool


def _features(article_id: str, terms: list[str]) -> Features:
    return Features(id=article_id, url=None, host=None, title=None, time=None,
                    counts=Counter(terms))


@pytest.mark.parametrize(
    "order",
    [pytest.param(["b", "c", "a", "d"], id="one-order"),
     pytest.param(["d", "a", "c", "b"], id="reverse-order")],
)
def test_tied_candidates_come_in_id_order(order: list[str]) -> None:
    pool = Pool()
    for article_id in order:
        features = _features(article_id, ["سد", "وادي"] if article_id != "d" else ["سد"])
        pool.load(features)
        pool.index(features)
    query = _features("q", ["سد", "وادي"])
    pool.load(query)
    pool.vectorize(query)
    assert pool.candidates(query, limit=3) == ["a", "b", "c"]  # d shares fewer terms
