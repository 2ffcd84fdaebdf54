"""A bounded memo: the per-object caches of the analysis steps (no module-level state)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def remembered(memo: dict[K, V], key: K, make: Callable[[K], V], limit: int) -> V:
    """memo[key], made with make(key) the first time. A full memo is emptied rather than
    pruned: the frequent keys come straight back, and it costs nothing per lookup."""
    found = memo.get(key)
    if found is None:
        if len(memo) >= limit:
            memo.clear()
        found = memo[key] = make(key)
    return found
