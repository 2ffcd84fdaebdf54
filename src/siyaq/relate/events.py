"""What happened: the kind of event a report leads with (a death, a funeral, a resignation …).

Two reports about the same people on the same day can be one event told from another angle or
two events (a death and its funeral, a removal and the next day's stepping down). Words, names,
figures and days do not tell them apart; what the headline and the opening sentence say
*happened* does. The lexicon is a small hand-made list of event classes from general news
writing (verbs, their masdars and the nouns news uses for the event), not from any data set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType

# Class -> words naming it (as written; stemmed with the run's stemmer). A word whose stem lands
# in two classes names neither (see `kind_stems`). No generic verbs (قال, أعلن, ارتفع): they
# open reports of any event.
EVENT_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "death": ("وفاة", "توفي", "توفيت", "يتوفى", "تتوفى", "الراحل", "الراحلة", "نعى", "نعت",
              "ينعى", "تنعى", "نعي", "مات", "ماتت"),
    "funeral": ("جنازة", "جنازته", "جنازتها", "تشييع", "شيع", "شيعت", "يشيع", "تشيع", "دفن",
                "دفنت", "يدفن", "مثواه", "مثواها", "عزاء", "العزاء"),
    "illness": ("غيبوبة", "المستشفى", "مستشفى", "تدهور", "وعكة",
                "جراحة", "جراحية"),
    "violence": ("مقتل", "قتل", "قتلى", "مصرع", "حتفه", "استشهاد", "استشهد", "هجوم", "هجمات",
                 "انفجار", "تفجير", "غارة", "غارات", "قصف", "اشتباكات", "اغتيال", "اعتداء"),
    "accident": ("حادث", "حادثة", "تصادم", "اصطدام", "حريق", "غرق", "تحطم", "زلزال", "فيضان",
                 "فيضانات", "سيول", "انهيار", "إعصار"),
    "outage": ("عطل", "أعطال", "تعطل", "تعطلت", "انقطاع", "انقطعت", "خلل"),
    "election": ("انتخابات", "الانتخابات", "انتخاب", "اقتراع", "تصويت", "استفتاء", "مرشح"),
    "resignation": ("استقالة", "استقال", "استقالته", "تنحى", "تنحي", "يتنحى", "تنازل",
                    "يتنازل", "اعتزال", "اعتزل"),
    "removal": ("عزل", "يعزل", "الإطاحة", "أطاح", "خلع", "يخلع", "انقلاب", "إقالة", "أقال",
                "إعفاء", "أعفى"),
    "appointment": ("تعيين", "يعين", "تنصيب", "مبايعة", "يبايع", "اليمين",
                    "تولي", "تولى", "يتولى"),
    "arrest": ("اعتقال", "اعتقل", "القبض", "توقيف", "بالسجن", "الإعدام"),
    "meeting": ("زيارة", "زار", "يزور", "استقبل", "يستقبل", "لقاء", "يلتقي", "اجتماع",
                "اجتمع", "محادثات", "مباحثات", "قمة"),
    "statement": ("تصريح", "تصريحات", "صرح", "حوار", "بيان"),
    "monetary": ("تعويم", "الصرف", "الفائدة"),
    "tax": ("ضريبة", "الضريبة", "رسوم", "جمارك"),
    "match": ("فوز", "فاز", "يفوز", "تعادل", "هزيمة", "خسر", "تأهل", "يتأهل", "إقصاء", "أقصى",
              "الترجيح", "مباراة"),
    "protest": ("مظاهرات", "احتجاجات", "تظاهر", "اعتصام", "إضراب", "متظاهرين"),
    "agreement": ("اتفاق", "اتفاقية", "معاهدة", "هدنة"),
})
# Classes that open reports of many events (a death announced in a statement): they count only
# when the text names no other class.
GENERIC_KINDS = frozenset({"statement"})
_SENTENCE_END = re.compile(r"(?<!\d)\.(?!\d)|[!?؟\n]")


def kind_stems(stem: Callable[[str], list[str]]) -> dict[str, str]:
    """Stem -> event class, for one stemmer; stems of two classes are left out (ambiguous)."""
    found: dict[str, set[str]] = {}
    for kind, phrases in EVENT_WORDS.items():
        for phrase in phrases:
            for term in stem(phrase):
                found.setdefault(term, set()).add(kind)
    return {term: next(iter(kinds)) for term, kinds in found.items() if len(kinds) == 1}


def first_sentence(text: str) -> str:
    """The opening sentence (the news itself), or the whole text when it has no end mark."""
    end = _SENTENCE_END.search(text)
    return text[: end.start()] if end else text


def reading(title_kinds: Sequence[str], lead_kinds: Sequence[str], *,
            first_only: bool) -> frozenset[str]:
    """What a report says happened: the classes its title and its first sentence name (with
    first_only, the first of each); a generic class only when the text names no other."""
    chosen: set[str] = set()
    for named in (title_kinds, lead_kinds):
        specific = [k for k in named if k not in GENERIC_KINDS] or list(named)
        chosen.update(specific[:1] if first_only else specific)
    if chosen - GENERIC_KINDS:
        chosen -= GENERIC_KINDS
    return frozenset(chosen)


def kind_factor(a: frozenset[str], b: frozenset[str], match: float, conflict: float) -> float:
    """`match` when both name a class in common, `conflict` when both name classes and share
    none, else 1 (one side names none: nothing to compare)."""
    if not (a and b):
        return 1.0
    return match if a & b else conflict
