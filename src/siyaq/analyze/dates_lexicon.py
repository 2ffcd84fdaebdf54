"""Regex pieces for Arabic date and time expressions, over normalized text (see dates_text).

Built by functions, never at import time; the finder compiles them once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

from siyaq.analyze.dates_text import CARDINALS, HOUR_WORDS, day_ordinals
from siyaq.arabic.months import GREGORIAN_MONTHS, HIJRI_MONTHS, WEEKDAYS

# Month words that are also ordinary words (اب father, مارس practised, ماي …): only taken as
# months next to a day, a year, `شهر` or a relative modifier.
AMBIGUOUS_MONTHS = frozenset({"اب", "ماي", "مارس", "اوت", "غشت", "اذار", "نيسان", "جوان"})

# Extra spellings met in news text beyond siyaq.arabic.months.
EXTRA_MONTHS = {"ابريل": 4, "جويليه": 7, "جويلية": 7, "اغسطس": 8, "اغشت": 8, "سبتمبر": 9}

PAST_WORDS = ("الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته", "السابق")
NEXT_WORDS = ("المقبل", "المقبله", "القادم", "القادمه")
CURRENT_WORDS = ("الحالي", "الحاليه", "الجاري", "الجاريه")

# Units of `قبل ثلاثة أيام`: singular, plural and dual forms -> (unit name, count of the dual).
UNIT_FORMS: dict[str, tuple[str, int]] = {
    "يوم": ("day", 1),
    "يوما": ("day", 1),
    "ايام": ("day", 1),
    "يومين": ("day", 2),
    "اسبوع": ("week", 1),
    "اسبوعا": ("week", 1),
    "اسابيع": ("week", 1),
    "اسبوعين": ("week", 2),
    "شهر": ("month", 1),
    "شهرا": ("month", 1),
    "اشهر": ("month", 1),
    "شهور": ("month", 1),
    "شهرين": ("month", 2),
    "عام": ("year", 1),
    "عاما": ("year", 1),
    "اعوام": ("year", 1),
    "عامين": ("year", 2),
    "سنه": ("year", 1),
    "سنوات": ("year", 1),
    "سنين": ("year", 1),
    "سنتين": ("year", 2),
}
DUAL_UNITS = frozenset(k for k, (_, n) in UNIT_FORMS.items() if n == 2)

PM_MARKERS = ("م", "مساء", "مساءا", "بعد الظهر", "بعد الظهيره", "ليلا", "في الليل", "عصرا")
AM_MARKERS = ("ص", "صباحا", "صباح", "فجرا", "ظهرا", "وقت الغداء", "ظهر")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# Read-only tables: resolvers look months up for every match.
_MONTHS: Mapping[str, int] = MappingProxyType({**GREGORIAN_MONTHS, **EXTRA_MONTHS})
_MONTHS_LONGEST_FIRST = tuple(sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])))


def gregorian_months() -> Mapping[str, int]:
    return _MONTHS


def month_number(word: str) -> int | None:
    """The month of a (normalized) month phrase; for `كانون الثاني / يناير` the first name."""
    key = " ".join(word.split())
    if key in _MONTHS:
        return _MONTHS[key]
    for name, number in _MONTHS_LONGEST_FIRST:
        if key.startswith(name):
            return number
    return None


def hijri_month_number(word: str) -> int | None:
    return HIJRI_MONTHS.get(" ".join(word.split()))


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word)


class Pieces:
    """The shared sub-patterns, as strings, to compose the rules from."""

    __slots__ = (
        "ampm",
        "card",
        "day",
        "hijri",
        "hour_word",
        "month",
        "months",
        "next",
        "ordinal",
        "past",
        "safe_month",
        "start",
        "unit",
        "weekday",
        "year",
        "year_words",
    )

    def __init__(self) -> None:
        months = gregorian_months()
        self.month = alternation(months)
        # `كانون الثاني / يناير`, `يونيو حزيران`: two regional names for one month.
        # `كانون الثاني / يناير`, `يونيو حزيران`, `يونيو (حزيران)`: two names for one month.
        self.months = (
            rf"(?:{self.month})(?:\s*/\s*(?:{self.month})|\s+(?:{self.month})(?!\w)"
            rf"|\s*\(\s*(?:{self.month})\s*\))?"
        )
        self.safe_month = alternation(m for m in months if m not in AMBIGUOUS_MONTHS)
        self.hijri = alternation(HIJRI_MONTHS)
        self.weekday = alternation(WEEKDAYS)
        self.ordinal = alternation(day_ordinals())
        self.card = alternation(CARDINALS)
        self.hour_word = alternation(HOUR_WORDS)
        self.unit = alternation(UNIT_FORMS)
        self.past = alternation(PAST_WORDS)
        self.next = alternation(NEXT_WORDS)
        self.day = rf"(?:ال)?\d{{1,2}}(?!\d)|{self.ordinal}"
        self.year_words = r"(?:الف|الفين|الفان)(?:\s+(?:و\w+|عشر|عشره))*"
        self.year = rf"\d{{4}}(?!\d)(?:\s*م(?!\w))?|{self.year_words}"
        self.ampm = alternation(PM_MARKERS + AM_MARKERS)
        # A word start, with an optional clitic (و ف ب ل) left outside the span.
        self.start = r"(?<!\w)(?:[وفبل](?=\w))?"
