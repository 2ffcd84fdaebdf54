"""`siyaq bench analysis`: articles per CPU-second of each analysis component."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.analyze.bench import bench, cpu_rate, load_articles
from siyaq.cli.main import cli

ITEMS = [
    {"source": "spa", "date_extracted": "2015-07-22 10:00:00", "title": "الوزير يصل",
     "content": 'وصل الوزير أمس الثلاثاء.\n\nوقال الوزير خالد منصور: "نريد حلا سياسيا للأزمة".'},
    {"source": "okaz", "date_extracted": "2015-07-23 08:30:00", "title": "خبر",
     "content": "اجتمع المجلس يوم 20 يوليو 2015 في الرياض."},
    {"source": "okaz", "date_extracted": "2015-07-23 09:00:00", "title": "ثالث",
     "content": "نص بلا تواريخ ولا اقتباسات."},
]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    folder = tmp_path / "dataset"
    folder.mkdir()
    with zipfile.ZipFile(folder / "2015-07-22.zip", "w") as zipped:
        zipped.writestr("2015-07-22.json", json.dumps(ITEMS, ensure_ascii=False))
    return folder


@pytest.mark.parametrize(("limit", "count"), [pytest.param(2, 2, id="limited"),
                                              pytest.param(10, 3, id="more-than-there-are"),
                                              pytest.param(None, 3, id="no-limit")])
def test_load_articles(dataset: Path, limit: int | None, count: int) -> None:
    articles = load_articles(dataset, limit)
    assert len(articles) == count
    first = articles[0]
    assert first.body == ["وصل الوزير أمس الثلاثاء.", 'وقال الوزير خالد منصور: "نريد حلا سياسيا للأزمة".']
    assert first.published_at == datetime(2015, 7, 22, 10, 0)
    assert len({a.id for a in articles}) == count


def test_cpu_rate_runs_every_article_after_one_warm_up(dataset: Path) -> None:
    articles = load_articles(dataset, 3)
    seen: list[str] = []
    assert cpu_rate(articles, lambda a: seen.append(a.id)) >= 0
    assert seen == [articles[0].id] + [a.id for a in articles]
    assert cpu_rate([], seen.append) == 0.0


def test_bench_without_ner_reports_each_component(dataset: Path) -> None:
    report = bench(dataset, 3, ner=False)
    assert report.counts["articles"] == 3
    assert report.counts["dates"] == 2  # أمس الثلاثاء, 20 يوليو 2015
    assert report.counts["quotes"] == 1
    assert report.counts["mentions"] == 0
    assert set(report.metrics) == {f"{name} articles/CPU-s" for name in
                                   ("dates", "quotes", "dates+quotes", "analyze_step")}


@pytest.mark.parametrize(("options", "articles"), [
    pytest.param(["--limit", "2"], 2, id="limited"),
    pytest.param([], 3, id="whole-corpus-by-default"),
])
def test_bench_analysis_command(dataset: Path, options: list[str], articles: int) -> None:
    result = CliRunner().invoke(cli, ["bench", "analysis", str(dataset), *options,
                                      "--no-ner", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"]["articles"] == articles
    assert "Python" in data["machine"]


@pytest.mark.shared
def test_bench_analysis_with_ner_on_saudinewsnet(shared_data: Path) -> None:
    report = bench(shared_data / "saudinewsnet" / "dataset", 5)
    assert report.counts["articles"] == 5 and report.counts["mentions"] > 0
    assert report.metrics["ner articles/CPU-s"] > 0
    assert report.metrics["analyze_step articles/CPU-s"] > 0
