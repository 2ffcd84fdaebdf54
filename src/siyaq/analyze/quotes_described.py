"""What a speaker called something: a word or two in marks after a describing verb (`ووصف
ترمب الصين بأنها "خصم"`, `وصف العبادي تدمير المسجد بـ"جريمة تاريخية"`). Marked spans that
short are otherwise names and terms; these are kept only when the describer is named right
after the verb, with what was described between the name and the cue (`وصف X Y بـ`), since
the subject reader cannot tell the two apart otherwise (stop 35: admitting every such span
found 251 quotes in 10,000 ANT articles, half with the object or a passive's topic as
speaker)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from siyaq.analyze.dates_text import normalize
from siyaq.analyze.quotes_spans import MarkedSpan
from siyaq.analyze.quotes_speakers import TITLE_WORDS
from siyaq.model import Mention, Quote

if TYPE_CHECKING:  # quotes_doc builds its spans with `described`
    from siyaq.analyze.quotes_doc import Doc

_CUE = re.compile(r"(?:^|[\s(،,])(?:بـ|ب|بالـ|بال|ب?[أا]نه|ب?[أا]نها|ب?[أا]نهم)\s*$")
_VERB = re.compile(r"(?:^|\s)[وف]?(?:وصف|وصفت|يصف|تصف)(?=\s)")
REACH = 80  # characters from the describing verb to the cue
MAX_TITLE_WORDS = 3  # `رئيس الوزراء العراقي حيدر العبادي`: titles before the describer


def described(text: str, span: MarkedSpan, mentions: list[Mention], starts: list[int]
              ) -> bool:
    """Does a short marked span follow `وصف X Y بـ` in its sentence, X a tagged name right
    after the verb (titles allowed) and Y what was described?"""
    return _describer(text, span.open_mark, mentions, starts) is not None


def _verb_and_cue(text: str, open_mark: int) -> tuple[int, int] | None:
    """(end of the describing verb, start of the cue) before a mark at `open_mark`."""
    start = max(0, open_mark - REACH)
    before = text[start:open_mark]
    cue = _CUE.search(before)
    if cue is None:
        return None
    reach = before[: cue.start() + 1]
    cut = max(reach.rfind("."), reach.rfind("\n"), reach.rfind('"'), reach.rfind("»")) + 1
    verbs = list(_VERB.finditer(reach, cut))
    return (start + verbs[-1].end(), start + cue.start()) if verbs else None


def kept(doc: Doc, quote: Quote, min_words: int) -> bool:
    """A quote long enough, or a short one whose describer is named (`describer_named`)."""
    if doc.words.between(quote.start, quote.end) >= min_words:
        return True
    i = bisect_right(doc.opens, quote.start) - 1
    return i >= 0 and describer_named(doc, quote, doc.opens[i])


def describer_named(doc: Doc, quote: Quote, open_mark: int) -> bool:
    """Is the quote's speaker the describer named right after the describing verb?"""
    named = _describer(doc.text, open_mark, doc.mentions, doc.mention_starts)
    if named is None or quote.speaker is None:
        return False
    name = named.canonical or named.text
    return name in quote.speaker or named.text in quote.speaker or quote.speaker in name


def _describer(text: str, open_mark: int, mentions: list[Mention], starts: list[int]
               ) -> Mention | None:
    """The name right after the describing verb before a mark at `open_mark`, if words
    (what was described) stand between it and the cue."""
    found = _verb_and_cue(text, open_mark)
    if found is None:
        return None
    verb_end, cue = found
    k = bisect_left(starts, verb_end)
    if k >= len(mentions):
        return None
    named = mentions[k]
    titles = [normalize(w) for w in text[verb_end : named.start].replace("،", " ").split()]
    if named.type not in ("PERS", "ORG") or named.end >= cue or len(titles) > MAX_TITLE_WORDS \
            or (titles and titles[0] not in TITLE_WORDS):
        return None
    return named if text[named.end : cue].replace("،", " ").split() else None


MAX_NAME_IN_MARKS_WORDS = 8  # `"اللجنة الوطنية القطرية لحقوق الإنسان"`


def a_name_in_marks(doc: Doc, quote: Quote) -> bool:
    """Is the quote in marks wholly one tagged name (`لدى "ميتسوبيشي يو.إف.جي مورغان
    ستانلي"`, `بحسب تقرير صدر عن "بنك أوف أميركا ميرل لنش"`)? A name is no statement, however
    long (stop 40: 11 such quotes in 10,000 ANT articles, 10 of them names)."""
    if not quote.direct or doc.words.between(quote.start, quote.end) > MAX_NAME_IN_MARKS_WORDS:
        return False
    k = bisect_right(doc.mention_starts, quote.start + 1) - 1
    nearby = doc.mentions[max(0, k - 2) : k + 1] if k >= 0 else []
    return any(m.start <= quote.start + 1 and quote.end <= m.end + 1 for m in nearby)


MAX_APPOSED_NAME_WORDS = 6
_GOES_ON = frozenset({"علي", "عن", "في", "من", "الي", "بان", "ان", "انه", "انها"})  # normalized


def a_name_apposed(doc: Doc, quote: Quote) -> bool:
    """Are the marks the name of the body just named, written right after it, the sentence
    going on after them (`أكدت قيادة التحالف "تحالف دعم الشرعية في اليمن" على التزامها`)? A
    statement in marks is not so apposed: a colon or comma comes first, or it ends the
    sentence (`وقال نادي هامبورغ "هامبورغ لا ينتمي …".`)."""
    words = doc.words
    first, after = words.first_at(quote.start), words.first_at(quote.end)
    if not quote.direct or first == 0 or after >= len(words) \
            or words.between(quote.start, quote.end) > MAX_APPOSED_NAME_WORDS:
        return False
    if doc.text[words.end(first - 1) : quote.start].strip(" \"«“”'") \
            or doc.text[quote.end : words.start(after)].strip(" \"»“”'"):
        return False  # a colon, comma or stop on either side
    named = {w.removeprefix("ال") for w in words.norms[max(0, first - 3) : first]}
    return words.norms[first].removeprefix("ال") in named \
        and words.norms[after].removeprefix("و") in _GOES_ON
