"""Type stub for the C line kernel (src/native/line_kernel.c)."""

from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")

def split_lines(
    text: str, make: Callable[[int, str, str, str, int, int, int, int, bool], _T], /
) -> list[_T] | None: ...
def fold(text: str, /) -> str: ...
