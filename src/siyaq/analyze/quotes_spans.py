"""Quotation marks and sentence bounds: the layout the quote finder attributes speech on.

Arabic news mixes «…», "…", “…” and ”…“ (the same curly mark often opens and closes), leaves
quotes unclosed at the end of a paragraph, and sometimes carries one over several lines. The
role of an ambiguous mark is read from its neighbours: after a space and before a letter it
opens, after a letter and before a space or punctuation it closes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from siyaq.analyze.dates_scan import QUOTE_MARKS, SENTENCE_STOPS
from siyaq.analyze.dates_text import normalize
from siyaq.analyze.quotes_lexicon import PARTICIPLES, verb_forms

# A name or a term in marks inside a quote in the same marks (`"نرفض ما يقوم به "داعش" من …"`);
# a longer run between two marks is a quote of its own more often than a nested one.
MAX_NESTED_WORDS = 4
AMBIGUOUS_MARKS = frozenset('"“”„')
OPENING_ONLY = "«"
CLOSING_ONLY = "»"
PRIME_CLOSING = "″"  # `“ويندوز 10″`: a closing " that blog software turned into a double prime
_OPEN_BEFORE = frozenset(" \t\n(:[،,-–—ـ")  # characters after which a mark opens
_CLOSE_AFTER = frozenset(" \t\n.,،:;)!?؟…]")  # characters before which a mark closes
MAX_CARRY_LINES = 3  # an unclosed quote may end on one of the next lines
_MARKS = re.compile(f"[{QUOTE_MARKS}]")
_SENTENCE_END = re.compile(r"\n|[.!?؟](?=\s|$)")
BREAK_CHARS = frozenset(".!؟?\n")
_SAYING = frozenset(verb_forms()) | PARTICIPLES


# A marked span right after these names a work, not speech: `كتبت رواية «…»`, `بعنوان "…"`;
# also right after someone's work (`في روايته «…»`), but not after a colon there: `في كتابها:
# «…»` quotes what the book says.
_TITLE_CUE = re.compile(
    r"(?:(?:بعنوان|عنوان|عنوانه|عنوانها|رواي[ةه]|كتاب|كتابه|مقال|قصيد[ةه]|فيلم|مسلسل|برنامج|"
    r"اغني[ةه]|أغني[ةه]|ديوان|مسرحي[ةه]|شعار|هاشتاغ|هاشتاق|وسم)\s*:?"
    r"|(?:رواي|قصيد|[اأ]غني|مسرحي)(?:ته|تها)|(?:كتاب|مقال|فيلم|مسلسل|برنامج|ديوان)(?:ها|ه)"
    r"|(?:حلق[ةه]|سلسل[ةه])(?:\s+\S+)?\s+من"  # `في الحلقة التاسعة من «…»`: a series
    # a name given (`تحمل اسم "…"`, `أطلق عليها "…"`, `المسماة "…"`): no one's words; not
    # `اسمه` (`طلب عدم ذكر اسمه "…"` goes on to his words)
    r"|(?<!\S)(?:[اإ]سم|باسم|المسم[ىي]|المسما[ةه]|[يت]سم[ىي]|سمي|سميت|[يت]دع[ىي]"
    r"|[أا]طلق(?:ت|وا)?\s+علي(?:ه|ها|هم)|[يت]طلق\s+علي(?:ه|ها|هم)"
    r"|[يت]طلق\s+عل[ىي]\s+نفس(?:ه|ها|هم)))"
    r"\s*$"
)
TITLE_CUE_CHARS = 20  # how far before the mark the cue is looked for


def names_a_work(text: str, open_mark: int) -> bool:
    """Does the marked span opening at `open_mark` name a work (`بعنوان «…»`)?"""
    return _TITLE_CUE.search(text, max(0, open_mark - TITLE_CUE_CHARS), open_mark) is not None


def abbreviation_dot(text: str, pos: int) -> bool:
    """A full stop after a lone letter (`د. أيوب`, `م. خالد`, `أ.د. علي`) shortens a title;
    it ends no sentence."""
    return (
        text[pos] == "."
        and pos > 0
        and text[pos - 1].isalpha()
        and (pos == 1 or not text[pos - 2].isalpha())
    )


def breaks_sentence(text: str, start: int, end: int) -> bool:
    """Does text[start:end] (the gap between two words) end a sentence? A full stop between
    letters (`بي.إم.آي`) or after a title's letter does not."""
    return any(
        text[i] in BREAK_CHARS
        and not abbreviation_dot(text, i)
        and not (text[i] == "." and i + 1 < len(text) and text[i + 1].isalpha())
        for i in range(start, end)
    )


@dataclass(slots=True)
class MarkedSpan:
    """Text between a pair of quotation marks; `start`/`end` exclude the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    closed: bool  # False when the paragraph ended first (the quote runs to the line end)


def find_marked_spans(text: str, candidates: list[int] | None = None) -> list[MarkedSpan]:
    """Quotation spans; `candidates` (offsets of marks and maybe other characters, in order)
    spares a search of the whole text."""
    if candidates is None:
        marks = [m.start() for m in _MARKS.finditer(text)]
    else:
        marks = [i for i in candidates if text[i] in QUOTE_MARKS]
    if not marks:
        return []
    spans: list[MarkedSpan] = []
    lines = _lines_with_marks(text, marks)
    index = 0
    while index < len(lines):
        line_start, line_end, line_marks = lines[index]
        spans.extend(_spans_in_line(text, line_marks, line_end))
        if spans and not spans[-1].closed and spans[-1].open_mark >= line_start:
            index = _carry_over(text, spans, lines, index)
        index += 1
    return spans


def _lines_with_marks(text: str, marks: list[int]) -> list[tuple[int, int, list[int]]]:
    """(start, end, mark offsets) of each line holding a mark, and of the lines between
    (an unclosed quote may close a few lines further on)."""
    lines: list[tuple[int, int, list[int]]] = []
    i = 0
    while i < len(marks):
        start = text.rfind("\n", 0, marks[i]) + 1
        end = text.find("\n", marks[i])
        end = len(text) if end < 0 else end
        j = bisect_left(marks, end, i)
        lines.append((start, end, marks[i:j]))
        i = j
    return lines


def _role(text: str, i: int) -> str:
    ch = text[i]
    if ch == OPENING_ONLY:
        return "open"
    if ch in (CLOSING_ONLY, PRIME_CLOSING):
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens, closes = before in _OPEN_BEFORE, after in _CLOSE_AFTER
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "toggle"


def _spans_in_line(text: str, marks: list[int], end: int) -> list[MarkedSpan]:
    if _spaced_before_words(text, marks):
        return [MarkedSpan(a + 1, b, a, True) for a, b in zip(marks[::2], marks[1::2], strict=True)]
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    open_char = ""
    nested = 0  # straight marks opened inside the open quote (`"نرفض ما يقوم به "داعش" من …"`)
    for k, i in enumerate(marks):
        ch = text[i]
        role = _role(text, i)
        if open_at is None:
            if role in ("open", "toggle") or _misplaced_opening(text, marks, k):
                open_at, open_char, nested = i, ch, 0
            continue  # a stray closing mark: nothing to close
        if open_char == OPENING_ONLY and ch != CLOSING_ONLY:
            continue  # marks nested inside «…»
        if role == "open" and ch == open_char and ch in AMBIGUOUS_MARKS and _nested(text, marks, k):
            nested += 1
            continue
        if role in ("close", "toggle") or ch == CLOSING_ONLY:
            if nested:
                nested -= 1
                continue
            spans.append(MarkedSpan(open_at + 1, i, open_at, True))
            open_at = None
    if open_at is not None:
        spans.append(MarkedSpan(open_at + 1, _trim_end(text, open_at + 1, end), open_at, False))
    return spans


def _spaced_before_words(text: str, marks: list[int]) -> bool:
    """`سلوكها "المزعزع للاستقرار "وإلا … "انفتاحه "على`: every mark of the line written
    against the word after it, closing ones too. With an even count of one straight mark and
    none reading as closing, they pair in order; read by their sides, the first would open a
    quote running to the line's end over the others."""
    if len(marks) < 2 or len(marks) % 2:
        return False
    first = text[marks[0]]
    return first in AMBIGUOUS_MARKS and all(
        text[i] == first and _role(text, i) == "open" for i in marks) and not any(
        _after_saying(text, i) for i in marks[1::2])


def _after_saying(text: str, mark: int) -> bool:
    """Does the mark follow a colon or a verb of saying (`الألقاب. وأضاف "أريد …`)? Then it
    opens a second quote, the first being left unclosed, and the marks do not pair."""
    before = text[max(0, mark - 30) : mark].rstrip()
    if before.endswith(":"):
        return True
    word = normalize(before.rpartition(" ")[2])
    return word in _SAYING or (word[:1] in "وف" and word[1:] in _SAYING)


def _nested(text: str, marks: list[int], k: int) -> bool:
    """`"نرفض ما يقوم به "داعش" من جرائم"`: mark k opens a short name that the next mark
    closes, and the mark after that closes the quote around it in the same sentence."""
    if k + 2 >= len(marks) or _role(text, marks[k + 1]) != "close":
        return False
    if len(text[marks[k] + 1 : marks[k + 1]].split()) > MAX_NESTED_WORDS:
        return False
    after = text[marks[k + 1] + 1 : marks[k + 2]]
    return _role(text, marks[k + 2]) in ("close", "toggle") and not any(
        stop in after for stop in ".!؟?")


def _misplaced_opening(text: str, marks: list[int], k: int) -> bool:
    """`وأضاف" يتعين على …".`: a mark written against the word before it, when the line's next
    mark closes too, opens (two closing marks in a row cannot both close)."""
    i = marks[k]
    return (
        text[i] in AMBIGUOUS_MARKS
        and k + 1 < len(marks)
        and text[marks[k + 1]] in AMBIGUOUS_MARKS
        and _role(text, marks[k + 1]) == "close"
    )


def _carry_over(
    text: str, spans: list[MarkedSpan], lines: list[tuple[int, int, list[int]]], index: int
) -> int:
    """An unclosed quote closes on a later line when that line's first mark is a closing one
    (an odd count of marks, with no opening mark before it); the lines are then skipped."""
    unclosed = spans[-1]
    _, line_end, _ = lines[index]
    for ahead in range(index + 1, min(index + 1 + MAX_CARRY_LINES, len(lines))):
        start, end, marks = lines[ahead]
        if text.count("\n", line_end, start) > MAX_CARRY_LINES:
            return index
        first = marks[0]
        role = _role(text, first)
        if role == "close" or (role == "toggle" and len(marks) % 2 == 1):
            spans[-1] = MarkedSpan(unclosed.start, first, unclosed.open_mark, True)
            spans.extend(_spans_in_line(text, marks[1:], end))
            return ahead
        return index
    return index


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛;…"):
        end -= 1
    return end


def sentence_ends(
    text: str, spans: list[MarkedSpan], candidates: list[int] | None = None
) -> list[int]:
    """Offsets where sentences end: line breaks, and . ! ? ؟ (before a space or the end)
    outside quotation marks. `candidates` (offsets of those characters and maybe others, in
    order) spares a search of the whole text."""
    if candidates is None:
        found = [m.start() for m in _SENTENCE_END.finditer(text)]
    else:
        size = len(text)
        found = [
            i for i in candidates
            if text[i] == "\n"
            or (text[i] in SENTENCE_STOPS and (i + 1 == size or text[i + 1].isspace()))
        ]
    found = [i for i in found if not abbreviation_dot(text, i)]
    opens = [s.open_mark for s in spans]
    ends = []
    for pos in found:
        i = bisect_right(opens, pos) - 1
        if text[pos] == "\n" or i < 0 or pos > spans[i].end:
            ends.append(pos)
    ends.append(len(text))
    return ends


def text_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-empty line (the runs of [^\n]+), without a regex pass."""
    lines: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        if line:
            lines.append((start, start + len(line)))
        start += len(line) + 1
    return lines
