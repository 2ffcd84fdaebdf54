from collections.abc import Callable
from datetime import datetime

import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Quote, Record, Story
from siyaq.store import Store
from siyaq.store.search import parse_query


def _article(id_: str, published: datetime, mentions: list[Mention],
             quotes: list[Quote]) -> Record:
    page = Page(id_.encode(), f"{id_}.txt", ContentType.TEXT, url=f"https://x/{id_}")
    article = Article(id=id_, content_hash=page.content_hash, origin=page.origin, url=page.url,
                      body=["نص"], published_at=published, mentions=mentions, quotes=quotes)
    return Record(page, article)


@pytest.fixture
def store(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    jeffrey = "جيمس جيفري"
    records = [
        _article("a1", datetime(2020, 2, 6), [
            Mention("جيمس جيفري", "PERS", 0, 10, canonical=jeffrey),
            Mention("جيفري", "PERS", 20, 25, canonical=jeffrey),
            Mention("سوريا", "LOC", 30, 35),
        ], [
            Quote("لا نسعى لإسقاط الأسد", 40, 60, speaker=jeffrey, speaker_canonical=jeffrey),
            Quote("روسيا شريك صعب", 70, 84, speaker="جيفري", inherited=True),
        ]),
        _article("a2", datetime(2020, 2, 8), [
            Mention("جيفري", "PERS", 0, 5, canonical=jeffrey),
            Mention("سوريا", "LOC", 10, 15),
            Mention("دمشق", "LOC", 20, 24),
        ], [Quote("الوضع في إدلب خطير", 0, 18, speaker="المبعوث")]),
        _article("a3", datetime(2020, 3, 1), [Mention("سوريا", "LOC", 0, 5)], []),
    ]
    store.put_records(records, IngestReport())
    return store


def test_entities_ranked_by_article_count(store: Store) -> None:
    top = store.entities()
    assert [(e.name, e.article_count) for e in top] == [
        ("سوريا", 3), ("جيمس جيفري", 2), ("دمشق", 1)]
    assert top[0].first_seen == datetime(2020, 2, 6)
    assert top[0].last_seen == datetime(2020, 3, 1)
    assert set(top[1].variants) == {"جيمس جيفري", "جيفري"}


@pytest.mark.parametrize(
    ("type_", "top", "expected"),
    [
        pytest.param("LOC", 50, ["سوريا", "دمشق"], id="by-type"),
        pytest.param("PERS", 50, ["جيمس جيفري"], id="persons"),
        pytest.param(None, 1, ["سوريا"], id="top-n"),
        pytest.param("ORG", 50, [], id="none-of-type"),
    ],
)
def test_entities_filters(store: Store, type_: str | None, top: int,
                          expected: list[str]) -> None:
    assert [e.name for e in store.entities(type=type_, top=top)] == expected


@pytest.mark.parametrize("name", ["جيمس جيفري", "جيفري", "جيمس  جيفرى"],
                         ids=["canonical", "variant", "spelling-variant"])
def test_entity_by_canonical_or_variant(store: Store, name: str) -> None:
    entity = store.entity(name)
    assert entity is not None and entity.name == "جيمس جيفري" and entity.type == "PERS"
    assert entity.article_count == 2


def test_unknown_entity(store: Store) -> None:
    assert store.entity("بشار الأسد") is None


def test_quotes_newest_first(store: Store) -> None:
    quotes = store.quotes()
    assert [a for a, _ in quotes] == ["a2", "a1", "a1"]
    # within one article, in text order
    assert [q.text for _, q in quotes[1:]] == ["لا نسعى لإسقاط الأسد", "روسيا شريك صعب"]
    assert quotes[2][1].inherited


@pytest.mark.parametrize(
    ("speaker", "query", "expected"),
    [
        pytest.param("جيمس جيفري", None, {"لا نسعى لإسقاط الأسد", "روسيا شريك صعب"},
                     id="canonical-finds-variant-speaker"),
        pytest.param("جيفري", None, {"لا نسعى لإسقاط الأسد", "روسيا شريك صعب"},
                     id="variant-finds-canonical"),
        pytest.param("المبعوث", None, {"الوضع في إدلب خطير"}, id="plain-speaker"),
        pytest.param(None, "إسقاط", {"لا نسعى لإسقاط الأسد"}, id="query-word-forms"),
        pytest.param("جيفري", "إدلب", set(), id="speaker-and-query"),
        pytest.param(None, 'title:x "', set(), id="hostile-query"),
        pytest.param(None, "في", set(), id="stopword-query"),
    ],
)
def test_quotes_by_speaker_and_query(store: Store, speaker: str | None,
                                     query: str | None, expected: set[str]) -> None:
    assert {q.text for _, q in store.quotes(speaker=speaker, query=query)} == expected


def test_quotes_limit(store: Store) -> None:
    assert len(store.quotes(limit=1)) == 1


def test_stories_round_trip_and_membership(store: Store) -> None:
    first = Story("s1", ["a1", "a2"], "جيفري", datetime(2020, 2, 6), datetime(2020, 2, 8),
                  {"a2": "a1"})
    store.put_stories([first])
    assert store.get_story("s1") == first
    assert store.get_story_of("a2") == first
    # a later story takes a2: it belongs to one story only, the last one given
    second = Story("s2", ["a2", "a3"], "سوريا", datetime(2020, 2, 8), datetime(2020, 3, 1))
    store.put_stories([second])
    assert store.get_story_of("a2") == second
    s1 = store.get_story("s1")
    assert s1 is not None and s1.article_ids == ["a1"] and s1.copies == {}
    assert [s.id for s in store.iter_stories()] == ["s1", "s2"]
    store.delete_stories()
    assert store.get_story("s1") is None and store.get_story_of("a1") is None
    assert list(store.iter_stories()) == []


def test_update_replaces_entities_and_quotes(store: Store) -> None:
    record = _article("a3", datetime(2020, 3, 2), [Mention("دمشق", "LOC", 0, 4)],
                      [Quote("جديد", 0, 4, speaker="دمشق")])
    record.page.content = b"a3 changed"
    assert record.article is not None
    record.article.content_hash = record.page.content_hash
    report = IngestReport()
    store.put_records([record], report)
    assert report.updated == 1
    counts = {e.name: e.article_count for e in store.entities()}
    assert counts["سوريا"] == 2 and counts["دمشق"] == 2
    assert [q.text for _, q in store.quotes(speaker="دمشق")] == ["جديد"]


@pytest.mark.parametrize(
    ("texts", "variants"),
    [
        pytest.param(["الأردن", "لأردن"], {"الأردن"}, id="to-the-name-written-whole"),
        pytest.param(["العراق", "لعراق", "عراق"], {"العراق", "عراق"}, id="without-article-kept"),
        pytest.param(["لبنان"], {"لبنان"}, id="name-starting-with-lam"),
        pytest.param(["أمريكا", "لولايات المتحدة الأمريكية"],
                     {"أمريكا", "الولايات المتحدة الأمريكية"}, id="an-alias-after-lam"),
        pytest.param(["روسيا", "روسيّا", "روسـيا"], {"روسيا"}, id="marks-and-tatweel-folded"),
        pytest.param(["الولايات المتحدة", "#الولايات_المتحدة", "الولايات\u00a0المتحدة"],
                     {"الولايات المتحدة"}, id="hashtag-and-no-break-space-folded"),
        pytest.param(["أمريكا", "امريكا"], {"أمريكا", "امريكا"}, id="letters-kept-as-written"),
    ],
)
def test_variants_are_whole_spellings(new_archive: Callable[[], Store], texts: list[str],
                                      variants: set[str]) -> None:
    """A mention after لل keeps only one ل in its span; its variant is the name itself."""
    from siyaq.analyze.ner_aliases import canonical_name

    key = canonical_name(texts[0], "LOC")
    mentions = [Mention(text, "LOC", 10 * i, 10 * i + len(text), canonical=key)
                for i, text in enumerate(texts)]
    store = new_archive()
    store.put_records([_article("j1", datetime(2021, 1, 1), mentions, [])], IngestReport())
    [summary] = store.entities()
    assert set(summary.variants) == variants


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["جيفري"], [("جيمس جيفري", 2)]),
        (["جيمس", "جيفري"], [("جيمس جيفري", 2)]),
        (["جيف"], []),  # whole words only
        (["سوريا", "جيفري"], []),  # every word, in one name
        (["%"], []),  # LIKE's own characters are text
        ([], []),
    ],
    ids=["surname", "both-words", "part-of-a-word", "words-of-two-names", "like-wildcard",
         "no-words"],
)
def test_entities_like(store: Store, words: list[str], expected: list[tuple[str, int]]) -> None:
    assert [(e.name, e.article_count) for e in store.entities_like(words)] == expected


def test_a_lookup_that_finds_nothing_suggests_by_the_words(store: Store) -> None:
    from siyaq.views_archive import entity_view, not_found_message

    assert entity_view(store, "المبعوث جيفري") is None
    assert not_found_message(store, "السيد جيفري") == (
        "no entity named 'السيد جيفري' in the archive; did you mean: جيمس جيفري (2 articles)")
    assert not_found_message(store, "أحد") == "no entity named 'أحد' in the archive"


@pytest.fixture
def namesakes(new_archive: Callable[[], Store]) -> Store:
    """One minister under his everyday and his formal name (two records), someone else with
    the same two names in the other order, and a longer name that ends otherwise."""
    store = new_archive()
    people = {"n1": "عادل الجبير", "n2": "عادل بن أحمد الجبير", "n3": "الجبير بن عادل",
              "n4": "عادل الجبير الصغير", "n5": "عادل", "n7": "عادلة الجبير",
              "n8": "عادل%الجبير"}
    records = [_article(id_, datetime(2015, 7, 22), [Mention(name, "PERS", 0, len(name),
                                                             canonical=name)], [])
               for id_, name in people.items()]
    records.append(_article("n6", datetime(2015, 7, 23), [
        Mention("عادل الجبير", "ORG", 0, 11, canonical="عادل الجبير للتجارة")], []))
    store.put_records(records, IngestReport())
    return store


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("عادل الجبير", ["عادل بن أحمد الجبير"], id="everyday-finds-formal"),
        pytest.param("عادل بن أحمد الجبير", ["عادل الجبير"], id="formal-finds-everyday"),
        pytest.param("الجبير بن عادل", [], id="other-order-is-someone-else"),
        pytest.param("عادل", [], id="one-word-name"),
        pytest.param("عادل الجبير للتجارة", [], id="not-a-person"),
    ],
)
def test_see_also_offers_records_of_the_same_first_and_last_name(
    namesakes: Store, name: str, expected: list[str]
) -> None:
    from siyaq.views_archive import entity_view

    data = entity_view(namesakes, name)
    assert data is not None
    assert [item["name"] for item in data["see_also"]] == expected


def test_a_known_speaker_without_quotes_is_told_apart_from_an_unknown_one(
    namesakes: Store
) -> None:
    from siyaq.views_archive import quotes_view

    known = quotes_view(namesakes, speaker="عادل الجبير")
    assert known["count"] == 0
    assert known["speaker_entity"]["article_count"] == 1
    assert [item["name"] for item in known["speaker_suggestions"]] == ["عادل بن أحمد الجبير"]
    unknown = quotes_view(namesakes, speaker="الوزير عادل")
    assert unknown["speaker_entity"] is None
    assert "عادل" in [item["name"] for item in unknown["speaker_suggestions"]]


@pytest.mark.parametrize(
    ("first", "last", "but", "expected"),
    [
        pytest.param("عادل", "الجبير", None, ["عادل الجبير", "عادل بن احمد الجبير"], id="both"),
        pytest.param("عادل", "الجبير", "عادل الجبير", ["عادل بن احمد الجبير"], id="but-itself"),
        pytest.param("عادل", "الصغير", None, ["عادل الجبير الصغير"], id="another-last-word"),
        pytest.param("عادل%", "الجبير", None, [], id="like-wildcard-is-text"),
        pytest.param("الجبير", "عادل", None, ["الجبير بن عادل"], id="order-counts"),
    ],
)
def test_entities_named_by_first_and_last_word(
    namesakes: Store, first: str, last: str, but: str | None, expected: list[str]
) -> None:
    from siyaq.arabic.normalize import name_key

    found = namesakes.entities_named(first, last, but=but)
    assert sorted(name_key(e.name) for e in found) == sorted(name_key(n) for n in expected)


@pytest.fixture
def newsroom(new_archive: Callable[[], Store]) -> Store:
    """An envoy named in three articles (January and March), with his deputy in two of them,
    a minister in one, and a country every article names."""
    store = new_archive()
    named = {
        "s1": (datetime(2020, 1, 5), ["جيمس جيفري", "جويل ريبيرن", "سوريا"]),
        "s2": (datetime(2020, 1, 20), ["جيمس جيفري", "جويل ريبيرن", "سوريا", "مولود جاويش"]),
        "s3": (datetime(2020, 3, 2), ["جيمس جيفري", "سوريا"]),
        "s4": (datetime(2020, 3, 3), ["سوريا", "مولود جاويش"]),
        "s5": (datetime(2020, 4, 1), ["سوريا"]),
    }
    records = [
        _article(id_, when, [Mention(name, "LOC" if name == "سوريا" else "PERS", 10 * i,
                                     10 * i + len(name), canonical=name)
                             for i, name in enumerate(names)], [])
        for id_, (when, names) in named.items()]
    store.put_records(records, IngestReport())
    return store


def test_entity_months_count_articles(newsroom: Store) -> None:
    assert newsroom.entity_months("جيفري جيمس") == []  # no such record
    assert newsroom.entity_months("جيمس جيفري") == [("2020-01", 2), ("2020-03", 1)]


def test_named_with_weighs_shared_articles_by_rarity(newsroom: Store) -> None:
    found = newsroom.named_with("جيمس جيفري")
    # The deputy (2 shared of his 2) before the country (3 shared, but named everywhere);
    # the minister shares one article only.
    assert [(n.name, n.type, n.shared_articles, n.article_count) for n in found] == [
        ("جويل ريبيرن", "PERS", 2, 2), ("سوريا", "LOC", 3, 5)]
    assert [n.name for n in newsroom.named_with("جيمس جيفري", recent=1)] == []


def test_names_seen_with_an_entity_are_shown_as_written(
    new_archive: Callable[[], Store]
) -> None:
    """`إدلب`, as the articles write it, not its key `ادلب` (the reader listed the keys)."""
    store = new_archive()
    records = [
        _article(f"i{n}", datetime(2020, 2, n + 1),
                 [Mention("جيمس جيفري", "PERS", 0, 10, canonical="جيمس جيفري"),
                  Mention(place, "LOC", 20, 24, canonical="ادلب")], [])
        for n, place in enumerate(["إدلب", "إدلب", "ادلب"])]
    store.put_records(records, IngestReport())
    assert [(n.name, n.shared_articles) for n in store.named_with("جيمس جيفري")] == [
        ("إدلب", 3)]


def test_the_entity_view_fills_silent_months(newsroom: Store) -> None:
    from siyaq.views_archive import entity_view

    data = entity_view(newsroom, "جيمس جيفري")
    assert data is not None
    assert data["months"] == [{"month": "2020-01", "articles": 2},
                              {"month": "2020-02", "articles": 0},
                              {"month": "2020-03", "articles": 1}]
    assert [item["name"] for item in data["named_with"]] == ["جويل ريبيرن", "سوريا"]


@pytest.mark.parametrize(
    ("counts", "months"),
    [
        pytest.param([], [], id="none"),
        pytest.param([("2019-11", 4), ("2020-02", 1)],
                     ["2019-11", "2019-12", "2020-01", "2020-02"], id="across-a-new-year"),
        pytest.param([("2020-05", 3)], ["2020-05"], id="one-month"),
        pytest.param([("1900-01", 1), ("2020-05", 3)], ["1900-01", "2020-05"],
                     id="a-stray-date-fills-nothing"),
    ],
)
def test_every_month_from_the_first_to_the_last(counts: list[tuple[str, int]],
                                                months: list[str]) -> None:
    from siyaq.views_archive import every_month

    filled = every_month(counts)
    assert [item["month"] for item in filled] == months
    assert sum(item["articles"] for item in filled) == sum(n for _, n in counts)


@pytest.mark.parametrize(
    ("key", "keys", "expected"),
    [
        pytest.param("فلاديمير بوتين", ["فلاديمير بوتن", "فلاديمير بوتين"], ["فلاديمير بوتن"],
                     id="vowel-left-out"),
        pytest.param("بنيامين نتنياهو", ["بنيامين نتانياهو", "بنيامين نتنياهو الابن"],
                     ["بنيامين نتانياهو"], id="vowel-added-same-word-count"),
        pytest.param("تشيلسي", ["تشلسي", "تشيلي"], ["تشلسي"], id="one-word-club"),
        pytest.param("حسين", ["حسن"], [], id="short-names-are-other-names"),
        pytest.param("سليمان", ["سليماني"], [], id="final-ya-kept"),
        pytest.param("محمد صلاح", ["محمد صالح"], [], id="three-letter-skeleton"),
    ],
)
def test_spelled_otherwise(key: str, keys: list[str], expected: list[str]) -> None:
    from siyaq.views import spelled_otherwise

    assert spelled_otherwise(key, keys) == expected


@pytest.fixture
def transliterated(new_archive: Callable[[], Store]) -> Store:
    store = new_archive()
    named = [("t1", "فلاديمير بوتين", "PERS"), ("t2", "فلاديمير بوتين", "PERS"),
             ("t3", "فلاديمير بوتن", "PERS"), ("t4", "سلمان", "PERS"), ("t5", "سليمان", "PERS"),
             ("t6", "تشيلسي", "ORG"), ("t7", "تشلسي", "ORG"), ("t8", "تشلسي", "LOC"),
             ("t9", "تشلسي", "ORG")]  # typed by most of its mentions
    store.put_records([_article(id_, datetime(2018, 3, 1), [
        Mention(name, type_, 0, len(name), canonical=name)], []) for id_, name, type_ in named],
        IngestReport())
    return store


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("فلاديمير بوتين", ["فلاديمير بوتن"], id="person-of-two-words"),
        pytest.param("فلاديمير بوتن", ["فلاديمير بوتين"], id="either-way"),
        pytest.param("سلمان", [], id="one-word-person-never"),
        pytest.param("تشيلسي", ["تشلسي"], id="club"),
    ],
)
def test_see_also_offers_other_spellings(transliterated: Store, name: str,
                                         expected: list[str]) -> None:
    from siyaq.views_archive import entity_view

    data = entity_view(transliterated, name)
    assert data is not None
    assert [item["name"] for item in data["see_also"]] == expected


def test_keys_beginning(transliterated: Store) -> None:
    assert sorted(transliterated.keys_beginning("تش")) == ["تشلسي", "تشيلسي"]
    assert transliterated.keys_beginning("") == []
    assert transliterated.keys_beginning("%") == []


@pytest.fixture
def statements(new_archive: Callable[[], Store]) -> Store:
    """One envoy's statement as three outlets carried it, and another statement of his."""
    store = new_archive()
    said = {
        "q1": "لا نريد تغيير النظام في دمشق بل نطالب بتغيير سلوك الحكومة",
        "q2": "لا نريد تغيير النظام بل تغيير سلوك الحكومة السورية",
        "q3": "نطالب بتغيير سلوك الحكومة",
        "q4": "الوضع في إدلب خطير جدا",
    }
    jeffrey = "جيمس جيفري"
    store.put_records([
        _article(id_, datetime(2020, 2, 6 + i), [Mention(jeffrey, "PERS", 0, 10, canonical=jeffrey)],
                 [Quote(text, 20, 20 + len(text), speaker=jeffrey, speaker_canonical=jeffrey)])
        for i, (id_, text) in enumerate(said.items())], IngestReport())
    return store


@pytest.mark.parametrize(
    ("query", "speaker", "expected"),
    [
        pytest.param("لا نريد تغيير النظام في دمشق بل نطالب بتغيير سلوك الحكومة", None,
                     [("q1", 8), ("q2", 5), ("q3", 4)], id="pasted-statement"),
        pytest.param("نريد تغيير سلوك الحكومة", None, [("q1", 4), ("q2", 4), ("q3", 2)],
                     id="most-words-first"),
        pytest.param("نريد تغيير سلوك الحكومة", "المبعوث", [], id="other-speaker"),
        pytest.param("نريد تغيير سلوك الحكومة", "جيمس جيفري", [("q1", 4), ("q2", 4), ("q3", 2)],
                     id="his-statements"),
        pytest.param("إدلب خطير", None, [], id="two-words-no-best-matches"),
        pytest.param("OR NOT * \"", None, [], id="operators-are-text"),
    ],
)
def test_quotes_holding_most_of_the_words(statements: Store, query: str, speaker: str | None,
                                          expected: list[tuple[str, int]]) -> None:
    found = statements.quotes_holding_most(query, speaker=speaker)
    assert sorted((hit.article_id, hit.matched_words) for hit in found) == sorted(expected)
    assert [hit.matched_words for hit in found] == sorted(
        (hit.matched_words for hit in found), reverse=True)
    assert all(hit.of_words == len(parse_query(query, Analyzer()).required) for hit in found)


def test_the_quotes_view_adds_statements_holding_most_words(statements: Store) -> None:
    from siyaq.views_archive import quotes_view

    # q2 holds 3 of the 4 words but is q1's statement, cut: one row (distinct_statements).
    data = quotes_view(statements, query="نريد تغيير النظام في دمشق")
    assert [(row["article_id"], row["matched"], row["also_in"]) for row in data["quotes"]] == [
        ("q1", None, ["q2"])]
    data = quotes_view(statements, query="الوضع في إدلب خطير بسبب القصف")
    assert [(row["article_id"], row["matched"]) for row in data["quotes"]] == [
        ("q4", {"words": 3, "of": 5})]


def _surname_archive(new_archive: Callable[[], Store], owners: list[str]) -> Store:
    """20 articles per full name in `owners`, each with the bare surname joined to it by the
    analysis, then three articles naming the bare surname alone."""
    records = []
    for n, owner in enumerate(owners):
        bare = owner.split()[-1]
        for i in range(20):
            records.append(_article(f"j{n}-{i}", datetime(2021, 1, 1 + i), [
                Mention(owner, "PERS", 0, len(owner), canonical=owner),
                Mention(bare, "PERS", 30, 30 + len(bare), canonical=owner)], []))
    bare = owners[0].split()[-1]
    for i in range(3):
        records.append(_article(f"b{i}", datetime(2021, 2, 1 + i), [
            Mention(bare, "PERS", 0, len(bare), canonical=bare)], []))
    store = new_archive()
    store.put_records(records, IngestReport())
    return store


@pytest.mark.parametrize("asked", ["ميسي", "ليونيل ميسي"], ids=["bare", "full"])
def test_a_bare_surname_belongs_to_the_one_person_the_archive_joins_it_to(
        new_archive: Callable[[], Store], asked: str) -> None:
    store = _surname_archive(new_archive, ["ليونيل ميسي"])
    found = store.entity(asked)
    assert found is not None and (found.name, found.article_count) == ("ليونيل ميسي", 23)
    assert [(e.name, e.article_count) for e in store.entities("PERS")] == [("ليونيل ميسي", 23)]


def test_a_surname_two_people_share_stays_its_own_record(
        new_archive: Callable[[], Store]) -> None:
    store = _surname_archive(new_archive, ["محمود عباس", "علي عباس"])
    assert [(e.name, e.article_count) for e in store.entities("PERS")] == [
        ("علي عباس", 20), ("محمود عباس", 20), ("عباس", 3)]


@pytest.mark.parametrize(("elsewhere", "gathered"), [
    pytest.param(30, False, id="mostly-a-place"),
    pytest.param(5, True, id="a-few-tagger-slips"),
])
def test_a_word_mostly_named_as_something_else_is_no_ones_surname(
        new_archive: Callable[[], Store], elsewhere: int, gathered: bool) -> None:
    """`ليستر سيتي` tagged as a person in some articles took the bare `سيتي` as its surname,
    and with it every article of Manchester City (`سيتي`, a place or club in 215 ANT articles,
    a person in 2)."""
    club, bare = "ليستر سيتي", "سيتي"
    records = [_article(f"l{i}", datetime(2018, 1, 1 + i), [
        Mention(club, "PERS", 0, 10, canonical=club),
        Mention(bare, "PERS", 20, 24, canonical=club)], []) for i in range(20)]
    records += [_article(f"p{i}", datetime(2018, 3, 1), [
        Mention(bare, "PERS", 0, 4, canonical=bare)], []) for i in range(2)]
    records += [_article(f"m{i}", datetime(2018, 4, 1), [
        Mention(bare, "LOC", 0, 4, canonical=bare)], []) for i in range(elsewhere)]
    store = new_archive()
    store.put_records(records, IngestReport())
    found = store.entity(club)
    assert found is not None
    assert found.article_count == (20 + 2 + elsewhere if gathered else 20)


@pytest.mark.parametrize("asked", ["ميسي", "ليونيل ميسي"], ids=["bare", "full"])
def test_searching_by_a_person_finds_the_articles_of_their_bare_surname(
        new_archive: Callable[[], Store], asked: str) -> None:
    """The search filter takes the record's keys (Store.entity_keys), as the record does."""
    from siyaq.views import search_view

    store = _surname_archive(new_archive, ["ليونيل ميسي"])
    assert store.entity_keys(asked) == ["ليونيل ميسي", "ميسي"]
    found = search_view(store, "", entity=asked, limit=50)
    assert found["total"] == 23
    assert {"b0", "b1", "b2"} <= {hit["id"] for hit in found["hits"]}


def test_a_quote_linked_to_another_record_is_not_a_variants(
        new_archive: Callable[[], Store]) -> None:
    """`ترامب` is a variant of `ميلانيا ترامب` where it stood for her; a quote by `ترامب` that
    the analysis linked to `دونالد ترامب` is still his, not hers."""
    store = new_archive()
    melania, donald = "ميلانيا ترامب", "دونالد ترامب"
    store.put_records([
        _article("m1", datetime(2018, 6, 1), [
            Mention(melania, "PERS", 0, 13, canonical=melania),
            Mention("ترامب", "PERS", 20, 25, canonical=melania),
        ], [Quote("كان المعطف يحمل رسالة", 30, 50, speaker=melania, speaker_canonical=melania)]),
        _article("d1", datetime(2018, 10, 1), [
            Mention("ترامب", "PERS", 0, 5, canonical=donald),
        ], [Quote("السعودية حليف مهم", 10, 27, speaker="ترامب", speaker_canonical=donald),
            Quote("سنعرف قريبا ما حدث", 30, 48, speaker="ترامب")]),
    ], IngestReport())
    assert {q.text for _, q in store.quotes(speaker=melania)} == {
        "كان المعطف يحمل رسالة", "سنعرف قريبا ما حدث"}
    assert {q.text for _, q in store.quotes(speaker=donald)} == {
        "السعودية حليف مهم", "سنعرف قريبا ما حدث"}
