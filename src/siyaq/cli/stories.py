"""story, related, stories, recluster; evaluate stories; bench stories (logic in siyaq.relate)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from siyaq.cli.options import (
    MAX_COUNT,
    db_option,
    gold_source_option,
    json_option,
    limit_option,
    option_period,
)
from siyaq.config import Settings
from siyaq.store import open_store
from siyaq.views import NotFound


def _emit(data: dict[str, Any], as_json: bool, render: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else render(data))


@click.command()
@click.argument("key", metavar="ID")
@db_option
@json_option
def story(key: str, db: str | None, as_json: bool) -> None:
    """A story (by story id, or an article id or URL in it): its reports by time and outlet."""
    from siyaq.relate.views import story_view

    store = open_store(Settings.resolve(db).db_path)
    try:
        data = story_view(store, key)
    except NotFound as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    _emit(data, as_json, render_story)


def render_story(data: dict[str, Any]) -> str:
    outlets = ", ".join(f"{host} {n}" for host, n in data["outlets"].items())
    lines = [f"# {data['title'] or '(no title)'}", f"story {data['id']}: {data['size']} reports"
             f" from {len(data['outlets'])} outlets ({outlets})"]
    for report in data["reports"]:
        copy = f"  [copy of {report['copy_of']}]" if report["copy_of"] else ""
        lines.append(f"  {report['published_at'] or 'undated':<19}  {report['source'] or '?':<24}"
                     f"  {report['id']}  {report['title'] or ''}{copy}")
    if data["singleton_reason"]:
        lines.append(f"alone: {data['singleton_reason']}")
    return "\n".join(lines)


@click.command()
@click.argument("key", metavar="ID")
@limit_option(10)
@db_option
@json_option
def related(key: str, limit: int, db: str | None, as_json: bool) -> None:
    """Other stories in the same context as an article, with the shared names and words."""
    from siyaq.relate.views import related_view

    store = open_store(Settings.resolve(db).db_path)
    try:
        data = related_view(store, key, limit)
    except NotFound as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    _emit(data, as_json, render_related)


def render_related(data: dict[str, Any]) -> str:
    lines = [f"related to {data['article']['id']}: {data['article']['title'] or '(no title)'}"]
    for item in data["related"]:
        why = " · ".join(part for part in (", ".join(item["shared_entities"]),
                                           ", ".join(item["shared_terms"][:5])) if part)
        lines.append(f"  {item['score']:.3f}  {item['published_at'] or 'undated':<19}"
                     f"  {item['story_id']}  {item['title'] or item['article_id']}\n"
                     f"         shared: {why}")
    return "\n".join(lines)


@click.command()
@click.option("--from", "date_from", metavar="DATE", help="Stories still running on or after.")
@click.option("--to", "date_to", metavar="DATE", help="Stories started on or before.")
@click.option("--min-size", type=click.IntRange(1, MAX_COUNT), default=2, show_default=True,
              help="Fewest reports to list.")
@limit_option(50)
@db_option
@json_option
def stories(date_from: str | None, date_to: str | None, min_size: int, limit: int,
            db: str | None, as_json: bool) -> None:
    """Stories, largest first, with how many reports each outlet gave."""
    from siyaq.relate.views import stories_view

    published_from, published_to = option_period(date_from, date_to)
    store = open_store(Settings.resolve(db).db_path)
    try:
        data = stories_view(store, published_from=published_from, published_to=published_to,
                            min_size=min_size, limit=limit)
    finally:
        store.close()
    _emit(data, as_json, render_stories)


def render_stories(data: dict[str, Any]) -> str:
    lines = [f"{data['count']} stories"]
    for item in data["stories"]:
        outlets = ", ".join(f"{h} {n}" for h, n in list(item["outlets"].items())[:6])
        lines.append(f"{item['size']:>4}  {item['first_published'] or 'undated':<19}  {item['id']}"
                     f"  {item['title'] or '(no title)'}\n      {outlets}")
    return "\n".join(lines)


@click.command()
@db_option
@json_option
def recluster(db: str | None, as_json: bool) -> None:
    """Rebuild every story from the archive (after a model or threshold change)."""
    from siyaq.relate.views import recluster_view

    store = open_store(Settings.resolve(db).db_path)
    try:
        data = recluster_view(store)
    finally:
        store.close()
    _emit(data, as_json, lambda d: (
        f"{d['articles']} articles in {d['stories']} stories ({d['multi_article_stories']} with"
        f" more than one report); {d['changed']} articles changed story; {d['seconds']} s"))


@click.command("stories")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@gold_source_option
@click.option("--leave-one-event-out", "leave_one_out", is_flag=True,
              help="Also score once per event with that event's pages left out.")
@click.option("--explain", is_flag=True,
              help="For each split event, the best pair across its pieces and its signals.")
@json_option
def evaluate_stories_command(path: Path, source: str, leave_one_out: bool, explain: bool,
                             as_json: bool) -> None:
    """Stories found for gold pages vs event_id: pairwise/BCubed P/R/F1, hard negatives merged.

    Each row enters the pipeline as ingest would read it: the file its `path` names (beside
    the gold file; HTML as HTML), else its inline `html`, else its `excerpt` as a text dump."""
    from siyaq.evaluate.stories import evaluate_stories

    evaluate_stories(path, source=source, leave_one_out=leave_one_out,
                     explain=explain).emit(as_json)


@click.command("related")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(1, 100), default=5, show_default=True,
              help="Length of each related list scored.")
@gold_source_option
@json_option
def evaluate_related_command(path: Path, limit: int, source: str, as_json: bool) -> None:
    """Related stories vs the gold contexts (`group`, else events linked by confusable_with):
    precision and recall at LIMIT, MRR, beside what an unrelated list scores."""
    from siyaq.evaluate.related import evaluate_related

    evaluate_related(path, limit=limit, source=source).emit(as_json)


@click.command("stories")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              help="The shared data folder (default: ../shared/data).")
@click.option("--limit", type=int, default=None, help="Use only the first N articles.")
@click.option("--db", "db", default=None, metavar="FILE",
              help="Keep the benchmark archive here (default: a temporary file).")
@json_option
def bench_stories(data_dir: Path | None, limit: int | None, db: str | None, as_json: bool) -> None:
    """Cluster SaudiNewsNet + ANT from scratch: time, time per 10k, memory, related() p95."""
    from siyaq.config import shared_data_dir
    from siyaq.relate.bench import bench_stories as run_bench

    folder = data_dir or shared_data_dir()
    if folder is None:
        raise click.ClickException("no shared data folder: pass --data")
    run_bench(folder, limit=limit, db=Path(db) if db else None).emit(as_json)


COMMANDS: list[click.Command] = [story, related, stories, recluster]
EVALUATE: list[click.Command] = [evaluate_stories_command, evaluate_related_command]
TRAIN: list[click.Command] = []
BENCH: list[click.Command] = [bench_stories]
