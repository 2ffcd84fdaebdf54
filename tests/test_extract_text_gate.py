"""Regression gate: a small labeled corpus of fictional dumps (tests/fixtures/dumps/gate.jsonl)
with floors that may not drop. Raise a floor when the cleaner gets better; never lower one."""

from __future__ import annotations

from pathlib import Path

import pytest

from siyaq.evaluate.extraction import evaluate_pages, read_gold
from siyaq.extract.text import LineLabeler, extract_text_dump
from siyaq.model import Article, Page

GATE = Path(__file__).parent / "fixtures" / "dumps" / "gate.jsonl"

FLOORS = {
    "title_accuracy": 1.0,
    "date_accuracy": 1.0,
    "body_precision": 1.0,
    "body_recall": 1.0,
    "body_f1": 1.0,
    "body_exact_pages": 1.0,
}
# The CRF alone (used by default only on long dumps; these are short ones).
LEARNED_FLOORS = {"title_accuracy": 0.7, "date_accuracy": 1.0, "body_f1": 0.97}


def _labelers() -> list[object]:
    from siyaq.extract.cleaner import LearnedLabeler
    from siyaq.extract.rules import RuleLabeler

    chosen: list[object] = [
        pytest.param("default", None, FLOORS, id="default"),
        pytest.param("rules", RuleLabeler(), FLOORS, id="rules"),
    ]
    if LearnedLabeler.available():
        chosen.append(pytest.param("learned", LearnedLabeler(), LEARNED_FLOORS, id="learned"))
    return chosen


@pytest.mark.parametrize(("name", "labeler", "floors"), _labelers())
def test_gate_floors(name: str, labeler: LineLabeler | None, floors: dict[str, float]) -> None:
    def extract(page: Page) -> Article:
        return extract_text_dump(page, labeler=labeler)

    report = evaluate_pages(list(read_gold(GATE)), extract, str(GATE))
    assert report.counts["pages"] == 10
    for metric, floor in floors.items():
        assert report.metrics[metric] >= floor, (name, metric, report.notes)
    assert report.counts["titles_invented"] == 0
    assert report.counts["dates_invented"] == 0
    assert report.counts["pages_header_in_body"] == 0
    assert report.counts["furniture_lines_in_body"] == 0
