"""A document-level second decoding: the types a text's first decoding gave a word elsewhere in
the same text count as evidence for it here.

In news a name is written several times in one article, and the tagger is often right on some
occurrences and wrong on others (missed, or typed differently). After the first Viterbi, every
token whose stem (the word without clitics and article) the first pass tagged elsewhere in the
text gets, for each type T, `weight * share(T)` added to its B-T and I-T scores, where share(T)
is the part of those other tagged occurrences typed T; then the text is decoded again. The
context still decides: a weak local score for a name is pulled up, a strong "O" is not.

Off by default (DOCUMENT_VOTE is 0.0): measured in docs/entities.md ("Document-level
consistency"), where the weight 2.0 was chosen on the inner validation slice.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from typing import Any

import numpy as np

from siyaq.analyze.ner_viterbi import CrfKernel, best_labels

DOCUMENT_VOTE = 0.0  # the taggers' default weight: off (see the module docstring)
MEASURED_VOTE = 2.0  # the weight chosen on the inner validation slice (not shipped)
MIN_STEM = 3  # shorter stems (clitic debris, letters) would spread a slip over many words


def vote_bonus(
    tags: Sequence[str], stems: Sequence[str], labels: Sequence[str], weight: float
) -> Any | None:
    """(tokens, labels) scores to add for the document vote, or None when no token's stem is
    tagged at another place of the text (then a second decoding would change nothing)."""
    typed: dict[str, dict[str, int]] = {}
    for i in compress(range(len(tags)), map("O".__ne__, tags)):
        stem = stems[i]
        if len(stem) >= MIN_STEM:
            counts = typed.setdefault(stem, {})
            counts[tags[i][2:]] = counts.get(tags[i][2:], 0) + 1
    if not typed:
        return None
    columns = {label: n for n, label in enumerate(labels)}
    bonus: Any = None
    for i in compress(range(len(stems)), map(typed.__contains__, stems)):
        others = dict(typed[stems[i]])
        if tags[i] != "O":
            others[tags[i][2:]] -= 1  # the token's own tag is no evidence for itself
        tagged = sum(others.values())
        if not tagged:
            continue
        if bonus is None:
            bonus = np.zeros((len(tags), len(labels)))
        for type_, count in others.items():
            if count:
                share = weight * count / tagged
                bonus[i, columns[f"B-{type_}"]] += share
                bonus[i, columns[f"I-{type_}"]] += share
    return bonus


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
    return [labels[t] for t in best_labels(scores + bonus, lengths, transitions, kernel)]
