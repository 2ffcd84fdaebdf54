"""A dump or already-extracted record that prints no date falls back on the day in its address,
as the HTML extractor does; a printed stamp always wins."""

from __future__ import annotations

from datetime import datetime

import pytest

from siyaq.extract import extract_page
from siyaq.extract.url_dates import url_day
from siyaq.model import ContentType, Page

TITLE = "افتتاح الخط الجديد للقطار السريع بين المدينتين"
LEDE = ("أعلن وزير النقل سامر الخطيب اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين "
        "بعد ثلاث سنوات من العمل المتواصل في المشروع.")
FILED = "https://news.example/2020/06/23/%D8%AE%D8%A8%D8%B1"


def _dump(text: str, url: str | None) -> Page:
    return Page(content=text.encode(), origin="t", content_type=ContentType.TEXT, url=url,
                text=text)


@pytest.mark.parametrize(
    ("text", "url", "expected", "printed"),
    [
        (f"{TITLE}\n{LEDE}", FILED, datetime(2020, 6, 23), "2020/06/23"),
        (f"{TITLE}\nتاريخ النشر : 23:54 - 2020/02/06\n{LEDE}", FILED, datetime(2020, 2, 6, 23, 54),
         "تاريخ النشر : 23:54 - 2020/02/06"),
        (f"{TITLE}\n{LEDE}", "https://news.example/story/153034", None, None),
        (f"{TITLE}\n{LEDE}", None, None, None),
    ],
    ids=["no-stamp-address-date", "printed-stamp-wins", "address-without-date", "no-address"],
)
def test_text_dump_date(text: str, url: str | None, expected: datetime | None,
                        printed: str | None) -> None:
    article = extract_page(_dump(text, url))
    assert article.body == [LEDE]
    assert (article.published_at, article.published_text) == (expected, printed)


@pytest.mark.parametrize(
    ("given_published", "expected"),
    [(None, datetime(2020, 6, 23)), ("2020-06-24T08:00:00", datetime(2020, 6, 24, 8))],
    ids=["record-without-date", "record-date-wins"],
)
def test_structured_record_date(given_published: str | None, expected: datetime) -> None:
    page = Page(content=b"{}", origin="r", content_type=ContentType.ARTICLE, url=FILED,
                given_title=TITLE, given_body=[LEDE], given_published=given_published)
    assert extract_page(page).published_at == expected


def test_url_day_names_the_address_part() -> None:
    assert url_day("https://x.example/2019/04/12/9763/") == (datetime(2019, 4, 12), "2019/04/12")
