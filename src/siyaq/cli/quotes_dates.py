"""CLI commands of the quotes-and-dates part (see siyaq.cli.main for the contract).

Thin wrappers: the logic lives in siyaq.analyze.{dates,quotes} and siyaq.evaluate.{dates,quotes}.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from siyaq.cli.options import db_option, json_option, limit_option, statement_text


@click.command("quotes")
@click.option("--speaker", default=None, metavar="NAME", help="Only quotes by this speaker.")
@click.option("--query", default=None, metavar="WORDS", help="Only quotes with these words.")
@limit_option(20, "How many quotes to show.")
@db_option
@json_option
def quotes(
    speaker: str | None, query: str | None, limit: int, db: str | None, as_json: bool
) -> None:
    """Who said what: stored quotes, newest first."""
    from siyaq.config import Settings
    from siyaq.store import open_store
    from siyaq.views_archive import quotes_view

    store = open_store(Settings.resolve(db).db_path)
    try:
        data = quotes_view(store, speaker=speaker, query=query, limit=limit)
    finally:
        store.close()
    rows = data["quotes"]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    known = data["speaker_entity"]
    if not rows:
        click.echo(f"no quotes by {known['name']} (named in {known['article_count']} articles)"
                   if known else "no quotes found")
    offered = [f"{item['name']} ({item['article_count']} articles)"
               for item in data["speaker_suggestions"]]
    if offered:
        lead = "other records that may be theirs" if known else "did you mean"
        click.echo(f"{lead}: " + ", ".join(offered))
    for row in rows:
        click.echo(f"{row['speaker'] or '?'} [{row['article_id']}]: {statement_text(row)}")


@click.command("dates")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--misses", is_flag=True, help="List the inputs that were not resolved right.")
@json_option
def evaluate_dates(folder: Path, misses: bool, as_json: bool) -> None:
    """Resolution accuracy on the Recognizers-Text Arabic DateTime cases in FOLDER."""
    from siyaq.evaluate.dates import evaluate

    report, scores = evaluate(folder)
    report.emit(as_json)
    if misses and not as_json:
        for name, score in scores.items():
            for text in score.misses:
                click.echo(f"miss {name}: {text}")


@click.command("quotes")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--no-tagger", is_flag=True, help="Name speakers from words only.")
@click.option("--errors", is_flag=True, help="List the wrong and missed quotes.")
@json_option
def evaluate_quotes(path: Path, no_tagger: bool, errors: bool, as_json: bool) -> None:
    """(speaker, quote) precision and recall on a gold pages JSONL file (field `quotes`), or
    on quotes read by hand in corpus news (labels/news-quotes.jsonl, read from ../shared)."""
    from siyaq.config import shared_data_dir
    from siyaq.evaluate.quotes import evaluate

    report, tally = evaluate(path, use_tagger=not no_tagger, data_dir=shared_data_dir())
    report.emit(as_json)
    if errors and not as_json:
        for line in tally.errors:
            click.echo(line)


def _saudinewsnet(folder: Path | None) -> Path:
    if folder is not None:
        return folder
    from siyaq.config import shared_data_dir

    shared = shared_data_dir()
    if shared is None:
        raise click.ClickException("no shared data folder: pass FOLDER (SaudiNewsNet *.zip)")
    return shared / "saudinewsnet" / "dataset"


@click.command("analysis")
@click.argument("folder", required=False,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", type=int, default=None,
              help="Time the first N articles only (default: all of them, as the issue asks: "
                   "31,030 in SaudiNewsNet, about 4 CPU-minutes).")
@click.option("--no-ner", is_flag=True, help="Skip the entity tagger (quotes from words only).")
@json_option
def bench_analysis(folder: Path | None, limit: int | None, no_ner: bool, as_json: bool) -> None:
    """Articles per CPU-second of dates, quotes, NER and the whole analyze_step, on the
    SaudiNewsNet zips in FOLDER (default: the shared data). The tagger's word memos fill over
    the first thousands of articles, so a short run (--limit 2000) reads lower than the whole
    corpus: docs/benchmarks.md gives both."""
    from siyaq.analyze.bench import bench

    bench(_saudinewsnet(folder), limit, ner=not no_ner).emit(as_json)


@click.command("quotes-dates")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--limit", default=3000, show_default=True, help="Articles to time.")
@json_option
def bench_quotes_dates(folder: Path, limit: int, as_json: bool) -> None:
    """Articles per CPU-second of date and quote annotation (no NER) on SaudiNewsNet zips in
    FOLDER: `bench analysis --no-ner`."""
    from siyaq.analyze.bench import bench

    bench(folder, limit, ner=False).emit(as_json)


COMMANDS: list[click.Command] = [quotes]
EVALUATE: list[click.Command] = [evaluate_dates, evaluate_quotes]
TRAIN: list[click.Command] = []
BENCH: list[click.Command] = [bench_analysis, bench_quotes_dates]
