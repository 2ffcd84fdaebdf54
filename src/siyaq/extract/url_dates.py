"""A day filed in an address: ``/2025/12/19/slug``, ``/2023/october/03/``.

News sites often file articles by date. Any extractor may fall back on it when the page itself
prints no publication date, so it lives apart from the HTML date reader."""

from __future__ import annotations

import re
from datetime import datetime

_URL_DATE = re.compile(
    r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2]|[A-Za-z]{3,9})[/-](0?[1-9]|[12]\d|3[01])"
    r"(?=[/_-]|\.html?|$)")
_URL_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for name in names}


def url_day(url: str | None) -> tuple[datetime, str] | None:
    """The day in the address's path (midnight, no time zone) and the part that says it."""
    match = _URL_DATE.search(url or "")
    if match is None:
        return None
    month = _URL_MONTHS.get(match[2].lower()) if match[2].isalpha() else int(match[2])
    try:
        when = datetime(int(match[1]), month or 0, int(match[3]))
    except ValueError:
        return None
    return when, match[0].strip("/")
