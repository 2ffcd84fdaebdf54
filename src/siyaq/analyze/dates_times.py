"""Time-of-day rules: `23:54`, `7 صباحا`, `الساعة العاشرة مساء`, `الثامنة والربع`, `منتصف الليل`."""

from __future__ import annotations

import re
from datetime import date

from siyaq.analyze.dates_lexicon import PM_MARKERS, Pieces, alternation
from siyaq.analyze.dates_rules import Match, Resolved, Rule, compile_rule
from siyaq.analyze.dates_text import HOUR_WORDS
from siyaq.model import Granularity

_PM = frozenset(PM_MARKERS)
_NOON_MARKERS = frozenset({"ظهرا", "ظهر", "وقت الغداء"})
_MORNING = frozenset({"ص", "صباحا", "صباح", "فجرا"})
# `الظهر` is also "the back": not a time after these (`آلام الظهر`, `أسفل الظهر`).
_BACK_CUES = frozenset({"الام", "الم", "اوجاع", "وجع", "اسفل", "عمود", "فقرات", "علي", "في"})
_FIXED = {
    "منتصف الليل": 0,
    "منتصف النهار": 12,
    "منتصف الصباح": 10,
    "وقت الظهيره": 12,
    "الظهيره": 12,
    "الظهر": 12,
}


def time_rules(p: Pieces) -> list[Rule]:
    pre = r"(?:(?P<pre>بعد\s+الظهر|الظهر|وقت\s+الغداء)\s+)?"
    frac = (
        r"(?:\s*(?P<frac>و\s*(?:النصف|الربع|الثلث|نصف|ربع|ثلث|\d{1,2}\s*دقيقه|\d{1,2}\s*دقائق)"
        r"|الا\s+(?:ربع|ثلث)))?"
    )
    marker = rf"(?P<ampm>{p.ampm}|منتصف\s+الليل|في\s+الليل)(?!\w)"
    hour = rf"(?:ال)?(?P<h>\d{{1,4}}(?!\d)|{p.hour_word})"
    lunch = r"(?:\s+وقت\s+الغداء)?"
    clock = (
        rf"(?P<core>{pre}(?:الساعه\s+)?(?:ال)?(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})"
        rf"(?::(?P<s>\d{{2}}))?(?!\d)(?:\s*{marker})?{lunch})"
    )
    return [
        compile_rule("clock", clock, resolve_time, p),
        compile_rule(
            "hour", rf"(?P<core>{pre}الساعه\s+{hour}{frac}(?:\s*{marker})?{lunch})", resolve_time, p
        ),
        compile_rule(
            "hour_marked", rf"(?P<core>{pre}{hour}{frac}\s*{marker}{lunch})", resolve_time, p
        ),
        compile_rule(
            "hour_fraction",
            rf"(?P<core>{pre}(?P<h>{p.hour_word}){frac.removesuffix('?')})(?!\w)",
            resolve_time,
            p,
        ),
        compile_rule(
            "hour_at",
            rf"(?:(?<=في\s)|(?<=عند\s))(?P<core>(?P<h>{p.hour_word}))(?!\w)"
            # a time of day before its cue or at the sentence's end (`سأعود في السابعة.`); not
            # `340 مترا في الثانية،` (a second), `في الثانية عشرة من عمره` (an age)
            r"(?=\s+(?:من\s+)?(?:صباح|مساء|ظهر|فجر|ليل|بعد\s+الظهر|بعد\s+منتصف|بتوقيت)\w*"
            r"|\s*(?:[.!?؟]|$))",
            resolve_time,
            p,
        ),
        compile_rule(
            "hour_at_digits",
            r"(?<=عند\s)(?P<core>(?P<h>\d{1,2}))(?![\d\w%])(?![.,٫]\W?\d)"
            r"(?!\s*(?:بالمئه|في\s+المئه|درج))",
            resolve_time,
            p,
        ),
        compile_rule(
            "fixed",
            rf"(?P<core>(?:(?P<twelve>(?:الساعه\s+)?12)\s+)?"
            rf"(?<!بعد\s)(?P<fixed>{alternation(_FIXED)}|منتصف-(?:الليل|النهار|الصباح)))(?!\w)",
            resolve_fixed,
            p,
        ),
    ]


def resolve_time(m: Match, ref: date | None) -> Resolved | None:
    groups = m.groupdict()
    parsed = _hour_minute(groups["h"], groups.get("mi"), groups.get("ampm"))
    if parsed is None:
        return None
    hour, minute, explicit_minutes = parsed
    hour, minute = _apply_fraction(hour, minute, groups.get("frac"))
    hour = _apply_period(hour, groups.get("ampm"), groups.get("pre"))
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    second = int(groups["s"]) if groups.get("s") else None
    exact = explicit_minutes or bool(groups.get("frac"))
    granularity = Granularity.MINUTE if exact else Granularity.HOUR
    return Resolved(None, granularity, time=(hour, minute, second))


def _hour_minute(
    text: str, minutes: str | None, marker: str | None
) -> tuple[int, int, bool] | None:
    if text.isdigit():
        if len(text) > 2:  # 1044 / 1140: hours and minutes run together
            if marker in ("م", "ص"):  # `2011 م` is a year, not a time
                return None
            return int(text[:-2]), int(text[-2:]), True
        return int(text), int(minutes or 0), minutes is not None
    hour = HOUR_WORDS.get(" ".join(text.split()))
    return (hour, 0, False) if hour is not None else None


def _apply_fraction(hour: int, minute: int, fraction: str | None) -> tuple[int, int]:
    if not fraction:
        return hour, minute
    words = " ".join(fraction.split())
    if "نصف" in words:
        return hour, 30
    if words.startswith("الا"):  # `الا ربع`, `الا ثلث`: a quarter or a third to the hour
        return hour - 1, 40 if "ثلث" in words else 45
    if "ربع" in words:
        return hour, 15
    if "ثلث" in words:
        return hour, 20
    digits = re.search(r"\d+", words)
    return hour, int(digits.group()) if digits else minute


def _apply_period(hour: int, marker: str | None, before: str | None) -> int:
    """Evening markers add twelve hours; `ظهرا` does for the early afternoon hours only."""
    marker = " ".join(marker.split()) if marker else None
    before = " ".join(before.split()) if before else None
    if marker == "منتصف الليل":
        return 0 if hour == 12 else hour
    if marker in _PM or (marker is None and before in ("بعد الظهر", "الظهر")):
        return hour + 12 if hour < 12 else hour
    if marker in _NOON_MARKERS:
        return hour + 12 if 1 <= hour <= 5 else hour
    if marker in _MORNING and hour == 12:  # `12:58 صباح أمس`: just after midnight
        return 0
    return hour


def resolve_fixed(m: Match, ref: date | None) -> Resolved | None:
    name = " ".join(m["fixed"].replace("-", " ").split())
    if name == "الظهر" and not m["twelve"]:
        before = m.string[max(0, m.start("fixed") - 8) : m.start("fixed")].split()
        if before and before[-1] in _BACK_CUES:
            return None
    return Resolved(None, Granularity.HOUR, time=(_FIXED[name], 0, None))
