"""The date rules: one regex and one resolver each. The finder runs them all and keeps the
longest non-overlapping matches. Each regex marks the reported span with the group `core`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from siyaq.analyze import dates_calendar as cal
from siyaq.analyze.dates_lexicon import (
    DUAL_UNITS,
    NEXT_WORDS,
    PAST_WORDS,
    UNIT_FORMS,
    Pieces,
    hijri_month_number,
    month_number,
    weekday_number,
)
from siyaq.analyze.dates_text import CARDINALS, day_ordinals, year_from_words
from siyaq.model import Granularity

Match = re.Match[str]


@dataclass(slots=True)
class Resolved:
    """What a rule understood: a day (or month/year start) at a granularity, maybe a time."""

    day: date | None
    granularity: Granularity | None
    relative: bool = False
    time: tuple[int, int, int | None] | None = None  # hour, minute, second


@dataclass(slots=True, frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Callable[[Match, date | None], Resolved | None]


def direction(word: str | None) -> int:
    if not word:
        return 0
    if word in PAST_WORDS:
        return -1
    return 1 if word in NEXT_WORDS else 0


def parse_day(text: str) -> int | None:
    text = text.removeprefix("ال") if text[2:3].isdigit() else text
    if text.isdigit():
        return int(text)
    return day_ordinals().get(" ".join(text.split()))


def parse_year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.rstrip("م ").strip()
    if digits.isdigit():
        return int(digits)
    return year_from_words(" ".join(text.split()))


def _dated(day: date | None, granularity: Granularity, relative: bool = False) -> Resolved | None:
    return Resolved(day, granularity, relative) if day is not None else None


# --- explicit dates -------------------------------------------------------------------------


def resolve_textual(m: Match, ref: date | None) -> Resolved | None:
    """`الاثنين 12 يناير 2016`, `2. أكتوبر`, `19 من ديسمبر الماضي`, `العاشر من سبتمبر ، ألفين`."""
    day, month = parse_day(m["d"]), month_number(m["mon"])
    if day is None or month is None:
        return None
    year = parse_year(m["y"])
    relative = False
    if year is None and m["mod"] and ref is not None:
        year, _ = cal.relative_month(month, direction(m["mod"]), ref)
        relative = True
    ymod = m["ymod"] if "ymod" in m.re.groupindex else None
    if year is None and ymod and ref is not None:  # `5 مايو من العام المقبل`
        year, relative = ref.year + direction(ymod), True
    if year is not None:
        return _dated(cal.safe_date(year, month, day), Granularity.DAY, relative)
    if ref is None:
        return Resolved(None, Granularity.DAY)
    return _dated(cal.nearest_day(month, day, ref), Granularity.DAY, relative=True)


def resolve_month_year(m: Match, ref: date | None) -> Resolved | None:
    month, year = month_number(m["mon"]), parse_year(m["y"])
    if month is None or year is None:
        return None
    return Resolved(date(year, month, 1), Granularity.MONTH)


def resolve_month_relative(m: Match, ref: date | None) -> Resolved | None:
    """`ديسمبر الماضي`, `شهر حزيران المقبل`, or a month alone (the nearest one)."""
    month = month_number(m["mon"])
    if month is None:
        return None
    if ref is None:
        return Resolved(None, Granularity.MONTH, relative=True)
    mod = m["mod"] if "mod" in m.re.groupindex else None
    ymod = m["ymod"] if "ymod" in m.re.groupindex else None
    if ymod:  # `أكتوبر من العام الماضي`: that month of the year before
        return Resolved(date(ref.year + direction(ymod), month, 1), Granularity.MONTH,
                        relative=True)
    year, month = (
        cal.relative_month(month, direction(mod), ref) if mod else cal.nearest_month(month, ref)
    )
    return Resolved(date(year, month, 1), Granularity.MONTH, relative=True)


def resolve_numeric(m: Match, ref: date | None) -> Resolved | None:
    """Numbers: y/m/d, d/m/y (day first, as Arabic writes it, unless only m/d is valid),
    m/d, y (the US order, recognisable by its comma), and d/m with no year."""
    groups = m.groupdict()
    if groups.get("us"):
        year = _full_year(int(groups["y"]))
        return _dated(cal.safe_date(year, int(groups["a"]), int(groups["b"])), Granularity.DAY)
    if groups.get("ymd"):
        return _dated(_numeric_day(int(groups["y"]), int(groups["a"]), int(groups["b"])),
                      Granularity.DAY)
    first, second = int(groups["a"]), int(groups["b"])
    day, month = (first, second) if second <= 12 else (second, first)
    if groups.get("y"):
        return _dated(_numeric_day(_full_year(int(groups["y"])), month, day), Granularity.DAY)
    if ref is None:
        return Resolved(None, Granularity.DAY) if month <= 12 and day <= 31 else None
    return _dated(cal.nearest_day(month, day, ref), Granularity.DAY, relative=True)


# Years of the Hijri calendar in use (1882-2077): a numeric date in them is Hijri
# (`3/ 4/ 1436` is 23 January 2015), never a Gregorian date of the 14th century.
HIJRI_YEARS = range(1300, 1501)


def _numeric_day(year: int, month: int, day: int) -> date | None:
    if year in HIJRI_YEARS:
        return cal.hijri_to_gregorian(year, month, day)
    return cal.safe_date(year, month, day)


def _full_year(year: int) -> int:
    return year + 2000 if year < 50 else year + 1900 if year < 100 else year


def resolve_year(m: Match, ref: date | None) -> Resolved | None:
    year = int(m["y"])
    if m.groupdict().get("h"):  # `عام 1428هـ`: the Gregorian year most of it falls in
        middle = cal.hijri_to_gregorian(year, 7, 1) if 1300 <= year <= 1500 else None
        return Resolved(date(middle.year, 1, 1), Granularity.YEAR) if middle else None
    return Resolved(date(year, 1, 1), Granularity.YEAR) if 1000 <= year <= 2999 else None


def resolve_hijri(m: Match, ref: date | None) -> Resolved | None:
    month, year = hijri_month_number(m["hm"]), int(m["y"])
    day = parse_day(m["d"]) if m["d"] else None
    gregorian = cal.hijri_to_gregorian(year, month, day or 1) if month else None
    if gregorian is None:
        return None
    return Resolved(gregorian, Granularity.DAY if day else Granularity.MONTH)


# --- relative dates -------------------------------------------------------------------------

_DAY_OFFSETS = {"امس": -1, "البارحه": -1, "اليوم": 0, "غدا": 1}


def resolve_relative_day(m: Match, ref: date | None) -> Resolved | None:
    """`أمس الأربعاء`, `اليوم`, `أول أمس`, `غدا`, `بعد غد`; a named weekday wins over the clock."""
    word = " ".join(m["rel"].split())
    before_yesterday = word.startswith("اول") or word == "امس الاول"  # أول أمس, أمس الأول
    offset = -2 if before_yesterday else 2 if word.startswith("بعد") else _DAY_OFFSETS.get(word, 0)
    if ref is None:
        return Resolved(None, Granularity.DAY, relative=True)
    day = ref + timedelta(days=offset)
    weekday = weekday_number(m["wd"]) if m["wd"] else None
    if weekday is not None:
        day = cal.weekday_near(weekday, day)
    return Resolved(day, Granularity.DAY, relative=True)


def resolve_weekday(m: Match, ref: date | None) -> Resolved | None:
    """`الاثنين الماضي`, `الأحد المقبل`, `الأحد الثاني` (of this month), or a bare weekday."""
    weekday = weekday_number(m["wd"])
    if weekday is None:
        return None
    if ref is None:
        return Resolved(None, Granularity.DAY, relative=True)
    groups = m.groupdict()
    if groups.get("nth"):
        nth = day_ordinals().get(groups["nth"])
        day = cal.nth_weekday_of_month(weekday, nth or 0, ref.year, ref.month) if nth else None
        return _dated(day, Granularity.DAY, relative=True)
    mod = direction(groups.get("mod"))
    day = cal.relative_weekday(weekday, mod, ref) if mod else cal.bare_weekday(weekday, ref)
    return Resolved(day, Granularity.DAY, relative=True)


def resolve_period(m: Match, ref: date | None) -> Resolved | None:
    """`الأسبوع الماضي`, `الشهر المقبل`, `هذا العام`, `الأسبوع المقبل يوم الجمعة`,
    `15 الشهر الجاري`."""
    unit = m["unit"]
    step = direction(m["mod"]) if m["mod"] else 0
    if ref is None:
        return Resolved(None, None, relative=True)
    if unit.endswith("سبوع"):
        monday = cal.week_start(ref, step)
        if m["wd"]:
            return Resolved(
                monday + timedelta(days=weekday_number(m["wd"]) or 0),
                Granularity.DAY,
                relative=True,
            )
        return Resolved(monday, Granularity.WEEK, relative=True)
    if unit == "الشهر":
        year, month = cal.add_months(ref.year, ref.month, step)
        if m["d"]:
            day = parse_day(m["d"])
            return _dated(cal.safe_date(year, month, day or 0), Granularity.DAY, relative=True)
        return Resolved(date(year, month, 1), Granularity.MONTH, relative=True)
    return Resolved(date(ref.year + step, 1, 1), Granularity.YEAR, relative=True)


_UNITS = {
    "day": Granularity.DAY,
    "week": Granularity.WEEK,
    "month": Granularity.MONTH,
    "year": Granularity.YEAR,
}


def resolve_ago(m: Match, ref: date | None) -> Resolved | None:
    """`قبل ثلاثة أيام`, `قبل 3 أيام`, `منذ أسبوعين`, `بعد يومين`."""
    unit_name, dual = UNIT_FORMS[m["unit"]]
    count = dual if m["unit"] in DUAL_UNITS else _count(m["n"])
    if count is None:
        return None
    sign = 1 if m["dir"] == "بعد" else -1
    if ref is None:
        return Resolved(None, _UNITS[unit_name], relative=True)
    day, granularity = cal.shift(ref, sign * count, _UNITS[unit_name])
    return Resolved(day, granularity, relative=True)


def _count(text: str | None) -> int | None:
    if text is None:
        return 1
    return int(text) if text.isdigit() else CARDINALS.get(text)


def compile_rule(
    name: str,
    pattern: str,
    resolve: Callable[[Match, date | None], Resolved | None],
    pieces: Pieces,
) -> Rule:
    return Rule(name, re.compile(pieces.start + pattern), resolve)
