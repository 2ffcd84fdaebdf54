"""The stemmer relevance check: does a query word meet the forms of the same word, and only them?

Data: bench/stem_relevance.tsv (query, forms of the same word, look-alike different words).
Each query is analyzed with an Analyzer using the stemmer under test; a form matches when its
term equals the query's term. Recall is over same-word forms, false matches over look-alikes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from siyaq.arabic.analyzer import Analyzer
from siyaq.arabic.normalize import normalize_search
from siyaq.arabic.stem import make_stemmer


@dataclass(slots=True, frozen=True)
class RelevanceCase:
    query: str
    same: tuple[str, ...]
    different: tuple[str, ...]


@dataclass(slots=True)
class RelevanceResult:
    stemmer: str
    same_matched: int = 0
    same_total: int = 0
    different_matched: int = 0
    different_total: int = 0

    @property
    def recall(self) -> float:
        return self.same_matched / self.same_total if self.same_total else 0.0

    @property
    def false_match_rate(self) -> float:
        return self.different_matched / self.different_total if self.different_total else 0.0

    @property
    def score(self) -> float:
        """Harmonic mean of recall and (1 - false-match rate): one number to rank stemmers."""
        keep = 1.0 - self.false_match_rate
        return 2 * self.recall * keep / (self.recall + keep) if self.recall + keep else 0.0


def load_cases(path: Path) -> list[RelevanceCase]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        query, same, different = line.split("\t")
        cases.append(RelevanceCase(query, tuple(same.split()), tuple(different.split())))
    return cases


def _term(analyzer: Analyzer, word: str) -> str:
    # Scored on the stemmer alone: a form that is also a stopword still counts.
    return analyzer.stemmer.stem(normalize_search(word))


def check_stemmer(name: str, cases: list[RelevanceCase]) -> RelevanceResult:
    analyzer = Analyzer(make_stemmer(name))
    result = RelevanceResult(name)
    for case in cases:
        target = _term(analyzer, case.query)
        result.same_total += len(case.same)
        result.same_matched += sum(_term(analyzer, w) == target for w in case.same)
        result.different_total += len(case.different)
        result.different_matched += sum(_term(analyzer, w) == target for w in case.different)
    return result
