"""`siyaq bench ingest`: extraction, ingest and search speed on SaudiNewsNet rendered as text dumps.

SaudiNewsNet (../shared/data/saudinewsnet/dataset/*.zip) holds JSON arrays of articles with
title, content, date_extracted, url and source. Each is rendered as the text dump of a page:
title line, blank line, a date line, then the paragraphs separated by blank lines, and given to
the pipeline as a ContentType.TEXT Page, exactly as a dumped page would arrive.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import Any

from siyaq.model import ContentType, IngestReport, Page, Record
from siyaq.pipeline import tree_cpu_seconds
from siyaq.sources.corpora import paragraphs, saudinewsnet_items
from siyaq.store.base import Store


@dataclass(slots=True)
class Timing:
    """Items processed in wall-clock and process-CPU seconds, with what the run reported.

    Both are kept: on a shared machine wall time includes waiting for other processes, while
    CPU time says what an idle core would do."""

    items: int
    seconds: float
    cpu_seconds: float
    report: IngestReport | None = None
    ok: int = 0

    @property
    def per_second(self) -> float:
        return self.items / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        return self.items / self.cpu_seconds if self.cpu_seconds else 0.0


class Stopwatch:
    """Wall and CPU time since construction."""

    __slots__ = ("cpu", "wall")

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def timing(self, items: int, *, report: IngestReport | None = None, ok: int = 0) -> Timing:
        return Timing(items, time.perf_counter() - self.wall, time.process_time() - self.cpu,
                      report, ok)


@dataclass(slots=True)
class Latency:
    milliseconds: list[float] = field(default_factory=list)
    cpu_milliseconds: list[float] = field(default_factory=list)
    hits: int = 0

    def percentile(self, share: float, *, cpu: bool = False) -> float:
        ordered = sorted(self.cpu_milliseconds if cpu else self.milliseconds)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def render_dump(item: dict[str, str]) -> str:
    """A SaudiNewsNet article as a page's text dump."""
    stamp = item.get("date_extracted", "")[:16]
    return "\n\n".join([item.get("title", "").strip(), f"تاريخ النشر: {stamp}",
                       *paragraphs(item.get("content"))])


def saudinewsnet_pages(folder: Path) -> Iterator[Page]:
    for origin, item in saudinewsnet_items(folder):
        yield _page(item, origin)


def _page(item: dict[str, str], origin: str) -> Page:
    fetched = item.get("date_extracted")
    return Page(
        content=render_dump(item).encode("utf-8"),
        origin=origin,
        content_type=ContentType.TEXT,
        url=item.get("url") or None,
        fetched_at=datetime.fromisoformat(fetched) if fetched else None,
    )


def load_pages(folder: Path, limit: int | None) -> list[Page]:
    return list(islice(saudinewsnet_pages(folder), limit))


def fresh_records(pages: Iterable[Page]) -> list[Record]:
    """New Record objects each run: steps fill page.text and record.article in place."""
    return [Record(Page(p.content, p.origin, p.content_type, p.url, p.fetched_at)) for p in pages]


def time_extraction(pages: list[Page]) -> Timing:
    """decode_step + extract_step alone (no store)."""
    from siyaq.extract import extract_step
    from siyaq.pipeline import run
    from siyaq.sources.decode import decode_step

    records = fresh_records(pages)
    watch = Stopwatch()
    ok = sum(1 for r in run(records, decode_step, extract_step) if r.ok)
    return watch.timing(len(pages), ok=ok)


def time_ingest(pages: list[Page], store: Store, *, analyze: bool) -> Timing:
    from siyaq.ingest import ingest_records

    records = fresh_records(pages)
    watch = Stopwatch()
    report = ingest_records(records, store, analyze=analyze, relate=False)
    return watch.timing(len(pages), report=report, ok=report.stored)


class TreeStopwatch:
    """Wall time and the CPU time of this process and its finished child processes (a worker
    pool's CPU is counted once the pool has shut down, as ingest_records does on return)."""

    __slots__ = ("cpu", "wall")

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = tree_cpu_seconds()

    def timing(self, items: int, *, report: IngestReport | None = None, ok: int = 0) -> Timing:
        return Timing(items, time.perf_counter() - self.wall, tree_cpu_seconds() - self.cpu,
                      report, ok)


def time_pipeline(pages: list[Page], store: Store, *, workers: int,
                  relate: bool = True) -> tuple[Timing, Timing | None]:
    """The main job as `siyaq ingest --workers N` runs it: decode, extract, analyse and store
    (timed with its workers; the storing process also builds the stored articles' relate
    features while the workers analyse the next batches), then relate them (timed apart)."""
    from siyaq.ingest import ingest_records
    from siyaq.relate import FeatureCache, update_stories

    stored: list[str] = []
    cache = FeatureCache() if relate else None
    watch = TreeStopwatch()
    report = ingest_records(fresh_records(pages), store, analyze=True, relate=False,
                            workers=workers, on_stored=stored.extend,
                            on_articles=cache.add if cache else None)
    ingest = watch.timing(len(pages), report=report, ok=report.stored)
    if cache is None:
        return ingest, None
    watch = TreeStopwatch()
    update_stories(store, stored, known=cache.take())
    return ingest, watch.timing(len(stored), ok=len(stored))


def load_queries(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def time_search(store: Store, queries: list[str], *, rounds: int = 3,
                filters: dict[str, Any] | None = None) -> Latency:
    """Each query `rounds` times after one warm-up pass; every timing counts. Timed as the
    CLI, the API and the reader run it (`search_view`: all words, then best matches when
    fewer than 20 articles hold them all), with `filters` (search_view's keywords)."""
    from siyaq.views import search_view

    return _timed(queries, rounds, lambda query: len(
        search_view(store, query, **(filters or {}))["hits"]))


def time_count(store: Store, queries: list[str], *, rounds: int = 3,
               filters: dict[str, Any] | None = None) -> Latency:
    """`Store.search_count` alone (search_view's total), as search_view asks it; `hits` sums
    the totals."""
    from siyaq.store.base import SearchQuery

    given = filters or {}
    entity = given.get("entity")
    keys = tuple(store.entity_keys(entity)) if entity else ()
    asked = {query: SearchQuery(query, given.get("published_from"), given.get("published_to"),
                                given.get("host"), entity, entity_keys=keys)
             for query in queries}
    return _timed(queries, rounds, lambda query: store.search_count(asked[query]))


def _timed(queries: list[str], rounds: int, ask: Callable[[str], int]) -> Latency:
    for query in queries:
        ask(query)
    latency = Latency()
    for _ in range(rounds):
        for query in queries:
            watch = Stopwatch()
            found = ask(query)
            timing = watch.timing(1)
            latency.milliseconds.append(timing.seconds * 1000)
            latency.cpu_milliseconds.append(timing.cpu_seconds * 1000)
            latency.hits += found
    return latency


def summarize(latency: Latency, label: str = "search") -> dict[str, float]:
    values = latency.milliseconds
    return {
        f"{label} p50 ms": latency.percentile(0.50),
        f"{label} p95 ms": latency.percentile(0.95),
        f"{label} max ms": max(values) if values else 0.0,
        f"{label} mean ms": statistics.fmean(values) if values else 0.0,
        f"{label} p50 ms (CPU)": latency.percentile(0.50, cpu=True),
        f"{label} p95 ms (CPU)": latency.percentile(0.95, cpu=True),
    }
