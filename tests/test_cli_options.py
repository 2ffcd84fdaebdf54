"""The options several commands share: --from/--to parsed in one place."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import siyaq.cli
from siyaq.cli.main import cli
from siyaq.cli.options import option_date


@pytest.mark.parametrize(("value", "end_of_day", "expected"), [
    pytest.param(None, False, None, id="not-given"),
    pytest.param("", True, None, id="empty"),
    pytest.param("2024-03-11", False, datetime(2024, 3, 11), id="from-a-bare-date"),
    pytest.param("2024-03-11", True, datetime(2024, 3, 11, 23, 59, 59), id="to-the-whole-day"),
    pytest.param("2024-03-11T14:05", True, datetime(2024, 3, 11, 14, 5),
                 id="to-a-time-as-given"),
    pytest.param("2024-03-11T14:05:30", False, datetime(2024, 3, 11, 14, 5, 30),
                 id="from-a-time"),
])
def test_option_date(value: str | None, end_of_day: bool, expected: datetime | None) -> None:
    assert option_date(value, end_of_day=end_of_day) == expected


def test_option_date_rejects_what_is_not_a_date() -> None:
    with pytest.raises(click.BadParameter, match="not a date"):
        option_date("11/03/2024")


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["search", "قطر", "--from", "2020-13-01"], id="search-from"),
        pytest.param(["stories", "--to", "yesterday"], id="stories-to"),
    ],
)
def test_a_bad_date_option_is_a_usage_error(args: list[str], tmp_path: Path) -> None:
    """`--from 2020-13-01` is the user's slip: a usage error naming the value, no traceback."""
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2, result.output
    assert "is not a date" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["search", "قطر", "--from", "2024-03-12", "--to", "2024-03-11"],
                     "is after --to", id="search-from-after-to"),
        pytest.param(["stories", "--from", "2024-03-12", "--to", "2024-03-11"],
                     "is after --to", id="stories-from-after-to"),
        pytest.param(["export", "--from", "2024-03-12", "--to", "2024-03-11"],
                     "is after --to", id="export-from-after-to"),
        pytest.param(["search"], "words to search for", id="search-nothing"),
        pytest.param(["search", "قطر", "--limit", "0"], "--limit", id="search-limit-zero"),
    ],
)
def test_what_the_api_refuses_the_cli_refuses(args: list[str], message: str,
                                              tmp_path: Path) -> None:
    """The JSON API answers these with 400; the CLI printed "0 results" and exit 0 (a silent
    empty list reads as "nothing was published")."""
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_failures_says_when_there_are_none(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["failures", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0
    assert result.stdout == ""  # the list itself stays empty for scripts
    assert "no failed pages" in result.stderr


def _private_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [f"{path.name}: from {node.module} import {alias.name}"
            for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("siyaq.cli")
            for alias in node.names if alias.name.startswith("_")]


def test_no_command_module_borrows_another_ones_private_helper() -> None:
    # A helper two commands need lives in siyaq.cli.options (or is made public), so changing
    # one command's internals cannot break another.
    folder = Path(siyaq.cli.__file__).parent
    assert [line for path in sorted(folder.glob("*.py")) for line in _private_imports(path)] == []
