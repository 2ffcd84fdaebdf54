"""`siyaq ingest-spark`: batch ingestion on Apache Spark (see docs/scale.md)."""

from __future__ import annotations

import os
import sys

import click

from siyaq.cli.archive import print_report
from siyaq.cli.options import db_option, json_option, tagger_option
from siyaq.config import Settings


@click.command("ingest-spark")
@click.argument("paths", nargs=-1, required=True)
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master URL (spark://host:7077, yarn, local[N], …).")
@click.option("--partitions", type=click.IntRange(1), default=None,
              help="Tasks to split the input files into (default: Spark's parallelism).")
@click.option("--no-analyze", is_flag=True, help="Skip entities, quotes and dates (faster).")
@click.option("--no-relate", is_flag=True, help="Skip duplicate and story detection.")
@tagger_option
@db_option
@json_option
def ingest_spark(paths: tuple[str, ...], master: str, partitions: int | None, no_analyze: bool,
                 no_relate: bool, tagger: str, db: str | None, as_json: bool) -> None:
    """Ingest files, folders or globs with Spark: each task runs the usual pipeline on its files
    and writes to the archive (use a postgresql:// archive on a cluster); stories are updated
    once at the end."""
    if "-" in paths:  # the tasks run elsewhere: standard input is not theirs to read
        raise click.UsageError("ingest-spark reads files; write standard input to a file, "
                               "or use `siyaq ingest -`")
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError as exc:
        raise click.ClickException(
            "ingest-spark needs pyspark and Java 17+: pip install 'siyaq[spark]'") from exc
    from siyaq.spark import ingest_with_spark

    # Python workers run this interpreter (where siyaq is installed) unless told otherwise;
    # on a cluster, set PYSPARK_PYTHON to the executors' Python with siyaq installed.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    settings = Settings.resolve(db)
    context = SparkContext.getOrCreate(SparkConf().setMaster(master).setAppName("siyaq ingest"))
    try:
        report = ingest_with_spark(context, paths, settings.db_path, partitions=partitions,
                                   analyze=not no_analyze, relate=not no_relate, tagger=tagger)
    finally:
        context.stop()
    print_report(report, settings.db_path, as_json)


COMMANDS: list[click.Command] = [ingest_spark]
EVALUATE: list[click.Command] = []
TRAIN: list[click.Command] = []
BENCH: list[click.Command] = []
