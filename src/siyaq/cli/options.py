"""Options shared by many commands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import click

F = Callable[..., Any]

# The longest list a command prints. The JSON API serves at most 100 items a page
# (web/params.py MAX_LIMIT); the CLI lists more at once (`entities --top 300`; quotes, stories
# and entities have no --offset to page on), but within a bound: a mistyped --limit is a usage
# error, as the API's 400, not an integer overflow in the database.
MAX_LIST_LIMIT = 10_000
# As far as the API's search pages reach (web/params.py MAX_SEARCH_OFFSET): an OFFSET makes
# the database rank and skip every hit before the page.
MAX_SEARCH_OFFSET = 10_000
# Any count the databases compare (SQLite INTEGER and PostgreSQL bigint are 64-bit).
MAX_COUNT = 2**63 - 1


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="FILE|URL",
        help="Archive: a SQLite file, or a postgresql:// URL (default: $SIYAQ_DB, else"
             " ./siyaq.db).",
    )(fn)


def limit_option(default: int, help_text: str | None = None, *, name: str = "--limit"
                 ) -> Callable[[F], F]:
    """How many items a list shows: 1 to MAX_LIST_LIMIT; anything else is a usage error."""
    return click.option(name, type=click.IntRange(1, MAX_LIST_LIMIT), default=default,
                        show_default=True, help=help_text)


def json_option(fn: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(fn)


def option_date(value: str | None, *, end_of_day: bool = False) -> datetime | None:
    """A --from/--to value (YYYY-MM-DD, or a full ISO date-time) as a datetime; None when not
    given. A bare date as an upper bound (end_of_day) means the whole day, so --to 2024-03-11
    keeps what was published that afternoon."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:  # a clear usage error, not a traceback (`--from 2020-13-01`)
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD): {exc}") from exc
    if end_of_day and len(value) <= 10:
        return moment.replace(hour=23, minute=59, second=59)
    return moment


def option_period(date_from: str | None, date_to: str | None
                  ) -> tuple[datetime | None, datetime | None]:
    """--from and --to as datetimes (option_date; --to a bare date is its whole day), refused
    when --from comes after --to, as the JSON API refuses them: a silent empty list reads as
    "nothing was published"."""
    start, end = option_date(date_from), option_date(date_to, end_of_day=True)
    if start and end and start.replace(tzinfo=None) > end.replace(tzinfo=None):
        raise click.UsageError(f"--from {date_from} is after --to {date_to}")
    return start, end


def tagger_option(fn: F) -> F:
    from siyaq.analyze.ner_train import DEFAULT_TAGGER, TAGGERS

    return click.option("--tagger", type=click.Choice(TAGGERS), default=DEFAULT_TAGGER,
                        show_default=True, help="Which shipped entity tagger to run.")(fn)


def gold_source_option(fn: F) -> F:
    """How an evaluation builds the gold pages' articles."""
    return click.option("--source", type=click.Choice(["auto", "pipeline", "gold"]),
                        default="auto", show_default=True,
                        help="Build articles through the pipeline or from gold fields.")(fn)


def statement_text(row: dict[str, Any]) -> str:
    """A statement row of siyaq.views_archive as one line's text: the words (reported speech
    is a paraphrase: no quotation marks around it), then where else it was carried and, when
    another article carried it first, that one."""
    said = f"«{row['text']}»" if row["direct"] else f"{row['text']} (reported)"
    matched = row.get("matched")
    if matched:
        said = f"[{matched['words']} of {matched['of']} words] {said}"
    notes = [f"also in {len(row['also_in'])} more"] if row["also_in"] else []
    first = row.get("first_reported") or {}
    if first.get("article_id") not in (None, row["article_id"]):
        when = (first.get("published_at") or "")[:10]
        notes.append(f"first: {first.get('source') or '?'} {when} [{first['article_id']}]")
    return said + (f" ({'; '.join(notes)})" if notes else "")
