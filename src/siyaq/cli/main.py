"""The `siyaq` command. Each module of siyaq.cli contributes commands; none holds logic.

A module may define any of: COMMANDS (top-level), EVALUATE, TRAIN, BENCH (subcommands of
`siyaq evaluate`, `siyaq train`, `siyaq bench`). Each is a list of click commands.
"""

from __future__ import annotations

import importlib

import click

from siyaq import __version__

# Each module is owned by one part of the system; the order sets the order in --help.
MODULES = [
    "archive", "upgrade", "spark", "extraction", "html_eval", "entities", "quotes_dates",
    "stories", "web", "bench",
]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="siyaq")
def cli() -> None:
    """siyaq: Arabic news pages in, a clean, linked, searchable news archive out."""


@cli.group()
def evaluate() -> None:
    """Measure quality on labeled data; prints the same format every time (--json too)."""


@cli.group()
def train() -> None:
    """Rebuild the models shipped in the package from the shared data."""


@cli.group()
def bench() -> None:
    """Measure speed; prints the machine and the method with the numbers."""


def _register() -> None:
    groups = {"COMMANDS": cli, "EVALUATE": evaluate, "TRAIN": train, "BENCH": bench}
    for name in MODULES:
        module = importlib.import_module(f"siyaq.cli.{name}")
        for attribute, group in groups.items():
            for command in getattr(module, attribute, []):
                group.add_command(command)


_register()


def main() -> None:
    cli(prog_name="siyaq")
