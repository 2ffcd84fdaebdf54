"""Names within one article: short person names joined to the full name, and untagged repeats.

The tagger's per-article passes after decoding (entities.EntityTagger.annotate). They run on every
article, so they look words up in dicts and sets built once per article instead of scanning the
mentions or the tokens once per mention, and the word forms of a mention's text are computed once
per distinct text (NameWords, memoized by the tagger).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from typing import NamedTuple

from siyaq.analyze.ner_aliases import (
    ALLAH,
    NAME_LINKS,
    full_name_counts,
    headed_by,
    hyphens_parted,
    introduced_first,
    is_name,
    joined_name,
    key_words,
    one_family,
    one_hyphened_word,
    rivals,
)
from siyaq.analyze.ner_lexicon import TRIGGERS
from siyaq.analyze.ner_lists import positions_in
from siyaq.analyze.ner_text import Tokens, normalize, strip_article, strip_proclitics
from siyaq.model import Mention

REPEAT_CLITICS = "وفبل"  # left out of a repeated name's span (وجيفري -> جيفري)
_BEGIN_CLITICS = ("", *REPEAT_CLITICS)  # before a repeat's first word: none, or one of them


class NameWords(NamedTuple):
    """The word forms of a mention's text that joining and repeating compare."""

    keys: tuple[str, ...]  # the canonical_name spelling's words (full-name joining)
    words: tuple[str, ...]  # each word normalized (repeats)
    long_enough: bool  # at least 3 letters: shorter names would repeat on stray letters
    # words[-1] may stand for the person alone (not a title like السيد, not the family after آل)
    surname: bool


def name_words(text: str) -> NameWords:
    # normalize() maps character by character and never to a space: the normalized text's
    # words are the normalized words, unless one was all marks (then it is missing there).
    # A hyphen between letters parts words (`كيم جونغ-أون`), but a name written as one word
    # with a hyphen (`أحمس-نفرتاري`) lends no surname (`نفرتاري` is another queen).
    normalized = hyphens_parted(normalize(text)).split()
    split = hyphens_parted(text).split()
    words = tuple(normalized) if len(normalized) == len(split) else tuple(map(normalize, split))
    surname = words[-1]
    return NameWords(
        tuple(key_words(text, normalized)),
        words,
        len("".join(words)) >= 3,
        # A surname that is also a title (السيد، الشيخ) would tag every "Mr." in the article.
        # (word_stem without its normalize(): the word is normalized, and normalize twice is once)
        len(words) > 1 and len(surname) >= 4 and words[-2] not in NAME_LINKS
        and surname != ALLAH
        and not one_hyphened_word(text)
        and strip_article(strip_proclitics(surname)) not in TRIGGERS,
    )


def name_tails(words: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """The proper tails of a name that may stand for it, longest first: not those after a link
    word (after بن, the father; after آل, the family), nor `الله` alone (`نصر الله`)."""
    for size in range(len(words) - 1, 0, -1):
        if words[-size - 1] not in NAME_LINKS and (size > 1 or words[-1] != ALLAH):
            yield words[-size:]


def join_full_names(mentions: list[Mention], forms: list[NameWords]) -> None:
    """ner_aliases.join_full_names with each mention's words given: a mention that is the last
    word(s) of a longer person's name takes that person's canonical name and type (failing
    that, a family name written first: _join_family_name). Each proper
    suffix of a name maps to its first person in the same order (body first, longest first),
    or to none when it ends the names of two rivals (ner_aliases.rivals)."""
    people = [(m, f.keys) for m, f in zip(mentions, forms, strict=True)
              if m.type == "PERS" and len(f.keys) > 1 and is_name(f.keys)
              and not one_hyphened_word(m.text)]
    if not people:
        return
    people.sort(key=lambda pair: (pair[0].in_title, -len(pair[1]), pair[0].start))
    suffixes: dict[tuple[str, ...], tuple[Mention, tuple[str, ...]]] = {}
    shared: set[tuple[str, ...]] = set()  # the end of two people's names: a person, but neither
    ending: dict[tuple[str, ...], list[Mention]] = {}  # every person each tail ends
    often = full_name_counts(people)
    for person, full in people:
        for tail in name_tails(full):
            first = suffixes.setdefault(tail, (person, full))
            ending.setdefault(tail, []).append(person)
            if first[0] is not person and rivals(*first, person, full, often):
                shared.add(tail)
            elif first[0] is not person and introduced_first(*first, person, full, often):
                suffixes[tail] = (person, full)
    heads: dict[tuple[str, ...], list[tuple[Mention, tuple[str, ...]]]] = {}
    for person, full in people:  # a family name written first: the names it opens
        if headed_by(full, full[:1]):
            heads.setdefault(full[:1], []).append((person, full))
    for mention, form in zip(mentions, forms, strict=True):
        found = suffixes.get(form.keys)
        if found is None:
            _join_family_name(mention, heads.get(form.keys), often)
            continue
        if form.keys not in shared:  # read now: an earlier mention in this loop may change it
            mention.canonical = joined_name(mention.canonical, form.keys, found[0],
                                            ending[form.keys], often)
        mention.type = "PERS"


def _join_family_name(mention: Mention, people: list[tuple[Mention, tuple[str, ...]]] | None,
                      often: Counter[str | None]) -> None:
    """`كيم` for the one person whose name it opens (`كيم جونغ أون`, ner_aliases.one_family);
    with two such people, a person, but which one the page does not say."""
    if not people:
        return
    one = one_family(people, often)
    if one is not None:
        mention.canonical = one.canonical
    mention.type = "PERS"


def first_names_as_people(mentions: list[Mention], forms: list[NameWords],
                          a_place: Callable[[str], bool]) -> None:
    """A one-word mention typed a place or an organisation that is the first name of the one
    person the body names in full, and that the tagger read alone as a person elsewhere in the
    body (`ميلانيا` beside `ميلانيا ترامب`, mostly read as a place), is that person, unless
    the word is a known place (`إسرائيل كاتس`)."""
    people: dict[str, set[str | None]] = {}
    alone = set()
    for mention, form in zip(mentions, forms, strict=True):
        if mention.type != "PERS" or mention.in_title:  # a headline's words run together
            continue
        if len(form.keys) > 1 and is_name(form.keys):
            people.setdefault(form.keys[0], set()).add(mention.canonical)
        elif len(form.keys) == 1:
            alone.add(form.keys[0])
    if alone.isdisjoint(people):
        return
    for mention, form in zip(mentions, forms, strict=True):
        if mention.type in ("LOC", "ORG") and len(form.keys) == 1 and form.keys[0] in alone:
            named = people.get(form.keys[0])
            if named is not None and len(named) == 1 and not a_place(mention.text):
                mention.type, mention.canonical = "PERS", next(iter(named))


def unify_types(mentions: list[Mention], forms: list[NameWords]) -> None:
    """One name, one type within an article: the same words tagged as two types take the type
    most of their mentions have (`المغرب الفاسي` twice a club, once a place); a tie is left
    as it is."""
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for mention, form in zip(mentions, forms, strict=True):
        groups.setdefault(form.words, []).append(mention)
    for same in groups.values():
        if len(same) < 3:  # a minority needs a majority against it
            continue
        types = Counter(mention.type for mention in same).most_common(2)
        if len(types) == 2 and types[0][1] > types[1][1]:
            for mention in same:
                mention.type = types[0][0]


def repeated_names(
    mentions: list[Mention], forms: list[NameWords] | None = None
) -> dict[tuple[str, ...], Mention]:
    """Names tagged somewhere in an article, by normalized words; a person's surname too (the
    model tags جيمس جيفري but may miss a later bare جيفري, or الأسد in a headline)."""
    if forms is None:
        forms = [name_words(m.text) for m in mentions]
    names: dict[tuple[str, ...], Mention] = {}
    for mention, form in zip(mentions, forms, strict=True):
        if form.long_enough:
            names.setdefault(form.words, mention)
        if form.surname and mention.type == "PERS":
            names.setdefault(form.words[-1:], mention)
    return names


def begin_forms(names: dict[tuple[str, ...], Mention]) -> frozenset[str]:
    """The words a repeat may begin with: a name's first word, bare or after a clitic _match
    strips (the same for every text of an article: built once)."""
    return frozenset([clitic + key[0] for key in names for clitic in _BEGIN_CLITICS])


class Repeats(NamedTuple):
    """What find_repeats found: the repeats, and the tagged mentions a longer repeat took in."""

    found: list[Mention]
    replaced: list[Mention]


def find_repeats(
    text: str,
    tokens: Tokens,
    names: dict[tuple[str, ...], Mention],
    known: list[Mention],
    in_title: bool,
    words: list[str] | None = None,
    forms: frozenset[str] | None = None,
    sizes: dict[str, set[int]] | None = None,
) -> Repeats:
    """Untagged occurrences of the article's names (label consistency within one article);
    a leading و/ف/ب/ل on the first word is left out of the span. A repeat may take in tagged
    mentions that lie wholly inside it (`الشام` in a second `هيئة تحرير الشام`): they are
    `replaced`, and the caller drops them. `forms`: begin_forms(names), `sizes`:
    head_sizes(names) (the same for every text of an article: built once)."""
    if not names:
        return Repeats([], [])
    if words is None:  # the normalized tokens, when the caller has not computed them
        words = list(map(normalize, tokens.words))
    forms = begin_forms(names) if forms is None else forms
    # The tokens a name may begin at, found in C; every tagged name's first word is one of them
    # (most are covered), so a body rarely has none and no separate disjointness test is spared.
    hits = positions_in(words, forms)
    if not hits:
        return Repeats([], [])
    own = [m for m in known if m.in_title == in_title]
    cover = Coverage.of(tokens, own)
    sizes = head_sizes(names) if sizes is None else sizes
    found: list[Mention] = []
    replaced: list[Mention] = []
    free = 0  # tokens before this are part of a repeat found already
    for i in hits:
        shortest = cover.shortest(i) if i >= free else 0
        if not shortest:
            continue
        match = _match(words, i, names, sizes, cover, shortest)
        if match is None:
            continue
        size, skip, source = match
        start = advance_letters(text, tokens.starts[i], skip)
        end = tokens.ends[i + size - 1]
        found.append(Mention(text[start:end], source.type, start, end, source.canonical, in_title))
        replaced += [own[k] for k in cover.inside(i, i + size)]
        free = i + size
    return Repeats(found, replaced)


def head_sizes(names: dict[tuple[str, ...], Mention]) -> dict[str, set[int]]:
    """First word -> the word counts of the names beginning with it."""
    sizes: dict[str, set[int]] = {}
    for key in names:
        sizes.setdefault(key[0], set()).add(len(key))
    return sizes


_NO_SIZES: frozenset[int] = frozenset()
SEVERAL = -2  # a token two or more mentions overlap: never taken into a repeat


class Coverage(NamedTuple):
    """Which tagged mention covers each token (-1: none, SEVERAL: more than one), and each
    mention's tokens as [first, stop)."""

    owner: list[int]
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, tokens: Tokens, mentions: list[Mention]) -> Coverage:
        """A token is covered when a mention ends after it starts and starts before it ends.
        Token offsets increase, so each mention's tokens are one slice found by bisection."""
        owner = [-1] * len(tokens.words)
        spans: list[tuple[int, int]] = []
        starts, ends = tokens.starts, tokens.ends
        for index, mention in enumerate(mentions):
            first = bisect_right(ends, mention.start)
            stop = max(first, bisect_left(starts, mention.end))
            spans.append((first, stop))
            if owner[first:stop].count(-1) == stop - first:  # mentions rarely overlap
                owner[first:stop] = [index] * (stop - first)
                continue
            for j in range(first, stop):
                owner[j] = index if owner[j] == -1 else SEVERAL
        return cls(owner, spans)

    def shortest(self, i: int) -> int:
        """The fewest tokens a repeat beginning at token i may have: 1 at a free token; at the
        first token of a mention, one more than the mention (a repeat takes in a free token);
        0 where none may begin (inside a mention, or where mentions overlap)."""
        k = self.owner[i]
        if k == -1:
            return 1
        if k >= 0 and self.spans[k][0] == i:
            return self.spans[k][1] - i + 1
        return 0

    def may_take(self, i: int, stop: int) -> bool:
        """Whether tokens [i, stop) may become one repeat: some token is free, and every
        mention there lies wholly inside."""
        window = self.owner[i:stop]
        free = window.count(-1)
        if free == len(window):  # the common case: no mention there
            return True
        return free > 0 and all(
            k == -1 or (k >= 0 and self.spans[k][0] >= i and self.spans[k][1] <= stop)
            for k in window)

    def inside(self, i: int, stop: int) -> list[int]:
        """The mentions (indexes) covering tokens [i, stop), in order."""
        return sorted({k for k in self.owner[i:stop] if k >= 0})


def _match(
    words: list[str], i: int, names: dict[tuple[str, ...], Mention],
    sizes: dict[str, set[int]], cover: Coverage, shortest: int,
) -> tuple[int, int, Mention] | None:
    """(words, clitic letters, the mention it repeats) of the longest name starting at i.
    Only the lengths of names beginning with the word (bare or without its clitic) are tried,
    none below `shortest` (Coverage.shortest), and none that cover a tagged mention only in
    part (Coverage.may_take)."""
    first = words[i]
    if first[:1] in REPEAT_CLITICS:
        heads: tuple[tuple[int, str], ...] = ((0, first), (1, first[1:]))
        lengths = sizes.get(first, _NO_SIZES) | sizes.get(first[1:], _NO_SIZES)
    else:
        heads, lengths = ((0, first),), sizes.get(first, _NO_SIZES)
    room = len(words) - i
    for size in sorted(lengths, reverse=True):
        if size < shortest:
            break
        if size > room or not cover.may_take(i, i + size):
            continue
        rest = tuple(words[i + 1 : i + size])
        for skip, head in heads:
            source = names.get((head, *rest))
            if source is not None:
                return size, skip, source
    return None


def advance_letters(text: str, start: int, letters: int) -> int:
    """The offset after `letters` letters from start, skipping the diacritics that follow them."""
    position = start
    for _ in range(letters):
        position += 1
        while position < len(text) and normalize(text[position]) == "":
            position += 1
    return position
