"""Words that attribute speech in Arabic news: reporting verbs, their participles, cues.

All forms are in normalized spelling (see dates_text.normalize): ا for أ/إ/آ, ي for ى, ه for ة.
A word is looked up after removing a leading و or ف.
"""

from __future__ import annotations

# Past-tense verbs (masculine and feminine) that introduce speech, by their citation form.
# Forms that are also common prepositions (بين, عبر) are listed in the feminine only.
_VERBS: dict[str, tuple[str, ...]] = {
    "قال": ("قال", "قالت"),
    "اضاف": ("اضاف", "اضافت"),
    "تابع": ("تابع", "تابعت"),
    "اردف": ("اردف", "اردفت"),
    "اكد": ("اكد", "اكدت"),
    "اوضح": ("اوضح", "اوضحت"),
    "صرح": ("صرح", "صرحت"),
    "اشار": ("اشار", "اشارت"),
    "شدد": ("شدد", "شددت"),
    "لفت": ("لفت", "لفتت"),
    "اعتبر": ("اعتبر", "اعتبرت"),
    "كتب": ("كتب", "كتبت"),
    "اعلن": ("اعلن", "اعلنت"),
    "غرد": ("غرد", "غردت"),
    "ذكر": ("ذكر", "ذكرت"),
    "راي": ("راي", "رات"),
    "وصف": ("وصف", "وصفت"),
    "نوه": ("نوه", "نوهت"),
    "افاد": ("افاد", "افادت"),
    "تحدث": ("تحدث", "تحدثت"),
    "علق": ("علق", "علقت"),
    "حذر": ("حذر", "حذرت"),
    "طالب": ("طالب", "طالبت"),
    "استطرد": ("استطرد", "استطردت"),
    "استدرك": ("استدرك", "استدركت"),
    "ختم": ("ختم", "ختمت"),
    "اختتم": ("اختتم", "اختتمت"),
    "اجاب": ("اجاب", "اجابت"),
    "تساءل": ("تساءل", "تساءلت"),
    "اعرب": ("اعرب", "اعربت"),
    "نشر": ("نشر", "نشرت"),
    "تعهد": ("تعهد", "تعهدت"),
    "بين": ("بينت",),
    "اورد": ("اورد", "اوردت"),
    "روي": ("روي", "روت"),
    "دعا": ("دعا", "دعت"),
    "ابلغ": ("ابلغ", "ابلغت"),
    "وعد": ("وعد", "وعدت"),
    "عبر": ("عبرت",),
    "يقول": ("يقول", "تقول"),
    "يوضح": ("يوضح", "توضح"),
}

# Participles that continue the sentence's subject: `…، مضيفا أن "…"`.
PARTICIPLES = frozenset(
    {
        "قائلا",
        "قائله",
        "مضيفا",
        "مضيفه",
        "متابعا",
        "متابعه",
        "مؤكدا",
        "مؤكده",
        "موضحا",
        "موضحه",
        "مشيرا",
        "مشيره",
        "مشددا",
        "مشدده",
        "لافتا",
        "لافته",
        "معتبرا",
        "معتبره",
        "معلنا",
        "معلنه",
        "مبينا",
        "مبينه",
        "محذرا",
        "محذره",
        "معربا",
        "معربه",
        "مردفا",
        "مردفه",
        "مستطردا",
        "معلقا",
        "معلقه",
        "منوها",
        "منوهه",
        "مطالبا",
        "مطالبه",
        "داعيا",
        "داعيه",
        "متسائلا",
        "متسائله",
    }
)

# Verbs that continue the previous speaker when they stand alone (`وأردف:`).
CONTINUATION = frozenset(
    {
        "اضاف",
        "اضافت",
        "تابع",
        "تابعت",
        "اردف",
        "اردفت",
        "استطرد",
        "استطردت",
        "استدرك",
        "استدركت",
        "ختم",
        "ختمت",
        "اختتم",
        "اختتمت",
    }
)

# Verbs whose clause `X أن …` is taken as indirect speech (a narrower, safer set).
INDIRECT = frozenset(
    {
        "قال",
        "قالت",
        "اكد",
        "اكدت",
        "اوضح",
        "اوضحت",
        "اضاف",
        "اضافت",
        "اشار",
        "اشارت",
        "اعتبر",
        "اعتبرت",
        "صرح",
        "صرحت",
        "ذكر",
        "ذكرت",
        "شدد",
        "شددت",
        "لفت",
        "لفتت",
        "راي",
        "رات",
        "تابع",
        "تابعت",
        "اعلن",
        "اعلنت",
    }
)

# `بحسب البيان`, `وفق X`, `جاء في البيان`, `صدر عن X`: the speaker follows the cue.

COMPLEMENTIZERS = frozenset(
    {"ان", "انه", "انها", "بان", "بانه", "بانها", "انهم", "اننا", "انني", "فان", "فانه", "فانها"}
)

# Words that end the speaker phrase after a verb: complementizers, time words, prepositions
# that start an adjunct (`وقال جيفري في مؤتمر`), relative pronouns.
HARD_STOPS = (
    frozenset(
        {
            "في",
            "خلال",
            "عبر",
            "امام",
            "حيث",
            "وذلك",
            "الذي",
            "التي",
            "اثناء",
            "يوم",
            "اليوم",
            "امس",
            "مساء",
            "صباح",
            "فجر",
            "ظهر",
            "عصر",
            "ليل",
            "ليله",
            "بعد",
            "قبل",
            "له",
            "لها",
            "لهم",
            "حول",
            "بشان",
            "لوسائل",
            "لصحيفه",
            "لوكاله",
            "لقناه",
            "لموقع",
            "للصحفيين",
            "للصحافيين",
            "قد",
            "نبا",
            "خبر",
            "وفاه",
            "عزل",
            "تنازله",
        }
    )
    | COMPLEMENTIZERS
)

# Prepositions that may sit inside a title (`المبعوث الخاص إلى سوريا، جيمس جيفري`): the word
# after one is its object, not a name.
SOFT_STOPS = frozenset({"الي", "علي", "عن", "من", "مع", "لدي", "ضد", "بين", "ل", "لـ", "ب", "بـ"})

# Words skipped between a verb and its subject (`وقال أيضا …`, `وأضاف بدوره …`).
SKIPPED = frozenset({"ايضا", "كذلك", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها"})

# Name connectors: `عوض بن عوف`, `عبد الفتاح`, `آل سعود`, `أبو مازن`.
CONNECTORS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام", "عبد", "عبدال"})

# Common nouns that follow a name as the verb's object (`أعلن رامي رضوان زوج ابنة …`).
NOT_NAMES = frozenset(
    {
        "زوج",
        "زوجه",
        "ابنه",
        "شقيق",
        "شقيقه",
        "والد",
        "والده",
        "نجل",
        "نجله",
        "صوره",
        "منشور",
        "تغريده",
        "رساله",
        "كلمه",
        "تصريح",
        "تصريحات",
        "بيان",
        "موقف",
        "رفض",
        "دعم",
        "ترحيب",
        "تاييد",
        "استعداد",
        "قرار",
        "اعتقال",
        "تامين",
        "تشكيل",
        "وقف",
        "حل",
        "رحيل",
        "انه",
        "انها",
    }
)

# Heads that name a statement: its speaker is whoever issued it.
STATEMENT_HEADS = frozenset(
    {
        "البيان",
        "بيان",
        "التصريح",
        "تصريح",
        "التغريده",
        "تغريده",
        "المنشور",
        "منشور",
        "الرساله",
        "رساله",
    }
)

# Heads of anonymous sources: never resolved to a named person.
ANONYMOUS_HEADS = frozenset(
    {
        "مصدر",
        "مصادر",
        "شاهد",
        "شهود",
        "مسؤول",
        "مسؤولون",
        "ناشطون",
        "مراقبون",
        "خبراء",
        "محللون",
        "سكان",
    }
)

# Heads of descriptions that stand for an organisation rather than a person.
ORG_HEADS = frozenset(
    {
        "الصندوق",
        "البنك",
        "الوزاره",
        "الحكومه",
        "المجلس",
        "الشركه",
        "الجيش",
        "الوكاله",
        "الحركه",
        "التجمع",
        "الديوان",
        "الحزب",
        "المنظمه",
        "الهيئه",
        "الرئاسه",
        "الخارجيه",
        "الموقع",
        "الحساب",
        "الجماعه",
    }
)

# Interview labels that name no one.
ANONYMOUS_LABELS = frozenset({"سؤال", "س", "ج", "جواب", "المذيع", "المحاور"})


def verb_forms() -> dict[str, str]:
    """Every verb form -> its citation form."""
    return {form: lemma.strip() for lemma, forms in _VERBS.items() for form in forms}
