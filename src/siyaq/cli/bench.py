"""`siyaq bench ingest`, `bench entities` and `siyaq evaluate stemmers`: thin wrappers printing a
Report."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from siyaq.cli.options import gold_source_option, json_option, option_date
from siyaq.config import shared_data_dir
from siyaq.evaluate.report import Report
from siyaq.model import Page

if TYPE_CHECKING:
    from siyaq.store import Store

# src/siyaq/cli/bench.py -> the repository's bench/ folder (data files of the benchmarks).
BENCH_DIR = Path(__file__).resolve().parents[3] / "bench"


def _dataset(data: str | None) -> Path:
    if data:
        return Path(data)
    shared = shared_data_dir()
    if shared is None:
        raise click.ClickException("no shared data folder: pass --data DIR (SaudiNewsNet *.zip)")
    return shared / "saudinewsnet" / "dataset"


def _archive(db: str | None, tmp: Path, name: str) -> Store:
    """A new, empty archive: the benchmark must not mix with (or skip pages of) an old one."""
    from siyaq.store import is_server_archive, open_store

    if db is not None and not is_server_archive(db) and Path(db).exists():
        raise click.ClickException(f"{db} exists; bench ingest needs a new archive file")
    store = open_store(tmp / name if db is None else db)
    if store.article_count():
        store.close()
        raise click.ClickException("bench ingest needs an empty archive")
    return store


def _archive_mb(store: Store) -> float:
    from siyaq.store.sqlite import SQLiteStore

    if isinstance(store, SQLiteStore):
        return store.path.stat().st_size / 1e6
    return store.size_bytes() / 1e6  # type: ignore[attr-defined, no-any-return]


@click.command("ingest")
@click.option("--data", metavar="DIR", help="SaudiNewsNet dataset folder (default: shared data).")
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--db", default=None, metavar="FILE|URL",
              help="New archive file, or an empty postgresql:// archive (default: temporary).")
@click.option("--analyze-limit", type=int, default=2000, show_default=True,
              help="Articles for the run with analysis (0 skips it).")
@click.option("--queries", type=click.Path(dir_okay=False), default=str(BENCH_DIR / "queries.txt"),
              show_default=True, help="Search queries, one per line.")
@json_option
def ingest_bench(data: str | None, limit: int | None, db: str | None, analyze_limit: int,
                 queries: str, as_json: bool) -> None:
    """Articles/s for extraction and for ingest into SQLite; search latency p50/p95."""
    from siyaq.store import benchmark as b
    from siyaq.store import describe

    folder = _dataset(data)
    pages = b.load_pages(folder, limit)
    report = Report("bench ingest", f"{folder} rendered as text dumps")
    report.counts["articles"] = len(pages)
    with tempfile.TemporaryDirectory() as tmp:
        _run_extraction(report, pages)
        store = _archive(db, Path(tmp), "bench.db")
        report.notes.append(f"archive: {describe(db or 'a temporary SQLite file')}")
        timing = b.time_ingest(pages, store, analyze=False)
        report.counts["stored"] = timing.ok
        report.counts["not stored"] = sum(timing.report.failed.values()) if timing.report else 0
        report.metrics["ingest articles/s (no analysis)"] = timing.per_second
        report.metrics["ingest articles/CPU-s (no analysis)"] = timing.per_cpu_second
        report.metrics["archive MB"] = _archive_mb(store)
        _run_search(report, store, Path(queries))
        store.close()
        if analyze_limit:
            _run_analysis(report, pages[:analyze_limit], Path(tmp) / "analyzed.db")
    report.notes += [
        "extraction: decode_step + extract_step, one process",
        "ingest: siyaq.ingest.ingest_records(analyze=False, relate=False), batches of 200,"
        " indexing with the Arabic analyzer (SQLite FTS5, or PostgreSQL tsvector), one process",
        "articles/s is wall clock; articles/CPU-s divides by this process's CPU time (what an"
        " otherwise idle core gives); a PostgreSQL server's own CPU time is not in it",
    ]
    report.emit(as_json)


def _run_search(report: Report, store: Store, queries: Path,
                filters: dict[str, Any] | None = None, count: bool = False) -> None:
    from siyaq.store import benchmark as b

    asked = b.load_queries(queries)
    latency = b.time_search(store, asked, filters=filters)
    report.counts["search timings"] = len(latency.milliseconds)
    report.metrics.update(b.summarize(latency))
    note = (f"search: {queries.name}, 3 timed rounds after a warm-up, limit 20,"
            " snippets included; ms (CPU) is this process's CPU time")
    if count:  # the total alone (Store.search_count), which search_view asks first
        counted = b.time_count(store, asked, filters=filters)
        report.counts["count timings"] = len(counted.milliseconds)
        report.metrics.update(b.summarize(counted, "count"))
        note += "; count: Store.search_count alone, the same rounds"
    if filters:
        note += "; filters: " + ", ".join(f"{key}={value}" for key, value in filters.items())
    report.notes.append(note)


@click.command("search")
@click.option("--db", required=True, metavar="FILE|URL", help="An existing archive.")
@click.option("--queries", type=click.Path(dir_okay=False), default=str(BENCH_DIR / "queries.txt"),
              show_default=True, help="Search queries, one per line.")
@click.option("--from", "date_from", metavar="DATE", help="Every query published on or after.")
@click.option("--to", "date_to", metavar="DATE", help="Every query published on or before.")
@click.option("--source", metavar="HOST", help="Every query on this outlet only.")
@click.option("--entity", metavar="NAME", help="Every query on articles mentioning NAME.")
@json_option
def search_bench(db: str, queries: str, date_from: str | None, date_to: str | None,
                 source: str | None, entity: str | None, as_json: bool) -> None:
    """Search latency p50/p95 on an existing archive (e.g. one `bench ingest --db` built), and
    the total's (Store.search_count) alone; each query with the filters given, as `siyaq search`
    takes them. On a server archive the wall clock holds the server's work, the CPU time not."""
    from siyaq.store import describe, is_server_archive, open_store

    if not is_server_archive(db) and not Path(db).exists():
        raise click.ClickException(f"no archive at {db}")
    filters = {key: value for key, value in (
        ("published_from", option_date(date_from)),
        ("published_to", option_date(date_to, end_of_day=True)),
        ("host", source), ("entity", entity)) if value}
    store = open_store(db)
    report = Report("bench search", describe(db))
    report.counts["articles"] = store.article_count()
    _run_search(report, store, Path(queries), filters, count=True)
    store.close()
    report.emit(as_json)


@click.command("entities")
@click.option("--db", required=True, metavar="FILE|URL", help="An existing archive.")
@click.option("--rounds", type=click.IntRange(1), default=5, show_default=True,
              help="Timed calls of each, after a warm-up; the median is printed.")
@json_option
def entities_bench(db: str, rounds: int, as_json: bool) -> None:
    """The entity listing's time on an existing archive: each type, the /entities view, and
    the ranking from entity_counts beside the GROUP BY over the mentions it replaced."""
    from siyaq.store import describe, is_server_archive, open_store
    from siyaq.store.entity_bench import TOP, time_entity_listing

    if not is_server_archive(db) and not Path(db).exists():
        raise click.ClickException(f"no archive at {db}")
    store = open_store(db)  # migrates an older archive first: entity_counts filled
    report = Report("bench entities", describe(db))
    report.counts["articles"] = store.article_count()
    server = is_server_archive(db)
    report.metrics.update(time_entity_listing(store, rounds, wall=server))
    store.close()
    report.notes.append(f"top {TOP} (the view asks for {2 * TOP}); median of {rounds} calls"
                        " after a warm-up; " + ("wall clock: the server's work is in it" if server
                                                else "ms (CPU) is this process's CPU time"))
    report.emit(as_json)


def _run_extraction(report: Report, pages: list[Page]) -> None:
    from siyaq.store import benchmark as b

    try:
        timing = b.time_extraction(pages)
    except ImportError as exc:
        report.notes.append(f"extraction not measured: {exc}")
        return
    report.counts["extracted"] = timing.ok
    report.metrics["extract articles/s"] = timing.per_second
    report.metrics["extract articles/CPU-s"] = timing.per_cpu_second


def _run_analysis(report: Report, pages: list[Page], path: Path) -> None:
    from siyaq.store import benchmark as b
    from siyaq.store.sqlite import SQLiteStore

    store = SQLiteStore(path)
    try:
        timing = b.time_ingest(pages, store, analyze=True)
    except Exception as exc:  # analysis is another part; report instead of failing the bench
        report.notes.append(f"ingest with analysis not measured: {type(exc).__name__}: {exc}")
        return
    finally:
        store.close()
    report.counts["analyzed articles"] = timing.items
    report.metrics["ingest+analysis articles/s"] = timing.per_second
    report.metrics["ingest+analysis articles/CPU-s"] = timing.per_cpu_second
    report.notes.append(f"ingest+analysis: first {timing.items} articles, analyze=True")


@click.command("pipeline")
@click.option("--data", metavar="DIR", help="SaudiNewsNet dataset folder (default: shared data).")
@click.option("--limit", type=int, default=2000, show_default=True, help="The first N articles.")
@click.option("--workers", type=int, default=2, show_default=True,
              help="Processes for decode/extract/analysis, as `siyaq ingest --workers`.")
@click.option("--relate/--no-relate", default=True, show_default=True,
              help="Also place the articles in stories (timed apart).")
@click.option("--db", default=None, metavar="FILE|URL",
              help="New archive file, or an empty postgresql:// archive (default: temporary).")
@json_option
def pipeline_bench(data: str | None, limit: int, workers: int, relate: bool, db: str | None,
                   as_json: bool) -> None:
    """The whole job end to end with all analysis: articles/s on this machine's cores."""
    from siyaq.store import benchmark as b
    from siyaq.store import describe

    folder = _dataset(data)
    pages = b.load_pages(folder, limit)
    report = Report("bench pipeline", f"{folder} rendered as text dumps")
    report.counts.update(articles=len(pages), workers=workers)
    with tempfile.TemporaryDirectory() as tmp:
        store = _archive(db, Path(tmp), "pipeline.db")
        ingest, related = b.time_pipeline(pages, store, workers=workers, relate=relate)
        store.close()
    report.counts["stored"] = ingest.ok
    report.metrics["ingest+analysis articles/s"] = ingest.per_second
    report.metrics["ingest+analysis articles/CPU-s"] = ingest.per_cpu_second
    if related is not None:
        report.metrics["relate articles/s"] = related.per_second
        report.metrics["relate articles/CPU-s"] = related.per_cpu_second
        report.metrics["end to end articles/s"] = len(pages) / (ingest.seconds + related.seconds)
        report.metrics["end to end articles/CPU-s"] = len(pages) / (ingest.cpu_seconds
                                                                    + related.cpu_seconds)
    report.notes += [
        f"archive: {describe(db or 'a temporary SQLite file')}",
        "ingest+analysis: siyaq.ingest.ingest_records(analyze=True, relate=False,"
        f" workers={workers}), batches of 200; CPU-s counts this process and its workers;"
        " the storing process also builds the relate features of each stored batch",
        "relate: siyaq.relate.update_stories over the stored articles, one process, after",
        "articles/s is wall clock over every article read (stored or not); the models load"
        " in each worker inside the timed run, as they do in `siyaq ingest`",
    ]
    report.emit(as_json)


@click.command("search")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--limit", type=click.IntRange(1, 100), default=10, show_default=True,
              help="Hits read per query.")
@gold_source_option
@json_option
def evaluate_search_command(path: Path, limit: int, source: str, as_json: bool) -> None:
    """Each gold page's `search_query` run as the reader runs it: its pages found (recall),
    hits of its context (precision), MRR."""
    from siyaq.evaluate.search import evaluate_search

    evaluate_search(path, limit=limit, source=source).emit(as_json)


@click.command("stemmers")
@click.argument("path", type=click.Path(exists=True, dir_okay=False),
                default=str(BENCH_DIR / "stem_relevance.tsv"))
@json_option
def stemmers(path: str, as_json: bool) -> None:
    """Stemmer relevance check: same-word forms matched, look-alike words kept apart."""
    from siyaq.arabic.stem import DEFAULT_STEMMER, STEMMERS
    from siyaq.arabic.stem_check import check_stemmer, load_cases

    cases = load_cases(Path(path))
    report = Report("stemmers", path, counts={"queries": len(cases)})
    for name in STEMMERS:
        result = check_stemmer(name, cases)
        report.sections[name] = {"recall": result.recall,
                                 "false match rate": result.false_match_rate,
                                 "score": result.score}
    report.notes.append(f"default: {DEFAULT_STEMMER}; score = harmonic mean of recall and"
                        " 1 - false match rate")
    report.emit(as_json)


@click.command("whole-stems")
@click.option("--data", metavar="DIR", help="The shared data folder (default: ../shared/data).")
@click.option("--out", type=click.Path(dir_okay=False), default=None,
              help="Where to write (default: the file shipped in the package).")
def train_whole_stems(data: str | None, out: str | None) -> None:
    """Rebuild the stems whose seeming prefix belongs to the word (وزير، وكالات) from
    SaudiNewsNet + ANT."""
    from importlib import resources

    from siyaq.analyze.ner_clusters import news_texts
    from siyaq.arabic.stem import LightStemmer
    from siyaq.arabic.whole_words import RESOURCE, count_words, whole_words, write_whole_stems

    folder = Path(data) if data else shared_data_dir()
    if folder is None:
        raise click.ClickException("no shared data folder; pass --data")
    counts = count_words(news_texts(folder))
    plain = LightStemmer(extended=True)  # the stemmer without the list being rebuilt
    words = whole_words(counts, plain.prefixes)
    target = Path(out) if out else Path(str(resources.files("siyaq.resources") / RESOURCE))
    written = write_whole_stems((plain.strip_suffixes(w) for w in words), target)
    click.echo(f"{len(counts)} distinct words read; {len(words)} keep their beginning;"
               f" {written} stems written to {target}")


COMMANDS: list[click.Command] = []
EVALUATE: list[click.Command] = [stemmers, evaluate_search_command]
TRAIN: list[click.Command] = [train_whole_stems]
BENCH: list[click.Command] = [ingest_bench, search_bench, entities_bench, pipeline_bench]
