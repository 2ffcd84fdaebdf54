"""Nationality adjectives that keep a description apart from people of another country:
`وأكد اللاعب الإسباني` is not `البرتغالي كريستيانو رونالدو` named just before, and `ورد وزير
الخارجية الصيني` is not `وزير الخارجية البريطاني جيريمي هانت`."""

from __future__ import annotations

from collections.abc import Sequence

from siyaq.analyze.quotes_doc import Doc
from siyaq.analyze.quotes_speakers import has_article
from siyaq.model import Mention

# Masculine forms, in normalized spelling (quotes_lexicon's): the feminine adds ه.
NATIONALITIES = frozenset(
    {
        "الامريكي", "الاميركي", "البريطاني", "الفرنسي", "الالماني", "الروسي", "الصيني",
        "الياباني", "الايراني", "التركي", "السعودي", "المصري", "الاماراتي", "القطري",
        "الكويتي", "البحريني", "العماني", "اليمني", "العراقي", "السوري", "اللبناني",
        "الاردني", "الفلسطيني", "الاسرائيلي", "الليبي", "التونسي", "الجزائري", "المغربي",
        "السوداني", "الموريتاني", "الاسباني", "الايطالي", "البرتغالي", "الهولندي",
        "البلجيكي", "السويدي", "النرويجي", "الدنماركي", "السويسري", "النمساوي", "اليوناني",
        "البولندي", "الاوكراني", "الهندي", "الباكستاني", "الافغاني", "الكوري", "الفلبيني",
        "الفليبيني", "الاندونيسي", "الماليزي", "الاسترالي", "الكندي", "المكسيكي",
        "البرازيلي", "الارجنتيني", "الكولومبي", "الفنزويلي", "الكوبي", "النيجيري",
        "الاثيوبي", "الكيني", "الكرواتي", "الصربي", "الاسكتلندي", "الانجليزي", "الايرلندي",
        "الويلزي", "التشيكي", "المجري", "الروماني", "البلغاري", "الفنلندي", "الاوروغوياني",
        "التشيلي", "البيروفي", "الكاميروني", "السنغالي", "الغاني", "الايفواري",
    }
)
WORDS_BEFORE_NAME = 3  # `البرتغالي كريستيانو رونالدو`, `وزير الخارجية البريطاني جيريمي هانت`


def nationality(word: str) -> str | None:
    """The nationality a normalized word states (`والأرجنتيني` too), folded to the
    masculine, or None."""
    if word[:1] == "و" and word[1:3] == "ال":
        word = word[1:]
    masculine = word[:-1] if word.endswith("يه") else word
    return masculine if masculine in NATIONALITIES else None


def stated_nation(words: Sequence[str]) -> str | None:
    """The first nationality among a description's normalized words."""
    return next((n for n in map(nationality, words) if n is not None), None)


def of_another_nation(doc: Doc, nation: str, mentions: list[Mention]) -> set[str]:
    """Keys (canonical or text) of the people the text names only right after other
    nationalities than `nation` (the nearest one before each mention counts)."""
    norms = doc.words.norms
    nations: dict[str, set[str]] = {}
    for m in mentions:
        if m.type != "PERS":
            continue
        k = doc.words.first_at(m.start)
        for j in range(k - 1, max(-1, k - 1 - WORDS_BEFORE_NAME), -1):
            if "." in doc.text[doc.words.end(j) : m.start]:
                break
            said = nationality(norms[j])
            if said is not None:
                nations.setdefault(m.canonical or m.text, set()).add(said)
                break
    return {key for key, said in nations.items() if nation not in said}


def named_with_nation(doc: Doc, nation: str, head: str, before: int) -> Mention | None:
    """The one person named right after `nation` used as a noun (`رفض الأرجنتيني، هيكتور
    كوبر`) or after `head` and `nation` (`المهاجم النيجيري أحمد موسى`) before offset `before`;
    None when two people are named so. Not `العميل الروسي سيرجي سكريبال` for `الرئيس الروسي`,
    nor `الرئيس الأمريكي السابق باراك أوباما` for `الرئيس الأمريكي`."""
    people = [m for m in doc.mentions if m.type == "PERS" and m.end <= before]
    named = {m.canonical or m.text: m for m in people if _follows_nation(doc, m, nation, head)}
    return next(iter(named.values())) if len(named) == 1 else None


def _follows_nation(doc: Doc, mention: Mention, nation: str, head: str) -> bool:
    norms = doc.words.norms
    k = doc.words.first_at(mention.start)
    for j in range(k - 1, max(-1, k - 1 - WORDS_BEFORE_NAME), -1):
        if "." in doc.text[doc.words.end(j) : mention.start] or norms[j] in _FORMER:
            return False
        if nationality(norms[j]) == nation:
            before = norms[j - 1] if j else ""
            return before == head or not has_article(before)
    return False


_FORMER = frozenset({"السابق", "السابقه", "الاسبق"})
