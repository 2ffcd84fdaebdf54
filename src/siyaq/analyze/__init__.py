"""Understanding an article: entities, quotes with their speakers, dates (incl. relative ones)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from siyaq.model import Record
from siyaq.pipeline import Step

# Far longer than any news article (~100k words): past it a "body" is a dump or an attack, and
# analysis time would grow with it; the article is stored unanalysed with a warning.
MAX_ANALYZED_CHARS = 500_000


def analyze_step(max_chars: int = MAX_ANALYZED_CHARS) -> Step:
    """Entities, then dates, then quotes (quotes use entities to name their speakers).

    Models are loaded when the step is built, once per worker, never at import time."""
    from siyaq.analyze.dates import DateFinder, annotate_dates
    from siyaq.analyze.entities import EntityTagger
    from siyaq.analyze.quotes import QuoteFinder, annotate_quotes

    # Built here and held by the step: a worker process or a Spark partition builds its own.
    tagger, dates, quotes = EntityTagger.load(), DateFinder(), QuoteFinder()

    def step(records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            article = record.article
            if record.error is None and article is not None and article.language in ("ar", None):
                size = len(article.text)
                if size > max_chars:
                    article.warnings.append(f"analysis skipped: body of {size} characters")
                    yield record
                    continue
                try:
                    tagger.annotate(article)
                    annotate_dates(article, dates)
                    annotate_quotes(article, quotes)
                except Exception as exc:  # keep the article, say what failed
                    article.warnings.append(f"analysis failed: {type(exc).__name__}: {exc}")
            yield record

    return step
