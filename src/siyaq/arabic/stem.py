"""Stemmers for search. Input words are already in search form (siyaq.arabic.normalize).

Two families, measured against each other on bench/stem_relevance.tsv (see docs/search.md):

* ``LightStemmer``: Lucene ArabicStemmer / Larkey light10 style: strip one article or
  conjunction+article prefix, then the common suffixes in a fixed order, always leaving at least
  two letters. ``extended=True`` (the default) adds و/ف + بال/كال/لل prefixes, بـ/فـ/كـ/لـ
  before an alef (لإسقاط), feminine duals (تين تان) and the ta marbuta written ت before a
  pronoun (حكومته = حكومة + ه).
* ``SnowballStemmer``: PyStemmer's Snowball 'arabic' (root-ward, more aggressive).
"""

from __future__ import annotations

from typing import Protocol

# Order matters: the first matching prefix wins, so longer ones come first.
LUCENE_PREFIXES = ("ال", "وال", "بال", "كال", "فال", "لل")
EXTENDED_PREFIXES = ("وبال", "وكال", "ولل", "فبال", "فلل", "وال", "بال", "كال", "فال", "لل", "ال")
# Suffixes after which a stem-final ت was a ta marbuta: حكومته -> حكومت -> حكوم (= حكومة).
PRONOUN_SUFFIXES = ("ها", "هم", "ه")
# Applied in this order, each at most once (as Lucene does); after normalization Lucene's ية/ة
# suffixes are يه/ه, so they appear once each.
LUCENE_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
EXTENDED_SUFFIXES = ("ها", "تين", "تان", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
MIN_STEM = 2
# Longer "words" are not stemmed, only kept as they are. No word of a news text comes near it:
# in all 31,030 SaudiNewsNet articles the longest words have 18 letters (الكورتيكوستيرويدات),
# words glued together 26 (الشعبالسعوديكلهقواتالطواري) and the longest token is a 32-character
# hex digest, so no real article's terms change. Snowball strips a repeated suffix letter one
# at a time, moving the rest of the word each time: 'ك' * 800,000 took 78 s in stemWord;
# 40 letters take microseconds.
MAX_STEMMED = 40


class Stemmer(Protocol):
    name: str

    def stem(self, word: str) -> str: ...


class LightStemmer:
    """Prefix/suffix stripping with a minimum stem length; pure and deterministic."""

    __slots__ = ("_extended", "_prefixes", "_suffixes", "_whole_stems", "name")

    def __init__(self, *, extended: bool = False,
                 whole_stems: frozenset[str] = frozenset()) -> None:
        self.name = "light-extended" if extended else "light"
        self._prefixes = EXTENDED_PREFIXES if extended else LUCENE_PREFIXES
        self._suffixes = EXTENDED_SUFFIXES if extended else LUCENE_SUFFIXES
        self._extended = extended
        # Stems whose seeming prefix belongs to the word (arabic.whole_words): وزير، وكال.
        self._whole_stems = whole_stems

    @property
    def whole_stems(self) -> frozenset[str]:
        return self._whole_stems

    @property
    def prefixes(self) -> tuple[str, ...]:
        return self._prefixes

    def stem(self, word: str) -> str:
        if self._whole_stems:
            whole = self.strip_suffixes(word)
            if whole in self._whole_stems:
                return whole
        stripped = self._strip_prefix(word)
        if stripped is not word:
            return self.strip_suffixes(stripped)
        stripped = self._lone_waw(word)
        if stripped is not word or not self._extended:
            return self.strip_suffixes(stripped)
        return self._lone_prefix(self.strip_suffixes(word))

    def _strip_prefix(self, word: str) -> str:
        for prefix in self._prefixes:
            if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
                return word[len(prefix):]
        return word

    @staticmethod
    def _lone_waw(word: str) -> str:
        """Lucene strips a lone و from words of 4+ letters (وقال -> قال)."""
        return word[1:] if len(word) >= 4 and word[0] == "و" else word

    @staticmethod
    def _lone_prefix(stem: str) -> str:
        """Extended: after the suffixes, ب/ف/ك/ل before an alef (لإسقاط, بإيران) leaves when at
        least 3 letters remain (4 after ل: لاعب, لاجئ begin with لا). Before other letters
        they are too often the word's own first letter (كتاب, لبنان, بلد)."""
        if len(stem) >= 4 and stem[0] in "بفك" and stem[1] == "ا":
            return stem[1:]
        if len(stem) >= 5 and stem[0] == "ل" and stem[1] == "ا":
            return stem[1:]
        return stem

    def strip_suffixes(self, word: str) -> str:
        pronoun = False
        for suffix in self._suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
                word = word[: -len(suffix)]
                pronoun = pronoun or suffix in PRONOUN_SUFFIXES
        if self._extended and pronoun and word.endswith("ت") and len(word) >= 4:
            word = word[:-1]
        return word


class SnowballStemmer:
    """PyStemmer's Snowball Arabic; the C stemmer keeps its own small cache. A word longer than
    MAX_STEMMED letters is its own stem (Snowball's time grows with the square of its length)."""

    __slots__ = ("_stemmer", "name")

    def __init__(self) -> None:
        import Stemmer as pystemmer  # imported here: loading is a constructor's job

        self.name = "snowball"
        self._stemmer = pystemmer.Stemmer("arabic")

    def stem(self, word: str) -> str:
        return word if len(word) > MAX_STEMMED else str(self._stemmer.stemWord(word))


class NoStemmer:
    __slots__ = ("name",)

    def __init__(self) -> None:
        self.name = "none"

    def stem(self, word: str) -> str:
        return word


STEMMERS = ("light", "light-extended", "snowball", "none")
DEFAULT_STEMMER = "light-extended"  # best on bench/stem_relevance.tsv; docs/search.md


def make_stemmer(name: str = DEFAULT_STEMMER) -> Stemmer:
    if name == "light":
        return LightStemmer()
    if name == "light-extended":
        from siyaq.arabic.whole_words import load_whole_stems

        return LightStemmer(extended=True, whole_stems=load_whole_stems())
    if name == "snowball":
        return SnowballStemmer()
    if name == "none":
        return NoStemmer()
    raise ValueError(f"unknown stemmer {name!r}; choose one of {', '.join(STEMMERS)}")
