"""Batch ingestion on Apache Spark: the same pipeline, one partition of input files per task.

The driver lists the input files; each Spark task reads its files, runs the usual processing
steps (decode, extract, language, analysis) and stores the results itself, batch by batch, in
one shared archive (a PostgreSQL server; a SQLite file only in local mode). Only file names go
out and only counts and article ids come back, so nothing of the pipeline has to be pickled
but a module-level function and its arguments. Stories are then updated once, on the driver.

``ingest_partition`` is that task, with no Spark in it: the tests run it directly, and any
other engine (a process pool, Dask, a job queue) can call it the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from siyaq.model import IngestReport


@dataclass(slots=True)
class PartitionResult:
    report: IngestReport
    stored_ids: list[str] = field(default_factory=list)


def ingest_partition(files: Iterable[str], archive: str, *, analyze: bool = True,
                     batch_size: int = 200, tagger: str | None = None) -> PartitionResult:
    """Read, process and store some input files into the archive; stories are left to the
    caller, who sees every partition's articles."""
    from siyaq.ingest import ingest_paths
    from siyaq.store import open_store

    stored: list[str] = []
    store = open_store(archive)
    try:
        report = ingest_paths(list(files), store, analyze=analyze, relate=False,
                              batch_size=batch_size, on_stored=stored.extend, tagger=tagger)
    finally:
        store.close()
    return PartitionResult(report, stored)


def _spark_task(files: Iterator[str], archive: str, analyze: bool,
                tagger: str | None) -> Iterator[PartitionResult]:
    names = list(files)
    if names:  # Spark also runs empty partitions
        yield ingest_partition(names, archive, analyze=analyze, tagger=tagger)


def ingest_with_spark(spark_context: Any, paths: Iterable[str], archive: str, *,
                      partitions: int | None = None, analyze: bool = True,
                      relate: bool = True, tagger: str | None = None) -> IngestReport:
    """Ingest files, folders and globs with a SparkContext; returns the merged report.

    Paths must be readable at the same place on every executor (a shared or cluster file
    system); folders and globs are expanded on the driver."""
    from functools import partial

    from siyaq.sources import expand_path
    from siyaq.store.records import merge_reports

    files = [file for path in paths for file in expand_path(path)]
    report = IngestReport()
    if not files:
        return report
    slices = min(len(files), partitions or spark_context.defaultParallelism)
    task = partial(_spark_task, archive=archive, analyze=analyze, tagger=tagger)
    results = spark_context.parallelize(files, slices).mapPartitions(task).collect()
    stored: list[str] = []
    for result in results:
        merge_reports(report, result.report)
        stored += result.stored_ids
    if relate and stored:
        _relate(archive, stored)
    return report


def _relate(archive: str, article_ids: list[str]) -> None:
    from siyaq.relate import update_stories
    from siyaq.store import open_store

    store = open_store(archive)
    try:
        update_stories(store, article_ids)
    finally:
        store.close()
