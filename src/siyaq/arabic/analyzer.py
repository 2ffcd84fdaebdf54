"""THE analyzer: one text -> index terms function, used for indexing and for queries alike.

normalize (search form) -> tokenize -> drop stopwords -> stem. Because queries go through the
very same object, a query word always meets the terms its article forms were indexed under.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from siyaq.arabic.normalize import normalize_search
from siyaq.arabic.stem import DEFAULT_STEMMER, Stemmer, make_stemmer
from siyaq.arabic.stopwords import stopword_forms
from siyaq.arabic.tokens import TOKEN_PATTERN

# Word -> term memo size. News vocabulary is Zipfian: ~50k forms cover almost every token.
CACHE_LIMIT = 200_000


@dataclass(slots=True, frozen=True)
class AnalyzedToken:
    """An index term with the span of the original word it came from."""

    term: str
    start: int
    end: int


class Analyzer:
    """Holds the stemmer, the normalized stopword set and a word -> term memo."""

    __slots__ = ("_cache", "stemmer", "stopwords")

    def __init__(self, stemmer: str | Stemmer = DEFAULT_STEMMER) -> None:
        self.stemmer = make_stemmer(stemmer) if isinstance(stemmer, str) else stemmer
        self.stopwords = frozenset(normalize_search(w) for w in stopword_forms())
        self._cache: dict[str, str] = {}

    def term(self, word: str) -> str:
        """The index term of one search-normalized word; "" for a stopword."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        term = "" if word in self.stopwords else self.stemmer.stem(word)
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()  # simple bound; refilling is cheap
        self._cache[word] = term
        return term

    def terms(self, text: str) -> list[str]:
        """Index terms of text, in order (stopwords dropped)."""
        term = self.term
        found = (term(w) for w in TOKEN_PATTERN.findall(normalize_search(text)))
        return [t for t in found if t]

    def iter_tokens(self, text: str) -> Iterator[AnalyzedToken]:
        """Terms with the spans of the original words, lazily (a snippet stops early)."""
        for match in TOKEN_PATTERN.finditer(text):
            term = self.term(normalize_search(match.group()))
            if term:
                yield AnalyzedToken(term, match.start(), match.end())

    def analyze_tokens(self, text: str) -> list[AnalyzedToken]:
        """Terms with the spans of the original words (for snippets and highlighting)."""
        return list(self.iter_tokens(text))

    def index_text(self, text: str) -> str:
        """Space-joined terms: what the full-text index stores."""
        return " ".join(self.terms(text))
