"""Stemmers for search. Input words are already in search form (siyaq.arabic.normalize).

Two families, measured against each other on bench/stem_relevance.tsv (see docs/search.md):

* ``LightStemmer``: Lucene ArabicStemmer / Larkey light10 style: strip one article or
  conjunction+article prefix, then the common suffixes in a fixed order, always leaving at least
  two letters. ``extended=True`` adds the prepositional prefixes بـ/لـ/فـ/كـ before a bare word
  and feminine dual/plural suffixes (تين تان).
* ``SnowballStemmer``: PyStemmer's Snowball 'arabic' (root-ward, more aggressive).
"""

from __future__ import annotations

from typing import Protocol

# Order matters: the first matching prefix wins, so longer ones come first.
LUCENE_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل", "و")
EXTENDED_PREFIXES = ("وبال", "وكال", "ولل", "فبال", "فلل", "وال", "بال", "كال", "فال", "لل", "ال")
# Applied in this order, each at most once (as Lucene does); after normalization Lucene's ية/ة
# suffixes are يه/ه, so they appear once each.
LUCENE_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
EXTENDED_SUFFIXES = ("ها", "تين", "تان", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
MIN_STEM = 2
SINGLE_PREFIXES = ("و", "ب", "ل", "ف", "ك")


class Stemmer(Protocol):
    name: str

    def stem(self, word: str) -> str: ...


class LightStemmer:
    """Prefix/suffix stripping with a minimum stem length; pure and deterministic."""

    __slots__ = ("_prefixes", "_single", "_suffixes", "name")

    def __init__(self, *, extended: bool = False) -> None:
        self.name = "light-extended" if extended else "light"
        self._prefixes = EXTENDED_PREFIXES if extended else LUCENE_PREFIXES
        self._suffixes = EXTENDED_SUFFIXES if extended else LUCENE_SUFFIXES
        # A lone و/ب/ل/ف/ك is stripped only from words of 4+ letters: shorter ones
        # (ولد, بلد, لبن) are more often words that merely start with that letter.
        self._single = SINGLE_PREFIXES if extended else ("و",)

    def stem(self, word: str) -> str:
        return self._strip_suffixes(self._strip_prefix(word))

    def _strip_prefix(self, word: str) -> str:
        for prefix in self._prefixes:
            if len(prefix) > 1 and word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
                return word[len(prefix):]
        if len(word) >= 4 and word[0] in self._single:
            return word[1:]
        return word

    def _strip_suffixes(self, word: str) -> str:
        for suffix in self._suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
        return word


class SnowballStemmer:
    """PyStemmer's Snowball Arabic; the C stemmer keeps its own small cache."""

    __slots__ = ("_stemmer", "name")

    def __init__(self) -> None:
        import Stemmer as pystemmer  # imported here: loading is a constructor's job

        self.name = "snowball"
        self._stemmer = pystemmer.Stemmer("arabic")

    def stem(self, word: str) -> str:
        return str(self._stemmer.stemWord(word))


class NoStemmer:
    __slots__ = ("name",)

    def __init__(self) -> None:
        self.name = "none"

    def stem(self, word: str) -> str:
        return word


STEMMERS = ("light", "light-extended", "snowball", "none")
DEFAULT_STEMMER = "light"


def make_stemmer(name: str = DEFAULT_STEMMER) -> Stemmer:
    if name == "light":
        return LightStemmer()
    if name == "light-extended":
        return LightStemmer(extended=True)
    if name == "snowball":
        return SnowballStemmer()
    if name == "none":
        return NoStemmer()
    raise ValueError(f"unknown stemmer {name!r}; choose one of {', '.join(STEMMERS)}")
