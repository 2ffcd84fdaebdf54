"""Publication stamps in the shapes Arabic news sites print them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from siyaq.extract.stamps import is_stamp_line, parse_published


@pytest.mark.parametrize(
    ("text", "expected", "zone"),
    [
        ("تاريخ النشر : 23:54 - 2020/02/06", datetime(2020, 2, 6, 23, 54), False),
        ("نشر في ٥ أكتوبر ٢٠٢١ - ١٠:٣٠ م", datetime(2021, 10, 5, 22, 30), False),
        ("آخر تحديث: 3 كانون الثاني 2020 الساعة 10:00", datetime(2020, 1, 3, 10, 0), False),
        ("12 شباط/فبراير 2020", datetime(2020, 2, 12), False),
        ("الخميس، 20 مايو 2021 08:45 م", datetime(2021, 5, 20, 20, 45), False),
        ("السبت 13/04/2019 06:46", datetime(2019, 4, 13, 6, 46), False),
        ("12:05 ص 01-02-2022", datetime(2022, 2, 1, 0, 5), False),
        ("15 جويلية 2019", datetime(2019, 7, 15), False),
        ("الأحد 7 إبريل 2019", datetime(2019, 4, 7), False),  # hamza folded before lookup
        ("October 4, 2021 11:44 AM GMT", datetime(2021, 10, 4, 11, 44, tzinfo=UTC), True),
        (
            "2021-10-04T11:44:00+03:00",
            datetime(2021, 10, 4, 11, 44, tzinfo=timezone(timedelta(hours=3))),
            True,
        ),
        ("نشر في 10:00 بتوقيت مكة 2020/01/03", datetime(2020, 1, 3, 10, 0), True),
        ("3/ 4/ 1436", None, False),  # a Hijri date is not a Gregorian stamp
        ("31/02/2020", None, False),
        ("مونديال قطر 2022 .. المغرب يتأهل", None, False),
    ],
    ids=[
        "seed-stamp", "indic-digits-pm", "levantine-month", "double-month-name", "weekday-pm",
        "dmy-time", "time-first-am", "maghrebi-month", "hamza-folding", "english-gmt",
        "iso-offset", "named-zone", "hijri-rejected", "impossible-day", "year-in-title",
    ],
)
def test_parse_published(text: str, expected: datetime | None, zone: bool) -> None:
    parsed = parse_published(text)
    if expected is None:
        assert parsed is None
    else:
        assert parsed == (expected, zone)


@pytest.mark.parametrize(
    ("line", "is_stamp"),
    [
        ("تاريخ النشر : 23:54 - 2020/02/06", True),
        ("18:25 - 2025/09/15", True),
        ("الخميس، 20 مايو 2021 08:45 م", True),
        ("نشر بتاريخ 2019/04/11", True),
        ("وقرر البنك المركزي يوم الخميس 3 نوفمبر 2016 تحرير سعر صرف الجنيه المصري", False),
        ("مونديال قطر 2022 .. المغرب يتأهل", False),
        ("وفاة الفنان سمير غانم", False),
    ],
    ids=["keyword", "teaser-time", "weekday", "bitarikh", "sentence-with-date", "title", "no-date"],
)
def test_is_stamp_line(line: str, is_stamp: bool) -> None:
    assert is_stamp_line(line) is is_stamp


@pytest.mark.parametrize(
    "page",
    [
        "تاريخ النشر : 23:54 - 2020/02/06",
        "  نشر في ٥ أكتوبر ٢٠٢١ - ١٠:٣٠ م  ",
        "2021-10-04 11:44 +03:00 \u0640",  # a tatweel after the offset: folding alone differs
        "\u064b 2021-10-04 11:44 +03:00",
        "\ufeff12 شباط/فبراير 2020\xa0",
        "وفاة الفنان سمير غانم",
    ],
    ids=["plain", "padded-indic", "trailing-tatweel", "leading-mark", "bom-nbsp", "no-date"],
)
def test_line_stamp_reads_like_parse_published(page: str) -> None:
    """DumpLine.published reuses the stamp is_stamp found on the page's fold; it must read the
    same as parsing the line's own text, even where folding the line alone differs."""
    from siyaq.extract.lines import split_lines

    (line,) = split_lines(page)
    assert line.published() == parse_published(line.text)
