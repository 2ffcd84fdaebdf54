"""Article search on SQLite (FTS5): a mixin of SQLiteStore over its connection and analyzer.

All words ranked by bm25, or with any_words the best matches (articles holding most of the
words, docs/search.md); the date, source and entity filters are records.filter_clauses.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import SearchHit
from siyaq.store.base import SearchQuery
from siyaq.store.entity_queries import Connection
from siyaq.store.records import filter_clauses
from siyaq.store.search import (
    ParsedQuery,
    best_first,
    candidate_pool,
    clauses_in,
    clauses_needed,
    fts_expression,
    make_snippet,
    parse_query,
)


class SQLiteSearch:
    conn: Connection
    analyzer: Analyzer

    def search(self, query: SearchQuery) -> list[SearchHit]:
        parsed, ranked, found = self._ranked(query)
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        rows = {row[0]: row[1:] for row in self.conn.execute(
            "SELECT rowid, id, title, host, published_at, data FROM articles"
            f" WHERE rowid IN ({marks})", [rowid for rowid, _ in ranked])}
        terms = parsed.positive_terms()
        hits = []
        for rowid, score in ranked:
            id_, title, host, published, data = rows[rowid]
            body = "\n".join(json.loads(data)["body"])
            hits.append(SearchHit(
                article_id=id_, title=title, host=host,
                published_at=datetime.fromisoformat(published) if published else None,
                snippet=make_snippet(body, terms, self.analyzer), score=score,
                matched=(found[rowid], len(parsed.required)) if rowid in found else None))
        return hits

    def search_ids(self, query: SearchQuery) -> list[str]:
        """The ids of search()'s hits, in its order, without reading bodies or building
        snippets (most of a search's cost): for related(), which shows neither."""
        ranked = self._ranked(query)[1]
        if not ranked:
            return []
        marks = ",".join("?" * len(ranked))
        ids = dict(self.conn.execute(f"SELECT rowid, id FROM articles WHERE rowid IN ({marks})",
                                     [rowid for rowid, _ in ranked]).fetchall())
        return [ids[rowid] for rowid, _ in ranked]

    def _ranked(self, query: SearchQuery
                ) -> tuple[ParsedQuery, list[tuple[int, float]], dict[int, int]]:
        """(rowid, score) of the hits; for any_words, also rowid -> clauses held."""
        parsed = parse_query(query.text, self.analyzer)
        if query.limit <= 0 or (parsed.empty and not query.entity):
            return parsed, [], {}
        if query.any_words:
            return self._best_matches(parsed, query)
        # No words but an entity: every article that mentions it, newest first.
        expression = None if parsed.empty else fts_expression(parsed)
        return parsed, self._filtered(expression, query), {}

    def _every_word(self, parsed: ParsedQuery) -> str:
        """The FTS5 expression of articles holding every word (SharedQueries.search_count)."""
        return fts_expression(parsed)

    def _best_matches(self, parsed: ParsedQuery, query: SearchQuery
                      ) -> tuple[ParsedQuery, list[tuple[int, float]], dict[int, int]]:
        needed = clauses_needed(parsed)
        if needed is None:
            return parsed, [], {}
        # The pool is read from the top (no offset); a page of best matches is cut from it.
        pool = replace(query, limit=candidate_pool(query.offset + query.limit), offset=0)
        # An article holding `needed` of n clauses holds one of any n - needed + 1 of them:
        # asking for the rarest only finds the same articles without ranking every article
        # that holds a common word.
        rarest = self._rarest_first(parsed)[: len(parsed.required) - needed + 1]
        ranked = self._filtered(fts_expression(replace(parsed, required=rarest),
                                               any_words=True), pool)
        if not ranked:
            return parsed, [], {}
        found = self._clauses_held(parsed, [rowid for rowid, _ in ranked])
        best = best_first(found, ranked, needed, query.offset + query.limit)
        return parsed, best[query.offset:], found

    def _filtered(self, expression: str | None, query: SearchQuery) -> list[tuple[int, float]]:
        """(rowid, score) of a page of the best matches, filters applied; only small columns
        are read.

        bm25() with explicit weights (title 3, body 1) costs less than the configured rank
        column; bm25 is lower-is-better, the score is its negation. Without an expression
        every article passing the filters matches, newest first, with score 0. Ties are
        broken by rowid, so that pages cut from the same order never overlap."""
        source, params = self._matching(expression, query)
        if expression is None:
            sql = f"SELECT a.rowid, 0.0 AS r{source} ORDER BY a.sort_time DESC, a.rowid DESC"
        else:
            sql = f"SELECT f.rowid, bm25(article_fts, 3.0, 1.0) AS r{source} ORDER BY r, f.rowid"
        params += [query.limit, max(query.offset, 0)]
        return [(int(rowid), -float(r))
                for rowid, r in self.conn.execute(f"{sql} LIMIT ? OFFSET ?", params)]

    def _matching(self, expression: str | None, query: SearchQuery
                  ) -> tuple[str, list[object]]:
        """(" FROM … WHERE …", parameters): the articles matching the FTS expression (every
        article without one) and the query's filters; search() ranks them, search_count()
        counts them.

        The articles table is joined only when a filter reads it: every FTS row is an
        article's (same rowid, written and replaced with it, never deleted alone), and looking
        up each match's article row, a page of its own, cost more than the match itself (a
        count of the 6,015 articles holding `الولايات المتحدة`: 10.4 ms joined, 2.6 ms not)."""
        filters, values = filter_clauses(query)
        if expression is None:
            return " FROM articles a WHERE 1" + filters, values
        # CROSS JOIN: the matches first, then their article rows. Left to choose, SQLite walked
        # an outlet's articles by host and ran the FTS match once for each (a count of
        # `السعودية` at one outlet of ANT: 2.5 s, against 0.06 s so).
        joined = " CROSS JOIN articles a ON a.rowid = f.rowid" if filters else ""
        return (f" FROM article_fts f{joined} WHERE article_fts MATCH ?{filters}",
                [expression, *values])

    def _clauses_held(self, parsed: ParsedQuery, rowids: list[int]) -> dict[int, int]:
        """How many of the query's clauses each candidate holds, read from the index's own
        term texts (the pool is at most 300 rows)."""
        marks = ",".join("?" * len(rowids))
        return {int(rowid): clauses_in(parsed, title, body) for rowid, title, body in
                self.conn.execute(f"SELECT rowid, title, body FROM article_fts"
                                  f" WHERE rowid IN ({marks})", rowids)}

    def _rarest_first(self, parsed: ParsedQuery) -> list[list[str]]:
        """The query's clauses, those in the fewest articles first (a phrase by its rarest
        word), from FTS5's own vocabulary."""
        self.conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_vocab"
                          " USING fts5vocab(main, article_fts, 'row')")
        counts: dict[str, int] = {}
        for term in parsed.positive_terms():
            row = self.conn.execute(
                "SELECT doc FROM temp.article_vocab WHERE term = ?", (term,)).fetchone()
            counts[term] = int(row[0]) if row else 0
        return sorted(parsed.required, key=lambda clause: min(counts[t] for t in clause))
