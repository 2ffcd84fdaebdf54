"""An entity with or without ال is one entity (`يورو`, `اليورو`), but never a person with a
place (`رياض` the man, `الرياض` the city): search --entity and the entity record."""

from collections.abc import Callable
from datetime import datetime

import pytest

from siyaq.arabic.normalize import article_twin
from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
from siyaq.store import SearchQuery, Store


def _record(article_id: str, day: int, body: str, name: str, type_: str) -> Record:
    start = body.index(name)
    article = Article(
        id=article_id, content_hash=article_id, origin=f"{article_id}.txt",
        title=f"خبر {article_id}", published_at=datetime(2024, 3, day), body=[body],
        language="ar", mentions=[Mention(name, type_, start, start + len(name), canonical=name)],
    )
    page = Page(content=body.encode(), origin=article.origin, content_type=ContentType.TEXT)
    return Record(page=page, article=article)


@pytest.fixture
def store(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    store.put_records([
        _record("e1", 1, "ارتفع اليورو أمام الدولار اليوم.", "اليورو", "MISC"),
        _record("e2", 2, "سعر يورو واحد تجاوز دولارا.", "يورو", "MISC"),
        _record("r1", 3, "قال رياض إن الموعد تغير.", "رياض", "PERS"),
        _record("r2", 4, "وصل الوفد إلى الرياض مساء.", "الرياض", "LOC"),
    ], IngestReport())
    return store


@pytest.mark.parametrize(
    ("entity", "articles"),
    [
        pytest.param("يورو", ["e2", "e1"], id="without-al-finds-both"),
        pytest.param("اليورو", ["e2", "e1"], id="with-al-finds-both"),
        pytest.param("الرياض", ["r2"], id="city-not-the-man"),
        pytest.param("رياض", ["r1"], id="man-not-the-city"),
    ],
)
def test_search_by_entity_with_or_without_al(store: Store, entity: str,
                                             articles: list[str]) -> None:
    hits = store.search(SearchQuery("", entity=entity))
    assert [h.article_id for h in hits] == articles


@pytest.mark.parametrize(
    ("name", "count"),
    [pytest.param("يورو", 2, id="euro"), pytest.param("الرياض", 1, id="riyadh"),
     pytest.param("رياض", 1, id="riyad")],
)
def test_entity_record_gathers_its_twin(store: Store, name: str, count: int) -> None:
    entity = store.entity(name)
    assert entity is not None and entity.article_count == count


@pytest.mark.parametrize(
    ("key", "twin"),
    [("يورو", "اليورو"), ("اليورو", "يورو"), ("الامم المتحده", "الامم المتحده"),
     ("ال", "ال"), ("الري", "الري"), ("مصر", "المصر")],
    ids=["add", "take-off", "two-words", "bare-article", "too-short", "three-letters"],
)
def test_article_twin(key: str, twin: str) -> None:
    assert article_twin(key) == twin


def test_entities_list_a_pair_once(store: Store) -> None:
    listed = {(e.type, e.article_count) for e in store.entities()}
    assert [e.article_count for e in store.entities()] == [2, 1, 1]
    assert ("MISC", 2) in listed


@pytest.fixture
def hamza_store(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    store.put_records([
        _record("g1", 1, "فازت ألمانيا على فرنسا.", "ألمانيا", "LOC"),
        _record("g2", 2, "زار الوزير المانيا أمس.", "المانيا", "LOC"),
        _record("g4", 6, "تستضيف ألمانيا البطولة.", "ألمانيا", "LOC"),
        _record("g3", 3, "سجل سامي ومانيا هدفين.", "مانيا", "LOC"),  # a tagger slip
        _record("d1", 4, "وصل الوفد إلى الجزائر.", "الجزائر", "LOC"),
        _record("d2", 5, "ميناء جزائر الغرب مغلق.", "جزائر", "LOC"),
    ], IngestReport())
    return store


@pytest.mark.parametrize(
    ("name", "articles"),
    [
        pytest.param("ألمانيا", ["g4", "g2", "g1"], id="hamza-al-is-the-name"),
        pytest.param("الجزائر", ["d2", "d1"], id="bare-al-is-the-article"),
    ],
)
def test_an_al_written_with_hamza_gathers_no_twin(hamza_store: Store, name: str,
                                                  articles: list[str]) -> None:
    """`ألمانيا` gathered `مانيا` (a footballer's name tagged as a place, ANT) as its form
    without ال; an ال mostly written `أل`/`إل` is the name's own."""
    keys = tuple(hamza_store.entity_keys(name))
    hits = hamza_store.search(SearchQuery("", entity=name, entity_keys=keys))
    assert [h.article_id for h in hits] == articles
    entity = hamza_store.entity(name)
    assert entity is not None and entity.article_count == len(articles)
