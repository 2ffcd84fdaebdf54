"""Calendar arithmetic for resolving date expressions against a reference day.

Every function is pure: it takes the reference date and the parsed parts, and returns a date,
a (year, month) pair or None when the parts do not form a real date.
"""

from __future__ import annotations

from datetime import date, timedelta

from siyaq.model import Granularity


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def nearest_day(month: int, day: int, ref: date) -> date | None:
    """The occurrence of day/month nearest the reference (a year-less date in a news text
    almost always lies within six months of publication); ties go to the past."""
    candidates = [
        d for y in (ref.year - 1, ref.year, ref.year + 1) if (d := safe_date(y, month, day))
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - ref).days), d > ref))


def nearest_month(month: int, ref: date) -> tuple[int, int]:
    """The occurrence of a month nearest the reference month; ties go to the past."""
    options = [(ref.year + k, month) for k in (-1, 0, 1)]
    return min(
        options,
        key=lambda ym: (
            abs(_month_index(ym) - _month_index((ref.year, ref.month))),
            _month_index(ym) > _month_index((ref.year, ref.month)),
        ),
    )


def _month_index(ym: tuple[int, int]) -> int:
    return ym[0] * 12 + ym[1]


def relative_month(month: int, direction: int, ref: date) -> tuple[int, int]:
    """`ديسمبر الماضي` (direction -1): the last December before this month; +1: the next one;
    0 (`الحالي`): this year's."""
    if direction < 0:
        return (ref.year if month < ref.month else ref.year - 1), month
    if direction > 0:
        return (ref.year if month > ref.month else ref.year + 1), month
    return ref.year, month


def relative_weekday(weekday: int, direction: int, ref: date) -> date:
    """`الاثنين الماضي`: the last Monday strictly before the reference; `المقبل`: the next one
    strictly after. Arabic news uses the nearest such day, not the day of last/next week."""
    if direction < 0:
        back = (ref.weekday() - weekday) % 7 or 7
        return ref - timedelta(days=back)
    ahead = (weekday - ref.weekday()) % 7 or 7
    return ref + timedelta(days=ahead)


def bare_weekday(weekday: int, ref: date) -> date:
    """A weekday with no modifier: news reports mostly look back, so take the most recent such
    day (today included), except tomorrow, which is how coming events are announced."""
    ahead = (weekday - ref.weekday()) % 7
    if ahead == 1:
        return ref + timedelta(days=1)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_near(weekday: int, anchor: date) -> date:
    """The day with this weekday nearest to the anchor (within three days): `أمس الأربعاء`
    trusts the named weekday when the page's clock disagrees by a day."""
    delta = (weekday - anchor.weekday()) % 7
    return anchor + timedelta(days=delta if delta <= 3 else delta - 7)


def week_start(ref: date, weeks: int) -> date:
    """Monday of the week `weeks` away from the reference's week (ISO weeks)."""
    return ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks)


def nth_weekday_of_month(weekday: int, nth: int, year: int, month: int) -> date | None:
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == month else None


def shift(ref: date, amount: int, unit: Granularity) -> tuple[date, Granularity]:
    """The reference moved by a number of days, weeks, months or years."""
    if unit is Granularity.DAY:
        return ref + timedelta(days=amount), unit
    if unit is Granularity.WEEK:
        return ref + timedelta(weeks=amount), unit
    if unit is Granularity.MONTH:
        year, month = add_months(ref.year, ref.month, amount)
        return date(year, month, 1), unit
    return date(ref.year + amount, 1, 1), Granularity.YEAR


def iso_value(day: date, granularity: Granularity) -> str:
    """The ISO string of a date at its granularity: 2020-02-05, 2020-W06, 2019-12, 2019."""
    if granularity is Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if granularity is Granularity.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    if granularity is Granularity.YEAR:
        return f"{day.year:04d}"
    return day.isoformat()


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    from hijridate import Hijri  # lazy: only pages with Hijri dates need it

    try:
        gregorian: date = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return gregorian
