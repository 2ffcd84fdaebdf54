"""Helpers for quote tests that tag the names they give, so a case states its own mentions."""

from __future__ import annotations

from siyaq.analyze.quotes import find_quotes
from siyaq.model import Mention


def tagged(text: str, names: dict[str, str]) -> list[Mention]:
    """Each given name (-> its type) as a mention at its first place in `text`."""
    found = [Mention(name, kind, text.index(name), text.index(name) + len(name), name)
             for name, kind in names.items() if name in text]
    return sorted(found, key=lambda m: m.start)


def said(text: str, names: dict[str, str]) -> list[tuple[str | None, str]]:
    """(speaker, quote) of every quote found, the names given tagged as mentions."""
    return [(q.speaker, q.text) for q in find_quotes(text, tagged(text, names))]
