"""Dates and times in Arabic news text, resolved against the publication date.

`find_dates(text, reference)` returns every date/time expression with its span, ISO value at
its granularity ("2020-02-05", "2020-W06", "2019-12", "2019", "T19:00", "2020-02-05T19:00") and
whether it was resolved relative to the reference. `annotate_dates(article)` fills
`article.dates` and `article.event_date`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime

from siyaq.analyze import dates_calendar as cal
from siyaq.analyze import dates_rules as r
from siyaq.analyze.dates_event import event_date
from siyaq.analyze.dates_grammar import DIGITS, date_rules, first_words
from siyaq.analyze.dates_lexicon import Pieces
from siyaq.analyze.dates_scan import ScannedText, TextScanner
from siyaq.analyze.dates_text import NormalizedText
from siyaq.analyze.dates_times import time_rules
from siyaq.model import Article, DateMention, Granularity


@dataclass(slots=True)
class _Candidate:
    start: int  # normalized offsets
    end: int
    resolved: r.Resolved


class DateFinder:
    """All rules compiled once; `find` changes no state of the finder (its scanner keeps
    only the last scan, which the quote finder sharing it reuses)."""

    __slots__ = ("_blanks", "_by_length", "_by_word", "_gap", "_gated", "_rules", "scanner")

    def __init__(self, scanner: TextScanner | None = None) -> None:
        self.scanner = scanner or TextScanner()
        p = Pieces()
        self._rules = date_rules(p) + time_rules(p)
        # Rules are tried only where a word that can start them stands: one dictionary lookup
        # per word instead of every regex scanning the whole text.
        self._by_word: dict[str, list[r.Rule]] = {}
        starts = first_words()
        for rule in self._rules:
            for word in starts[rule.name]:
                for clitic in ("", "و", "ف", "ب", "ل"):  # `وأمس`, `بالعام`: the clitic too
                    self._by_word.setdefault(clitic + word, []).append(rule)
        # What may separate a date from its time: `أمس الأربعاء في الساعة 7`, `23:54 - 2020/02/06`.
        self.scanner.watch(self._by_word)
        self._gated = {word: [(rule, NEXT_WORDS[word.removeprefix(clitic)].get(rule.name))
                              for rule in self._by_word[word]]
                       for word in self._by_word
                       for clitic in ("", "و", "ف", "ب", "ل")
                       if word.removeprefix(clitic) in NEXT_WORDS}
        # The number rules by the digit count they accept (most read one or two digits: a
        # year, an amount, a phone number tries only the few that fit).
        # and by what follows the digits: a number followed by a word tries no rule that
        # needs a separator or a colon there.
        self._by_length = [
            {
                follower: _fitting(self._by_word[DIGITS], n, follower)
                for follower in ("", *_FOLLOWER_CHARS)
            }
            for n in range(6)
        ]
        self._blanks = re.compile(r"\s*")
        self._gap = re.compile(r"[\s,،\-–]*(?:(?:في|عند|على)\s+)?(?:تمام\s+)?[\s,،\-–]*")

    def find(self, text: str, reference: datetime | date | None) -> list[DateMention]:
        ref = reference.date() if isinstance(reference, datetime) else reference
        scanned = self.scanner.scan(text)
        norm = scanned.norm
        candidates = _not_names(self._candidates(scanned, ref), scanned)
        chosen = _merge_times(_select(candidates), norm.text, self._gap)
        return [_mention(c, norm) for c in chosen]

    def _candidates(self, scanned: ScannedText, ref: date | None) -> list[_Candidate]:
        found: list[_Candidate] = []
        text = scanned.norm.text
        hits = self._word_hits(scanned)
        hits += self._number_hits(text, scanned.numbers)
        for start, rules in hits:
            for rule in rules:
                match = rule.pattern.match(text, start)
                if match is None:
                    continue
                resolved = rule.resolve(match, ref)
                if resolved is not None:
                    found.append(_Candidate(match.start("core"), match.end("core"), resolved))
        return found

    def _word_hits(self, scanned: ScannedText) -> list[tuple[int, list[r.Rule]]]:
        """Where rules start at a watched word; at a trigger word of NEXT_WORDS, only the
        rules that the word after it allows."""
        by_word, gated, norms = self._by_word, self._gated, scanned.tokens.norms
        starts, size = scanned.tokens.starts, len(norms)
        hits: list[tuple[int, list[r.Rule]]] = []
        for i in scanned.watched:
            rules = by_word.get(norms[i])
            if rules is None:
                continue
            entries = gated.get(norms[i])
            if entries is not None:
                after = norms[i + 1] if i + 1 < size else ""
                rules = [rule for rule, needed in entries
                         if needed is None or after.startswith(needed)]
            hits.append((starts[i], rules))
        return hits

    def _number_hits(
        self, text: str, numbers: list[tuple[int, int]]
    ) -> list[tuple[int, list[r.Rule]]]:
        """Where number rules start: at a number, or at its clitic/article (`وال19`); a
        month glued to its day (`سبتمبر10`) starts the month rules. Only the rules that
        read a number of its length, followed by what follows it, are tried."""
        hits: list[tuple[int, list[r.Rule]]] = []
        by_length, blanks, size = self._by_length, self._blanks, len(text)
        for at, end in numbers:
            if at and text[at - 1] == ".":  # a decimal part
                continue
            start = at
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            prefix = text[start:at]
            if not prefix or prefix in _NUMBER_PREFIXES:
                blank = blanks.match(text, end)  # \s* matches, if only the empty string
                after = blank.end() if blank is not None else end
                follower = text[after] if after < size else ""
                by_follower = by_length[min(end - at, len(by_length) - 1)]
                fitting = by_follower.get(follower, by_follower[""])
                if fitting:
                    hits.append((start, fitting))
            elif (rules := self._by_word.get(prefix)) is not None:
                hits.append((start, rules))
        return hits


# Digit counts of the numbers a rule started at a number can match, where not (1, 2): its
# pattern reads the number as \d{4} (a year first) or \d{1,4}(?!\d) (hours and minutes run
# together, `1044 صباحا`), or only as the 12 of `12 ظهرا`; every other number rule reads
# \d{1,2}(?!\d). Nothing reads 5+.
NUMBER_LENGTHS: dict[str, tuple[int, ...]] = {
    "numeric_ymd": (4,), "hour_marked": (1, 2, 3, 4), "fixed": (2,),
}
# What the word after a trigger word (maybe with its clitic) must begin with for a rule to
# match there, where the rule needs one: `بعد الظهر الساعة 3`, `بعد غد`, `وقت الغداء`,
# `وقت الظهيرة`, `هذا العام`. Elsewhere `بعد` (after) tries only `ago` (`بعد يومين`).
NEXT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "بعد": {
        "relative_day": ("غد", "الغد"),
        **{name: ("الظهر",) for name in ("clock", "hour", "hour_marked", "hour_fraction")},
    },
    "وقت": {
        "fixed": ("الظهيره",),
        **{name: ("الغداء",) for name in ("clock", "hour", "hour_marked", "hour_fraction")},
    },
    "هذا": {"period": ("الاسبوع", "الشهر", "العام", "السنه")},
    "هذه": {"period": ("الاسبوع", "الشهر", "العام", "السنه")},
}
_MONTH_INITIALS = "اتجحدسشغفكمني"  # of the Gregorian months' names (dates_lexicon)
# What a rule started at a number needs right after its digits (maybe past blanks), where it
# needs something: its pattern reads the number, then `\s*[/.\-]` (a date's separator), `/`,
# `[.\-]` or `:` (a clock); or a word, of which the first letter is listed: a month (maybe
# after من or شهر), a hijri month, a period (`هذا العام`), a time of day or a fraction of an
# hour (`7 صباحا`, `7 والنصف`, `12 الظهر`). A number followed by anything else never starts
# these rules (a unit test matches every rule against the words of its lexicon).
NUMBER_FOLLOWERS: dict[str, str] = {
    "numeric_ymd": "/.-",
    "numeric_dmy": "/.-",
    "numeric_us": "/",
    "numeric_dm": "/",
    "numeric_dm_cued": ".-",
    "clock": ":",
    "textual_dmy": "/.-مش" + _MONTH_INITIALS,
    "hijri": "مشجذرص",
    "period": "امه",
    "hour_marked": "ابوفصمعظل",
    "fixed": "امو",
}
_FOLLOWER_CHARS = "".join(sorted(set("".join(NUMBER_FOLLOWERS.values()))))


def _fitting(rules: list[r.Rule], length: int, follower: str) -> list[r.Rule]:
    """The number rules that can start at a number of `length` digits followed (past blanks)
    by `follower` ("": by a character no rule needs)."""
    return [
        rule
        for rule in rules
        if length in NUMBER_LENGTHS.get(rule.name, (1, 2)) and _may_follow(rule.name, follower)
    ]


def _may_follow(name: str, follower: str) -> bool:
    needed = NUMBER_FOLLOWERS.get(name)
    return needed is None or (follower != "" and follower in needed)


_NUMBER_PREFIXES = frozenset({"ال", "وال", "بال", "فال", "لل", "و", "ف", "ب", "ل"})
# Nouns whose name is a date (normalized, in their construct form, no ال): `كوبري 6 أكتوبر`,
# `مدينة السادس من أكتوبر`, `شارع 26 يوليو`, `سوق الجمعة`; and events named by their day,
# `ثورة 25 يناير`, `هجمات 11 سبتمبر`, `حرب أكتوبر`: read as a date, a year-less one would
# even be put in the year of publication.
NAMED_BY_DATE = frozenset({
    "شارع", "ميدان", "جسر", "كوبري", "مدينه", "حي", "نفق", "محطه", "سوق",
    "ثوره", "حرب", "احداث", "هجمات", "انتفاضه",
})


# Days said as such are no names: `أحداث أمس` are yesterday's events.
_DAYS_SAID = frozenset({"امس", "اليوم", "غدا", "البارحه"})


def _not_names(candidates: list[_Candidate], scanned: ScannedText) -> list[_Candidate]:
    """The candidates but the names: a date right after a noun named by one (NAMED_BY_DATE)
    that states no year of its own, and whatever lies inside it (`أكتوبر` of `6 أكتوبر`). A
    name with its year is a real date too (`هجمات 11 سبتمبر 2001`) and stays."""
    starts, norms = scanned.tokens.starts, scanned.tokens.norms
    names = [c for c in candidates if c.resolved.relative
             and (i := bisect_left(starts, c.start) - 1) >= 0 and norms[i] in NAMED_BY_DATE
             and norms[i + 1] not in _DAYS_SAID]
    return [c for c in candidates
            if not any(n.start <= c.start and c.end <= n.end for n in names)]


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest matches first, then leftmost; drop anything overlapping a chosen one."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(cand.end <= c.start or cand.start >= c.end for c in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def _merge_times(chosen: list[_Candidate], text: str, gap: re.Pattern[str]) -> list[_Candidate]:
    """A day next to a time of day (either order) becomes one day-and-time mention."""
    merged: list[_Candidate] = []
    for cand in chosen:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and _pairs(prev.resolved, cand.resolved)
            and gap.fullmatch(text, prev.end, cand.start)
        ):
            day_part, time_part = (prev, cand) if prev.resolved.time is None else (cand, prev)
            merged[-1] = _Candidate(
                prev.start,
                cand.end,
                r.Resolved(
                    day_part.resolved.day,
                    time_part.resolved.granularity,
                    day_part.resolved.relative,
                    time_part.resolved.time,
                ),
            )
        else:
            merged.append(cand)
    return merged


def _pairs(a: r.Resolved, b: r.Resolved) -> bool:
    day_a = a.time is None and a.granularity is Granularity.DAY
    day_b = b.time is None and b.granularity is Granularity.DAY
    return (day_a and b.time is not None and b.day is None) or (
        day_b and a.time is not None and a.day is None
    )


def _mention(cand: _Candidate, norm: NormalizedText) -> DateMention:
    start, end = norm.span(cand.start, cand.end)
    res = cand.resolved
    return DateMention(
        text=norm.original[start:end],
        start=start,
        end=end,
        value=_value(res),
        granularity=res.granularity,
        relative=res.relative,
    )


def _value(res: r.Resolved) -> str | None:
    clock = None
    if res.time is not None:
        hour, minute, second = res.time
        clock = f"T{hour:02d}:{minute:02d}" + (f":{second:02d}" if second is not None else "")
    if res.day is None:
        return clock
    if clock is not None:
        return res.day.isoformat() + clock
    return cal.iso_value(res.day, res.granularity or Granularity.DAY)


def default_finder() -> DateFinder:
    """A new finder (no process-wide one is kept). For siyaq.evaluate.quotes.bench, which
    `siyaq bench` no longer runs: siyaq.analyze.bench holds its finders itself."""
    return DateFinder()


def find_dates(
    text: str, reference: datetime | date | None, finder: DateFinder | None = None
) -> list[DateMention]:
    """Dates in one text. Without a finder, one is built for the call (about 20 ms: the
    rules and the scanner's tables); build a DateFinder once to read many texts."""
    return (finder or DateFinder()).find(text, reference)


def annotate_dates(article: Article, finder: DateFinder | None = None) -> None:
    """Fill article.dates (offsets into article.text) and article.event_date."""
    article.dates = find_dates(article.text, article.published_at, finder)
    article.event_date = event_date(article)
