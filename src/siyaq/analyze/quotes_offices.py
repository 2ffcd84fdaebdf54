"""The offices a person was introduced with (`رئيسة الوزراء البريطانية تيريزا ماي`), so that a
later description naming another office (`وقال وزير الدفاع البريطاني`) is not read as that
person because she was the nearest one named. Honorifics and ranks (`الشيخ`, `اللواء`) and
`القائد` name no office; `الزعيم` is an office a person holds, but a description by it may
name any office's holder."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

from siyaq.analyze.quotes_doc import Doc
from siyaq.analyze.quotes_nations import nationality
from siyaq.model import Mention

# Offices one person rarely holds two of in one article (bare: no و, no ال, no feminine ه).
OFFICES = frozenset({
    "رئيس", "وزير", "نائب", "سفير", "مبعوث", "مدير", "محافظ", "مستشار", "مساعد", "مندوب",
    "مفوض", "ممثل", "منسق", "امين", "متحدث", "ناطق", "مدرب", "لاعب", "محامي", "طبيب", "مراسل",
    "صحفي", "ناشط", "باحث", "محلل", "اعلامي",
})
_SAME_OFFICE = {"مدير": "مدرب"}  # `المدير الفني` is the coach
_SAME_PORTFOLIO = {"حكومه": "وزراء"}  # `رئيس الحكومة` is `رئيس الوزراء`
# A political leader (`زعيم كوريا الشمالية كيم`) holds no other office; a description by
# such a word (`الزعيم الكوري`) may be any office's holder, so it excludes nobody.
LEADER = "زعيم"
# Offices whose next word says which one (`وزير الداخلية`, `رئيس الوزراء`), unless it is a
# nationality (`الرئيس التركي`)
_WITH_PORTFOLIO = frozenset({"وزير", "رئيس"})
MAX_TITLE_WORDS = 4  # `رئيسة الوزراء البريطانية، تيريزا ماي`: words from the office to the name


def office(norm: str) -> str | None:
    """The office a title word names (`ووزيرة` -> `وزير`, `المدرب` -> `مدرب`), or None."""
    for word in (norm, norm[1:] if norm[:1] == "و" else ""):  # `وزير` keeps its و
        bare = word.removeprefix("ال")
        if bare == LEADER:
            return LEADER
        bare = bare[:-1] if bare not in OFFICES and bare.endswith("ه") else bare
        if bare in OFFICES:
            return _SAME_OFFICE.get(bare, bare)
    return None


def office_at(norms: Sequence[str], n: int) -> tuple[str, str] | None:
    """The office named at word n and its portfolio (`وزير الداخلية` -> (وزير, داخليه)),
    the portfolio empty when none is written."""
    held = office(norms[n])
    if held is None:
        return None
    after = norms[n + 1] if n + 1 < len(norms) else ""
    portfolio = after.removeprefix("ال") if held in _WITH_PORTFOLIO and after[:2] == "ال" \
        and nationality(after) is None else ""
    return held, _SAME_PORTFOLIO.get(portfolio, portfolio)


def stated_offices(doc: Doc) -> dict[str, frozenset[tuple[str, str]]]:
    """Each person (by canonical name) with the offices written right before any of their
    mentions, up to another name, a sentence break or MAX_TITLE_WORDS words. (Offices written
    after a name, `إيهاب لهيطة مدير المنتخب`, were tried and left out: as often the start of
    what follows.)"""
    offices: dict[str, set[tuple[str, str]]] = {}
    for mention in doc.mentions:
        if mention.type != "PERS":
            continue
        found = offices.setdefault(mention.canonical or mention.text, set())
        found.update(_offices_before(doc, mention))
    return {name: frozenset(held) for name, held in offices.items()}


def _offices_before(doc: Doc, mention: Mention) -> list[tuple[str, str]]:
    """The offices in the words before a mention; none before a name joined by و (`رئيس
    الاتحاد المصري وكوبر`: the title is the first man's)."""
    k = doc.words.first_at(mention.start)
    if k < len(doc.words) and doc.words.start(k) < mention.start:
        return []  # the name's word carries a clitic: `وكوبر`
    floor = bisect_left(doc.mention_starts, mention.start) - 1
    limit = doc.mentions[floor].end if floor >= 0 else 0
    found = []
    for n in range(k - 1, max(k - 1 - MAX_TITLE_WORDS, -1), -1):
        gap = doc.text[doc.words.end(n) : doc.words.start(n + 1)]
        if doc.words.end(n) <= limit or any(mark in gap for mark in '.:؛\n"«»'):
            break
        held = office_at(doc.words.norms, n)
        if held is not None:
            found.append(held)
    return found


def holds_another_office(offices: dict[str, frozenset[tuple[str, str]]],
                         wanted: tuple[str, str], person: str) -> bool:
    """Was `person` introduced with offices, none of them the one wanted (the same office,
    and the same portfolio when both are written)?"""
    held = offices.get(person, frozenset())
    return wanted[0] != LEADER and bool(held) and not any(
        name == wanted[0] and (not portfolio or not wanted[1] or portfolio == wanted[1])
        for name, portfolio in held)


def holds_other_office(doc: Doc, first: int) -> Callable[[str], bool] | None:
    """For a description whose office stands at word `first`: a test of whether a person (by
    canonical name) was introduced with another; None when the word names no office."""
    wanted = office_at(doc.words.norms, first)
    if wanted is None:
        return None
    if doc.offices is None:  # once per text
        doc.offices = stated_offices(doc)
    offices = doc.offices
    return lambda person: holds_another_office(offices, wanted, person)
