"""Settings declared once: defaults, then environment, then CLI flags."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DB = "siyaq.db"


@dataclass(slots=True, frozen=True)
class Settings:
    # The archive: a SQLite file path, or a postgresql:// URL (kept as text: a URL is no path).
    db_path: str
    batch_size: int = 200

    @classmethod
    def resolve(cls, db: str | Path | None = None) -> Settings:
        """--db wins over $SIYAQ_DB, which wins over ./siyaq.db."""
        return cls(db_path=str(db or os.environ.get("SIYAQ_DB") or DEFAULT_DB))


def shared_data_dir() -> Path | None:
    """The ../shared/data folder beside the project (or $SIYAQ_SHARED_DATA), if present."""
    env = os.environ.get("SIYAQ_SHARED_DATA")
    candidates = [Path(env)] if env else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "data" for p in here.parents]
    candidates.append(Path.cwd().parent / "shared" / "data")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None
