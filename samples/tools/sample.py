"""The one record every sample page is written from (fictional content, see samples/README.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class Sample:
    """One fictional news article as one outlet published it."""

    id: str
    outlet: str  # key of OUTLETS in outlets.py
    event: str  # the event it reports (E.. = story, N.. = hard negative, S.. = single report)
    when: str  # local publication time, "YYYY-MM-DDTHH:MM"
    slug: str
    title: str
    body: list[str]
    quotes: list[tuple[str, str]]  # (speaker, exact quoted words without the quote marks)
    entities: dict[str, list[str]]  # PERS/ORG/LOC -> names exactly as written in the text
    confusable_with: list[str] = field(default_factory=list)  # for hard negatives
    credit: str | None = None  # agency credit printed after the body (furniture, not body)

    @property
    def dt(self) -> datetime:
        return datetime.fromisoformat(self.when)

    @property
    def hard_negative(self) -> bool:
        return self.event.startswith("N")


def ents(pers: str = "", org: str = "", loc: str = "") -> dict[str, list[str]]:
    """Entity lists from '|'-separated names (keeps the data files short)."""
    return {k: [n for n in v.split("|") if n] for k, v in (("PERS", pers), ("ORG", org), ("LOC", loc))}
