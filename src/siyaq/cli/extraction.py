"""CLI commands of the text-dump cleaner (see siyaq.cli.main for the contract)."""

from __future__ import annotations

from pathlib import Path

import click

from siyaq.cli.options import json_option

COMMANDS: list[click.Command] = []
TRAIN: list[click.Command] = []
BENCH: list[click.Command] = []


@click.command("extraction")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--labeler", type=click.Choice(["default", "rules", "learned"]), default="default",
    help="Which line labeler to measure (default: the one extract_text_dump uses).",
)
@json_option
def evaluate_extraction(path: Path, labeler: str, as_json: bool) -> None:
    """Title, date and body-line scores of text-dump cleaning on a gold JSONL file."""
    from siyaq.evaluate.extraction import evaluate_pages, read_gold
    from siyaq.extract.text import LineLabeler, extract_text_dump
    from siyaq.model import Article, Page

    chosen: LineLabeler | None = None
    if labeler == "rules":
        from siyaq.extract.rules import RuleLabeler

        chosen = RuleLabeler()

    def extract(page: Page) -> Article:
        return extract_text_dump(page, labeler=chosen)

    report = evaluate_pages(list(read_gold(path)), extract, str(path))
    report.notes.insert(0, f"labeler: {labeler}")
    report.emit(as_json)


EVALUATE: list[click.Command] = [evaluate_extraction]
