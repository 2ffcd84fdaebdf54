"""Article <-> plain JSON-able dicts: one format for export, the API and storage."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from typing import Any

from siyaq.model import Article, DateMention, Granularity, Mention, Quote, Teaser, Widget


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def article_to_dict(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = _plain(article)
    return data


def article_json(article: Article) -> str:
    """``json.dumps(article_to_dict(article), ensure_ascii=False)``, the same text, in half the
    time: json's C encoder walks the lists and strings and asks back only for the dataclasses
    and dates (how the stores save every article)."""
    return json.dumps(article, ensure_ascii=False, default=_json_default)


def plain_json(value: Any) -> str:
    """``json.dumps(dataclasses.asdict(value), ensure_ascii=False)`` for a dataclass of plain
    fields (a Quote), the same text without asdict's deep copies."""
    return json.dumps(value, ensure_ascii=False, default=_json_default)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # The class's field table in definition order, what fields() returns for the model's
        # dataclasses (no ClassVar or InitVar; a test checks it), without fields()' tuple of
        # Field objects built anew for each of an article's ~20 mentions, dates and teasers.
        return {name: getattr(value, name) for name in value.__dataclass_fields__}
    raise TypeError(f"not serializable: {type(value).__name__}")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def article_from_dict(data: dict[str, Any]) -> Article:
    fields = dict(data)
    fields["published_at"] = _dt(fields.get("published_at"))
    fields["fetched_at"] = _dt(fields.get("fetched_at"))
    fields["updated_at"] = _dt(fields.get("updated_at"))
    event = fields.get("event_date")
    fields["event_date"] = date.fromisoformat(event) if event else None
    fields["teasers"] = [
        Teaser(**{**t, "published_at": _dt(t.get("published_at"))})
        for t in fields.get("teasers", [])
    ]
    fields["widgets"] = [Widget(**w) for w in fields.get("widgets", [])]
    fields["mentions"] = [Mention(**m) for m in fields.get("mentions", [])]
    fields["quotes"] = [Quote(**q) for q in fields.get("quotes", [])]
    fields["dates"] = [
        DateMention(
            **{**d, "granularity": Granularity(d["granularity"]) if d.get("granularity") else None}
        )
        for d in fields.get("dates", [])
    ]
    known = {f.name for f in dataclasses.fields(Article)}
    return Article(**{k: v for k, v in fields.items() if k in known})
