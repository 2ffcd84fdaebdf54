"""Storage behind a small protocol (store.base.Store); SQLite is the embedded default."""

from __future__ import annotations

from pathlib import Path

from siyaq.store.base import SearchQuery, Store

__all__ = ["SearchQuery", "Store", "open_store"]


def open_store(path: str | Path) -> Store:
    """Open (creating and migrating as needed) the archive at path."""
    from siyaq.store.sqlite import SQLiteStore

    return SQLiteStore(Path(path))
