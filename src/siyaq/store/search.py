"""The user query language and snippets, independent of any SQL engine.

Syntax (docs/search.md): words must all match (every form of a word, through the analyzer);
"a phrase" in double quotes matches those words in a row; -word or -"a phrase" excludes.
Anything else (unbalanced quotes, FTS operators, column filters, brackets) is just text: every
term handed to FTS5 comes out of our analyzer and is quoted here, so no input can change the
structure of the FTS expression.
"""

from __future__ import annotations

import html
import re
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import TypeVar

from siyaq.arabic.analyzer import AnalyzedToken, Analyzer
from siyaq.arabic.tokens import TOKEN_PATTERN

# A quoted phrase (possibly negated) or a bare word (possibly negated). An unbalanced quote
# matches neither alternative and is skipped, so `"abc` searches abc.
_CLAUSE = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')
MAX_CLAUSES = 32  # a pasted paragraph must not become a 500-term AND query
SNIPPET_BEFORE = 8  # words of context before the first match
SNIPPET_WORDS = 30  # words in the whole window
EDGE_CHARS = 10  # punctuation kept at an uncut edge of the text
Key = TypeVar("Key", int, str)  # a store's key of an article (SQLite rowid, PostgreSQL id)


@dataclass(slots=True)
class ParsedQuery:
    """Each clause is a list of index terms: one term is a word, several are a phrase."""

    required: list[list[str]] = field(default_factory=list)
    excluded: list[list[str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Nothing to match positively: only stopwords, only exclusions, or no text at all."""
        return not self.required

    def positive_terms(self) -> set[str]:
        return {term for clause in self.required for term in clause}


def parse_query(text: str, analyzer: Analyzer) -> ParsedQuery:
    query = ParsedQuery()
    for match in _CLAUSE.finditer(text):
        negated = bool(match.group(1) or match.group(3))
        raw = match.group(2) if match.group(2) is not None else match.group(4)
        terms = analyzer.terms(raw)
        if not terms:
            continue  # stopwords or pure punctuation
        target = query.excluded if negated else query.required
        if len(target) < MAX_CLAUSES and terms not in target:
            target.append(terms)
    return query


def _quoted(terms: list[str]) -> str:
    # Analyzer terms hold only letters and digits; doubling quotes is belt and braces.
    return '"' + " ".join(t.replace('"', '""') for t in terms) + '"'


def fts_expression(query: ParsedQuery, any_words: bool = False) -> str:
    """The FTS5 MATCH string: quoted clauses joined by AND (by OR for any_words), exclusions
    by NOT."""
    expression = (" OR " if any_words else " AND ").join(_quoted(c) for c in query.required)
    if any_words:
        expression = f"({expression})"
    for clause in query.excluded:
        expression += " NOT " + _quoted(clause)
    return expression


def clauses_needed(query: ParsedQuery) -> int | None:
    """How many of its clauses a best match must hold: half, two at least; None when that is
    all of them (a query of one or two words has no best matches beyond its all-words hits)."""
    needed = max(2, -(-len(query.required) // 2))
    return needed if needed < len(query.required) else None


def candidate_pool(limit: int) -> int:
    """Best-match candidates read (by OR rank) to keep ``limit`` holding the most clauses."""
    return min(max(3 * limit, 30), 300)


def clauses_in(query: ParsedQuery, *indexed: str) -> int:
    """How many required clauses indexed term texts hold (a phrase: its terms in a row)."""
    padded = [f" {text} " for text in indexed]  # substring search: no split of long bodies
    return sum(any(f" {' '.join(clause)} " in text for text in padded)
               for clause in query.required)


def best_first(found: dict[Key, int], ranked: list[tuple[Key, float]], needed: int,
               limit: int) -> list[tuple[Key, float]]:
    """Candidates holding at least ``needed`` clauses, the most first, then by score."""
    kept = [item for item in ranked if found.get(item[0], 0) >= needed]
    kept.sort(key=lambda item: (-found[item[0]], -item[1]))
    return kept[:limit]


def make_snippet(text: str, terms: set[str], analyzer: Analyzer) -> str:
    """A window of the original text around the first matched word, matches in <mark>,
    everything else HTML-escaped. Falls back to the text's opening words without a match."""
    before: deque[AnalyzedToken] = deque(maxlen=SNIPPET_BEFORE)
    window: list[tuple[AnalyzedToken, bool]] = []
    for token in analyzer.iter_tokens(text):
        hit = token.term in terms
        if not window and not hit:
            before.append(token)
            continue
        if not window:
            window = [(t, False) for t in before]
        window.append((token, hit))
        if len(window) >= SNIPPET_WORDS:
            break
    if not window:
        window = [(t, False) for t in islice(analyzer.iter_tokens(text), SNIPPET_WORDS)]
    return _render(text, window)


def _render(text: str, window: list[tuple[AnalyzedToken, bool]]) -> str:
    if not window:
        return _escape(text[:200])
    start, end = window[0][0].start, window[-1][0].end
    cut_before, cut_after = _has_word(text, 0, start), _has_word(text, end, len(text))
    # Where no word was cut, keep the edge punctuation («, ».) instead of an ellipsis.
    if not cut_before:
        start = max(0, start - EDGE_CHARS)
    if not cut_after:
        end = min(len(text), end + EDGE_CHARS)
    parts = ["…"] if cut_before else []
    cursor = start
    for token, hit in window:
        if hit:
            parts.append(_escape(text[cursor:token.start]))
            parts.append(f"<mark>{html.escape(text[token.start:token.end])}</mark>")
            cursor = token.end
    parts.append(_escape(text[cursor:end]))
    if cut_after:
        parts.append("…")
    return "".join(parts).strip()


def _escape(text: str) -> str:
    """HTML-escaped, paragraph breaks shown as spaces (a snippet is one line)."""
    return html.escape(text).replace("\n", " ")


def _has_word(text: str, start: int, end: int) -> bool:
    """An ellipsis only where words were cut, not for a trailing full stop."""
    return TOKEN_PATTERN.search(text, start, end) is not None
