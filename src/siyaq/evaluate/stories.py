"""Same-story evaluation: the stories found for gold pages against their ``event_id``.

Pages go through the real pipeline (extract -> analyze -> SQLite -> update_stories) when it runs;
otherwise Articles are built from the gold fields. Each row enters the pipeline the way ingest
would read it: the file its ``path`` names (beside the gold file: HTML as HTML, a feed line as
that feed record), else its inline ``html``, else its ``excerpt`` as a text dump. The report says
which path was used and how many rows were read each way.
"""

from __future__ import annotations

import itertools
import json
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from siyaq.evaluate.report import Report, prf
from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.relate import Weights, update_stories
from siyaq.relate.features import Features
from siyaq.store.base import Store


@dataclass(slots=True)
class GoldPage:
    id: str
    event_id: str
    url: str | None
    excerpt: str
    title: str | None
    body: list[str]
    published: str | None
    confusable_with: list[str] = field(default_factory=list)
    hard_negative: bool = False
    group: str | None = None  # the context: events about the same people and matter
    path: str | None = None  # the page's own file, relative to the gold file ("feed.jsonl#2")
    html: str | None = None  # the raw page, for rows that carry it inline
    folder: Path | None = None  # where the gold file lives: paths are relative to it


def read_gold(path: Path) -> list[GoldPage]:
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            pages.append(GoldPage(
                id=row["id"], event_id=row["event_id"], url=row.get("url"),
                excerpt=row.get("excerpt") or "", title=row.get("title"),
                body=list(row.get("body") or []), published=row.get("published_iso"),
                confusable_with=list(row.get("confusable_with") or []),
                hard_negative=bool(row.get("is_hard_negative")),
                group=row.get("group"),
                path=row.get("path"), html=row.get("html"), folder=path.parent,
            ))
    return pages


def _pipeline_load(pages: list[GoldPage], store: Store) -> tuple[str, dict[str, str]]:
    """Ingest each row as ingest would read it; returns the path used and page id -> article id."""
    from siyaq.ingest import ingest_records

    read = [page_record(p) for p in pages]
    kinds = Counter(kind for _, kind in read)
    how = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    try:
        ingest_records([r for r, _ in read], store, analyze=True, relate=False)
        path = f"pipeline ({how} -> extract -> analyze)"
    except (ImportError, OSError) as exc:  # analysis models not built yet: extraction alone
        ingest_records([page_record(p)[0] for p in pages], store, analyze=False, relate=False)
        path = f"pipeline without analysis ({how}; {type(exc).__name__}: {exc})"
    return path, {a.origin: a.id for a in store.iter_articles()}


def page_record(page: GoldPage) -> tuple[Record, str]:
    """The row's Record as ingest would build it, and how it was read: its own file (an HTML
    page must be extracted as HTML, not from a text excerpt), its inline html, or the excerpt."""
    record, kind = _file_record(page), "file"
    if record is None and page.html:
        record, kind = Record(Page(page.html.encode("utf-8"), page.id, ContentType.HTML,
                                   url=page.url)), "inline html"
    if record is None:
        record, kind = Record(Page(page.excerpt.encode("utf-8"), page.id, ContentType.TEXT,
                                   url=page.url)), "excerpt as text"
    record.page.origin = page.id  # the evaluation finds each row's article by its origin
    record.page.url = record.page.url or page.url
    return record, kind


def _file_record(page: GoldPage) -> Record | None:
    """The first Record of the row's file (``name#N``: the N-th record of a JSONL file)."""
    from siyaq.sources import read_path

    if not page.path or page.folder is None:
        return None
    name, _, number = page.path.partition("#")
    file = page.folder / name
    if not file.is_file():
        return None
    wanted = int(number) if number.isdigit() else 1
    for index, record in enumerate(read_path(str(file)), start=1):
        if index == wanted:
            return record if record.error is None else None
    return None


def _gold_load(pages: list[GoldPage], store: Store) -> tuple[str, dict[str, str]]:
    """Articles from the gold title/body/date: measures clustering alone."""
    records = []
    for page in pages:
        article = Article(id=page.id, content_hash=page.id, origin=page.id, url=page.url,
                          title=page.title, body=page.body, language="ar",
                          published_at=_parse(page.published))
        content = page.excerpt.encode("utf-8")  # distinct raw pages: the store keys pages by hash
        records.append(Record(Page(content, page.id, ContentType.ARTICLE, url=page.url), article))
    store.put_records(records, IngestReport())
    mapping = {a.origin: a.id for a in store.iter_articles()}
    return "gold fields (title, body, published_iso)", mapping


def _parse(value: str | None) -> datetime | None:
    if not value or len(value) < 10:
        return None  # a month or a year is not a publication time
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def evaluate_stories(path: Path, *, source: str = "auto", weights: Weights | None = None,
                     leave_one_out: bool = False, explain: bool = False) -> Report:
    """Cluster the gold pages and score the stories against event_id. With leave_one_out,
    also once per event without that event's pages (the held-out set has other events: a
    signal that only works with one of them shows as a spread between folds). With explain,
    a note per split event gives the best pair between its pieces and the signals behind it."""
    pages = read_gold(path)
    explained: list[str] | None = [] if explain else None
    used, article_of, predicted, seconds = _cluster(pages, source, weights, explained)
    report = score_clusters(pages, predicted, str(path))
    report.notes += explained or []
    report.metrics["clustering_seconds"] = seconds
    report.counts["articles"] = len(article_of)
    report.notes.insert(0, f"articles from: {used}")
    if leave_one_out:
        _leave_one_event_out(report, pages, source, weights)
    return report


def _cluster(pages: list[GoldPage], source: str, weights: Weights | None,
             explained: list[str] | None = None
             ) -> tuple[str, dict[str, str], dict[str, str], float]:
    """Stories for the pages; with `explained`, appends why split events were split."""
    from siyaq.store import open_store

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "eval.db")
        try:
            used, article_of = load_pages(pages, store, source)
            started = time.perf_counter()
            update_stories(store, list(article_of.values()), weights)
            seconds = time.perf_counter() - started
            predicted = predicted_stories(pages, article_of, store)
            if explained is not None:
                explained += explain_splits(pages, article_of, predicted, store,
                                            weights or Weights())
        finally:
            store.close()
    return used, article_of, predicted, seconds


def explain_splits(pages: list[GoldPage], article_of: dict[str, str], predicted: dict[str, str],
                   store: Store, weights: Weights) -> list[str]:
    """For each event split into several stories, the best-scoring pair between each two of
    its pieces; for each hard negative, its best pair with an event it is confusable with.
    With the pair's signals: how far the misses are from the bar, and the hard negatives from
    the misses."""
    features = _all_features(article_of, store)
    gold = {p.id: p.event_id for p in pages}
    lines = []
    for event, parts in _split_parts(gold, predicted):
        for first, second in itertools.combinations(parts, 2):
            lines += _best_pair(f"event {event} best pair across pieces", first, second,
                                features, weights)
    for page in pages:
        if page.hard_negative:
            others = [p.id for p in pages if p.event_id in page.confusable_with]
            lines += _best_pair(f"hard negative {page.id} ({page.event_id}) best pair",
                                [page.id], others, features, weights)
    return lines


def _all_features(article_of: dict[str, str], store: Store) -> dict[str, Features]:
    """Page id -> Features, with all pages in one window (as undated pages are scored: a dated
    page's own run may have seen other document frequencies)."""
    from siyaq.relate.features import featurize
    from siyaq.relate.pool import Pool
    from siyaq.relate.text import Terms

    terms, pool = Terms(), Pool()
    features = {}
    for page_id, article_id in article_of.items():
        article = store.get_article(article_id)
        if article is not None:
            features[page_id] = featurize(article, terms, sketch=False)
            pool.load(features[page_id])
    for one in features.values():
        pool.vectorize(one)
    return features


def _best_pair(label: str, first: list[str], second: list[str], features: dict[str, Features],
               weights: Weights) -> list[str]:
    from siyaq.relate.similarity import explain

    pairs = [(a, b) for a in first for b in second if a in features and b in features]
    if not pairs:
        return []
    a, b = max(pairs, key=lambda ab: explain(features[ab[0]], features[ab[1]], weights)["score"])
    best = explain(features[a], features[b], weights)
    return [f"{label}: {a} {b} " + " ".join(f"{k}={v:.3f}" for k, v in best.items())]


def _leave_one_event_out(report: Report, pages: list[GoldPage], source: str,
                         weights: Weights | None) -> None:
    """Pairwise F1 and hard negatives merged with each multi-page event left out."""
    events = sorted({p.event_id for p in pages if not p.hard_negative
                     and sum(o.event_id == p.event_id for o in pages) > 1})
    fold: dict[str, float] = {}
    merged = []
    for event in events:
        kept = [p for p in pages if p.event_id != event]
        scored = score_clusters(kept, _cluster(kept, source, weights)[2], "")
        fold[f"{event}_f1"] = scored.metrics["pairwise_f1"]
        fold[f"{event}_merged"] = scored.counts["hard_negatives_merged"]
        merged.append(scored.counts["hard_negatives_merged"])
    f1s = [fold[f"{e}_f1"] for e in events]
    report.sections["leave one event out"] = fold
    report.metrics.update({"loeo_f1_min": min(f1s), "loeo_f1_mean": sum(f1s) / len(f1s),
                           "loeo_f1_max": max(f1s)})
    report.counts["loeo_most_merged"] = max(merged)


def load_pages(pages: list[GoldPage], store: Store, source: str) -> tuple[str, dict[str, str]]:
    """Store the pages' articles (``source``: pipeline, gold or auto); the path used, and
    page id -> article id."""
    loaders: dict[str, Callable[[list[GoldPage], Store], tuple[str, dict[str, str]]]] = {
        "pipeline": _pipeline_load, "gold": _gold_load}
    if source != "auto":
        return loaders[source](pages, store)
    try:
        return _pipeline_load(pages, store)
    except Exception as exc:  # the pipeline is someone else's and may not be ready: say so
        used, mapping = _gold_load(pages, store)
        return f"{used}; pipeline failed: {type(exc).__name__}: {exc}", mapping


def predicted_stories(pages: list[GoldPage], article_of: dict[str, str], store: Store
                      ) -> dict[str, str]:
    """Page id -> story id; a page with no article or no story is its own cluster."""
    predicted = {}
    for page in pages:
        article_id = article_of.get(page.id)
        story = store.get_story_of(article_id) if article_id else None
        predicted[page.id] = story.id if story else f"alone:{page.id}"
    return predicted


def score_clusters(pages: list[GoldPage], predicted: dict[str, str], dataset: str) -> Report:
    gold = {p.id: p.event_id for p in pages}
    report = Report(name="stories", dataset=dataset)
    report.counts = {"pages": len(pages), "events": len(set(gold.values())),
                     "stories": len(set(predicted.values())),
                     "hard_negatives": sum(p.hard_negative for p in pages)}
    pairwise = _pairwise(gold, predicted)
    bcubed = _bcubed(gold, predicted)
    merged = _merged_hard_negatives(pages, predicted)
    report.counts["hard_negatives_merged"] = len(merged)
    report.metrics.update({f"pairwise_{k}": v for k, v in pairwise.items()})
    report.metrics.update({f"bcubed_{k}": v for k, v in bcubed.items()})
    report.notes += [f"hard negative merged: {m}" for m in merged]
    report.notes += _split_events(gold, predicted)
    return report


def _pairwise(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    tp = both = same_gold = 0
    for a, b in itertools.combinations(sorted(gold), 2):
        same_p, same_g = predicted[a] == predicted[b], gold[a] == gold[b]
        tp += same_p and same_g
        both += same_p
        same_gold += same_g
    return dict(prf(tp, both, same_gold))


def _bcubed(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    precision = recall = 0.0
    for item in gold:
        cluster = {x for x in gold if predicted[x] == predicted[item]}
        event = {x for x in gold if gold[x] == gold[item]}
        correct = len(cluster & event)
        precision += correct / len(cluster)
        recall += correct / len(event)
    p, r = precision / len(gold), recall / len(gold)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _merged_hard_negatives(pages: list[GoldPage], predicted: dict[str, str]) -> list[str]:
    """Hard negatives sharing a story with a page of an event they are confusable with."""
    merged = []
    for page in pages:
        if not page.hard_negative:
            continue
        partners = sorted(o.id for o in pages if o.id != page.id
                          and predicted[o.id] == predicted[page.id]
                          and o.event_id in page.confusable_with)
        if partners:
            merged.append(f"{page.id} ({page.event_id}) with {', '.join(partners)}")
    return merged


def _split_events(gold: dict[str, str], predicted: dict[str, str]) -> list[str]:
    return [f"event {event} split: " + " | ".join(" ".join(x) for x in parts)
            for event, parts in _split_parts(gold, predicted)]


def _split_parts(gold: dict[str, str], predicted: dict[str, str]
                 ) -> list[tuple[str, list[list[str]]]]:
    """Each event found in more than one story, with its pages grouped by story."""
    split = []
    for event in sorted(set(gold.values())):
        members = sorted(p for p in gold if gold[p] == event)
        stories = {predicted[p] for p in members}
        if len(members) > 1 and len(stories) > 1:
            split.append((event, sorted(sorted(p for p in members if predicted[p] == s)
                                        for s in stories)))
    return split
