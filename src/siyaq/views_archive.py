"""Data functions for who is in the archive and what they said: the most mentioned names, one
entity with its spellings, articles and statements, and statements by speaker or words.

`siyaq entities`, `siyaq entity`, `siyaq quotes` and the web reader's /entities, /entity/NAME and
/quotes pages (HTML and JSON) all render what these return.
"""

from __future__ import annotations

from typing import Any

from siyaq.analyze.ner_aliases import shown_name
from siyaq.arabic.normalize import name_key, normalize_search
from siyaq.arabic.tokens import normalized_words
from siyaq.model import EntitySummary, Quote
from siyaq.store.base import SearchQuery, Store
from siyaq.views import (
    article_ref,
    entity_suggestions,
    iso,
    name_spellings,
    see_also,
)

ENTITY_TYPE_NAMES = {"PERS": "PERS", "PER": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def entity_summary(summary: EntitySummary) -> dict[str, Any]:
    name = shown_name(summary.name, summary.variants)  # variants: commonest first
    return {
        "name": name,
        "canonical": summary.name,
        "type": summary.type,
        "variants": summary.variants,
        "also_written": also_written(name, summary.variants),
        "article_count": summary.article_count,
        "first_seen": iso(summary.first_seen),
        "last_seen": iso(summary.last_seen),
    }


def also_written(name: str, variants: list[str]) -> list[str]:
    """The spellings worth telling a reader: one per search form (the commonest), none that
    only differs from the name by the letters search folds anyway (`الامم المتحده`,
    `الإمم المتحدة` beside `الأمم المتحدة`); `منظمة الأمم المتحدة` and `الأوربي` stay."""
    seen = {name_key(name)}
    listed = []
    for variant in variants:
        if (key := name_key(variant)) not in seen:
            seen.add(key)
            listed.append(variant)
    return listed


# Listed when no type is asked for. MISC (currencies, `الله`, events, nationalities, as
# ANERcorp tags them) would fill the top of a news archive's list: asked for by --type MISC.
NAMED_TYPES = ("PERS", "ORG", "LOC")


def entities_view(store: Store, type: str | None = None, top: int = 50) -> dict[str, Any]:
    """The most mentioned entities (by article count): people, organisations and places, or
    those of one type (MISC included)."""
    if type is not None:
        found = store.entities(type=type, top=top)
    else:  # one record per name, as typed by most of its mentions; MISC ones left out
        found = [e for e in store.entities(top=2 * top) if e.type in NAMED_TYPES][:top]
    return {"type": type, "count": len(found), "entities": [entity_summary(e) for e in found]}


def find_entity(store: Store, name: str) -> EntitySummary | None:
    """The entity record for any spelling: as written, else by its canonical form."""
    return next((found for asked in name_spellings(name)
                 if asked and (found := store.entity(asked)) is not None), None)


def entity_view(
    store: Store, name: str, *, quote_limit: int = 50, article_limit: int = 20
) -> dict[str, Any] | None:
    """One entity by any spelling: its variants, article count, first/last seen, the newest
    articles that mention it and the statements it made (each with its article)."""
    summary = find_entity(store, name)
    if summary is None:
        return None
    data = entity_summary(summary)
    data["see_also"] = see_also(store, summary)
    data["months"] = every_month(store.entity_months(summary.name))
    data["named_with"] = [
        {"name": other.name, "type": other.type, "shared_articles": other.shared_articles,
         "article_count": other.article_count}
        for other in store.named_with(summary.name)]
    data["quotes"] = distinct_statements(
        quote_rows(store, store.quotes(speaker=summary.name, limit=quote_limit)))
    hits = store.search(SearchQuery(text="", entity=summary.name, limit=article_limit))
    data["articles"] = [
        {"id": h.article_id, "title": h.title, "source": h.host,
         "published_at": iso(h.published_at)}
        for h in hits
    ]
    return data


MAX_FILLED_MONTHS = 240  # twenty years; a stray date (year 1900 on one page) fills no more


def every_month(counts: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Articles per month from the first month to the last, the months without any as 0 (a
    chart that skipped them would join two busy months across a silent year). Over a span
    longer than MAX_FILLED_MONTHS only the months with articles are listed."""
    found = dict(counts)
    months: list[dict[str, Any]] = []
    if not counts:
        return months
    year, month = map(int, counts[0][0].split("-"))
    last_year, last_month = map(int, counts[-1][0].split("-"))
    if (last_year - year) * 12 + last_month - month >= MAX_FILLED_MONTHS:
        return [{"month": key, "articles": count} for key, count in counts]
    while (key := f"{year:04d}-{month:02d}") <= counts[-1][0]:
        months.append({"month": key, "articles": found.get(key, 0)})
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


SILENT_RUN = 3  # this many silent months in a row or more are shown as one row


def quiet_months(months: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An entity's months as the reader and `siyaq entity` list them: a run of SILENT_RUN or
    more months without an article is one row (`{silent, first, last}`), so four old articles
    and then four years of nothing do not fill the page with zeros. The JSON keeps every month."""
    rows: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []
    for item in [*months, {"month": None, "articles": 1}]:  # the sentinel ends the last run
        if item["articles"] == 0:
            run.append(item)
            continue
        if len(run) >= SILENT_RUN:
            rows.append({"silent": len(run), "first": run[0]["month"], "last": run[-1]["month"]})
        else:
            rows.extend(run)
        run = []
        if item["month"] is not None:
            rows.append(item)
    return rows


def not_found_message(store: Store, name: str, what: str = "entity") -> str:
    """`no entity named 'X' in the archive`, and what it may have meant."""
    message = f"no {what} named {name!r} in the archive"
    offered = entity_suggestions(store, name)
    if offered:
        message += "; did you mean: " + ", ".join(
            f"{item['name']} ({item['article_count']} articles)" for item in offered)
    return message


# Two statements are one when the shorter has at least this share of its words in the other:
# outlets copy a statement with a word changed, or cut it short (`كندا تعرف ما هي بحاجة
# لفعله…` and `تعرف ما هي بحاجة لفعله…`).
SAME_STATEMENT_SHARE = 0.8
MAX_QUOTES_READ = 2000  # quotes read to fill one page of statements
SAME_STATEMENT_WORDS = 4  # shorter statements are one only when their words are the same


def distinct_statements(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per statement: syndicated copies and other outlets quote the same words, and a
    list of them repeated says nothing more. The first row (the newest) stays, with the other
    articles that carry the same statement, whole, cut or with a word changed, in `also_in`,
    and the report that carried it first in `first_reported`."""
    kept: list[tuple[dict[str, Any], str | None, frozenset[str]]] = []
    for row in rows:
        speaker = row["speaker_canonical"] or row["speaker"]
        words = frozenset(normalized_words(normalize_search(row["text"])))
        first = next((item for item, who, said in kept
                      if who == speaker and same_statement(words, said)), None)
        if first is None:
            kept.append(({**row, "also_in": [], "first_reported": _report(row)}, speaker, words))
            continue
        if row["article_id"] != first["article_id"] and row["article_id"] not in first["also_in"]:
            first["also_in"].append(row["article_id"])
        if _earlier(row, first["first_reported"]):
            first["first_reported"] = _report(row)
    return [item for item, _, _ in kept]


def same_statement(one: frozenset[str], other: frozenset[str]) -> bool:
    shorter = min(len(one), len(other))
    if shorter < SAME_STATEMENT_WORDS:
        return one == other
    return len(one & other) >= SAME_STATEMENT_SHARE * shorter


def _report(row: dict[str, Any]) -> dict[str, Any]:
    return {key: row.get(key) for key in ("article_id", "source", "published_at")}


def _earlier(row: dict[str, Any], report: dict[str, Any]) -> bool:
    """Whether the row's article is older than the report's (undated ones are never older)."""
    when, then = row.get("published_at"), report.get("published_at")
    return bool(when) and (not then or str(when) < str(then))


def quote_rows(store: Store, found: list[tuple[str, Quote]]) -> list[dict[str, Any]]:
    """Quotes as listed anywhere: the statement, who made it, and the article it is from (so a
    reader can check it in context)."""
    articles: dict[str, dict[str, Any] | None] = {}
    rows = []
    for article_id, quote in found:
        if article_id not in articles:
            article = store.get_article(article_id)
            articles[article_id] = article_ref(article) if article else None
        ref = articles[article_id] or {}
        rows.append({
            "article_id": article_id,
            "title": ref.get("title"),
            "source": ref.get("source"),
            "published_at": ref.get("published_at"),
            "speaker": quote.speaker,
            "speaker_canonical": quote.speaker_canonical,
            "text": quote.text,
            "verb": quote.verb,
            "direct": quote.direct,
            "inherited": quote.inherited,
            "start": quote.start,
            "end": quote.end,
            "matched": None,  # every word of the query (or no query); else {words, of}
        })
    return rows


def _newest_statements(store: Store, speaker: str | None, query: str | None, limit: int
                       ) -> list[dict[str, Any]]:
    """The newest quotes, read until they hold `limit` statements: a statement carried by
    many outlets is one row, so `limit` quotes may be a few statements."""
    window = limit
    while True:
        found = store.quotes(speaker=speaker, query=query, limit=window)
        rows = quote_rows(store, found)
        if (len(found) < window or window >= MAX_QUOTES_READ
                or len(distinct_statements(rows)) >= limit):
            return rows
        window = min(window * 4, MAX_QUOTES_READ)


def _quotes_holding_most(store: Store, query: str, speaker: str | None, limit: int,
                         rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """After the statements holding every word, those holding most of them (a statement
    pasted from another report rarely matches word for word), marked with how many."""
    seen = {(row["article_id"], row["start"]) for row in rows}
    more = []
    for asked in name_spellings(speaker):
        more = [hit for hit in store.quotes_holding_most(query, speaker=asked, limit=limit)
                if (hit.article_id, hit.quote.start) not in seen]
        if more:
            break
    found = quote_rows(store, [(hit.article_id, hit.quote) for hit in more])
    for row, hit in zip(found, more, strict=True):
        row["matched"] = {"words": hit.matched_words, "of": hit.of_words}
    return found


def quotes_view(
    store: Store, *, speaker: str | None = None, query: str | None = None, limit: int = 20
) -> dict[str, Any]:
    """Statements, newest first, by a speaker (any spelling of the name) and/or with words."""
    for asked in name_spellings(speaker):
        rows = _newest_statements(store, asked, query, limit)
        if rows:
            break
    if query and len(rows) < limit:
        rows += _quotes_holding_most(store, query, speaker, limit, rows)
    rows = distinct_statements(rows)[:limit]
    # No statement by that name: a person the archive knows may be quoted under another record
    # of theirs; a name it does not know, the people it may have meant (`الملك سلمان` ->
    # `سلمان بن …`).
    known = find_entity(store, speaker) if speaker and not rows else None
    if known is not None:
        offered = see_also(store, known)
    else:
        offered = entity_suggestions(store, speaker) if speaker and not rows else []
    return {"speaker": speaker, "query": query, "count": len(rows), "quotes": rows,
            "speaker_entity": entity_summary(known) if known else None,
            "speaker_suggestions": [item for item in offered if item["type"] == "PERS"]}
