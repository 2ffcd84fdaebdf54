"""Options shared by many commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

F = Callable[..., Any]


def db_option(fn: F) -> F:
    return click.option(
        "--db",
        "db",
        default=None,
        metavar="FILE|URL",
        help="Archive: a SQLite file, or a postgresql:// URL (default: $SIYAQ_DB, else"
             " ./siyaq.db).",
    )(fn)


def json_option(fn: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON.")(fn)


def tagger_option(fn: F) -> F:
    from siyaq.analyze.ner_train import DEFAULT_TAGGER, TAGGERS

    return click.option("--tagger", type=click.Choice(TAGGERS), default=DEFAULT_TAGGER,
                        show_default=True, help="Which shipped entity tagger to run.")(fn)


def gold_source_option(fn: F) -> F:
    """How an evaluation builds the gold pages' articles."""
    return click.option("--source", type=click.Choice(["auto", "pipeline", "gold"]),
                        default="auto", show_default=True,
                        help="Build articles through the pipeline or from gold fields.")(fn)
