"""Text helpers for the date finder: offset-keeping normalization and Arabic number words.

The date patterns run on a normalized copy of the text (one alef, ي for ى, ه for ة, ASCII
digits, no diacritics or tatweel). Normalization may delete characters, so it returns a map
from normalized offsets back to the original ones; spans are always reported in the original.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from siyaq.arabic.normalize import DIGIT_PAIRS, ascii_digits

# One-to-one replacements keep offsets; deletions (diacritics, tatweel) need the offset map.
# Chained str.replace scans in C; str.translate goes through a dict per character.
_LETTERS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه"))
REPLACEMENTS = _LETTERS + DIGIT_PAIRS
# Diacritics, Quranic marks and tatweel: (first, last) code points, deleted by normalization.
DELETED_RANGES = (
    ("\u0610", "\u061a"),
    ("\u064b", "\u065f"),
    ("\u0670", "\u0670"),
    ("\u06d6", "\u06ed"),
    ("\u0640", "\u0640"),
)
_DELETED = re.compile("[" + "".join(f"{a}-{b}" for a, b in DELETED_RANGES) + "]")


@dataclass(slots=True)
class NormalizedText:
    """A normalized copy of a text and the way back to the original offsets."""

    text: str
    original: str
    deleted: list[int] | None = None  # original offsets of deleted characters; None: none
    shifts: list[int] | None = None  # normalized offset at which each deletion happened

    def to_original(self, offset: int) -> int:
        if self.shifts is None:
            return offset
        return offset + bisect_right(self.shifts, offset)

    def to_normalized(self, offset: int) -> int:
        """The normalized offset of an original one (a deleted mark maps to what follows)."""
        if self.deleted is None:
            return offset
        return offset - bisect_left(self.deleted, offset)

    def end_of(self, end: int) -> int:
        """The original end of a normalized span ending at `end` (> 0): marks deleted after
        its last letter (غداً's tanween, أنَّ's shadda) belong to it."""
        if self.deleted is None:
            return end
        last = self.to_original(end - 1) + 1
        index = bisect_left(self.deleted, last)
        while index < len(self.deleted) and self.deleted[index] == last:  # a run of marks
            last, index = last + 1, index + 1
        return last

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalized span [start, end)."""
        if end <= start:
            return self.to_original(start), self.to_original(start)
        return self.to_original(start), self.end_of(end)


def _translate(text: str) -> str:
    for old, new in _LETTERS:
        text = text.replace(old, new)
    return ascii_digits(text)  # a replace per digit: translate() would look up every character


@dataclass(slots=True)
class Tokens:
    """The words (runs of \\w) of a normalized text, with their normalized offsets."""

    norms: list[str]
    starts: list[int]
    ends: list[int]


def normalize(text: str) -> str:
    return _DELETED.sub("", _translate(text))


# Cardinal words, in normalized spelling (masculine and feminine forms).
CARDINALS: dict[str, int] = {
    "واحد": 1,
    "واحده": 1,
    "اثنين": 2,
    "اثنان": 2,
    "اثنتين": 2,
    "ثلاث": 3,
    "ثلاثه": 3,
    "اربع": 4,
    "اربعه": 4,
    "خمس": 5,
    "خمسه": 5,
    "ست": 6,
    "سته": 6,
    "سبع": 7,
    "سبعه": 7,
    "ثمان": 8,
    "ثماني": 8,
    "ثمانيه": 8,
    "تسع": 9,
    "تسعه": 9,
    "عشر": 10,
    "عشره": 10,
}

_ORDINAL_UNITS = [
    ("الاول", "الحادي"),
    ("الثاني", "الثاني"),
    ("الثالث", "الثالث"),
    ("الرابع", "الرابع"),
    ("الخامس", "الخامس"),
    ("السادس", "السادس"),
    ("السابع", "السابع"),
    ("الثامن", "الثامن"),
    ("التاسع", "التاسع"),
]
_ORDINAL_TENS = {20: "العشرين", 30: "الثلاثين"}

# Feminine ordinals name the hours (الساعة السابعة); عشر/عشره both occur after 11 and 12.
HOUR_WORDS: dict[str, int] = {
    "الواحده": 1,
    "الثانيه": 2,
    "الثالثه": 3,
    "الرابعه": 4,
    "الخامسه": 5,
    "السادسه": 6,
    "السابعه": 7,
    "الثامنه": 8,
    "التاسعه": 9,
    "العاشره": 10,
    "الحاديه عشره": 11,
    "الحاديه عشر": 11,
    "الثانيه عشره": 12,
    "الثانيه عشر": 12,
}


def day_ordinals() -> Mapping[str, int]:
    """Ordinal words for the days of a month, 1..31 (الاول … الحادي والثلاثين)."""
    return DAY_ORDINALS


def _day_ordinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for unit, (alone, compound) in enumerate(_ORDINAL_UNITS, start=1):
        words[alone] = unit
        words[f"{compound} عشر"] = 10 + unit
        for tens, tens_word in _ORDINAL_TENS.items():
            if tens + unit <= 31:
                words[f"{compound} و{tens_word}"] = tens + unit
    words["العاشر"] = 10
    words.update({word: tens for tens, word in _ORDINAL_TENS.items()})
    return words


# A read-only table (resolvers look ordinals up for every match; rebuilding it each time cost
# more than the lookup).
DAY_ORDINALS: Mapping[str, int] = MappingProxyType(_day_ordinals())


def year_from_words(words: str) -> int | None:
    """A year written in words: الفين، الفان وثمانيه عشر، الف وتسعمائه وواحد."""
    total = 0
    parts = [p.removeprefix("و") if p not in CARDINALS else p for p in words.split()]
    for part in parts:
        value = _year_part(part)
        if value is None:
            return None
        total += value
    return total if 1000 <= total <= 2999 else None


def _year_part(part: str) -> int | None:
    thousands = {"الف": 1000, "الفين": 2000, "الفان": 2000}
    if part in thousands:
        return thousands[part]
    if part.endswith("مائه") or part.endswith("مئه"):
        head = part[:-4] if part.endswith("مائه") else part[:-3]
        return 100 * (CARDINALS.get(head, 0) or (1 if head == "" else 0)) or None
    if part in CARDINALS:
        return CARDINALS[part]
    tens = {
        "عشرون": 20,
        "عشرين": 20,
        "ثلاثون": 30,
        "ثلاثين": 30,
        "اربعون": 40,
        "اربعين": 40,
        "خمسون": 50,
        "خمسين": 50,
        "ستون": 60,
        "ستين": 60,
        "سبعون": 70,
        "سبعين": 70,
        "ثمانون": 80,
        "ثمانين": 80,
        "تسعون": 90,
        "تسعين": 90,
    }
    return tens.get(part)
