"""Reads both SQL stores answer with the same SQL: articles, raw pages, failures, stories.

Written with ``?`` placeholders over the tables both schemas share (the PostgreSQL connection
adapter translates them); the stores add what differs: writes, full-text search, transactions.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

from siyaq.model import Article, ContentType, Page, SearchHit, Story
from siyaq.serialize import article_from_dict
from siyaq.store.base import SearchQuery, StoredPage, StoryQuery
from siyaq.store.entity_queries import EntityQueries
from siyaq.store.records import Prepared, sort_key, story_from_json, unpack_content
from siyaq.store.search import ParsedQuery, parse_query

CHUNK = 500  # articles read per query when iterating


def count_then_search(query: SearchQuery, count: Callable[[SearchQuery], int],
                      search: Callable[[SearchQuery], list[SearchHit]]
                      ) -> tuple[list[SearchHit], int]:
    """The total, then the page when there is one (Store.search_counted)."""
    total = count(query)
    return (search(query) if total and query.offset < total else []), total


class SharedQueries(EntityQueries):
    def search_count(self, query: SearchQuery) -> int:
        """How many articles search() pages through for the query holding every word (or,
        without words, mentioning its entity): the same FROM and WHERE as its hits (each
        store's _matching), never limit, offset nor any_words."""
        parsed = parse_query(query.text, self.analyzer)
        if parsed.empty and not query.entity:
            return 0
        source, params = self._matching(None if parsed.empty else self._every_word(parsed),
                                        query)
        return int(self.conn.execute(f"SELECT COUNT(*){source}", params).fetchone()[0])

    def search_counted(self, query: SearchQuery) -> tuple[list[SearchHit], int]:
        """Two statements (SQLite's count reads the FTS table alone, p50 0.2 ms on ANT;
        PostgresSearch answers both in one)."""
        return count_then_search(query, self.search_count, self.search)

    def search(self, query: SearchQuery) -> list[SearchHit]:
        """Each store's full-text search (SQLiteSearch, PostgresSearch)."""
        raise NotImplementedError

    def _every_word(self, parsed: ParsedQuery) -> str:
        """The store's full-text expression of articles holding every word of the query."""
        raise NotImplementedError

    def _matching(self, expression: str | None, query: SearchQuery) -> tuple[str, list[object]]:
        """(" FROM … WHERE …", parameters) of the articles matching the expression and the
        query's filters."""
        raise NotImplementedError

    def written_as(self, items: Sequence[Prepared]) -> set[str]:
        ids = [item.record.article.id for item in items if item.record.article is not None]
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        data = {str(id_): str(json_) for id_, json_ in self.conn.execute(
            f"SELECT id, data FROM articles WHERE id IN ({marks})", ids)}
        # As multisets: an article's rows in any order, a name mentioned twice counted twice.
        rows: defaultdict[str, Counter[tuple[object, ...]]] = defaultdict(Counter)
        for row in self.conn.execute(
                "SELECT article_id, text, text_key, canonical, canonical_key, type, sort_time"
                f" FROM mentions WHERE article_id IN ({marks})", ids):
            rows[str(row[0])][("m", *row)] += 1
        for row in self.conn.execute(
                "SELECT article_id, position, speaker_key, canonical_key, data FROM quotes"
                f" WHERE article_id IN ({marks})", ids):
            rows[str(row[0])][("q", *row)] += 1
        same: set[str] = set()
        for item in items:
            article = item.record.article
            if article is None or data.get(article.id) != item.data:
                continue
            prepared = Counter(("m", *row) for row in item.mentions)
            prepared.update(("q", article.id, position, speaker, canonical, quote)
                            for position, speaker, canonical, quote, _ in item.quotes)
            if rows[article.id] == prepared:
                same.add(article.id)
        return same

    def has_content(self, content_hash: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM pages WHERE content_hash = ?", (content_hash,)).fetchone() is not None

    def article_times(self, article_ids: list[str]) -> dict[str, datetime | None]:
        """relate's time of each stored article among the ids (published_at, else fetched_at,
        as naive wall time, as relate.features.article_time), without decoding the articles."""
        found: dict[str, datetime | None] = {}
        for start in range(0, len(article_ids), CHUNK):
            for article_id, published, fetched in self._fetched_at_rows(
                    article_ids[start:start + CHUNK]):
                stamp = published or fetched
                found[article_id] = (datetime.fromisoformat(stamp).replace(tzinfo=None)
                                     if stamp else None)
        return found

    def _fetched_at_rows(self, chunk: list[str]) -> list[tuple[str, str | None, str | None]]:
        """(id, published_at, fetched_at) of the stored articles among the ids."""
        raise NotImplementedError

    def article_ids_published_between(self, start: datetime, end: datetime) -> list[str]:
        """The ids of articles_published_between(start, end), in its order, none decoded."""
        return [row[0] for row in self.conn.execute(
            "SELECT id FROM articles WHERE sort_time >= ? AND sort_time <= ?"
            " ORDER BY sort_time, rowid", (sort_key(start), sort_key(end))).fetchall()]

    def _article(self, sql: str, params: tuple[object, ...]) -> Article | None:
        row = self.conn.execute(sql, params).fetchone()
        return article_from_dict(json.loads(row[0])) if row else None

    def get_article(self, article_id: str) -> Article | None:
        return self._article("SELECT data FROM articles WHERE id = ?", (article_id,))

    def get_article_by_url(self, url: str) -> Article | None:
        return self._article(
            "SELECT data FROM articles WHERE url = ? ORDER BY updated_at DESC LIMIT 1", (url,))

    def iter_articles(self) -> Iterator[Article]:
        return self._chunked("TRUE", (), by_time=False)

    def articles_published_between(self, start: datetime, end: datetime) -> Iterator[Article]:
        return self._chunked("sort_time >= ? AND sort_time <= ?",
                             (sort_key(start), sort_key(end)), by_time=True)

    def _chunked(self, where: str, params: tuple[object, ...], *,
                 by_time: bool) -> Iterator[Article]:
        """Articles in pages of CHUNK rows: bounded memory on a large archive, and no cursor
        left open while the caller writes to the store between items. Keyset pagination on
        (sort_time, rowid) keeps each page an index seek."""
        keys = "sort_time, rowid" if by_time else "rowid"
        last: tuple[object, ...] | None = None
        while True:
            after = f" AND ({keys}) > ({', '.join('?' * len(last))})" if last else ""
            rows = self.conn.execute(
                f"SELECT {keys}, data FROM articles WHERE {where}{after} ORDER BY {keys}"
                f" LIMIT {CHUNK}", (*params, *(last or ()))).fetchall()
            for row in rows:
                yield article_from_dict(json.loads(row[-1]))
            if len(rows) < CHUNK:
                return
            last = tuple(rows[-1][:-1])

    def article_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def page_content(self, content_hash: str) -> bytes | None:
        """The raw bytes of a stored page, exactly as they came in."""
        row = self.conn.execute("SELECT content, compression FROM pages WHERE content_hash = ?",
                                (content_hash,)).fetchone()
        return unpack_content(bytes(row[0]), row[1]) if row else None

    def iter_stored_pages(self) -> Iterator[StoredPage]:
        # An article's current page is its latest (a changed page updates its article); the
        # hashes may differ (an HTML page's article is keyed by its canonical address).
        last = 0
        while True:
            rows = self.conn.execute(
                "SELECT p.id, p.content, p.compression, p.origin, p.url, p.content_type,"
                " p.encoding, a.data FROM pages p LEFT JOIN articles a"
                " ON a.id = p.article_id WHERE p.id > ? AND (p.article_id IS NULL OR"
                " (a.id IS NOT NULL AND p.id = (SELECT MAX(q.id) FROM pages q"
                " WHERE q.article_id = p.article_id)))"
                f" ORDER BY p.id LIMIT {CHUNK}", (last,)).fetchall()
            for _, content, compression, origin, url, kind, encoding, data in rows:
                page = Page(unpack_content(bytes(content), compression), str(origin),
                            ContentType(kind), url=url, encoding=encoding)
                article = article_from_dict(json.loads(data)) if data else None
                yield StoredPage(page, article)
            if len(rows) < CHUNK:
                return
            last = int(rows[-1][0])

    def failures(self) -> list[tuple[str, str]]:
        rows = self.conn.execute(
            "SELECT origin, error FROM pages WHERE article_id IS NULL AND error IS NOT NULL"
            " ORDER BY id").fetchall()
        return [(str(origin), str(error)) for origin, error in rows]

    def get_story(self, story_id: str) -> Story | None:
        row = self.conn.execute("SELECT data FROM stories WHERE id = ?", (story_id,)).fetchone()
        return self._story(row[0]) if row else None

    def _story(self, data: str, members: set[str] | None = None) -> Story:
        """A story with only the articles still its members (a later story may have taken some);
        `members` when the caller read them already."""
        story = story_from_json(data)
        if members is None:
            members = {a for (a,) in self.conn.execute(
                "SELECT article_id FROM story_members WHERE story_id = ?", (story.id,)).fetchall()}
        story.article_ids = [a for a in story.article_ids if a in members]
        story.copies = {a: b for a, b in story.copies.items() if a in members}
        return story

    def get_story_of(self, article_id: str) -> Story | None:
        row = self.conn.execute(
            "SELECT s.data FROM story_members m JOIN stories s ON s.id = m.story_id"
            " WHERE m.article_id = ?", (article_id,)).fetchone()
        return self._story(row[0]) if row else None

    def iter_stories(self) -> Iterator[Story]:
        # Every story's members in one query, not one query per story (the stories page and
        # re-clustering read them all).
        members: dict[str, set[str]] = {}
        for story_id, article_id in self.conn.execute(
                "SELECT story_id, article_id FROM story_members").fetchall():
            members.setdefault(story_id, set()).add(article_id)
        rows = self.conn.execute(
            "SELECT id, data FROM stories ORDER BY first_published NULLS FIRST, id").fetchall()
        for story_id, data in rows:
            yield self._story(data, members.get(story_id, set()))

    def list_stories(self, query: StoryQuery) -> tuple[int, list[Story]]:
        # Sizes and periods from the members (a later story may have taken some of a story's
        # reports), so the page never decodes the stories it does not show.
        conditions = ["g.n >= ?"]
        params: list[object] = [query.min_size]
        if query.published_to is not None:
            conditions.append("g.first_time <= ?")
            params.append(sort_key(query.published_to))
        if query.published_from is not None:
            conditions.append("g.last_time >= ?")
            params.append(sort_key(query.published_from))
        rows = self.conn.execute(
            "SELECT s.id, s.data, COUNT(*) OVER () FROM stories s JOIN (SELECT m.story_id,"
            " COUNT(*) AS n, MIN(a.sort_time) AS first_time, MAX(a.sort_time) AS last_time"
            " FROM story_members m LEFT JOIN articles a ON a.id = m.article_id"
            " GROUP BY m.story_id)"
            f" g ON g.story_id = s.id WHERE {' AND '.join(conditions)}"
            " ORDER BY g.n DESC, g.first_time NULLS FIRST, s.id LIMIT ?",
            (*params, query.limit)).fetchall()
        members = self._members([str(row[0]) for row in rows])
        total = int(rows[0][2]) if rows else 0
        return total, [self._story(data, members.get(story_id, set()))
                       for story_id, data, _ in rows]

    def _rows_in(self, sql: str, ids: list[str]) -> Iterator[tuple[Any, ...]]:
        """Rows of `sql` (its `{marks}` the IN list) for the ids, CHUNK ids a query."""
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start:start + CHUNK]
            yield from self.conn.execute(sql.format(marks=",".join("?" * len(chunk))),
                                         chunk).fetchall()

    def _members(self, story_ids: list[str]) -> dict[str, set[str]]:
        members: dict[str, set[str]] = {}
        for story_id, article_id in self._rows_in(
                "SELECT story_id, article_id FROM story_members WHERE story_id IN ({marks})",
                story_ids):
            members.setdefault(story_id, set()).add(article_id)
        return members

    def story_outlets(self, story_ids: list[str]) -> dict[str, dict[str, int]]:
        outlets: dict[str, dict[str, int]] = {story_id: {} for story_id in story_ids}
        for story_id, host, count in self._rows_in(
                "SELECT m.story_id, a.host, COUNT(*) FROM story_members m"
                " LEFT JOIN articles a ON a.id = m.article_id"
                " WHERE m.story_id IN ({marks}) GROUP BY m.story_id, a.host", story_ids):
            hosts = outlets[story_id]
            hosts[host or "?"] = hosts.get(host or "?", 0) + int(count)
        return outlets
