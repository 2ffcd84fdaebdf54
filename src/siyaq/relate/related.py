"""Related stories: the same context (earlier developments, follow-ups, reactions), not the
same event. Ranked by shared terms and entities, discounted by distance in time."""

from __future__ import annotations

from datetime import datetime, timedelta

from siyaq.model import Article, Related
from siyaq.relate.features import Features, article_time, featurize
from siyaq.relate.pool import Pool
from siyaq.relate.similarity import cosine
from siyaq.relate.text import Terms
from siyaq.store.base import Store

CONTEXT_DAYS = 14  # how far before and after to look for the same context
HALF_LIFE_DAYS = 7.0  # a story this far away in time counts half
MAX_CANDIDATES = 1500  # articles featurised per query: bounds latency on dense days


def related_stories(store: Store, article_id: str, limit: int = 10) -> list[Related]:
    article = store.get_article(article_id)
    if article is None:
        return []
    terms = Terms()
    pool = Pool()
    target = featurize(article, terms)
    pool.load(target)
    for other in _context(store, article):
        pool.load(featurize(other, terms))
    for features in pool.features.values():
        pool.index(features)
    own = store.get_story_of(article_id)
    own_members = set(own.article_ids) if own else {article_id}
    best: dict[str, Related] = {}
    for other_id in pool.candidates(target, limit=300):
        if other_id in own_members:
            continue
        item = _related(store, target, pool.features[other_id])
        if item is not None and item.score > getattr(best.get(item.story_id), "score", -1.0):
            best[item.story_id] = item
    return sorted(best.values(), key=lambda r: -r.score)[:limit]


def _context(store: Store, article: Article) -> list[Article]:
    moment = article_time(article)
    if moment is None:
        return []
    span = timedelta(days=CONTEXT_DAYS)
    found: list[Article] = []
    for other in store.articles_published_between(moment - span, moment + span):
        found.append(other)
        if len(found) >= MAX_CANDIDATES:
            break
    return found


def _related(store: Store, target: Features, other: Features) -> Related | None:
    similarity = cosine(target.vector, other.vector)
    if similarity <= 0.05:
        return None
    story = store.get_story_of(other.id)
    score = similarity * _time_discount(target.time, other.time)
    shared_terms = sorted(
        target.vector.keys() & other.vector.keys(),
        key=lambda t: -(target.vector[t] * other.vector[t]),
    )[:8]
    return Related(
        story_id=story.id if story else f"s-{other.id}",
        article_id=other.id, title=other.title, score=round(score, 4), published_at=other.time,
        shared_entities=sorted(target.entities & other.entities), shared_terms=shared_terms,
    )


def _time_discount(a: datetime | None, b: datetime | None) -> float:
    if a is None or b is None:
        return 0.5
    days = abs((a - b).total_seconds()) / 86400
    return float(0.5 ** (days / HALF_LIFE_DAYS))
