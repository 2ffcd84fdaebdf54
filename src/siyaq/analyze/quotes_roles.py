"""A bare definite role as a subject (`وقال المتحدث إن`, `وأضافت المتحدثة`) is the one person
the text named with that role: right before it (`إبراهيم كالين المتحدث باسم الرئاسة`) or
right after it and whom he speaks for (`المتحدث باسم الحكومة الفرنسية بنجامين غريفو`,
`المتحدث الرئاسي الفلبيني، هاري روكي`).

Not the person he speaks for (`متحدث باسم رئيسة الوزراء البريطانية تيريزا ماي`, `متحدث باسم
بيركو`): a name after a person's title, or right after باسم, is the principal. When the text
names two spokesmen, the role stays a description.

An unnamed person whom a sentence opens with (`كما نجا رجل كان متوقفا تحت الجسر، …، وقال
للتلفزيون "…"`) is who speaks later in it, as the bare noun.
"""

from __future__ import annotations

from siyaq.analyze.quotes_clues import speech_between
from siyaq.analyze.quotes_doc import Doc
from siyaq.analyze.quotes_heads import UNNAMED_PEOPLE
from siyaq.analyze.quotes_speakers import TITLE_WORDS, Speaker
from siyaq.model import Mention

# `المتحدث`, `الناطقة`: with ال and nothing after it, the spokesman the text introduced
BARE_SPOKESMEN = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه"})
# the word before a principal: `باسم بيركو`, `عن الرئاسة`, `لرئيس الوزراء`
_FOR = frozenset({"باسم", "عن", "بلسان"})
MAX_GAP_WORDS = 5  # `المتحدث باسم حكومة بوركينا فاسو ريمي داندجينو`


def named_spokesman(doc: Doc, head: str, before: int) -> Mention | None:
    """The one person named with the spokesman title `head` (or its form without ال)
    before offset `before`; None when none or two different ones were."""
    forms = (head, head[2:], "و" + head, "و" + head[2:])
    last = doc.words.first_at(before)
    people = [m for m in doc.mentions if m.type == "PERS" and m.end <= before
              and not m.in_title]
    found: dict[str, Mention] = {}
    for at in sorted(at for form in forms for at in doc.words.positions(form) if at < last):
        holder = _named_with(doc, people, at)
        if holder is not None:
            found.setdefault(holder.canonical or holder.text, holder)
    return next(iter(found.values())) if len(found) == 1 else None


def _named_with(doc: Doc, people: list[Mention], at: int) -> Mention | None:
    start, end = doc.words.start(at), doc.words.end(at)
    right_before = [m for m in people if m.end <= start and not doc.text[m.end:start].strip(" ،,")]
    if right_before:
        return right_before[-1]
    after = next((m for m in people if m.start > end), None)
    if after is None or speech_between(doc, start, after.start):
        return None
    first = doc.words.first_at(after.start)
    gap = doc.words.norms[at + 1 : first]
    if len(gap) > MAX_GAP_WORDS or any(_person_title(norm) for norm in gap):
        return None  # a clause on (`واتهم المتحدث وفد بومبيو`), a title's holder
    comma = any(mark in doc.text[doc.words.end(first - 1) : after.start] for mark in "،,")
    if gap and not comma and ((gap[0] not in _FOR and not _nisba(gap[0]))
                              or not (_nisba(gap[-1]) or _named_at(doc, first - 1))):
        return None  # `متحدثة باسم حملة السيسي`: whom she speaks for
    return after


def _nisba(norm: str) -> bool:
    """`الفرنسيه`, `الرئاسي`, `الرسمي`: an adjective of origin or office."""
    return len(norm) > 4 and norm.endswith(("ي", "يه"))


def _named_at(doc: Doc, index: int) -> bool:
    """Does word `index` end a tagged place or organisation (`باسم حكومة بوركينا فاسو`)?"""
    end = doc.words.end(index)
    return any(m.end == end and m.type != "PERS" for m in doc.mentions)


def _person_title(norm: str) -> bool:
    bare = norm.removeprefix("ل").removeprefix("ل")  # `لرئيس`, `للرئيس`
    return norm in TITLE_WORDS or bare in TITLE_WORDS or "ال" + bare in TITLE_WORDS


_SOMEONE = UNNAMED_PEOPLE | {"سيده", "طفل", "طفله", "سائق", "شاهد", "شاهده"}


def someone_unnamed(doc: Doc, subject: Speaker, feminine: bool) -> Speaker | None:
    """The bare noun of an unnamed person (`رجل` of `رجل كان متوقفا`) of the verb's gender."""
    words = subject.name.split()
    norm = doc.normalize(words[0])
    if subject.kind != "DESC" or norm not in _SOMEONE or norm.endswith("ه") != feminine:
        return None
    if len(words) > 1 and doc.normalize(words[1])[:2] == "ال":
        return None  # `رجل الأعمال`, `سائق الحافلة`: someone described, maybe named before
    return Speaker(words[0], None, "DESC", subject.start)
