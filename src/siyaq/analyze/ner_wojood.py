"""Wojood (nested Arabic NER, 21 types) read as ANERcorp's flat PERS/LOC/ORG/MISC sentences.

Extra training sentences for the CRF (`siyaq train ner --extra wojood`). Lines are
`token TAG [TAG ...]`, one tag per entity layer the token is in (outermost first); blank lines
end sentences and `$#$` marks the end of a passage (not a word: dropped).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from pathlib import Path

from siyaq.analyze.ner_data import Sentence
from siyaq.analyze.ner_text import word_stem

WOJOOD_FILES = ("train.txt", "val.txt", "test.txt")
PASSAGE_END = "$#$"
# Wojood type -> ANERcorp type, on ANERcorp's own conventions: countries and cities (GPE) are
# LOC; events (بطولة، كأس العالم) and currencies (دولار) are MISC there. Nationalities (NORP:
# الإسرائيلي is O 105 times), facilities (مطار دمشق: only دمشق is tagged), jobs, dates and
# numbers are left untagged, so names nested inside them come out.
TYPE_MAP = {
    "PERS": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
    "EVENT": "MISC", "CURR": "MISC", "PRODUCT": "MISC",
}

# The kind of place before its name (stems, normalized): ANERcorp leaves them untagged
# (مدينة is O all 106 times, قطاع غزة tags غزة alone); Wojood's GPE spans include them.
PLACE_KINDS = frozenset(word_stem(w) for w in (
    "مدينة", "قرية", "بلدة", "محافظة", "منطقة", "قضاء", "قطاع", "ولاية", "مخيم", "إقليم",
    "مقاطعة", "عاصمة",
))
Span = tuple[int, int, str]  # first token, last + 1, type


def layer_spans(layers: Sequence[Sequence[str]]) -> list[Span]:
    """Spans of every layer of a sentence's nested tags (each token's list of BIO tags). The
    k-th tag of a type on a token belongs to that type's k-th nesting level."""
    spans: list[Span] = []
    open_: dict[tuple[str, int], int] = {}  # (type, level) -> first token of the open span
    for i, tags in enumerate([*layers, []]):
        here: dict[tuple[str, int], str] = {}
        for tag in tags:
            prefix, _, kind = tag.partition("-")
            if prefix in ("B", "I") and kind:
                level = sum(1 for type_, _ in here if type_ == kind)
                here[(kind, level)] = prefix
        for key, first in list(open_.items()):
            if here.get(key) != "I":  # B, another type or nothing: the open span ends
                spans.append((first, i, key[0]))
                del open_[key]
        for key in here:
            if key not in open_:
                open_[key] = i
    return sorted(spans)


def flat_tags(
    words: Sequence[str], layers: Sequence[Sequence[str]], places: Set[str] = frozenset()
) -> list[str]:
    """ANERcorp-style tags: the outermost span of a kept type wins (ANERcorp tags جامعة
    القاهرة as one ORG); spans of dropped types are ignored, so a name inside them stays. Two
    conventions of ANERcorp's are applied: a place is LOC even where it acts as an organisation
    (an ORG span whose text is among `places`, Wojood's GPE/LOC texts), and a place's kind
    (مدينة، قرية، قطاع) is not part of its name."""
    tags = ["O"] * len(layers)
    kept = [(a, b, TYPE_MAP[t]) for a, b, t in layer_spans(layers) if t in TYPE_MAP]
    for first, end, type_ in sorted(kept, key=lambda s: (s[0], s[0] - s[1])):
        if type_ == "ORG" and span_key(words[first:end]) in places:
            type_ = "LOC"
        while type_ == "LOC" and end - first > 1 and word_stem(words[first]) in PLACE_KINDS:
            first += 1
        if all(tag == "O" for tag in tags[first:end]):
            tags[first:end] = [f"B-{type_}"] + [f"I-{type_}"] * (end - first - 1)
    return tags


def span_key(words: Sequence[str]) -> str:
    return " ".join(word_stem(w) for w in words)


def read_layers(path: Path) -> list[tuple[list[str], list[list[str]]]]:
    """(words, each word's nested tags) of every sentence of one Wojood file."""
    sentences: list[tuple[list[str], list[list[str]]]] = []
    words: list[str] = []
    layers: list[list[str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        fields = line.split()
        if fields and fields[0] != PASSAGE_END:
            words.append(fields[0])
            layers.append(fields[1:])
        elif not fields and words:
            sentences.append((words, layers))
            words, layers = [], []
    return sentences


def wojood_sentences(folder: Path) -> list[Sentence]:
    """All of a Wojood folder's files in a fixed order, flattened (see flat_tags); none when
    the folder is absent."""
    raw = [s for name in WOJOOD_FILES if (folder / name).is_file()
           for s in read_layers(folder / name)]
    places = {
        span_key(words[a:b]) for words, layers in raw
        for a, b, type_ in layer_spans(layers) if type_ in ("GPE", "LOC")
    }
    return [Sentence(words, flat_tags(words, layers, places)) for words, layers in raw]
