"""Date resolution on the Recognizers-Text Arabic DateTime cases (skipped without shared data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.evaluate.dates import evaluate, load_cases

pytestmark = pytest.mark.shared


def folder(shared_data: Path) -> Path:
    return shared_data / "temporal" / "recognizers_text_arabic"


def test_resolution_accuracy_floor(shared_data: Path) -> None:
    report, scores = evaluate(folder(shared_data))
    assert set(scores) == {"DateParser.json", "TimeParser.json"}
    assert report.counts["cases scored"] >= 80
    assert report.metrics["resolution accuracy (strict)"] >= 0.85


def test_ignore_resolution_cases_are_skipped(shared_data: Path) -> None:
    raw = json.loads((folder(shared_data) / "DateTime" / "DateParser.json")
                     .read_text(encoding="utf-8-sig"))
    kept = load_cases(folder(shared_data) / "DateTime" / "DateParser.json")
    assert 0 < len(kept) < len(raw)
    ignored = {c["Input"] for c in raw if c.get("IgnoreResolution")}
    assert not ignored & {c.input for c in kept}


def test_evaluate_dates_json(shared_data: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", "dates", str(folder(shared_data)), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["name"] == "dates"
    assert set(data["sections"]) == {"DateParser.json", "TimeParser.json"}
