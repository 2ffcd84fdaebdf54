"""What relate/ knows about one article: its weighted terms, entities, quantities, days, sketch.

Built once per article per run; everything else in relate/ compares these, never raw text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime

from siyaq.analyze.datelines import dateline_end
from siyaq.arabic.months import GREGORIAN_MONTHS
from siyaq.model import Article, DateMention, Granularity
from siyaq.relate import minhash
from siyaq.relate.events import SENTENCE_END, first_sentence, reading
from siyaq.relate.spelled import spelled_to_digits
from siyaq.relate.text import Terms, normalize, numbers, words

LEAD_WORDS = 50  # the lead carries the who/what/when; later paragraphs drift into background
BODY_WORDS = 200  # figures this far in can still veto a merge (never make one)
# A lead naming no weekday takes the first one named this far in: a long opening states the
# event's day in its second sentence ("طوال يوم الأربعاء"). Only the first: later ones are
# often the day of an earlier event (a funeral report's "died yesterday, Saturday").
WEEKDAY_WORDS = 100
SKETCH_WORDS = 200  # copies are recognised by their opening; enough to tell, cheap to hash
_DATELINE = re.compile(r"\s*(?:[^\s\d:–—-]+\s+){0,2}[^\s\d:–—-]+\s*[:–—-]+\s*")
MIN_WORDS = 40  # below this a page is a headline or a stub, never enough to tell events apart

_WEEKDAYS = {"السبت": 5, "الاحد": 6, "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3,
             "الجمعه": 4}
_WEEKDAY = re.compile(r"(?:^|\s)(?:يوم|اليوم|امس|مساء|صباح|ليله|فجر|ظهر|عصر)\s+(?:\S+\s+)?"
                      r"(" + "|".join(_WEEKDAYS) + r")(?=\s|$|[،,.])")
# A number followed by the word saying what it counts: "300 نقطة", "84 عاما", "13 جنيها", "15%".
# (Not inside a longer number, a time or a date: the "09" of "08:09" counts nothing.)
_QUANTITY = re.compile(r"(?<![\d.:/,])(\d+(?:\.\d+)?)\s*(%|[^\s\d.,،:؛()«»\"“”-]{2,})")
# Numbers that are dates or clock times, not figures: a month or a time zone after the number
# ("3 نوفمبر", "1044 بتوقيت جرينتش"), "الساعه" before it, a year on its own ("2016 تحرير").
_DATE_WORDS = frozenset(
    {w for month in GREGORIAN_MONTHS for w in (month, "ل" + month) if " " not in month}
    | {"توقيت", "بتوقيت", "غرينتش", "جرينتش"})
_CLOCK = re.compile(r"(?:الساعه|تمام)\s*$")
YEARS = range(1900, 2101)
_PERCENT = frozenset({"ميه", "مييه", "مئه"})  # بالمئة / في المئة written out
_NAME_LINKS = frozenset({"عبد", "ابن", "ابو", "بنت"})  # parts of many names: no speaker match
_HAS_DIGIT = re.compile(r"[\d٠-٩]")
_NUMBER_END = re.compile(r"[\d٠-٩]$")
_SCORE = re.compile(r"(?<![\d.:])(\d{1,2})\s*([-/:])\s*(\d{1,2})(?![\d.:])")


@dataclass(slots=True)
class Features:
    id: str
    url: str | None
    host: str | None
    title: str | None
    time: datetime | None  # published_at, else fetched_at, as naive wall time
    counts: Counter[str]  # title terms (twice) + lead terms
    entities: set[str] = field(default_factory=set)
    quantities: dict[str, set[float]] = field(default_factory=dict)  # unit stem -> values
    numbers: set[str] = field(default_factory=set)
    weekdays: set[int] = field(default_factory=set)
    days: set[date] = field(default_factory=set)  # event date and day-precise dates in the text
    event_days: set[date] = field(default_factory=set)  # the analysis step's event date, if any
    quoted: dict[str, frozenset[str]] = field(default_factory=dict)  # speaker word -> quoted terms
    # Figures of the opening (BODY_WORDS), for vetoes only: an agreed figure beyond the lead
    # is often the policy both an announcement and its taking effect state (VAT 5 -> 15 %).
    body_quantities: dict[str, set[float]] = field(default_factory=dict)
    # What happened (relate.events): the event classes the title and the lead's first
    # sentence name (a death, a funeral, a resignation, an outage ...).
    kinds: frozenset[str] = frozenset()
    signature: minhash.Signature | None = None
    words: int = 0
    reason: str | None = None  # why it must stay a singleton (bad input), else None
    vector: dict[str, float] = field(default_factory=dict)  # tf-idf, unit length; set by the index


def article_time(article: Article) -> datetime | None:
    moment = article.published_at or article.fetched_at
    if moment is not None and moment.tzinfo is not None:
        moment = moment.replace(tzinfo=None)  # wall time as stated, like the store's time key
    return moment


def singleton_reason(article: Article, word_count: int) -> str | None:
    """The documented bad-input rule: such articles never join a story (see docs/stories.md)."""
    if article.language is not None and article.language != "ar":
        return f"not Arabic (language {article.language})"
    if word_count == 0:
        return "no body (headline only)"
    if word_count < MIN_WORDS:
        return f"body too short ({word_count} words, fewer than {MIN_WORDS})"
    return None


def featurize(article: Article, terms: Terms, *, sketch: bool = True) -> Features:
    """Everything relate/ compares; sketch=False skips the MinHash (no copy detection needed)."""
    text = article.text
    raw_words = text.split()
    title = article.title or ""
    shown_text = foreground(article, text)
    shown = raw_words if shown_text is text else shown_text.split()
    lead = " ".join(shown[:LEAD_WORDS])
    cut = LEAD_WORDS + bool(_NUMBER_END.search(lead))  # a figure cut off from its unit
    head = spelled_to_digits(normalize(f"{title}\n{' '.join(shown[:cut])}"))
    quantities = _quantities(head, terms)
    # The lead read as its first sentence and the rest (the same terms: the cut is no word): the
    # title and the first sentence say what happened (relate.events).
    first = first_sentence(lead)
    headline, opening = terms(title), terms(first)
    counts = Counter(headline * 2 + opening + terms(lead[len(first):]))
    features = Features(
        id=article.id, url=article.url, host=article.host, title=article.title,
        time=article_time(article), counts=counts, words=len(raw_words),
        entities=_entities(article), quantities=quantities,
        numbers=numbers(head), weekdays=_weekdays(head, shown[cut:WEEKDAY_WORDS]),
        days=_days(article), event_days={article.event_date} if article.event_date else set(),
        quoted=_quoted(article, terms),
        body_quantities=_merged(quantities, _further_figures(shown[cut:BODY_WORDS], terms)),
        kinds=_kinds(headline + opening, terms),
    )
    features.reason = singleton_reason(article, len(raw_words))
    if features.reason is None and sketch:
        body_words = words(_without_dateline(" ".join(raw_words[:SKETCH_WORDS])))
        features.signature = minhash.sketch(body_words)
    return features


def _without_dateline(text: str) -> str:
    """The opening without the outlet's own dateline (``عين اليوم – لندن``, ``سبق- الرياض:``,
    ``الرياض - واس:``): a reprint carries its own, which is no part of the copied text."""
    for _ in range(3):  # author – outlet – city:
        match = _DATELINE.match(text)
        if match is None:
            break
        text = text[match.end():]
    return text


def featurize_light(article: Article, terms: Terms) -> Features:
    """Only what related() ranks by: weighted title/lead terms, names, time (no figures, days
    or sketch), so a query can afford to read its candidates."""
    lead = " ".join(reported_text(article).split()[:LEAD_WORDS])
    title = article.title or ""
    return Features(id=article.id, url=article.url, host=article.host, title=article.title,
                    time=article_time(article), counts=Counter(terms(title) * 2 + terms(lead)),
                    entities=_entities(article))


EVENT_WINDOW = 7  # days: an explicit date further from the event (or publication) is background


def reported_text(article: Article) -> str:
    """The body after its dateline (``دبي، الإمارات العربية المتحدة (CNN)--``): what it reports,
    not where it was filed from."""
    end = dateline_end(article.body, article.dateline)
    return article.text[end:].lstrip(" -–—ـ:\n") if end else article.text


def foreground(article: Article, text: str | None = None) -> str:
    """The text without the sentences that recap another day: a sentence stating an explicit
    date (with its year) other than the event's, e.g. the 2016 float recapped in a report of a
    2017 rate decision. Their words describe another event and must not tie the two. Nor does
    the dateline, where the report was filed from. (The text
    itself, the same object, when there is none; pass article.text if already joined.)"""
    text = article.text if text is None else text
    spans = [_sentence(text, m.start, m.end) for m in article.dates if _recap(article, m)]
    spans = [span for span in spans if span[0] > 0]  # the opening sentence is the news itself
    filed = dateline_end(article.body, article.dateline)
    if filed:  # where it was filed from: every CNN report opens with Dubai
        spans.append((0, filed))
    if not spans:
        return text
    kept, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            kept.append(text[last:start])
            last = end
    return " ".join(kept) + " " + text[last:]


def _recap(article: Article, mention: DateMention) -> bool:
    if mention.relative or mention.value is None or len(mention.value) < 7:
        return False
    if mention.granularity not in (Granularity.DAY, Granularity.MONTH):
        return False
    try:
        day = date.fromisoformat(mention.value[:10] if len(mention.value) >= 10
                                 else mention.value[:7] + "-15")
    except ValueError:
        return False
    anchor = article.event_date or (article.published_at.date() if article.published_at else None)
    if anchor is None:
        return any(m.relative and m.start < mention.start for m in article.dates)
    return (anchor - day).days > EVENT_WINDOW  # earlier: a date ahead is what is announced


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, end)
    return before, after.end() if after else len(text)


def _weekdays(head: str, opening: list[str]) -> set[int]:
    """The weekdays the lead names as the event's, else the first one of the opening."""
    named = {_WEEKDAYS[m] for m in _WEEKDAY.findall(head)}
    if named or not opening:
        return named
    first = _WEEKDAY.search(normalize(" ".join(opening)))
    return {_WEEKDAYS[first[1]]} if first else set()


def _kinds(found: list[str], terms: Terms) -> frozenset[str]:
    stems = terms.event_stems()
    return reading(stems[term] for term in found if term in stems)


def _entities(article: Article) -> set[str]:
    return {normalize(m.canonical or m.text) for m in article.mentions if m.type != "MISC"}


def _quoted(article: Article, terms: Terms) -> dict[str, frozenset[str]]:
    """What each speaker is quoted as saying (content terms), keyed by each distinctive word of
    the speaker's name: `جيمس جيفري` and `السفير جيفري` meet on `جيفري`."""
    said: dict[str, set[str]] = {}
    for quote in article.quotes:
        speaker = quote.speaker_canonical or quote.speaker
        if not speaker:
            continue
        quoted = terms(quote.text)
        for word in normalize(speaker).split():
            if len(word) >= 3 and word not in _NAME_LINKS:
                said.setdefault(word, set()).update(quoted)
    return {word: frozenset(stems) for word, stems in said.items()}


def _quantities(text: str, terms: Terms) -> dict[str, set[float]]:
    found: dict[str, set[float]] = {}
    for match in _QUANTITY.finditer(text):
        value, unit = match.groups()
        if not _is_figure(text, match.start(), value, unit):
            continue
        stem = terms.unit(unit) if unit != "%" else "%"
        if stem is not None:
            found.setdefault("%" if stem in _PERCENT else stem, set()).add(float(value))
    for home, separator, away in _SCORE.findall(text):
        if separator == ":" and len(away) == 2:
            continue  # 15:45, 08:09: a clock time
        found.setdefault("score", set()).add(float(f"{min(home, away)}.{max(home, away)}"))
    return found


def _further_figures(words: list[str], terms: Terms) -> dict[str, set[float]]:
    """Figures written in digits beyond the lead (spelled-out ones are lead style). Only the few
    words around each number are normalised: most of a text has none."""
    spans: list[list[int]] = []
    for i in _digit_words(words):
        if spans and spans[-1][1] >= i - 2:
            spans[-1][1] = i + 2
        else:
            spans.append([max(0, i - 2), i + 2])
    # "، " between the pieces: no figure or score reads across it.
    text = " ، ".join(" ".join(words[start:end]) for start, end in spans)
    return _quantities(normalize(text), terms) if text else {}


def _digit_words(words: list[str]) -> list[int]:
    """The indices of the words with a digit, searched for in the words joined (no word holds a
    space: they come from str.split) rather than word by word; most words have none."""
    joined = " ".join(words)
    found: list[int] = []
    index = counted = 0  # words before position `counted`
    match = _HAS_DIGIT.search(joined)
    while match is not None:
        index += joined.count(" ", counted, match.start())
        counted = match.start()
        found.append(index)
        end = joined.find(" ", counted)
        if end < 0:
            break
        match = _HAS_DIGIT.search(joined, end)
    return found


def _merged(first: dict[str, set[float]], second: dict[str, set[float]]) -> dict[str, set[float]]:
    merged = {unit: set(values) for unit, values in first.items()}
    for unit, values in second.items():
        merged.setdefault(unit, set()).update(values)
    return merged


def _is_figure(text: str, start: int, value: str, unit: str) -> bool:
    if unit in _DATE_WORDS or (value.isdigit() and int(value) in YEARS):
        return False
    return _CLOCK.search(text, max(0, start - 12), start) is None


def _days(article: Article) -> set[date]:
    days = {article.event_date} if article.event_date else set()
    for mention in article.dates:
        if mention.value and mention.granularity in (Granularity.DAY, Granularity.HOUR,
                                                     Granularity.MINUTE, None):
            try:
                days.add(date.fromisoformat(mention.value[:10]))
            except ValueError:
                continue
    return days
