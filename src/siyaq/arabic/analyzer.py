"""THE analyzer: one text -> index terms function, used for indexing and for queries alike.

normalize (search form) -> tokenize -> drop stopwords -> stem. Because queries go through the
very same object, a query word always meets the terms its article forms were indexed under.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from siyaq.arabic.normalize import name_key, normalize_search, normalize_search_cased
from siyaq.arabic.stem import DEFAULT_STEMMER, Stemmer, make_stemmer
from siyaq.arabic.stopwords import search_stopwords
from siyaq.arabic.tokens import TOKEN_PATTERN, WORD_RUN, normalized_words
from siyaq.memo import remembered

# Word -> term memo size. News vocabulary is Zipfian: ~50k forms cover almost every token.
CACHE_LIMIT = 200_000
# Bump when normalization or tokenization rules change: stored archives then reindex (see
# Analyzer.fingerprint). Stemmer and stopword changes are seen without a bump.
RULES_VERSION = 1


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

    __slots__ = ("_cache", "_name_keys", "_raw_cache", "_run_cache", "stemmer", "stopwords")

    def __init__(self, stemmer: str | Stemmer = DEFAULT_STEMMER) -> None:
        self.stemmer = make_stemmer(stemmer) if isinstance(stemmer, str) else stemmer
        self.stopwords = search_stopwords()
        self._cache: dict[str, str] = {}  # normalized word -> term ("" for a stopword)
        self._raw_cache: dict[str, tuple[str, ...]] = {}  # original token -> its terms
        self._run_cache: dict[str, str] = {}  # normalized \\w+ run -> space-joined terms
        self._name_keys: dict[str, str] = {}  # entity or speaker name -> name_key()

    def fingerprint(self) -> str:
        """Identifies what terms this analyzer makes: an archive indexed under another
        fingerprint must be reindexed before its search can be trusted."""
        parts = [f"rules {RULES_VERSION}", f"stemmer {self.stemmer.name}",
                 *sorted(getattr(self.stemmer, "whole_stems", ())), "|", *sorted(self.stopwords)]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]

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

    def name_key(self, name: str) -> str:
        """normalize.name_key(name), remembered: storing an article keys each of its ~40
        mentions, and the same names recur from article to article."""
        return remembered(self._name_keys, name, name_key, CACHE_LIMIT)

    def terms(self, text: str) -> list[str]:
        """Index terms of text, in order (stopwords dropped)."""
        return self.index_text(text).split()

    def index_text(self, text: str) -> str:
        """Space-joined terms: what the full-text index stores.

        The hot path of indexing. Runs of word characters are looked up in a memo of their
        space-joined terms with map (the loop runs in C); only runs never seen before go
        through Python, and news vocabulary repeats, so that is rare."""
        runs = WORD_RUN.findall(normalize_search_cased(text))
        found: list[str | None] = list(map(self._run_cache.get, runs))
        if None in found:
            new = self._new_run
            found = [t if t is not None else new(r) for t, r in zip(found, runs, strict=True)]
        return " ".join(filter(None, found))

    def _new_run(self, run: str) -> str:
        """Space-joined terms of one \\w+ run of normalized text (usually one word)."""
        run_lower = run.lower()
        words = [run_lower] if run_lower.isalpha() else normalized_words(run_lower)
        joined = " ".join(t for t in map(self.term, words) if t)
        if len(self._run_cache) >= CACHE_LIMIT:
            self._run_cache.clear()
        self._run_cache[run] = joined
        return joined

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

