"""One data function per view. The CLI (text and --json) and the web app (HTML and JSON) both
render exactly what these return."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import datetime
from typing import Any

from siyaq.analyze.ner_aliases import canonical_name, shown_name
from siyaq.arabic.normalize import name_key, spelling_key
from siyaq.model import Article, EntitySummary, SearchHit
from siyaq.serialize import article_to_dict
from siyaq.store.base import SearchQuery, Store

ENTITY_TYPES = ("PERS", "ORG", "LOC", "MISC")  # the order an article's names are listed in


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
    """An article by id or URL, with its names by type (`entities`) and its story when stories
    have been built."""
    article = store.get_article(key) or store.get_article_by_url(key)
    if article is None:
        raise NotFound(f"no article with id or URL {key!r}")
    data = article_to_dict(article)
    data["entities"] = entity_groups(data["mentions"])
    story = store.get_story_of(article.id)
    data["story_id"] = story.id if story else None
    return data


def entity_groups(mentions: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Distinct entities by type, in order of first mention, each shown as the article writes
    its full name (shown_name). A name the tagger typed two ways in one article (`تويتر` once a
    company, once a place) is listed once, under the type most of its mentions have (on a tie,
    its first mention's)."""
    types: dict[str, Counter[str]] = {}
    written: dict[str, Counter[str]] = {}
    for mention in mentions:
        name = str(mention.get("canonical") or mention["text"])
        types.setdefault(name, Counter())[str(mention["type"])] += 1
        written.setdefault(name, Counter())[str(mention["text"])] += 1
    shown = display_names(written)
    groups: dict[str, list[str]] = {}
    for name, counts in types.items():  # Counter.most_common keeps first-seen order on ties
        groups.setdefault(counts.most_common(1)[0][0], []).append(shown[name])
    ordered = [t for t in ENTITY_TYPES if t in groups] + sorted(set(groups) - set(ENTITY_TYPES))
    return {t: groups[t] for t in ordered}


def display_names(written: dict[str, Counter[str]]) -> dict[str, str]:
    """shown_name of each name, its spellings taken commonest first."""
    return {name: shown_name(name, [t for t, _ in texts.most_common()])
            for name, texts in written.items()}


def name_spellings(name: str | None) -> list[str | None]:
    """A name as asked, then its entity key when that is spelled otherwise: a spelling no stored
    mention has (`عبد الله` where every article wrote `عبدالله`) may still have its key stored.
    The views that look a name up try these in turn."""
    if not name:
        return [name]
    keyed = canonical_name(name, "")
    return [name] if keyed == name else [name, keyed]


# Words that say what a person is, not who: `الملك سلمان` is looked up as `سلمان`.
_TITLE_WORDS = frozenset(name_key(word) for word in (
    "الملك", "الملكة", "الأمير", "الأميرة", "الرئيس", "رئيس", "الشيخ", "السيد", "السيدة",
    "الدكتور", "د", "المهندس", "العاهل", "ولي", "العهد", "خادم", "الحرمين", "الشريفين", "وزير",
    "الوزير", "الفنان", "الفنانة", "اللاعب", "المدرب", "النجم", "الجنرال", "المشير", "اللواء",
    "العميد", "القاضي", "الإمام", "البابا"))


def entity_suggestions(store: Store, name: str, top: int = 5) -> list[dict[str, Any]]:
    """For a name the archive does not know: entities whose name holds its words, titles left
    out, most mentioned first (`الملك سلمان` -> `سلمان بن عبدالعزيز`, `سلمان`)."""
    return [_suggestion(found) for found in store.entities_like(_name_words(name), top)]


def see_also(store: Store, entity: EntitySummary, top: int = 5) -> list[dict[str, Any]]:
    """Other records that may be this one's: a person named by the same first and last word
    (`عادل الجبير` and `عادل بن أحمد الجبير`, the everyday and the formal name), and any name
    spelled with other long vowels (`فلاديمير بوتين` and `فلاديمير بوتن`, `تشيلسي` and
    `تشلسي`; a person's name of two words or more). The archive does not join them itself:
    two people may share a given and a family name, and `سليمان` is not `سلمان`; a reader
    who knows which is which follows the link."""
    own = name_key(entity.name)
    found: dict[str, EntitySummary] = {}
    words = _name_words(entity.name)
    if entity.type == "PERS" and len(words) >= 2:
        for other in store.entities_named(words[0], words[-1], top, but=own):
            found.setdefault(name_key(other.name), other)
    if entity.type != "PERS" or len(own.split()) >= 2:  # one-word people: `سلمان`, `سليمان`
        for key in spelled_otherwise(own, store.keys_beginning(spelling_prefix(own))):
            spelled = store.entity(key)
            if spelled is not None:
                found.setdefault(name_key(spelled.name), spelled)
    ranked = sorted(found.values(), key=lambda other: -other.article_count)
    return [_suggestion(other) for other in ranked if other.type == entity.type][:top]


def spelling_prefix(key: str) -> str:
    """The opening every other spelling of a name shares: its first two letters (after ال)."""
    return key[:4] if key.startswith("ال") else key[:2]


def spelled_otherwise(key: str, keys: list[str]) -> list[str]:
    """The keys that are the same name with other long vowels: word for word the same
    spelling_key (siyaq.arabic.normalize)."""
    spelled = [spelling_key(word) for word in key.split()]
    return [other for other in keys
            if other != key and [spelling_key(word) for word in other.split()] == spelled]


def _name_words(name: str) -> list[str]:
    return [word for word in name_key(name).split() if word not in _TITLE_WORDS]


def _suggestion(found: EntitySummary) -> dict[str, Any]:
    return {"name": found.name, "type": found.type, "article_count": found.article_count}


def search_view(
    store: Store,
    text: str,
    *,
    published_from: datetime | None = None,
    published_to: datetime | None = None,
    host: str | None = None,
    entity: str | None = None,
    limit: int = 20,
    offset: int = 0,
    byline: str | None = None,
) -> dict[str, Any]:
    """A page of hits: those holding every word, `offset` of them skipped, at most `limit`;
    on the first page, when fewer hold every word, the best matches follow (_best_matches).
    `total` is how many hold every word (all pages); `count` the hits on this page."""
    offset = max(offset, 0)
    for asked in name_spellings(entity):  # the first spelling of the entity that finds any
        query = SearchQuery(text, published_from, published_to, host, asked, limit, offset,
                            entity_keys=tuple(store.entity_keys(asked)) if asked else (),
                            byline=byline)
        hits, total = store.search_counted(query)
        if total:
            break
    if offset == 0:
        hits += _best_matches(store, SearchQuery(text, published_from, published_to, host,
                                                 entity, limit, any_words=True, byline=byline),
                              hits)
    unknown = bool(entity) and not hits and all(
        store.entity(asked) is None for asked in name_spellings(entity) if asked)
    return {
        "query": text,
        "filters": {
            "from": published_from.isoformat() if published_from else None,
            "to": published_to.isoformat() if published_to else None,
            "source": host,
            "entity": entity,
            "byline": byline,
        },
        "count": len(hits),  # on this page
        "total": total,  # holding every word, on every page
        "offset": offset,
        "limit": limit,
        **page_offsets(total, offset, limit),
        "hits": [
            {
                "id": h.article_id,
                "title": h.title,
                "source": h.host,
                "published_at": h.published_at.isoformat() if h.published_at else None,
                "snippet": h.snippet,
                "score": round(h.score, 4),
                # None: every word matched; else the words (or phrases) the hit holds, of all.
                "matched": {"words": h.matched[0], "of": h.matched[1]} if h.matched else None,
            }
            for h in hits
        ],
        # A name the archive does not know: the entities it may have meant.
        "entity_suggestions": entity_suggestions(store, entity or "") if unknown else [],
    }


def page_offsets(total: int, offset: int, limit: int) -> dict[str, int | None]:
    """The offsets of the next and the previous page of `total` hits (None: no such page). The
    page before one past the end is the last `limit` hits."""
    if limit <= 0:
        return {"next_offset": None, "previous_offset": None}
    return {
        "next_offset": offset + limit if offset + limit < total else None,
        "previous_offset": max(0, min(offset - limit, total - limit)) if offset > 0 else None,
    }


def _best_matches(store: Store, query: SearchQuery, hits: list[SearchHit]) -> list[SearchHit]:
    """When fewer articles hold every word than were asked for (a pasted headline rarely
    matches word for word), those holding most of the words follow, marked as such."""
    if len(hits) >= query.limit or not query.text.strip():
        return []
    seen = {hit.article_id for hit in hits}
    for asked in name_spellings(query.entity):
        more = [hit for hit in store.search(replace(query, entity=asked))
                if hit.article_id not in seen]
        if more:
            return more[: query.limit - len(hits)]
    return []
