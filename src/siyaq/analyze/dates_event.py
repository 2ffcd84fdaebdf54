"""Which stated date is the day of the reported event (``Article.event_date``).

News leads state the event's day relative to publication (`أمس الأربعاء`, `اليوم`, `مساء
الجمعة`) and write absolute dates, usually with a year, for other days: a birth (`ولد في 15
يناير 1937`), a founding, an anniversary, an earlier event recapped (`وقرر البنك يوم الخميس 3
نوفمبر 2016 تحرير…` in a report of a later decision). So the event date is the first day-precise
date of the lead that is not in such a context, with two guards:

* with a publication date, it must lie within a week of it (further away it is background);
* without one, a relative day stated before any explicit date is the event's day, and it cannot
  be resolved: an explicit date after it is another day, unless it is given as the same day
  (`اليوم الجمعة الموافق 3/ 4/ 1436`).
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from siyaq.analyze.dates_text import normalize
from siyaq.model import Article, DateMention, Granularity

EVENT_WINDOW_DAYS = 7  # an event date further than this from publication is background
LEAD_PARAGRAPHS = 2  # the event's day is stated in the lead, not in the background that follows
# Words just before a date (at most three words between) saying it is not the event's day:
# births, foundings, anniversaries, the start of a long period. Normalized spelling.
_BACKGROUND_CUES = (
    "ولد", "ولدت", "مواليد", "المولود", "المولوده", "ميلاد", "ميلاده", "ميلادها", "تاسس",
    "تاسست", "تاسيس", "ذكري", "الذكري", "ذكرى", "الذكرى", "منذ",
)
_BACKGROUND = re.compile(
    r"(?:^|[\s(«\"“])[وف]?(?:" + "|".join(_BACKGROUND_CUES) + r")(?:\s+\S+){0,3}\s*$")
_LOOKBACK = 40  # characters before a date searched for a background cue
# What may join a relative day to the explicit date that names it: `اليوم الجمعة الموافق 3/4`.
_SAME_DAY = re.compile(r"^[\s,،(\-–]*(?:الموافق|الموافقه|المصادف|ل)?[\s,،(\-–]*$")
_PRECISE = (Granularity.DAY, Granularity.HOUR, Granularity.MINUTE)


def event_date(article: Article) -> date | None:
    """When the reported thing happened: the first day-precise date of the lead (its first two
    paragraphs) that is not a birth, founding or anniversary; within a week of publication, or,
    with no publication date, an explicit date not preceded by a relative day."""
    limit = sum(len(p) + 1 for p in article.body[:LEAD_PARAGRAPHS])
    lead = [m for m in article.dates if m.start < limit and _is_day(m)]
    published = article.published_at.date() if article.published_at else None
    for mention in lead:
        if _background(article.text, mention):
            continue
        if published is None and mention.value is None and mention.relative:
            return _named_same_day(article.text, mention, lead)
        day = _day_of(mention)
        if day is None:
            continue
        if published is None or abs((day - published).days) <= EVENT_WINDOW_DAYS:
            return day
    return None


def _is_day(mention: DateMention) -> bool:
    """A mention naming a day (resolved or not), not a bare clock time, month or year."""
    if mention.granularity not in _PRECISE:
        return False
    return mention.value is None or not mention.value.startswith("T")


def _background(text: str, mention: DateMention) -> bool:
    before = normalize(text[max(0, mention.start - _LOOKBACK):mention.start])
    return _BACKGROUND.search(before) is not None


def _named_same_day(text: str, relative: DateMention, lead: list[DateMention]) -> date | None:
    """The explicit date the lead gives for an unresolved relative day: right after it, or after
    another mention of the same day (`فجر اليوم` … `هذا اليوم الجمعة الموافق 3/ 4/ 1436`)."""
    day = _relative_day(relative.text)
    for here, following in itertools.pairwise(lead):
        if here is not relative and (day is None or _relative_day(here.text) != day):
            continue
        if here.value is None and following.value is not None and _SAME_DAY.match(
                normalize(text[here.end:following.start])) is not None:
            return _day_of(following)
    return None


def _relative_day(text: str) -> int | None:
    """Days from publication that a relative mention names, when its words say (today,
    yesterday), else None (a bare weekday: which one it is depends on the publication day)."""
    words = normalize(text).split()
    if "امس" in words or "البارحه" in words:
        return None if "اول" in words else -1
    if "غدا" in words:
        return 1
    return 0 if "اليوم" in words else None


def _day_of(mention: DateMention) -> date | None:
    if not mention.value or mention.value.startswith("T"):
        return None
    try:
        return date.fromisoformat(mention.value[:10])
    except ValueError:
        return None
