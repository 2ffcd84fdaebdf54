"""A document-level second decoding: the types a text's first decoding gave a word elsewhere in
the same text count as evidence for it here.

In news a name is written several times in one article, and the tagger is often right on some
occurrences and wrong on others (missed, or typed differently). After the first Viterbi, every
token whose stem (the word without clitics and article) the first pass tagged elsewhere in the
text gets, for each type T, `weight * share(T)` added to its B-T and I-T scores, where share(T)
is the part of those other tagged occurrences typed T; then the text is decoded again. The
context still decides: a weak local score for a name is pulled up, a strong "O" is not.

Off by default (DOCUMENT_VOTE is 0.0): the weight 2.0, chosen on the inner validation slice
(+0.6 there), moved the dev split by -0.1 point for the CRF and +0.1 for the ensemble in
articles of 15 (docs/entities.md, "Document-level consistency"); kept to reproduce that.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from typing import Any

import numpy as np

from siyaq.analyze.ner_viterbi import CrfKernel, best_labels

DOCUMENT_VOTE = 0.0  # the taggers' default weight: off (see the module docstring)
MIN_STEM = 3  # shorter stems (clitic debris, letters) would spread a slip over many words


def vote_bonus(
    tags: Sequence[str], stems: Sequence[str], labels: Sequence[str], weight: float
) -> tuple[list[int], Any] | None:
    """(tokens, their (tokens, labels) rows of scores to add) for the document vote, or None
    when the vote cannot change the best path: no token's stem is tagged at another place of the
    text, or every such token is tagged already with the one type its stem has elsewhere (the
    bonus then raises the best path by at least as much as any other)."""
    typed: dict[str, dict[str, int]] = {}
    for i in compress(range(len(tags)), map("O".__ne__, tags)):
        stem = stems[i]
        if len(stem) >= MIN_STEM:
            counts = typed.setdefault(stem, {})
            counts[tags[i][2:]] = counts.get(tags[i][2:], 0) + 1
    if not typed:
        return None
    columns = {label: n for n, label in enumerate(labels)}
    rows: dict[tuple[str, str], Any] = {}  # per (stem, own type): the bonus row, or None
    tokens: list[int] = []
    found: list[Any] = []
    for i in compress(range(len(stems)), map(typed.__contains__, stems)):
        key = (stems[i], tags[i][2:])
        if key not in rows:
            rows[key] = _row(typed[key[0]], key[1], columns, weight)
        row = rows[key]
        if row is not None:
            tokens.append(i)
            found.append(row)
    return (tokens, np.stack(found)) if tokens else None


def _row(counts: dict[str, int], own: str, columns: dict[str, int], weight: float) -> Any:
    """The bonus of a token of type `own` ("": untagged) whose stem the text tags `counts`
    times by type; None when it could not change the best path (see vote_bonus)."""
    others = dict(counts)
    if own:
        others[own] -= 1  # the token's own tag is no evidence for itself
    tagged = sum(others.values())
    if not tagged or (own and others[own] == tagged):
        return None
    row = np.zeros(len(columns))
    for type_, count in others.items():
        if count:
            row[[columns[f"B-{type_}"], columns[f"I-{type_}"]]] = weight * count / tagged
    return row


def decode_with_vote(
    scores: Any,
    lengths: Sequence[int],
    transitions: Any,
    kernel: CrfKernel | None,
    labels: Sequence[str],
    stems: Sequence[str],
    weight: float,
) -> list[str]:
    """BIO tags of a text: the best path, then (weight > 0) the best path again with the
    vote_bonus() of the first one added. `scores` is not changed."""
    tags = [labels[t] for t in best_labels(scores, lengths, transitions, kernel)]
    if weight <= 0:
        return tags
    bonus = vote_bonus(tags, stems, labels, weight)
    if bonus is None:
        return tags
    voted = scores.copy()
    voted[bonus[0]] += bonus[1]
    return [labels[t] for t in best_labels(voted, lengths, transitions, kernel)]
