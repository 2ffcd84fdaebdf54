"""The main job: paths in, articles stored, indexed and related. The CLI and the web call this."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import ClassVar

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import Article, IngestReport, Record
from siyaq.pipeline import Step, batched, in_order, run
from siyaq.store.base import Store
from siyaq.store.records import Prepared, prepare


def skip_known(store: Store, report: IngestReport) -> Step:
    """Drop pages whose exact content is already stored: re-ingesting is a no-op."""

    def step(records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            if (
                record.error is None
                and record.page.content
                and store.has_content(record.page.content_hash)
            ):
                report.unchanged += 1
                continue
            yield record

    return step


def processing_steps(*, analyze: bool = True, tagger: str | None = None) -> list[Step]:
    """decode -> extract -> language -> (analyze): no store, no shared state, so the same chain
    runs in this process, in a worker of a process pool, or in a Spark partition."""
    from siyaq.analyze import analyze_step
    from siyaq.arabic.language import language_step
    from siyaq.extract import extract_step
    from siyaq.extract.closings import closing_lines_step
    from siyaq.sources.decode import decode_step

    # Site templates (extract.templates) are not in the default chain: on the samples, where
    # every dump has its outlet, they cost titles and let furniture into bodies (measured).
    # Closing lines are learned the same way but only ever take a body's last paragraphs.
    steps: list[Step] = [decode_step, extract_step, closing_lines_step(), language_step]
    if analyze:
        steps.append(analyze_step(tagger=tagger))
    return steps


class _Worker:
    """The processing chain of one worker process, built once (models load once per worker).
    With the store's analyzer it also prepares each record for storing (JSON, search terms,
    index rows), so the storing process is left with row writes only."""

    steps: ClassVar[list[Step]] = []
    analyzer: ClassVar[Analyzer | None] = None

    @classmethod
    def start(cls, analyze: bool, tagger: str | None, analyzer: Analyzer | None = None) -> None:
        cls.steps = processing_steps(analyze=analyze, tagger=tagger)
        cls.analyzer = analyzer

    @classmethod
    def process(cls, chunk: list[Record]) -> list[Record | Prepared]:
        done = run(chunk, *cls.steps)
        analyzer = cls.analyzer
        return [prepare(r, analyzer) for r in done] if analyzer is not None else list(done)


def processed(
    records: Iterable[Record], analyze: bool, tagger: str | None, workers: int, chunk_size: int,
    analyzer: Analyzer | None = None,
) -> Iterator[Record | Prepared]:
    """The records through processing_steps, in input order, one out for each one in: here, or
    in ``workers`` processes (chunks of ``chunk_size``); prepared for storing with
    ``analyzer`` when one is given."""
    if workers <= 1:
        done = run(records, *processing_steps(analyze=analyze, tagger=tagger))
        yield from (prepare(r, analyzer) for r in done) if analyzer is not None else done
        return
    with ProcessPoolExecutor(workers, initializer=_Worker.start,
                             initargs=(analyze, tagger, analyzer)) as pool:
        for chunk in in_order(pool, _Worker.process, batched(records, chunk_size), 2 * workers):
            yield from chunk


def _store_batch(
    store: Store, batch: list[Record | Prepared], report: IngestReport
) -> list[Record]:
    """Write one batch (prepared or not) in one transaction; returns its records."""
    if batch and all(isinstance(item, Prepared) for item in batch):
        prepared = [item for item in batch if isinstance(item, Prepared)]
        store.put_prepared(prepared, report)
        return [item.record for item in prepared]
    records = [item.record if isinstance(item, Prepared) else item for item in batch]
    store.put_records(records, report)
    return records


def _analyzer_for(store: Store) -> Analyzer | None:
    """The store's analyzer when the store takes prepared records (both shipped stores do; a
    store without put_prepared gets whole records), else None."""
    if not hasattr(store, "put_prepared"):
        return None
    analyzer = getattr(store, "analyzer", None)
    return analyzer if isinstance(analyzer, Analyzer) else None


def ingest_records(
    records: Iterable[Record],
    store: Store,
    *,
    analyze: bool = True,
    relate: bool = True,
    batch_size: int = 200,
    workers: int = 1,
    on_batch: Callable[[int], None] | None = None,
    on_stored: Callable[[list[str]], None] | None = None,
    tagger: str | None = None,
    on_articles: Callable[[list[Article]], None] | None = None,
) -> IngestReport:
    """Run the pipeline over records and store them batch by batch (one transaction each),
    so an interrupted run loses at most the batch in flight and a rerun resumes.

    ``workers`` > 1 runs decode/extract/analyze in that many processes; storing stays here.
    ``tagger`` names the shipped entity tagger (None: the default, see docs/entities.md).
    ``on_stored`` gets the ids of each committed batch's articles (a distributed run relates
    them once every partition is in); ``on_articles`` gets those articles (a FeatureCache's
    add, for relating them after the run)."""
    from siyaq.relate import FeatureCache

    report = IngestReport()
    stored_ids: list[str] = []
    cache = FeatureCache() if relate else None

    def counted(items: Iterable[Record]) -> Iterator[Record]:
        for item in items:
            report.seen += 1
            yield item

    fresh = skip_known(store, report)(counted(records))
    done = processed(fresh, analyze, tagger, workers, batch_size, _analyzer_for(store))
    for items in batched(done, batch_size):
        batch = _store_batch(store, items, report)
        for record in batch:
            for warning in record.article.warnings if record.article else []:
                report.count_warning(warning.split(":", 1)[0])
        articles = [r.article for r in batch if r.article is not None and r.error is None]
        batch_ids = [article.id for article in articles]
        stored_ids += batch_ids
        if cache is not None:
            cache.add(articles)
        if on_articles is not None:
            on_articles(articles)
        if on_batch is not None:
            on_batch(len(batch))
        if on_stored is not None:
            on_stored(batch_ids)
    if relate and stored_ids:
        from siyaq.relate import update_stories

        update_stories(store, stored_ids, known=cache.take() if cache else None)
    return report


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    *,
    analyze: bool = True,
    relate: bool = True,
    batch_size: int = 200,
    workers: int = 1,
    on_batch: Callable[[int], None] | None = None,
    on_stored: Callable[[list[str]], None] | None = None,
    tagger: str | None = None,
) -> IngestReport:
    """Ingest files, folders and globs (see siyaq.sources.read_paths for the formats). Files
    of other formats inside the folders are not read; the report counts them by format."""
    from siyaq.sources import read_paths, skipped_reason

    skipped: Counter[str] = Counter()
    report = ingest_records(
        read_paths(paths, on_skipped=lambda path: skipped.update((skipped_reason(path),))),
        store,
        analyze=analyze,
        relate=relate,
        batch_size=batch_size,
        workers=workers,
        on_batch=on_batch,
        on_stored=on_stored,
        tagger=tagger,
    )
    report.skipped = dict(skipped)
    return report
