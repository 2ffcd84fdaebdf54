"""Names written with a hyphen are one name: `مون جاي-إن`, `كيم يونغ-أون`, `دومينيك ستروس-كان`,
`مرسيدس-بنز`.

The tokenizer splits at the hyphen and the tagger ends a person's name before it, so the
archive knew `مون جاي` and `كيم يونغ`, and `ستروس-كان` lost its second half. A person's name
goes on through a hyphen and the letters after it (one or two such parts) when the tagger
named nothing there; two organisations written `X-Y` are one. Places are left apart: `بغداد-
دمشق` is a road between two.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from siyaq.model import Mention

# `-إن`, `-أون-دون`: letters right after a hyphen, at most two parts, no space anywhere.
HYPHEN_TAIL = re.compile(r"(?:-[^\W\d_]{1,12}){1,2}(?![\w-])")


def with_hyphen_names(text: str, found: list[Mention],
                      key: Callable[[str, str], str | None]) -> list[Mention]:
    """The mentions with each hyphenated person's name taken whole and `ORG-ORG` made one
    organisation (``key``: the canonical key of a name of a type); mentions inside what was
    taken are dropped."""
    kept: list[Mention] = []
    starts = {m.start: m for m in found}
    taken_until = -1
    for mention in found:
        if mention.start < taken_until:
            continue
        end = _hyphen_end(text, mention, starts)
        if end == mention.end:
            kept.append(mention)
            continue
        surface = text[mention.start:end]
        kept.append(Mention(surface, mention.type, mention.start, end,
                            key(surface, mention.type) or mention.canonical, mention.in_title))
        taken_until = end
    return kept


def _hyphen_end(text: str, mention: Mention, starts: dict[int, Mention]) -> int:
    if text[mention.end:mention.end + 1] != "-":
        return mention.end
    after = starts.get(mention.end + 1)
    if after is not None:  # `مرسيدس-بنز`: two organisations are one; two people, two places stay
        return after.end if mention.type == after.type == "ORG" else mention.end
    if mention.type != "PERS":
        return mention.end
    tail = HYPHEN_TAIL.match(text, mention.end)
    return tail.end() if tail is not None else mention.end


MAX_PERSON_HASHTAG_WORDS = 3  # `#علي_ربيع`, `#عهد_التميمي`; longer hashtags are slogans
_HASHTAG = re.compile(r"#(\w+)")


def with_hashtag_people(text: str, found: list[Mention], surnames: set[str],
                        key: Callable[[str, str], str | None],
                        first_name: Callable[[str], bool]) -> list[Mention]:
    """A person named as a hashtag (`#علي_ربيع`) whose last word ends a person the article
    tags elsewhere (`surnames`: those last words as keys): the hashtag's words are the full
    name, when its first word is a person's name word (`first_name`: not `#عام_زايد`,
    `#قمة_ترمب_كيم`). The tokens split at `_` and the tagger often leaves a hashtag untagged
    (`علي` reads as the preposition), so the short name would join nothing, or a span the
    tagger ran over later (`لتعليم ربيع`)."""
    added: list[Mention] = []
    for match in _HASHTAG.finditer(text):
        words = match.group(1).split("_")
        start, end = match.start(1), match.end(1)
        if not 2 <= len(words) <= MAX_PERSON_HASHTAG_WORDS \
                or key(words[-1], "PERS") not in surnames or not first_name(words[0]) \
                or any(m.start < end and start < m.end for m in found):
            continue
        surface = text[start:end]
        added.append(Mention(surface, "PERS", start, end, key(surface, "PERS")))
    return sorted(found + added, key=lambda m: m.start) if added else found


def with_hashtag_surnames(text: str, found: list[Mention],
                          key: Callable[[str, str], str | None]) -> list[Mention]:
    """A surname written as a hashtag right after its given name (`سيرغي #لافروف`) goes on
    the name: the tagger often tags the two words as two people. Not after a word that ends
    another person's name in the text: `ترمب #كيم` lists two people."""
    ends = {m.canonical.split()[-1] for m in found
            if m.type == "PERS" and m.canonical and " " in m.canonical}
    kept: list[Mention] = []
    for mention in found:
        before = kept[-1] if kept else None
        if (
            before is not None
            and before.type == mention.type == "PERS"
            and text[before.end : mention.start] == " #"
            and " " not in before.text
            and "_" not in mention.text
            and before.canonical not in ends
        ):
            surface = text[before.start : mention.end]
            kept[-1] = Mention(surface, "PERS", before.start, mention.end,
                               key(surface, "PERS") or before.canonical, before.in_title)
            continue
        kept.append(mention)
    return kept
