"""The window pool: candidate order must not depend on string hashing (runs are reproducible)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from siyaq.relate.features import Features
from siyaq.relate.pool import Pool

# Five articles, four of them tied on the terms they share with the query.
_SCRIPT = """
import json
from collections import Counter
from siyaq.relate.features import Features
from siyaq.relate.pool import Pool

pool = Pool()
for article_id in ["b", "c", "a", "e", "d"]:
    terms = ["سد"] if article_id == "d" else ["سد", "وادي"]
    features = Features(id=article_id, url=None, host=None, title=None, time=None,
                        counts=Counter(terms))
    pool.load(features)
    pool.index(features)
query = Features(id="q", url=None, host=None, title=None, time=None,
                 counts=Counter(["سد", "وادي"]))
pool.load(query)
pool.vectorize(query)
print(json.dumps(pool.candidates(query, limit=3)))
"""


def _candidates(seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True,
                          text=True, check=True)
    return list(json.loads(done.stdout))


def test_tied_candidates_come_in_the_same_order_in_every_process() -> None:
    orders = {tuple(_candidates(seed)) for seed in ("1", "2", "3", "4")}
    assert orders == {("b", "c", "a")}  # tied: in the order indexed; d shares fewer terms


@pytest.mark.parametrize("limit", [pytest.param(1, id="one"), pytest.param(10, id="all")])
def test_the_query_article_is_never_its_own_candidate(limit: int) -> None:
    pool = Pool()
    for article_id in ("q", "a"):
        features = Features(id=article_id, url=None, host=None, title=None, time=None,
                            counts=Counter(["سد"]))
        pool.load(features)
        pool.index(features)
    assert pool.candidates(pool.features["q"], limit=limit) == ["a"]
