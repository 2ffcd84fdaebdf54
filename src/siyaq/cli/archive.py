"""ingest, show, search, export, failures: the archive's everyday commands."""

from __future__ import annotations

import dataclasses
import html
import io
import json
import re
import sys
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from siyaq.cli.options import (
    MAX_SEARCH_OFFSET,
    db_option,
    json_option,
    limit_option,
    option_period,
    tagger_option,
)
from siyaq.config import Settings
from siyaq.ingest import ingest_paths
from siyaq.model import IngestReport
from siyaq.store import describe, open_store
from siyaq.views import NotFound, article_view, search_view


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--no-analyze", is_flag=True, help="Skip entities, quotes and dates (faster).")
@click.option("--no-relate", is_flag=True, help="Skip duplicate and story detection.")
@click.option(
    "--workers", default=1, show_default=True, help="Processes for decode/extract/analysis."
)
@tagger_option
@db_option
@json_option
def ingest(
    paths: tuple[str, ...],
    no_analyze: bool,
    no_relate: bool,
    workers: int,
    tagger: str,
    db: str | None,
    as_json: bool,
) -> None:
    """Ingest files, folders or globs: text dumps (.txt), HTML (.html/.htm), JSON/JSONL/CSV,
    WARC/WET (.warc/.wet), feeds (.xml/.rss/.atom); each also gzipped (.gz), or in a .zip/.tar
    bundle; - reads standard input."""
    settings = Settings.resolve(db)
    store = open_store(settings.db_path)
    console = Console(stderr=True)
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        disable=as_json,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        report = ingest_paths(
            paths,
            store,
            analyze=not no_analyze,
            relate=not no_relate,
            workers=workers,
            batch_size=settings.batch_size,
            on_batch=lambda n: progress.advance(task, n),
            tagger=tagger,
        )
    store.close()
    print_report(report, settings.db_path, as_json)


def print_report(report: IngestReport, archive: str, as_json: bool) -> None:
    """An ingest run's summary: counts, every reason something was not stored, the archive."""
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(report), ensure_ascii=False))
        return
    click.echo(
        f"seen {report.seen}  stored {report.stored}  updated {report.updated}  "
        f"unchanged {report.unchanged}  not stored as articles {sum(report.failed.values())}"
    )
    for reason, count in sorted(report.failed.items(), key=lambda kv: -kv[1]):
        click.echo(f"  {count:>6}  {reason}")
    for reason, count in sorted(report.warned.items(), key=lambda kv: -kv[1]):
        click.echo(f"  {count:>6}  stored with a problem: {reason}")
    for reason, count in sorted(report.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {count:>6}  left out of a folder or bundle, {reason}")
    click.echo(f"archive: {describe(archive)}")


@click.command()
@click.argument("key")
@db_option
@json_option
def show(key: str, db: str | None, as_json: bool) -> None:
    """One article by id or URL: title, published time, body, furniture, source."""
    store = open_store(Settings.resolve(db).db_path)
    try:
        data = article_view(store, key)
    except NotFound as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(render_article(data))


def render_article(data: dict[str, Any]) -> str:
    """Plain-text rendering of siyaq.views.article_view's data."""
    published = data.get("published_at")
    zone = "" if not published or data.get("timezone_stated") else " (no time zone stated)"
    lines = [
        f"# {data.get('title') or '(no title)'}",
        f"published: {published or 'unknown'}{zone}   source: {data.get('host') or data['origin']}",
        f"id: {data['id']}   language: {data.get('language')}",
        "",
    ]
    if data.get("updated_at"):
        lines.insert(2, f"updated: {data['updated_at']} (the page's own last-updated time)")
    if data.get("event_date"):
        lines.insert(2, f"event date: {data['event_date']} (when what it reports happened)")
    if data.get("dateline"):
        lines.insert(2, f"dateline: {data['dateline']} (where it was filed from)")
    if data.get("byline"):
        lines.insert(2, f"by: {data['byline']}")
    if data.get("section"):
        lines.insert(2, f"section: {data['section']}")
    lines += [f"warning: {warning}" for warning in data.get("warnings", [])]
    lines += [""] if data.get("warnings") else []
    lines += [f"{paragraph}\n" for paragraph in data.get("body", [])]
    for found in data.get("dates", []):
        lines.append(f"  date: {found['text']} -> {found['value']} ({found.get('granularity')})")
    for kind, names in data.get("entities", {}).items():
        lines += [f"  entity: {kind} {name}" for name in names]
    for quote in data.get("quotes", []):
        speaker = quote.get("speaker") or "?"
        if quote.get("direct", True):
            lines.append(f"  quote: {speaker}: «{quote['text']}»")
        else:  # a paraphrase in guillemets would pass for the speaker's own words
            lines.append(f"  reported: {speaker}: {quote['text']}")
    for teaser in data.get("teasers", []):
        lines.append(f"  teaser: [{teaser.get('published_at') or ''}] {teaser['text']}")
    for widget in data.get("widgets", []):
        lines.append(f"  widget: {widget['kind']}: {widget['text']}")
    return "\n".join(lines)


@click.command()
@click.argument("query", default="")
@click.option("--from", "date_from", metavar="DATE", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", metavar="DATE", help="Published on or before (YYYY-MM-DD).")
@click.option("--source", metavar="HOST", help="Only this outlet (host name).")
@click.option(
    "--entity", metavar="NAME", help="Only articles mentioning this entity (any variant)."
)
@click.option("--byline", metavar="TEXT",
              help="Only articles whose byline holds this text (a writer, an agency).")
@limit_option(20)
@click.option("--offset", type=click.IntRange(0, MAX_SEARCH_OFFSET), default=0, show_default=True,
              help="Skip this many hits: the next page of 20 is --offset 20.")
@db_option
@json_option
def search(
    query: str,
    date_from: str | None,
    date_to: str | None,
    source: str | None,
    entity: str | None,
    byline: str | None,
    limit: int,
    offset: int,
    db: str | None,
    as_json: bool,
) -> None:
    """Search the archive. Words match all their forms; "a phrase" in quotes; -word excludes.
    When fewer articles hold every word than --limit, those holding most of them follow
    (on the first page). The first line says how many hold every word, and which are shown.

    With --entity and no words: every article that mentions the entity, newest first."""
    if not query.strip() and not entity:
        raise click.UsageError("give the words to search for, or --entity NAME")
    published_from, published_to = option_period(date_from, date_to)
    store = open_store(Settings.resolve(db).db_path)
    data = search_view(
        store,
        query,
        published_from=published_from,
        published_to=published_to,
        host=source,
        entity=entity,
        limit=limit,
        offset=offset,
        byline=byline,
    )
    store.close()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(_results_line(data))
    if data["entity_suggestions"]:
        offered = ", ".join(f"{item['name']} ({item['article_count']} articles)"
                            for item in data["entity_suggestions"])
        click.echo(f"no entity named {entity!r} in the archive; did you mean: {offered}")
    for hit in data["hits"]:
        snippet = html.unescape(re.sub(r"</?mark>", "*", hit["snippet"]))  # HTML for the web
        partial = hit["matched"]
        some = f"  [{partial['words']} of {partial['of']} words]" if partial else ""
        click.echo(
            f"{hit['id']}  {hit['published_at'] or '':<19}  {hit['source'] or ''}{some}\n"
            f"  {hit['title'] or '(no title)'}\n  {snippet}"
        )


def _results_line(data: dict[str, Any]) -> str:
    """`12 results`, `20 of 312 results`, `results 21-40 of 312`, `result 312 of 312` (and
    the next page's --offset); with best matches, how many of the results hold every word."""
    count, total, offset = data["count"], data["total"], data["offset"]
    if count > total:  # best matches follow the articles holding every word
        return f"{_results(count)} ({total} holding every word)"
    if offset == 0 and count == total:
        return _results(count)
    if offset == 0:
        shown = f"{count} of {_results(total)}"
    elif count:
        shown = (f"result {offset + 1}" if count == 1 else
                 f"results {offset + 1}-{offset + count}") + f" of {total}"
    else:
        shown = f"no results after {total}"
    following = data["next_offset"]
    return shown + (f" (next: --offset {following})" if following is not None else "")


def _results(count: int) -> str:
    return f"{count} result{'s' * (count != 1)}"


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True,
              help="jsonl: every field, one article a line; csv: one article a row, with a BOM "
                   "so that spreadsheets read the Arabic.")
@click.option("--from", "date_from", metavar="DATE", help="Published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", metavar="DATE", help="Published on or before (YYYY-MM-DD).")
@click.option("--source", metavar="HOST", help="Only this outlet (host name).")
@click.option("--no-copies", is_flag=True,
              help="Each text once: leave out copies (syndication, wire copy), keeping the "
                   "earliest article of each text in the selection.")
@db_option
def export(fmt: str, date_from: str | None, date_to: str | None, source: str | None,
           no_copies: bool, db: str | None) -> None:
    """Articles to standard output: JSON Lines, or CSV for a spreadsheet; each with its story
    and, for a copy, the article it copies. Every article unless narrowed."""
    from siyaq.exports import ExportSelection, exported, write_csv, write_jsonl

    selection = ExportSelection(*option_period(date_from, date_to),
                                source, copies=not no_copies)
    store = open_store(Settings.resolve(db).db_path)
    # UTF-8 whatever the terminal's locale; CSV rows end as csv writes them (\r\n).
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
    try:
        if fmt == "csv":
            out.write("\ufeff")  # Excel reads a CSV without it as the local code page
            write_csv(exported(store, selection), out)
        else:
            write_jsonl(exported(store, selection), out)
    finally:
        out.flush()
        out.detach()  # standard output stays open for whoever runs this
        store.close()


@click.command()
@db_option
def failures(db: str | None) -> None:
    """Pages stored without an article, with the reason."""
    store = open_store(Settings.resolve(db).db_path)
    found = 0
    for origin, error in store.failures():
        click.echo(f"{origin}\t{error}")
        found += 1
    store.close()
    if not found:  # on the error stream: the list itself stays empty for scripts
        click.echo("no failed pages in this archive", err=True)


COMMANDS: list[click.Command] = [ingest, show, search, export, failures]
