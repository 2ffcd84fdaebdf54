"""`siyaq reextract` on a SQLite archive just ingested: nothing to rewrite, failures counted."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from siyaq.cli.main import cli
from test_reanalyze import PAGES


def test_reextract_json_then_text(tmp_path: Path) -> None:
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    archive = str(tmp_path / "archive.db")
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", str(tmp_path), "--db", archive, "--json"])
    assert ingested.exit_code == 0, ingested.output
    first = runner.invoke(cli, ["reextract", "--db", archive, "--json"])
    assert first.exit_code == 0, first.output
    data = json.loads(first.stdout)
    assert (data["pages"], data["articles"], data["failures"]) == (len(PAGES) + 1, len(PAGES), 1)
    assert (data["rewritten"], data["recovered"]) == (0, 0)
    assert data["not_retried"] == {"no bytes stored": 1} and data["still_failing"] == {}
    assert "siyaq recluster" in data["stories"]
    second = runner.invoke(cli, ["reextract", "--db", archive])
    assert second.exit_code == 0, second.output
    lines = second.stdout.splitlines()  # the progress spinner goes to stderr
    assert lines[0] == f"{len(PAGES) + 1} pages read: {len(PAGES)} with an article, 1 stored as failures"
    assert lines[1].startswith("0 articles written back (0 changed, the others for this release's"
                               " JSON alone; the rest came out as stored); 0 no longer")
    assert "siyaq recluster" in lines[-1]


def test_reextract_with_worker_processes(tmp_path: Path) -> None:
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    archive = str(tmp_path / "archive.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(tmp_path), "--db", archive]).exit_code == 0
    run = runner.invoke(cli, ["reextract", "--workers", "2", "--db", archive, "--json"])
    assert run.exit_code == 0, run.output
    data = json.loads(run.stdout)
    assert (data["workers"], data["articles"], data["rewritten"]) == (2, len(PAGES), 0)
    text = runner.invoke(cli, ["reextract", "--workers", "2", "--db", archive])
    assert "(2 workers)" in text.stdout.splitlines()[-2]
    refused = runner.invoke(cli, ["reextract", "--workers", "0", "--db", archive])
    assert refused.exit_code == 2 and "0" in refused.output
