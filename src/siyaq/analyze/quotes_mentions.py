"""A tagged mention as a speaker: the fullest name the article gave it (`ميلانيا` -> `ميلانيا
ترامب`, under that record's key), without whom it was told run on (`ستون لسي ان ان`), and a
son's `جونيور` kept apart from his father."""

from __future__ import annotations

from collections.abc import Iterator

from siyaq.analyze.ner_aliases import canonical_name, is_alias_name
from siyaq.analyze.quotes_coreference import known_fullest
from siyaq.analyze.quotes_doc import Doc
from siyaq.analyze.quotes_speakers import (
    Speaker,
    has_article,
    told_at,
)
from siyaq.model import Mention

_NO_ALIASES: dict[str, str] = {}


def _title_word(doc: Doc, word: str) -> bool:
    norm = doc.normalize(word).strip(".")
    return len(norm) <= 1 or has_article(norm)


def from_mention(doc: Doc, mention: Mention) -> Speaker:
    same = doc.names_of_type(mention.type)
    text, canonical = mention.text, mention.canonical
    told = _told_at(doc, text, mention.type)
    if told:  # `ستون لسي ان ان`: the tagger ran on into whom he told
        text = " ".join(text.split()[:told])
        canonical = canonical_name(text, mention.type)
    # a tagged name may hold its title (`المنهدس الزهراني`): any leading ال-word may go; not
    # an organisation's (`الاتحاد الأوروبي` is not `البرلمان الأوروبي` named before)
    name = known_fullest(text, same, doc.normalize, lambda word: mention.type == "PERS"
                         and _title_word(doc, word))
    if name != text and mention.canonical is not None:
        fullest = next(iter(same_named(doc, name, mention.type)), None)
        joined = _joined_full_name(doc, mention, text)
        if fullest is not None and fullest.canonical != mention.canonical and joined \
                and joined[1] < fullest.start \
                and _JUNIOR.isdisjoint(doc.normalize(name).split()):  # introduced first
            name = joined[0]
    if canonical and "ا" + doc.normalize(name) == doc.normalize(canonical):
        name = "ا" + name  # `للأمم المتحدة` written `لأمم المتحدة`: the name itself
    if name != text:
        # `وقالت ميلانيا` read as `ميلانيا ترامب`: the quote belongs to the fuller name's record
        canonical = next((m.canonical for m in same_named(doc, name, mention.type)), canonical)
    return Speaker(name, canonical or name, mention.type, mention.start)


# `دونالد ترامب جونيور` is his son, not a name the tagger ran on.
_JUNIOR = frozenset({"جونيور", "جي", "الابن", "الاب", "سينيور"})


def _joined_full_name(doc: Doc, mention: Mention, text: str) -> tuple[str, int] | None:
    """The full name the tagger joined a short name to (`توريه` -> `يايا توريه`, the one the
    article introduced), as written where it is that name itself (not a span joined to it);
    None when it joined none."""
    if mention.canonical is None or len(text.split()) > 1:
        return None
    short = doc.normalize(text)
    return next(((m.text, m.start) for m in doc.mentions if m.canonical == mention.canonical
                 and m.type == mention.type and len(m.text.split()) > 1 and not m.in_title
                 and _the_name_itself(m)
                 and doc.normalize(m.text).endswith(" " + short)), None)


def _the_name_itself(mention: Mention) -> bool:
    """Is the mention's key its own words' (not a key it was joined to)? Without the alias
    table unless the key is one of its names: building the table costs a call 0.3 ms."""
    if is_alias_name(mention.canonical or ""):
        return canonical_name(mention.text, mention.type) == mention.canonical
    return canonical_name(mention.text, mention.type, _NO_ALIASES) == mention.canonical


# In an organisation's name these are its purpose, not whom it told (`الهيئة المنظمة لوسائل
# الإعلام`, `المركز العربي للشرق الأوسط`).
_ORG_PURPOSES = frozenset({"لوسائل", "للشرق"})


def _told_at(doc: Doc, name: str, type: str) -> int:
    """The index of the first word (after the first) of whom it was said to, or 0."""
    norms = [doc.normalize(word) for word in name.split()]
    return told_at(norms, _ORG_PURPOSES if type == "ORG" else frozenset())


def same_named(doc: Doc, name: str, type: str) -> Iterator[Mention]:
    """The tagged mentions written `name` (its record's key is theirs)."""
    return (m for m in doc.mentions if m.type == type and m.text == name and m.canonical)
