"""Query parameters of the web reader, checked before anything reaches a view. A bad value
becomes BadRequest with a message a reader can act on (shown as a 400 page or JSON error)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from starlette.datastructures import QueryParams

MAX_QUERY_CHARS = 500
MAX_LIMIT = 100
# Search pages reach this far: an OFFSET makes the database rank and skip every hit before
# the page, so a hostile offset must not make it walk a whole archive.
MAX_SEARCH_OFFSET = 10_000


class BadRequest(ValueError):
    """A query parameter a reader got wrong; the message says which and how."""


@dataclass(slots=True, frozen=True)
class SearchParams:
    text: str
    published_from: datetime | None
    published_to: datetime | None
    host: str | None
    entity: str | None
    limit: int
    offset: int
    byline: str | None = None


def _text(params: QueryParams, name: str) -> str | None:
    value = (params.get(name) or "").strip()
    if len(value) > MAX_QUERY_CHARS:
        raise BadRequest(f"'{name}' is too long (at most {MAX_QUERY_CHARS} characters)")
    return value or None


def parse_date(params: QueryParams, name: str, *, end_of_day: bool = False) -> datetime | None:
    """YYYY-MM-DD (or a full ISO date-time). A bare date used as an upper bound means the whole
    day, so ?to=2024-03-11 includes articles published that afternoon."""
    value = _text(params, name)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"'{name}' must be a date like 2024-03-11, not {value[:40]!r}") from None
    if end_of_day and len(value) <= 10:
        moment = datetime.combine(moment.date(), time(23, 59, 59))
    return moment


def parse_int(params: QueryParams, name: str, default: int, low: int, high: int) -> int:
    raw = _text(params, name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"'{name}' must be a whole number, not {raw[:20]!r}") from None
    if not low <= value <= high:
        raise BadRequest(f"'{name}' must be between {low} and {high}")
    return value


def search_params(params: QueryParams) -> SearchParams:
    published_from, published_to = period_params(params)
    return SearchParams(
        text=_text(params, "q") or "",
        published_from=published_from,
        published_to=published_to,
        host=_text(params, "source"),
        entity=_text(params, "entity"),
        limit=parse_int(params, "limit", 20, 1, MAX_LIMIT),
        offset=parse_int(params, "offset", 0, 0, MAX_SEARCH_OFFSET),
        byline=_text(params, "byline"),
    )


def page_params(params: QueryParams) -> tuple[int, int]:
    """(limit, offset) of a list page."""
    return parse_int(params, "limit", 20, 1, MAX_LIMIT), parse_int(params, "offset", 0, 0, 100_000)


@dataclass(slots=True, frozen=True)
class QuoteParams:
    speaker: str | None
    text: str | None
    limit: int


def quote_params(params: QueryParams) -> QuoteParams:
    return QuoteParams(speaker=_text(params, "speaker"), text=_text(params, "q"),
                       limit=parse_int(params, "limit", 20, 1, MAX_LIMIT))


def entity_list_params(params: QueryParams) -> tuple[str | None, int]:
    """(type, top) of the names list; `type` is PERS, ORG, LOC or MISC (PER accepted)."""
    from siyaq.views_archive import ENTITY_TYPE_NAMES

    kind = _text(params, "type")
    if kind is not None and kind.upper() not in ENTITY_TYPE_NAMES:
        raise BadRequest("'type' must be one of PERS, ORG, LOC, MISC")
    top = parse_int(params, "limit", 50, 1, MAX_LIMIT)
    return (ENTITY_TYPE_NAMES[kind.upper()] if kind else None), top


def period_params(params: QueryParams) -> tuple[datetime | None, datetime | None]:
    """(from, to) of a list by time; `to` as a bare date includes that whole day."""
    published_from = parse_date(params, "from")
    published_to = parse_date(params, "to", end_of_day=True)
    # Compared as wall clocks, as the store filters (one may carry a zone, the other not).
    if published_from and published_to and (
        published_from.replace(tzinfo=None) > published_to.replace(tzinfo=None)
    ):
        raise BadRequest("'from' is after 'to'")
    return published_from, published_to
