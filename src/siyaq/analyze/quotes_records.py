"""Quote records from the spans found: edges stripped of spaces and punctuation, the speaker's
name without the marks or hashtag it was written in, nothing that overlaps a quote already
taken, and paragraphs wholly in marks that go on with the quote before them."""

from __future__ import annotations

from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_lexicon import CONTINUATION
from siyaq.model import Quote


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "،,:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,؛;"):
        end -= 1
    return start, end


def paragraphs_going_on(doc: Doc, taken: list[Quote]) -> list[Quote]:
    """A paragraph wholly in marks right after a paragraph that ends with a speaker's quote goes
    on with that speaker (`وقال المدرب: "…".` then `"نحن لا نتوقع ذلك …".`), as news writes a
    long statement over several paragraphs."""
    found: list[Quote] = []
    text = doc.text
    for span in doc.spans:
        if span.open_mark in doc.absorbed or not span.closed \
                or overlaps(taken, span.start, span.end) or overlaps(found, span.start, span.end):
            continue
        line_start = text.rfind("\n", 0, span.open_mark) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start : span.open_mark].strip() or text[span.end + 1 : line_end].strip(
                " .،,؛"):
            continue  # the marks do not hold the whole paragraph
        before = [q for q in taken + found if q.end <= line_start and q.speaker]
        last = max(before, key=lambda q: q.end, default=None)
        if last is None or text[last.end : line_start].strip(" .،,؛\"”»'\n") \
                or text.count("\n", last.end, line_start) != 1:
            continue  # the paragraph before does not end with that quote
        start, end = trimmed(text, span.start, span.end)
        found.append(Quote(text[start:end], start, end, last.speaker, last.speaker_canonical,
                           last.verb, direct=True, inherited=True))
    return found


def reported(doc: Doc, spans: list[tuple[int, int, Verb]], taken: list[Quote]) -> list[Quote]:
    """Each (start, end, verb) span as reported speech, unless it overlaps a quote found."""
    found: list[Quote] = []
    for start, end, verb in spans:
        start, end = trimmed(doc.text, start, end)
        if end > start and not overlaps(taken + found, start, end):
            found.append(quote_of(doc.text, start, end, verb, direct=False))
    return found


def overlaps(quotes: list[Quote], start: int, end: int) -> bool:
    return any(q.start < end and start < q.end for q in quotes)


def quote_of(text: str, start: int, end: int, verb: Verb, direct: bool) -> Quote:
    speaker = verb.speaker
    return Quote(
        text=text[start:end],
        start=start,
        end=end,
        speaker=_unquoted(speaker.name) if speaker else None,
        speaker_canonical=(speaker.canonical or _unquoted(speaker.name)) if speaker else None,
        verb=text[verb.start : verb.end] if verb.kind != "label" else None,
        direct=direct,
        inherited=verb.inherited or (verb.form in CONTINUATION and verb.region_end == verb.end),
    )


def _unquoted(name: str) -> str:
    """`منظمة "هيومن رايتس ووتش`, `#لورا_سميت`: the name without the quotation marks or the
    hashtag it was written in (a hashtag's `_` joins its words), nor a preposition the
    reading ran on into (`فينيسيوس أمام`, `وزارة الخارجية الروسية عن`)."""
    cleaned = name.translate(_NAME_MARKS)
    cleaned = name if cleaned == name else " ".join(cleaned.split())
    head, space, last = cleaned.rpartition(" ")
    if space and last in _RUN_ON_PREPOSITIONS and head.rsplit(" ", 1)[-1] not in _SPELLED:
        return head
    return cleaned


# Prepositions that end no name (`سي أن أن`, `تي في`, `يو إن` spell letters: _SPELLED).
_RUN_ON_PREPOSITIONS = frozenset({"من", "عن", "أمام", "إلى", "على", "منذ", "بأن", "أن", "إن",
                                  "في", "خلال", "مع"})


_SPELLED = frozenset({"سي", "تي", "يو", "إن", "أن", "بي", "إي", "آي", "دي"})


_NAME_MARKS = str.maketrans({"\"": None, "«": None, "»": None, "“": None, "”": None, "#": None,
                             "_": " "})
