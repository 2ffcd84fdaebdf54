"""Quotes read by hand on news of a shared corpus, stored as references, not as text.

A row of such a labels file (`labels/news-quotes.jsonl`) names one corpus article and lists
every quote a reader found in it, direct or reported, with its speaker and its character
offsets into the article's text (its paragraphs joined by newlines, as the archive stores
them):

    {"ref": "saudinewsnet:2015-08-06.zip/2015-08-06.json#442", "text_sha1": "0b1c…",
     "sample": "seed 142 …", "quotes": [{"speaker": "جوزيه مورينيو", "start": 296, "end": 420}]}

The corpus is not ours to copy, so the text is read from the shared data folder at run time;
`text_sha1` (the first 12 hex digits of the text's SHA-1) checks that the offsets still fit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path

from siyaq.analyze.bench import corpus_article
from siyaq.model import Article
from siyaq.sources.corpora import ant_items, paragraphs, saudinewsnet_item

# Corpus name in a ref -> its folder under the shared data folder. A SaudiNewsNet ref names
# "zip/member#index", an ANT ref the document's DOCNO.
CORPORA = {"saudinewsnet": Path("saudinewsnet") / "dataset", "ant": Path("ant")}


class LabelError(ValueError):
    """A labelled row that cannot be scored (its corpus absent, its text changed, bad JSON)."""


@dataclass(slots=True, frozen=True)
class GoldQuote:
    speaker: str
    text: str


def text_digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def ant_refs(rows: list[dict[str, object]]) -> set[str]:
    """The DOCNOs of the rows' ANT refs (read from the archives together, in one pass)."""
    return {str(row["ref"])[4:] for row in rows if str(row.get("ref", "")).startswith("ant:")}


def read_ant(rows: list[dict[str, object]], data_dir: Path | None) -> dict[str, dict[str, str]]:
    """The ANT documents the rows name ({} when none does or the shared data is absent)."""
    wanted = ant_refs(rows)
    if not wanted or data_dir is None or not (data_dir / CORPORA["ant"]).is_dir():
        return {}
    return ant_items(data_dir / CORPORA["ant"], wanted)


def news_article(row: dict[str, object], data_dir: Path | None,
                 ant: Mapping[str, dict[str, str]] | None = None) -> Article:
    """The article a row's `ref` names, read from the shared data (LabelError if it cannot);
    `ant`: the ANT documents read beforehand (read_ant)."""
    corpus, _, origin = str(row.get("ref", "")).partition(":")
    if corpus not in CORPORA or not origin:
        raise LabelError(f"unknown ref {row.get('ref')!r} (known corpora: {sorted(CORPORA)})")
    if data_dir is None:
        raise LabelError(f"{row['ref']}: no shared data folder to read it from")
    if corpus == "ant":
        tags = (ant or {}).get(origin)
        if tags is None:
            raise LabelError(f"{row['ref']}: not in {data_dir / CORPORA['ant']}")
        article = _ant_article(tags, origin)
    else:
        try:
            item = saudinewsnet_item(data_dir / CORPORA[corpus], origin)
        except KeyError as exc:
            raise LabelError(str(exc.args[0])) from exc
        article = corpus_article(item, origin)
    digest = row.get("text_sha1")
    if digest is not None and digest != text_digest(article.text):
        raise LabelError(f"{row['ref']}: the text differs from the one labelled (text_sha1)")
    return article


def _ant_article(tags: dict[str, str], docno: str) -> Article:
    """An ANT document as the evaluation reads it: its TEXT's non-blank lines as paragraphs."""
    try:
        published = parsedate_to_datetime(tags["TIME"]) if tags.get("TIME") else None
    except (TypeError, ValueError):
        published = None
    return Article(id=docno, content_hash="", origin=docno, title=tags.get("TITLE"),
                   body=paragraphs(tags.get("TEXT")), language="ar", published_at=published)


def gold_quotes(row: dict[str, object], text: str) -> list[GoldQuote]:
    """The row's quotes, their text cut from the article by their offsets."""
    quotes = row.get("quotes")
    if not isinstance(quotes, list):
        raise LabelError(f"{row.get('ref')}: no quotes list")
    found = []
    for quote in quotes:
        try:
            start, end, speaker = int(quote["start"]), int(quote["end"]), str(quote["speaker"])
        except (KeyError, TypeError, ValueError) as exc:
            raise LabelError(f"{row.get('ref')}: bad quote {quote!r}") from exc
        if not 0 <= start < end <= len(text):
            raise LabelError(f"{row.get('ref')}: offsets {start}-{end} outside the text")
        found.append(GoldQuote(speaker, text[start:end]))
    return found
