"""CLI commands of this part of siyaq (see siyaq.cli.main for the contract)."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
EVALUATE: list[click.Command] = []
TRAIN: list[click.Command] = []
BENCH: list[click.Command] = []
