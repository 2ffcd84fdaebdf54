"""`siyaq bench stories`: cluster SaudiNewsNet + ANT from scratch and time it, check the silver
same-title pairs, and time related(). Loads the corpora straight into a SQLite archive (no
extraction: the articles are already structured) so only relate/ is measured."""

from __future__ import annotations

import hashlib
import random
import resource
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from email.utils import parsedate_to_datetime
from itertools import islice
from pathlib import Path

from siyaq.evaluate.report import Report
from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.relate.cluster import Engine
from siyaq.relate.features import article_time
from siyaq.relate.text import normalize
from siyaq.sources.corpora import ant_documents, paragraphs, saudinewsnet_items
from siyaq.store.base import Store


def saudinewsnet(folder: Path) -> Iterator[Article]:
    for _, row in saudinewsnet_items(folder / "saudinewsnet" / "dataset"):
        crawled = datetime.fromisoformat(row["date_extracted"])
        yield _article("snn", row["url"], row.get("source"), row.get("title"),
                       row.get("content") or "", None, crawled)


def ant(folder: Path) -> Iterator[Article]:
    for tags in ant_documents(folder / "ant"):
        yield _article("ant", tags.get("URL") or tags.get("DOCNO", ""), tags.get("SRC"),
                       tags.get("TITLE"), tags.get("TEXT", ""), _rfc2822(tags.get("TIME")), None,
                       key=tags.get("DOCNO"))


def _rfc2822(value: str | None) -> datetime | None:
    try:
        return parsedate_to_datetime(value).replace(tzinfo=None) if value else None
    except (TypeError, ValueError):
        return None


def _article(
    corpus: str, url: str, source: str | None, title: str | None, text: str,
    published: datetime | None, fetched: datetime | None, key: str | None = None,
) -> Article:
    ident = hashlib.sha1(f"{corpus}:{key or url}".encode()).hexdigest()[:16]
    return Article(id=ident, content_hash=ident, origin=f"{corpus}:{key or url}", url=url,
                   host=source, title=title, body=paragraphs(text), published_at=published,
                   fetched_at=fetched, language="ar")


def load(store: Store, articles: Iterator[Article], batch: int = 2000) -> int:
    count = 0
    while chunk := list(islice(articles, batch)):
        store.put_records([Record(Page(a.origin.encode(), a.origin, ContentType.ARTICLE, a.url), a)
                           for a in chunk], IngestReport())
        count += len(chunk)
    return count


def bench_stories(folder: Path, *, limit: int | None = None, db: Path | None = None) -> Report:
    from siyaq.store import open_store

    with tempfile.TemporaryDirectory() as scratch:
        store = open_store(db or Path(scratch) / "bench.db")
        try:
            report = _run(store, folder, limit)
        finally:
            store.close()
    return report


def _run(store: Store, folder: Path, limit: int | None) -> Report:
    report = Report(name="stories (bench)", dataset=f"{folder}/saudinewsnet + {folder}/ant")
    started = time.perf_counter()
    if next(store.articles_published_between(datetime.min, datetime.max), None) is None:
        both = _chain(saudinewsnet(folder), ant(folder))
        load(store, islice(both, limit) if limit else both)
        report.metrics["load_seconds"] = time.perf_counter() - started
    else:
        report.notes.append("archive given with --db already loaded: reused as is")
    items = [(a.id, article_time(a)) for a in store.iter_articles()]
    report.counts["articles"] = len(items)
    store.delete_stories()
    marks: list[tuple[int, float]] = []
    cpu_marks: list[tuple[int, float]] = []
    clock, cpu = time.perf_counter(), time.process_time()

    def progress(placed: int) -> None:
        marks.append((placed, time.perf_counter() - clock))
        cpu_marks.append((placed, time.process_time() - cpu))

    Engine(store, progress=progress).run(items)
    total, total_cpu = time.perf_counter() - clock, time.process_time() - cpu
    report.metrics["cluster_seconds"] = total
    # CPU time is what the work costs; on a shared machine the wall clock also counts waiting.
    report.metrics["cluster_cpu_seconds"] = total_cpu
    report.metrics["articles_per_second"] = len(items) / total if total else 0.0
    report.metrics["articles_per_cpu_second"] = len(items) / total_cpu if total_cpu else 0.0
    report.metrics["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report.sections["seconds per 10k articles, as the archive grows"] = _per_10k(marks)
    report.sections["CPU seconds per 10k articles, as the archive grows"] = _per_10k(cpu_marks)
    _story_counts(store, report)
    report.sections["silver: same title at 2+ SaudiNewsNet outlets"] = _silver(store)
    report.sections["related() latency, 200 random articles"] = _related_latency(store, items)
    report.notes.append("articles loaded as given (no extraction); clustering from scratch, "
                        "time order, one pass per day with the merge step")
    return report


def _chain(*sources: Iterator[Article]) -> Iterator[Article]:
    for source in sources:
        yield from source


def _per_10k(marks: list[tuple[int, float]]) -> dict[str, float]:
    section: dict[str, float] = {}
    last_n, last_t, step = 0, 0.0, 10_000
    for placed, elapsed in marks:
        if placed - last_n >= step or placed == marks[-1][0]:
            label = f"{last_n // 1000}k-{placed // 1000}k"
            section[label] = (elapsed - last_t) * step / max(placed - last_n, 1)
            last_n, last_t = placed, elapsed
    return section


def _story_counts(store: Store, report: Report) -> None:
    sizes = [len(s.article_ids) for s in store.iter_stories() if s.article_ids]
    report.counts["stories"] = len(sizes)
    report.counts["stories_2plus"] = sum(n > 1 for n in sizes)
    report.counts["largest_story"] = max(sizes, default=0)
    report.counts["copies"] = sum(len(s.copies) for s in store.iter_stories())


def _silver(store: Store) -> dict[str, float]:
    """Titles shared by 2+ outlets: how many such groups sit wholly in one story."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in store.iter_articles():
        if article.origin.startswith("snn:") and article.title and len(article.title) >= 15:
            groups[normalize(article.title).strip()].append(article)
    shared = [g for g in groups.values() if len({a.host for a in g}) >= 2]
    together = pairs = pairs_together = 0
    for group in shared:
        stories = [store.get_story_of(a.id) for a in group]
        ids = [s.id if s else a.id for s, a in zip(stories, group, strict=True)]
        together += len(set(ids)) == 1
        for i, first in enumerate(ids):
            for second in ids[i + 1:]:
                pairs += 1
                pairs_together += first == second
    return {"title_groups": len(shared), "groups_in_one_story": together / max(len(shared), 1),
            "pairs": pairs, "pairs_in_same_story": pairs_together / max(pairs, 1)}


def _related_latency(store: Store, items: list[tuple[str, datetime | None]]) -> dict[str, float]:
    """As a server would run it: one long-lived finder (warm stem memo), one call per article."""
    from siyaq.relate.context import RelatedFinder

    finder = RelatedFinder()
    sample = random.Random(0).sample([i for i, _ in items], min(200, len(items)))
    times, cpu_times = [], []
    for article_id in sample:
        started, cpu = time.perf_counter(), time.process_time()
        finder.find(store, article_id, 10)
        times.append((time.perf_counter() - started) * 1000)
        cpu_times.append((time.process_time() - cpu) * 1000)
    times.sort()
    cpu_times.sort()
    return {"p50_ms": times[len(times) // 2], "p95_ms": times[int(len(times) * 0.95) - 1],
            "max_ms": times[-1], "cpu_p50_ms": cpu_times[len(cpu_times) // 2],
            "cpu_p95_ms": cpu_times[int(len(cpu_times) * 0.95) - 1]}
