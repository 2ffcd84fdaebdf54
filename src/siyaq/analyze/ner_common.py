"""Common words the tagger reads as names, untagged after the CRF (the rule after ner_places).

The model learned ANERGazet's الخبر (Khobar) and tags the word in `رابط الخبر` ("the link of the
news"); it reads the month رمضان and the honorific معاليه ("his excellency") as people. These
are not in ANERcorp as names, so no training changes them. The list
(`resources/ner_common_words.txt`, ours) is short and each entry was checked on news
(docs/entities.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from siyaq.analyze.ner_lists import positions_in
from siyaq.analyze.ner_text import normalize

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "ner_common_words.txt"

# Words before a place name that make it one (normalized): محافظة الخبر, مدينة الخبر.
PLACE_TRIGGERS = frozenset(normalize(w) for w in (
    "محافظة", "مدينة", "قطاع", "بلدية", "مدن", "محافظات", "منطقة", "شرطة", "أمانة", "مطار",
    "ميناء", "كورنيش", "جامعة", "فرع", "مستشفى", "حي", "شاطئ", "شواطئ",
))


@dataclass(slots=True, frozen=True)
class CommonWordNames:
    """Word (normalized) -> (the types it is no name of, whether a place cue keeps it)."""

    words: dict[str, tuple[frozenset[str], bool]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path = RESOURCE) -> CommonWordNames:
        """`TYPES<TAB>word[<TAB>place cue]` lines; `#` starts a comment line."""
        entries = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                types, word, *rest = line.split("\t")
                entries.append((types.split(","), word, rest == ["place cue"]))
        return cls.of(entries)

    @classmethod
    def of(cls, entries: Iterable[tuple[Iterable[str], str, bool]]) -> CommonWordNames:
        return cls({normalize(w): (frozenset(types), cue) for types, w, cue in entries})

    def apply(self, tags: list[str], words: Sequence[str]) -> list[str]:
        """The tags with listed one-word names untagged (words normalized); the input stays."""
        listed = self.words
        # Only the few listed words are visited (found in C), in text order as before: an
        # untagged word changes what _place_cue reads at the words after it.
        hits = positions_in(words, listed)
        if not hits:
            return tags
        result = list(tags)
        for i in hits:
            entry = listed[words[i]]
            if not _alone(result, i) or result[i][2:] not in entry[0]:
                continue
            if not (entry[1] and _place_cue(result, words, i)):
                result[i] = "O"
        return result


def _alone(tags: list[str], i: int) -> bool:
    """A one-word name: B- not followed by I-."""
    return tags[i].startswith("B-") and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))


def _place_cue(tags: list[str], words: Sequence[str], i: int) -> bool:
    """A place trigger right before it, or a place named next to it: adjacent (الخبر والدمام:
    the و is on the next word) or across a comma (الدمام، الخبر)."""
    if i > 0 and words[i - 1] in PLACE_TRIGGERS:
        return True
    for step in (-1, 1):
        j = i + step
        if 0 <= j < len(tags) and words[j] in _COMMAS:
            j += step
        if 0 <= j < len(tags) and tags[j].endswith("-LOC"):
            return True
    return False


_COMMAS = frozenset(("،", ","))
