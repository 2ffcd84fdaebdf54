"""Analyse the stored articles again with this release's analysis, without their sources.

Each release improves the analysis (entities, dates, quotes); an archive analysed by an older
one gets the new results here, from the articles it already holds: every article is read back
(store.iter_articles), cleared of what the last analysis left, analysed exactly as ingest
analyses it (siyaq.analyze.analyze_article) and written back batch by batch
(Store.put_analyses, one transaction each). Pages and stories are not touched: `siyaq
recluster` rebuilds the stories when wanted.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any, ClassVar

from siyaq.analyze import MAX_ANALYZED_CHARS, Analyzer, analyze_article, clear_analysis
from siyaq.arabic.analyzer import Analyzer as TextAnalyzer
from siyaq.model import Article, Mention, Quote
from siyaq.pipeline import batched, in_order, tree_cpu_seconds
from siyaq.store.base import Store
from siyaq.store.records import prepare_stored

BATCH_SIZE = 200


@dataclass(slots=True)
class ReanalysisReport:
    articles: int = 0  # read from the archive
    analysed: int = 0
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> articles not analysed
    changed: int = 0  # articles whose mentions or quotes are not what they were
    # Written back: the articles whose JSON, mention rows or quote rows are not what the
    # archive holds (Store.written_as). The others are left as they are: writing an article's
    # rows (search terms, mentions, quotes) again cost more than analysing it.
    rewritten: int = 0
    mentions_before: int = 0
    mentions_after: int = 0
    quotes_before: int = 0
    quotes_after: int = 0
    # Read, but no longer stored as read when written back (re-ingested meanwhile): left as
    # the re-ingest stored them, not overwritten with the older version.
    not_written: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process and its worker processes
    workers: int = 1


def reanalyze(store: Store, analyzer: Analyzer | None = None, *, tagger: str | None = None,
              batch_size: int = BATCH_SIZE, max_chars: int = MAX_ANALYZED_CHARS,
              on_batch: Callable[[int], None] | None = None,
              workers: int = 1) -> ReanalysisReport:
    """Analyse every stored article again and write the results back; see the module doc.

    ``analyzer``: the analysis to run (default: built once here, ``tagger`` naming the entity
    tagger); ``workers`` > 1: built once in each of that many processes, which analyse the
    batches while this one reads and writes. iter_articles reads the archive in keyset pages of
    whole rows and the writes keep each article's key, so writing a batch while iterating
    neither skips nor repeats one."""
    if analyzer is not None and workers > 1:
        raise ValueError("a given analyzer runs in this process only (workers=1)")
    started, cpu_started = time.perf_counter(), tree_cpu_seconds()
    text = store_text_analyzer(store)
    report = ReanalysisReport(workers=workers)
    skipped: Counter[str] = Counter()
    batches = batched(store.iter_articles(), batch_size)
    for batch, part, reasons in _analysed(batches, analyzer, tagger, max_chars, workers):
        _add(report, part)
        skipped.update(reasons)
        # Compared without search terms (the text is as stored, and so are its terms); the
        # others prepared whole before the store's transaction, which then only writes rows.
        same = store.written_as([prepare_stored(a, text, terms=False) for a in batch])
        changed = [prepare_stored(a, text) for a in batch if a.id not in same]
        report.rewritten += len(changed)
        if changed:
            report.not_written += store.put_analyses(changed)
        if on_batch is not None:
            on_batch(len(batch))
    report.skipped = dict(skipped.most_common())
    report.seconds = time.perf_counter() - started
    report.cpu_seconds = tree_cpu_seconds() - cpu_started
    return report


Analysed = tuple[list[Article], ReanalysisReport, Counter[str]]


def _analysed(batches: Iterable[list[Article]], analyzer: Analyzer | None, tagger: str | None,
              max_chars: int, workers: int) -> Iterator[Analysed]:
    """Each batch analysed again, with its counts, in the archive's order: here, or in
    ``workers`` processes with at most two batches each in flight."""
    if workers <= 1:
        analysis = analyzer or Analyzer.build(tagger=tagger)
        for batch in batches:
            yield _redo_batch(batch, analysis, max_chars)
        return
    with ProcessPoolExecutor(workers, initializer=_Worker.start,
                             initargs=(tagger, max_chars)) as pool:
        yield from in_order(pool, _Worker.redo, batches, 2 * workers)


class _Worker:
    """A worker process's analysis, built once (the models load once per worker)."""

    analysis: ClassVar[Analyzer | None] = None
    max_chars: ClassVar[int] = MAX_ANALYZED_CHARS

    @classmethod
    def start(cls, tagger: str | None, max_chars: int) -> None:
        cls.analysis, cls.max_chars = Analyzer.build(tagger=tagger), max_chars

    @classmethod
    def redo(cls, batch: list[Article]) -> Analysed:
        assert cls.analysis is not None, "the pool's initializer builds the analysis"
        return _redo_batch(batch, cls.analysis, cls.max_chars)


def _redo_batch(batch: list[Article], analysis: Analyzer, max_chars: int) -> Analysed:
    part, skipped = ReanalysisReport(), Counter[str]()
    for article in batch:
        _redo(article, analysis, max_chars, part, skipped)
    return batch, part, skipped


_COUNTS = ("articles", "analysed", "changed", "mentions_before", "mentions_after",
           "quotes_before", "quotes_after")


def _add(report: ReanalysisReport, part: ReanalysisReport) -> None:
    for name in _COUNTS:
        setattr(report, name, getattr(report, name) + getattr(part, name))


def _redo(article: Article, analysis: Analyzer, max_chars: int, report: ReanalysisReport,
          skipped: Counter[str]) -> None:
    """One article: cleared, analysed again, counted."""
    before = _results(article)
    report.articles += 1
    report.mentions_before += len(article.mentions)
    report.quotes_before += len(article.quotes)
    clear_analysis(article)
    reason = analyze_article(article, analysis.analyze, max_chars)
    if reason is None:
        report.analysed += 1
    else:
        skipped[reason] += 1
    report.mentions_after += len(article.mentions)
    report.quotes_after += len(article.quotes)
    report.changed += _results(article) != before


def _results(article: Article) -> tuple[list[Mention], list[Quote]]:
    """The article's mentions and quotes (copies: the comparison must see the old ones)."""
    return list(article.mentions), list(article.quotes)


def store_text_analyzer(store: Store) -> TextAnalyzer:
    """The store's own search analyzer (its terms must match the archive's), else a new one."""
    found = getattr(store, "analyzer", None)
    return found if isinstance(found, TextAnalyzer) else TextAnalyzer()


def reanalysis_view(store: Store, tagger: str | None = None,
                    on_batch: Callable[[int], None] | None = None,
                    workers: int = 1) -> dict[str, Any]:
    """reanalyze() as the CLI prints it (--json: this dictionary)."""
    report = reanalyze(store, tagger=tagger, on_batch=on_batch, workers=workers)
    cpu = report.cpu_seconds
    return {**asdict(report), "seconds": round(report.seconds, 3), "cpu_seconds": round(cpu, 3),
            "articles_per_cpu_second": round(report.articles / cpu, 1) if cpu else None,
            "stories": "not rebuilt: run `siyaq recluster` for stories from the new analysis"}
