"""Whole-text character passes that cost a fraction of their one-call equivalents.

The regex engine tests a character class on every character: on a page of Arabic text, deleting
marks with ``pattern.sub`` was among the largest costs of cleaning it. Searching for each of the
few characters with str's C search answers the same question at a fraction of the cost. Each
function here returns exactly what its plain equivalent returns; below ``LONG_TEXT`` characters
it simply calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeVar, cast

from siyaq.native import kernel

T = TypeVar("T")

LONG_TEXT = 400  # shorter texts: the one regex call is cheaper than a search per character


def char_range(first: str, last: str) -> str:
    return "".join(map(chr, range(ord(first), ord(last) + 1)))


def delete_chars(text: str, pattern: re.Pattern[str], chars: str) -> str:
    """``pattern.sub("", text)`` for a one-character class pattern matching exactly ``chars``:
    a search for each character, and a replace of the few found."""
    if len(text) < LONG_TEXT:
        return pattern.sub("", text)
    for char in chars:
        if char in text:
            text = text.replace(char, "")
    return text


class LineKernel(Protocol):
    """siyaq._line_kernel (see src/native/line_kernel.c), as the extractors call it."""

    def split_lines(
        self, text: str, make: Callable[[int, str, str, str, int, int, int, int, bool], T], /
    ) -> list[T] | None: ...

    def fold(self, text: str, /) -> str: ...


def line_kernel() -> LineKernel | None:
    """The C line kernel, or None (not built, or SIYAQ_PURE_PYTHON set): each caller binds it
    once, at import, as a default argument, so a call pays no lookup."""
    return cast("LineKernel | None", kernel("_line_kernel"))


LINE_KERNEL = line_kernel()
