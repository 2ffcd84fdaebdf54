"""Spelled-out numbers as digits, so "عن عمر يناهز واحد وستين عاما" and "عن 61 عاما" state the
same figure. Only forms that read unambiguously as numbers are rewritten: teens (اثني عشر), tens
(with an optional unit before them: واحد وستين), a unit before الف/مليون/مليار (خمسة مليارات),
and مئة/مائة.
A bare unit word (احد, ست, سبع) is left alone: it is as often a pronoun, a day or a noun.

Input is relate's normalised text (ة -> ه, ى/ئ -> ي, hamza forms of alef -> ا).
"""

from __future__ import annotations

import re

UNITS = {
    "واحد": 1, "احد": 1, "اثنين": 2, "اثنان": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4,
    "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8,
    "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
}
TENS = {
    f"{stem}{ending}": 10 * value
    for stem, value in (("عشر", 2), ("ثلاث", 3), ("اربع", 4), ("خمس", 5), ("ست", 6),
                        ("سبع", 7), ("ثمان", 8), ("تسع", 9))
    for ending in ("ين", "ون")
}
TEEN_UNITS = {**UNITS, "اثني": 2, "اثنا": 2, "احدي": 1}
_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEEN = re.compile(
    rf"(?<!\S)({'|'.join(sorted(TEEN_UNITS, key=len, reverse=True))})\s+عشره?(?!\S)")
_TENS = re.compile(rf"(?<!\S)(?:({_UNIT})\s+و)?({'|'.join(TENS)})(?!\S)")
_BEFORE_BIG = re.compile(rf"(?<!\S)({_UNIT})(?=\s+(?:الاف|الف|مليون|ملايين|مليار|مليارات)(?!\S))")
_HUNDRED = re.compile(r"(?<!\S)(?:مئه|مائه|ميه|مايه)(?=\s+\S)")


# Words each pattern cannot match without: a text lacking all of them is left as it is, without
# running the pattern over it (most leads spell out no number).
_TEEN_NEEDS = ("عشر",)
_TENS_NEEDS = tuple(TENS)
_BIG_NEEDS = ("الف", "الاف", "مليون", "ملايين", "مليار")
_HUNDRED_NEEDS = ("مئه", "مائه", "ميه", "مايه")


def spelled_to_digits(text: str) -> str:
    """The text with unambiguous spelled-out numbers written as digits."""
    if _has_any(text, _TEEN_NEEDS):  # before "عشر مليون" reads 10
        text = _TEEN.sub(lambda m: str(10 + TEEN_UNITS[m[1]]), text)
    if _has_any(text, _TENS_NEEDS):
        text = _TENS.sub(lambda m: str(TENS[m[2]] + (UNITS[m[1]] if m[1] else 0)), text)
    if _has_any(text, _BIG_NEEDS):
        text = _BEFORE_BIG.sub(lambda m: str(UNITS[m[1]]), text)
    return _HUNDRED.sub("100", text) if _has_any(text, _HUNDRED_NEEDS) else text


def _has_any(text: str, needs: tuple[str, ...]) -> bool:
    return any(word in text for word in needs)
