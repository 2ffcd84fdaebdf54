"""`siyaq bench analysis`: articles per CPU-second of each analysis component on SaudiNewsNet.

Each component runs over the same articles in one process: dates, quotes (with the tagger's
mentions when NER is measured), dates and quotes as the pipeline runs them (one shared scan of
the text), the entity tagger, and the whole `analyze_step`. CPU time (time.process_time) is
used because the machine may be shared: wall time would measure the neighbours too.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime
from itertools import islice
from pathlib import Path

from siyaq.evaluate.report import Report
from siyaq.model import Article, ContentType, Page, Record
from siyaq.sources.corpora import paragraphs, saudinewsnet_items


def load_articles(folder: Path, limit: int) -> list[Article]:
    """The first `limit` SaudiNewsNet articles (zips in name order), published at their crawl
    time so that relative dates resolve as they would in the archive."""
    return [_article(item, origin) for origin, item in islice(saudinewsnet_items(folder), limit)]


def _article(item: dict[str, str], origin: str) -> Article:
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


def bench(folder: Path, limit: int, ner: bool = True) -> Report:
    """Every component on the first `limit` articles of the SaudiNewsNet zips in `folder`."""
    from siyaq.analyze import Analyzer

    articles = load_articles(folder, limit)
    analyzer = Analyzer.build(ner=ner)  # models and rules are loaded before any timing
    report = Report(name="bench analysis", dataset=f"{folder} (first {len(articles)} articles)")
    rates: dict[str, float] = {}
    if analyzer.tagger is not None:
        rates["ner"] = cpu_rate(articles, analyzer.tagger.annotate)
    dates, quotes = analyzer.dates, analyzer.quotes
    rates["dates"] = cpu_rate(articles, lambda a: dates.find(a.text, a.published_at))
    rates["quotes"] = cpu_rate(articles, lambda a: quotes.find(a.text, a.mentions))
    rates["dates+quotes"] = cpu_rate(articles, analyzer.dates_and_quotes)
    # A fresh analyzer: its word memos start empty, as in a new ingest worker; the one above
    # has seen every word of these articles already and would flatter the step.
    rates["analyze_step"] = _step_rate(articles, Analyzer.build(ner=ner).analyze)
    report.counts = _counts(articles)
    report.metrics = {f"{name} articles/CPU-s": rate for name, rate in rates.items()}
    report.notes += [
        "one process, one core: articles per CPU-second (time.process_time) of this process;"
        " the first article of each run warms up untimed; analyze_step runs on a freshly built"
        " analyzer (empty word memos, as a new ingest worker)",
        "dates and quotes alone each scan the text themselves; dates+quotes share one scan,"
        " as analyze_step runs them",
        "quotes use the tagger's mentions" if ner else "no NER: quotes name speakers from words",
    ]
    return report


def _step_rate(articles: list[Article], analyze: Callable[[Article], None]) -> float:
    """The whole analysis per article, through the pipeline step's own loop, with models
    loaded and memos empty."""
    from siyaq.analyze import step_over

    records = [Record(Page(b"", a.origin, ContentType.ARTICLE), a) for a in articles]
    started = time.process_time()
    _drain(step_over(records, analyze))
    spent = time.process_time() - started
    return len(records) / spent if spent > 0 else 0.0


def _drain(records: Iterable[Record]) -> None:
    for _ in records:
        pass


def _counts(articles: list[Article]) -> dict[str, int]:
    return {
        "articles": len(articles),
        "characters": sum(len(a.text) for a in articles),
        "mentions": sum(len(a.mentions) for a in articles),
        "dates": sum(len(a.dates) for a in articles),
        "quotes": sum(len(a.quotes) for a in articles),
    }
