"""One data function per view. The CLI (text and --json) and the web app (HTML and JSON) both
render exactly what these return."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from siyaq.model import Article
from siyaq.serialize import article_to_dict
from siyaq.store.base import SearchQuery, Store


class NotFound(LookupError):
    pass


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def article_ref(article: Article) -> dict[str, Any]:
    """What any list of articles shows for one entry: enough to name it and link to it."""
    return {
        "id": article.id,
        "title": article.title,
        "source": article.host,
        "url": article.url,
        "published_at": iso(article.published_at),
    }


def article_view(store: Store, key: str) -> dict[str, Any]:
    """An article by id or URL, with its story when stories have been built."""
    article = store.get_article(key) or store.get_article_by_url(key)
    if article is None:
        raise NotFound(f"no article with id or URL {key!r}")
    data = article_to_dict(article)
    story = store.get_story_of(article.id)
    data["story_id"] = story.id if story else None
    return data


def search_view(
    store: Store,
    text: str,
    *,
    published_from: datetime | None = None,
    published_to: datetime | None = None,
    host: str | None = None,
    entity: str | None = None,
    limit: int = 20,
) -> dict[str, Any]:
    query = SearchQuery(text, published_from, published_to, host, entity, limit)
    hits = store.search(query)
    return {
        "query": text,
        "filters": {
            "from": published_from.isoformat() if published_from else None,
            "to": published_to.isoformat() if published_to else None,
            "source": host,
            "entity": entity,
        },
        "count": len(hits),
        "hits": [
            {
                "id": h.article_id,
                "title": h.title,
                "source": h.host,
                "published_at": h.published_at.isoformat() if h.published_at else None,
                "snippet": h.snippet,
                "score": round(h.score, 4),
            }
            for h in hits
        ],
    }
