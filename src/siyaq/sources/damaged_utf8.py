"""UTF-8 with a few bytes that are not: read as UTF-8, the bad bytes mended where they can be.

A page saved as UTF-8 can hold a stray byte (a non-breaking space typed in a Western charset, a
byte damaged in transit) or a paragraph pasted from a windows-1256 page. Read in a legacy
charset, the whole page turns to mojibake that still looks Arabic (UTF-8 Arabic read as
windows-1256 gives `ظˆظ‚ط§ظ„`), so the share of non-ASCII bytes that form valid UTF-8 decides.
Legacy Arabic text leaves few of them valid by accident (a letter before `،` can make a valid
pair): at most 10 % in 11,341 SaudiNewsNet articles encoded in windows-1256 or ISO-8859-6, 1 %
on average; damaged UTF-8 leaves nearly all. A page where most are valid is UTF-8. In it, a
line whose non-ASCII bytes are mostly invalid (a pasted legacy paragraph) is read in the Arabic
legacy charset that reads it most plausibly, a run of invalid bytes inside a UTF-8 line (a
pasted word) likewise when it reads as Arabic letters, and what is left becomes U+FFFD, as
Python's ``errors="replace"`` gives it. The warning says which bytes went which way.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from siyaq.sources.charset import ARABIC_LEGACY, plausibility

__all__ = ["UTF8_SHARE", "WARNING", "as_damaged_utf8"]

WARNING = "invalid UTF-8"  # the warning's stable head: what the ingest summary counts
UTF8_SHARE = 0.5  # a page (or line) is UTF-8 when most of its non-ASCII bytes are valid UTF-8
_LINE_PLAUSIBLE = 0.1  # a legacy reading of a line: at most this share of implausible letters
_ESCAPED = re.compile("[\udc80-\udcff]+")  # bytes that are not UTF-8, as surrogateescape keeps them
_ARABIC_RUN = re.compile("[\u060c-\u06ff]+")  # Arabic letters, marks and punctuation only
_ARABIC_LETTERS = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]{2}")  # a word's worth
_ASCII = bytes(range(0x80))
_NAMES = {"cp1256": "windows-1256", "iso8859_6": "ISO-8859-6"}


@dataclass(slots=True)
class _Mended:
    """What was done to the bytes that are not UTF-8."""

    invalid: int
    non_ascii: int
    lines: Counter[str] = field(default_factory=Counter)  # charset -> lines read in it
    words: Counter[str] = field(default_factory=Counter)  # charset -> runs read in it
    replaced: int = 0  # bytes that became U+FFFD

    def warning(self) -> str:
        done = [f"{_count(n, 'line')} read as {_NAMES[c]}" for c, n in self.lines.items()]
        done += [f"{_count(n, 'word')} read as {_NAMES[c]}" for c, n in self.words.items()]
        if self.replaced:
            done.append(f"{_count(self.replaced, 'byte')} replaced by U+FFFD")
        return (f"{WARNING}: {', '.join(done)} ({self.invalid:,} of {self.non_ascii:,} "
                "non-ASCII bytes were not UTF-8)")


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def _non_ascii(data: bytes) -> int:
    return len(data.translate(None, _ASCII))


def as_damaged_utf8(data: bytes, *, certain: bool = False) -> tuple[str, str] | None:
    """(text, warning) for bytes that are mostly UTF-8; None when most of their non-ASCII bytes
    are not (a legacy page). ``certain``: the bytes are UTF-8 whatever the share (a UTF-8 byte
    order mark said so). Linear: one decode, one scan, and work only on the lines with damage."""
    escaped = data.decode("utf-8", errors="surrogateescape")
    invalid = sum(map(len, _ESCAPED.findall(escaped)))
    non_ascii = _non_ascii(data)
    if not invalid or (not certain and invalid > (1 - UTF8_SHARE) * non_ascii):
        return None
    mended = _Mended(invalid, non_ascii)
    lines = escaped.split("\n")
    for i, line in enumerate(lines):
        if _ESCAPED.search(line):
            lines[i] = _mend_line(line, mended)
    return "\n".join(lines), mended.warning()


def _mend_line(line: str, mended: _Mended) -> str:
    raw = line.encode("utf-8", errors="surrogateescape")
    invalid = sum(map(len, _ESCAPED.findall(line)))
    if invalid > UTF8_SHARE * _non_ascii(raw):  # mostly not UTF-8: a pasted legacy paragraph
        reading = _legacy_line(raw)
        if reading is not None:
            mended.lines[reading[0]] += 1
            return reading[1]
    return _ESCAPED.sub(lambda run: _mend_run(run.group(), mended), line)


def _legacy_line(raw: bytes) -> tuple[str, str] | None:
    """(charset, text) of the Arabic legacy charset that reads the line best, when that gives
    Arabic words (a lone stray byte on a line of digits does not)."""
    best: tuple[str, str] | None = None
    best_score = 0
    for name in ARABIC_LEGACY:
        text = raw.decode(name, errors="replace")
        found = plausibility(text)
        plausible = found.bad_share <= _LINE_PLAUSIBLE and _ARABIC_LETTERS.search(text)
        if plausible and found.score > best_score:
            best, best_score = (name, text), found.score
    return best


def _mend_run(run: str, mended: _Mended) -> str:
    """A run of bytes that are not UTF-8 inside a UTF-8 line: Arabic letters when a legacy
    charset reads them so (two letters at least: a lone byte is a stray byte), else U+FFFD."""
    raw = run.encode("utf-8", errors="surrogateescape")
    if len(raw) >= 2:
        for name in ARABIC_LEGACY:
            text = raw.decode(name, errors="replace")
            if _ARABIC_RUN.fullmatch(text) and _reads_as_letters(text):
                mended.words[name] += 1
                return text
    mended.replaced += len(raw)
    return raw.decode("utf-8", errors="replace")


def _reads_as_letters(text: str) -> bool:
    found = plausibility(text)
    return found.letters >= 2 and found.bad == 0
