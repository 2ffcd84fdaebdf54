"""The extraction evaluation: scoring rules on hand-made gold rows, and the CLI on dev data."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.config import shared_data_dir
from siyaq.evaluate.extraction import GoldPage, Tally, score_page, tally_report
from siyaq.model import Article

GOLD = GoldPage(
    id="g1", url=None, text="", title="عنوان الخبر", published_iso="2020-02-06T23:54",
    body=["السطر الأول من الخبر.", "السطر الثاني من الخبر."], furniture=["اقرأ أيضا"],
)


def article(title: str | None, body: list[str], published: str | None = None) -> Article:
    from datetime import datetime

    a = Article(id="a", content_hash="h", origin="o", title=title, body=body)
    a.published_at = datetime.fromisoformat(published) if published else None
    return a


@pytest.mark.parametrize(
    ("predicted", "metrics"),
    [
        (
            article("عنوان الخبر", ["السطر الأول  من الخبر.", "السطر الثاني من الخبر."], "2020-02-06T23:54"),
            {"title_accuracy": 1.0, "date_accuracy": 1.0, "body_f1": 1.0, "body_exact_pages": 1.0},
        ),
        (
            article(None, ["السطر الأول من الخبر.", "اقرأ أيضا"], "2020-02-07T10:00"),
            {"title_accuracy": 0.0, "date_accuracy": 0.0, "body_precision": 0.5, "body_recall": 0.5},
        ),
        (None, {"title_accuracy": 0.0, "body_recall": 0.0, "body_f1": 0.0}),
    ],
    ids=["perfect-with-space-noise", "furniture-in-body", "no-article"],
)
def test_scoring(predicted: Article | None, metrics: dict[str, float]) -> None:
    tally = Tally()
    score_page(tally, GOLD, predicted)
    report = tally_report(tally, "hand-made")
    for name, value in metrics.items():
        assert report.metrics[name] == pytest.approx(value), name


def test_invented_title_is_counted() -> None:
    tally = Tally()
    untitled = GoldPage(id="g2", url=None, text="", title=None, published_iso=None, body=["نص."])
    score_page(tally, untitled, article("عنوان مخترع", ["نص."]))
    assert tally_report(tally, "x").counts["titles_invented"] == 1


def test_cli_on_a_small_file(tmp_path: Path) -> None:
    row = {
        "id": "t1", "url": "https://x.example/1", "title": "افتتاح خط القطار السريع بين المدينتين",
        "published_iso": None,
        "excerpt": "افتتاح خط القطار السريع بين المدينتين\n"
        "أعلن وزير النقل اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين بعد سنوات من العمل.",
        "body": ["أعلن وزير النقل اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين بعد سنوات من العمل."],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "extraction", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"]["pages"] == 1
    assert data["metrics"]["title_accuracy"] == 1.0


@pytest.mark.shared
def test_dev_set_meets_the_issue_targets() -> None:
    data = shared_data_dir()
    dev = data / "pages" / "dev.jsonl" if data else None
    if dev is None or not dev.exists():
        pytest.skip("shared data absent")
    result = CliRunner().invoke(cli, ["evaluate", "extraction", str(dev), "--json"])
    report = json.loads(result.output)
    assert report["metrics"]["body_f1"] >= 0.95
    assert report["metrics"]["title_accuracy"] >= 0.95
    assert report["counts"]["pages_header_in_body"] == 0


def test_bench_pages_gives_every_round_a_new_extractor() -> None:
    from siyaq.evaluate.extraction import bench_pages
    from siyaq.model import ContentType, Page

    seen: list[list[str]] = []

    def make_extract() -> Callable[[Page], Article]:
        pages_seen: list[str] = []
        seen.append(pages_seen)

        def extract(page: Page) -> Article:
            pages_seen.append(page.origin)
            return Article(id=page.origin, content_hash="", origin=page.origin)

        return extract

    pages = [Page(content=b"x", origin=f"p{i}", content_type=ContentType.TEXT, text="x")
             for i in range(3)]
    report = bench_pages(pages, make_extract, "three pages", rounds=4)
    assert seen == [["p0", "p1", "p2"]] * 4  # four extractors, each sees every page once
    assert report.counts == {"pages": 3, "lines": 3, "rounds": 4}
