"""Names the tagger split in two: `مان` `سيتي`, `هارفي` `واينستين`, each begun as a name of its
own right after a name of the same type. ANERcorp splits two adjacent names only where a
conjunction or a preposition is written on the second (`المتحدة وبريطانيا`, `أفريقيا بمصر`),
so a second name begun right after the first without one goes on the first. Places are left
as tagged: two places side by side are often subject and object (`اتهمت بريطانيا روسيا`), and
on the ANERcorp dev split joining them cost more than it gained (1.8 points of LOC F1); only a
place begun by a word that names no place alone (`سان` `بطرسبورغ`, `خان` `شيخون`, `لوس`
`أنجلس`) is one place."""

from __future__ import annotations

from collections.abc import Sequence

from siyaq.analyze.ner_text import normalize

# Each type joined, with the first letters of a second word that keep it apart
# (a person's name may begin with ب or ل: `بشار`, `ليلى`).
_KEPT_APART = {"B-PERS": "و", "B-ORG": "وبلفك", "B-MISC": "وبلفك"}
# First words of place names that are no place alone: a place tagged right after one of them
# goes on it (in all of ANT, 2,174 pairs of places stood side by side; these began about 300).
_PLACE_HEADS = frozenset(normalize(word) for word in (
    "سان", "سانت", "سانتا", "لوس", "لاس", "نيو", "نورث", "ساوث", "خان", "بيت", "دير", "بابوا",
    "بصرى", "ريف", "مكسيكو", "خميس", "بئر", "عين", "كفر", "تل", "رأس", "سيدي", "بوينس",
    "ريو", "هونغ", "كوالا", "كوستا", "بورتو", "سري", "جبل", "جبال", "وادي", "دلتا",
))


def join_split_names(tags: list[str], norms: Sequence[str], sizes: Sequence[int]) -> list[str]:
    """The tags with such second names made inside tags (`I-`) of the first, sentence by
    sentence (`sizes`: the sentences' lengths, in order)."""
    joined = list(tags)
    first = 0
    for size in sizes:
        for i in range(first + 1, first + size):
            tag, before = joined[i], joined[i - 1]
            apart = _KEPT_APART.get(tag)
            if apart is not None and before[2:] == tag[2:] and norms[i][:1] not in apart:
                joined[i] = "I-" + tag[2:]
            elif tag == "B-LOC" and before == "B-LOC" and norms[i - 1] in _PLACE_HEADS \
                    and norms[i][:1] != "و":
                joined[i] = "I-LOC"
        first += size
    return joined
