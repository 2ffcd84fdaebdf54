"""reanalyze, reextract: an archive brought up to this release from what it holds."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from siyaq.cli.options import db_option, json_option, tagger_option
from siyaq.config import Settings
from siyaq.store import open_store
from siyaq.store.base import Store

View = Callable[[Store, str | None, Callable[[int], None]], dict[str, Any]]
workers_option = click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(min=1),
    help="Processes for the analysis (and extraction), as `siyaq ingest --workers`.")


def _run_over_archive(db: str | None, label: str, view: View, tagger: str, as_json: bool,
                      render: Callable[[dict[str, Any]], str]) -> None:
    """The view over the whole archive with a spinner on stderr, printed as text or JSON."""
    store: Store = open_store(Settings.resolve(db).db_path)
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=Console(stderr=True), disable=as_json, transient=True) as progress:
            task = progress.add_task(label, total=store.article_count())
            data = view(store, tagger, lambda n: progress.advance(task, n))
    finally:
        store.close()
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else render(data))


@click.command()
@workers_option
@tagger_option
@db_option
@json_option
def reanalyze(workers: int, tagger: str, db: str | None, as_json: bool) -> None:
    """Analyse every stored article again with this release's entities, dates and quotes
    (no sources needed); stories are left as they are (siyaq recluster)."""
    from siyaq.reanalyze import reanalysis_view

    def view(store: Store, tagger: str | None, on_batch: Callable[[int], None]) -> dict[str, Any]:
        return reanalysis_view(store, tagger, on_batch, workers=workers)

    _run_over_archive(db, "analysing", view, tagger, as_json, render_reanalysis)


def render_reanalysis(data: dict[str, Any]) -> str:
    skipped = data["skipped"]
    reasons = ", ".join(f"{reason} {count}" for reason, count in skipped.items())
    lines = [
        f"{data['articles']} articles: {data['analysed']} analysed, {sum(skipped.values())} not"
        + (f" ({reasons})" if reasons else ""),
        f"{data['changed']} articles changed their mentions or quotes; mentions"
        f" {data['mentions_before']} -> {data['mentions_after']}, quotes"
        f" {data['quotes_before']} -> {data['quotes_after']}",
        f"{data['rewritten']} articles written back"
        " (the others are stored as they would be written)",
        f"{data['seconds']} s, {data['cpu_seconds']} CPU-s"
        f" ({data['articles_per_cpu_second'] or 0} articles per CPU-second,"
        f" {_workers(data['workers'])})",
        f"stories {data['stories']}",
    ]
    if data["not_written"]:
        lines.insert(1, f"{data['not_written']} articles not written back: re-ingested meanwhile")
    return "\n".join(lines)


@click.command()
@workers_option
@tagger_option
@db_option
@json_option
def reextract(workers: int, tagger: str, db: str | None, as_json: bool) -> None:
    """Extract every stored page again with this release (bodies, dates, furniture), analyse
    it, and retry the pages that failed; no sources needed; stories are left as they are
    (siyaq recluster)."""
    from siyaq.reextract import reextraction_view

    def view(store: Store, tagger: str | None, on_batch: Callable[[int], None]) -> dict[str, Any]:
        return reextraction_view(store, tagger, on_batch, workers=workers)

    _run_over_archive(db, "extracting", view, tagger, as_json, render_reextraction)


def _workers(count: int) -> str:
    return f"{count} worker{'s' if count > 1 else ''}"


def _reasons(counts: dict[str, int]) -> str:
    return f" ({', '.join(f'{reason} {n}' for reason, n in counts.items())})" if counts else ""


def render_reextraction(data: dict[str, Any]) -> str:
    kept, still, skipped = data["kept_failing"], data["still_failing"], data["not_retried"]
    lines = [
        f"{data['pages']} pages read: {data['articles']} with an article,"
        f" {data['failures']} stored as failures",
        f"{data['rewritten']} articles written back ({data['changed']} changed, the others for"
        " this release's JSON alone; the rest came out as stored);"
        f" {sum(kept.values())} no longer extracted, kept as they were{_reasons(kept)}",
        f"{data['recovered']} failed pages now have an article; {sum(still.values())} still"
        f" fail{_reasons(still)}; {sum(skipped.values())} not retried{_reasons(skipped)};"
        f" {data['other_version']} left (their article is stored from another version)",
        f"{data['seconds']} s, {data['cpu_seconds']} CPU-s ({_workers(data['workers'])})",
        f"stories {data['stories']}",
    ]
    if data["not_written"]:
        lines.insert(1, f"{data['not_written']} not written back: re-ingested meanwhile")
    return "\n".join(lines)


COMMANDS: list[click.Command] = [reanalyze, reextract]
