"""Datelines: where (and by whom) a report was filed, as the body opens.

News bodies often open with the place and the agency before the first sentence:
``دبي، الإمارات العربية المتحدة (CNN)-- ...``, ``القاهرة (رويترز) - ...``, ``سبق- مكة
المكرمة: ...``, or a first paragraph of its own, ``عين اليوم – لندن``, ``الرياض 26 شوال 1436 هـ
الموافق 11 اغسطس 2015 م واس``. The body keeps it as printed (it is part of the text a corpus
holds); the article gets it in ``Article.dateline`` so that its place is not read as what the
report is about (every CNN report "mentions" Dubai) and story matching does not compare it.
"""

from __future__ import annotations

import re

# One part of a dateline: one to three words (a place, an agency, a reporter's name), each
# opening with a letter, with no digits or separators in it (`أ.ف.ب` is one word). The
# tatweel stretches words (`المــرايــا`) and serves as a dash only beside a space.
_WORD = r"[^\W\d_][^\s\d()،,:;\-–—]*"
_PART = rf"{_WORD}(?:\s+{_WORD}){{0,2}}"
_DASH = r"(?:\s*[-–—]+\s*|\s+ـ+\s*)"
_AGENCY = rf"\(\s*{_PART}\s*\)"

# `PLACE[، PLACE] (AGENCY) --` or a bare `(AGENCY) --`: a dash must follow (`(هذيان):` opens a
# column).
_WITH_AGENCY = re.compile(
    rf"(?:{_PART}(?:\s*[،,]\s*{_PART}){{0,2}}\s*)?{_AGENCY}(?=\s*[-–—ـ])")
# `AGENCY - PLACE:`, `NAME – OUTLET – PLACE:`, `PLACE – وكالات:`: dashed parts, then a colon.
_DASHED = re.compile(rf"{_PART}(?:{_DASH}{_PART}){{1,2}}(?=\s*:)")
# A first paragraph that is only dashed parts: `عين اليوم – لندن`, `طلال عبدالله ـ جدة`.
_DASHED_LINE = re.compile(rf"{_PART}(?:{_DASH}{_PART}){{1,2}}")
# A first paragraph that is a place, a date (Hijri, with its Gregorian day) and an agency:
# `الرياض 26 شوال 1436 هـ الموافق 11 اغسطس 2015 م واس`.
_DATED_LINE = re.compile(
    rf"{_PART}\s+\d{{1,2}}\s+\S+\s+\d{{4}}\s*هـ?(?:\s+الموافق\s+\d{{1,2}}\s+\S+\s+\d{{4}}\s*م?)?"
    rf"(?:\s+{_PART})?")
_SEPARATOR = re.compile(r"\s*(?:[-–—ـ]+|:)\s*")
MAX_WORDS = 12  # a dateline is a few words; more is a sentence that happens to fit
MAX_CHARS = 160  # only the opening is read (a first paragraph of one huge line costs nothing)


def find_dateline(body: list[str]) -> str | None:
    """The dateline the body opens with, as printed (without its separator), or None."""
    if not body:
        return None
    first = body[0].strip()[:MAX_CHARS]
    if len(body) > 1 and _is_dateline_line(first):
        return first
    match = _WITH_AGENCY.match(first) or _DASHED.match(first)
    if match is None or len(match.group().split()) > MAX_WORDS:
        return None
    separator = _SEPARATOR.match(first, match.end())  # the patterns saw it follow
    rest = first[separator.end() if separator else match.end():]
    return match.group() if len(rest.split()) >= 3 else None


def _is_dateline_line(paragraph: str) -> bool:
    """A first paragraph of its own that is a dateline, the body following it."""
    if len(paragraph) >= MAX_CHARS or len(paragraph.split()) > MAX_WORDS:
        return False
    return any(pattern.fullmatch(paragraph) for pattern in (_DASHED_LINE, _DATED_LINE))


def dateline_end(body: list[str], dateline: str | None) -> int:
    """Where the dateline ends in the article's text (0 when there is none): mentions before
    this offset name where the report was filed, not what it is about."""
    if not dateline or not body or not body[0].lstrip().startswith(dateline):
        return 0
    return len(body[0]) - len(body[0].lstrip()) + len(dateline)
