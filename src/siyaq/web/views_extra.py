"""View data functions the web reader needs beyond siyaq.views: the latest articles, the
article page (the article view plus its story and related stories), and the story, stories,
entity, entities and quotes pages over the data functions the CLI prints. Each returns one
plain dict that both the HTML page and the JSON API render, like siyaq.views."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from siyaq.model import Article, Related
from siyaq.store.base import Store
from siyaq.views import NotFound, article_ref, article_view, iso
from siyaq.views_archive import entities_view, entity_view, not_found_message, quotes_view
from siyaq.web.latest import latest_articles, sort_key


def article_summary(article: Article) -> dict[str, Any]:
    """What a list entry shows: enough to link to the article, never the whole body."""
    extra = {"timezone_stated": article.timezone_stated, "lead": article.lead}
    return {**article_ref(article), **extra}


def latest_view(store: Store, *, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """The newest articles first, one page of them."""
    articles = latest_articles(store, offset + limit)[offset:]
    return {
        "limit": limit,
        "offset": offset,
        "count": len(articles),
        "articles": [article_summary(a) for a in articles],
    }


def story_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article's story: every report in time order, with the copy it repeats, if any."""
    story = store.get_story_of(article_id)
    if story is None:
        return None
    members = [a for a in map(store.get_article, story.article_ids) if a is not None]
    members.sort(key=sort_key)
    return {
        "id": story.id,
        "title": story.title,
        "first_published": iso(story.first_published),
        "last_published": iso(story.last_published),
        "articles": [
            {**article_summary(a), "copy_of": story.copies.get(a.id), "current": a.id == article_id}
            for a in members
        ],
    }


def _related_dict(item: Related) -> dict[str, Any]:
    return {
        "story_id": item.story_id,
        "article_id": item.article_id,
        "title": item.title,
        "score": round(item.score, 4),
        "published_at": iso(item.published_at),
        "shared_entities": item.shared_entities,
        "shared_terms": item.shared_terms,
    }


def related_view(store: Store, article_id: str, limit: int) -> list[dict[str, Any]] | None:
    """Related stories, ranked, with the reasons the reader shows."""
    from siyaq.relate import related

    return [_related_dict(r) for r in related(store, article_id, limit)]


def article_page_view(store: Store, key: str, *, related_limit: int = 5) -> dict[str, Any]:
    """siyaq.views.article_view plus what the reader shows around it: the
    story and related stories. Raises siyaq.views.NotFound."""
    data = article_view(store, key)
    data["story"] = story_view(store, data["id"])
    data["related"] = related_view(store, data["id"], related_limit)
    return data


def story_page_view(store: Store, key: str, *, related_limit: int = 5) -> dict[str, Any]:
    """A story by its id, or the story of an article id or URL (siyaq.relate.views), with the
    stories in its context: those related to the report that gave the story its title."""
    from siyaq.relate.views import story_view as full_story_view

    data = full_story_view(store, key)
    titled = (r["id"] for r in data["reports"] if r["title"] == data["title"])
    representative = next(titled, data["reports"][0]["id"])
    data["related"] = related_view(store, representative, related_limit)
    return data


def stories_page_view(
    store: Store, *, published_from: datetime | None, published_to: datetime | None,
    limit: int,
) -> dict[str, Any]:
    """Stories of two reports or more overlapping the period, largest first."""
    from siyaq.relate.views import stories_view

    return stories_view(store, published_from=published_from, published_to=published_to,
                        min_size=2, limit=limit)


def entities_page_view(store: Store, kind: str | None, top: int) -> dict[str, Any]:
    return entities_view(store, kind, top)


def entity_page_view(store: Store, name: str) -> dict[str, Any]:
    """One entity by any spelling; raises NotFound for a name the archive does not know."""
    data = entity_view(store, name)
    if data is None:
        raise NotFound(not_found_message(store, name, "person, organisation or place"))
    return data


def quotes_page_view(
    store: Store, *, speaker: str | None, query: str | None, limit: int
) -> dict[str, Any]:
    return quotes_view(store, speaker=speaker, query=query, limit=limit)
