"""Two people the tagger ran into one name: `وحذر صالحي ترامب من هذه الخطوة` ("Salehi warned
Trump"), where the subject's family name stands right before the object's name. The span's
words cannot say so; the article can: its first part is how the article shortens a person it
named in full (`علي أكبر صالحي` … `صالحي`), its rest is a person's name the gazetteer or the
training names know, and the whole is a name nowhere else in the article."""

from __future__ import annotations

from collections.abc import Callable

from siyaq.analyze.entities_names import name_tails, name_words
from siyaq.model import Mention


def split_people(found: list[list[Mention]], canonical: Callable[[str], str | None],
                 a_persons_word: Callable[[str], bool]) -> list[list[Mention]]:
    """Each text's mentions with such pairs split in two (see the module); `canonical` gives
    a person's key, `a_persons_word` tells a word some person's name holds."""
    people = [m for own in found for m in own if m.type == "PERS"]
    words = {id(m): name_words(m.text).words for m in people}
    names = _Names()
    for named in words.values():
        names.count[named] = names.count.get(named, 0) + 1
        for tail in name_tails(named):
            names.tail_of.setdefault(tail, set()).add(named)
    return [_split(own, words, names, canonical, a_persons_word) for own in found]


class _Names:
    """The article's people: how often each name is given, and the longer names each tail
    ends (`صالحي` -> `أكبر صالحي`)."""

    __slots__ = ("count", "tail_of")

    def __init__(self) -> None:
        self.count: dict[tuple[str, ...], int] = {}
        self.tail_of: dict[tuple[str, ...], set[tuple[str, ...]]] = {}

    def shortens_another(self, part: tuple[str, ...], named: tuple[str, ...]) -> bool:
        """Is `part` how the article shortens a name other than `named`?"""
        return bool(self.tail_of.get(part, set()) - {named})

    def stands_alone(self, part: tuple[str, ...]) -> bool:
        return part in self.count

    def spans_another(self, head: tuple[str, ...], rest: tuple[str, ...]) -> bool:
        """Does a longer name the article gives begin with `head` and end with `rest`?"""
        size = len(head) + len(rest)
        return any(len(other) > size and other[: len(head)] == head
                   for other in self.tail_of.get(rest, ()))


def _split(own: list[Mention], words: dict[int, tuple[str, ...]], names: _Names,
           canonical: Callable[[str], str | None],
           a_persons_word: Callable[[str], bool]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in own:
        named = words.get(id(mention), ())
        cut = _cut(named, names, a_persons_word) if len(named) > 1 else 0
        parts = mention.text.split()
        if not cut or len(parts) != len(named):
            kept.append(mention)
            continue
        head_end = mention.start + mention.text.index(parts[cut - 1]) + len(parts[cut - 1])
        rest_start = mention.start + mention.text.index(parts[cut], head_end - mention.start)
        head = mention.text[: head_end - mention.start]
        rest = mention.text[rest_start - mention.start :]
        kept.append(Mention(head, "PERS", mention.start, head_end, canonical(head),
                            mention.in_title))
        kept.append(Mention(rest, "PERS", rest_start, mention.end, canonical(rest),
                            mention.in_title))
    return kept


def _cut(named: tuple[str, ...], names: _Names, a_persons_word: Callable[[str], bool]) -> int:
    """Where the first person's name ends in the span's words (0: it is one name)."""
    if names.count.get(named, 0) > 1 or names.tail_of.get(named):
        return 0  # a name the article repeats, or the tail of a longer one it gives
    for cut in range(1, len(named)):
        head, rest = named[:cut], named[cut:]
        if not names.shortens_another(head, named) or names.spans_another(head, rest):
            continue  # `كيم جونغ` is `كيم داي جونغ` shortened, not two people
        if not (names.shortens_another(rest, named) or names.stands_alone(rest)):
            continue
        # `باراك أوباما`, `رمضان قديروف`: a given name may end someone else's name
        # (`إيهود باراك`); it stands for a person of its own only where the article uses it so
        if names.stands_alone(head) or not all(map(a_persons_word, head)):
            return cut
    return 0
