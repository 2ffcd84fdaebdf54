"""In-article coreference for speakers: a short name joins the fullest name the article gave
(`جيفري` -> `جيمس جيفري`), and a description (`المبعوث الأمريكي`, `الشركة`) stands for the
nearest person or organisation named before it, or the last one who spoke."""

from __future__ import annotations

from collections.abc import Callable

from siyaq.analyze.ner_text import normalize
from siyaq.analyze.quotes_heads import ORG_HEADS, OUTLET_HEADS, STATEMENT_HEADS
from siyaq.analyze.quotes_speakers import Speaker, is_anonymous
from siyaq.model import Mention


def resolve_description(
    description: Speaker,
    head: str,
    mentions: list[Mention],
    before: int,
    history: list[Speaker],
    to_speaker: Callable[[Mention], Speaker],
) -> Speaker:
    """`المبعوث الأمريكي` -> the nearest person named before it (mentions given outside
    quotes); `البيان`, `الشركة` -> the nearest organisation; with no mentions, the last
    speaker of the same sort. Anonymous sources (`مصدر`, `شاهد عيان`) stay as written."""
    if is_anonymous(head):
        return description
    kind = "ORG" if head in ORG_HEADS or head in OUTLET_HEADS or head in STATEMENT_HEADS \
        else "PERS"
    named = next(
        (
            to_speaker(m)
            for m in sorted(mentions, key=lambda m: -m.start)
            if m.end <= before and m.type == kind
        ),
        None,
    )
    allowed = ("PERS", "NAME") if kind == "PERS" else ("ORG", "NAME", "DESC")
    spoken = next(
        (
            p
            for p in reversed(history)
            if p.kind in allowed
            and p.name != description.name
            and not (p.kind == "DESC" and p.name.split()[0] in STATEMENT_HEADS)
        ),
        None,
    )
    if spoken is not None and spoken.kind == "DESC" and kind == "ORG" and (
        is_anonymous(first := normalize(spoken.name).split()[0])
        or (first.startswith(("متحدث", "ناطق")) and head not in STATEMENT_HEADS)
    ):  # `وأوضحت الشرطة` after `بحسب ما أفاد مصدر أمني` or `متحدثة باسم الشرطة`: the body
        spoken = None
    # The nearer of the two antecedents: the last person named, or the last one who spoke.
    candidates = [c for c in (named, spoken) if c is not None]
    return max(candidates, key=lambda c: c.start) if candidates else description


# A known name for coreference, split once: (name, its word count, its normalized spelling's
# word count, the normalized words, its fathers' names, its parent's when it is "son of X").
KnownName = tuple[str, int, int, frozenset[str], frozenset[str], frozenset[str]]

_SON_OF = frozenset({"بن", "ابن", "بنت", "ابنه"})


def known_name(name: str, norm: str) -> KnownName:
    if "_" in name:  # a hashtag's words (`علي_ربيع`) are the name's
        name, norm = " ".join(name.replace("_", " ").split()), norm.replace("_", " ")
    raw = norm.split()
    words = [_son(word) for word in raw]
    parent = frozenset(raw[1:2]) if raw[0] in _SON_OF - {"بن"} else frozenset()
    return name, len(name.split()), len(words), frozenset(words), _fathers(raw), parent


def _son(word: str) -> str:
    """`ابن سالم` and `بن سالم` name the same man: one spelling of "son of" for matching."""
    return "بن" if word == "ابن" else word


def _fathers(raw: list[str]) -> frozenset[str]:
    """The words right after a "son of" inside a name (`محمد بن سلمان`): a father's or
    grandfather's name; not after a leading `بن`, a given name (`بن برافمان`)."""
    return frozenset(raw[k] for k in range(2, len(raw)) if raw[k - 1] in _SON_OF)


def full_name(name: str, norm: str, known: list[KnownName]) -> str:
    """In-article coreference: a short name (جيفري) becomes the longest known name whose words
    contain it (جيمس جيفري). Not one where it is only a father's name (`الملك سلمان بن
    عبدالعزيز` is not `محمد بن سلمان بن عبدالعزيز`), unless a lone word has no other
    (`وقال سلمان` in an interview of `محمد بن سلمان`); never a son's (`ابن تشاريتي`)."""
    raw = norm.split()  # its own fathers with a leading `بن` too (`بن دغر` is `أحمد بن دغر`)
    words = frozenset(map(_son, raw))
    fathers = frozenset(raw[k] for k in range(1, len(raw)) if raw[k - 1] in _SON_OF)
    fullest = _fullest(name, words, fathers, known)
    if fullest == name and len(words) == 1:
        fullest = _fullest(name, words, words, known)
    return fullest


def _fullest(name: str, words: frozenset[str], fathers: frozenset[str],
             known: list[KnownName]) -> str:
    best, best_length = name, len(name.split())
    for other, other_length, norm_length, other_words, other_fathers, parent in known:
        if norm_length > best_length and words <= other_words and not words & parent \
                and (words & other_fathers) <= fathers:
            best, best_length = other, other_length
    return best


def known_fullest(
    name: str,
    known: list[KnownName],
    normalize: Callable[[str], str],
    title_like: Callable[[str], bool],
) -> str:
    """full_name(); tried again without leading words that are titles (`م الزهراني`, a
    misspelt `المنهدس الزهراني` -> `سامي بن فهد الزهراني`) when that finds a fuller name."""
    found = full_name(name, normalize(name), known)
    if found != name:
        return found
    parts = name.split()
    while len(parts) > 1 and title_like(parts[0]):
        parts = parts[1:]
    core = " ".join(parts)
    fuller = full_name(core, normalize(core), known)
    return fuller if fuller != core else name
