"""Furniture a body opens with: a slideshow's controls and an opinion disclaimer move to the
widgets (kept), the disclaimer's writer becomes the byline; prose that only talks about
opinions and writers stays."""

from __future__ import annotations

import pytest

from siyaq.extract import extract_page
from siyaq.extract.openings import is_disclaimer, take_openings
from siyaq.model import Article, ContentType, Page

LEAD = "تواصل الفيضانات الناجمة عن الأمطار الموسمية في باكستان حصد الخسائر البشرية والمادية."
MORE = "وقالت الهيئة الوطنية لإدارة الكوارث إن عدد الضحايا ارتفع إلى 86 شخصا منذ بداية الشهر."
CNN = ("هذا المقال بقلم سامر الخطيب، أستاذ الاقتصاد في جامعة عمان، والآراء الواردة أدناه تعبر"
       " عن رأي الكاتب، ولا تعكس بالضرورة وجهة نظر شبكة CNN.")


def _article(*body: str, byline: str | None = None) -> Article:
    return Article("a", "h", "t.txt", body=list(body), byline=byline)


@pytest.mark.parametrize(("body", "expected_body", "widgets"), [
    (["Next Previous", LEAD, MORE], [LEAD, MORE], [("menu", "Next Previous")]),
    (["Next Previous عين اليوم – باكستان", LEAD], ["عين اليوم – باكستان", LEAD],
     [("menu", "Next Previous")]),
    (["السابق التالي", LEAD], [LEAD], [("menu", "السابق التالي")]),
    (["السابق ذكره أن الهيئة أعلنت الطوارئ.", LEAD], ["السابق ذكره أن الهيئة أعلنت الطوارئ.",
                                                     LEAD], []),
    (["Next Previous"], ["Next Previous"], []),
], ids=["controls-alone", "controls-before-dateline", "arabic-controls", "one-word-opens-prose",
        "only-paragraph"])
def test_slideshow_controls(body: list[str], expected_body: list[str],
                            widgets: list[tuple[str, str]]) -> None:
    article = _article(*body)
    take_openings(article)
    assert article.body == expected_body
    assert [(w.kind, w.text) for w in article.widgets] == widgets


@pytest.mark.parametrize(("paragraph", "expected"), [
    (CNN, True),
    ("** جميع المقالات المنشورة تمثل رأي كتابها فقط.", True),
    ("هذا المقال بقلم جيري ماهر، محلل سياسي. المقال يعبر عن رأي الكاتب ولا يعكس بالضرورة رأي"
     " شبكة CNN.", True),
    # An office that takes readers' questions (`مكاتبها`, `والآراء`): no writer named.
    ("تسعد الصحيفة بتلقي الأسئلة والآراء عبر مختلف مكاتبها وطرحها أمام المسؤولين.", False),
    ("وقال الكاتب سامر الخطيب إن رأي الحكومة واضح في هذه المسألة.", False),
    ("ويمثل الكتاب رأي مؤلفه في الأزمة، ولا يعكس موقف دار النشر.", False),
    (MORE, False),
], ids=["cnn", "alarabiya", "cnn-short", "readers-office", "a-writer-quoted", "a-book",
        "news"])
def test_is_disclaimer(paragraph: str, expected: bool) -> None:
    assert is_disclaimer(paragraph) is expected


@pytest.mark.parametrize(("body", "byline", "expected_byline"), [
    ([CNN, LEAD, MORE], None, "سامر الخطيب"),
    ([LEAD, MORE, CNN], None, "سامر الخطيب"),
    ([CNN, LEAD], "من عمان", "من عمان"),
    ([CNN.replace("سامر الخطيب", "د. سامر الخطيب"), LEAD], None, "د. سامر الخطيب"),
], ids=["opening", "closing", "byline-kept", "doctor"])
def test_disclaimer_to_widgets_and_byline(body: list[str], byline: str | None,
                                          expected_byline: str) -> None:
    article = _article(*body, byline=byline)
    take_openings(article)
    assert article.body == [p for p in body if p != CNN and "بقلم" not in p]
    assert [w.kind for w in article.widgets] == ["credit"]
    assert article.byline == expected_byline


def test_structured_record_through_extraction() -> None:
    """The corpora's records (a body given as paragraphs) get it through extract_page."""
    page = Page(b"{}", "feed.jsonl#line 1", ContentType.ARTICLE, url="https://3alyoum.example/1",
                given_title="الفيضانات في باكستان", given_body=["Next Previous عين اليوم – باكستان",
                                                                LEAD, MORE])
    article = extract_page(page)
    assert article.body == ["عين اليوم – باكستان", LEAD, MORE]
    assert [(w.kind, w.text) for w in article.widgets] == [("menu", "Next Previous")]


@pytest.mark.parametrize(("byline", "body", "expected"), [
    ("خالد الفرج ـ عنيزة", ["خالد الفرج - عنيزة", LEAD], [LEAD]),
    ("الرياضي", ["الرياضي", LEAD], [LEAD]),
    ("خالد الفرج", ["خالد الفرج ـ عنيزة", LEAD], ["خالد الفرج ـ عنيزة", LEAD]),
    (None, ["خالد الفرج", LEAD], ["خالد الفرج", LEAD]),
    ("الرياضي", ["الرياضي"], ["الرياضي"]),
], ids=["same-other-dash", "same", "more-than-the-byline", "no-byline", "only-paragraph"])
def test_a_printed_byline_leaves_the_body(byline: str | None, body: list[str],
                                          expected: list[str]) -> None:
    article = _article(*body, byline=byline)
    take_openings(article)
    assert article.body == expected
    assert len(article.widgets) == len(body) - len(expected)
