"""Passes over a text's tokens that test or look up every item, in one C loop each.

The tagger and the date scan find the few tokens that pass a test (a tag other than O, a
word of a set) and look up every word in the word table. Written as
`list(compress(range(n), map(test, items)))` or `list(map(...))` in Python, such a pass costs
about 350 interpreter instructions an item (an int made for every index, a call for every
test); the token kernel (src/native/token_kernel.c) makes the same lists at some 30-60. Without
the kernel (not built, or SIYAQ_PURE_PYTHON set), the Python expressions below give the same
lists: tests/test_token_kernel.py compares both. The C loops read lists only; other
sequences take the Python path.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from itertools import compress, repeat
from operator import eq, ne
from typing import Any, Protocol, TypeVar, cast

from siyaq import native

_T = TypeVar("_T")
_V = TypeVar("_V")


class ListKernel(Protocol):
    """The list helpers of siyaq._token_kernel."""

    def positions_in(self, items: list[Any], container: Container[Any], /) -> list[int]: ...
    def positions_eq(self, items: list[Any], value: object, /) -> list[int]: ...
    def positions_ne(self, items: list[Any], value: object, /) -> list[int]: ...
    def get_all(self, mapping: dict[Any, _V], keys: list[Any], default: _V, /) -> list[_V]: ...
    def take(self, items: list[_T], indices: list[int], /) -> list[_T]: ...


def list_kernel() -> ListKernel | None:
    """The C helpers, or None. A kernel built from an older source lacks them: None too, so an
    install that was not rebuilt runs the Python path instead of failing."""
    found = native.kernel("_token_kernel")
    return cast("ListKernel", found) if hasattr(found, "take") else None


# Bound once, as ner_text binds the word split (TOKEN_KERNEL); the functions take it as a
# default, so a test can pass None to run the Python path.
LIST_KERNEL = list_kernel()


def positions_in(items: Sequence[Any], container: Container[Any],
                 kernel: ListKernel | None = LIST_KERNEL) -> list[int]:
    """Indices of the items that are in container, in order."""
    if kernel is not None and type(items) is list:
        return kernel.positions_in(items, container)
    return list(compress(range(len(items)), map(container.__contains__, items)))


def positions_eq(items: Sequence[Any], value: object,
                 kernel: ListKernel | None = LIST_KERNEL) -> list[int]:
    """Indices of the items equal to value (ints or strings: identity implies equality)."""
    if kernel is not None and type(items) is list:
        return kernel.positions_eq(items, value)
    return list(compress(range(len(items)), map(eq, items, repeat(value))))


def positions_ne(items: Sequence[Any], value: object,
                 kernel: ListKernel | None = LIST_KERNEL) -> list[int]:
    """Indices of the items not equal to value (ints or strings)."""
    if kernel is not None and type(items) is list:
        return kernel.positions_ne(items, value)
    return list(compress(range(len(items)), map(ne, items, repeat(value))))


def get_all(mapping: dict[Any, _V], keys: Sequence[Any], default: _V,
            kernel: ListKernel | None = LIST_KERNEL) -> list[_V]:
    """mapping.get(key, default) of each key."""
    if kernel is not None and type(keys) is list and type(mapping) is dict:
        return kernel.get_all(mapping, keys, default)
    return list(map(mapping.get, keys, repeat(default)))


def take(items: list[_T], indices: Sequence[int], kernel: ListKernel | None = LIST_KERNEL
         ) -> list[_T]:
    """items[i] of each index."""
    if kernel is not None and type(items) is list and type(indices) is list:
        return kernel.take(items, indices)
    return list(map(items.__getitem__, indices))
