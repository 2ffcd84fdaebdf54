"""Quotation marks and sentence bounds: the layout the quote finder attributes speech on.

Arabic news mixes «…», "…", “…” and ”…“ (the same curly mark often opens and closes), leaves
quotes unclosed at the end of a paragraph, and sometimes carries one over several lines. The
role of an ambiguous mark is read from its neighbours: after a space and before a letter it
opens, after a letter and before a space or punctuation it closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

AMBIGUOUS_MARKS = frozenset('"“”„')
OPENING_ONLY = "«"
CLOSING_ONLY = "»"
_OPEN_BEFORE = frozenset(" \t\n(:[،,-–—ـ")  # characters after which a mark opens
_CLOSE_AFTER = frozenset(" \t\n.,،:;)!?؟…]")  # characters before which a mark closes
MAX_CARRY_LINES = 3  # an unclosed quote may end on one of the next lines


@dataclass(slots=True)
class MarkedSpan:
    """Text between a pair of quotation marks; `start`/`end` exclude the marks."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark
    closed: bool  # False when the paragraph ended first (the quote runs to the line end)


def find_marked_spans(text: str) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    index = 0
    while index < len(line_starts):
        line_start = line_starts[index]
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        spans.extend(_spans_in_line(text, line_start, line_end))
        if spans and not spans[-1].closed and spans[-1].open_mark >= line_start:
            index = _carry_over(text, spans, line_starts, index)
        index += 1
    return spans


def _role(text: str, i: int) -> str:
    ch = text[i]
    if ch == OPENING_ONLY:
        return "open"
    if ch == CLOSING_ONLY:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens, closes = before in _OPEN_BEFORE, after in _CLOSE_AFTER
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "toggle"


def _spans_in_line(text: str, start: int, end: int) -> list[MarkedSpan]:
    spans: list[MarkedSpan] = []
    open_at: int | None = None
    open_char = ""
    for i in range(start, end):
        ch = text[i]
        if ch not in AMBIGUOUS_MARKS and ch not in (OPENING_ONLY, CLOSING_ONLY):
            continue
        role = _role(text, i)
        if open_at is None:
            if role in ("open", "toggle"):
                open_at, open_char = i, ch
            continue  # a stray closing mark: nothing to close
        if open_char == OPENING_ONLY and ch != CLOSING_ONLY:
            continue  # marks nested inside «…»
        if role in ("close", "toggle") or ch == CLOSING_ONLY:
            spans.append(MarkedSpan(open_at + 1, i, open_at, True))
            open_at = None
    if open_at is not None:
        spans.append(MarkedSpan(open_at + 1, _trim_end(text, open_at + 1, end), open_at, False))
    return spans


def _carry_over(text: str, spans: list[MarkedSpan], line_starts: list[int], index: int) -> int:
    """An unclosed quote closes on a later line when that line's first mark is a closing one
    (an odd count of marks, with no opening mark before it); the lines are then skipped."""
    unclosed = spans[-1]
    for ahead in range(index + 1, min(index + 1 + MAX_CARRY_LINES, len(line_starts))):
        start = line_starts[ahead]
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        marks = [i for i in range(start, end) if text[i] in AMBIGUOUS_MARKS or text[i] in "«»"]
        if not marks:
            continue
        first = marks[0]
        role = _role(text, first)
        if role == "close" or (role == "toggle" and len(marks) % 2 == 1):
            spans[-1] = MarkedSpan(unclosed.start, first, unclosed.open_mark, True)
            spans.extend(_spans_in_line(text, first + 1, end))
            return ahead
        return index
    return index


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛;…"):
        end -= 1
    return end


def sentence_ends(text: str, spans: list[MarkedSpan]) -> list[int]:
    """Offsets where sentences end: line breaks, and . ! ? ؟ outside quotation marks."""
    inside = [(s.open_mark, s.end + 1) for s in spans]
    ends = []
    for m in re.finditer(r"\n|[.!?؟](?=\s|$)", text):
        pos = m.start()
        if m.group() == "\n" or not any(a <= pos < b for a, b in inside):
            ends.append(pos)
    ends.append(len(text))
    return ends
