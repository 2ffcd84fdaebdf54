"""siyaq's analyzer terms as PostgreSQL tsvector and tsquery literals.

The literals are built here, term by term, instead of calling to_tsvector(): PostgreSQL's
parsers and dictionaries would split and fold Arabic differently from siyaq.arabic.analyzer,
and search must find the same articles in both stores. Analyzer terms hold only letters and
digits; each is still quoted and escaped, so no input can change a literal's structure.
"""

from __future__ import annotations

from siyaq.store.search import ParsedQuery

# PostgreSQL limits: positions run to 16383 (larger ones are clamped), a lexeme keeps at most
# 256 positions, and a tsvector is at most 1 MB. A 5 MB one-line page must still be indexed.
MAX_POSITION = 16383
MAX_POSITIONS_PER_TERM = 255
MAX_TERMS = 60_000  # words indexed per article; the raw page and full body stay stored


def tsvector_literal(title_terms: list[str], body_terms: list[str]) -> str:
    """Title terms at weight A (ranked 3× in search), body terms at weight D."""
    positions: dict[str, list[str]] = {}
    position = 0
    for weight, terms in (("A", title_terms), ("D", body_terms)):
        for term in terms:
            if position >= MAX_TERMS:
                break
            position += 1
            found = positions.setdefault(term, [])
            if len(found) < MAX_POSITIONS_PER_TERM:
                found.append(f"{min(position, MAX_POSITION)}{weight}")
    return " ".join(f"{_quote(term)}:{','.join(places)}" for term, places in positions.items())


def tsquery_literal(query: ParsedQuery) -> str:
    """Required clauses joined by &, excluded ones by & !; a phrase's words by <-> (adjacent)."""
    parts = [_clause(clause) for clause in query.required]
    parts += [f"!{_clause(clause)}" for clause in query.excluded]
    return " & ".join(parts)


def _clause(terms: list[str]) -> str:
    return "(" + " <-> ".join(_quote(term) for term in terms) + ")"


def _quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"
