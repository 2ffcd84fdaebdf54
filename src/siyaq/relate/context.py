"""Related stories: the same context (earlier developments, follow-ups, reactions), not the
same event. Candidates come from the archive's full-text index (a few two-word queries made of
the article's heaviest terms, within a time span), so the cost does not grow with the archive;
they are ranked by shared terms and names, discounted by distance in time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import islice, pairwise

from siyaq.analyze.ner_aliases import shown_name
from siyaq.arabic.normalize import normalize_search
from siyaq.arabic.stopwords import is_stopword
from siyaq.model import Article, Related
from siyaq.relate.features import (
    LEAD_WORDS,
    Features,
    article_time,
    featurize_light,
    reported_text,
)
from siyaq.relate.pool import Pool
from siyaq.relate.similarity import cosine
from siyaq.relate.text import Terms, normalize, surface_forms, words
from siyaq.store.base import SearchQuery, Store

CONTEXT_DAYS = 30  # how far before and after to look for the same context
HALF_LIFE_DAYS = 10.0  # a story this far away in time counts half
QUERY_HITS = 10  # hits read per index query (each hit costs the index a snippet)
FALLBACK_ARTICLES = 300  # without an index: articles of the time span featurised at most
MIN_SIMILARITY = 0.05
MIN_TERMS = 8  # a headline-only page has no lead to compare
ACTOR_QUERIES = 2  # the article's most named people or organisations: one index query each
SHOWN_TERMS = 8  # shared words a reason lists
# Words every news report uses, shown as a reason they say nothing (قالت، بحسب، يوم on ANT):
# who said it and when, not what about. Only the shown reasons leave them out; scoring keeps
# them, since IDF already weighs them down there.
_REPORTING_TEXT = (
    "قال قالت وقال وقالت يقول تقول أعلن أعلنت وأعلن وأعلنت أكد أكدت وأكد وأكدت أضاف أضافت"
    " وأضاف وأضافت أوضح أوضحت ذكر ذكرت أفاد أفادت صرح صرحت تابع وتابع بحسب حسب وحسب وفق"
    " وفقا طبقا نقلا مصادر مصدر يوم اليوم أمس غدا عام العام سنة الأسبوع شهر الشهر الماضي"
    " الماضية المقبل المقبلة الجاري الحالي الحالية السبت الأحد الاثنين الثلاثاء الأربعاء"
    " الخميس الجمعة"
)
_REPORTING_WORDS = frozenset(normalize_search(word) for word in _REPORTING_TEXT.split())


class RelatedFinder:
    """Finds related stories; long-lived in a server so its stem memo stays warm."""

    __slots__ = ("terms",)

    def __init__(self) -> None:
        self.terms = Terms()

    def find(self, store: Store, article_id: str, limit: int = 10) -> list[Related]:
        return related_stories(store, article_id, limit, self.terms)


def related_stories(
    store: Store, article_id: str, limit: int = 10, terms: Terms | None = None
) -> list[Related]:
    article = store.get_article(article_id)
    if article is None:
        return []
    terms = terms or Terms()
    pool = Pool()
    target = featurize_light(article, terms)
    pool.load(target)
    articles = {article_id: article}
    for candidate in _candidates(store, article, target, terms):
        if candidate.id != article_id:
            pool.load(featurize_light(candidate, terms))
            articles[candidate.id] = candidate
    for features in pool.features.values():
        pool.vectorize(features)
    own = store.get_story_of(article_id)
    own_members = set(own.article_ids) if own else {article_id}
    best: dict[str, Related] = {}
    for other in pool.features.values():
        if other.id in own_members or _too_short(other):
            continue
        item = _related(store, target, other)
        if item is not None and item.score > getattr(best.get(item.story_id), "score", -1.0):
            best[item.story_id] = item
    ranked = sorted(best.values(), key=lambda r: (-r.score, r.story_id))[:limit]
    return [_readable(item, article, articles[item.article_id], terms) for item in ranked]


def _readable(item: Related, target: Article, other: Article, terms: Terms) -> Related:
    """The reasons as a reader should see them: each shared stem as the word the two articles
    use most for it, the heaviest SHOWN_TERMS of them that are not function words (relate's
    own short stop list lets أمام, أنه, وذلك through, and IDF alone leaves them among the top
    shared terms), each shared name as written (not in its matching form)."""
    texts = [_head(target), _head(other)]
    forms = surface_forms(texts, set(item.shared_terms), terms)
    shown = (forms.get(t, t) for t in item.shared_terms)
    content = dict.fromkeys(word for word in shown if _is_reason(word))
    item.shared_terms = list(islice(content, SHOWN_TERMS))
    names = {**_names(other), **_names(target)}
    item.shared_entities = sorted({names.get(e, e) for e in item.shared_entities})
    return item


def _is_reason(word: str) -> bool:
    """Whether a shared word tells a reader what two stories share: not a function word, not
    a word of reporting or of the calendar."""
    return not is_stopword(word) and normalize_search(word) not in _REPORTING_WORDS


def _head(article: Article) -> str:
    """The text the compared terms come from: the title and the lead."""
    return f"{article.title or ''}\n{' '.join(reported_text(article).split()[:LEAD_WORDS])}"


def _names(article: Article) -> dict[str, str]:
    """Matching form -> the name as the article writes it in full, its commonest such spelling
    (`أبوظبي`, not the key `ابوظبي`); a name only written in part keeps its key."""
    written: dict[str, Counter[str]] = {}
    for mention in article.mentions:
        written.setdefault(mention.canonical or mention.text, Counter())[mention.text] += 1
    names: dict[str, str] = {}
    for name, texts in written.items():
        names.setdefault(normalize(name), shown_name(name, [t for t, _ in texts.most_common()]))
    return names


def _candidates(store: Store, article: Article, target: Features, terms: Terms) -> list[Article]:
    moment = article_time(article)
    span = timedelta(days=CONTEXT_DAYS)
    start, end = (moment - span, moment + span) if moment else (None, None)
    try:
        ids = _search(store, article, target, terms, start, end)
    except NotImplementedError:  # a store without a full-text index
        ids = None
    if ids is None:
        found: Iterator[Article] = (
            store.articles_published_between(start, end) if start and end else iter(())
        )
        return list(islice(found, FALLBACK_ARTICLES))
    return [a for a in (store.get_article(i) for i in ids) if a is not None]


def _search(store: Store, article: Article, target: Features, terms: Terms,
            start: datetime | None, end: datetime | None) -> list[str]:
    """Hits of two-word queries built from the article's heaviest terms (index semantics: AND)."""
    heavy = _surface_words(article, target, terms)
    queries = [" ".join(pair) for pair in pairwise(heavy[:3])]
    # A store may offer search_ids (hits without snippets: most of a search's cost); proposed
    # as a protocol extension, used when present.
    search_ids = getattr(store, "search_ids", None)
    found: dict[str, None] = {}
    # Articles with no time (a dump that printed none) cannot be placed in the span, but may
    # well be of the same context: they stay candidates.
    asked = [SearchQuery(text, start, end, limit=QUERY_HITS, undated_too=True)
             for text in dict.fromkeys(queries)]
    # The same actors in other events are the commonest "same context" (a minister's next
    # project): their reports often share no heavy word pair with this one.
    asked += [SearchQuery("", start, end, entity=name, limit=QUERY_HITS, undated_too=True)
              for name in _actors(article)]
    for query in asked:
        hits = search_ids(query) if search_ids else [h.article_id for h in store.search(query)]
        found.update(dict.fromkeys(hits))
    found.pop(article.id, None)
    return list(found)


def _actors(article: Article, count: int = ACTOR_QUERIES) -> list[str]:
    """The people and organisations the article names most, by their full names (places are
    too common to narrow anything down)."""
    named = Counter(m.canonical or m.text for m in article.mentions if m.type in ("PERS", "ORG"))
    return [name for name, _ in sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:count]]


def _surface_words(article: Article, target: Features, terms: Terms, count: int = 3) -> list[str]:
    """A written form of each of the heaviest terms (the index analyses queries its own way)."""
    heaviest = [t for t, _ in Counter(target.counts).most_common(40)]
    weights = {t: target.counts[t] for t in heaviest}
    lead = " ".join(article.text.split()[:60])
    forms: dict[str, str] = {}
    for word in words(f"{article.title or ''} {lead}"):
        stems = terms(word)
        if stems and stems[0] in weights:
            forms.setdefault(stems[0], word)
    ranked = sorted(forms, key=lambda t: -weights[t])
    return [forms[t] for t in ranked[:count]]


def _too_short(features: Features) -> bool:
    return sum(features.counts.values()) < MIN_TERMS


def _related(store: Store, target: Features, other: Features) -> Related | None:
    similarity = cosine(target.vector, other.vector)
    if similarity <= MIN_SIMILARITY:
        return None
    story = store.get_story_of(other.id)
    score = similarity * _time_discount(target.time, other.time)
    # Ties by the term: a set's order differs from process to process (string hashing). All of
    # them: _readable skips the function words among the heaviest and shows SHOWN_TERMS.
    shared_terms = sorted(
        target.vector.keys() & other.vector.keys(),
        key=lambda t: (-(target.vector[t] * other.vector[t]), t),
    )
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
