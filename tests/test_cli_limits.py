"""List lengths and offsets out of range are usage errors (exit 2), as the JSON API's 400s:
a --limit past 64 bits was a Python traceback (OverflowError from SQLite), and quotes,
stories, related and entities took 0 or a negative count without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.cli.options import MAX_LIST_LIMIT, MAX_SEARCH_OFFSET

HUGE = str(2**63)  # one past SQLite's largest INTEGER


# Each list option, and the values past its cap: past 64 bits overflowed the database.
COUNTS = [
    (["search", "سوريا", "--limit"], "--limit", "search-limit"),
    (["search", "--entity", "زهير القاسم", "--limit"], "--limit", "search-entity-limit"),
    (["search", "سوريا", "--offset"], "--offset", "search-offset"),
    (["quotes", "--limit"], "--limit", "quotes-limit"),
    (["stories", "--limit"], "--limit", "stories-limit"),
    (["related", "a1", "--limit"], "--limit", "related-limit"),
    (["entities", "--top"], "--top", "entities-top"),
]
TOO_LARGE = [
    *(pytest.param([*args, value], option, id=f"{name}-{label}") for args, option, name in COUNTS
      for value, label in ((HUGE, "past-64-bits"), (str(MAX_LIST_LIMIT + 1), "past-the-cap"))),
    # A story size has no cap of its own below what the database compares.
    pytest.param(["stories", "--min-size", HUGE], "--min-size", id="stories-min-size-past-64-bits"),
]


@pytest.mark.parametrize(("args", "option"), TOO_LARGE)
def test_a_count_too_large_is_a_usage_error(tmp_path: Path, args: list[str],
                                            option: str) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2, result.output
    assert option in result.output and "Traceback" not in result.output
    assert not isinstance(result.exception, OverflowError)


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["quotes", "--limit", "0"], id="quotes-zero"),
        pytest.param(["quotes", "--limit", "-1"], id="quotes-negative"),
        pytest.param(["stories", "--limit", "0"], id="stories-zero"),
        pytest.param(["stories", "--min-size", "0"], id="stories-min-size-zero"),
        pytest.param(["related", "a1", "--limit", "0"], id="related-zero"),
        pytest.param(["entities", "--top", "-3"], id="entities-negative"),
    ],
)
def test_a_count_below_one_is_a_usage_error(tmp_path: Path, args: list[str]) -> None:
    """The API answers limit=0 with 400; `quotes --limit -1` listed every quote (SQLite's
    LIMIT -1 is no limit)."""
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2, result.output


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["search", "سوريا", "--limit", str(MAX_LIST_LIMIT),
                      "--offset", str(MAX_SEARCH_OFFSET)], id="search"),
        pytest.param(["quotes", "--limit", str(MAX_LIST_LIMIT)], id="quotes"),
        pytest.param(["stories", "--limit", str(MAX_LIST_LIMIT), "--min-size", str(2**63 - 1)],
                     id="stories"),
        pytest.param(["entities", "--top", "300"], id="entities-past-the-apis-page"),
    ],
)
def test_counts_up_to_the_cap_are_taken(tmp_path: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, [*args, "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output


def test_the_cli_takes_every_page_the_api_serves() -> None:
    """The API's page (at most 100) fits in a CLI list; search offsets reach as far."""
    from siyaq.web.params import MAX_LIMIT
    from siyaq.web.params import MAX_SEARCH_OFFSET as API_SEARCH_OFFSET

    assert MAX_LIMIT <= MAX_LIST_LIMIT
    assert MAX_SEARCH_OFFSET == API_SEARCH_OFFSET
