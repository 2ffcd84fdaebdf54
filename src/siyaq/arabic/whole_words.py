"""Words whose beginning looks like a prefix but belongs to the word, learned from news text.

A light stemmer strips a leading و as the conjunction "and" (وقال -> قال) and بال/وكال/وال as
preposition or conjunction + article. For وزير that turns "minister" into زير while الوزير keeps
its و (only ال is stripped), so a search for وزير missed every الوزير; وكالات (agencies) became
ات, بالغة (considerable) غه. The corpus tells the two cases apart: a prefix never follows the
article, so a word that is frequent after ال (الوزير، للوكالات، البالغة) while its remainder is
rare on its own keeps its beginning. The stems of such words ship in the package
(resources/whole_stems.txt); ``siyaq train whole-stems`` rebuilds them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from siyaq.arabic.normalize import normalize_search
from siyaq.arabic.tokens import TOKEN_PATTERN

RESOURCE = "whole_stems.txt"
MIN_EVIDENCE = 5  # uses after an article (ال، وال، بال، لل) before a word counts
MIN_STEM = 3  # a two-letter stem (ود، وف) is too ambiguous to protect
_ARTICLES = ("ال", "وال", "بال", "لل")


def load_whole_stems() -> frozenset[str]:
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


def whole_words(counts: Counter[str], prefixes: Iterable[str]) -> list[str]:
    """Words of 4+ letters starting with one of the stemmer's prefixes (or a lone و) whose
    article evidence outweighs their remainder standing alone."""
    candidates = sorted({p for p in prefixes if p != "ال"} | {"و"}, key=len, reverse=True)
    found = []
    for word in counts:
        prefix = next((p for p in candidates if word.startswith(p)), None)
        if prefix is None or len(word) < 4:
            continue
        after_article = sum(counts.get(article + word, 0) for article in _ARTICLES)
        if after_article >= MIN_EVIDENCE and after_article >= counts.get(word[len(prefix):], 0):
            found.append(word)
    return sorted(found)


def write_whole_stems(stems: Iterable[str], path: Path) -> int:
    unique = sorted({stem for stem in stems if len(stem) >= MIN_STEM})
    path.write_text("\n".join(unique) + "\n", encoding="utf-8")
    return len(unique)
