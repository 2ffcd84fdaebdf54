"""Publication stamps: find the date and time a page printed for its article.

Handles the shapes Arabic news sites print: ``تاريخ النشر : 23:54 - 2020/02/06``, ``نشر في``,
``آخر تحديث``, numeric dates in both orders, Arabic month names in every regional form
(``12 شباط/فبراير 2020``), Arabic-Indic digits, ص/م and AM/PM, and ISO stamps. The HTML extractor
calls ``parse_published`` too, so nothing here knows about lines or pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from siyaq.arabic.months import ARABIC_INDIC_DIGITS, GREGORIAN_MONTHS, WEEKDAYS
from siyaq.extract.scan import LINE_KERNEL, LineKernel, char_range, delete_chars

# English month names too: the HTML path meets English pages, and bilingual stamps exist.
_ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

# Words that announce a stamp; normalized spelling (see fold()).
STAMP_KEYWORDS = (
    "تاريخ النشر", "نشر في", "نشر بتاريخ", "نشر", "تم النشر", "اخر تحديث", "تاريخ التحديث",
    "تحديث", "بتاريخ", "التاريخ", "published", "updated", "posted", "last updated", "date",
)

_FOLD_PAIRS = [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"), ("ؤ", "و")]
_FOLD_PAIRS += [(chr(k), chr(v)) for k, v in ARABIC_INDIC_DIGITS.items() if isinstance(v, int)]


# Direction marks, zero-width joiners and isolates: never part of the text.
INVISIBLE_MARKS = (
    char_range("\u200b", "\u200f") + char_range("\u202a", "\u202e") + char_range("\u2066", "\u2069")
)
_DIACRITIC_CHARS = char_range("\u064b", "\u0652") + "\u0640\u0670" + INVISIBLE_MARKS
_DIACRITICS = re.compile(f"[{_DIACRITIC_CHARS}]")  # none of the characters is special in a class
YEAR = re.compile(r"(?:19|20)\d\d")


def fold(text: str, kernel: LineKernel | None = LINE_KERNEL) -> str:
    """Light folding for lookups: Arabic-Indic digits, alef/ya/ta-marbuta forms, no diacritics.

    The C line kernel folds in one pass when built (``kernel=None`` forces the Python path)."""
    if kernel is not None:
        return kernel.fold(text)
    # str.replace guarded by `in` is several times faster than str.translate on Arabic text.
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return delete_chars(text, _DIACRITICS, _DIACRITIC_CHARS).lower()


def _alternation(names: list[str]) -> str:
    # Longest first, so "كانون الثاني" wins over a shorter name it starts with.
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


_MONTH_NAMES = {**{fold(k): v for k, v in GREGORIAN_MONTHS.items()}, **_ENGLISH_MONTHS}
_MONTH_ALT = _alternation(list(_MONTH_NAMES))
# "شباط/فبراير": two regional names of one month, side by side.
_MONTH = rf"(?P<month>(?:{_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?)"
_TIME = (
    r"(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\s*(?P<ampm>ص|م|am|pm|a\.m\.|p\.m\.|صباحا|مساء|مساءا)(?![\w]))?"
)
_SEP = r"\s*[/\-.]\s*"

_PATTERNS = [
    # ISO 8601, with or without time and offset: 2021-10-04T11:44:00+03:00
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<mon>[01]?\d)-(?P<day>[0-3]?\d)"
        r"(?:[Tt ](?P<hour>[012]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?(?:\.\d+)?"
        r"(?P<tz>[Zz]|[+-][01]\d:?[0-5]\d)?)?(?!\d)"
    ),
    re.compile(rf"(?<!\d)(?P<year>(?:19|20)\d\d){_SEP}(?P<mon>[01]?\d){_SEP}(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<day>[0-3]?\d){_SEP}(?P<mon>[01]?\d){_SEP}(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<day>[0-3]?\d)\s*(?:من\s+)?{_MONTH}[\s,،]*(?P<year>(?:19|20)\d\d)(?!\d)"),
    re.compile(rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?[\s,،]+(?P<year>(?:19|20)\d\d)(?!\d)"),
    # Year and month only ("date 2021-10"): a stamp of month granularity.
    re.compile(r"(?<![\d/-])(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)(?![\d/-])"),
]
_TIME_RE = re.compile(rf"(?<![\d/:.\-]){_TIME}(?![\d/])")
_ZONE_RE = re.compile(
    r"(?P<offset>(?:gmt|utc)\s*(?P<sign>[+-])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)"
    r"|(?P<named>\b(?:gmt|utc)\b|بتوقيت|توقيت\s+غرينتش|غرينتش|جرينتش|[+-][01]\d:[0-5]\d$)"
)


# A match's groupdict(), as typeshed types it.
Groups = dict[str, str | Any]


@dataclass(slots=True, frozen=True)
class Stamp:
    """A publication stamp found in a text: when, whether a zone was stated, and where."""

    when: datetime
    timezone_stated: bool
    start: int
    end: int


def find_stamp(text: str) -> Stamp | None:
    """The first full date in ``text`` (with the time next to it, if any)."""
    return find_stamp_folded(fold(text))


def find_stamp_folded(folded: str) -> Stamp | None:
    """find_stamp for text already folded (lines fold once; see siyaq.extract.lines)."""
    if not YEAR.search(folded):  # every stamp shape carries a four-digit year
        return None
    for pattern in _candidate_patterns(folded):
        for match in pattern.finditer(folded):
            groups = match.groupdict()  # read once: each helper needs it
            day = _date_of(groups)
            if day is None:
                continue
            when, (time_start, time_end) = _with_time(folded, match, groups, day)
            start, end = min(match.start(), time_start), max(match.end(), time_end)
            when, stated = _with_zone(folded, groups, when, (start, end))
            return Stamp(when, stated, start, end)
    return None


_MONTH_ANY = re.compile(_MONTH_ALT)  # starts with a name's first letter: a fast scan


def _patterns_for(dash: bool, separator: bool, month: bool) -> tuple[re.Pattern[str], ...]:
    # What each of _PATTERNS cannot match without: a dash, a date separator, a month name.
    needs = (dash, separator, separator, month, month, dash)
    return tuple(pattern for pattern, ok in zip(_PATTERNS, needs, strict=True) if ok)


# _PATTERNS less those that cannot match, by (dash, separator, month name) as bits 2, 1, 0.
_PATTERN_SETS = tuple(
    _patterns_for(bool(k & 4), bool(k & 2), bool(k & 1)) for k in range(8)
)


def _candidate_patterns(folded: str) -> tuple[re.Pattern[str], ...]:
    """_PATTERNS in order, less those that cannot match ``folded``: most start with a
    lookbehind, which makes the regex engine try every position, so cheap checks skip them."""
    dash = "-" in folded
    separator = dash or "/" in folded or "." in folded
    month = _MONTH_ANY.search(folded) is not None
    return _PATTERN_SETS[4 * dash + 2 * separator + month]


def parse_published(text: str) -> tuple[datetime, bool] | None:
    """(datetime, whether a time zone was stated) for a publication stamp, or None."""
    stamp = find_stamp(text)
    return None if stamp is None else (stamp.when, stamp.timezone_stated)


_MONTH_PAIR = re.compile(r"\s*/\s*")


def _date_of(groups: Groups) -> datetime | None:
    if groups.get("month"):
        first = _MONTH_PAIR.split(groups["month"])[0]
        month = _MONTH_NAMES.get(first)
    else:
        month = int(groups["mon"])
    day = int(groups["day"]) if groups.get("day") else 1
    try:
        return datetime(int(groups["year"]), month or 0, day)
    except ValueError:  # 31/02, month 13: not a date
        return None


def _with_time(
    folded: str, match: re.Match[str], groups: Groups, day: datetime
) -> tuple[datetime, tuple[int, int]]:
    """Attach the time printed inside the match or right before/after it (within a few chars)."""
    if groups.get("hour"):
        time = _clock(groups)
        return (day + time, match.span()) if time is not None else (day, match.span())
    window_start = max(0, match.start() - 20)
    candidates = [
        m for m in _TIME_RE.finditer(folded, window_start, min(len(folded), match.end() + 20))
        if m.end() <= match.start() or m.start() >= match.end()
    ]
    if len(candidates) > 1:  # nearest first (a stable sort: the earlier of two as near)
        candidates.sort(key=lambda m: _distance(m, match))
    for candidate in candidates:
        time = _clock(candidate.groupdict())
        if time is not None:
            return day + time, candidate.span()
    return day, match.span()


def _distance(a: re.Match[str], b: re.Match[str]) -> int:
    return b.start() - a.end() if a.end() <= b.start() else a.start() - b.end()


def _clock(groups: dict[str, str | None]) -> timedelta | None:
    hour, minute = int(groups["hour"] or 0), int(groups["minute"] or 0)
    second = int(groups.get("second") or 0)
    ampm = (groups.get("ampm") or "").replace(".", "")
    if ampm in ("م", "pm", "مساء", "مساءا") and hour < 12:
        hour += 12
    elif ampm in ("ص", "am", "صباحا") and hour == 12:
        hour = 0
    if hour > 23:
        return None
    return timedelta(hours=hour, minutes=minute, seconds=second)


def _with_zone(
    folded: str, groups: Groups, when: datetime, span: tuple[int, int]
) -> tuple[datetime, bool]:
    """Make ``when`` aware when an offset is printed; note a named zone without inventing one."""
    tz = groups.get("tz")
    if tz:
        return when.replace(tzinfo=_offset(tz)), True
    start, end = max(0, span[0] - 30), min(len(folded), span[1] + 40)
    zone = _ZONE_RE.search(folded, start, end) if _may_name_zone(folded, start, end) else None
    if zone is None:
        return when, False
    if zone.group("offset"):
        minutes = int(zone.group("oh")) * 60 + int(zone.group("om") or 0)
        sign = -1 if zone.group("sign") == "-" else 1
        return when.replace(tzinfo=timezone(timedelta(minutes=sign * minutes))), True
    if zone.group("named") and zone.group("named").strip() in ("gmt", "utc", "غرينتش", "جرينتش"):
        return when.replace(tzinfo=UTC), True
    return when, True  # "بتوقيت مكة": a zone is stated, its offset is not ours to guess


_ZONE_WORDS = ("gmt", "utc", "توقيت", "غرينتش", "جرينتش")  # one is inside every _ZONE_RE match
_END_OFFSET = re.compile(r"[+-][01]\d:[0-5]\d$")  # ... but for this one


def _may_name_zone(folded: str, start: int, end: int) -> bool:
    """Whether _ZONE_RE can match in folded[start:end]: that search starts with a branch the
    regex engine tries at every position, and most stamps name no zone."""
    window = folded[start:end]
    return any(word in window for word in _ZONE_WORDS) or bool(
        _END_OFFSET.search(folded, start, end)
    )


def _offset(tz: str) -> timezone:
    if tz in ("Z", "z"):
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


_KEYWORD_RE = re.compile(rf"^\W*(?:{_alternation([fold(k) for k in STAMP_KEYWORDS])})\b")
_FILLER = set(WEEKDAYS) | {
    "الساعه", "يوم", "في", "-", "|", "،", ",", ":", "ص", "م", "am", "pm", "at", "on", "by",
    "منذ", "اخر", "تحديث", "نشر", "تاريخ", "النشر", "بتاريخ", "ميلادي", "الموافق", "ء", "هـ",
}


_STAMP_LINE_SPLIT = re.compile(r"[\s,،:|()\[\]\-–—/]+")


def is_stamp_line(line: str) -> bool:
    """A line that is a publication stamp and nothing else worth keeping (no sentence around it)."""
    return is_stamp_line_folded(fold(line))


def is_stamp_line_folded(folded: str) -> bool:
    return stamp_line_folded(folded) is not None


def stamp_line_folded(folded: str) -> Stamp | None:
    """The stamp of a stamp line (see is_stamp_line), or None: callers that go on to read the
    date get it without searching the line a second time."""
    stamp = find_stamp_folded(folded)
    if stamp is None:
        return None
    rest = folded[: stamp.start] + " " + folded[stamp.end :]
    words = [w for w in _STAMP_LINE_SPLIT.split(rest) if w and not w.isdigit()]
    leftover = [w for w in words if w not in _FILLER and not _KEYWORD_RE.match(w)]
    limit = 4 if _KEYWORD_RE.match(folded) else 2
    return stamp if len(leftover) <= limit else None


def folds_alone_alike(text: str) -> bool:
    """Whether ``fold(text)`` equals the stripped fold of the page ``text`` was stripped from.

    Folding is per character and keeps whitespace, so the two differ only when the stripped text
    starts or ends with a mark that folding deletes (the space before it then becomes an end)."""
    return not (_DIACRITICS.match(text) or _DIACRITICS.match(text[-1:]))


def starts_with_stamp_keyword(line: str) -> bool:
    return bool(_KEYWORD_RE.match(fold(line)))


def starts_with_stamp_keyword_folded(folded: str) -> bool:
    return bool(_KEYWORD_RE.match(folded))
