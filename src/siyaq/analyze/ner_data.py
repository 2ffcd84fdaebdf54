"""ANERcorp-format data: `token TAG` per line, BIO tags, sentences cut at . ؟ !

Also the span arithmetic shared by training, evaluation and the tagger (BIO tags -> spans).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path

from siyaq.analyze.ner_lists import positions_ne
from siyaq.analyze.ner_text import SENTENCE_END

TYPES = ("PERS", "LOC", "ORG", "MISC")
DEV_FRACTION = 0.15  # the last 15% of sentences: held out of training, our dev numbers
# The last tenth of the training part: the inner validation slice on which recipes are chosen
# (a model trained on part "inner", scored on part "validation"), so the dev part stays unread.
VALIDATION_FRACTION = 0.1


@dataclass(slots=True)
class Sentence:
    words: list[str]
    tags: list[str]


def read_anercorp(path: Path) -> list[Sentence]:
    """Sentences of a `token TAG` file. Lines with stray fields keep their first and last."""
    sentences: list[Sentence] = []
    current = Sentence([], [])
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) < 2:
            continue  # blank or a token with no tag: nothing to learn from
        word, tag = fields[0], fields[-1]
        current.words.append(word)
        current.tags.append(tag if tag[:2] in ("B-", "I-") and tag[2:] in TYPES else "O")
        if word in SENTENCE_END:
            sentences.append(current)
            current = Sentence([], [])
    if current.words:
        sentences.append(current)
    return sentences


def split(sentences: Sequence[Sentence], part: str) -> list[Sentence]:
    """"train" (first 85%), "dev" (last 15%) or "all"; "inner" and "validation" are the
    training part without its last tenth, and that tenth."""
    cut = round(len(sentences) * (1 - DEV_FRACTION))
    if part in ("inner", "validation"):
        training = sentences[:cut]
        inner = round(len(training) * (1 - VALIDATION_FRACTION))
        return list(training[:inner] if part == "inner" else training[inner:])
    if part == "train":
        return list(sentences[:cut])
    if part == "dev":
        return list(sentences[cut:])
    if part == "all":
        return list(sentences)
    raise ValueError(f"unknown split {part!r}: use train, dev, all, inner or validation")


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, type) of each entity, conlleval-style: a stray I- starts a new one."""
    result: list[tuple[int, int, str]] = []
    start, type_ = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and kind == type_ and start >= 0
        if start >= 0 and not continues:
            result.append((start, i, type_))
            start, type_ = -1, ""
        if prefix in ("B", "I") and not continues:
            start, type_ = i, kind
    return result


def text_spans(tags: Sequence[str], lengths: Sequence[int]) -> list[tuple[int, int, str]]:
    """spans() of each sentence of a tagged text (consecutive sentences of the given lengths),
    as positions in the whole text. Only the few tagged tokens are visited (found in C)."""
    named = positions_ne(tags, "O")
    if not named:
        return []
    heads = set(accumulate(lengths[:-1]))  # first token of every sentence but the first
    result: list[tuple[int, int, str]] = []
    start, last, type_ = -1, -2, ""
    for i in named:
        tag = tags[i]
        kind = tag[2:]
        # An I- continues only the entity of its type on the token just before, in its sentence.
        if not (tag[0] == "I" and kind == type_ and last == i - 1 and i not in heads):
            if start >= 0:
                result.append((start, last + 1, type_))
            start, type_ = i, kind
        last = i
    result.append((start, last + 1, type_))
    return result


def entity_phrases(sentences: Iterable[Sentence]) -> Iterable[tuple[list[str], str]]:
    """(words, type) of every gold entity."""
    for sentence in sentences:
        for start, end, type_ in spans(sentence.tags):
            yield sentence.words[start:end], type_
