"""One data function per stories view; the CLI (text and --json) and the web app render these."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict
from datetime import datetime
from typing import Any

from siyaq.model import Article, Story
from siyaq.relate.features import singleton_reason
from siyaq.relate.text import words
from siyaq.store.base import Store, StoryQuery
from siyaq.views import NotFound, article_ref, iso


def _find_story(store: Store, key: str) -> Story:
    """A story by its id, or the story of an article id or URL."""
    story = store.get_story(key)
    if story is None:
        article = store.get_article(key) or store.get_article_by_url(key)
        story = store.get_story_of(article.id) if article else None
    if story is None or not story.article_ids:
        raise NotFound(f"no story with id {key!r}, and no article with that id or URL in a story")
    return story


def story_view(store: Store, key: str) -> dict[str, Any]:
    """A story's reports by time and outlet, and which are copies of which."""
    story = _find_story(store, key)
    articles = [a for a in (store.get_article(i) for i in story.article_ids) if a is not None]
    articles.sort(key=lambda a: (_sort_time(a), a.host or "", a.id))
    reports = [_report(a, story) for a in articles]
    outlets = Counter(a.host or "?" for a in articles)
    return {
        "id": story.id,
        "title": story.title,
        "first_published": iso(story.first_published),
        "last_published": iso(story.last_published),
        "size": len(articles),
        "outlets": dict(outlets.most_common()),
        "reports": reports,
        "copies": _copy_groups(story),
        "singleton_reason": _singleton_reason(articles) if len(articles) == 1 else None,
    }


def _sort_time(article: Article) -> str:
    moment = article.published_at or article.fetched_at
    return moment.replace(tzinfo=None).isoformat() if moment else "9999"


def _report(article: Article, story: Story) -> dict[str, Any]:
    return {**article_ref(article), "copy_of": story.copies.get(article.id)}


def _copy_groups(story: Story) -> list[dict[str, Any]]:
    groups: dict[str, list[str]] = {}
    for copy, canonical in sorted(story.copies.items()):
        groups.setdefault(canonical, []).append(copy)
    return [{"canonical": c, "copies": ids} for c, ids in sorted(groups.items())]


def _singleton_reason(articles: list[Article]) -> str:
    """Why a story has one report: bad input (the rule in docs/stories.md) or no match found."""
    article = articles[0]
    reason = singleton_reason(article, len(words(article.text)))
    return reason or "no other report of this event found in its time window"


def related_view(store: Store, key: str, limit: int = 10) -> dict[str, Any]:
    """Stories in the same context as an article (or a story's first report), with reasons."""
    from siyaq.relate import related

    article = store.get_article(key) or store.get_article_by_url(key)
    if article is None:
        story = store.get_story(key)
        article = store.get_article(story.article_ids[0]) if story and story.article_ids else None
    if article is None:
        raise NotFound(f"no article or story with id {key!r}")
    items = related(store, article.id, limit)
    return {
        "article": {"id": article.id, "title": article.title, "source": article.host,
                    "published_at": iso(article.published_at)},
        "count": len(items),
        "related": [{**asdict(r), "published_at": iso(r.published_at)} for r in items],
    }


def stories_view(
    store: Store,
    *,
    published_from: datetime | None = None,
    published_to: datetime | None = None,
    min_size: int = 2,
    limit: int = 50,
) -> dict[str, Any]:
    """Stories overlapping the period, largest first, with how many reports each outlet gave."""
    total, chosen = store.list_stories(StoryQuery(published_from, published_to, min_size, limit))
    outlets = store.story_outlets([story.id for story in chosen])
    return {
        "filters": {"from": iso(published_from), "to": iso(published_to), "min_size": min_size},
        "count": total,
        "stories": [_summary(story, outlets.get(story.id, {})) for story in chosen],
    }


def _summary(story: Story, outlets: dict[str, int]) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "size": len(story.article_ids),
        "copies": len(story.copies),
        "first_published": iso(story.first_published),
        "last_published": iso(story.last_published),
        "outlets": dict(Counter(outlets).most_common()),
    }


def recluster_view(store: Store) -> dict[str, Any]:
    from siyaq.relate import recluster

    report = recluster(store)
    return {**asdict(report), "seconds": round(report.seconds, 3)}
