"""Entity and quote queries shared by the SQL stores (a mixin over a connection and analyzer).

The SQL is written once with ``?`` placeholders over the tables both schemas share; only the
full-text match of quotes differs, so each store supplies ``_quote_match``.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from siyaq.analyze.ner_aliases import canonical_name, shown_name
from siyaq.arabic.analyzer import Analyzer
from siyaq.arabic.normalize import article_twin, name_as_shown, name_key
from siyaq.model import EntitySummary, NamedWith, Quote, QuoteMatch
from siyaq.store.entity_counts import ANY_TYPE, articles_naming, articles_naming_either
from siyaq.store.entity_spellings import JOINED_AS_PERSON, SPELLINGS_OF, SUMMARY_ROWS
from siyaq.store.records import like_text, quote_from_json
from siyaq.store.search import (
    ParsedQuery,
    candidate_pool,
    clauses_in,
    clauses_needed,
    parse_query,
)

MAX_VARIANT_KEYS = 200  # bound the IN (...) list for very ambiguous short names
# A bare surname belongs to one person's record when the archive joined it to that full name
# at least this often, and to that name in at least this share of the joins (_owner_of).
OWNER_MIN_MENTIONS = 20
OWNER_SHARE = 0.9


def owner_of_joins(rows: list[Any], surname: str) -> str | None:
    """The full name a bare surname belongs to, from (full name's key, joins) rows: the one it
    was joined to at least OWNER_MIN_MENTIONS times and in OWNER_SHARE of its joins, ending in
    it; else None."""
    if not rows:
        return None
    owner, joined = max(rows, key=lambda row: (int(row[1]), str(row[0])))
    total = sum(int(count) for _, count in rows)
    if joined < OWNER_MIN_MENTIONS or joined < OWNER_SHARE * total \
            or not str(owner).endswith(" " + surname):
        return None
    return str(owner)


class Connection(Protocol):
    """What the queries need of a connection: sqlite3's, or the PostgreSQL adapter."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


class EntityQueries:
    conn: Connection
    analyzer: Analyzer

    def _quote_match(self, parsed: ParsedQuery, any_words: bool = False
                     ) -> tuple[str, str, object]:
        """(join, condition, parameter) restricting quotes to those matching the query (every
        clause, or any one with any_words)."""
        raise NotImplementedError

    def _quote_rank(self, match: object) -> tuple[str, tuple[object, ...]]:
        """(ORDER BY expression, its parameters): the quotes matching best first."""
        raise NotImplementedError

    def entities(self, type: str | None = None, top: int = 50) -> list[EntitySummary]:
        # The top rows of the counts kept at write time (store/entity_counts.py): grouping
        # every mention of the archive here took 0.24 s, 1.4 s by type, on 30,337 articles.
        keys = [key for (key,) in self.conn.execute(
            "SELECT canonical_key FROM entity_counts WHERE type = ?"
            " ORDER BY article_count DESC, canonical_key LIMIT ?",
            (type or ANY_TYPE, top)).fetchall()]
        found: list[EntitySummary] = []
        gathered: set[str] = set()  # keys already counted with their other form
        for key in keys:
            if key in gathered:
                continue
            main, other = self._gathered(key)
            if main in gathered:
                continue
            gathered.update((main, other or main))
            found.append(self._summary(main, type, other))
        # A gathered pair may count more articles than an entity listed before it.
        return sorted(found, key=lambda e: -e.article_count)

    def _gathered(self, key: str) -> tuple[str, str | None]:
        """The record a key belongs to, as (its key, the key gathered with it or None): a
        one-word name with its form with or without ال (_twin_to_gather), a person's full
        name with its bare surname and a bare surname with its full name (_owner_of)."""
        owner = self._owner_of(key)
        if owner is not None:
            return owner, key
        twin = self._twin_to_gather(key)
        if twin is not None:
            return key, twin
        words = key.split()
        if len(words) > 1 and self._owner_of(words[-1]) == key:
            return key, words[-1]
        return key, None

    def _owner_of(self, surname: str) -> str | None:
        """The one person whose surname a bare one-word name is, read from the archive: where
        an article also wrote a full name ending in it, the mention joined that name, and when
        one full name took nearly all such mentions (`ميسي` -> `ليونيل ميسي`), the articles
        with the bare name alone are about that person too. `عباس` (Mahmoud Abbas beside
        other men named Abbas), `كيم` and first names have no owner; nor has a word the archive
        mostly names as something else (`سيتي`, Manchester City in 215 ANT articles and a
        person in 2, was gathered under `ليستر سيتي`, a club tagged as a person 32 times)."""
        if " " in surname or len(surname) < 3 or not self._mainly_a_person(surname):
            return None
        # From the spellings kept at write time: grouping the mentions of a common surname
        # (`ترامب`, thousands) was the second cost of a listing after the summaries.
        return owner_of_joins(self.conn.execute(JOINED_AS_PERSON, (surname, surname)).fetchall(),
                              surname)

    def _mainly_a_person(self, key: str) -> bool:
        """Named as a person in at least a third as many articles as under its commonest other
        type: tagger slips stay in that range (`مادورو`, a person in 2 articles and an
        organisation in 3), a word that names something else does not (`سيتي`: 2 and 215)."""
        counts: dict[str, int] = {str(kind): int(n) for kind, n in self.conn.execute(
            "SELECT type, article_count FROM entity_counts WHERE canonical_key = ? AND type <> ?",
            (key, ANY_TYPE)).fetchall()}
        people = counts.pop("PERS", 0)
        return people > 0 and 3 * people >= max(counts.values(), default=0)

    def _twin_to_gather(self, key: str) -> str | None:
        """The key's form with or without ال when both are stored, neither is a person, and
        the ال is an article: `ألمانيا`, mostly written with its hamza, is no ال + `مانيا`."""
        twin = article_twin(key)
        if twin == key or not (self._not_a_person(key) and self._not_a_person(twin)):
            return None
        return None if self._written_with_hamza(max(key, twin, key=len)) else twin

    def _written_with_hamza(self, key: str) -> bool:
        """Are most mentions of a key that starts with ال written `أل`/`إل` (`ألمانيا` 2,863
        of 2,925 on ANT, `الجزائر` never)? Then ال is part of the name."""
        hamza, total = self.conn.execute(
            "SELECT COALESCE(SUM(CASE WHEN substr(text, 1, 2) IN ('أل', 'إل') THEN mention_count"
            " ELSE 0 END), 0), COALESCE(SUM(mention_count), 0) FROM entity_spellings"
            " WHERE canonical_key = ?", (key,)).fetchone()
        return 2 * int(hamza) > int(total)

    def entity(self, name: str) -> EntitySummary | None:
        """The record of a name and its variants; a one-word name also gathers its form with
        or without ال when that is no person (`يورو` and `اليورو`, `عراق` and `العراق`), and a
        person's record the bare surname the archive shows to be theirs (_owner_of)."""
        keys = self._record_keys(name)
        return None if keys is None else self._summary(keys[0], None, keys[1])

    def entity_keys(self, name: str) -> list[str]:
        keys = self._record_keys(name)
        return [] if keys is None else list(dict.fromkeys(keys))

    def _record_keys(self, name: str) -> tuple[str, str] | None:
        """The canonical key of a name's record and the key gathered with it (else the key
        again): _gathered."""
        key = self._canonical_key(name_key(name))
        if key is None:
            key = self._canonical_key(article_twin(name_key(name)))
            if key is None:
                return None
        main, other = self._gathered(key)
        return main, other or main

    def entity_months(self, name: str) -> list[tuple[str, int]]:
        keys = self._record_keys(name)
        if keys is None:
            return []
        rows = self.conn.execute(
            "SELECT substr(sort_time, 1, 7) AS month, COUNT(DISTINCT article_id) FROM mentions"
            " WHERE canonical_key IN (?, ?) AND sort_time IS NOT NULL GROUP BY month"
            " ORDER BY month", keys).fetchall()
        return [(str(month), int(count)) for month, count in rows]

    def named_with(self, name: str, top: int = 10, recent: int = 300) -> list[NamedWith]:
        keys = self._record_keys(name)
        if keys is None:
            return []
        # The newest articles only: a president's thousands would cost seconds, and what came
        # up with him lately is what a reader asks.
        rows = self.conn.execute(
            "SELECT m.canonical_key, m.type, COUNT(DISTINCT m.article_id) AS shared,"
            " MIN(m.canonical) FROM mentions m WHERE m.article_id IN ("
            "SELECT article_id FROM mentions WHERE canonical_key IN (?, ?) GROUP BY article_id"
            " ORDER BY MAX(sort_time) DESC, article_id LIMIT ?)"
            " AND m.canonical_key NOT IN (?, ?) AND m.type IN ('PERS', 'ORG', 'LOC')"
            " GROUP BY m.canonical_key, m.type ORDER BY shared DESC, m.canonical_key LIMIT ?",
            (*keys, recent, *keys, 4 * top)).fetchall()
        total = self._article_total()
        found: dict[str, NamedWith] = {}
        for key, type_, shared, canonical in rows:  # a key under two types: its commoner
            if shared >= 2 and key not in found:
                found[key] = NamedWith(str(canonical), str(type_), int(shared),
                                       self._articles_naming(str(key)))
        # Ranked by shared articles weighed by how rare the name is in the archive, so that
        # the country every article names does not head every list.
        ranked = sorted(found.items(), key=lambda item: (
            -item[1].shared_articles * math.log((total + 1) / (item[1].article_count + 1)),
            item[1].name))
        return [replace(named, name=self._shown(key, named.name)) for key, named in ranked[:top]]

    def _shown(self, key: str, canonical: str) -> str:
        """A name as the archive writes it most in full (`إدلب`, not the key `ادلب`), read from
        the spellings kept at write time."""
        rows = self.conn.execute(SPELLINGS_OF, (key,)).fetchall()
        return shown_name(canonical, [name_as_shown(str(text)) for text, _ in rows])

    def _article_total(self) -> int:
        row = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def _articles_naming(self, key: str, type: str | None = None) -> int:
        """In how many articles the key is mentioned (as the type, if one is given)."""
        return articles_naming(self.conn, key, type)

    def entities_like(self, words: list[str], top: int = 5) -> list[EntitySummary]:
        if not words:
            return []
        # Whole words: the key padded with spaces holds ` word `. LIKE's own characters in a
        # word are escaped, so a word is only ever text.
        holds = " AND ".join("(' ' || canonical_key || ' ') LIKE ? ESCAPE '!'" for _ in words)
        patterns = [f"% {like_text(word)} %" for word in words]
        # Over the kept counts, most mentioned first, until enough hold the words: the same
        # LIKE over every mention cost 360 ms on 30,337 articles.
        rows = self.conn.execute(
            f"SELECT canonical_key FROM entity_counts WHERE type = ? AND {holds}"
            " ORDER BY article_count DESC, canonical_key LIMIT ?",
            (ANY_TYPE, *patterns, top)).fetchall()
        return [self._summary(str(key), None) for (key,) in rows]

    def entities_named(self, first: str, last: str, top: int = 5,
                       but: str | None = None) -> list[EntitySummary]:
        # The first word by a key range the index answers (a LIKE on every mention cost 350 ms
        # on 620,000 mentions); the last by LIKE on the few keys left.
        begins, begin_params = self._key_begins(first + " ")
        rows = self.conn.execute(
            f"SELECT canonical_key FROM mentions WHERE {begins}"
            " AND canonical_key LIKE ? ESCAPE '!' AND canonical_key <> ? GROUP BY canonical_key"
            " ORDER BY COUNT(DISTINCT article_id) DESC, canonical_key LIMIT ?",
            (*begin_params, f"% {like_text(last)}", but or "", top)).fetchall()
        return [self._summary(str(key), None) for (key,) in rows]

    def keys_beginning(self, prefix: str, limit: int = 2000) -> list[str]:
        if not prefix:
            return []
        begins, params = self._key_begins(prefix)
        rows = self.conn.execute(
            f"SELECT DISTINCT canonical_key FROM mentions WHERE {begins} LIMIT ?",
            (*params, limit)).fetchall()
        return [str(key) for (key,) in rows]

    def _key_begins(self, prefix: str) -> tuple[str, tuple[object, ...]]:
        """(condition, parameters) of canonical_key starting with prefix."""
        raise NotImplementedError

    def _not_a_person(self, key: str) -> bool:
        """The key is stored and never as a person. From the counts: reading every mention of
        a common name for its types cost about 6 ms a name, 300 ms a listing."""
        types = {str(type_) for (type_,) in self.conn.execute(
            "SELECT type FROM entity_counts WHERE canonical_key = ? AND type IN (?, 'PERS')",
            (key, ANY_TYPE))}
        return ANY_TYPE in types and "PERS" not in types

    def _canonical_key(self, key: str) -> str | None:
        """The key itself when it is a canonical name, else the commonest canonical of it as a
        variant."""
        if self.conn.execute(
                "SELECT 1 FROM mentions WHERE canonical_key = ? LIMIT 1", (key,)).fetchone():
            return key
        row = self.conn.execute(
            "SELECT canonical_key FROM mentions WHERE text_key = ? GROUP BY canonical_key"
            " ORDER BY COUNT(*) DESC, canonical_key LIMIT 1", (key,)).fetchone()
        return str(row[0]) if row else None

    def _summary(self, key: str, type: str | None, twin: str | None = None) -> EntitySummary:
        where = "canonical_key IN (?, ?)" + (" AND type = ?" if type else "")
        keys = (key, twin or key)
        params: tuple[object, ...] = (*keys, type) if type else keys
        # The spellings kept at write time (store/entity_spellings.py): grouping a president's
        # tens of thousands of mentions here cost most of a listing's time.
        rows = self.conn.execute(SUMMARY_ROWS.format(where=where), params).fetchall()
        if twin in (None, key):  # one key: its count is kept
            articles = self._articles_naming(key, type)
        else:  # an article may name both: counted once
            articles = articles_naming_either(self.conn, (key, twin), type)
        names: Counter[str] = Counter()
        texts: Counter[str] = Counter()
        types: Counter[str] = Counter()
        for canonical, text, type_, count, _, _ in rows:
            names[canonical] += count
            texts[name_as_shown(written_variant(text, canonical))] += count
            types[type_] += count
        firsts = [r[4] for r in rows if r[4]]
        lasts = [r[5] for r in rows if r[5]]
        return EntitySummary(
            name=names.most_common(1)[0][0],
            type=types.most_common(1)[0][0],
            variants=[t for t, _ in texts.most_common()],
            article_count=int(articles),
            first_seen=datetime.fromisoformat(min(firsts)) if firsts else None,
            last_seen=datetime.fromisoformat(max(lasts)) if lasts else None,
        )

    def quotes_holding_most(self, query: str, speaker: str | None = None, limit: int = 20
                            ) -> list[QuoteMatch]:
        """Quotes holding at least half of the query's words (two at least), the most first:
        a statement pasted from another report rarely matches word for word."""
        parsed = parse_query(query, self.analyzer)
        needed = clauses_needed(parsed)
        if needed is None:
            return []
        join, condition, match = self._quote_match(parsed, any_words=True)
        order, order_params = self._quote_rank(match)
        sql = f"SELECT q.article_id, q.data FROM quotes q{join} WHERE {condition}"
        params: list[object] = [match]
        if speaker is not None:
            said_by, keys = self._speaker_condition(speaker)
            sql += f" AND {said_by}"
            params += keys
        rows = self.conn.execute(f"{sql} ORDER BY {order} LIMIT ?",
                                 (*params, *order_params, candidate_pool(limit))).fetchall()
        found: list[QuoteMatch] = []
        for article_id, data in rows:
            quote = quote_from_json(data)
            held = clauses_in(parsed, " ".join(self.analyzer.terms(quote.text)))
            if held >= needed:
                found.append(QuoteMatch(str(article_id), quote, held, len(parsed.required)))
        found.sort(key=lambda hit: -hit.matched_words)  # stable: best ranked first among equals
        return found[:limit]

    def _speaker_condition(self, speaker: str) -> tuple[str, list[object]]:
        """A quote is the speaker's when linked to one of their records, or when its speaker,
        written as one of their variants, was linked to no other record: `ترامب` is a variant
        of `ميلانيا ترامب` in articles about her, but a quote by `ترامب` linked to `دونالد
        ترامب` is his."""
        canonical, variants = self._speaker_keys(speaker)
        linked, written = ",".join("?" * len(canonical)), ",".join("?" * len(variants))
        return (f"(q.canonical_key IN ({linked}) OR (q.speaker_key IN ({written})"
                " AND (q.canonical_key IS NULL OR q.canonical_key = q.speaker_key)))",
                [*canonical, *variants])

    def _speaker_keys(self, speaker: str) -> tuple[list[str], list[str]]:
        """The canonical names the speaker's key belongs to (with the key itself), and all
        their variants."""
        key = name_key(speaker)
        canonical = {key} | {k for (k,) in self.conn.execute(
            "SELECT DISTINCT canonical_key FROM mentions WHERE text_key = ?", (key,))}
        marks = ",".join("?" * len(canonical))
        variants = {k for (k,) in self.conn.execute(
            f"SELECT DISTINCT text_key FROM mentions WHERE canonical_key IN ({marks})",
            tuple(canonical))}
        return sorted(canonical)[:MAX_VARIANT_KEYS], sorted(variants | canonical)[:MAX_VARIANT_KEYS]

    def quotes(
        self, speaker: str | None = None, query: str | None = None, limit: int = 50
    ) -> list[tuple[str, Quote]]:
        sql = "SELECT q.article_id, q.data FROM quotes q"
        conditions: list[str] = []
        params: list[object] = []
        if query is not None:
            parsed = parse_query(query, self.analyzer)
            if parsed.empty:
                return []
            join, condition, match = self._quote_match(parsed)
            sql += join
            conditions.append(condition)
            params.append(match)
        if speaker is not None:
            condition, keys = self._speaker_condition(speaker)
            conditions.append(condition)
            params += keys
        if conditions:
            sql += " WHERE " + " AND ".join(conditions)
        # Newest article first (undated last); within an article, quotes in text order.
        sql += " ORDER BY q.sort_time DESC NULLS LAST, q.article_id, q.position LIMIT ?"
        params.append(limit)
        return [(str(a), quote_from_json(d)) for a, d in self.conn.execute(sql, params)]


def written_variant(text: str, canonical: str) -> str:
    """A mention's text as a spelling of its entity. The mention of `للأردن` ("to Jordan") is
    `لأردن` (the preposition's ل off, the article's ل kept, so that it stays a span of the
    text), keyed as `الأردن`; as a variant it is written with the article's alef put back."""
    if text.startswith("ل") and name_key(text) != name_key(canonical) and (
            name_key("ا" + text) == name_key(canonical)
            # `لولايات المتحدة الأمريكية`: an alias of its entity once the alef is back
            or name_key(canonical_name("ا" + text, "")) == name_key(canonical)):
        return "ا" + text
    return text
