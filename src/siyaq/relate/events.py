"""What happened: the kind of event a report leads with (a death, a funeral, a resignation …).

Two reports about the same people on the same day can be one event told from another angle or
two events (a death and its funeral, a removal and the next day's stepping down). Words, names,
figures and days do not tell them apart; what the headline and the opening sentence say
*happened* does. The lexicon is a small hand-made list of event classes from general news
writing (verbs, their masdars and the nouns news uses for the event), not from any data set.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

# Class -> words naming it (as written; stemmed with the run's stemmer). A word whose stem lands
# in two classes names neither (see `kind_stems`). No generic verbs (قال, أعلن, ارتفع): they
# open reports of any event. Left out because their stem is that of a common other word (seen on
# SaudiNewsNet): زار (= وزارة), اجتماع (= الاجتماعية), مباراة (= المبارك), شيع (= الشيعة),
# الصرف (spending, in most reports), أقصى (= الأقصى).
EVENT_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "death": ("وفاة", "توفي", "توفيت", "يتوفى", "تتوفى", "الراحل", "الراحلة", "نعى", "نعت",
              "ينعى", "تنعى", "نعي", "مات", "ماتت"),
    "funeral": ("جنازة", "جنازته", "جنازتها", "تشييع", "دفن",
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
    "meeting": ("زيارة", "يزور", "استقبل", "يستقبل", "لقاء", "يلتقي", "محادثات", "مباحثات", "قمة"),
    "statement": ("تصريح", "تصريحات", "صرح", "حوار", "بيان"),
    "monetary": ("تعويم", "الفائدة"),
    "tax": ("ضريبة", "الضريبة", "رسوم", "جمارك"),
    "match": ("فوز", "فاز", "يفوز", "تعادل", "هزيمة", "خسر", "تأهل", "يتأهل", "إقصاء",
              "الترجيح"),
    "protest": ("مظاهرات", "احتجاجات", "تظاهر", "اعتصام", "إضراب", "متظاهرين"),
    "agreement": ("اتفاق", "اتفاقية", "معاهدة", "هدنة"),
})
# Classes that open reports of many events (a death announced in a statement): they count only
# when the text names no other class.
GENERIC_KINDS = frozenset({"statement"})
SENTENCE_END = re.compile(r"(?<!\d)\.(?!\d)|[!?؟\n]")  # not a decimal point


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
    end = SENTENCE_END.search(text)
    return text[: end.start()] if end else text


def reading(kinds: Iterable[str]) -> frozenset[str]:
    """What a report says happened, from the classes its title and first sentence name: a
    generic class only when they name no other."""
    named = frozenset(kinds)
    specific = named - GENERIC_KINDS
    return specific or named
