"""The HTML pages of the bundled sample corpus extract exactly as its gold says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from siyaq.extract import extract_step
from siyaq.pipeline import run
from siyaq.sources import read_paths
from siyaq.sources.decode import decode_step

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _gold() -> dict[str, dict[str, object]]:
    path = SAMPLES / ".gold.jsonl"
    if not path.is_file():
        pytest.skip("sample corpus gold not present")
    lines = path.read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines if line.strip()]
    return {str(SAMPLES / item["path"]): item for item in items if item["path"].endswith(".html")}


def test_every_sample_html_page_matches_its_gold() -> None:
    gold = _gold()
    records = list(run(read_paths(sorted(gold)), decode_step, extract_step))
    wrong = []
    for record in records:
        item, article = gold[record.page.origin], record.article
        assert article is not None, record.error
        published = article.published_at.strftime("%Y-%m-%dT%H:%M") if article.published_at else None
        got = (article.title, published, article.body, [t.text for t in article.teasers])
        want = (item["title"], str(item["published_iso"])[:16], item["body"], item.get("teasers"))
        if got != want:
            wrong.append((record.page.origin, got, want))
    assert records and wrong == []
