"""extract_html on small pages written here: title, date sources, body, furniture, hostile HTML."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from siyaq.extract.base import NoArticle
from siyaq.extract.html import extract_html
from siyaq.model import Article, ContentType, Page

PARAGRAPHS = [
    "أعلنت الولايات المتحدة، اليوم الخميس، أنها لا تسعى إلى إسقاط الرئيس السوري بشار الأسد، "
    "ولا إلى خروج روسيا من سوريا، بل إلى تغيير سلوك الحكومة في دمشق.",
    "وقال المبعوث الأمريكي الخاص إلى سوريا جيمس جيفري، خلال مؤتمر عبر الإنترنت، إن بلاده "
    "تريد العودة إلى وضع عام 2011، قبل دخول القوات الروسية والإيرانية.",
    "وأضاف جيفري أن الهجوم على إدلب يهدد بموجة نزوح جديدة نحو الحدود التركية، داعيا مجلس "
    "الأمن إلى التحرك العاجل لوقف إطلاق النار في المنطقة.",
]
TEASERS = [
    ("/news/1", "وزير الخارجية يلتقي نظيره الفرنسي في باريس لبحث الملفات الإقليمية",
     "18:25 - 2025/09/15"),
    ("/news/2", "ارتفاع أسعار النفط في الأسواق العالمية بعد قرار أوبك الأخير", "17:10 - 2025/09/15"),
]


def page_html(*, head: str = "", date_line: str = "", extra_body: str = "") -> str:
    teasers = "".join(f'<li><a href="{u}">{t}</a> <span>{s}</span></li>' for u, t, s in TEASERS)
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الولايات المتحدة: لا نسعى لإسقاط الأسد - موقع الخبر</title>{head}</head><body>
<header><nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/sport">رياضة</a>
</nav></header>
<div class="share-bar"><a href="https://facebook.com/x">فيسبوك</a> <a href="#">تويتر</a></div>
<article><h1>الولايات المتحدة: لا نسعى لإسقاط الأسد</h1>{date_line}{paragraphs}{extra_body}
</article>
<div class="box"><h3>في نفس السياق</h3><ul>{teasers}</ul></div>
<div><h3>تعليقات الفيسبوك</h3><div class="fb-comments" data-href="x"></div></div>
<footer><p>جميع الحقوق محفوظة لموقع الخبر 2020، ولا يجوز النقل دون إذن مسبق من الإدارة.</p>
</footer></body></html>"""


def extract(html: str, url: str | None = "https://news.example/2020/02/06/story") -> Article:
    page = Page(content=html.encode("utf-8"), origin="test.html",
                content_type=ContentType.HTML, url=url, text=html)
    return extract_html(page)


def test_body_is_the_article_paragraphs_and_nothing_else() -> None:
    article = extract(page_html(date_line="<div>تاريخ النشر : 23:54 - 2020/02/06</div>"))
    assert article.body == PARAGRAPHS


def test_teasers_are_kept_with_url_time_and_block() -> None:
    article = extract(page_html())
    assert [(t.url, t.text, t.block) for t in article.teasers] == [
        (f"https://news.example{u}", text, "في نفس السياق") for u, text, _ in TEASERS]
    assert [t.published_at for t in article.teasers] == [
        datetime(2025, 9, 15, 18, 25), datetime(2025, 9, 15, 17, 10)]


def test_comment_box_and_share_bar_are_widgets() -> None:
    widgets = extract(page_html()).widgets
    assert sorted(w.kind for w in widgets) == ["comments", "share"]
    assert next(w for w in widgets if w.kind == "share").text == "فيسبوك تويتر"


def test_inline_read_also_link_is_a_teaser_not_body() -> None:
    inline = '<p>اقرأ أيضا: <a href="/news/9">الأمم المتحدة تحذر من كارثة إنسانية في إدلب</a></p>'
    article = extract(page_html(extra_body=inline))
    assert article.body == PARAGRAPHS
    assert article.teasers[0].text == "الأمم المتحدة تحذر من كارثة إنسانية في إدلب"
    assert article.teasers[0].block == "اقرأ أيضا"


OG_TITLE = ('<meta property="og:title" content="عنوان من أوبن غراف | موقع الخبر">'
            '<meta property="og:site_name" content="موقع الخبر">')
H1 = "<h1>الولايات المتحدة: لا نسعى لإسقاط الأسد</h1>"


@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        (OG_TITLE, H1, "الولايات المتحدة: لا نسعى لإسقاط الأسد"),
        (OG_TITLE, "", "عنوان من أوبن غراف"),
        (OG_TITLE, H1 + "<h1>عنوان آخر في الصفحة نفسها</h1>", "عنوان من أوبن غراف"),
        ("", "", "الولايات المتحدة: لا نسعى لإسقاط الأسد"),
    ],
    ids=["visible-h1-first", "og-title-minus-site", "two-h1-og-title", "title-tag-minus-site"],
)
def test_title(head: str, h1: str, expected: str) -> None:
    assert extract(page_html(head=head).replace(H1, h1)).title == expected


PLUS3 = timezone(timedelta(hours=3))


@pytest.mark.parametrize(
    ("head", "date_line", "expected", "stated"),
    [
        ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
         '[{"@type": "NewsArticle", "datePublished": "2020-02-06T23:54:00+03:00"}]}</script>', "",
         datetime(2020, 2, 6, 23, 54, tzinfo=PLUS3), True),
        ('<meta property="article:published_time" content="2020-02-06T20:54:00Z">', "",
         datetime(2020, 2, 6, 20, 54, tzinfo=UTC), True),
        ('<meta itemprop="datePublished" content="2020-02-06">', "", datetime(2020, 2, 6), False),
        ("", '<time datetime="2020-02-06T23:54">الخميس</time>', datetime(2020, 2, 6, 23, 54),
         False),
        ("", "<div>تاريخ النشر : 23:54 - 2020/02/06</div>", datetime(2020, 2, 6, 23, 54), False),
        ('<meta name="script:ld+json" content="{&quot;@type&quot;:&quot;NewsArticle&quot;,'
         '&quot;datePublished&quot;:&quot;2020-02-06T23:54:00+03:00&quot;}">', "",
         datetime(2020, 2, 6, 23, 54, tzinfo=PLUS3), True),
    ],
    ids=["json-ld", "meta-article", "itemprop", "time-element", "text-stamp", "json-ld-in-meta"],
)
def test_publication_time_from_each_source(head: str, date_line: str, expected: datetime,
                                           stated: bool) -> None:
    article = extract(page_html(head=head, date_line=date_line))
    assert (article.published_at, article.timezone_stated) == (expected, stated)
    assert article.published_text


def test_no_date_when_the_page_states_none() -> None:
    assert extract(page_html(), url="https://news.example/story-4821").published_at is None


def test_a_day_in_the_url_is_the_last_resort() -> None:
    article = extract(page_html())
    assert (article.published_at, article.published_text) == (datetime(2020, 2, 6), "2020/02/06")


def test_canonical_url_when_the_page_has_none() -> None:
    head = '<link rel="canonical" href="https://www.news.example/story/42">'
    article = extract(page_html(head=head), url=None)
    assert (article.url, article.host) == ("https://www.news.example/story/42", "news.example")
    assert article.teasers[0].url == "https://www.news.example/news/1"
    other = extract(page_html(head=head).replace(PARAGRAPHS[2], PARAGRAPHS[2] + " تحديث."), url=None)
    assert other.id == article.id  # the same story, updated: the same id


def test_encoded_bytes_without_text_are_decoded() -> None:
    html = page_html().replace('<meta charset="utf-8">', '<meta charset="windows-1256">')
    page = Page(content=html.encode("cp1256"), origin="t", content_type=ContentType.HTML)
    assert extract_html(page).body == PARAGRAPHS


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>الرئيسية</a><a href='/a'>أخبار</a></nav></body></html>",
        "<html><body><p>قصير</p></body></html>",
    ],
    ids=["empty-body", "menu-only", "too-short"],
)
def test_pages_without_an_article_raise_no_article(html: str) -> None:
    with pytest.raises(NoArticle):
        extract(html)


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 60_000 + PARAGRAPHS[0] + "</div>" * 60_000,
        "<html><body><p>" + PARAGRAPHS[0] + "</p><div data-x='" + "x" * 5_000_000 + "'>ب</div>",
        "<html><body><p>" + PARAGRAPHS[0] + "<b><i></div></p></table><p>" + PARAGRAPHS[1]
        + "<li><td>" + "</span>" * 1000 + "<p <p <<>>" + PARAGRAPHS[2],
        "<p>" + PARAGRAPHS[0] + "</p>" + "<span>" * 100_000 + "نص" ,
    ],
    ids=["deep-nesting", "huge-attribute", "broken-markup", "deep-inline"],
)
def test_hostile_html_neither_crashes_nor_hangs(html: str) -> None:
    # A hang guard, not a speed target: CPU time, so a loaded machine cannot fail it.
    started = time.process_time()
    try:
        article = extract(html)
    except NoArticle:
        article = None
    assert time.process_time() - started < 5.0
    if article is not None:
        assert PARAGRAPHS[0] in article.text


@pytest.mark.parametrize(
    ("notice", "kind"),
    [("الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.", "comments"),
     ("© 2020 موقع الخبر. جميع الحقوق محفوظة.", "credit")],
    ids=["comment-disclaimer", "copyright"],
)
def test_closing_notices_leave_the_body_as_widgets(notice: str, kind: str) -> None:
    article = extract(page_html(extra_body=f"<p>{notice}</p>"))
    assert article.body == PARAGRAPHS
    assert any(w.kind == kind for w in article.widgets)


@pytest.mark.parametrize(
    "opener",
    ["<p>GMT 17:27 17.03.2020 (محدثة GMT 17:49 17.03.2020) انسخ الرابط</p>", "<p>المصدر:</p>"],
    ids=["date-and-share-line", "bare-label"],
)
def test_metadata_lines_opening_the_body_are_dropped(opener: str) -> None:
    html = page_html().replace(f"<p>{PARAGRAPHS[0]}</p>", opener + f"<p>{PARAGRAPHS[0]}</p>")
    assert extract(html).body == PARAGRAPHS


def test_title_and_date_given_by_the_source_fill_what_the_page_lacks() -> None:
    html = page_html().replace(H1, "").replace(
        "<title>الولايات المتحدة: لا نسعى لإسقاط الأسد - موقع الخبر</title>", "")
    page = Page(content=html.encode(), origin="x.jsonl#line 1", content_type=ContentType.HTML,
                text=html, given_title="عنوان من المصدر", given_published="2020-02-06T23:54:00")
    article = extract_html(page)
    assert (article.title, article.published_at) == ("عنوان من المصدر", datetime(2020, 2, 6, 23, 54))


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) * 5000
        + "</article></body></html>",
        "<html><body><p>" + " ".join(PARAGRAPHS) * 6000 + "</p></body></html>",
    ],
    ids=["5mb-many-paragraphs-one-line", "5mb-one-paragraph"],
)
def test_five_megabyte_single_line_page_is_extracted_quickly(html: str) -> None:
    assert "\n" not in html and len(html.encode()) > 4_000_000
    started = time.process_time()  # CPU time: a hang guard that load cannot fail
    article = extract(html)
    assert time.process_time() - started < 5.0
    assert article.body[0].startswith(PARAGRAPHS[0])


def test_most_read_list_in_a_sidebar_is_kept_as_teasers_once_each() -> None:
    sidebar = ('<div class="sidebar"><h4>الأكثر قراءة</h4><ol>'
               f'<li><a href="/news/1">{TEASERS[0][1]}</a><small>16:45</small></li>'
               '<li><a href="/news/7">متطوعون ينظفون شواطئ صفاقس قبل موسم الصيف</a></li></ol></div>')
    html = page_html().replace("<footer>", sidebar + "<footer>")
    article = extract(html)
    urls = [t.url or "" for t in article.teasers]
    assert len(urls) == len(set(urls)) == 3  # /news/1 is listed twice on the page: one teaser
    assert {t.text for t in article.teasers} == {TEASERS[0][1], TEASERS[1][1],
                                                 "متطوعون ينظفون شواطئ صفاقس قبل موسم الصيف"}
    sfax = next(t for t in article.teasers if t.text.startswith("متطوعون"))
    assert (sfax.block, sfax.url) == ("الأكثر قراءة", "https://news.example/news/7")
    assert article.body == PARAGRAPHS


def test_source_credit_closing_the_body_is_a_widget() -> None:
    article = extract(page_html(extra_body='<p class="source">المصدر: وكالة المدار للأنباء</p>'))
    assert article.body == PARAGRAPHS
    assert ("credit", "المصدر: وكالة المدار للأنباء") in [(w.kind, w.text) for w in article.widgets]


def test_json_ld_nested_past_the_parser_is_passed_over() -> None:
    """Python's JSON parser recurses per level: a hostile JSON-LD must cost its metadata only,
    not the article."""
    html = ('<html><head><script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000
            + "</script></head><body><p>" + PARAGRAPHS[0] + "</p><p>" + PARAGRAPHS[1]
            + "</p></body></html>")
    assert PARAGRAPHS[0] in extract(html).text
