"""A quality gate on the project's own labeled corpus: samples/ through the real pipeline, scored
against samples/.gold.jsonl. The floors sit a little under what the pipeline reached when they
were set (see the comment at each); raise them as it improves, never lower them quietly."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from siyaq.model import Article
from siyaq.store import open_store
from siyaq.store.base import Store

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOLD = [json.loads(line) for line in (SAMPLES / ".gold.jsonl").read_text("utf-8").splitlines()]


@dataclass(slots=True)
class Scored:
    gold: dict[str, Any]
    article: Article | None


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    ingest = pytest.importorskip("siyaq.ingest")
    store = open_store(tmp_path_factory.mktemp("quality") / "samples.db")
    ingest.ingest_paths([str(SAMPLES)], store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def scored(archive: Store) -> list[Scored]:
    by_origin = {a.origin.replace("#line ", "#"): a for a in archive.iter_articles()}

    def find(row: dict[str, Any]) -> Article | None:
        return next((a for o, a in by_origin.items() if o.endswith(row["path"])), None)

    return [Scored(row, find(row)) for row in GOLD]


def ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def test_pages_become_articles(scored: list[Scored]) -> None:
    missing = [s.gold["id"] for s in scored if s.article is None]
    assert len(missing) <= 2, missing  # set at 2 missing (s25, s30: short dumps seen as listings)


def test_titles_and_dates(scored: list[Scored]) -> None:
    titles = [s.gold["id"] for s in scored if s.article and s.article.title != s.gold["title"]]
    dates = [s.gold["id"] for s in scored if s.article and not (
        s.article.published_at
        and s.article.published_at.isoformat().startswith(s.gold["published_iso"][:16]))]
    zones = [s.gold["id"] for s in scored
             if s.article and s.article.timezone_stated != s.gold["timezone_stated"]]
    assert len(titles) <= 2, titles  # set at 1 (s06: a title containing " - " was cut)
    assert len(dates) <= 1, dates  # set at 0
    assert len(zones) <= 1, zones  # set at 0


def test_body_lines(scored: list[Scored]) -> None:
    found = [s for s in scored if s.article]
    gold_lines = sum(len(s.gold["body"]) for s in found)
    kept = sum(len(s.article.body) for s in found if s.article)
    right = sum(len(set(s.gold["body"]) & set(s.article.body)) for s in found if s.article)
    precision, recall = ratio(right, kept), ratio(right, gold_lines)
    assert precision >= 0.95, precision  # set at 0.99 (s17: an agency credit inside the content div)
    assert recall >= 0.95, recall  # set at 1.0 over pages that became articles


def test_quotes_with_speakers(scored: list[Scored]) -> None:
    gold = {(s.gold["id"], q["speaker"], q["text"]) for s in scored for q in s.gold["quotes"]}
    found = {(s.gold["id"], q.speaker_canonical or q.speaker, q.text.strip(' «»"'))
             for s in scored if s.article for q in s.article.quotes}
    if not found:
        pytest.skip("no quotes found: the quote analyzer is not in this pipeline")
    right = len(gold & found)
    assert ratio(right, len(found)) >= 0.35  # set at P 0.40
    assert ratio(right, len(gold)) >= 0.45  # set at R 0.50


def test_entities(scored: list[Scored]) -> None:
    gold = {(s.gold["id"], t, n) for s in scored for t, names in s.gold["entities"].items()
            for n in names}
    found = {(s.gold["id"], m.type, m.text) for s in scored if s.article for m in s.article.mentions}
    if not found:
        pytest.skip("no entities found: the NER model is not in this pipeline")
    right = len(gold & found)
    assert ratio(right, len(found)) >= 0.65  # set at P 0.78
    assert ratio(right, len(gold)) >= 0.40  # set at R 0.49


def test_stories_match_events(archive: Store, scored: list[Scored]) -> None:
    story_of = {aid: st.id for st in archive.iter_stories() for aid in st.article_ids}
    if not story_of:
        pytest.skip("no stories: siyaq.relate did not run")
    pairs = itertools.combinations([s for s in scored if s.article], 2)
    tp = fp = fn = 0
    for one, two in pairs:
        assert one.article and two.article
        same = story_of.get(one.article.id, one.article.id) == story_of.get(
            two.article.id, two.article.id)
        same_gold = one.gold["event_id"] == two.gold["event_id"]
        tp, fp, fn = tp + (same and same_gold), fp + (same and not same_gold), fn + (
            same_gold and not same)
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    assert f1 >= 0.88, (precision, recall)  # set at P 0.90 R 0.97 F1 0.93 (s39 joined E6)
