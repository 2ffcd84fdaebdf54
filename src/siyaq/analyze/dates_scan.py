"""One scan of an article text for the date and quote finders: its normalized copy, its words
(runs of \\w, as the regex engine defines them) and its numbers.

The scan works on the text's code points as a numpy array, through lookup tables built once
per scanner: per-character work then runs in C, where a regex split of a 2,500-character
article costs about as much as all the rules tried on it. The tables cover the Basic
Multilingual Plane; the rare characters beyond it are classified one by one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, cast

import numpy as np
import numpy.typing as npt

from siyaq import native
from siyaq.analyze.dates_text import DELETED_RANGES, REPLACEMENTS, NormalizedText, Tokens
from siyaq.analyze.ner_lists import positions_in

_BMP = 0x10000
_SPACE = 0x20

BoolArray = npt.NDArray[np.bool_]
CodeArray = npt.NDArray[np.uint32]
IndexArray = npt.NDArray[np.intp]


# Characters whose original offsets every scan lists, for the quote finder: quotation marks
# and the characters that may end a sentence.
# ″ (a double prime) is a closing mark that blog software made of `"` after a digit
# (`“ويندوز 10″`, 42 SaudiNewsNet articles); it never opens a quote.
QUOTE_MARKS = '"“”„«»″'
SENTENCE_STOPS = "\n.!?؟"


@dataclass(slots=True, frozen=True)
class ScannedText:
    """What both finders read of one text. Offsets of `tokens` and `numbers` are normalized,
    those of `marks` original."""

    text: str  # the original
    norm: NormalizedText
    tokens: Tokens
    numbers: list[tuple[int, int]]  # (start, end) of each run of digits (\d+)
    watched: list[int]  # indices of the tokens that are watched words, in order
    marks: list[int]  # where a character of QUOTE_MARKS or SENTENCE_STOPS stands


# Character classes of the lookup table (deleted characters carry no other class: the word and
# digit classes are read after deletion).
_WORD, _DIGIT, _DELETED, _MARK = 1, 2, 4, 8


class TextScanner:
    """Scans texts; holds read-only lookup tables, the words the finders watch for, and the
    last scan (the date finder and the quote finder of one pipeline step read the same
    article one after the other)."""

    __slots__ = ("_class", "_last", "_map", "_split", "_watched")

    def __init__(self) -> None:
        chars = [chr(c) for c in range(_BMP)]
        self._class = _classes(chars)
        self._map: CodeArray = np.arange(_BMP, dtype=np.uint32)
        for old, new in REPLACEMENTS:
            self._map[ord(old)] = ord(new)
        for first, last in DELETED_RANGES:
            self._class[ord(first) : ord(last) + 1] = _DELETED
        for char in QUOTE_MARKS + SENTENCE_STOPS:
            self._class[ord(char)] |= _MARK
        self._watched: frozenset[str] = frozenset()
        self._last: ScannedText | None = None
        self._split = _kernel_split()

    def watch(self, words: Iterable[str]) -> None:
        """Also list where these (normalized) words stand; called by a finder when built."""
        self._watched = self._watched.union(words)
        self._last = None

    def scan(self, text: str) -> ScannedText:
        last = self._last
        if last is not None and last.text == text:
            return last
        scanned = self._scan(text)
        self._last = scanned
        return scanned

    def _scan(self, text: str) -> ScannedText:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        try:  # take: a lighter loop; its bounds check finds the rare characters beyond the BMP
            mapped, classes = self._map.take(codes), self._class.take(codes)
        except IndexError:
            mapped, classes = self._wide(codes)
        marks: list[int] = (classes & _MARK).nonzero()[0].tolist()
        at = (classes == _DELETED).nonzero()[0]
        if at.size:
            kept = classes != _DELETED
            mapped, classes = mapped[kept], classes[kept]
        norms, starts, ends = _tokens(mapped, (classes & _WORD).view(np.bool_), self._split)
        tokens = Tokens(norms, starts, ends)
        watched = positions_in(norms, self._watched)
        norm = _normalized(text, mapped, at)
        return ScannedText(
            text,
            norm,
            tokens,
            _runs((classes & _DIGIT).astype(np.bool_)),
            watched,
            marks,
        )

    def _wide(self, codes: CodeArray) -> tuple[CodeArray, npt.NDArray[np.uint8]]:
        """Tables for the BMP; characters beyond it (emoji, rare scripts) one by one."""
        wide = codes >= _BMP
        inside = np.where(wide, 0, codes)
        mapped = np.where(wide, codes, self._map.take(inside))
        classes = self._class.take(inside)
        for i in wide.nonzero()[0].tolist():
            classes[i] = _classes([chr(int(codes[i]))])[0]
        return mapped, classes


def _classes(chars: list[str]) -> npt.NDArray[np.uint8]:
    """The regex engine's \\w (alphanumeric or underscore) and \\d (decimal) classes."""
    count = len(chars)
    word = np.fromiter(map(str.isalnum, chars), dtype=np.bool_, count=count)
    word |= np.fromiter((c == "_" for c in chars), dtype=np.bool_, count=count)
    digit = np.fromiter(map(str.isdecimal, chars), dtype=np.bool_, count=count)
    return (word * _WORD + digit * _DIGIT).astype(np.uint8)


def _normalized(text: str, kept: CodeArray, at: IndexArray) -> NormalizedText:
    """The normalized text and, when characters were deleted (at those original offsets),
    the map back to the original."""
    if not at.size:  # the common case: nothing to delete
        return NormalizedText(_decode(kept), text)
    shifts = at - np.arange(at.size)
    return NormalizedText(_decode(kept), text, at.tolist(), shifts.tolist())


class _Split(Protocol):
    def __call__(self, text: str, offset: int, /) -> tuple[list[str], list[int], list[int]]:
        ...


def _kernel_split() -> _Split | None:
    """The tagger's C word split (siyaq._token_kernel), or None (not built, or switched off).
    On a text of word characters and spaces alone, its tokens are exactly the runs of \\w."""
    found = native.kernel("_token_kernel")
    return None if found is None else cast(_Split, found.split_tokens)


def _tokens(
    codes: CodeArray, word: BoolArray, split: _Split | None = None
) -> tuple[list[str], list[int], list[int]]:
    """Runs of word characters: their text (split in C once the rest is blanked) and bounds."""
    if not codes.size:
        return [], [], []
    blanked = _decode(np.where(word, codes, np.uint32(_SPACE)))
    if split is not None:  # one pass in C makes the words and both offset lists
        return split(blanked, 0)
    # Only spaces separate the words once the rest is blanked (no \w character is a space):
    # split(" ") skips the whitespace test of every character that split() makes.
    norms = list(filter(None, blanked.split(" ")))
    padded = np.zeros(word.size + 2, dtype=np.bool_)
    padded[1:-1] = word
    bounds = (padded[1:] != padded[:-1]).nonzero()[0]  # where a run starts or ends
    return norms, bounds[0::2].tolist(), bounds[1::2].tolist()


def _runs(mask: BoolArray) -> list[tuple[int, int]]:
    """(start, end) of each run of True: digits are few, so the runs are read in Python."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    for at in mask.nonzero()[0].tolist():
        if at != end:
            if end >= 0:
                runs.append((start, end))
            start = at
        end = at + 1
    if end >= 0:
        runs.append((start, end))
    return runs


def _decode(codes: CodeArray) -> str:
    return codes.astype(np.uint32, copy=False).tobytes().decode("utf-32-le", "surrogatepass")
