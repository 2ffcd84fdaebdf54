"""The per-article name passes of entities_names give what the straightforward scans gave."""

from __future__ import annotations

import copy
import random
import re

import pytest

from siyaq.analyze import ner_aliases
from siyaq.analyze.entities_names import (
    REPEAT_CLITICS,
    NameWords,
    advance_letters,
    begin_forms,
    find_repeats,
    head_sizes,
    join_full_names,
    name_words,
    repeated_names,
)
from siyaq.analyze.ner_aliases import canonical_name, light_normalize
from siyaq.analyze.ner_lexicon import TRIGGERS
from siyaq.analyze.ner_text import normalize, token_columns, word_stem
from siyaq.model import Mention

# Fictional names; the random articles below draw their mentions from them.
NAMES = ["بشار الأسد", "الأسد", "سامي الحداد", "الحداد", "سامي", "جيمس جيفري", "جيفري",
         "محمد علي", "أحمد علي", "علي", "عبد الله بن زيد", "بن زيد", "زيد", "حلب",
         "كيم جونغ أون", "كيم يو جونغ", "كيم", "جونغ"]


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
        # A longer span written later (the tagger ran over `زيد طرد الأسد`): the one
        # introduced first; with the same first word, the longer one (one person).
        [_mention("بشار الأسد", "PERS", 0), _mention("زيد طرد الأسد", "PERS", 20),
         _mention("الأسد", "PERS", 40)],
        [_mention("سامي الحداد", "PERS", 0), _mention("سامي علي الحداد", "PERS", 20),
         _mention("الحداد", "PERS", 40)],
    ],
    ids=["title-short-name", "chained-suffixes", "title-only-full-name", "same-surname",
         "nothing-to-join", "introduced-first", "same-first-name-the-longest"],
)
def test_full_names_join_as_the_scan_does(mentions: list[Mention]) -> None:
    assert _joined(mentions, fast=True) == _joined(mentions, fast=False)


@pytest.mark.parametrize(
    ("full", "short", "joins"),
    [
        ("بشار الأسد", "الأسد", True),
        ("محمد بن سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز", False),  # the father
        ("سلمان بن عبدالعزيز آل سعود", "سعود", False),  # the family's name
        ("خالد عبد الله", "الله", False),  # a divine name after عبد
        ("سلمان بن عبدالعزيز آل سعود - حفظه الله", "الله", False),  # a span run past a dash
        ("أبو بكر البغدادي", "البغدادي", True),
        ("كيم جونغ أون", "كيم", True),  # a Korean family name, written first
        ("شي جين بينغ", "شي", True),
        ("جيمس جيفري", "جيمس", False),  # a first name alone joins nobody
        ("كيم جونغ أون", "أون", True),  # the last word still does
        ("حسن نصر الله", "الله", False),  # God, not the man (ANT: `الله` joined 8 names)
        ("حسن نصر الله", "نصر الله", True),
    ],
    ids=["surname", "father-after-bin", "family-after-al", "after-abd", "past-a-dash",
         "after-a-kunya", "family-name-first", "chinese-family-name", "a-first-name",
         "last-word-of-a-korean-name", "allah-alone", "a-name-with-allah"],
)
def test_a_short_name_joins_only_the_person(full: str, short: str, joins: bool) -> None:
    mentions = [_mention(full, "PERS", 0), _mention(short, "PERS", 60)]
    for fast in (True, False):
        joined = _joined(mentions, fast)[1][1]
        assert (joined == mentions[0].canonical) is joins


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "scan"])
def test_the_end_of_two_peoples_names_joins_neither(fast: bool) -> None:
    """`ترامب` beside `ميلانيا ترامب` and `دونالد ترامب`, each named in full twice (the reader
    showed the president's tweets as his wife's): a person, but which one the page does not
    say. Names that may be one (`رجب أردوغان` once beside `رجب طيب أردوغان`) still join."""
    sara, sami = _mention("سارة الحداد", "PERS", 0), _mention("سامي الحداد", "PERS", 20)
    bare = _mention("الحداد", "LOC", 40)
    twice = [sara, sami, bare, _mention("سارة الحداد", "PERS", 60),
             _mention("سامي الحداد", "PERS", 80)]
    assert _joined(twice, fast)[2] == ("PERS", "الحداد")
    once = [sami, bare, _mention("سارة الحداد", "PERS", 60),  # she is named once
            _mention("سامي الحداد", "PERS", 80)]
    assert _joined(once, fast)[1] == ("PERS", "سامي الحداد")
    alone = [sami, bare]  # one person of that name: the usual join
    assert _joined(alone, fast)[1] == ("PERS", "سامي الحداد")


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("سلمان بن عبدالعزيز آل سعود", "سلمان بن عبدالعزيز"),
        ("محمد بن سلمان بن عبد العزيز", "محمد بن سلمان"),
        ("محمد بن راشد آل مكتوم", "محمد بن راشد"),
        ("أسامة بن لادن", "اسامة بن لادن"),
        ("ابن تيمية", "ابن تيمية"),
        ("مؤسسة محمد بن راشد آل مكتوم", "مؤسسة محمد بن راشد ال مكتوم"),
    ],
    ids=["family", "grandfather", "family-other-state", "no-lineage", "starts-with-ibn",
         "organisation-named-for-him"],
)
def test_a_lineage_is_keyed_by_the_name_and_the_father(written: str, key: str) -> None:
    assert canonical_name(written, "PERS") == key


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
        ("سلمان بن عبدالعزيز آل سعود", (("سلمان", "بن", "عبدالعزيز", "ال", "سعود"), True, False)),
    ],
    ids=["person", "title-surname", "one-word", "too-short", "family-no-surname"],
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
def test_given_begin_forms_and_sizes_find_the_same_repeats(text: str, known: Mention) -> None:
    names = repeated_names([known])
    tokens = token_columns(text)
    given = find_repeats(text, tokens, names, [known], False, forms=begin_forms(names),
                         sizes=head_sizes(names))
    assert given == find_repeats(text, tokens, names, [known], False)
    assert all(text[m.start : m.end] == m.text for m in given.found)


def _plain_repeats(
    text: str, names: dict[tuple[str, ...], Mention], known: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """find_repeats as first written (every token, every name length from the longest down),
    with the rule for tagged pieces spelled out on each token's list of covering mentions."""
    tokens = token_columns(text)
    words = [normalize(w) for w in tokens.words]
    spans = list(zip(tokens.starts, tokens.ends, strict=True))
    cover = [[k for k, m in enumerate(known) if m.start < end and m.end > start]
             for start, end in spans]
    tokens_of = {k: {j for j, ks in enumerate(cover) if k in ks} for k in range(len(known))}

    def may_take(i: int, stop: int) -> bool:
        window = set(range(i, stop))
        return any(not cover[j] for j in window) and all(
            len(cover[j]) <= 1 and all(tokens_of[k] <= window for k in cover[j])
            for j in window)

    longest = max(map(len, names), default=0)
    found: list[Mention] = []
    replaced: list[Mention] = []
    free = 0
    for i, first in enumerate(words):
        if i < free or (cover[i] and (len(cover[i]) > 1 or min(tokens_of[cover[i][0]]) != i)):
            continue
        heads = ((0, first), (1, first[1:])) if first[:1] in REPEAT_CLITICS else ((0, first),)
        match = None
        for size in range(min(longest, len(words) - i), 0, -1):
            if match or not may_take(i, i + size):
                continue
            rest = tuple(words[i + 1 : i + size])
            match = next(((size, skip, names[(head, *rest)]) for skip, head in heads
                          if (head, *rest) in names), None)
        if match:
            size, skip, source = match
            start = advance_letters(text, tokens.starts[i], skip)
            end = tokens.ends[i + size - 1]
            found.append(Mention(text[start:end], source.type, start, end, source.canonical))
            taken = sorted({k for j in range(i, i + size) for k in cover[j]})
            replaced += [known[k] for k in taken]
            free = i + size
    return found, replaced


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("", []),
        ("عبد الله بن زيد", [_mention("زيد", "PERS", 13)]),
        ("زيد", [_mention("عبد الله بن زيد", "PERS", 40)]),
        ("وعبد الله بن زيد وزيد لزيد بزيد فزيد كزيد", [_mention("عبد الله بن زيد", "PERS", 50)]),
        ("عبد الله بن زيد", [_mention("بن زيد", "PERS", 9), _mention("عبد الله بن زيد", "PERS", 30)]),
        ("بن زيد عبد الله بن", [_mention("عبد الله بن زيد", "PERS", 30), _mention("زيد", "ORG", 3)]),
        ("والأسد الأسد و الأسد", [_mention("بشار الأسد", "PERS", 30)]),
    ],
    ids=["empty", "name-at-start", "name-at-end", "clitics", "covered-inside",
         "covered-after-first", "lone-clitic"],
)
def test_repeats_agree_with_the_plain_scan(text: str, known: list[Mention]) -> None:
    names = repeated_names(known)
    got = find_repeats(text, token_columns(text), names, known, False)
    assert (got.found, got.replaced) == _plain_repeats(text, names, known)


@pytest.mark.parametrize("seed", range(5), ids=[f"seed{n}" for n in range(5)])
def test_random_repeats_agree_with_the_plain_scan(seed: int) -> None:
    rng = random.Random(seed)
    words = [w for name in NAMES for w in name.split()] + ["و", "قال", "وزيد", "بالأسد", "."]
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 25)))
        known = [_mention(name, rng.choice(["PERS", "LOC"]), text.find(name))
                 for name in rng.sample(NAMES, 3) if name in text] or [_mention("زيد", "PERS", 900)]
        names = repeated_names(known)
        got = find_repeats(text, token_columns(text), names, known, False)
        assert (got.found, got.replaced) == _plain_repeats(text, names, known)


_HYPHEN = re.compile(r"(?<=[^\W\d_])[-‐](?=[^\W\d_])")


def _plain_name_words(text: str) -> NameWords:
    """name_words as first written: each word normalized, keys through light_normalize; a
    hyphen between letters is a space (stop 25), and one word written with a hyphen lends no
    surname."""
    words = tuple(normalize(w) for w in _HYPHEN.sub(" ", text).split())
    keys = normalize(light_normalize(text))
    one_hyphened = len(keys.split()) == 1 and ("-" in text or "‐" in text)
    return NameWords(
        tuple(_HYPHEN.sub(" ", keys).split()),
        words,
        len("".join(words)) >= 3,
        len(words) > 1 and len(words[-1]) >= 4 and word_stem(words[-1]) not in TRIGGERS
        and not one_hyphened and words[-1] != "الله",
    )


@pytest.mark.parametrize(
    "text",
    ["علي", "جيمس جيفري", "السيد أشرف السيد", "«بشار  الأسد»", "(الأسد)", "مُحَمَّد عَلِيّ",
     "محمد \u064e علي", "\u200fحلب", "\u200f«حلب»", "عبد\u0640الله بن زيد", "أحمد ی ک ٣",
     " ترامب\t\n", "ب", "ل\u064b", "دونالد #ترمب", "كيم جونغ-أون", "أحمس-نفرتاري",
     "كيم جونغ - أون", "اف-35"],
    ids=["one-word", "person", "title-surname", "quoted", "brackets", "diacritics",
         "mark-only-word", "invisible-mark", "mark-before-quote", "tatweel", "folded-letters",
         "outer-spaces", "one-letter", "letter-and-mark", "hash-mark", "hyphen-in-a-name",
         "one-hyphened-word", "spaced-hyphen", "hyphen-before-digits"],
)
def test_name_words_agree_with_the_plain_forms(text: str) -> None:
    assert name_words(text) == _plain_name_words(text)


@pytest.mark.parametrize("seed", range(3), ids=[f"seed{n}" for n in range(3)])
def test_random_name_words_agree_with_the_plain_forms(seed: int) -> None:
    rng = random.Random(seed)
    chars = "بشارأإیک \u064e\u0640\u200f«»()'\"٣ \t-"
    for _ in range(500):
        text = "ب" + "".join(rng.choice(chars) for _ in range(rng.randrange(12)))
        assert name_words(text) == _plain_name_words(text)


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        pytest.param(["ORG", "ORG", "LOC"], ["ORG", "ORG", "ORG"], id="majority"),
        pytest.param(["ORG", "LOC"], ["ORG", "LOC"], id="two-are-a-tie"),
        pytest.param(["ORG", "LOC", "PERS", "ORG", "LOC"], ["ORG", "LOC", "PERS", "ORG", "LOC"],
                     id="tie-at-the-top"),
        pytest.param(["LOC", "LOC", "LOC"], ["LOC", "LOC", "LOC"], id="one-type"),
    ],
)
def test_one_name_takes_one_type_in_an_article(types: list[str], expected: list[str]) -> None:
    from siyaq.analyze.entities_names import unify_types

    mentions = [_mention("المغرب الفاسي", type_, 20 * i) for i, type_ in enumerate(types)]
    other = _mention("فاس", "LOC", 500)  # another name keeps its own type
    unify_types([*mentions, other], [name_words(m.text) for m in [*mentions, other]])
    assert [m.type for m in mentions] == expected
    assert other.type == "LOC"


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "scan"])
def test_a_family_name_written_first_joins_only_its_one_person(fast: bool) -> None:
    kim, sister = _mention("كيم جونغ أون", "PERS", 0), _mention("كيم يو جونغ", "PERS", 20)
    bare = _mention("كيم", "PERS", 40)
    assert _joined([kim, bare], fast)[1] == ("PERS", kim.canonical)
    assert _joined([kim, sister, bare], fast)[2] == ("PERS", "كيم")  # which Kim: unsaid
    cut = _mention("كيم جونغ", "PERS", 60)  # the start of his name, cut by the tagger
    assert _joined([cut, kim, bare], fast)[2] == ("PERS", kim.canonical)
    envoy = _mention("جيمس كيم", "PERS", 60)  # a name ending in it comes first
    assert _joined([kim, envoy, bare], fast)[2] == ("PERS", envoy.canonical)


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "scan"])
def test_a_hyphen_inside_a_full_name_parts_its_words(fast: bool) -> None:
    """`كيم جونغ-أون` is a full name of three words (stop 25): the bare `كيم` and `جونغ-أون`
    join it. A name written as one word with a hyphen is none: `كيم-مون` is a summit."""
    kim, bare = _mention("كيم جونغ-أون", "PERS", 0), _mention("كيم", "PERS", 40)
    assert _joined([kim, bare], fast)[1] == ("PERS", kim.canonical)
    assert _joined([kim, _mention("جونغ-أون", "PERS", 60)], fast)[1] == ("PERS", kim.canonical)
    summit, moon = _mention("كيم-مون", "PERS", 0), _mention("مون جاي إن", "PERS", 20)
    bare_moon = _mention("مون", "PERS", 60)
    assert _joined([summit, moon, bare_moon], fast)[2] == ("PERS", moon.canonical)
    assert _joined([summit, _mention("كيم جونغ أون", "PERS", 20), bare], fast)[2] == (
        "PERS", canonical_name("كيم جونغ أون", "PERS"))


def test_one_word_with_a_hyphen_lends_no_surname() -> None:
    """`أحمس-نفرتاري` is another queen than `نفرتاري`: its repeats are not hers. Nor is
    `الله` a surname (`حسن نصر الله`: every `إن شاء الله` of the article was him)."""
    assert not name_words("أحمس-نفرتاري").surname
    assert name_words("جان-إيف لودريان").surname
    names = repeated_names([_mention("أحمس-نفرتاري", "PERS", 0)])
    assert ("نفرتاري",) not in names
    assert not name_words("حسن نصر الله").surname


def test_a_letter_glued_to_a_hyphened_name_goes() -> None:
    """`لكيم جونغ-أون` ("to Kim Jong-un") beside `كيم جونغ-أون`: the `ل` is no part of it."""
    from siyaq.analyze.entities_glued import unglue

    mentions = [_mention("كيم جونغ-أون", "PERS", 0), _mention("لكيم جونغ-أون", "PERS", 40)]
    assert unglue(mentions, [name_words(m.text) for m in mentions],
                  ner_aliases.alias_index()) == [1]
    assert (mentions[1].text, mentions[1].canonical) == ("كيم جونغ-أون", "كيم جونغ أون")


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "scan"])
def test_a_short_name_the_alias_table_knows_keeps_it_beside_a_name_once(fast: bool) -> None:
    """`ترامب` is `دونالد ترامب` by the alias table. A full name ending in it written once
    (ANT: `ماي حضت ترامب`, a span the tagger ran on; `ميلانيا ترامب` in a report about him)
    does not take it; his own full name in the article does; a wife named twice still does."""
    bare = _mention("ترامب", "PERS", 80)
    donald = canonical_name("ترامب", "PERS")
    assert donald == "دونالد ترامب"
    junk = _mention("ماي حضت ترامب", "PERS", 0)
    assert _joined([junk, bare], fast)[1] == ("PERS", donald)
    melania = _mention("ميلانيا ترامب", "PERS", 0)
    assert _joined([melania, bare], fast)[1] == ("PERS", donald)
    assert _joined([melania, _mention("دونالد ترامب", "PERS", 30), bare], fast)[2] == (
        "PERS", donald)
    twice = [melania, _mention("ميلانيا ترامب", "PERS", 40), bare]
    assert _joined(twice, fast)[2] == ("PERS", melania.canonical)
    jeffrey = _mention("جيمس جيفري", "PERS", 0)  # no alias: the one full name, as before
    assert _joined([jeffrey, _mention("جيفري", "PERS", 60)], fast)[1] == ("PERS", "جيمس جيفري")


@pytest.mark.parametrize("fast", [True, False], ids=["fast", "scan"])
def test_a_two_word_span_once_is_no_other_person_beside_a_famous_one(fast: bool) -> None:
    """`كيم قصير` ("Kim is short"), `كيم جونج` (a cut span) once beside `كيم جونغ أون`, a
    person of the alias table: the bare `كيم` is his (ANT: 78 mentions). Beside another Kim
    (`كيم يونغ تشول`) or a span written twice, still nobody's."""
    kim, bare = _mention("كيم جونغ أون", "PERS", 0), _mention("كيم", "PERS", 80)
    for slip in ("كيم قصير", "كيم جونج"):
        assert _joined([kim, _mention(slip, "PERS", 40), bare], fast)[2] == (
            "PERS", kim.canonical)
    general = _mention("كيم يونغ تشول", "PERS", 0)
    assert _joined([general, _mention("كيم قرصا", "PERS", 40), bare], fast)[2] == ("PERS", "كيم")
    twice = [kim, _mention("كيم قصير", "PERS", 40), _mention("كيم قصير", "PERS", 60), bare]
    assert _joined(twice, fast)[3] == ("PERS", "كيم")
    sister = _mention("كيم يو جونغ", "PERS", 40)  # three words: another person, as before
    assert _joined([kim, sister, bare], fast)[2] == ("PERS", "كيم")


@pytest.mark.parametrize(
    ("second", "joined"),
    [
        pytest.param("زيد طرد الأسد", "بشار الأسد", id="a-later-run-on-span"),
        pytest.param("بشار علي الأسد", "بشار علي الأسد", id="the-same-first-name"),
    ],
)
def test_a_short_name_joins_the_person_introduced_first(second: str, joined: str) -> None:
    mentions = [_mention("بشار الأسد", "PERS", 0), _mention(second, "PERS", 20),
                _mention("الأسد", "PERS", 40)]
    for fast in (True, False):
        assert _joined(mentions, fast)[-1] == ("PERS", canonical_name(joined, "PERS"))


def _place_names(word: str) -> bool:
    return word in ("إسرائيل", "واشنطن")


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        pytest.param([("ميلانيا ترامب", "PERS", False), ("ميلانيا", "LOC", False),
                      ("ميلانيا", "PERS", False), ("ميلانيا", "LOC", False)],
                     ["PERS", "PERS", "PERS", "PERS"], id="first-name-read-as-a-place"),
        pytest.param([("ميلانيا ترامب", "PERS", False), ("ميلانيا", "LOC", False)],
                     ["PERS", "LOC"], id="never-read-alone-as-a-person"),
        pytest.param([("إسرائيل كاتس", "PERS", False), ("إسرائيل", "LOC", False),
                      ("إسرائيل", "PERS", False)],
                     ["PERS", "LOC", "PERS"], id="a-known-place-stays"),
        pytest.param([("ميلانيا ترامب", "PERS", True), ("ميلانيا", "LOC", False),
                      ("ميلانيا", "PERS", True)],
                     ["PERS", "LOC", "PERS"], id="a-headline-says-nothing"),
        pytest.param([("ميلانيا ترامب", "PERS", False), ("ميلانيا نافاس", "PERS", False),
                      ("ميلانيا", "LOC", False), ("ميلانيا", "PERS", False)],
                     ["PERS", "PERS", "LOC", "PERS"], id="two-people-share-the-name"),
    ],
)
def test_a_first_name_read_as_a_place_is_the_person(
    mentions: list[tuple[str, str, bool]], expected: list[str]
) -> None:
    from siyaq.analyze.entities_names import first_names_as_people

    found = [_mention(text, type_, 30 * i, in_title) for i, (text, type_, in_title)
             in enumerate(mentions)]
    first_names_as_people(found, [name_words(m.text) for m in found], _place_names)
    assert [m.type for m in found] == expected
    changed = [m for m, (_, type_, _) in zip(found, mentions, strict=True) if m.type != type_]
    assert all(m.canonical == found[0].canonical for m in changed)
