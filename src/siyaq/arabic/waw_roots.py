"""Words whose first و is a root letter (وزير، وكالة، ولاية), learned from unlabeled news.

A light stemmer strips a leading و as the conjunction "and" (وقال -> قال). For وزير that turns
"minister" into زير, while الوزير keeps its و (only ال is stripped), so a search for وزير missed
الوزير. The corpus tells the two apart: a conjunction never follows the article, so a word that
is frequent after ال (الوزير، للوزير) while its remainder (زير) is rare on its own begins with a
root و. The stems of such words ship in the package; ``siyaq train waw-roots`` rebuilds them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from siyaq.arabic.normalize import normalize_search
from siyaq.arabic.tokens import TOKEN_PATTERN

RESOURCE = "waw_roots.txt"
MIN_EVIDENCE = 5  # uses after an article (ال، وال، بال، لل) before a word counts
MIN_STEM = 3  # a two-letter stem (ود، وف) is too ambiguous to protect
_ARTICLES = ("ال", "وال", "بال", "لل")


def load_waw_roots() -> frozenset[str]:
    """The shipped stems (empty when the file is missing: the stemmer then behaves as Lucene's)."""
    path = resources.files("siyaq.resources").joinpath(RESOURCE)
    if not path.is_file():
        return frozenset()
    return frozenset(line for line in path.read_text(encoding="utf-8").split() if line)


def count_words(texts: Iterable[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(m.group(0) for m in TOKEN_PATTERN.finditer(normalize_search(text)))
    return counts


def waw_root_words(counts: Counter[str]) -> list[str]:
    """Words of 4+ letters starting with و that the article evidence says keep their و."""
    found = []
    for word, _ in counts.items():
        if len(word) < 4 or word[0] != "و" or word.startswith("وال"):
            continue
        after_article = sum(counts.get(article + word, 0) for article in _ARTICLES)
        if after_article >= MIN_EVIDENCE and after_article >= counts.get(word[1:], 0):
            found.append(word)
    return sorted(found)


def write_waw_roots(stems: Iterable[str], path: Path) -> int:
    unique = sorted({stem for stem in stems if len(stem) >= MIN_STEM})
    path.write_text("\n".join(unique) + "\n", encoding="utf-8")
    return len(unique)
