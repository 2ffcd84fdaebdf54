"""The main job: paths in, articles stored, indexed and related. The CLI and the web call this."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from siyaq.model import IngestReport, Record
from siyaq.pipeline import Step, batched, run
from siyaq.store.base import Store


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


def default_steps(store: Store, report: IngestReport, *, analyze: bool = True) -> list[Step]:
    """decode -> extract -> language -> (analyze): the same chain a process pool or Spark runs."""
    from siyaq.analyze import analyze_step
    from siyaq.arabic.language import language_step
    from siyaq.extract.templates import templated_extract_step
    from siyaq.sources.decode import decode_step

    # Outlets' repeated lines (menus, slogans) are learned per batch of pages: no per-site code.
    extract = templated_extract_step(batch_size=500, min_pages=5)
    steps: list[Step] = [skip_known(store, report), decode_step, extract, language_step]
    if analyze:
        steps.append(analyze_step())
    return steps


def ingest_records(
    records: Iterable[Record],
    store: Store,
    *,
    analyze: bool = True,
    relate: bool = True,
    batch_size: int = 200,
    on_batch: Callable[[int], None] | None = None,
) -> IngestReport:
    """Run the pipeline over records and store them batch by batch (one transaction each),
    so an interrupted run loses at most the batch in flight and a rerun resumes."""
    report = IngestReport()
    stored_ids: list[str] = []

    def counted(items: Iterable[Record]) -> Iterator[Record]:
        for item in items:
            report.seen += 1
            yield item

    stream = run(counted(records), *default_steps(store, report, analyze=analyze))
    for batch in batched(stream, batch_size):
        store.put_records(batch, report)
        for record in batch:
            for warning in record.article.warnings if record.article else []:
                report.count_warning(warning.split(":", 1)[0])
        stored_ids += [r.article.id for r in batch if r.article is not None and r.error is None]
        if on_batch is not None:
            on_batch(len(batch))
    if relate and stored_ids:
        from siyaq.relate import update_stories

        update_stories(store, stored_ids)
    return report


def ingest_paths(
    paths: Iterable[str],
    store: Store,
    *,
    analyze: bool = True,
    relate: bool = True,
    batch_size: int = 200,
    on_batch: Callable[[int], None] | None = None,
) -> IngestReport:
    """Ingest files, folders and globs (see siyaq.sources.read_paths for the formats)."""
    from siyaq.sources import read_paths

    return ingest_records(
        read_paths(paths),
        store,
        analyze=analyze,
        relate=relate,
        batch_size=batch_size,
        on_batch=on_batch,
    )
