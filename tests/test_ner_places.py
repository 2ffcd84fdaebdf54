"""The curated place list applied after the CRF: only where the model tagged nothing."""

from __future__ import annotations

import random

import pytest

from siyaq.analyze.ner_places import PlaceList, _covered, _free, _holds_parts
from siyaq.analyze.ner_text import normalize

PLACES = PlaceList.of(
    [("LOC", "حلب"), ("LOC", "اللاذقية"), ("LOC", "رام الله"), ("ORG", "داعش"),
     ("ORG", "باريس سان جيرمان"), ("ORG", "هيئة تحرير الشام"), ("ORG", "حركة حماس"),
     ("LOC", "مكة المكرمة")]
)


def _apply(words: str, tags: str) -> list[str]:
    return PLACES.apply(tags.split(), [normalize(w) for w in words.split()])


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        ("قصف في حلب", "O O O", "O O B-LOC"),
        ("قصف وحلب", "O O", "O B-LOC"),
        ("ريف اللاذقية", "O O", "O B-LOC"),
        ("قرب واللاذقية", "O O", "O B-LOC"),
        ("مسلحو داعش", "O O", "O B-ORG"),
        ("في رام الله", "O O O", "O B-LOC I-LOC"),
        ("دمشق وحلب", "B-LOC O", "B-LOC B-LOC"),
        ("قصف حلب", "O B-PERS", "O B-LOC"),
        ("في رام الله اليوم", "O B-PERS I-PERS O", "O B-LOC I-LOC O"),
        ("فاز باريس سان جيرمان", "O B-LOC B-LOC I-LOC", "O B-ORG I-ORG I-ORG"),
        ("فاز باريس سان جيرمان", "O B-LOC B-ORG I-ORG", "O B-ORG I-ORG I-ORG"),
        ("باريس سان جيرمان", "B-LOC O B-LOC", "B-ORG I-ORG I-ORG"),
        ("سيطرت هيئة تحرير الشام", "O O O B-LOC", "O B-ORG I-ORG I-ORG"),
    ],
    ids=["bare", "clitic-waw", "with-article", "waw-article", "organisation", "two-words",
         "after-same-type", "a-place-is-no-person", "a-two-word-place-is-no-person",
         "a-name-cut-in-two-places", "a-name-cut-place-and-club", "places-and-a-word-untagged",
         "a-place-inside-an-organisation"],
)
def test_listed_names_are_tagged(words: str, tags: str, expected: str) -> None:
    assert _apply(words, tags) == expected.split()


@pytest.mark.parametrize(
    ("words", "tags"),
    [
        ("جامعة حلب", "B-ORG O"),  # the model found an organisation there: not a place
        ("حلب الشهباء", "O I-LOC"),  # a B- here would swallow the stray I- after it
        ("حلب", "B-ORG"),  # the model's own tag wins (the city's team, its council)
        ("سامي حلب", "B-PERS I-PERS"),  # a person's name holding the word
        ("حلب سامي", "B-PERS I-PERS"),
        ("رام", "O"),  # half of a two-word name
        ("حلبي", "O"),  # not the name
        ("باريس سان جيرمان", "B-LOC I-LOC I-LOC"),  # whole, though not as the list types it
        ("قالت حركة حماس", "O O B-ORG"),  # ANERcorp tags the name, not its head word
        ("بتوقيت مكة المكرمة", "O B-LOC O"),  # nor a place's epithet
        ("هيئة تحرير الشام الجديدة", "O O B-LOC I-LOC"),  # a part running on past the name
        ("باريس سان جيرمان اليوم", "B-LOC B-LOC I-LOC I-LOC"),  # runs on past it
    ],
    ids=["after-other-type", "before-continuation", "already-tagged", "inside-a-person",
         "opening-a-person", "partial-phrase", "longer-word", "whole-of-another-type",
         "a-part-of-the-same-type", "a-place-and-its-epithet", "a-part-running-on",
         "cut-and-running-on"],
)
def test_the_model_tags_are_left_alone(words: str, tags: str) -> None:
    assert _apply(words, tags) == tags.split()


def test_shipped_list_loads_without_common_words() -> None:
    places = PlaceList.load()
    assert {"حلب", "ادلب", "اللاذقيه", "داعش"} <= set(places.firsts)
    # Words that are also everyday nouns stay out (pictures, the door, the city, the news).
    assert not {"صور", "الباب", "المدينه", "الخبر"} & set(places.firsts)


def _plain_apply(places: PlaceList, tags: list[str], words: list[str]) -> list[str]:
    """apply() as first written: every listed word tried on a copy of the tags."""
    result = list(tags)
    for i, word in enumerate(words):
        for rest, type_ in places.firsts.get(word, []):
            end = i + 1 + len(rest)
            if tuple(words[i + 1 : end]) == rest and (
                    _free(result, i, end, type_) or _covered(result, i, end)
                    or (rest and _holds_parts(result, i, end, type_))):
                result[i:end] = [f"B-{type_}"] + [f"I-{type_}"] * len(rest)
                break
    return result


@pytest.mark.parametrize(
    ("words", "tags"),
    [
        ("", ""),
        ("حلب", "O"),
        ("في رام الله", "O O O"),
        ("رام الله", "O O"),
        ("في رام", "O O"),
        ("حلب وحلب بحلب", "B-LOC O O"),
        ("داعش في حلب", "B-ORG I-ORG O"),
        ("حلب داعش", "O O"),
        ("رام الله وحلب", "B-LOC O O"),
        ("جامعة حلب حلب", "B-ORG O O"),
    ],
    ids=["empty", "alone", "two-words-at-end", "two-words-at-start", "cut-phrase", "repeated",
         "after-other-entity", "adjacent-names", "inside-model-span", "after-other-type"],
)
def test_apply_agrees_with_the_plain_scan(words: str, tags: str) -> None:
    normalized = [normalize(w) for w in words.split()]
    given = tags.split()
    assert PLACES.apply(given, normalized) == _plain_apply(PLACES, given, normalized)
    assert given == tags.split()  # the model's tags are not changed in place


@pytest.mark.parametrize("seed", range(3), ids=[f"seed{seed}" for seed in range(3)])
def test_long_texts_agree_with_the_plain_scan(seed: int) -> None:
    # Texts longer than apply's blocks of words, with names at and across block edges.
    rng = random.Random(seed)
    pieces = ["حلب", "رام", "الله", "داعش", "في", "قال", "وحلب", "بحلب", "الوزير", "جامعة",
              "باريس", "سان", "جيرمان", "هيئة", "تحرير", "الشام"]
    labels = ["O"] * 6 + ["B-LOC", "I-LOC", "B-ORG", "B-PERS"]
    for size in (0, 1, 63, 64, 65, 128, 129, 300):
        words = [normalize(rng.choice(pieces)) for _ in range(size)]
        tags = [rng.choice(labels) for _ in range(size)]
        assert PLACES.apply(tags, words) == _plain_apply(PLACES, tags, words)
