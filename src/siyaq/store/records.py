"""Row helpers shared by the SQL stores: keys, reasons, JSON of quotes and stories."""

from __future__ import annotations

import dataclasses
import json
import re
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime

from siyaq.arabic.analyzer import Analyzer
from siyaq.arabic.normalize import article_twin, name_key
from siyaq.model import Article, ContentType, IngestReport, Page, Quote, Record, Story
from siyaq.serialize import article_json, plain_json
from siyaq.store.base import SearchQuery

_DETAIL = re.compile(r"[\d'\"/\\]")  # a detail with numbers, quotes or paths is per-item
_PLACE = re.compile(r"\b(line|item|record) \d+\b")  # "jsonl line 12 is not JSON": one class
MAX_REASON_DETAIL = 40
COMPRESS_FROM = 512  # smaller pages gain little; level 1 is the fastest zlib setting


def failure_reason(error: str) -> str:
    """A short reason class to count failures by; the full error stays with the page.

    "no article: empty page" stays whole (a fixed message), while per-item details
    ("extraction failed: ValueError: bad byte at 1234") are cut to the text before the first
    ':' and an item's place ("jsonl line 12") loses its number, so the summary groups them."""
    head, _, rest = _PLACE.sub(r"\1 N", error).partition(":")
    detail = rest.strip().split(":")[0].strip()
    if detail and len(detail) <= MAX_REASON_DETAIL and not _DETAIL.search(detail):
        return f"{head.strip()}: {detail}"
    return head.strip() or "error"


def pack_content(content: bytes) -> tuple[bytes, str | None]:
    """Raw page bytes for storage: zlib when it pays, else as is (compression None)."""
    if len(content) < COMPRESS_FROM:
        return content, None
    packed = zlib.compress(content, 1)
    return (packed, "zlib") if len(packed) < len(content) else (content, None)


def unpack_content(stored: bytes, compression: str | None) -> bytes:
    if compression is None:
        return stored
    if compression == "zlib":
        return zlib.decompress(stored)
    raise ValueError(f"unknown page compression {compression!r}")


def sort_key(moment: datetime) -> str:
    """Sortable time key: local wall time as stated, seconds precision (see sort_time)."""
    return moment.replace(tzinfo=None).isoformat(timespec="seconds")


def host_key(host: str) -> str:
    """A host as filters compare it: lower case, without "www."."""
    host = host.strip().lower()
    return host[4:] if host.startswith("www.") else host


def merge_reports(report: IngestReport, part: IngestReport) -> None:
    """Add the counts of a part (a committed batch, a distributed task) to the running report."""
    report.seen += part.seen
    report.stored += part.stored
    report.updated += part.updated
    report.unchanged += part.unchanged
    for reason, count in part.failed.items():
        report.failed[reason] = report.failed.get(reason, 0) + count
    for reason, count in part.warned.items():
        report.warned[reason] = report.warned.get(reason, 0) + count


def sort_time(article: Article) -> str | None:
    """published_at, else fetched_at, as a sortable local wall-time key (seconds).

    Stamps are kept as stated: a naive time and an aware one compare by their wall clock,
    which is what a date filter on a news archive means."""
    moment = article.published_at or article.fetched_at
    return sort_key(moment) if moment else None


# Both stores' mentions table: one row per mention, the statement shared; a stored row read
# back in the same order (to take it off the tables kept from the mentions).
MENTION_COLUMNS = "article_id, text, text_key, canonical, canonical_key, type, sort_time"
INSERT_MENTION = f"INSERT INTO mentions ({MENTION_COLUMNS}) VALUES (?,?,?,?,?,?,?)"


def mention_rows(article: Article, when: str | None,
                 key: Callable[[str], str] = name_key) -> list[tuple[object, ...]]:
    """The article's rows for INSERT_MENTION (`when`: its sort_time; `key`: name_key, or a
    memo of it such as Analyzer.name_key: an archive names the same people again and again)."""
    return [(article.id, m.text, key(m.text), m.canonical or m.text,
             key(m.canonical or m.text), m.type, when) for m in article.mentions]


def quote_rows(article: Article, key: Callable[[str], str] = name_key
               ) -> Iterator[tuple[int, Quote, str | None, str | None, str]]:
    for position, quote in enumerate(article.quotes):
        yield (
            position,
            quote,
            key(quote.speaker) if quote.speaker else None,
            key(quote.speaker_canonical) if quote.speaker_canonical else None,
            plain_json(quote),
        )


def quote_from_json(data: str) -> Quote:
    return Quote(**json.loads(data))


def story_to_json(story: Story) -> str:
    data = dataclasses.asdict(story)
    for key in ("first_published", "last_published"):
        value = getattr(story, key)
        data[key] = value.isoformat() if value else None
    return json.dumps(data, ensure_ascii=False)


def story_from_json(data: str) -> Story:
    fields = json.loads(data)
    for key in ("first_published", "last_published"):
        fields[key] = datetime.fromisoformat(fields[key]) if fields.get(key) else None
    return Story(**fields)


def like_text(word: str) -> str:
    """The word as a LIKE pattern's literal text (ESCAPE '!')."""
    return word.replace("!", "!!").replace("%", "!%").replace("_", "!_")


# An article's byline in its search form (name_key): SQLiteStore registers the function on its
# connection, PostgreSQL gives its own expression (postgres_text.name_key_sql).
BYLINE_SQL = "siyaq_name_key(json_extract(a.data, '$.byline'))"


def name_key_or_none(text: str | None) -> str | None:
    """name_key for SQL: NULL stays NULL."""
    return None if text is None else name_key(text)


def filter_clauses(query: SearchQuery, entity_sql: Callable[[int], str] | None = None,
                   byline_sql: str = BYLINE_SQL) -> tuple[str, list[object]]:
    """The date, source, byline and entity filters of a search as " AND …" clauses over
    articles ``a``, with their parameters (``?`` placeholders, as the shared queries write
    them). ``entity_sql`` (default entity_filter_sql) writes the entity's article ids, taking
    the same parameters; ``byline_sql`` reads an article's byline from its JSON in its search
    form, so `احمد` finds `أحمد` as a search finds it."""
    bounds: list[str] = []
    params: list[object] = []
    if query.published_from is not None:
        bounds.append("a.sort_time >= ?")
        params.append(sort_key(query.published_from))
    if query.published_to is not None:
        bounds.append("a.sort_time <= ?")
        params.append(sort_key(query.published_to))
    sql = "".join(f" AND {bound}" for bound in bounds)
    if bounds and query.undated_too:
        sql = f" AND ({' AND '.join(bounds)} OR a.sort_time IS NULL)"
    if query.host:
        sql += " AND a.host = ?"
        params.append(host_key(query.host))
    if query.byline and name_key(query.byline):
        sql += f" AND {byline_sql} LIKE ? ESCAPE '!'"
        params.append("%" + like_text(name_key(query.byline)) + "%")
    if query.entity:
        key = name_key(query.entity)
        more = [other for other in query.entity_keys if other != key]
        sql += " AND a.id IN (" + (entity_sql or entity_filter_sql)(len(more)) + ")"
        # With the record's keys given, its twin is among them if it has one (`ألمانيا` has
        # none): only a name the archive has no record of is tried with or without ال.
        twin = key if query.entity_keys else article_twin(key)
        params += [key, key, *more, twin, key]
    return sql, params


def entity_filter_sql(more_keys: int = 0) -> str:
    """Article ids mentioning the entity whose canonical name or variant has the key (bound
    first, second and last), or one of `more_keys` keys of its record (bound next), or its
    one-word form with or without ال (`article_twin`: `يورو` finds `اليورو`) when neither is a
    person (`رياض` the man is not `الرياض`)."""
    return (
        "SELECT article_id FROM mentions WHERE canonical_key IN ("
        "SELECT canonical_key FROM mentions WHERE canonical_key = ? OR text_key = ?"
        + " OR canonical_key = ?" * more_keys
        + " OR (canonical_key = ? AND type <> 'PERS' AND NOT EXISTS ("
        "SELECT 1 FROM mentions WHERE canonical_key = ? AND type = 'PERS')))"
    )


@dataclasses.dataclass(slots=True)
class Prepared:
    """A record with the per-article work of storing it done: the article's JSON, its search
    terms and its mention and quote rows. Pure in the record and the analyzer, so an ingest
    worker can do it beside the analysis and the storing process only writes rows."""

    record: Record
    when: str | None = None  # the article's sort_time
    data: str = ""  # article JSON
    title_terms: str = ""
    body_terms: str = ""
    mentions: list[tuple[object, ...]] = dataclasses.field(default_factory=list)
    # (position, speaker key, canonical key, quote JSON, quote terms) per quote
    quotes: list[tuple[int, str | None, str | None, str, str]] = dataclasses.field(
        default_factory=list)


def prepare(record: Record, analyzer: Analyzer, terms: bool = True) -> Prepared:
    """What storing the record needs beyond its raw bytes (nothing more when it has no article).
    Without `terms`, no search terms (most of the work): what Store.written_as compares."""
    article = record.article if record.error is None else None
    if article is None:
        return Prepared(record)
    when = sort_time(article)
    key = analyzer.name_key
    analyze = analyzer.index_text if terms else _no_terms
    return Prepared(
        record, when, article_json(article), analyze(article.title or ""), analyze(article.text),
        mention_rows(article, when, key),
        [(position, speaker_key, canonical_key, data, analyze(quote.text))
         for position, quote, speaker_key, canonical_key, data in quote_rows(article, key)],
    )


def _no_terms(text: str) -> str:
    return ""


def prepare_stored(article: Article, analyzer: Analyzer, terms: bool = True) -> Prepared:
    """prepare() for an article already in the archive, to write it back (put_analyses): its
    page is not written again, so the record carries an empty stand-in for it."""
    page = Page(b"", article.origin, ContentType.TEXT, url=article.url)
    return prepare(Record(page, article), analyzer, terms)
