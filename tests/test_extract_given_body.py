"""A body given as paragraphs (JSON, CSV, TREC, feeds) with "read also" links written into it:
the links are teasers, never body, and never a speaker of the paragraphs after them."""

from __future__ import annotations

import pytest

from siyaq.analyze.quotes import annotate_quotes
from siyaq.extract import extract_record
from siyaq.extract.lexicon import body_and_read_also
from siyaq.model import ContentType, Page, Record

# Fictional paragraphs written for these tests.
OPENING = "اشترت المغنية ديرا قديما في المدينة بعد نزاع طويل مع راهبتين."
MIDDLE = "وحكمت المحكمة لصالحها بتعويضات بلغت عشرة ملايين دولار."
CLOSING = "وقالت إحدى الراهبتين إنها غير سعيدة بالحكم."
LINK = "اقرأ أيضا: المغنية أول من يحصل على مئة مليون متابع"


@pytest.mark.parametrize(
    ("paragraphs", "body", "teasers"),
    [
        pytest.param([OPENING, LINK, MIDDLE], [OPENING, MIDDLE], [LINK], id="inline-link"),
        pytest.param([OPENING, "اقرأ أيضاً", "المغنية تفوز بجائزة جديدة", MIDDLE],
                     [OPENING, MIDDLE], ["المغنية تفوز بجائزة جديدة"], id="header-then-headline"),
        pytest.param([OPENING, "شاهد أيضا - فيديو الحفل الأخير", MIDDLE], [OPENING, MIDDLE],
                     ["شاهد أيضا - فيديو الحفل الأخير"], id="dash-after-header"),
        pytest.param([OPENING, "آخر الأخبار تقول إن المحكمة ستعيد النظر في القضية الشهر المقبل"],
                     [OPENING, "آخر الأخبار تقول إن المحكمة ستعيد النظر في القضية الشهر المقبل"],
                     [], id="prose-opening-with-header-words"),
        pytest.param([OPENING, "اقرأ أيضا", OPENING + " " + MIDDLE + " " + CLOSING],
                     [OPENING, OPENING + " " + MIDDLE + " " + CLOSING], [],
                     id="header-then-running-text"),
        pytest.param([OPENING, MIDDLE], [OPENING, MIDDLE], [], id="no-links"),
        pytest.param([OPENING, "للمزيد - المغنية تفوز بجائزة جديدة"], [OPENING],
                     ["للمزيد - المغنية تفوز بجائزة جديدة"], id="for-more-dash"),
        pytest.param([OPENING, "للمزيد سألنا محامي الراهبتين عن الخطوة التالية"],
                     [OPENING, "للمزيد سألنا محامي الراهبتين عن الخطوة التالية"], [],
                     id="for-more-in-prose"),
    ],
)
def test_read_also_links_leave_the_body(paragraphs: list[str], body: list[str],
                                        teasers: list[str]) -> None:
    found_body, found_teasers = body_and_read_also(paragraphs)
    assert found_body == body
    assert [teaser.text for teaser in found_teasers] == teasers


def _record(paragraphs: list[str]) -> Record:
    page = Page(b"{}", "items.jsonl#line 1", ContentType.ARTICLE, given_title="المغنية والدير",
                given_body=paragraphs)
    return Record(page)


def test_a_record_keeps_its_links_as_teasers_and_no_paragraph_is_theirs() -> None:
    record = _record([OPENING, LINK, MIDDLE, "للمزيد: تفاصيل القضية في تقرير سابق", CLOSING])
    extract_record(record)
    article = record.article
    assert article is not None
    assert article.body == [OPENING, MIDDLE, CLOSING]
    assert [teaser.text for teaser in article.teasers] == [
        LINK, "للمزيد: تفاصيل القضية في تقرير سابق"]
    annotate_quotes(article)
    assert all(quote.speaker not in ("اقرأ أيضا", "للمزيد") for quote in article.quotes)


def test_a_record_that_is_only_links_has_no_article() -> None:
    record = _record([LINK])
    extract_record(record)
    assert record.article is None
    assert record.error == "no article: structured record's body is only links to other articles"
