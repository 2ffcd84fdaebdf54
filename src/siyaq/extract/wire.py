"""A news agency's release as it reaches a corpus: its day in the dateline, its clock time and
end mark under the text.

The Saudi Press Agency (and the Gulf agencies that write alike) opens a release with a dateline
that holds its day (`الرياض 26 شوال 1436 هـ الموافق 11 أغسطس 2015 م واس`) and closes it with
an end mark and the release time in Makkah time (`// انتهى //`, `20:26 ت م`). SaudiNewsNet
gives none of its 369 SPA releases a date; these two lines do, to the minute. The end mark and
the time move to the widgets (they are no text of the report); the date is used only when the
page gave none, and only from a date the agency's code follows (a date opening a report's
first sentence is the event's, not the release's).
"""

from __future__ import annotations

import re
from datetime import UTC, timedelta, timezone

from siyaq.extract.stamps import find_stamp
from siyaq.model import Article, Widget

AGENCIES = ("واس", "وام", "قنا", "كونا", "بنا", "سبأ", "سانا", "بترا", "وفا", "واج", "العمانية",
            "أ ف ب", "أ ش أ", "د ب أ")
# The year, then the agency's code (`2015 م واس`): a release's dateline, not a date in the text.
_YEAR_THEN_AGENCY = re.compile(
    r"\d{4}\s*م?\s*[(\[]?\s*(?:" + "|".join(map(re.escape, AGENCIES)) + r")(?!\w)")
_RELEASE_TIME = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*(ت\s*م|ت\s*غ|توقيت مكة|GMT)\s*$")
_END_MARK = re.compile(r"\s*//\s*(?:انتهى|يتبع)\s*//\s*$")
_MAKKAH = timezone(timedelta(hours=3))
_ZONES = {"ت م": _MAKKAH, "تم": _MAKKAH, "توقيت مكة": _MAKKAH, "ت غ": UTC, "تغ": UTC, "GMT": UTC}
DATELINE_CHARS = 80  # the date must start this near the opening (a dateline, not the text)


def take_wire_marks(article: Article) -> None:
    """Move the end mark and release time from the body's end to the widgets; date the
    article from its dateline (and the release time) when the page gave no date."""
    released = _take_closing_marks(article)
    if article.published_at is None and article.body:
        _date_from_dateline(article, released)


def _take_closing_marks(article: Article) -> re.Match[str] | None:
    """The release time's match, if the body closed with one; never the only paragraph."""
    released = None
    while len(article.body) > 1:
        last = article.body[-1]
        time_ = _RELEASE_TIME.match(last)
        if time_ is not None:
            released = released or time_
            article.widgets.append(Widget("footer", article.body.pop().strip()))
            continue
        mark = _END_MARK.search(last)
        if mark is None:
            break
        article.widgets.append(Widget("footer", mark.group(0).strip()))
        text = last[:mark.start()].rstrip()
        if text:
            article.body[-1] = text
            break
        article.body.pop()
    return released


def _date_from_dateline(article: Article, released: re.Match[str] | None) -> None:
    opening = article.body[0]
    signed = _YEAR_THEN_AGENCY.search(opening[:DATELINE_CHARS + 40])
    stamp = find_stamp(opening[:signed.end()]) if signed else None
    if signed is None or stamp is None or stamp.start > DATELINE_CHARS:
        return
    day = stamp.when.replace(hour=0, minute=0, second=0, microsecond=0)
    article.published_text = opening[:signed.end()].strip()
    if released is None:
        article.published_at = day
        return
    zone = _ZONES[" ".join(released.group(3).split())]
    article.published_at = day.replace(hour=int(released.group(1)),
                                       minute=int(released.group(2)), tzinfo=zone)
    article.published_text += " " + released.group(0).strip()
    article.timezone_stated = True
