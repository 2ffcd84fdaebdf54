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


def tagged_everywhere(text: str, names: dict[str, str]) -> list[Mention]:
    """Each given name (-> its type) as a mention at every place it occurs, longer names
    first where two overlap."""
    found: list[Mention] = []
    for name, kind in sorted(names.items(), key=lambda item: -len(item[0])):
        start = text.find(name)
        while start >= 0:
            end = start + len(name)
            if not any(m.start < end and start < m.end for m in found):
                found.append(Mention(name, kind, start, end, name))
            start = text.find(name, end)
    return sorted(found, key=lambda m: m.start)


def said_everywhere(text: str, names: dict[str, str]) -> list[tuple[str | None, str]]:
    """As `said`, each name tagged wherever it occurs."""
    return [(q.speaker, q.text) for q in find_quotes(text, tagged_everywhere(text, names))]
