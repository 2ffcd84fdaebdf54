"""`siyaq reanalyze` on a SQLite archive left by an older analysis (test_reanalyze's stub)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.store import open_store
from test_reanalyze import PAGES, _old_analysis, _store


@pytest.fixture
def old_archive(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    _store(lambda: open_store(path), _old_analysis, stale_english=True).close()
    return path


def test_reanalyze_json_then_text(old_archive: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(cli, ["reanalyze", "--db", str(old_archive), "--json"])
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    # The CLI analyses with the default limit: long.txt is analysed here, unlike the stub.
    assert (data["articles"], data["analysed"], data["changed"]) == (len(PAGES), 4, 5)
    assert data["rewritten"] == 5
    assert data["skipped"] == {"language en": 1}
    assert data["mentions_before"] == 4 < data["mentions_after"]
    assert "siyaq recluster" in data["stories"]
    second = runner.invoke(cli, ["reanalyze", "--db", str(old_archive)])
    assert second.exit_code == 0, second.output
    lines = second.stdout.splitlines()  # the progress spinner goes to stderr
    assert lines[0] == f"{len(PAGES)} articles: 4 analysed, 1 not (language en 1)"
    assert lines[1].startswith("0 articles changed their mentions or quotes; mentions"
                               f" {data['mentions_after']} -> {data['mentions_after']}")
    assert lines[2] == "0 articles written back (the others are stored as they would be written)"
    assert "siyaq recluster" in lines[-1]


def test_reanalyze_with_worker_processes(old_archive: Path) -> None:
    runner = CliRunner()
    run = runner.invoke(cli, ["reanalyze", "--workers", "2", "--db", str(old_archive), "--json"])
    assert run.exit_code == 0, run.output
    data = json.loads(run.stdout)
    assert (data["workers"], data["articles"], data["analysed"], data["changed"]) == (
        2, len(PAGES), 4, 5)
    text = runner.invoke(cli, ["reanalyze", "--workers", "2", "--db", str(old_archive)])
    assert "2 workers)" in text.stdout.splitlines()[3]
