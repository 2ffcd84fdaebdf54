"""`siyaq bench analysis`: articles per CPU-second of each analysis component on SaudiNewsNet.

Each component runs over the same articles in one process: dates, quotes (with the tagger's
mentions when NER is measured), dates and quotes as the pipeline runs them (one shared scan of
the text), the entity tagger, and the whole `analyze_step`. CPU time (time.process_time) is
used because the machine may be shared: wall time would measure the neighbours too.
"""

from __future__ import annotations

import gc
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from siyaq.evaluate.report import Report
from siyaq.model import Article, ContentType, Page, Record
from siyaq.sources.corpora import paragraphs, saudinewsnet_items

if TYPE_CHECKING:
    from siyaq.analyze import Analyzer


def load_articles(folder: Path, limit: int | None) -> list[Article]:
    """The first `limit` SaudiNewsNet articles (zips in name order; None: all), published at
    their crawl time so that relative dates resolve as they would in the archive."""
    return list(iter_articles(folder, limit))


def iter_articles(folder: Path, limit: int | None) -> Iterator[Article]:
    """load_articles() one by one, read as they are needed."""
    for origin, item in islice(saudinewsnet_items(folder), limit):
        yield corpus_article(item, origin)


def corpus_article(item: dict[str, str], origin: str) -> Article:
    stamp = item.get("date_extracted")
    return Article(
        id=origin,
        content_hash="",
        origin=origin,
        title=item.get("title"),
        body=paragraphs(item.get("content")),
        language="ar",
        published_at=datetime.fromisoformat(stamp) if stamp else None,
    )


def cpu_rate(items: list[Article], work: Callable[[Article], object]) -> float:
    """Articles per CPU-second of `work`; the first article warms up (lazy compiles) untimed."""
    if not items:
        return 0.0
    work(items[0])
    started = time.process_time()
    for item in items:
        work(item)
    spent = time.process_time() - started
    return len(items) / spent if spent > 0 else 0.0


def bench(folder: Path, limit: int | None, ner: bool = True) -> Report:
    """Every component on the first `limit` articles of the SaudiNewsNet zips in `folder`."""
    from siyaq.analyze import Analyzer

    rates = _component_rates(folder, limit, Analyzer.build(ner=ner))
    gc.collect()  # the components' articles are gone; the step starts from a clean heap
    # A fresh analyzer: its word memos start empty, as in a new ingest worker; the one above
    # has seen every word of these articles already and would flatter the step.
    rates["analyze_step"], counts = _step_rate(folder, limit, Analyzer.build(ner=ner).analyze)
    report = Report(name="bench analysis",
                    dataset=f"{folder} (first {counts['articles']} articles)")
    report.counts = dict(counts)
    report.metrics = {f"{name} articles/CPU-s": rate for name, rate in rates.items()}
    report.notes += [
        "one process, one core: articles per CPU-second (time.process_time) of this process;"
        " the first article of each component warms up untimed; analyze_step runs on a freshly"
        " built analyzer (empty word memos, as a new ingest worker), its articles streamed"
        " through the step and let go once analyzed, as an ingest worker hands them to the"
        " store (reading the zips is not timed)",
        "dates and quotes alone each scan the text themselves; dates+quotes share one scan,"
        " as analyze_step runs them",
        "quotes use the tagger's mentions" if ner else "no NER: quotes name speakers from words",
    ]
    return report


def _component_rates(folder: Path, limit: int | None, analyzer: Analyzer) -> dict[str, float]:
    """Each component alone over the same articles, held in a list (models loaded first)."""
    articles = load_articles(folder, limit)
    rates: dict[str, float] = {}
    if analyzer.tagger is not None:
        rates["ner"] = cpu_rate(articles, analyzer.tagger.annotate)
    dates, quotes = analyzer.dates, analyzer.quotes
    rates["dates"] = cpu_rate(articles, lambda a: dates.find(a.text, a.published_at))
    rates["quotes"] = cpu_rate(articles, lambda a: quotes.find(a.text, a.mentions))
    rates["dates+quotes"] = cpu_rate(articles, analyzer.dates_and_quotes)
    return rates


@dataclass(slots=True)
class _Clock:
    """Wraps the analysis of one article to add up its CPU time alone."""

    analyze: Callable[[Article], None]
    spent: float = 0.0

    def timed(self, article: Article) -> None:
        started = time.process_time()
        try:
            self.analyze(article)
        finally:
            self.spent += time.process_time() - started


def _step_rate(folder: Path, limit: int | None, analyze: Callable[[Article], None]
               ) -> tuple[float, Counter[str]]:
    """The whole analysis per article, through the pipeline step's own loop, with models
    loaded and memos empty; the articles stream in and are counted and dropped once analyzed.
    Holding them all (as the components do) would leave the collector scanning a growing heap
    an ingest worker never has: ~4 % of the time on 31,030 articles."""
    from siyaq.analyze import step_over

    clock = _Clock(analyze)
    records = (Record(Page(b"", a.origin, ContentType.ARTICLE), a)
               for a in iter_articles(folder, limit))
    counts: Counter[str] = Counter()
    for record in step_over(records, clock.timed):
        if record.article is not None:
            _count(counts, record.article)
    rate = counts["articles"] / clock.spent if clock.spent > 0 else 0.0
    return rate, counts


def _count(counts: Counter[str], article: Article) -> None:
    counts.update(articles=1, characters=len(article.text), mentions=len(article.mentions),
                  dates=len(article.dates), quotes=len(article.quotes))
