"""`siyaq evaluate html`: HTML extraction quality and speed on the shared benchmarks."""

from __future__ import annotations

from pathlib import Path

import click

from siyaq.cli.options import json_option
from siyaq.config import shared_data_dir

_SETS = ["scrapinghub", "wcxb", "arabic-dates", "assabah", "cnn-arabic"]


@click.command(name="html")
@click.option("--data", "data_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="The shared data folder (default: ../shared/data).")
@click.option("--set", "sets", multiple=True, type=click.Choice(_SETS),
              help="Only these sets (repeatable; default: all).")
@click.option("--no-compare", is_flag=True, help="Skip trafilatura even when installed.")
@click.option("--line-cleaner", is_flag=True,
              help="Add a row: siyaq's body passed through the text-dump line cleaner.")
@json_option
def html(data_dir: Path | None, sets: tuple[str, ...], no_compare: bool, line_cleaner: bool,
         as_json: bool) -> None:
    """Body F1 (Scrapinghub 4-gram shingles), dates, boilerplate snippets and pages/s,
    beside trafilatura when it is installed."""
    from siyaq.evaluate.html import html_report

    data = data_dir or shared_data_dir()
    if data is None:
        raise click.ClickException("shared data not found: pass --data or set SIYAQ_SHARED_DATA")
    html_report(data, list(sets) or _SETS, compare=not no_compare,
                line_cleaner=line_cleaner).emit(as_json)


COMMANDS: list[click.Command] = []
EVALUATE: list[click.Command] = [html]
TRAIN: list[click.Command] = []
BENCH: list[click.Command] = []
