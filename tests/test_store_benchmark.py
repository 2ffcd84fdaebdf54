import json
import multiprocessing
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.store.benchmark import (
    Latency,
    TreeStopwatch,
    load_queries,
    render_dump,
    saudinewsnet_pages,
)

ITEMS = [
    {"source": "example", "url": f"http://example.com/{i}", "date_extracted": "2015-07-21 02:51:32",
     "title": f"عنوان الخبر رقم {i} عن الاقتصاد",
     "content": "أعلنت وزارة المالية اليوم عن ميزانية جديدة تدعم المشاريع في المدن الكبرى.\n\n"
                f"وقال الوزير إن الخطة رقم {i} ستنفذ خلال العام المقبل بالتعاون مع القطاع الخاص."}
    for i in range(6)
]


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    folder = tmp_path / "dataset"
    folder.mkdir()
    with zipfile.ZipFile(folder / "2015-07-21.zip", "w") as zipped:
        zipped.writestr("2015-07-21.json", json.dumps(ITEMS, ensure_ascii=False))
    return folder


def test_render_dump_is_title_date_paragraphs() -> None:
    lines = render_dump(ITEMS[0]).split("\n\n")
    assert lines[0] == ITEMS[0]["title"]
    assert lines[1] == "تاريخ النشر: 2015-07-21 02:51"
    assert lines[2:] == ITEMS[0]["content"].split("\n\n")


def test_pages_from_zip(dataset: Path) -> None:
    pages = list(saudinewsnet_pages(dataset))
    assert len(pages) == len(ITEMS)
    assert pages[0].url == "http://example.com/0"
    assert pages[0].origin == "2015-07-21.zip/2015-07-21.json#0"
    assert pages[0].content.decode("utf-8") == render_dump(ITEMS[0])


def test_queries_file_has_100_queries() -> None:
    queries = load_queries(Path(__file__).resolve().parents[1] / "bench" / "queries.txt")
    assert len(queries) == 100 and len(set(queries)) == 100


def test_percentiles() -> None:
    latency = Latency(milliseconds=[float(i) for i in range(1, 101)])
    assert latency.percentile(0.5) == 51.0 and latency.percentile(0.95) == 95.0
    assert Latency().percentile(0.95) == 0.0


def test_bench_ingest_command(dataset: Path, tmp_path: Path) -> None:
    queries = tmp_path / "q.txt"
    queries.write_text("# comment\nالميزانية\nالقطاع الخاص\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["bench", "ingest", "--data", str(dataset), "--limit", "4",
                                      "--analyze-limit", "0", "--queries", str(queries), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"]["articles"] == 4
    assert data["counts"]["stored"] == 4
    assert data["counts"]["search timings"] == 6
    assert data["metrics"]["ingest articles/s (no analysis)"] > 0
    assert "machine" in data


def test_bench_ingest_refuses_existing_archive(dataset: Path, tmp_path: Path) -> None:
    existing = tmp_path / "old.db"
    existing.write_bytes(b"")
    result = CliRunner().invoke(cli, ["bench", "ingest", "--data", str(dataset), "--db",
                                      str(existing)])
    assert result.exit_code != 0 and "exists" in result.output


def test_evaluate_stemmers_command() -> None:
    result = CliRunner().invoke(cli, ["evaluate", "stemmers", "--json"])
    assert result.exit_code == 0, result.output
    sections = json.loads(result.output)["sections"]
    assert set(sections) == {"light", "light-extended", "snowball", "none"}


def test_bench_search_command(dataset: Path, tmp_path: Path) -> None:
    archive = tmp_path / "built.db"
    queries = tmp_path / "q.txt"
    queries.write_text("الميزانية\n", encoding="utf-8")
    runner = CliRunner()
    built = runner.invoke(cli, ["bench", "ingest", "--data", str(dataset), "--db", str(archive),
                                "--analyze-limit", "0", "--queries", str(queries)])
    assert built.exit_code == 0, built.output
    result = runner.invoke(cli, ["bench", "search", "--db", str(archive), "--queries",
                                 str(queries), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"] == {"articles": len(ITEMS), "search timings": 3, "count timings": 3}
    assert data["metrics"]["search p95 ms"] >= data["metrics"]["search p50 ms"] > 0
    assert data["metrics"]["count max ms"] >= data["metrics"]["count p50 ms"] > 0
    filtered = runner.invoke(cli, ["bench", "search", "--db", str(archive), "--queries",
                                   str(queries), "--from", "2015-01-01", "--to", "2015-12-31",
                                   "--source", "nowhere.example", "--entity", "أحد", "--json"])
    assert filtered.exit_code == 0, filtered.output
    assert "host=nowhere.example" in json.loads(filtered.output)["notes"][0]


def _burn_cpu(seconds: float) -> None:
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


def test_tree_stopwatch_counts_finished_child_processes() -> None:
    own = time.process_time()
    watch = TreeStopwatch()
    child = multiprocessing.get_context("spawn").Process(target=_burn_cpu, args=(0.3,))
    child.start()
    child.join()
    timing = watch.timing(1)
    assert timing.cpu_seconds >= 0.3 > time.process_time() - own


@pytest.mark.parametrize("workers", [1, 2], ids=["in-process", "worker-pool"])
def test_bench_pipeline_command(dataset: Path, workers: int) -> None:
    result = CliRunner().invoke(cli, ["bench", "pipeline", "--data", str(dataset), "--limit", "5",
                                      "--workers", str(workers), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"] == {"articles": 5, "workers": workers, "stored": 5}
    metrics = data["metrics"]
    # end to end includes relating, so it is never faster than ingest alone
    assert 0 < metrics["end to end articles/s"] <= metrics["ingest+analysis articles/s"]
    assert metrics["relate articles/s"] > 0
