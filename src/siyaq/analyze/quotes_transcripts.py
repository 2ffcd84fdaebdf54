"""Transcripts and interviews: `السفير جيفري: …` lines, two or more labels naming the same
speaker or a question label (`س:`), each line the labelled speaker's, an unlabelled line going
on with the last one."""

from __future__ import annotations

import re

from siyaq.analyze.dates_text import normalize
from siyaq.analyze.quotes_coreference import full_name
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_headlines import labels_a_speaker
from siyaq.analyze.quotes_heads import (
    ANONYMOUS_LABELS,
    FURNITURE_LABELS,
    LABEL_PREPOSITIONS,
    ORDINALS,
)
from siyaq.analyze.quotes_records import overlaps, quote_of, trimmed
from siyaq.analyze.quotes_spans import text_lines
from siyaq.analyze.quotes_speakers import Speaker
from siyaq.model import Quote

MIN_LABEL_CHARS, MAX_LABEL_CHARS = 2, 40  # a transcript's speaker label, before its colon
_LABEL = re.compile(rf"([^\n:]{{{MIN_LABEL_CHARS},{MAX_LABEL_CHARS}}}?):\s*(\S[^\n]*)")
_NOT_LABEL = re.compile(r"[\d()\-–،,«»\"“”*•]")


class TranscriptReader:
    """Reads labelled lines as the labelled speaker's quotes."""

    __slots__ = ("_dialogue", "_kinds")

    def __init__(self, kinds: dict[str, tuple[str, str]], dialogue: frozenset[str]) -> None:
        self._kinds = kinds
        self._dialogue = dialogue

    def quotes(self, doc: Doc, taken: list[Quote]) -> list[Quote]:
        """Transcripts: `السفير جيفري: …` lines (two or more labels make it an interview);
        an unlabelled line continues the last labelled speaker."""
        if doc.text.count(":") < 2:
            return []
        lines = text_lines(doc.text)
        found = [(a, b, _label(doc.text, a, b)) for a, b in lines]
        found = [(a, b, m if m and self._is_label(m.group(1)) else None) for a, b, m in found]
        named = [(normalize(m.group(1).strip()), m) for _, _, m in found if m]
        labels = [label for label, _ in named]
        # Labels that name no one (a fact box's keys, a page's topic tags) make no transcript
        # however often they repeat.
        speakers = [label for label, m in named if label in ANONYMOUS_LABELS
                    or labels_a_speaker(doc, m.start(1), m.end(1), self._kinds)]
        if len(speakers) * 2 <= len(labels):
            return []
        labels = speakers
        # A transcript has a question label, or a speaker labelled more than once; a feature
        # with a few `Name: …` list items has neither.
        if not (ANONYMOUS_LABELS.intersection(labels) or len(set(labels)) < len(labels)):
            return []
        quotes: list[Quote] = []
        speaker: Speaker | None = None
        for a, b, m in found:
            if m is not None:
                name = m.group(1).strip()
                anonymous = normalize(name) in ANONYMOUS_LABELS
                full = full_name(name, normalize(name), doc.names)
                speaker = None if anonymous else Speaker(full, None, "NAME", m.start(1))
                a = m.start(2)
            if speaker is None or overlaps(taken, a, b):
                continue
            verb = Verb(0, a, a, "", "label", speaker=speaker, inherited=m is None)
            start, end = trimmed(doc.text, a, b)
            quotes.append(quote_of(doc.text, start, end, verb, direct=True))
        return quotes

    def _is_label(self, text: str) -> bool:
        """A speaker's name or title before a colon (`السفير جيفري:`), not narration that
        introduces speech (`قلت بلهفة:`, `وعاد زكي يسألني:`): no word of it is a verb of
        speech."""
        words = text.split()
        return (
            0 < len(words) <= 4
            and not _NOT_LABEL.search(text)
            and " ".join(map(normalize, words)) not in FURNITURE_LABELS
            and normalize(words[-1]) not in LABEL_PREPOSITIONS and words[-1] != "على"
            and normalize(words[0]) not in self._kinds
            and normalize(words[0]) not in ORDINALS
            and self._dialogue.isdisjoint(map(normalize, words))
        )


def _label(text: str, start: int, end: int) -> re.Match[str] | None:
    """_LABEL on the line [start, end). A label holds no colon, so only a line whose first
    colon stands 2 to 40 characters in can start with one: the others skip the regex."""
    colon = text.find(":", start, min(end, start + MAX_LABEL_CHARS + 1))
    if colon < start + MIN_LABEL_CHARS:  # none near the start (-1), or one too close
        return None
    return _LABEL.match(text, start, end)
