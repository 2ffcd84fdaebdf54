"""The articles a run compares against: features of a sliding time window, indexed.

Holds term postings (candidate stories by shared words), an LSH index (candidate copies) and
document frequencies (IDF of the window), so no new article is compared with the whole archive.
"""

from __future__ import annotations

import operator
from collections import Counter
from datetime import datetime
from itertools import chain

from siyaq.relate import minhash
from siyaq.relate.features import Features
from siyaq.relate.similarity import tfidf

TOP_TERMS = 12  # a new article looks up its heaviest terms; every term of the others is indexed


class Pool:
    __slots__ = ("df", "features", "indexed", "lsh", "postings", "top")

    def __init__(self) -> None:
        self.features: dict[str, Features] = {}
        # term -> ids in the order they were indexed (a dict, not a set: candidates tied on
        # shared terms then come in that order, not in string-hash order, which differs per
        # process and made runs differ)
        self.postings: dict[str, dict[str, None]] = {}
        self.lsh = minhash.LSHIndex()
        self.df: Counter[str] = Counter()
        self.indexed: set[str] = set()  # placed articles: candidates for the ones still to place
        self.top: dict[str, tuple[dict[str, float], list[str]]] = {}  # id -> (vector, top terms)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self.features

    def __len__(self) -> int:
        return len(self.features)

    def load(self, features: Features) -> None:
        """Count an article in the window's document frequencies (not yet findable)."""
        if features.id not in self.features:
            self.features[features.id] = features
            self.df.update(features.counts.keys())

    def index(self, features: Features) -> None:
        """Make a loaded article findable as a candidate story member and a copy source."""
        self.vectorize(features)
        self.indexed.add(features.id)
        postings, article_id = self.postings, features.id
        for term in features.counts:
            ids = postings.get(term)
            if ids is None:  # (setdefault would build an empty dict for every term)
                ids = postings[term] = {}
            ids[article_id] = None
        if features.signature is not None:
            self.lsh.add(features.id, features.signature)

    def vectorize(self, features: Features) -> None:
        if not features.vector and features.counts:
            features.vector = tfidf(features.counts, self.df, max(len(self.features), 1))

    def candidates(self, features: Features, limit: int = 200) -> list[str]:
        """Indexed articles sharing the most heavy terms with this one, best first."""
        postings = self.postings
        hits = Counter(chain.from_iterable(postings.get(t, ()) for t in self._top(features)))
        hits.pop(features.id, None)
        # most_common(limit) is documented as this stable sort (ties in first-seen order), but
        # runs its heap in Python over every hit; the sort runs in C.
        return sorted(hits, key=hits.__getitem__, reverse=True)[:limit]

    def _top(self, features: Features) -> list[str]:
        """_top_terms, remembered while the article's vector stays the same object (each day
        the window's weights give every article a new one, seen here and ranked again)."""
        self.vectorize(features)
        if not features.vector:
            return _top_terms(features)
        known = self.top.get(features.id)
        if known is None or known[0] is not features.vector:
            known = self.top[features.id] = (features.vector, _top_terms(features))
        return known[1]

    def copy_candidates(self, features: Features) -> set[str]:
        if features.signature is None:
            return set()
        return self.lsh.candidates(features.signature) - {features.id}

    def evict_before(self, moment: datetime) -> None:
        """Forget dated articles older than moment: the window slides, memory stays flat."""
        old = [f for f in self.features.values() if f.time is not None and f.time < moment]
        for features in old:
            del self.features[features.id]
            self.indexed.discard(features.id)
            self.top.pop(features.id, None)
            self.df.subtract(features.counts.keys())
            for term in features.counts:
                ids = self.postings.get(term)
                if ids is not None:
                    ids.pop(features.id, None)
                    if not ids:
                        del self.postings[term]
            self.lsh.remove(features.id)
        self.df = +self.df  # drop zero counts


def _top_terms(features: Features) -> list[str]:
    """The heaviest terms, ties by the term: the order of sorting by (-weight, term), with the
    (weight, term) pairs built and compared in C rather than by a Python key per term."""
    weights = features.vector or {t: float(n) for t, n in features.counts.items()}
    ranked = sorted(zip(map(operator.neg, weights.values()), weights, strict=True))
    return [term for _, term in ranked[:TOP_TERMS]]
