"""A small curated list of places and organisations the training data lacks, applied after the CRF.

ANERcorp (2007) and ANERGazet know Damascus but not Aleppo, Homs, Idlib or Latakia, and not
ISIS; the model, which has seen none of them, leaves them untagged. The list
(`resources/ner_places.txt`, ours) holds only names that are not also common words, and a name
is only tagged where the model tagged nothing there, so the rule cannot break a span it found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path

from siyaq.analyze.ner_lists import LIST_KERNEL, positions_in
from siyaq.analyze.ner_text import normalize, strip_article

RESOURCE = Path(__file__).resolve().parent.parent / "resources" / "ner_places.txt"

# The proclitic groups a name may carry in running text: before a bare name, and before ال.
_BARE_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل")
_ARTICLE_CLITICS = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "وكال")


@dataclass(slots=True, frozen=True)
class PlaceList:
    """First-word forms (with every clitic) -> (the other words, type), longest names first."""

    firsts: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    # The one-word names as written without a clitic (حلب، اللاذقيه): a tagged word whose rest,
    # a proclitic off, is one of them is that place (بحلب). Not the first words of longer names:
    # many are common nouns (جامعة، حزب).
    bare_names: frozenset[str] = frozenset()
    # The first words of all names as written (بيونغ of بيونغ يانغ): none of them starts with a
    # proclitic, whatever its first letter.
    first_words: frozenset[str] = frozenset()
    # The names of two words or more, normalized (وحدات حمايه الشعب): `لوحدات حماية الشعب` is
    # ل + a listed name, though `وحدات` alone is no name.
    names: frozenset[str] = frozenset()

    @classmethod
    def load(cls, path: Path = RESOURCE) -> PlaceList:
        """`TYPE<TAB>name` lines; `#` starts a comment line."""
        entries = []
        for line in path.read_text(encoding="utf-8").splitlines():
            type_, _, name = line.partition("\t")
            if name and not line.startswith("#"):
                entries.append((type_, name))
        return cls.of(entries)

    @classmethod
    def of(cls, entries: Iterable[tuple[str, str]]) -> PlaceList:
        firsts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        bare: set[str] = set()
        written: set[str] = set()
        longer: set[str] = set()
        for type_, name in entries:
            first, *rest = (normalize(w) for w in name.split())
            written.add(first)
            if not rest:
                bare.add(first)
            else:
                longer.add(" ".join((first, *rest)))
            for form in _clitic_forms(first):
                firsts.setdefault(form, []).append((tuple(rest), type_))
        for names in firsts.values():
            names.sort(key=lambda entry: -len(entry[0]))
        return cls(firsts, frozenset(bare), frozenset(written), frozenset(longer))

    def apply(self, tags: list[str], words: Sequence[str]) -> list[str]:
        """The tags with listed names added where the model tagged none (words normalized).
        A name is only added where its words are all O, the word after it does not continue
        an entity, and the word before it is O or an entity of the same type (حلب وإدلب); a
        listed name the model tagged whole, as one entity or cut into several (`باريس` +
        `سان جيرمان`, `أتلتيكو` + `مدريد`), takes its listed type as one name."""
        firsts = self.firsts
        # Most of those found are tagged already (the name cannot go there: skipped before
        # the slices).
        result = tags
        for i in _listed(firsts, words):
            if result[i][:2] == "I-":  # inside an entity begun before: not this name's
                continue
            for rest, type_ in firsts[words[i]]:
                end = i + 1 + len(rest)
                if tuple(words[i + 1 : end]) == rest and (
                        _free(result, i, end, type_) or _covered(result, i, end)
                        or (rest and _holds_parts(result, i, end, type_))):
                    if result is tags:  # copied on the first name added: the input stays
                        result = list(tags)
                    result[i:end] = [f"B-{type_}"] + [f"I-{type_}"] * len(rest)
                    break
        return result


# Words per isdisjoint() test in _listed without the C list helpers: a text has a few listed
# words, so most blocks have none and cost one pass in C, without a Python call per word.
_BLOCK = 64


def _listed(firsts: dict[str, list[tuple[tuple[str, ...], str]]], words: Sequence[str]
            ) -> list[int]:
    """Positions of the words that begin a listed name, in order."""
    if LIST_KERNEL is not None and type(words) is list:  # one C loop over all the words
        return positions_in(words, firsts)
    listed = firsts.keys()
    hits: list[int] = []
    for first in range(0, len(words), _BLOCK):
        block = words[first : first + _BLOCK]
        if not listed.isdisjoint(block):
            hits += compress(range(first, first + len(block)), map(firsts.__contains__, block))
    return hits


def _covered(tags: list[str], start: int, end: int) -> bool:
    """Is [start, end) wholly tagged, as one person or cut into several entities, starting one
    and running into none after it? The model saw the name, but cut it (`باريس` a place, `سان
    جيرمان` another) or took a place for a person (`بيونغ يانغ` tagged PERS took that type into
    every mention of it). A whole name of another type is the model's (`حلب` the city's team)."""
    if end > len(tags) or tags[start][:2] != "B-" or "O" in tags[start + 1 : end]:
        return False
    if end < len(tags) and tags[end][:2] == "I-":
        return False
    inside = tags[start + 1 : end]
    return any(tag[:2] == "B-" for tag in inside) or (
        tags[start] == "B-PERS" and all(tag == "I-PERS" for tag in inside))


def _holds_parts(tags: list[str], start: int, end: int, type_: str) -> bool:
    """Does a listed name of two words or more hold the model's entities of other types wholly
    inside it, with words left untagged? The model knows a part, not the name: the place
    `الشام` of `هيئة تحرير الشام`. A part of the same type is ANERcorp's way and stays
    (`حماس` of `حركة حماس`, `مكة` of `مكة المكرمة`), and so does an entity running on past
    either edge."""
    inside = tags[start:end]
    if end > len(tags) or "O" not in inside or (end < len(tags) and tags[end][:2] == "I-"):
        return False
    if any(tag[2:] == type_ for tag in inside):
        return False
    return start == 0 or tags[start - 1] == "O" or tags[start - 1][2:] == type_ or (
        inside[0][:2] == "B-")


def _free(tags: list[str], start: int, end: int, type_: str) -> bool:
    if end > len(tags) or any(tag != "O" for tag in tags[start:end]):
        return False
    if end < len(tags) and tags[end].startswith("I-"):
        return False
    return start == 0 or tags[start - 1] == "O" or tags[start - 1][2:] == type_


def _clitic_forms(word: str) -> list[str]:
    """The word as it can appear after proclitics: اللاذقيه -> اللاذقيه، واللاذقيه، باللاذقيه،
    للاذقيه …; حلب -> حلب، وحلب، بحلب …"""
    bare = strip_article(word)
    if bare != word:
        return [clitic + bare for clitic in _ARTICLE_CLITICS]
    return [clitic + word for clitic in _BARE_CLITICS]
