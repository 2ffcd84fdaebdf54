"""Article search on PostgreSQL (tsvector): a mixin of PostgresStore over its connection and
analyzer, with the same answers as SQLiteSearch (ts_rank with the title weighted 3)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import SearchHit
from siyaq.store.base import SearchQuery
from siyaq.store.entity_queries import Connection
from siyaq.store.postgres_text import clause_literals, name_key_sql, tsquery_literal
from siyaq.store.records import filter_clauses
from siyaq.store.search import (
    ParsedQuery,
    best_first,
    candidate_pool,
    clauses_needed,
    make_snippet,
    parse_query,
)
from siyaq.store.shared_queries import count_then_search

# ts_rank weights in the order {D, C, B, A}: title terms (A) count three times body terms (D).
_RANK_WEIGHTS = "{0.2, 0.2, 0.2, 0.6}"  # each at most 1
_HIT_COLUMNS = "a.id, a.title, a.host, a.published_at, a.data"
BYLINE_SQL = name_key_sql("(a.data::json ->> 'byline')")


class PostgresSearch:
    conn: Connection
    analyzer: Analyzer
    search_count: Callable[[SearchQuery], int]  # SharedQueries'

    def search(self, query: SearchQuery) -> list[SearchHit]:
        parsed, rows, found = self._ranked(query)
        return self._hits(parsed, rows, found)

    def search_counted(self, query: SearchQuery) -> tuple[list[SearchHit], int]:
        """A page of the hits holding every word and their total, from one statement: ranking
        the page reads every match anyway, so they are counted there (COUNT(*) OVER ()) rather
        than found again by a count of their own. A page past the end has no row to carry the
        total: only then is it counted alone."""
        parsed = parse_query(query.text, self.analyzer)
        if query.any_words or query.limit <= 0 or (parsed.empty and not query.entity):
            return count_then_search(query, self.search_count, self.search)
        tsquery = None if parsed.empty else tsquery_literal(parsed)
        rows = self._filtered(tsquery, query, total=True)
        if not rows:
            return [], self.search_count(query) if query.offset > 0 else 0
        return self._hits(parsed, [row[:-1] for row in rows], {}), int(rows[0][-1])

    def _hits(self, parsed: ParsedQuery, rows: list[tuple[Any, ...]], found: dict[str, int]
              ) -> list[SearchHit]:
        terms = parsed.positive_terms()
        return [SearchHit(
            article_id=id_, title=title, host=host,
            published_at=datetime.fromisoformat(published) if published else None,
            snippet=make_snippet("\n".join(json.loads(data)["body"]), terms, self.analyzer),
            score=float(score),
            matched=(found[id_], len(parsed.required)) if id_ in found else None)
            for id_, title, host, published, data, score in rows]

    def search_ids(self, query: SearchQuery) -> list[str]:
        """The ids of search()'s hits, in its order, without reading bodies or building
        snippets: for related(), which shows neither."""
        return [row[0] for row in self._ranked(query, columns="a.id")[1]]

    def _ranked(self, query: SearchQuery, columns: str = _HIT_COLUMNS
                ) -> tuple[ParsedQuery, list[tuple[Any, ...]], dict[str, int]]:
        """The hits' rows (id first, score last); for any_words, also id -> clauses held."""
        parsed = parse_query(query.text, self.analyzer)
        if query.limit <= 0 or (parsed.empty and not query.entity):
            return parsed, [], {}
        if not query.any_words:
            tsquery = None if parsed.empty else tsquery_literal(parsed)
            return parsed, self._filtered(tsquery, query, columns), {}
        needed = clauses_needed(parsed)
        if needed is None:
            return parsed, [], {}
        # The pool is read from the top (no offset); a page of best matches is cut from it.
        pool = replace(query, limit=candidate_pool(query.offset + query.limit), offset=0)
        rows = self._filtered(tsquery_literal(parsed, any_words=True), pool, columns,
                              clause_literals(parsed))
        found = {str(row[0]): int(row[-1]) for row in rows}
        best = best_first(found, [(str(row[0]), float(row[-2])) for row in rows], needed,
                          query.offset + query.limit)[query.offset:]
        by_id = {str(row[0]): row[:-1] for row in rows}
        return parsed, [by_id[id_] for id_, _ in best], found

    def _every_word(self, parsed: ParsedQuery) -> str:
        """The tsquery of articles holding every word (SharedQueries.search_count)."""
        return tsquery_literal(parsed)

    def _filtered(self, tsquery: str | None, query: SearchQuery,
                  columns: str = _HIT_COLUMNS, counted: list[str] | None = None,
                  total: bool = False) -> list[tuple[Any, ...]]:
        """A page of the best matches with the filters applied, ranked by ts_rank (title × 3);
        without words, every article passing the filters, newest first. With ``counted``
        (tsqueries), a last column says how many of them each article matches; with
        ``total``, how many articles match (on every row).

        The page is cut from the ids and ranks alone; only its rows are then read whole and
        matched clause by clause. PostgreSQL leaves such columns until after the sort only in
        some plans: joined to an entity's articles it unpacked the terms of every article
        holding any word once more for each clause (best matches of `هيئة الأمر بالمعروف` with
        `دونالد ترامب` on ANT: 1,214 articles, 38,878 buffers read, 28,810 now)."""
        source, where = self._matching(tsquery, query)
        rank = "0.0" if tsquery is None else f"ts_rank('{_RANK_WEIGHTS}', a.terms, q.query)"
        # The window is counted over every match, before ORDER BY and LIMIT cut the page.
        window = ", COUNT(*) OVER () AS total" if total else ""
        page = (f"SELECT a.id, a.sort_time, {rank} AS r{window}{source}"
                " ORDER BY r DESC, a.sort_time DESC NULLS LAST, a.id LIMIT ? OFFSET ?")
        found = "".join(" + CAST(a.terms @@ CAST(? AS tsquery) AS INTEGER)"
                        for _ in counted or ())
        sql = (f"SELECT {columns}, p.r" + (f", 0{found} AS found" if counted else "")
               + (", p.total" if total else "")
               + f" FROM ({page}) p JOIN articles a ON a.id = p.id"
               " ORDER BY p.r DESC, p.sort_time DESC NULLS LAST, p.id")
        params = [*(counted or ()), *where, query.limit, max(query.offset, 0)]
        return list(self.conn.execute(sql, tuple(params)).fetchall())

    def _matching(self, tsquery: str | None, query: SearchQuery) -> tuple[str, list[object]]:
        """(" FROM … WHERE …", parameters): the articles matching the tsquery (every article
        without one) and the query's filters; search() ranks them, search_count() counts
        them."""
        if tsquery is None:
            source, params = " FROM articles a WHERE TRUE", []
        else:
            source = " FROM articles a, CAST(? AS tsquery) AS q(query) WHERE a.terms @@ q.query"
            params = [tsquery]
        filters, values = filter_clauses(query, entity_articles_sql, BYLINE_SQL)
        return source + filters, params + values


def entity_articles_sql(more_keys: int = 0) -> str:
    """records.entity_filter_sql for PostgreSQL: the same parameters, the same articles.

    Given that SQL, the planner joined its key subquery to each matching article's mentions,
    row by row, misjudging the rows: for each article naming a common place it read every
    mention of that place (`الولايات المتحدة` with `دونالد ترامب` on ANT ran for minutes).
    ARRAY() makes the keys a list computed once, then read from the index of mentions by key.
    The name's key and its record's keys are taken as they are (an article mentions one only
    where a mention holds it); only the variants' canonical keys and the twin are looked up."""
    return (
        "SELECT article_id FROM mentions WHERE canonical_key = ANY (ARRAY("
        "SELECT CAST(? AS TEXT) UNION SELECT canonical_key FROM mentions WHERE text_key = ?"
        + " UNION SELECT CAST(? AS TEXT)" * more_keys
        + " UNION (SELECT canonical_key FROM mentions WHERE canonical_key = ?"
        " AND type <> 'PERS' AND NOT EXISTS ("
        "SELECT 1 FROM mentions WHERE canonical_key = ? AND type = 'PERS') LIMIT 1)))"
    )
