"""A text dump as a list of lines with the shape facts every labeler needs.

Both the rule labeler and the learned one see the same ``DumpLine`` objects and answer with one
``LineLabel`` per line, so either slots into ``extract_text_dump``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from siyaq.extract.scan import LINE_KERNEL, LineKernel, delete_chars
from siyaq.extract.stamps import (
    INVISIBLE_MARKS,
    YEAR,
    Stamp,
    fold,
    folds_alone_alike,
    parse_published,
    stamp_line_folded,
)


class LineLabel(StrEnum):
    TITLE = "title"  # the headline (and its repeats)
    STAMP = "stamp"  # the article's publication stamp
    BYLINE = "byline"  # author / dateline / agency line before the body
    BODY = "body"
    HEADER = "header"  # opens a related-items block (في نفس السياق، اقرأ أيضا…)
    TEASER = "teaser"  # a related item (lead text or its time) inside such a block
    COMMENTS = "comments"
    SHARE = "share"
    MENU = "menu"  # navigation, breadcrumbs, category labels, back-to-top
    FOOTER = "footer"
    CREDIT = "credit"  # source credits (وكالات، المصدر: …)
    AD = "ad"
    OTHER = "other"  # captions, embeds in another language, anything else not kept


WIDGET_LABELS = {
    LineLabel.COMMENTS, LineLabel.SHARE, LineLabel.MENU, LineLabel.FOOTER,
    LineLabel.CREDIT, LineLabel.AD,
}

_INVISIBLE_CHARS = INVISIBLE_MARKS + "\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_SENTENCE_END_CHARS = ".!?؟…:\"”»)"
_SENTENCE_END = re.compile(f"[{re.escape(_SENTENCE_END_CHARS)}]\\s*$")
# A key is the line's word runs (re's \w+) joined by one space.
_WORD_RUN = re.compile(r"\w+")
# Characters that may be neither word characters nor whitespace: everything but ASCII letters
# and digits, Arabic letters and whitespace. A class of ranges scans about 7x faster than \W.
_MAYBE_PUNCT = re.compile(r"[^0-9A-Za-z\u0621-\u064a\s]")
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# Letters are characters str.isalpha() accepts, sorted by script block. Arabic script: Arabic,
# its Supplement, Extended-B and -A, and the presentation forms (old dumps print those), whose
# digits (٠-٩, ۰-۹) count too: only Arabic-script text writes them, and a bare time in them (a
# teaser's ١٥:٠٢) must stay a line of Arabic, not a letterless one. Latin: ASCII, Latin-1
# Supplement, Extended-A/B and Additional (accented letters, Vietnamese). Marks and punctuation
# count nowhere. The C kernel (src/native/line_kernel.c) uses the same ranges.
ARABIC_SCRIPT = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                 (0xFE70, 0xFEFF))
LATIN_SCRIPT = ((0x00C0, 0x024F), (0x1E00, 0x1EFF))


def _letter_class(blocks: tuple[tuple[int, int], ...], digits: bool) -> str:
    """A regex character class of the letters (str.isalpha; str.isalnum with ``digits``)
    inside ``blocks``, as ranges."""
    parts: list[str] = []
    for low, high in blocks:
        start: int | None = None
        for code in range(low, high + 2):
            char = chr(code)
            letter = code <= high and (char.isalnum() if digits else char.isalpha())
            if letter and start is None:
                start = code
            elif not letter and start is not None:
                parts.append(f"\\u{start:04x}-\\u{code - 1:04x}")
                start = None
    return "[" + "".join(parts) + "]"


def _block_class(blocks: tuple[tuple[int, int], ...]) -> str:
    return "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in blocks)


_ARABIC_LETTER = re.compile(_letter_class(ARABIC_SCRIPT, digits=True))
_LATIN_LETTER = re.compile(_letter_class(LATIN_SCRIPT, digits=False))
# Non-ASCII characters outside both scripts: letters of other scripts, but also punctuation.
_OTHER_CHAR = re.compile(
    f"[^\\x00-\\x7f{_block_class(ARABIC_SCRIPT)}{_block_class(LATIN_SCRIPT)}]"
)


@dataclass(slots=True)
class DumpLine:
    """One non-empty line of a dump, stripped, with cheap shape facts computed once."""

    index: int  # position among non-empty lines
    text: str
    folded: str  # siyaq.extract.stamps.fold(text), computed once
    key: str  # folded, punctuation-free: for repetition and lexicon lookups
    words: int
    arabic: int  # Arabic-script letters and digits (see ARABIC_SCRIPT)
    latin: int  # Latin-script letters (ASCII and LATIN_SCRIPT)
    other: int  # letters of every other script (Cyrillic, Greek, Hebrew, CJK…)
    blank_before: bool
    stamp: bool | None = None  # is_stamp_line, computed on first use
    lexicon: str | None = None  # furniture kind from the lexicon ("" for none), on first use
    found: Stamp | None = None  # the date is_stamp found, kept so reading it needs no new search

    def is_stamp(self) -> bool:
        if self.words > 16:  # a stamp line is short; skip the date search for running text
            return False
        if self.stamp is None:
            # Every stamp carries a four-digit year: most lines stop at this one search.
            self.found = stamp_line_folded(self.folded) if YEAR.search(self.folded) else None
            self.stamp = self.found is not None
        return self.stamp

    def published(self) -> tuple[datetime, bool] | None:
        """``parse_published(self.text)``, reusing the stamp is_stamp found when folding the line
        alone gives the same string as the page's fold (nearly always)."""
        if self.is_stamp() and self.found is not None and folds_alone_alike(self.text):
            return self.found.when, self.found.timezone_stated
        return parse_published(self.text)

    @property
    def letters(self) -> int:
        return self.arabic + self.latin + self.other

    @property
    def arabic_share(self) -> float:
        return self.arabic / self.letters if self.letters else 0.0

    @property
    def ends_sentence(self) -> bool:
        last = self.text[-1:]
        if not last.isspace():  # the text is stripped: no need to search it for a tail
            return last != "" and last in _SENTENCE_END_CHARS
        return bool(_SENTENCE_END.search(self.text))


def line_key(text: str, folded: str | None = None) -> str:
    return " ".join(_WORD_RUN.findall(folded if folded is not None else fold(text)))


# Punctuation that dumps print most: replaced with str.replace (in C) before any scan.
_COMMON_PUNCT = tuple(".,،:;؛!?؟\"'()[]{}«»“”‘’-–—…/|*•@#%&+=<>·©٪$")


def _spaced_punctuation(folded: str) -> tuple[str, bool]:
    """``folded`` with every character that is neither a word character (re's \\w) nor
    whitespace replaced by a space, and whether spaces and newlines are its only whitespace.

    Common marks go first with str.replace; only when something else is left (anything not
    alphanumeric, such as a tab or a rare mark) does a regex scan find the rest."""
    for char in _COMMON_PUNCT:
        if char in folded:
            folded = folded.replace(char, " ")
    if folded.replace(" ", "").replace("\n", "").isalnum():
        return folded, True
    for char in set(_MAYBE_PUNCT.findall(folded)):
        if not (char.isalnum() or char == "_"):  # exactly re's \w; \s chars never match
            folded = folded.replace(char, " ")
    return folded, False


def _single_spaced(text: str) -> str:
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def split_lines(text: str, kernel: LineKernel | None = LINE_KERNEL) -> list[DumpLine]:
    """Non-empty lines, stripped of spaces, NBSPs and invisible marks, with shape facts.

    The C line kernel, when built, computes the same lines (byte for byte: tests and hashes of
    every corpus compare the two) about four times faster; it leaves texts it cannot match
    exactly (a lone surrogate) to the Python path. ``kernel=None`` forces that path."""
    if kernel is not None:
        lines = kernel.split_lines(text, DumpLine)
        if lines is not None:
            return lines
    return split_lines_python(text)


def split_lines_python(text: str) -> list[DumpLine]:
    """split_lines without the C kernel.

    Folding and key spacing run once over the whole text (neither touches line breaks, so the
    lines stay aligned): one pass is much cheaper than one per line."""
    clean = delete_chars(text, _INVISIBLE, _INVISIBLE_CHARS).replace("\xa0", " ")
    folded_text = fold(clean, None)  # the Python fold too: this path is the reference
    spaced_text, plain = _spaced_punctuation(folded_text)
    # Only spaces separate words (folding keeps whitespace): words are spaces + 1 and keys are
    # single-spaced lines.
    if plain:
        spaced_text = _single_spaced(spaced_text)
    lines: list[DumpLine] = []
    blank = False
    for raw, folded, spaced in zip(
        clean.split("\n"), folded_text.split("\n"), spaced_text.split("\n"), strict=True
    ):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        single = plain and "  " not in stripped
        words = stripped.count(" ") + 1 if single else len(stripped.split())
        folded = folded.strip()
        # ASCII letter bytes never occur inside a multi-byte character, so deleting them from
        # the UTF-8 bytes counts them in C; a line with no multi-byte character (no byte
        # surplus) has no other letters, so the script regexes run only on the others.
        encoded = stripped.encode("utf-8")
        latin = len(encoded) - len(encoded.translate(None, _ASCII_LETTERS))
        arabic, other = 0, 0
        if len(encoded) != len(stripped):
            arabic, latin, other = _script_letters(stripped, latin)
        # Keys serve lexicon lookups and repeats of short lines (titles, captions, menus); long
        # running text only needs a key that is equal when the line is.
        if words > 40:
            key = folded
        elif plain:
            key = spaced.strip()
        else:
            key = " ".join(spaced.split())
        lines.append(
            DumpLine(len(lines), stripped, folded, key, words, arabic, latin, other, blank)
        )
        blank = False
    return lines


def _script_letters(text: str, ascii_letters: int) -> tuple[int, int, int]:
    """(Arabic, Latin, other) letters of a line that holds a non-ASCII character."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = ascii_letters + len(_LATIN_LETTER.findall(text))
    other = sum(1 for char in _OTHER_CHAR.findall(text) if char.isalpha())
    return arabic, latin, other


def page_arabic_share(lines: list[DumpLine]) -> float:
    """Arabic-script letters over all letters of the page."""
    arabic = sum(line.arabic for line in lines)
    letters = sum(line.letters for line in lines)
    return arabic / letters if letters else 0.0
