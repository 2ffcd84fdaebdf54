"""Distributed ingestion: partitions of the input files, each stored by its own task, give the
same archive as one ordinary run. The partition task runs here without Spark; the Spark run
itself needs pyspark and Java (skipped otherwise)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.cli.main import cli
from siyaq.ingest import ingest_paths
from siyaq.relate import update_stories
from siyaq.sources import expand_path
from siyaq.spark import ingest_partition
from siyaq.store import Store, open_store

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


@pytest.fixture(params=["sqlite", "postgres"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty archive's location, as a task on another machine would be given it."""
    if request.param == "sqlite":
        yield str(tmp_path / "spark.db")
        return
    from conftest import POSTGRES_ENV, _drop_schemas, _postgres_archive

    dsn = os.environ.get(POSTGRES_ENV)
    if not dsn:
        pytest.skip(f"no PostgreSQL server ({POSTGRES_ENV} is not set)")
    schemas: list[str] = []
    store = _postgres_archive(dsn, schemas)
    yield store.dsn  # type: ignore[attr-defined]
    store.close()
    _drop_schemas(dsn, schemas)


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("reference") / "one-run.db")
    ingest_paths([str(SAMPLES)], store)
    yield store
    store.close()


def snapshot(store: Store) -> tuple[object, object]:
    articles = sorted(store.iter_articles(), key=lambda a: a.id)
    return articles, list(store.iter_stories())


def test_partitions_make_the_same_archive_as_one_run(location: str, reference: Store) -> None:
    files = list(expand_path(str(SAMPLES)))
    parts = [files[i::3] for i in range(3)]  # interleaved: every outlet split across tasks
    results = [ingest_partition(part, location) for part in reversed(parts)]
    assert sum(r.report.stored for r in results) == 40
    archive = open_store(location)
    update_stories(archive, [i for r in results for i in r.stored_ids])
    assert snapshot(archive) == snapshot(reference)
    again = ingest_partition(files, location)  # a rerun of any task is a no-op
    assert (again.report.unchanged, again.report.stored, again.stored_ids) == (40, 0, [])
    archive.close()


def test_cli_says_what_is_missing_without_pyspark(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_pyspark(name: str, *args: object, **kwargs: object) -> object:
        if name == "pyspark":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_pyspark)
    result = CliRunner().invoke(cli, ["ingest-spark", str(SAMPLES), "--db",
                                      str(tmp_path / "a.db")])
    assert result.exit_code == 1 and "siyaq[spark]" in result.output


def test_standard_input_is_not_for_spark_tasks(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["ingest-spark", "-", "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 2 and "siyaq ingest -" in result.output


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")
def test_spark_local_cluster_makes_the_same_archive(location: str, reference: Store) -> None:
    pytest.importorskip("pyspark")
    result = CliRunner().invoke(cli, ["ingest-spark", str(SAMPLES), "--db", location,
                                      "--master", "local[2]", "--partitions", "4"])
    assert result.exit_code == 0, result.output
    assert "stored 40" in result.output
    archive = open_store(location)
    assert snapshot(archive) == snapshot(reference)
    archive.close()


def test_a_partition_runs_the_chosen_tagger(tmp_path: Path) -> None:
    files = sorted(expand_path(str(SAMPLES)))[:6]
    by_tagger = {}
    for tagger in ("crf", "neural"):
        ingest_partition(files, str(tmp_path / f"{tagger}-task.db"), tagger=tagger)
        one_run = open_store(tmp_path / f"{tagger}-run.db")
        ingest_paths(files, one_run, relate=False, tagger=tagger)
        task = open_store(tmp_path / f"{tagger}-task.db")
        mentions = [[(m.text, m.type) for m in a.mentions]
                    for a in sorted(task.iter_articles(), key=lambda a: a.id)]
        assert mentions == [[(m.text, m.type) for m in a.mentions]
                            for a in sorted(one_run.iter_articles(), key=lambda a: a.id)]
        by_tagger[tagger] = mentions
        task.close()
        one_run.close()
    assert by_tagger["crf"] != by_tagger["neural"]  # so the case shows which tagger ran
