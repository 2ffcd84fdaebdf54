"""The archive written out: JSON Lines (every field, for programs) or CSV (one article a row,
for a spreadsheet: what a newsroom opens first)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable
from typing import TextIO

from siyaq.model import Article
from siyaq.serialize import article_to_dict

CSV_COLUMNS = ("id", "url", "source", "published_at", "byline", "title", "body", "language",
               "people", "organisations", "places", "quotes")
_NAME_TYPES = {"people": "PERS", "organisations": "ORG", "places": "LOC"}
_NAMES_SEPARATOR = "؛ "  # Arabic semicolon: names hold commas and spaces, never this


def write_jsonl(articles: Iterable[Article], out: TextIO) -> None:
    for article in articles:
        out.write(json.dumps(article_to_dict(article), ensure_ascii=False) + "\n")


def write_csv(articles: Iterable[Article], out: TextIO) -> None:
    """A header, then one row an article: paragraphs on lines of the body cell, the names
    an article mentions most first, its quotes as `speaker: «text»` lines."""
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for article in articles:
        writer.writerow(csv_row(article))


def csv_row(article: Article) -> list[str]:
    names = {column: _names(article, type_) for column, type_ in _NAME_TYPES.items()}
    quotes = "\n".join(f"{q.speaker_canonical or q.speaker or '?'}: «{q.text}»"
                       for q in article.quotes)
    published = article.published_at.isoformat() if article.published_at else ""
    return [article.id, article.url or "", article.host or "", published, article.byline or "",
            article.title or "", "\n".join(article.body), article.language or "",
            names["people"], names["organisations"], names["places"], quotes]


def _names(article: Article, type_: str) -> str:
    counts = Counter(m.canonical or m.text for m in article.mentions if m.type == type_)
    return _NAMES_SEPARATOR.join(name for name, _ in counts.most_common())
