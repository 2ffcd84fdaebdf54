"""One scan of an article text for the date and quote finders: its normalized copy, its words
(runs of \\w, as the regex engine defines them) and where its numbers start.

The scan works on the text's code points as a numpy array, through lookup tables built once
per scanner: per-character work then runs in C, where a regex split of a 2,500-character
article costs about as much as all the rules tried on it. The tables cover the Basic
Multilingual Plane; the rare characters beyond it are classified one by one.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from siyaq.analyze.dates_text import DELETED_RANGES, REPLACEMENTS, NormalizedText, Tokens

_BMP = 0x10000
_SPACE = 0x20

BoolArray = npt.NDArray[np.bool_]
CodeArray = npt.NDArray[np.uint32]


@dataclass(slots=True, frozen=True)
class ScannedText:
    """What both finders read of one text; offsets of `tokens` and `numbers` are normalized."""

    text: str  # the original
    norm: NormalizedText
    tokens: Tokens
    numbers: list[int]  # where each run of digits (\\d+) starts


# Character classes of the lookup table (deleted characters carry no other class: the word and
# digit classes are read after deletion).
_WORD, _DIGIT, _DELETED = 1, 2, 4


class TextScanner:
    """Scans texts; holds read-only lookup tables and the last scan (the date finder and the
    quote finder of one pipeline step read the same article one after the other)."""

    __slots__ = ("_class", "_last", "_map")

    def __init__(self) -> None:
        chars = [chr(c) for c in range(_BMP)]
        self._class = _classes(chars)
        self._map: CodeArray = np.arange(_BMP, dtype=np.uint32)
        for old, new in REPLACEMENTS:
            self._map[ord(old)] = ord(new)
        for first, last in DELETED_RANGES:
            self._class[ord(first) : ord(last) + 1] = _DELETED
        self._last: ScannedText | None = None

    def scan(self, text: str) -> ScannedText:
        last = self._last
        if last is not None and last.text == text:
            return last
        scanned = self._scan(text)
        self._last = scanned
        return scanned

    def _scan(self, text: str) -> ScannedText:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if codes.size and int(codes.max()) >= _BMP:
            mapped, classes = self._wide(codes)
        else:
            mapped, classes = self._map[codes], self._class[codes]
        at = np.flatnonzero(classes == _DELETED)
        if at.size:
            kept = classes != _DELETED
            mapped, classes = mapped[kept], classes[kept]
        word = (classes & _WORD).view(np.bool_)
        return ScannedText(
            text,
            _normalized(text, mapped, at),
            _tokens(mapped, word),
            _starts((classes & _DIGIT).astype(np.bool_)),
        )

    def _wide(self, codes: CodeArray) -> tuple[CodeArray, npt.NDArray[np.uint8]]:
        """Tables for the BMP; characters beyond it (emoji, rare scripts) one by one."""
        wide = codes >= _BMP
        inside = np.where(wide, 0, codes)
        mapped = np.where(wide, codes, self._map[inside])
        classes = self._class[inside]
        for i in np.flatnonzero(wide).tolist():
            classes[i] = _classes([chr(int(codes[i]))])[0]
        return mapped, classes


def _classes(chars: list[str]) -> npt.NDArray[np.uint8]:
    """The regex engine's \\w (alphanumeric or underscore) and \\d (decimal) classes."""
    count = len(chars)
    word = np.fromiter(map(str.isalnum, chars), dtype=np.bool_, count=count)
    word |= np.fromiter((c == "_" for c in chars), dtype=np.bool_, count=count)
    digit = np.fromiter(map(str.isdecimal, chars), dtype=np.bool_, count=count)
    return (word * _WORD + digit * _DIGIT).astype(np.uint8)


def _normalized(text: str, kept: CodeArray, at: npt.NDArray[np.intp]) -> NormalizedText:
    """The normalized text and, when characters were deleted (at those original offsets),
    the map back to the original."""
    if not at.size:  # the common case: nothing to delete
        return NormalizedText(_decode(kept), text)
    shifts = at - np.arange(at.size)
    return NormalizedText(_decode(kept), text, at.tolist(), shifts.tolist())


def _tokens(codes: CodeArray, word: BoolArray) -> Tokens:
    """Runs of word characters: their text (split in C once the rest is blanked) and bounds."""
    if not codes.size:
        return Tokens([], [], [])
    norms = _decode(np.where(word, codes, np.uint32(_SPACE))).split()
    bounds: list[int] = (np.flatnonzero(np.diff(word.view(np.int8))) + 1).tolist()
    if word[0]:
        bounds.insert(0, 0)
    if word[-1]:
        bounds.append(len(word))
    return Tokens(norms, bounds[0::2], bounds[1::2])


def _starts(mask: BoolArray) -> list[int]:
    """Where each run of True starts."""
    at = np.flatnonzero(mask)
    if at.size > 1:
        first = np.ones(at.size, dtype=np.bool_)
        first[1:] = at[1:] - at[:-1] != 1
        at = at[first]
    starts: list[int] = at.tolist()
    return starts


def _decode(codes: CodeArray) -> str:
    return codes.astype(np.uint32, copy=False).tobytes().decode("utf-32-le", "surrogatepass")
