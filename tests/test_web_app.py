"""The web reader and JSON API, through the real ASGI transport, over a real SQLite archive."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from html import unescape
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from siyaq.model import Article, ContentType, IngestReport, Page, Record
from siyaq.store import open_store
from siyaq.store.base import Store
from siyaq.views import search_view
from siyaq.web.app import create_app
from siyaq.web.views_extra import article_page_view, latest_view
from test_web_support import REPORTED_TEXT, XSS_BODY, XSS_TITLE, Client, build_archive

HTML_PAGES = ["/", "/?offset=2&limit=2", "/search", "/search?q=القطار", "/article/a1",
              "/article/a2", "/article/a3", "/article/missing", "/search?q=x&from=bad", "/nowhere",
              "/stories", "/story/st1", "/story/a2", "/entities", "/entities?type=PERS",
              "/entity/زهير القاسم", "/entity/nobody", "/quotes", "/quotes?speaker=القاسم",
              "/search?entity=حلب"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    archive = build_archive(tmp_path / "web.db")
    yield archive
    archive.close()


@pytest.fixture
def client(store: Store) -> Client:
    return Client(create_app(store=store))


def roundtrip(data: Any) -> Any:
    return json.loads(json.dumps(data, ensure_ascii=False))


@pytest.mark.parametrize("path", HTML_PAGES, ids=HTML_PAGES)
def test_every_page_is_rtl_arabic_with_security_headers(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-type"].startswith("text/html")
    assert '<html lang="ar" dir="rtl">' in response.text
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("path", HTML_PAGES, ids=HTML_PAGES)
def test_hostile_text_is_escaped_everywhere(client: Client, path: str) -> None:
    text = client.get(path).text
    # The text may say anything; no tag from the data may reach the markup.
    assert "<script" not in text and "<img" not in text and "<b>" not in text
    assert not re.search(r'href="\s*javascript:', text, re.IGNORECASE)
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize("path", ["/article/a2", "/search?q=القطار", "/", "/article/a1"],
                         ids=["own-page", "search", "home", "in-story-list"])
def test_hostile_title_is_shown_as_text(client: Client, path: str) -> None:
    text = client.get(path).text
    assert XSS_TITLE in unescape(text) and "<script" not in text


def test_article_page_shows_the_view_data(client: Client, store: Store) -> None:
    data = article_page_view(store, "a1")
    text = unescape(client.get("/article/a1").text)
    for paragraph in data["body"]:
        assert paragraph in text
    assert "زهير القاسم" in text and f"«{data['quotes'][0]['text']}»" in text
    # Reported speech is shown as the reporter's words, never inside quotation marks.
    assert REPORTED_TEXT in text and f"«{REPORTED_TEXT}»" not in text and "بتصرف" in text
    assert "لم تذكر الصفحة منطقة زمنية" in text  # a1's stamp stated no zone
    assert "11 مارس 2024، 14:05" in text
    assert "القطار يصل إلى اللاذقية" in text  # the story's other report
    assert "تعليقات الفيسبوك" in text and "خبر آخر عن الطقس" in text  # furniture, kept apart
    words = re.sub(r"<[^>]+>", "", text)  # a teaser's block, text and time read apart
    assert "[في نفس السياق] خبر آخر عن الطقس" in words
    assert 'href="https://alkhabar.example/news/1.html"' in text
    # Names by type, a short form joined to its full name.
    assert data["entities"] == {"PERS": ["زهير القاسم"], "LOC": ["حلب"]}
    assert "/entity/%D8%AD%D9%84%D8%A8" in text  # each name links to its entity page


def test_article_page_says_where_the_report_was_filed(tmp_path: Path) -> None:
    dateline = "دبي، الإمارات العربية المتحدة (CNN)"
    text = _article_page(tmp_path, Article(
        id="d1", content_hash="hd1", origin="test/d1.txt", title="خبر",
        body=[f"{dateline}-- أعلنت الوزارة افتتاح المستشفى."], dateline=dateline))
    assert f"<dt>أُرسل من</dt><dd><bdi>{dateline}</bdi></dd>" in text


def test_page_without_address_names_its_file_not_the_server_folder(client: Client) -> None:
    text = client.get("/article/a3").text
    assert "a3.txt" in text and "test/a3.txt" not in text


def test_zone_stated_article_shows_its_offset(client: Client) -> None:
    text = client.get("/article/a2").text
    assert "(UTC+03:00)" in text and "لم تذكر الصفحة منطقة زمنية" not in text


@pytest.mark.parametrize(
    ("path", "params", "view"),
    [
        ("/api/article/a1", {}, lambda s: article_page_view(s, "a1")),
        ("/api/article/a2", {}, lambda s: article_page_view(s, "a2")),
        ("/api/search", {"q": "القطار"}, lambda s: search_view(s, "القطار")),
        ("/api/search", {"q": "القطار", "source": "sada-news.example"},
         lambda s: search_view(s, "القطار", host="sada-news.example")),
        ("/api/articles", {"limit": "2", "offset": "1"}, lambda s: latest_view(s, limit=2, offset=1)),
    ],
    ids=["article", "article-hostile", "search", "search-source", "articles-page"],
)
def test_api_returns_exactly_the_view_dict(
    client: Client, store: Store, path: str, params: dict[str, str], view: Any
) -> None:
    response = client.get(path, **params)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.json() == roundtrip(view(store))


def test_latest_articles_are_newest_first_and_page(client: Client) -> None:
    ids = [a["id"] for a in client.get("/api/articles").json()["articles"]]
    assert ids == ["a4", "a3", "a2", "a1"]
    assert [a["id"] for a in client.get("/api/articles", limit="2", offset="2").json()["articles"]] == [
        "a2", "a1"]


def test_search_page_marks_matches_from_the_store(client: Client, store: Store) -> None:
    hits = search_view(store, "القطار")["hits"]
    text = client.get("/search", q="القطار").text
    assert hits and text.count('class="snippet"') == len(hits)
    assert "<mark>" in text
    assert "&lt;img src=x" in text and XSS_BODY.split(" ثم ")[1][:20] in unescape(text)


def test_search_page_says_which_hits_hold_only_some_words(client: Client, store: Store) -> None:
    query = "القطار بين حلب واللاذقية يعود بعد توقف طويل ومطار"
    hits = search_view(store, query)["hits"]
    partial = [hit for hit in hits if hit["matched"]]
    assert partial, "the fixture archive must give best matches for this query"
    text = client.get("/search", q=query).text
    assert text.count('class="partial"') == len(partial)
    assert f"فيه {partial[0]['matched']['words']} من {partial[0]['matched']['of']}" in text


@pytest.mark.parametrize(
    ("entity", "suggested"),
    [("الوزير القاسم", ["زهير القاسم"]), ("زهير القاسم", []), ("لا أحد هنا", [])],
    ids=["unknown-name-with-a-title", "known-name", "nothing-alike"],
)
def test_an_unknown_entity_filter_suggests_names(client: Client, store: Store, entity: str,
                                                 suggested: list[str]) -> None:
    data = search_view(store, "", entity=entity)
    assert [item["name"] for item in data["entity_suggestions"]] == suggested
    page = client.get("/search", entity=entity).text
    for name in suggested:
        assert f'href="/search?entity={quote(name)}"' in page


def test_a_speaker_with_no_statements_links_the_people_meant(client: Client) -> None:
    page = client.get("/quotes", speaker="الوزير القاسم").text
    assert f'href="/quotes?speaker={quote("زهير القاسم")}"' in page


def test_to_date_includes_the_whole_day(client: Client) -> None:
    same_day = client.get("/api/search", q="القطار", to="2024-03-11").json()
    assert {h["id"] for h in same_day["hits"]} == {"a1", "a2"}


@pytest.mark.parametrize(
    "params",
    [{"q": "x", "from": "yesterday"}, {"q": "x", "to": "2024-13-01"}, {"q": "x", "limit": "0"},
     {"q": "x", "limit": "many"}, {"q": "x", "from": "2024-03-12", "to": "2024-03-01"},
     {"q": "x" * 600}],
    ids=["from-word", "to-month-13", "limit-zero", "limit-word", "from-after-to", "query-too-long"],
)
def test_bad_parameters_are_400_with_a_message(client: Client, params: dict[str, str]) -> None:
    api = client.get("/api/search", **params)
    assert api.status_code == 400 and api.json()["status"] == 400 and api.json()["error"]
    page = client.get("/search", **params)
    assert page.status_code == 400 and "طلب غير صالح" in page.text


@pytest.mark.parametrize("params", [{"limit": "-1"}, {"offset": "x"}], ids=["limit", "offset"])
def test_bad_paging_is_400(client: Client, params: dict[str, str]) -> None:
    assert client.get("/api/articles", **params).status_code == 400
    assert client.get("/", **params).status_code == 400


def test_api_search_needs_words(client: Client) -> None:
    response = client.get("/api/search")
    assert response.status_code == 400 and "'q'" in response.json()["error"]


@pytest.mark.parametrize("path", ["/article/nope", "/nowhere"], ids=["article", "route"])
def test_not_found_is_a_friendly_page(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404 and "الصفحة غير موجودة" in response.text


@pytest.mark.parametrize("path", ["/api/article/nope", "/api/nowhere"], ids=["article", "route"])
def test_not_found_in_the_api_is_json(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404 and response.json()["status"] == 404


def test_empty_archive_home_says_how_to_fill_it(tmp_path: Path) -> None:
    app = create_app(tmp_path / "empty.db")
    response = Client(app).get("/")
    assert response.status_code == 200 and "siyaq ingest" in response.text


def test_stylesheet_is_served(client: Client) -> None:
    response = client.get("/static/style.css")
    assert response.status_code == 200 and "direction" not in response.text  # dir= does RTL
    assert "font-family" in response.text


def test_update_time_is_shown_beside_publication(client: Client) -> None:
    data = client.get("/api/article/a3").json()
    assert data["updated_at"] > data["published_at"]
    page = client.get("/article/a3").text
    assert "آخر تحديث" in page and f'datetime="{data["updated_at"]}"' in page
    assert "آخر تحديث" not in client.get("/article/a1").text


# --- the story, stories, entity, entities and quotes pages and their /api/ twins ---

QUOTE_WORDS = "هذه الرحلة رسالة"


def api(client: Client, path: str) -> Any:
    response = client.get("/api" + path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    return json.loads(response.text)


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        pytest.param("/stories", ["القطار", "alkhabar.example"], id="stories"),
        pytest.param("/story/st1", ["عودة قطار الركاب", "sada-news.example", "نسخة من"],
                     id="story"),
        pytest.param("/story/a3", ["عودة قطار الركاب"], id="story-of-an-article"),
        pytest.param("/entities", ["زهير القاسم", "حلب"], id="entities"),
        pytest.param("/entity/زهير القاسم", [QUOTE_WORDS, REPORTED_TEXT, "القاسم"], id="entity"),
        pytest.param("/entity/القاسم", [QUOTE_WORDS], id="entity-by-a-variant"),
        pytest.param("/quotes", [QUOTE_WORDS, "عودة قطار الركاب"], id="quotes"),
        pytest.param("/quotes?q=شرايين", [QUOTE_WORDS], id="quotes-by-words"),
    ],
)
def test_page_shows_its_data(client: Client, path: str, shown: list[str]) -> None:
    response = client.get(path)
    assert response.status_code == 200
    text = unescape(response.text)
    for words in shown:
        assert words in text


@pytest.mark.parametrize(
    ("path", "key", "size"),
    [
        pytest.param("/stories", "stories", 1, id="stories"),
        pytest.param("/story/st1", "reports", 3, id="story"),
        pytest.param("/entities?type=PERS", "entities", 1, id="people"),
        pytest.param("/entities?type=LOC", "entities", 1, id="places"),
        pytest.param("/entity/زهير القاسم", "quotes", 2, id="entity-quotes"),
        pytest.param("/entity/حلب", "articles", 1, id="entity-articles"),
        pytest.param("/quotes?speaker=زهير القاسم", "quotes", 2, id="quotes-by-speaker"),
        pytest.param("/quotes?speaker=أحد آخر", "quotes", 0, id="quotes-nobody"),
    ],
)
def test_api_twin_answers_the_same_data(client: Client, path: str, key: str, size: int) -> None:
    data = api(client, path)
    assert len(data[key]) == size
    page = unescape(client.get(path).text)
    for item in data[key]:
        shown = item.get("title") or item.get("name") or item.get("text")
        assert shown and shown in page


def test_quotes_name_their_article_and_speaker(client: Client) -> None:
    rows = api(client, "/quotes")["quotes"]
    direct = next(r for r in rows if r["direct"])
    assert direct["article_id"] == "a1" and direct["source"] == "alkhabar.example"
    assert direct["speaker"] == "زهير القاسم" and direct["published_at"].startswith("2024-03-11")
    page = client.get("/quotes").text
    assert f'href="/entity/{quote("زهير القاسم")}"' in page
    assert f"«{REPORTED_TEXT}»" not in unescape(page)  # reported speech: no quotation marks


def test_article_page_links_names_and_story(client: Client) -> None:
    page = client.get("/article/a1").text
    assert f'href="/entity/{quote("حلب")}"' in page
    assert 'href="/story/st1"' in page


def test_search_by_entity_alone(client: Client) -> None:
    data = api(client, "/search?entity=حلب")
    assert [hit["id"] for hit in data["hits"]] == ["a1"]
    assert "حلب" in unescape(client.get("/search?entity=حلب").text)


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        pytest.param("/entity/لا أحد", 404, "no person", id="unknown-entity"),
        pytest.param("/story/missing", 404, "no story", id="unknown-story"),
        pytest.param("/entities?type=XX", 400, "'type'", id="bad-type"),
        pytest.param("/stories?from=yesterday", 400, "'from'", id="bad-date"),
        pytest.param("/stories?from=2024-03-12&to=2024-03-01", 400, "after", id="from-after-to"),
        pytest.param("/quotes?limit=1000", 400, "'limit'", id="limit-too-large"),
    ],
)
def test_bad_requests_are_clear_in_json_and_html(
    client: Client, path: str, status: int, message: str
) -> None:
    response = client.get("/api" + path)
    assert response.status_code == status
    assert message in json.loads(response.text)["error"]
    page = client.get(path)
    assert page.status_code == status and '<html lang="ar" dir="rtl">' in page.text


def test_hostile_title_is_escaped_in_the_story(client: Client) -> None:
    page = client.get("/story/st1").text
    assert "<script" not in page
    assert XSS_TITLE in unescape(page)


def test_every_page_links_the_sections(client: Client) -> None:
    page = client.get("/").text
    for path in ("/stories", "/entities", "/quotes"):
        assert f'href="{path}"' in page


def test_stories_period_filter(store: Store, client: Client) -> None:
    from siyaq.model import Story

    store.put_stories([Story(id="st1", article_ids=["a1", "a2", "a3"], title="القطار",
                             first_published=datetime(2024, 3, 11, 14, 5),
                             last_published=datetime(2024, 3, 12, 14, 5))])
    assert api(client, "/stories?from=2024-03-12&to=2024-03-12")["count"] == 1
    assert api(client, "/stories?to=2024-03-10")["count"] == 0
    assert api(client, "/stories?from=2024-03-13")["count"] == 0


def test_a_spelling_no_article_uses_still_finds_the_name(store: Store, client: Client) -> None:
    """`عبد الله` (spaced) asked where every article wrote `عبدالله`: the entity key joins it."""
    from siyaq.model import ContentType, IngestReport, Mention, Page, Quote, Record
    from test_web_support import article

    said = "سنفتح المعبر الأسبوع المقبل"
    body = [f"وقال عبدالله الأحمد: «{said}»."]
    start = body[0].index(said)
    joined = article("a9", "المعبر يفتح قريبا", datetime(2024, 3, 20, 9, 0), body,
                     host="alkhabar.example",
                     mentions=[Mention("عبدالله الأحمد", "PERS", 5, 19, "عبدالله الأحمد")],
                     quotes=[Quote(said, start, start + len(said), speaker="عبدالله الأحمد",
                                   speaker_canonical="عبدالله الأحمد", verb="قال")])
    store.put_records([Record(page=Page(content=b"a9", origin=joined.origin,
                                        content_type=ContentType.TEXT), article=joined)],
                      IngestReport())
    assert [q["article_id"] for q in api(client, "/quotes?speaker=عبد الله الأحمد")["quotes"]] == ["a9"]
    assert [h["id"] for h in api(client, "/search?entity=عبد الله الأحمد")["hits"]] == ["a9"]
    assert api(client, "/quotes?speaker=عبد الرحمن الأحمد")["count"] == 0


def test_an_entity_page_links_records_of_the_same_first_and_last_name(tmp_path: Path) -> None:
    from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
    from siyaq.store import open_store

    store = open_store(tmp_path / "names.db")
    records = []
    for id_, name in (("m1", "عادل الجبير"), ("m2", "عادل بن أحمد الجبير")):
        page = Page(name.encode(), f"{id_}.txt", ContentType.TEXT)
        records.append(Record(page, Article(
            id=id_, content_hash=page.content_hash, origin=page.origin, body=[name],
            mentions=[Mention(name, "PERS", 0, len(name), canonical=name)])))
    store.put_records(records, IngestReport())
    try:
        client = Client(create_app(store=store))
        entity = client.get("/entity/عادل الجبير").text
        assert f'href="/entity/{quote("عادل بن أحمد الجبير")}"' in entity
        said = client.get("/quotes", speaker="عادل الجبير").text
        assert f'href="/entity/{quote("عادل الجبير")}"' in said  # known, quoted nowhere
        assert f'href="/quotes?speaker={quote("عادل بن أحمد الجبير")}"' in said
        assert client.get("/api/entity/عادل الجبير").json()["see_also"][0]["name"] == \
            "عادل بن أحمد الجبير"
    finally:
        store.close()


def test_a_statement_links_the_report_that_carried_it_first(tmp_path: Path) -> None:
    from siyaq.model import Article, ContentType, IngestReport, Page, Quote, Record
    from siyaq.store import open_store

    said = "سنفتح المعبر أمام المسافرين صباح الغد بعد إتمام الصيانة"
    store = open_store(tmp_path / "said.db")
    records = []
    for id_, day, text in (("late", 12, said), ("early", 11, said.removesuffix(" بعد إتمام الصيانة"))):
        page = Page(id_.encode(), f"{id_}.txt", ContentType.TEXT)
        body = [f'وقال المدير سالم: "{text}".']
        start = body[0].index(text)
        records.append(Record(page, Article(
            id=id_, content_hash=page.content_hash, origin=page.origin, body=body,
            host=f"{id_}.example", published_at=datetime(2024, 3, day),
            quotes=[Quote(text, start, start + len(text), speaker="سالم")])))
    store.put_records(records, IngestReport())
    try:
        page = Client(create_app(store=store)).get("/quotes", speaker="سالم").text
        assert page.count("<blockquote>") == 1  # one statement, the newest report's words
        assert "أول من نشره" in page and 'href="/article/early"' in page
    finally:
        store.close()


def test_an_entity_page_charts_its_months_and_links_who_comes_up_with_it(
    client: Client, store: Store
) -> None:
    from siyaq.views_archive import entity_view

    data = entity_view(store, "زهير القاسم")
    assert data is not None and data["months"]
    page = client.get("/entity/زهير القاسم").text
    assert page.count("<meter") == len(data["months"])
    for item in data["named_with"]:
        assert f'href="/entity/{quote(item["name"])}"' in page
    assert client.get("/api/entity/زهير القاسم").json()["months"] == roundtrip(data["months"])


def test_article_page_names_its_desk_and_writer(tmp_path: Path) -> None:
    text = _article_page(tmp_path, Article(
        id="s1", content_hash="hs1", origin="test/s1.txt", title="خبر",
        body=["أعلنت الوزارة افتتاح المستشفى."], section="اقتصادي", byline="الرياض - واس"))
    assert "<dt>القسم</dt><dd>اقتصادي</dd>" in text
    # A byline may be a writer, an agency, a place: the reader calls it the signature.
    assert "<dt>التوقيع</dt><dd><bdi>الرياض - واس</bdi></dd>" in text


def test_article_page_says_when_the_page_was_cut_short(tmp_path: Path) -> None:
    text = _article_page(tmp_path, Article(
        id="w1", content_hash="hw1", origin="test/w1.txt.gz", title="خبر",
        body=["أعلنت الوزارة افتتاح المستشفى."],
        warnings=["file cut short: the page is what came before the cut (EOFError: ended)"]))
    assert '<li>الملف مقطوع: النص المعروض هو ما سبق موضع القطع، وقد ينقصه آخره</li>' in text
    assert text.index("الملف مقطوع") < text.index("أعلنت الوزارة")


def _article_page(tmp_path: Path, article: Article) -> str:
    """The reader's page of one article stored alone, unescaped."""
    store = open_store(tmp_path / f"{article.id}.db")
    store.put_records([Record(page=Page(content=article.id.encode(), origin=article.origin,
                                        content_type=ContentType.TEXT), article=article)],
                      IngestReport())
    text = unescape(Client(create_app(store=store)).get(f"/article/{article.id}").text)
    store.close()
    return text
