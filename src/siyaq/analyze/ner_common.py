"""Common words the tagger reads as names, untagged after the CRF (the rule after ner_places).

The model learned ANERGazet's الخبر (Khobar) and tags the word in `رابط الخبر` ("the link of the
news"); it reads the month رمضان and the honorific معاليه ("his excellency") as people, the
phrase حسن الجوار ("good neighbourliness") as a man, the month نيسان as the carmaker and a lone
قصر ("palace") as a place. These are not in ANERcorp as names, so no training changes them. The
list (`resources/ner_common_words.txt`, ours) is short and each entry was checked on news
(docs/entities.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from siyaq.analyze.ner_lists import positions_in
from siyaq.analyze.ner_text import normalize
from siyaq.arabic.stopwords import stopword_forms

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "ner_common_words.txt"

# What an entry's third column may say: keep the name when a place cue supports it; untag it
# only beside a month cue; take the name after it into it, else untag it; the same, as an
# organisation, also when the tagger ran on past it (`راديو سوا`, tagged a person).
PLACE_CUE, MONTH_CUE, NAME_FOLLOWS = "place cue", "month cue", "name follows"
HEADS_ORGANISATION = "heads an organisation"
_CONDITIONS = frozenset((PLACE_CUE, MONTH_CUE, NAME_FOLLOWS, HEADS_ORGANISATION))

# Words before a place name that make it one (normalized): محافظة الخبر, مدينة الخبر.
PLACE_TRIGGERS = frozenset(normalize(w) for w in (
    "محافظة", "مدينة", "قطاع", "بلدية", "مدن", "محافظات", "منطقة", "شرطة", "أمانة", "مطار",
    "ميناء", "كورنيش", "جامعة", "فرع", "مستشفى", "حي", "شاطئ", "شواطئ",
))


@dataclass(slots=True, frozen=True)
class CommonWordNames:
    """First word (normalized) -> [(the whole phrase's words, the types it is no name of, the
    condition: "" or one of _CONDITIONS)]."""

    words: dict[str, list[tuple[tuple[str, ...], frozenset[str], str]]] = field(
        default_factory=dict)

    @classmethod
    def load(cls, path: Path = RESOURCE) -> CommonWordNames:
        """`TYPES<TAB>words[<TAB>condition]` lines; `#` starts a comment line."""
        entries = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                types, phrase, *rest = line.split("\t")
                entries.append((types.split(","), phrase, rest[0] if rest else ""))
        return cls.of(entries)

    @classmethod
    def of(cls, entries: Iterable[tuple[Iterable[str], str, str]]) -> CommonWordNames:
        listed: dict[str, list[tuple[tuple[str, ...], frozenset[str], str]]] = {}
        for types, phrase, condition in entries:
            if condition and condition not in _CONDITIONS:
                raise ValueError(f"unknown condition {condition!r} for {phrase!r}")
            words = tuple(normalize(phrase).split())
            listed.setdefault(words[0], []).append((words, frozenset(types), condition))
        return cls(listed)

    def heads_organisation(self, word: str) -> bool:
        """Is the (normalized) word listed as the head of an organisation's name (`راديو`)?"""
        return any(phrase == (word,) and condition == HEADS_ORGANISATION
                   for phrase, _, condition in self.words.get(word, ()))

    def apply(self, tags: list[str], words: Sequence[str]) -> list[str]:
        """The tags with listed names untagged (words normalized); the input stays."""
        listed = self.words
        # Only the few listed words are visited (found in C), in text order as before: an
        # untagged word changes what _place_cue reads at the words after it.
        hits = positions_in(words, listed)
        if not hits:
            return tags
        result = list(tags)
        for i in hits:
            for phrase, types, condition in listed[words[i]]:
                if result[i][2:] not in types:
                    continue
                if condition == HEADS_ORGANISATION and _opens_mention(result, words, i, phrase):
                    _as_organisation(result, words, i, len(phrase))
                elif _is_mention(result, words, i, phrase):
                    _untag(result, words, i, len(phrase), condition)
        return result


def _is_mention(tags: list[str], words: Sequence[str], i: int, phrase: tuple[str, ...]) -> bool:
    """The phrase is a whole mention at i: B-, then I- for its other words, and no more."""
    end = i + len(phrase)
    if end > len(tags) or tuple(words[i:end]) != phrase or not tags[i].startswith("B-"):
        return False
    return (all(tag.startswith("I-") for tag in tags[i + 1:end])
            and (end == len(tags) or not tags[end].startswith("I-")))


def _opens_mention(tags: list[str], words: Sequence[str], i: int, phrase: tuple[str, ...]
                   ) -> bool:
    end = i + len(phrase)
    return tags[i].startswith("B-") and tuple(words[i:end]) == phrase and all(
        tag.startswith("I-") for tag in tags[i + 1:end])


def _as_organisation(tags: list[str], words: Sequence[str], i: int, size: int) -> None:
    """`راديو سوا` (the tagger's person), `راديو` + `إسرائيل` (its place after it): one
    organisation; `راديو` alone is the common word."""
    end = i + size
    while end < len(tags) and tags[end].startswith("I-"):
        end += 1
    if end == i + size:
        end += _named_after(tags, words, end)
    if end == i + size:  # nothing named after it
        tags[i:end] = ["O"] * size
    else:
        tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)


def _untag(tags: list[str], words: Sequence[str], i: int, size: int, condition: str) -> None:
    if condition == PLACE_CUE and _place_cue(tags, words, i):
        return
    if condition == MONTH_CUE and not _month_cue(words, i):
        return
    named = _named_after(tags, words, i + size) if condition == NAME_FOLLOWS else 0
    if named:
        tags[i + size:i + size + named] = ["I-" + tags[i][2:]] * named
        return
    tags[i:i + size] = ["O"] * size


def _month_cue(words: Sequence[str], i: int) -> bool:
    """نيسان as the month: after a day number or a time word, or with its Gregorian twin near
    (`نيسان (أبريل)`, `أبريل - نيسان`)."""
    if i > 0 and (words[i - 1].isdigit() or words[i - 1] in _MONTH_LEAD):
        return True
    return any(w in _APRIL for w in words[max(0, i - 3):i + 4])


def _named_after(tags: list[str], words: Sequence[str], j: int) -> int:
    """How many words after a head are its name: a name tagged there (قصر بكنغهام) or one
    untagged content word (قصر السلام, قصر شبرا); 0 when none."""
    if j >= len(tags):
        return 0
    if tags[j].startswith("B-"):
        end = j + 1
        while end < len(tags) and tags[end].startswith("I-"):
            end += 1
        return end - j
    word = words[j]
    content = word.isalpha() and len(word) > 2 and word not in _FUNCTION_WORDS
    return 1 if tags[j] == "O" and content else 0


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
_FUNCTION_WORDS = frozenset(normalize(w) for w in stopword_forms())
_APRIL = frozenset(normalize(w) for w in ("أبريل", "إبريل", "ابريل"))
_MONTH_LEAD = frozenset(normalize(w) for w in (
    "في", "منذ", "شهر", "حتى", "مطلع", "أوائل", "أواخر", "منتصف", "نهاية", "بداية", "خلال",
    "وفي", "ومنذ", "بين", "من", "إلى", "الى", "حتي",
))
