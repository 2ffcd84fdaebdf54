"""The same-story metrics, on clusterings small enough to count by hand, and on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from siyaq.evaluate.stories import (
    GoldPage,
    evaluate_stories,
    page_record,
    read_gold,
    score_clusters,
)
from siyaq.model import ContentType


def _pages(events: dict[str, str], hard: dict[str, list[str]] | None = None) -> list[GoldPage]:
    hard = hard or {}
    return [GoldPage(id=p, event_id=e, url=None, excerpt="", title=None, body=[], published=None,
                     confusable_with=hard.get(p, []), hard_negative=p in hard)
            for p, e in events.items()]


GOLD = {"a": "E1", "b": "E1", "c": "E1", "d": "E2", "n": "N1"}


@pytest.mark.parametrize(
    ("predicted", "precision", "recall", "merged"),
    [
        pytest.param({"a": "1", "b": "1", "c": "1", "d": "2", "n": "3"}, 1.0, 1.0, 0, id="perfect"),
        pytest.param({"a": "1", "b": "1", "c": "2", "d": "3", "n": "4"}, 1.0, 1 / 3, 0, id="split"),
        pytest.param({"a": "1", "b": "1", "c": "1", "d": "2", "n": "1"}, 0.5, 1.0, 1,
                     id="hard-negative-merged"),
        pytest.param({p: "1" for p in GOLD}, 0.3, 1.0, 1, id="one-big-story"),
    ],
)
def test_pairwise_scores_and_hard_negatives(
    predicted: dict[str, str], precision: float, recall: float, merged: int
) -> None:
    report = score_clusters(_pages(GOLD, {"n": ["E1"]}), predicted, "hand")
    assert report.metrics["pairwise_precision"] == pytest.approx(precision)
    assert report.metrics["pairwise_recall"] == pytest.approx(recall)
    assert report.counts["hard_negatives_merged"] == merged


def test_bcubed_on_a_split() -> None:
    predicted = {"a": "1", "b": "1", "c": "2", "d": "3", "n": "4"}
    report = score_clusters(_pages(GOLD), predicted, "hand")
    # a, b: recall 2/3 each; c: 1/3; d, n: 1 -> (2/3 + 2/3 + 1/3 + 1 + 1) / 5
    assert report.metrics["bcubed_recall"] == pytest.approx((2 / 3 * 2 + 1 / 3 + 2) / 5)
    assert report.metrics["bcubed_precision"] == pytest.approx(1.0)
    assert any("E1 split" in note for note in report.notes)


@pytest.mark.shared
@pytest.mark.parametrize(
    ("source", "most_merged", "least_f1"),
    [
        # Gold fields carry no analysis (no dates, no quotes): the 2019 Facebook outage stays
        # merged with 2021's (the 2017 rate decision is kept apart by a figure further down).
        pytest.param("gold", 1, 0.82, id="gold"),
        # Through the pipeline the recap sentence is left out and a shared quote ties Jeffrey's
        # MEI reports: 0 merged, F1 0.879 (target 0.90 with at most 1 merged).
        pytest.param("pipeline", 1, 0.85, id="pipeline"),
    ],
)
def test_dev_set_keeps_hard_negatives_apart(
    shared_data: Path, source: str, most_merged: int, least_f1: float
) -> None:
    report = evaluate_stories(shared_data / "pages" / "dev.jsonl", source=source)
    assert report.counts["pages"] == 72
    assert report.counts["hard_negatives_merged"] <= most_merged
    assert report.metrics["pairwise_precision"] >= 0.9
    assert report.metrics["pairwise_f1"] >= least_f1  # regression floor; target is 0.90


SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HTML = ("<html><head><title>عنوان</title></head><body><article><h1>عنوان الخبر</h1>"
        "<p>نص الخبر في صفحة HTML كما نشرها الموقع.</p></article></body></html>")


def _row_page(tmp_path: Path, row: dict[str, object]) -> GoldPage:
    gold = tmp_path / ".gold.jsonl"
    gold.write_text(json.dumps({"id": "x1", "event_id": "E1", **row}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    (page,) = read_gold(gold)
    return page


@pytest.mark.parametrize(
    ("row", "files", "content_type", "kind"),
    [
        pytest.param({"path": "site/a.html", "excerpt": "مقتطف"}, {"site/a.html": HTML},
                     ContentType.HTML, "file", id="html-file-read-as-html"),
        pytest.param({"path": "site/a.txt"}, {"site/a.txt": "نص مفرغ"}, ContentType.TEXT, "file",
                     id="text-dump-file"),
        pytest.param({"path": "feed.jsonl#2"},
                     {"feed.jsonl": '{"title": "أ", "body": ["ب"]}\n{"title": "ج", "body": ["د"]}\n'},
                     ContentType.ARTICLE, "file", id="second-feed-record"),
        pytest.param({"html": HTML}, {}, ContentType.HTML, "inline html", id="inline-html"),
        pytest.param({"path": "gone.html", "excerpt": "مقتطف"}, {}, ContentType.TEXT,
                     "excerpt as text", id="missing-file-falls-back-to-excerpt"),
    ],
)
def test_each_row_enters_the_pipeline_as_ingest_would_read_it(
    tmp_path: Path, row: dict[str, object], files: dict[str, str], content_type: ContentType,
    kind: str,
) -> None:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    record, how = page_record(_row_page(tmp_path, row))
    assert (record.page.content_type, how) == (content_type, kind)
    assert record.page.origin == "x1"  # the evaluation finds the row's article by it
    if "#2" in str(row.get("path")):
        assert record.page.given_title == "ج"


def test_sample_labels_read_html_rows_as_html() -> None:
    report = evaluate_stories(SAMPLES / ".gold.jsonl")
    assert report.counts["articles"] == 40  # every row, HTML ones included (was 23: excerpts only)
    assert report.counts["hard_negatives"] == 8
    assert report.counts["hard_negatives_merged"] == 0
    assert report.metrics["pairwise_f1"] >= 0.8


def _gold_row(page: str, event: str, words: str) -> str:
    body = [" ".join([words] * 12)]
    return json.dumps({"id": page, "event_id": event, "title": words, "body": body,
                       "excerpt": body[0], "is_hard_negative": False, "confusable_with": []},
                      ensure_ascii=False)


def test_leave_one_event_out_scores_one_fold_per_event(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join([
        _gold_row("a1", "E1", "انهيار جسر المدينة القديمة فوق النهر"),
        _gold_row("a2", "E1", "انهيار جسر المدينة القديمة فوق النهر الكبير"),
        _gold_row("b1", "E2", "افتتاح معرض الكتاب الدولي في العاصمة"),
        _gold_row("b2", "E2", "افتتاح معرض الكتاب الدولي في العاصمة اليوم"),
    ]) + "\n", encoding="utf-8")
    report = evaluate_stories(gold, source="gold", leave_one_out=True)
    folds = report.sections["leave one event out"]
    assert set(folds) == {"E1_f1", "E1_merged", "E2_f1", "E2_merged"}
    assert report.metrics["loeo_f1_min"] <= report.metrics["loeo_f1_mean"]
    assert report.metrics["loeo_f1_mean"] <= report.metrics["loeo_f1_max"]
    assert report.counts["loeo_most_merged"] == 0
    assert "leave one event out" not in evaluate_stories(gold, source="gold").sections


def _hard_row(page: str, event: str, words: str, confusable: list[str]) -> str:
    row = json.loads(_gold_row(page, event, words))
    row.update(is_hard_negative=True, confusable_with=confusable)
    return json.dumps(row, ensure_ascii=False)


@pytest.mark.parametrize(
    ("second", "split"),
    [
        pytest.param("افتتاح معرض الكتاب الدولي في العاصمة", True, id="unrelated-pieces"),
        pytest.param("انهيار جسر المدينة القديمة فوق النهر الكبير", False, id="one-story"),
    ],
)
def test_explain_gives_the_best_pair_across_pieces_and_for_hard_negatives(
    tmp_path: Path, second: str, split: bool
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join([
        _gold_row("a1", "E1", "انهيار جسر المدينة القديمة فوق النهر"),
        _gold_row("a2", "E1", second),
        _hard_row("n1", "N1", "ترميم جسر المدينة القديمة بعد عام", ["E1"]),
    ]) + "\n", encoding="utf-8")
    notes = evaluate_stories(gold, source="gold", explain=True).notes
    pieces = [n for n in notes if n.startswith("event E1 best pair across pieces: a1 a2 score=")]
    assert len(pieces) == int(split)
    assert any(n.startswith("hard negative n1 (N1) best pair: n1 a") for n in notes)
    assert not any("best pair" in n for n in evaluate_stories(gold, source="gold").notes)
