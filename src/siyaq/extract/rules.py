"""The rule labeler: general rules that label each line of a dump, no per-site code.

Order matters and each pass only labels lines still unlabeled: furniture blocks and lexicon lines
first, then the publication stamp, the title (repeated, or the best headline-shaped line above the
body), then the body and the short lines around it.
"""

from __future__ import annotations

import re
from collections import Counter

from siyaq.extract.comments import thread_start
from siyaq.extract.lexicon import header_kind, inline_related, is_byline, is_caption, lexicon_kind
from siyaq.extract.lines import DumpLine, LineLabel, page_arabic_share
from siyaq.extract.stamps import Stamp

Labels = list[LineLabel | None]
# Sentence punctuation, but not the colon of a clock (13:00) or the point of a number (14.75).
# One class first so the regex engine skips ahead to a candidate mark: a mark of the first group
# is punctuation; a point or colon counts when no digit follows.
_SENTENCE_PUNCT = re.compile(r"[،,؛;!؟?\"“”«».:](?:(?<![.:])|(?!\d))")
_TITLE_WINDOW = 12
_BULLETS = "•*·▪►-–"  # titles print near the top; a repeat further down is something else
_CLOSING = ".!؟?\"”»"
_LIST_BULLETS = ("•", "*", "·", "▪")
_CLOSED = re.compile(f"[{re.escape(_CLOSING)}]\\s*$")


def body_like(line: DumpLine) -> bool:
    """A line that reads as running text: long enough and punctuated like a sentence."""
    if line.words >= 15:
        return True
    return line.words >= 8 and bool(_SENTENCE_PUNCT.search(line.text))


def solid_body(line: DumpLine) -> bool:
    """Body text that is not a truncated teaser lead (those end with … or mid-word)."""
    return line.words >= 10 and body_like(line) and _closed(line.text)


def _closed(text: str) -> bool:
    """_CLOSED.search(text), without scanning the text when its last character decides."""
    last = text[-1:]
    if last and not last.isspace():
        return last in _CLOSING
    return bool(_CLOSED.search(text))


# What the furniture pass learns from a short line alone: its lexicon kind (as DumpLine.lexicon),
# its furniture label before the page-level tests, and its stamp (as DumpLine.stamp and .found).
LineVerdict = tuple[str, LineLabel | None, bool | None, Stamp | None]
MEMO_WORDS = 30  # longer lines are running text, rarely repeated and cheap to judge
MEMO_SIZE = 50_000


class RuleLabeler:
    """Labels every line with a LineLabel; the learned labeler has the same ``label`` method.

    Outlets print the same menus, share bars, headers and footers on every page, so the verdicts
    on short lines are kept by line text (a bounded memo per labeler, emptied when full): every
    one is a function of the text alone."""

    def __init__(self, memo_size: int = MEMO_SIZE) -> None:
        self._verdicts: dict[str, LineVerdict] = {}
        self._memo_size = memo_size

    def label(self, lines: list[DumpLine]) -> list[LineLabel]:
        labels: Labels = [None] * len(lines)
        self._mark_furniture(lines, labels)
        _mark_blocks(lines, labels)
        _mark_thread(lines, labels)
        _mark_listing(lines, labels)
        _mark_stamp(lines, labels)
        first_body = _first_body(lines, labels)
        _mark_duplicates(lines, labels, first_body)
        _mark_title(lines, labels, first_body)
        if first_body == len(lines):
            _mark_short_page(lines, labels)
        else:
            _mark_body(lines, labels, first_body)
        return [label or LineLabel.OTHER for label in labels]

    def _mark_furniture(self, lines: list[DumpLine], labels: Labels) -> None:
        arabic_page = page_arabic_share(lines) > 0.6
        verdicts = self._verdicts
        for i, line in enumerate(lines):
            if line.words > MEMO_WORDS:  # no lexicon entry, inline item or caption is this long
                if line.lexicon is None:
                    line.lexicon = ""
                kind = None
            else:
                verdict = verdicts.get(line.text)
                if verdict is None:
                    verdict = _line_verdict(line)
                    if len(verdicts) >= self._memo_size:
                        verdicts.clear()
                    verdicts[line.text] = verdict
                line.lexicon, kind, line.stamp, line.found = verdict
            if kind is None:
                kind = _foreign_or_bare(line, arabic_page)
            labels[i] = kind


def _foreign_or_bare(line: DumpLine, arabic_page: bool) -> LineLabel | None:
    """OTHER for a line without letters (rules, dots, bare numbers) that is no stamp, and on an
    Arabic page for a line mostly in another script (an embedded tweet or caption)."""
    # DumpLine.letters and .arabic_share, inlined: every line passes here.
    letters = line.arabic + line.latin + line.other
    if letters == 0:
        return None if line.is_stamp() else LineLabel.OTHER
    if arabic_page and line.arabic / letters < 0.3:
        return LineLabel.OTHER
    return None


def _line_verdict(line: DumpLine) -> LineVerdict:
    kind = lexicon_kind(line)
    if kind is None and inline_related(line):
        kind = LineLabel.TEASER
    if kind is None and is_caption(line):
        kind = LineLabel.OTHER
    if kind is None:
        line.is_stamp()  # nearly every unlabeled short line is asked later (listing, stamp)
    assert line.lexicon is not None
    return line.lexicon, kind, line.stamp, line.found


def _mark_blocks(lines: list[DumpLine], labels: Labels) -> None:
    """Lines under a related-items or comments header belong to that block until the next
    header, or until running text resumes (an inline "read also" box inside the body)."""
    block: LineLabel | None = None
    for i, line in enumerate(lines):
        if labels[i] in (LineLabel.HEADER, LineLabel.COMMENTS) and header_kind(line):
            if not (labels[i] is LineLabel.COMMENTS and _list_link(lines, i)):
                block = labels[i]
            continue
        if block is None or labels[i] is not None:
            continue
        if block is LineLabel.HEADER and _body_resumes(lines, i):
            block = None  # comment threads are running text too: only a related box ends
            continue
        labels[i] = LineLabel.TEASER if block is LineLabel.HEADER else LineLabel.COMMENTS


def comment_thread(lines: list[DumpLine]) -> int | None:
    """Where a comment thread known by its shape (siyaq.extract.comments) begins, when running
    text stands above it: a thread runs to the end of the page."""
    start = thread_start(lines)
    if start is None or not any(solid_body(line) for line in lines[:start]):
        return None
    return start


def _mark_thread(lines: list[DumpLine], labels: Labels) -> None:
    start = comment_thread(lines)
    if start is None:
        return
    for i in range(start, len(lines)):
        if labels[i] is None:
            labels[i] = LineLabel.COMMENTS


def _list_link(lines: list[DumpLine], i: int) -> bool:
    """"• Comments" among "• Facebook" "• Print", "• Leave a comment" under "• Posted by": a
    list item beside other list items is a link to the comments, not the start of them."""
    if not lines[i].text.startswith(_LIST_BULLETS):
        return False
    return any(lines[j].text.startswith(_LIST_BULLETS) for j in (i - 1, i + 1)
               if 0 <= j < len(lines))


def _body_resumes(lines: list[DumpLine], i: int) -> bool:
    following = lines[i : i + 2]
    if len(following) < 2 or following[1].is_stamp():
        return False
    return all(solid_body(line) for line in following)


def _mark_listing(lines: list[DumpLine], labels: Labels) -> None:
    """Headline + time pairs in a run of three or more are a list of teasers, even without a
    header above them (a home page, a sidebar)."""
    pairs = [
        i for i in range(1, len(lines))
        if labels[i] is None and labels[i - 1] is None and lines[i].is_stamp()
        and not lines[i - 1].is_stamp() and lines[i - 1].words <= 30
    ]
    run: list[int] = []
    for i in [*pairs, -10]:
        if run and i - run[-1] != 2:
            if len(run) >= 3:
                for j in run:
                    labels[j] = labels[j - 1] = LineLabel.TEASER
            run = []
        run.append(i)


def _mark_stamp(lines: list[DumpLine], labels: Labels) -> None:
    for i, line in enumerate(lines):
        if labels[i] is None and line.words <= 14 and line.is_stamp():
            labels[i] = LineLabel.STAMP
            return


def headline_shaped(line: DumpLine) -> bool:
    """Shaped like a headline: a few words, no sentence comma, no closing full stop."""
    text = line.text.rstrip()
    closed = text.endswith((".", ":", "،", ",", "؛"))
    return 3 <= line.words <= 22 and "،" not in text and not closed


def _first_body(lines: list[DumpLine], labels: Labels) -> int:
    """Index of the first body line. The first free line may be a headline even when it is long
    and punctuated (``مونديال قطر 2022 .. المغرب يواصل``); lines above a stamp printed near the top
    are the page head (title, kicker, ministry name), not body."""
    free = [i for i in range(len(lines)) if labels[i] is None]
    first = next((i for i in free if body_like(lines[i])), len(lines))
    headline = free and first == free[0] and headline_shaped(lines[first])
    if headline and not _wrapped_sentence(lines, first):
        first = next((i for i in free[1:] if body_like(lines[i])), len(lines))
    stamp = next((i for i, label in enumerate(labels) if label is LineLabel.STAMP), None)
    if stamp is not None and stamp > first:
        before = sum(1 for i in free if i < stamp and body_like(lines[i]))
        after = next((i for i in free if i > stamp and body_like(lines[i])), None)
        if before <= 2 and after is not None:
            first = after
    return first


def _mark_duplicates(lines: list[DumpLine], labels: Labels, first_body: int) -> None:
    """A line printed twice is the title when it first shows above the body; otherwise it is a
    caption or widget echo (image alt text, a teaser repeated in a sidebar)."""
    counts = Counter(line.key for line in lines if line.key)
    firsts: dict[str, int] = {}  # key -> where it first shows: one pass, not a search per line
    for j, line in enumerate(lines):
        firsts.setdefault(line.key, j)
    for i, line in enumerate(lines):
        if labels[i] is not None or counts[line.key] < 2 or line.words < 2:
            continue
        first = firsts[line.key]
        is_title = (
            first <= max(first_body, 0) and first < _TITLE_WINDOW and 3 <= line.words <= 40
            and line.text[0] not in _BULLETS
        )
        labels[i] = LineLabel.TITLE if is_title else LineLabel.OTHER


def _mark_title(lines: list[DumpLine], labels: Labels, first_body: int) -> None:
    if LineLabel.TITLE in labels:
        return
    if _mark_prefix_title(lines, labels):
        return
    head = [i for i in range(min(first_body, len(lines))) if labels[i] is None]
    if first_body == len(lines):  # no running text at all: only the top line can be the title
        head = [i for i in head if lines[i].words >= 3][:1]
    candidates: list[tuple[float, int]] = []
    for position, i in enumerate(head):
        line = lines[i]
        if labels[i] is not None:
            continue
        if is_byline(line):
            labels[i] = LineLabel.BYLINE
        elif labels[i] is None and _wrapped_sentence(lines, i):
            labels[i] = labels[i + 1] = LineLabel.BODY
        elif 3 <= line.words <= 30 and not line.text.rstrip().endswith((".", "،", ",")):
            candidates.append((line.words - 4 * line.text.count("،") + position * 0.1, i))
    if candidates:
        labels[max(candidates)[1]] = LineLabel.TITLE


def _mark_prefix_title(lines: list[DumpLine], labels: Labels) -> bool:
    """A meta snippet ``title … lede`` above the headline: the later, shorter line is the title."""
    for j in range(1, min(len(lines), _TITLE_WINDOW)):
        line = lines[j]
        if labels[j] is not None or not 3 <= line.words <= 30:
            continue
        if any(lines[i].key.startswith(line.key + " ") for i in range(j)):
            labels[j] = LineLabel.TITLE
            return True
    return False


def _wrapped_sentence(lines: list[DumpLine], i: int) -> bool:
    """A hard-wrapped sentence: this line stops mid-sentence and the next short line ends it."""
    if i + 1 >= len(lines) or lines[i].ends_sentence:
        return False
    following = lines[i + 1]
    return not following.blank_before and following.words < 8 and following.text.endswith(".")


def _mark_body(lines: list[DumpLine], labels: Labels, first_body: int) -> None:
    for i in range(first_body, len(lines)):
        if labels[i] is None and body_like(lines[i]):
            labels[i] = LineLabel.BODY
    # Short lines are judged by the labels below them as they stand now (the loop only labels
    # lines it has passed), so the next labelled line is found once for all: linear, where a
    # look ahead from every line was quadratic (100,000 one-letter lines took 94 s).
    following = _next_labels(labels, first_body)
    for i in range(first_body, len(lines)):
        if labels[i] is None:
            previous = labels[i - 1] if i > 0 else None
            labels[i] = _short_line(lines[i], previous, following[i - first_body])


def _next_labels(labels: Labels, start: int) -> Labels:
    """For each line from ``start`` on, the label of the next labelled line below it (None when
    there is none): one backward pass."""
    following: Labels = [None] * (len(labels) - start)
    found: LineLabel | None = None
    for i in range(len(labels) - 1, start - 1, -1):
        following[i - start] = found
        found = labels[i] if labels[i] is not None else found
    return following


def _mark_short_page(lines: list[DumpLine], labels: Labels) -> None:
    """A page where every line is short (a live blog, a list): no line reads as running text, so
    every free line of three words or more below the title is the body."""
    title = next((i for i, label in enumerate(labels) if label is LineLabel.TITLE), -1)
    for i in range(title + 1, len(lines)):
        if labels[i] is None and lines[i].words >= 3:
            labels[i] = LineLabel.BODY


def _short_line(
    line: DumpLine, previous: LineLabel | None, following: LineLabel | None
) -> LineLabel:
    """Short lines between body lines are subheadings or wrapped sentence ends; a short last
    line after the body is a cut-off sentence. Anything else is furniture we cannot name.
    ``previous`` is the label of the line above, ``following`` that of the next labelled line
    below (None: none is)."""
    if previous is LineLabel.BODY and following in (LineLabel.BODY, None):
        return LineLabel.BODY
    if previous is LineLabel.BODY and line.text.endswith((".", "!", "؟", "?")):
        return LineLabel.BODY  # the closing sentence, just above the furniture
    if following is LineLabel.BODY and previous in (LineLabel.BODY, LineLabel.TITLE, None):
        return LineLabel.BODY if line.words >= 3 else LineLabel.OTHER
    return LineLabel.OTHER
