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
from siyaq.arabic.tokens import TOKEN_PATTERN, normalized_words

# Word -> term memo size. News vocabulary is Zipfian: ~50k forms cover almost every token.
CACHE_LIMIT = 200_000


@dataclass(slots=True, frozen=True)
class AnalyzedToken:
    """An index term with the span of the original word it came from."""

    term: str
    start: int
    end: int


class Analyzer:
    """Holds the stemmer, the normalized stopword set and word -> term memos.

    One instance per process or worker: the memos make repeated words (most of them) a dict
    lookup, and they are bounded."""

    __slots__ = ("_cache", "_raw_cache", "stemmer", "stopwords")

    def __init__(self, stemmer: str | Stemmer = DEFAULT_STEMMER) -> None:
        self.stemmer = make_stemmer(stemmer) if isinstance(stemmer, str) else stemmer
        self.stopwords = frozenset(normalize_search(w) for w in stopword_forms())
        self._cache: dict[str, str] = {}  # normalized word -> term ("" for a stopword)
        self._raw_cache: dict[str, tuple[str, ...]] = {}  # original token -> its terms

    def term(self, word: str) -> str:
        """The index term of one search-normalized word; "" for a stopword."""
        cached = self._cache.get(word)
        return cached if cached is not None else self._new_term(word)

    def _new_term(self, word: str) -> str:
        term = "" if word in self.stopwords else self.stemmer.stem(word)
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()  # simple bound; refilling is cheap
        self._cache[word] = term
        return term

    def terms(self, text: str) -> list[str]:
        """Index terms of text, in order (stopwords dropped)."""
        # The hot path of indexing: map runs the per-word cache lookup in C; only words never
        # seen before go through Python (news vocabulary repeats, so that is rare).
        words = normalized_words(normalize_search(text))
        found: list[str | None] = list(map(self._cache.get, words))
        if None in found:
            term = self.term
            found = [t if t is not None else term(w) for t, w in zip(found, words, strict=True)]
        return [t for t in found if t]

    def iter_tokens(self, text: str) -> Iterator[AnalyzedToken]:
        """Terms with the spans of the original words, lazily (a snippet stops early)."""
        raw_get = self._raw_cache.get
        for match in TOKEN_PATTERN.finditer(text):
            raw = match.group()
            terms = raw_get(raw)
            if terms is None:
                terms = self._raw_terms(raw)
            for term in terms:
                yield AnalyzedToken(term, match.start(), match.end())

    def _raw_terms(self, raw: str) -> tuple[str, ...]:
        """Terms of one original token (usually one; a ligature like ﷺ gives several)."""
        word = normalize_search(raw)
        parts = (word,) if word.isalpha() or word.isdecimal() else normalized_words(word)
        terms = tuple(t for t in map(self.term, parts) if t)
        if len(self._raw_cache) >= CACHE_LIMIT:
            self._raw_cache.clear()
        self._raw_cache[raw] = terms
        return terms

    def analyze_tokens(self, text: str) -> list[AnalyzedToken]:
        """Terms with the spans of the original words (for snippets and highlighting)."""
        return list(self.iter_tokens(text))

    def index_text(self, text: str) -> str:
        """Space-joined terms: what the full-text index stores."""
        return " ".join(self.terms(text))
