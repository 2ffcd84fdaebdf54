"""Opening an archive as an older siyaq left it: the tests of a migration that fills a table
from the mentions (entity_counts, entity_spellings) roll the archive back to before it."""

from __future__ import annotations

from typing import Any


def created_in(migrations: tuple[tuple[str, ...], ...], table: str) -> int:
    """The schema version whose migration created `table`."""
    return next(n for n, steps in enumerate(migrations, 1)
                if any(f"CREATE TABLE {table}" in step for step in steps))


def open_before(store: Any, table: str, *later: str) -> Any:
    """The archive as a siyaq without `table` left it (nor the tables `later` schemas added),
    opened again by this one, which migrates it."""
    for name in (table, *later):
        store.conn.execute(f"DROP TABLE {name}")
    if hasattr(store, "dsn"):
        from siyaq.store.postgres import PostgresStore
        from siyaq.store.postgres_schema import MIGRATIONS as PG_MIGRATIONS

        store.conn.execute("DELETE FROM schema_version WHERE version >= ?",
                           (created_in(PG_MIGRATIONS, table),))
        return PostgresStore(store.dsn)
    from siyaq.store.schema import MIGRATIONS
    from siyaq.store.sqlite import SQLiteStore

    store.conn.execute(f"PRAGMA user_version = {created_in(MIGRATIONS, table) - 1}")
    return SQLiteStore(store.path)
