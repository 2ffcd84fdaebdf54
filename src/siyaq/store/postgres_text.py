"""siyaq's analyzer terms as PostgreSQL tsvector and tsquery literals.

The literals are built here, term by term, instead of calling to_tsvector(): PostgreSQL's
parsers and dictionaries would split and fold Arabic differently from siyaq.arabic.analyzer,
and search must find the same articles in both stores. Analyzer terms hold only letters and
digits; each is still quoted and escaped, so no input can change a literal's structure.
"""

from __future__ import annotations

from siyaq.arabic.normalize import CONTROLS, DIACRITICS, DIGIT_PAIRS, LETTER_PAIRS, TATWEEL
from siyaq.store.search import ParsedQuery

# PostgreSQL limits: a tsvector is at most 1 MB; positions above 16383 are clamped and a term
# keeps 256 of them, both silently. A 5 MB one-line page must still be indexed.
MAX_TERMS = 60_000  # words indexed per text; the raw page and full body stay stored


def tsvector_literal(terms: list[str]) -> str:
    """Each distinct term with its positions (1-based), e.g. ``'a':1,3 'b':2``. Weights are set
    in SQL (setweight on the title's vector, whose || with the body's shifts the body's
    positions past the title's)."""
    positions: dict[str, list[int]] = {}
    for position, term in enumerate(terms[:MAX_TERMS], 1):
        found = positions.get(term)
        if found is None:
            positions[term] = [position]
        else:
            found.append(position)
    return " ".join([f"{_quote(term)}:{','.join(map(str, places))}"
                     for term, places in positions.items()])


def tsquery_literal(query: ParsedQuery, any_words: bool = False) -> str:
    """Required clauses joined by & (by | for any_words), excluded ones by & !; a phrase's
    words by <-> (adjacent)."""
    required = [_clause(clause) for clause in query.required]
    parts = ["(" + " | ".join(required) + ")"] if any_words else required
    parts += [f"!{_clause(clause)}" for clause in query.excluded]
    return " & ".join(parts)


def clause_literals(query: ParsedQuery) -> list[str]:
    """Each required clause alone, to count how many an article holds."""
    return [_clause(clause) for clause in query.required]


def _clause(terms: list[str]) -> str:
    return "(" + " <-> ".join(_quote(term) for term in terms) + ")"


def _quote(term: str) -> str:
    if term.isalnum():  # what the analyzer makes: nothing to escape
        return f"'{term}'"
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsvector_terms(terms: str) -> str:
    """The tsvector literal of prepared terms (records.Prepared: Analyzer.index_text output,
    space-joined, as SQLite's FTS stores them). The same literal put_records made from the text
    itself, since it analyzed the text into exactly these terms."""
    return tsvector_literal(terms.split())


def name_key_sql(expression: str) -> str:
    """normalize.name_key in SQL over a text expression: lower case, the search letters and
    digits mapped and the invisible marks deleted by one translate(), any run of spaces one
    space. Presentation-form glyphs (NFKC in Python) are left as they are: the one rule SQL
    cannot apply letter for letter (ﻻ is two letters)."""
    mapped = LETTER_PAIRS + DIGIT_PAIRS + (("\u00a0", " "),)
    source = "".join(old for old, _ in mapped) + CONTROLS + TATWEEL + DIACRITICS
    target = "".join(new for _, new in mapped)  # translate() deletes the characters past it
    folded = f"translate(lower({expression}), '{source}', '{target}')"
    return f"btrim(regexp_replace({folded}, '\\s+', ' ', 'g'))"
