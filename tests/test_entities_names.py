"""The per-article name passes of entities_names give what the straightforward scans gave."""

from __future__ import annotations

import copy
import random

import pytest

from siyaq.analyze import ner_aliases
from siyaq.analyze.entities_names import (
    begin_forms,
    find_repeats,
    join_full_names,
    name_words,
    repeated_names,
)
from siyaq.analyze.ner_aliases import canonical_name
from siyaq.analyze.ner_text import token_columns
from siyaq.model import Mention

# Fictional names; the random articles below draw their mentions from them.
NAMES = ["بشار الأسد", "الأسد", "سامي الحداد", "الحداد", "سامي", "جيمس جيفري", "جيفري",
         "محمد علي", "أحمد علي", "علي", "عبد الله بن زيد", "بن زيد", "زيد", "حلب"]


def _mention(text: str, type_: str, start: int, in_title: bool = False) -> Mention:
    return Mention(text, type_, start, start + len(text), canonical_name(text, type_), in_title)


def _joined(mentions: list[Mention], fast: bool) -> list[tuple[str, str | None]]:
    mentions = copy.deepcopy(mentions)
    if fast:
        join_full_names(mentions, [name_words(m.text) for m in mentions])
    else:
        ner_aliases.join_full_names(mentions)
    return [(m.type, m.canonical) for m in mentions]


@pytest.mark.parametrize(
    "mentions",
    [
        [_mention("الأسد", "PERS", 0, True), _mention("بشار الأسد", "PERS", 10),
         _mention("الأسد", "LOC", 40)],
        # A two-word name that is itself the end of a longer one, met before and after it.
        [_mention("بن زيد", "PERS", 0), _mention("زيد", "ORG", 10),
         _mention("عبد الله بن زيد", "PERS", 20), _mention("زيد", "PERS", 40)],
        # The longer person is only in the title: body names come first.
        [_mention("عبد الله بن زيد", "PERS", 0, True), _mention("بن زيد", "PERS", 5),
         _mention("زيد", "MISC", 30)],
        [_mention("محمد علي", "PERS", 0), _mention("أحمد علي", "PERS", 20),
         _mention("علي", "PERS", 40)],
        [_mention("سامي", "PERS", 0), _mention("حلب", "LOC", 9)],
    ],
    ids=["title-short-name", "chained-suffixes", "title-only-full-name", "same-surname",
         "nothing-to-join"],
)
def test_full_names_join_as_the_scan_does(mentions: list[Mention]) -> None:
    assert _joined(mentions, fast=True) == _joined(mentions, fast=False)


@pytest.mark.parametrize("seed", range(5), ids=[f"seed{n}" for n in range(5)])
def test_random_articles_join_as_the_scan_does(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(200):
        mentions = [
            _mention(rng.choice(NAMES), rng.choice(["PERS", "PERS", "LOC", "ORG"]),
                     rng.randint(0, 500), rng.random() < 0.2)
            for _ in range(rng.randint(0, 8))
        ]
        assert _joined(mentions, fast=True) == _joined(mentions, fast=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("جيمس جيفري", (("جيمس", "جيفري"), True, True)),
        ("السيد أشرف السيد", (("السيد", "اشرف", "السيد"), True, False)),  # a title: no surname
        ("علي", (("علي",), True, False)),
        ("بن", (("بن",), False, False)),
    ],
    ids=["person", "title-surname", "one-word", "too-short"],
)
def test_name_words(text: str, expected: tuple[tuple[str, ...], bool, bool]) -> None:
    form = name_words(text)
    assert (form.words, form.long_enough, form.surname) == expected


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("قال جيمس جيفري إن الوفد وصل، وأضاف جيفري أن لقاء جيمس جيفري تم واتصل بجيفري.",
         _mention("جيمس جيفري", "PERS", 4)),
        ("زار حلب ثم حلب وحلب", _mention("حلب", "LOC", 4)),
        ("خبر بلا اسم", _mention("حلب", "LOC", 40)),
    ],
    ids=["surname-and-clitic", "place", "no-candidate"],
)
def test_given_begin_forms_find_the_same_repeats(text: str, known: Mention) -> None:
    names = repeated_names([known])
    tokens = token_columns(text)
    given = find_repeats(text, tokens, names, [known], False, forms=begin_forms(names))
    assert given == find_repeats(text, tokens, names, [known], False)
    assert all(text[m.start : m.end] == m.text for m in given)
