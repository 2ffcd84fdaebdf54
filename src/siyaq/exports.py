"""The archive written out: JSON Lines (every field, for programs) or CSV (one article a row,
for a spreadsheet: what a newsroom opens first).

Each article goes out with where relate placed it: its story and, when it is a copy of an
earlier article (syndication, wire copy), that article's id. A selection narrows the export
to a period and an outlet, and can leave copies out so that a corpus counts each text once.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import TextIO

from siyaq.model import Article
from siyaq.serialize import article_to_dict
from siyaq.store.base import Store
from siyaq.store.records import host_key

CSV_COLUMNS = ("id", "url", "source", "published_at", "byline", "title", "body", "language",
               "people", "organisations", "places", "quotes", "story_id", "copy_of")
_NAME_TYPES = {"people": "PERS", "organisations": "ORG", "places": "LOC"}
_NAMES_SEPARATOR = "؛ "  # Arabic semicolon: names hold commas and spaces, never this


@dataclass(slots=True, frozen=True)
class ExportSelection:
    """Which articles to write: published within [published_from, published_to] (either end
    open; an undated article is left out once either is given), at one outlet, and with or
    without copies (without: each text once, by its earliest article in the selection)."""

    published_from: datetime | None = None
    published_to: datetime | None = None
    host: str | None = None
    copies: bool = True


@dataclass(slots=True)
class Exported:
    """One article as exported: the article and where relate placed it."""

    article: Article
    story_id: str | None = None
    copy_of: str | None = None  # the earliest article this one copies, when it is a copy


def exported(store: Store, selection: ExportSelection) -> Iterator[Exported]:
    """The selected articles with their story and copy, in the store's order."""
    stories, originals = placements(store)
    chosen = None if selection.copies else _one_per_text(store, selection, originals)
    for article in selected_articles(store, selection):
        if chosen is None or article.id in chosen:
            yield Exported(article, stories.get(article.id), originals.get(article.id))


def placements(store: Store) -> tuple[dict[str, str], dict[str, str]]:
    """(article id -> story id, copy's article id -> the earliest article it copies)."""
    stories: dict[str, str] = {}
    originals: dict[str, str] = {}
    for story in store.iter_stories():
        stories.update(dict.fromkeys(story.article_ids, story.id))
        originals.update(story.copies)
    return stories, originals


def selected_articles(store: Store, selection: ExportSelection) -> Iterator[Article]:
    if selection.published_from is None and selection.published_to is None:
        articles: Iterable[Article] = store.iter_articles()
    else:
        articles = store.articles_published_between(selection.published_from or datetime.min,
                                                    selection.published_to or datetime.max)
    wanted = host_key(selection.host) if selection.host else None
    for article in articles:
        if wanted is None or host_key(article.host or "") == wanted:
            yield article


def _one_per_text(store: Store, selection: ExportSelection,
                  originals: dict[str, str]) -> set[str]:
    """The ids to write when copies are left out: of each text (an article and its copies)
    the earliest in the selection, so a text whose original lies outside it still goes out."""
    first: dict[str, tuple[tuple[bool, str, str], str]] = {}
    for article in selected_articles(store, selection):
        text = originals.get(article.id, article.id)
        when = article.published_at.isoformat() if article.published_at else ""
        order = (article.published_at is None, when, article.id)
        if text not in first or order < first[text][0]:
            first[text] = (order, article.id)
    return {article_id for _, article_id in first.values()}


def write_jsonl(items: Iterable[Exported], out: TextIO) -> None:
    """One article a line: every field of the article, then its story_id and copy_of."""
    for item in items:
        data = {**article_to_dict(item.article), "story_id": item.story_id,
                "copy_of": item.copy_of}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")


def write_csv(items: Iterable[Exported], out: TextIO) -> None:
    """A header, then one row an article: paragraphs on lines of the body cell, the names
    an article mentions most first, its quotes as `speaker: «text»` lines."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for item in items:
        writer.writerow(csv_row(item))


def csv_row(item: Exported) -> list[str]:
    article = item.article
    names = {column: _names(article, type_) for column, type_ in _NAME_TYPES.items()}
    quotes = "\n".join(f"{q.speaker_canonical or q.speaker or '?'}: «{q.text}»"
                       for q in article.quotes)
    published = article.published_at.isoformat() if article.published_at else ""
    return [article.id, article.url or "", article.host or "", published, article.byline or "",
            article.title or "", "\n".join(article.body), article.language or "",
            names["people"], names["organisations"], names["places"], quotes,
            item.story_id or "", item.copy_of or ""]


def _names(article: Article, type_: str) -> str:
    counts = Counter(m.canonical or m.text for m in article.mentions if m.type == type_)
    return _NAMES_SEPARATOR.join(name for name, _ in counts.most_common())
