"""Datelines: where (and by whom) a report was filed, found where the body opens, kept out of
the article's names and out of what stories compare."""

from __future__ import annotations

from datetime import datetime

import pytest

from siyaq.analyze import Analyzer, clear_analysis
from siyaq.analyze.datelines import dateline_end, find_dateline
from siyaq.model import Article
from siyaq.relate.features import foreground, reported_text

LEDE = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في المدينة"


@pytest.mark.parametrize(("body", "expected"), [
    pytest.param([f"دبي، الإمارات العربية المتحدة (CNN)-- {LEDE}"],
                 "دبي، الإمارات العربية المتحدة (CNN)", id="place-country-agency"),
    pytest.param([f"(CNN)-- {LEDE}"], "(CNN)", id="agency-alone"),
    pytest.param([f"القاهرة (رويترز) - {LEDE}"], "القاهرة (رويترز)", id="place-agency-dash"),
    pytest.param([f"لندن، بريطانيا (أ ف ب) – {LEDE}"], "لندن، بريطانيا (أ ف ب)",
                 id="agency-of-three-letters"),
    pytest.param([f"سبق- مكة المكرمة: {LEDE}"], "سبق- مكة المكرمة", id="outlet-place-colon"),
    pytest.param([f"سعود الدعجاني– سبق– رنيه: {LEDE}"], "سعود الدعجاني– سبق– رنيه",
                 id="reporter-outlet-place"),
    pytest.param([f"ميونيخ – وكالات: {LEDE}"], "ميونيخ – وكالات", id="place-wires"),
    pytest.param(["عين اليوم – لندن", LEDE], "عين اليوم – لندن", id="paragraph-of-its-own"),
    pytest.param(["طلال عبدالله ـ جدة", LEDE], "طلال عبدالله ـ جدة", id="tatweel-as-dash"),
    pytest.param(["الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", LEDE],
                 "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس", id="agency-line-dated"),
    pytest.param(["جيزان 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس", LEDE],
                 "جيزان 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس", id="dated-glued-letters"),
])
def test_a_dateline_is_found_as_printed(body: list[str], expected: str) -> None:
    assert find_dateline(body) == expected


@pytest.mark.parametrize("body", [
    pytest.param([LEDE], id="a-sentence"),
    pytest.param([], id="no-body"),
    pytest.param(["عين اليوم – لندن"], id="nothing-after-it"),
    pytest.param(["سبق- الرياض: عاجل"], id="too-little-after-it"),
    pytest.param([f"(هذيان): {LEDE}"], id="column-heading-in-parentheses"),
    pytest.param([f"قدر من رب العالمين - سبحانه وتعالى - أن يتصارعا: {LEDE}"],
                 id="sentence-with-dashes"),
    pytest.param(["إليك إليك تشتاق المــرايــا", LEDE], id="tatweel-inside-words"),
    pytest.param([f"قال الوزير (في بيان) إن {LEDE}"], id="parentheses-in-a-sentence"),
    pytest.param(["س" * 100_000 + " - جدة", LEDE], id="huge-first-line"),
])
def test_no_dateline(body: list[str]) -> None:
    assert find_dateline(body) is None


def _article(body: list[str]) -> Article:
    return Article(id="a1", content_hash="h1", origin="test", title="افتتاح مستشفى في دبي",
                   body=body, published_at=datetime(2018, 4, 10), language="ar")


def test_the_analysis_keeps_the_place_filed_from_out_of_the_names() -> None:
    """Every CNN Arabic report opens with `دبي، الإمارات العربية المتحدة (CNN)`: Dubai and the
    Emirates were among the archive's most named places for it."""
    body = ["دبي، الإمارات العربية المتحدة (CNN)-- قال الرئيس الفرنسي إيمانويل ماكرون في "
            "باريس إن فرنسا ستدعم المستشفيات في لبنان."]
    article = _article(body)
    Analyzer.build().analyze(article)
    assert article.dateline == "دبي، الإمارات العربية المتحدة (CNN)"
    names = {m.text for m in article.mentions if not m.in_title}
    assert {"باريس", "لبنان"} <= names
    assert not {"دبي", "الإمارات العربية المتحدة", "CNN"} & names
    assert "دبي" in {m.text for m in article.mentions if m.in_title}  # the title's stays
    assert all(m.start >= dateline_end(body, article.dateline)
               for m in article.mentions if not m.in_title)
    clear_analysis(article)
    assert article.dateline is None


def test_stories_compare_what_is_reported_not_where_it_was_filed() -> None:
    article = _article([f"دبي، الإمارات العربية المتحدة (CNN)-- {LEDE}", "فقرة ثانية"])
    Analyzer.build(ner=False).analyze(article)
    assert reported_text(article).startswith(LEDE)
    assert "دبي" not in foreground(article) and "CNN" not in foreground(article)
    assert "فقرة ثانية" in foreground(article)


def test_an_article_without_dateline_is_compared_whole() -> None:
    article = _article([LEDE])
    Analyzer.build(ner=False).analyze(article)
    assert article.dateline is None
    assert reported_text(article) == LEDE
    assert foreground(article) is article.text
