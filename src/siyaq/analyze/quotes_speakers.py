"""Who speaks: the subject after a reporting verb, read from entity mentions when there are
any, else from the words themselves (a name-like phrase, or a description such as
`المبعوث الأمريكي` resolved to the person named before it)."""

from __future__ import annotations

from dataclasses import dataclass

from siyaq.analyze.quotes_lexicon import ORG_HEADS
from siyaq.model import Mention

# Construct-state heads of descriptions written without ال (`وزير الخارجية`, `مصدر طبي`), and
# rank words that sit between a title and the name (`الفريق أول ركن عبد الفتاح البرهان`).
TITLE_WORDS = frozenset(
    {
        "وزير",
        "وزيره",
        "رئيس",
        "رئيسه",
        "نائب",
        "ممثل",
        "مدير",
        "مديره",
        "امين",
        "سفير",
        "مصدر",
        "مصادر",
        "مسؤول",
        "مسؤوله",
        "بيان",
        "حساب",
        "موقع",
        "متحدث",
        "ناطق",
        "قائد",
        "زعيم",
        "عضو",
        "مستشار",
        "مبعوث",
        "اول",
        "ركن",
        "لواء",
        "عميد",
        "العقيد",
        "شاهد",
        "مراسل",
        "وكاله",
        "صحيفه",
        "الرئيس",
        "السفير",
        "الفريق",
        "الشيخ",
        "الامير",
        "الملك",
        "الدكتور",
        "المهندس",
        "الفنان",
        "الفنانه",
        "الاعلامي",
        "الكاتب",
        "المخرج",
        "اللواء",
        "العميد",
        "السيد",
        "السيده",
    }
)
SPEAKER_TYPES = ("PERS", "ORG")
MAX_NAME_TOKENS = 4


@dataclass(slots=True)
class Speaker:
    name: str
    canonical: str | None
    kind: str  # PERS / ORG / LOC (from mentions), NAME / DESC (from the words)
    start: int  # where it was found in the text


@dataclass(slots=True)
class Word:
    start: int
    end: int
    norm: str  # normalized spelling


def from_mentions(
    mentions: list[Mention], start: int, end: int, first_word: Word | None
) -> Mention | None:
    """The speaker mention in [start, end): a person first, else an organisation, else a
    place standing first (`أعلنت الولايات المتحدة`)."""
    inside = [m for m in mentions if start <= m.start < end]
    for kind in SPEAKER_TYPES:
        for mention in inside:
            if mention.type == kind:
                return mention
    for mention in inside:
        if first_word is not None and mention.start <= first_word.start < mention.end:
            return mention
    return None


def from_words(chunks: list[list[Word]], text: str) -> Speaker | None:
    """A name-like comma chunk (no ال at its start, at most four words) wins; else the name
    trailing a long title (`نائب الرئيس … عوض بن عوف`); else the first chunk as a description."""
    chunks = [c for c in chunks if c]
    if not chunks:
        return None
    for chunk in chunks:
        if _name_like(chunk):
            return _speaker(chunk, text, "NAME")
    first = chunks[0]
    trailing = _trailing_name(first)
    if trailing:
        return _speaker(trailing, text, "NAME")
    return _speaker(first[:MAX_NAME_TOKENS], text, "DESC")


def _name_like(chunk: list[Word]) -> bool:
    head = chunk[0].norm
    return (
        len(chunk) <= MAX_NAME_TOKENS
        and not head.startswith("ال")
        and head not in TITLE_WORDS
        and not head[:1].isdigit()
    )


def _trailing_name(chunk: list[Word]) -> list[Word]:
    run: list[Word] = []
    for word in reversed(chunk):
        if word.norm.startswith("ال") or word.norm in TITLE_WORDS:
            break
        run.insert(0, word)
    if len(run) >= 2 and len(run) < len(chunk):
        return run[-MAX_NAME_TOKENS:]
    return []


def _speaker(words: list[Word], text: str, kind: str) -> Speaker:
    return Speaker(text[words[0].start : words[-1].end], None, kind, words[0].start)


def resolve_description(
    description: Speaker, head: str, mentions: list[Mention], before: int, history: list[Speaker]
) -> Speaker:
    """`المبعوث الأمريكي` -> the nearest person named before it; `البيان` -> the nearest
    organisation; with no mentions, the last speaker that had a name."""
    kind = "ORG" if head in ORG_HEADS else "PERS"
    for mention in sorted((m for m in mentions if m.end <= before), key=lambda m: -m.start):
        if mention.type == kind:
            return Speaker(mention.text, mention.canonical, kind, mention.start)
    allowed = ("PERS", "NAME") if kind == "PERS" else ("ORG", "NAME", "DESC")
    for previous in reversed(history):
        if previous.kind in allowed and previous.name != description.name:
            return previous
    return description


def full_name(name: str, norm: str, known: list[tuple[str, str]]) -> str:
    """In-article coreference: a short name (جيفري) becomes the longest known name whose words
    contain it (جيمس جيفري)."""
    words = set(norm.split())
    best = name
    for other, other_norm in known:
        other_words = other_norm.split()
        if len(other_words) > len(best.split()) and words <= set(other_words):
            best = other
    return best
