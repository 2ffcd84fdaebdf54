"""Related-stories evaluation: are the stories siyaq lists "in the same context" really so?

The seed page's "في نفس السياق" block lists the site's latest headlines, none about its story.
Gold pages carry an event and a context (``group``: events about the same people and matter,
e.g. an envoy's statements at three conferences; without it, events joined through
``confusable_with``, since a hard negative shares its people and place with the events it is
confusable with). The pages are ingested and clustered as ``siyaq evaluate stories`` does; then
each article's related list (``siyaq related``, the same function) is scored. A listed story is
right when the report it is shown by belongs to the article's context.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from siyaq.evaluate.report import Report
from siyaq.evaluate.stories import GoldPage, load_pages, predicted_stories, read_gold
from siyaq.relate import update_stories
from siyaq.relate.context import RelatedFinder
from siyaq.store.base import Store


@dataclass(slots=True)
class Tally:
    queries: int = 0  # articles with at least one other story of their context
    listed: int = 0  # queries whose list was not empty
    precision: float = 0.0  # sums over queries; divided at the end
    recall: float = 0.0
    reciprocal_rank: float = 0.0
    chance: float = 0.0
    hard_negatives: int = 0
    hard_negatives_linked: int = 0
    misses: list[str] = field(default_factory=list)


def evaluate_related(path: Path, *, limit: int = 5, source: str = "auto") -> Report:
    """Precision and recall at ``limit`` of every article's related stories against the gold
    contexts, beside what a list unrelated to the article (the site's latest news) scores."""
    from siyaq.store import open_store

    pages = read_gold(path)
    context = contexts(pages)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "eval.db")
        try:
            used, article_of = load_pages(pages, store, source)
            update_stories(store, list(article_of.values()))
            story_of = predicted_stories(pages, article_of, store)
            tally = _score(pages, article_of, story_of, context, store, limit)
        finally:
            store.close()
    return _report(tally, str(path), limit, used)


def contexts(pages: list[GoldPage]) -> dict[str, str]:
    """Page id -> its context: the ``group`` field, else the events linked by confusable_with."""
    if all(page.group for page in pages):
        return {page.id: str(page.group) for page in pages}
    parent = {page.event_id: page.event_id for page in pages}

    def root(event: str) -> str:
        while parent.setdefault(event, event) != event:
            event = parent[event]
        return event

    for page in pages:
        for other in page.confusable_with:
            parent[root(other)] = root(page.event_id)
    return {page.id: root(page.event_id) for page in pages}


def _score(pages: list[GoldPage], article_of: dict[str, str], story_of: dict[str, str],
           context: dict[str, str], store: Store, limit: int) -> Tally:
    page_of = {article: page for page, article in article_of.items()}
    finder, tally = RelatedFinder(), Tally()
    for page in pages:
        article = article_of.get(page.id)
        if article is None:
            continue
        others = {story_of[p.id] for p in pages if story_of[p.id] != story_of[page.id]}
        wanted = {story_of[p.id] for p in pages if context[p.id] == context[page.id]} & others
        if not wanted:
            continue
        listed = finder.find(store, article, limit)
        right = [context.get(page_of.get(item.article_id, ""), "") == context[page.id]
                 for item in listed]
        _count(tally, page, right, {item.story_id for item, ok in zip(listed, right, strict=True)
                                    if ok}, wanted, len(others))
    return tally


def _count(tally: Tally, page: GoldPage, right: list[bool], found: set[str], wanted: set[str],
           others: int) -> None:
    tally.queries += 1
    tally.chance += len(wanted) / others
    tally.recall += len(found & wanted) / len(wanted)
    if right:
        tally.listed += 1
        tally.precision += sum(right) / len(right)
        tally.reciprocal_rank += 1 / (right.index(True) + 1) if any(right) else 0.0
    if page.hard_negative:
        tally.hard_negatives += 1
        tally.hard_negatives_linked += bool(found)
    if not any(right):
        tally.misses.append(f"{page.id} ({page.event_id}): no story of its context listed")


def _report(tally: Tally, dataset: str, limit: int, used: str) -> Report:
    report = Report(name="related", dataset=dataset)
    queries = max(tally.queries, 1)
    report.counts = {"queries": tally.queries, "limit": limit,
                     "empty_lists": tally.queries - tally.listed,
                     "hard_negatives": tally.hard_negatives,
                     "hard_negatives_linked": tally.hard_negatives_linked}
    report.metrics = {
        f"precision_at_{limit}": tally.precision / max(tally.listed, 1),
        f"recall_at_{limit}": tally.recall / queries,
        "mrr": tally.reciprocal_rank / queries,
        "chance_precision": tally.chance / queries,
    }
    report.notes = [f"articles from: {used}", _METHOD, *tally.misses]
    return report


_METHOD = ("a listed story is right when the report it is shown by is of the article's context;"
           " recall: the other stories of that context listed; chance_precision: what a list"
           " unrelated to the article (the latest news) scores on average")
