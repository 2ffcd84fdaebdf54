"""Understanding an article: entities, quotes with their speakers, dates (incl. relative ones)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

from siyaq.model import Article, DateMention, Mention, Record
from siyaq.pipeline import Step

if TYPE_CHECKING:
    from siyaq.analyze.dates import DateFinder
    from siyaq.analyze.entities import EntityTagger
    from siyaq.analyze.quotes import QuoteFinder

# Far longer than any news article (~100k words): past it a "body" is a dump or an attack, and
# analysis time would grow with it; the article is stored unanalysed with a warning.
MAX_ANALYZED_CHARS = 500_000


@dataclass(slots=True, frozen=True)
class Analyzer:
    """The models and rules of the analysis, built once per worker and never changed after.

    The date and quote finders share one text scanner, so the quote finder reuses the scan
    the date finder made of the same article."""

    tagger: EntityTagger | None
    dates: DateFinder
    quotes: QuoteFinder

    @classmethod
    def build(cls, ner: bool = True, tagger: str | None = None) -> Analyzer:
        """`tagger` names a shipped entity tagger (crf, neural, ensemble; None: the default)."""
        from siyaq.analyze.entities import EntityTagger

        entities = (EntityTagger.load() if tagger is None else EntityTagger.load(None, tagger)
                    ) if ner else None
        return cls.around(entities)

    @classmethod
    def around(cls, entities: EntityTagger | None) -> Analyzer:
        """The analysis with an entity tagger already loaded (None: dates and quotes only)."""
        from siyaq.analyze.dates import DateFinder
        from siyaq.analyze.dates_scan import TextScanner
        from siyaq.analyze.quotes import QuoteFinder

        scanner = TextScanner()
        return cls(entities, DateFinder(scanner), QuoteFinder(scanner))

    def dates_and_quotes(self, article: Article) -> None:
        # Looked up at call time: tests replace the module functions to simulate failures.
        from siyaq.analyze import dates, quotes

        dates.annotate_dates(article, self.dates)
        if article.mentions and article.dates:
            article.mentions = without_dated(article.mentions, article.dates)
        quotes.annotate_quotes(article, self.quotes)

    def analyze(self, article: Article) -> None:
        """The dateline, entities, then dates, then quotes (quotes use entities to name their
        speakers)."""
        from siyaq.analyze.datelines import dateline_end, find_dateline

        article.dateline = find_dateline(article.body)
        if self.tagger is not None:
            self.tagger.annotate(article)
            end = dateline_end(article.body, article.dateline)
            if end:  # the place it was filed from is not what it is about
                article.mentions = [m for m in article.mentions if m.in_title or m.start >= end]
        self.dates_and_quotes(article)


def without_dated(mentions: list[Mention], dates: list[DateMention]) -> list[Mention]:
    """A name inside a date is part of the date (`أبريل (نيسان) الماضي` is no Nissan, `عام`
    no MISC): 32 such mentions in 3,000 SaudiNewsNet articles, every one a tagger slip."""
    if not dates:
        return mentions
    # A date contains the mention when it starts at or before it and reaches its end: of the
    # dates starting at or before it, the one reaching furthest decides (no mention x date
    # pairs, which cost as much as the whole date scan on long articles).
    spans = sorted((d.start, d.end) for d in dates)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    kept = []
    for m in mentions:
        before = bisect_right(starts, m.start)
        if m.in_title or before == 0 or reach[before - 1] < m.end:
            kept.append(m)
    return kept


# The warnings the analysis step itself adds: a reanalysis replaces them, keeps the others.
ANALYSIS_WARNINGS = ("analysis skipped", "analysis failed")


def analyze_article(article: Article, analyze: Callable[[Article], None],
                    max_chars: int = MAX_ANALYZED_CHARS) -> str | None:
    """Analyze one article in place, as ingest and reanalysis both do: None when it was
    analysed, else why not. Only Arabic (or undetected-language) articles are analysed; an
    oversized body or a failure becomes a warning on the article, which is kept."""
    if article.language not in ("ar", None):
        return f"language {article.language}"
    size = sum(len(p) + 1 for p in article.body) - 1 if article.body else 0
    if size > max_chars:
        article.warnings.append(f"analysis skipped: body of {size} characters")
        return "analysis skipped: body too long"
    try:
        analyze(article)
    except Exception as exc:  # keep the article, say what failed
        article.warnings.append(f"analysis failed: {type(exc).__name__}: {exc}")
        return f"analysis failed: {type(exc).__name__}"
    return None


def clear_analysis(article: Article) -> None:
    """Take off what an earlier analysis left on the article (its results and its own
    warnings), so analysing it again gives what analysing it the first time gives."""
    article.dateline = None
    article.mentions = []
    article.dates = []
    article.quotes = []
    article.event_date = None
    article.warnings = [w for w in article.warnings if not w.startswith(ANALYSIS_WARNINGS)]


def step_over(records: Iterable[Record], analyze: Callable[[Article], None],
              max_chars: int = MAX_ANALYZED_CHARS) -> Iterator[Record]:
    """Analyze each record's article (analyze_article); failed records travel on untouched."""
    for record in records:
        if record.error is None and record.article is not None:
            analyze_article(record.article, analyze, max_chars)
        yield record


def analyze_step(max_chars: int = MAX_ANALYZED_CHARS, tagger: str | None = None) -> Step:
    """Entities, then dates, then quotes, for each record.

    Models are loaded when the step is built, once per worker, never at import time: a worker
    process or a Spark partition builds its own."""
    analyzer = Analyzer.build(tagger=tagger)

    def step(records: Iterable[Record]) -> Iterator[Record]:
        return step_over(records, analyzer.analyze, max_chars)

    return step
