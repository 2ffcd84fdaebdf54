"""Extract the stored pages again with this release, and retry the pages that failed.

An archive keeps every raw page it was given (siyaq.store: pages), so what a newer release
extracts better (cleaner bodies, closing lines moved to widgets, a date it could not read, a
page it could not read at all) reaches an archive without its sources: each page that is its
article's current version, and each page stored with an error, runs through ingest's own
processing chain (siyaq.ingest.processing_steps: decode, extract, closing lines, language,
analysis) and is written back batch by batch, one transaction each.

- An article re-extracted differently replaces the stored one (same id, same page:
  Store.put_analyses); an identical one is not written.
- What the page's reader warned of (a file cut short) stays with the article: the stored page
  holds the bytes it read, not the warning, so it is read back from the stored article.
- An article this release cannot extract any more is kept as it was, counted with the reason:
  a regression to look at, never a loss.
- A failed page this release extracts gets its article (Store.put_recovered); a page still
  failing keeps its stored error. Not retried: a failure with no bytes stored (an unreadable
  file), and a structured record no source reads again (read as a text dump it would become
  an article of its markup). A failed page whose article id the archive holds from another
  version of the page is left: ingest order decided which version is current.

Structured records (JSONL, JSON, CSV, feeds, TREC corpora) arrive with their title, date,
body and author as fields that the pages table does not keep beside the raw item; their source
reads them again from it (siyaq.sources.restore). A record it cannot read again (a CSV row) is
read from its stored article instead, keeping the teasers and widgets already taken from it.
Stories are not rebuilt (`siyaq recluster`).
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from siyaq.arabic.analyzer import Analyzer as TextAnalyzer
from siyaq.ingest import processed
from siyaq.model import Article, ContentType, Page, Record
from siyaq.pipeline import Step, batched, run, tree_cpu_seconds
from siyaq.reanalyze import store_text_analyzer
from siyaq.sources.files import PAGE_WARNINGS
from siyaq.sources.restore import restored_record_page
from siyaq.store.base import Store, StoredPage
from siyaq.store.records import Prepared, failure_reason, prepare, prepare_stored

BATCH_SIZE = 200


@dataclass(slots=True)
class ReextractionReport:
    pages: int = 0  # read from the archive: current versions and failures
    restored: int = 0  # structured records read again from their raw item by their source
    articles: int = 0  # pages that had an article
    rewritten: int = 0  # articles written back: their stored JSON or rows are not as prepared
    # Of those, the articles whose fields differ from the stored ones; the rest were written
    # for this release's JSON alone (a field added since, empty in them).
    changed: int = 0
    # Articles this release does not extract from their page (reason -> count): kept as stored.
    kept_failing: dict[str, int] = field(default_factory=dict)
    failures: int = 0  # pages stored with an error
    recovered: int = 0  # failures that now have an article, stored
    still_failing: dict[str, int] = field(default_factory=dict)  # reason -> failures
    not_retried: dict[str, int] = field(default_factory=dict)  # why -> failures not read
    other_version: int = 0  # extracted, but their article is stored from another version
    not_written: int = 0  # changed in the archive meanwhile (re-ingested): left as it is
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # this process and its worker processes
    workers: int = 1


def reextract(store: Store, *, tagger: str | None = None, steps: list[Step] | None = None,
              batch_size: int = BATCH_SIZE, on_batch: Callable[[int], None] | None = None,
              workers: int = 1) -> ReextractionReport:
    """Run every stored page through this release's processing chain (``steps``, default
    ingest's, models built here, ``tagger`` naming the entity tagger; with ``workers`` > 1,
    ingest's chain in that many processes, as ingest runs it); see the module doc."""
    if steps is not None and workers > 1:
        raise ValueError("custom steps run in this process only (workers=1)")
    started, cpu_started = time.perf_counter(), tree_cpu_seconds()
    report = ReextractionReport(workers=workers)
    kept: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    still: Counter[str] = Counter()
    # The stored state of each record sent, in order: every step gives one record out for each
    # one in, in order (siyaq.pipeline), here or in a worker process.
    before: deque[StoredPage] = deque()
    records = _records(store, before, report, skipped)
    text = store_text_analyzer(store)
    done: Iterator[Record | Prepared] = (
        processed(records, True, tagger, workers, batch_size) if steps is None
        else run(records, *steps)
    )
    for items in batched(done, batch_size):
        batch = [item.record if isinstance(item, Prepared) else item for item in items]
        stored = [_matching(before.popleft(), record) for record in batch]
        _write_articles(store, text, [(r, s) for r, s in zip(batch, stored, strict=True)
                                      if s.article is not None], report, kept)
        _write_recovered(store, text, [r for r, s in zip(batch, stored, strict=True)
                                       if s.article is None], report, still)
        if on_batch is not None:
            on_batch(len(batch))
    report.kept_failing = dict(kept.most_common())
    report.not_retried = dict(skipped.most_common())
    report.still_failing = dict(still.most_common())
    report.seconds = time.perf_counter() - started
    report.cpu_seconds = tree_cpu_seconds() - cpu_started
    return report


def _matching(stored: StoredPage, record: Record) -> StoredPage:
    if stored.page.origin != record.page.origin:  # a step that drops or reorders records
        raise RuntimeError(f"reextract: {record.page.origin} came back for {stored.page.origin}")
    return stored


def _records(store: Store, before: deque[StoredPage], report: ReextractionReport,
             skipped: Counter[str]) -> Iterator[Record]:
    """Records to process, each remembered with its stored state; failures not to read again
    are counted instead. A structured record is read again from its raw item when its source
    can (siyaq.sources.restore), else from its stored article."""
    for stored in store.iter_stored_pages():
        report.pages += 1
        page = stored.page
        restored = restored_record_page(page) if page.content_type is ContentType.ARTICLE else None
        if restored is not None:
            report.restored += 1
            page = restored
        if stored.article is None:
            report.failures += 1
            if (why := _not_to_retry(page, restored)) is not None:
                skipped[why] += 1
                continue
        else:
            report.articles += 1
            if restored is None:
                _given_from(page, stored.article)
            page.fetched_at = page.fetched_at or stored.article.fetched_at
            page.warnings = [w for w in stored.article.warnings if w.startswith(PAGE_WARNINGS)]
        before.append(stored)
        yield Record(page)


def _not_to_retry(page: Page, restored: Page | None) -> str | None:
    """A failure with no bytes (an unreadable file) has nothing to read again; a structured
    record its source cannot read again (its fields are not stored) would be read as a text
    dump, an article of its markup."""
    if not page.content:
        return "no bytes stored"
    if page.content_type is ContentType.ARTICLE and restored is None:
        return "a structured record its source cannot read again"
    return None


def _given_from(page: Page, article: Article) -> None:
    """The fields a structured source gave with the page, read back from its stored article:
    they are fallbacks for HTML (title, date) and the whole text of a structured record."""
    page.given_title = article.title
    page.given_published = article.published_text
    page.fetched_at = article.fetched_at
    if page.content_type is ContentType.ARTICLE:
        page.given_body = list(article.body)
        page.text, page.encoding = "\n".join(article.body), "utf-8"


def _keep_furniture(article: Article, stored: Article) -> None:
    """A structured record is read again from its stored body, out of which the last release
    already took its teasers and widgets: they are kept, before what this release takes."""
    teasers = {teaser.text for teaser in stored.teasers}
    widgets = {(widget.kind, widget.text) for widget in stored.widgets}
    article.teasers = [*stored.teasers, *(t for t in article.teasers if t.text not in teasers)]
    article.widgets = [*stored.widgets,
                       *(w for w in article.widgets if (w.kind, w.text) not in widgets)]


def _write_articles(store: Store, text: TextAnalyzer, pairs: list[tuple[Record, StoredPage]],
                    report: ReextractionReport, kept: Counter[str]) -> None:
    fresh: list[Article] = []
    for record, stored in pairs:
        if record.article is None or record.error is not None:
            kept[failure_reason(record.error or "no article")] += 1
        else:
            if record.page is stored.page and stored.article is not None and (
                    record.page.content_type is ContentType.ARTICLE):
                _keep_furniture(record.article, stored.article)  # read from the stored body
            fresh.append(record.article)
            report.changed += record.article != stored.article
    if not fresh:
        return
    same = store.written_as([prepare_stored(a, text, terms=False) for a in fresh])
    changed = [prepare_stored(a, text) for a in fresh if a.id not in same]
    report.rewritten += len(changed)
    if changed:
        report.not_written += store.put_analyses(changed)


def _write_recovered(store: Store, text: TextAnalyzer, records: list[Record],
                     report: ReextractionReport, still: Counter[str]) -> None:
    found = []
    for record in records:
        if record.article is None or record.error is not None:
            still[failure_reason(record.error or "no article")] += 1
        else:
            found.append(prepare(record, text))
    if found:
        written = store.put_recovered(found)
        report.recovered += written
        report.other_version += len(found) - written


def reextraction_view(store: Store, tagger: str | None = None,
                      on_batch: Callable[[int], None] | None = None,
                      workers: int = 1) -> dict[str, Any]:
    """reextract() as the CLI prints it (--json: this dictionary)."""
    report = reextract(store, tagger=tagger, on_batch=on_batch, workers=workers)
    return {**asdict(report), "seconds": round(report.seconds, 3),
            "cpu_seconds": round(report.cpu_seconds, 3),
            "stories": "not rebuilt: run `siyaq recluster` for stories from the new text"}
