"""Storage behind a small protocol (store.base.Store); SQLite is the embedded default,
PostgreSQL the shared server for larger archives."""

from __future__ import annotations

from pathlib import Path

from siyaq.store.base import SearchQuery, Store

__all__ = ["SearchQuery", "Store", "describe", "is_server_archive", "open_store"]

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_archive(location: str | Path) -> bool:
    """True for a PostgreSQL URL, False for a SQLite file path."""
    return str(location).startswith(SERVER_SCHEMES)


def describe(location: str | Path) -> str:
    """The archive's location for messages and logs, with any password hidden."""
    text = str(location)
    if not is_server_archive(text):
        return text
    scheme, _, rest = text.partition("://")
    credentials, at, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}{':***' if ':' in credentials else ''}{at}{host}"


def open_store(location: str | Path) -> Store:
    """Open (creating and migrating as needed) the archive at location: a SQLite file path,
    or a ``postgresql://`` URL (needs the ``postgres`` extra)."""
    if is_server_archive(location):
        from siyaq.store.postgres import PostgresStore

        return PostgresStore(str(location))
    from siyaq.store.sqlite import SQLiteStore

    return SQLiteStore(Path(location))
