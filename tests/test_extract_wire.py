"""A news agency's release: its day from the dateline the agency signs, its clock time and
end mark from under the text (both moved to the widgets); never a date of the text itself."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from siyaq.extract import extract_page
from siyaq.extract.wire import take_wire_marks
from siyaq.model import Article, ContentType, Page

DATELINE = "الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس"
LEAD = "أكد وزير الصحة أن المستشفيات الجديدة ستفتتح خلال العام المقبل في عدد من مناطق المملكة."
MAKKAH = timezone(timedelta(hours=3))


def _article(*body: str, published_at: datetime | None = None) -> Article:
    return Article("a", "h", "r.jsonl#line 1", body=list(body), published_at=published_at)


@pytest.mark.parametrize(("body", "published_at", "expected_body", "footers"), [
    ([DATELINE, LEAD, "// انتهى //", "20:26 ت م"], datetime(2015, 8, 11, 20, 26, tzinfo=MAKKAH),
     [DATELINE, LEAD], ["20:26 ت م", "// انتهى //"]),
    ([DATELINE, LEAD + " // انتهى //", "09:05 ت غ"], datetime(2015, 8, 11, 9, 5, tzinfo=UTC),
     [DATELINE, LEAD], ["09:05 ت غ", "// انتهى //"]),
    ([f"{DATELINE} {LEAD}", "//يتبع//"], datetime(2015, 8, 11),
     [f"{DATELINE} {LEAD}"], ["//يتبع//"]),
    ([LEAD, "// انتهى //", "20:26 ت م"], None, [LEAD], ["20:26 ت م", "// انتهى //"]),
    # A date opening the text is the event's: no agency signs it.
    (["عقدت الغرفة يوم الثلاثاء 4 اغسطس 2015 لقاءها الشهري بحضور رجال الأعمال.", LEAD], None,
     ["عقدت الغرفة يوم الثلاثاء 4 اغسطس 2015 لقاءها الشهري بحضور رجال الأعمال.", LEAD], []),
    (["20:26 ت م"], None, ["20:26 ت م"], []),
], ids=["release-makkah-time", "mark-glued-gmt", "dateline-glued-no-time", "no-dateline",
        "event-date-in-text", "only-paragraph"])
def test_release_marks_and_date(body: list[str], published_at: datetime | None,
                                expected_body: list[str], footers: list[str]) -> None:
    article = _article(*body)
    take_wire_marks(article)
    assert article.published_at == published_at
    assert article.body == expected_body
    assert [(w.kind, w.text) for w in article.widgets] == [("footer", f) for f in footers]
    assert article.timezone_stated is (published_at is not None and published_at.tzinfo
                                       is not None)


def test_a_date_the_page_gave_is_kept() -> None:
    given = datetime(2015, 8, 12, 8, 0)
    article = _article(DATELINE, LEAD, "20:26 ت م", published_at=given)
    take_wire_marks(article)
    assert article.published_at == given and article.body == [DATELINE, LEAD]


def test_structured_release_through_extraction() -> None:
    page = Page(b"{}", "spa.jsonl#line 1", ContentType.ARTICLE, url="https://wire.example/1",
                given_title="وزير الصحة: مستشفيات جديدة العام المقبل",
                given_body=[DATELINE, LEAD, "// انتهى //", "20:26 ت م"])
    article = extract_page(page)
    assert article.published_at == datetime(2015, 8, 11, 20, 26, tzinfo=MAKKAH)
    assert article.published_text == f"{DATELINE} 20:26 ت م"
    assert article.body == [DATELINE, LEAD]
