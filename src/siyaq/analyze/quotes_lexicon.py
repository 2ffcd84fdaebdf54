"""Words that attribute speech in Arabic news: reporting verbs, their participles, cues.

All forms are in normalized spelling (see dates_text.normalize): ا for أ/إ/آ, ي for ى, ه for ة.
A word is looked up after removing a leading و or ف.
"""

from __future__ import annotations

# Past-tense verbs (masculine and feminine) that introduce speech, by their citation form.
# Forms that are also common prepositions (بين, عبر) are listed in the feminine only.
_VERBS: dict[str, tuple[str, ...]] = {
    "قال": ("قال", "قالت", "قالوا"),
    "اضاف": ("اضاف", "اضافت", "اضافوا"),
    "تابع": ("تابع", "تابعت"),
    "اردف": ("اردف", "اردفت"),
    "اكد": ("اكد", "اكدت", "اكدوا"),
    "اوضح": ("اوضح", "اوضحت", "اوضحوا"),
    "صرح": ("صرح", "صرحت"),
    "اشار": ("اشار", "اشارت", "اشاروا"),
    "شدد": ("شدد", "شددت", "شددوا"),
    "لفت": ("لفت", "لفتت"),
    "اعتبر": ("اعتبر", "اعتبرت", "اعتبروا"),
    "كتب": ("كتب", "كتبت"),
    "اعلن": ("اعلن", "اعلنت"),
    "غرد": ("غرد", "غردت"),
    "ذكر": ("ذكر", "ذكرت", "ذكروا"),
    "راي": ("راي", "رات"),
    "وصف": ("وصف", "وصفت"),
    "نوه": ("نوه", "نوهت"),
    "افاد": ("افاد", "افادت"),
    "تحدث": ("تحدث", "تحدثت"),
    "علق": ("علق", "علقت"),
    "حذر": ("حذر", "حذرت", "حذروا"),
    "طالب": ("طالب", "طالبت", "طالبوا"),
    "استطرد": ("استطرد", "استطردت"),
    "استدرك": ("استدرك", "استدركت"),
    "ختم": ("ختم", "ختمت"),
    "اختتم": ("اختتم", "اختتمت"),
    "اجاب": ("اجاب", "اجابت"),
    "تساءل": ("تساءل", "تساءلت"),
    "اعرب": ("اعرب", "اعربت", "اعربوا"),
    "نشر": ("نشر", "نشرت"),
    "تعهد": ("تعهد", "تعهدت"),
    "بين": ("بين", "بينت"),  # بيّن; the masculine only before أن (GUARDED_FORMS)
    "اورد": ("اورد", "اوردت"),
    "روي": ("روي", "روت"),
    "دعا": ("دعا", "دعت"),
    "ابلغ": ("ابلغ", "ابلغت"),
    "وعد": ("وعد", "وعدت"),
    "عبر": ("عبرت",),
    # with their plurals: `لكن خبراء يقولون إن …`, `المسؤولين الألمان يؤكدون أن …`
    "يقول": ("يقول", "تقول", "يقولون"),
    "يوضح": ("يوضح", "توضح", "يوضحون"),
    # the present of feature writing (`ويؤكد نبيل حداد أن «…»`, `ويضيف الخبير أنه …`)
    "يؤكد": ("يؤكد", "تؤكد", "يؤكدون"),
    "يضيف": ("يضيف", "تضيف", "يضيفون"),
    "يشير": ("يشير", "تشير", "يشيرون"),
    "يتابع": ("يتابع", "تتابع"),
    "يشدد": ("يشدد", "تشدد"),
    "يلفت": ("يلفت", "تلفت"),
    "يكشف": ("يكشف", "تكشف"),
    "يختم": ("يختم", "تختم"),
    "كشف": ("كشف", "كشفت"),
    "ابان": ("ابان", "ابانت"),  # as اوضح; not انتقد, استنكر: their object is no speaker
    # `واعترف المتهم بأنه …`: with a clause, an admission is reported speech
    "اعترف": ("اعترف", "اعترفت", "يعترف", "تعترف"),
    # the same guard: `وزعم معارضون أن …` (claimed), `ويقر مسؤولو الكرملين بأن …`; not `أقر
    # البرلمان القانون` (passed)
    "زعم": ("زعم", "زعمت", "زعموا", "يزعم", "تزعم"),
    "اقر": ("اقر", "اقرت", "يقر", "تقر"),
    # `وشرح أنه يرى …` (not `شرح مفصل`), `لكنهم أصروا على أن …` (insisted)
    "شرح": ("شرح", "شرحت"),
    "اصر": ("اصر", "اصرت", "اصروا"),
    # `ادعت أنه قام …` (claimed; not the present `تدعى`, "is named"), `واشتكى مزارعون من أنهم
    # …` (complained)
    "ادعي": ("ادعي", "ادعت", "ادعوا"),
    "اشتكي": ("اشتكي", "اشتكت", "اشتكوا"),
    # `ولمح سانتشيث، الخميس، إلى أنه سيسعى …` (hinted; not `لمح` glimpsed, with no clause)
    "لمح": ("لمح", "لمحت"),
    # marks only (not INDIRECT): `ويرى الكاتب أن «…»` (a belief without marks is no statement),
    # `ويصف هذا التحرك بأنه «…»` (DESCRIBING)
    "يري": ("يري", "تري"),
    "يصف": ("يصف", "تصف"),
    "واصل": ("واصل", "واصلت"),
}

# `واعترف الأسد بأن …` reports; `هيئة تعترف بها الهيئة` (recognises) does not: these report
# only when a complementizer follows within MAX_GUARDED_WORDS, with no punctuation between.
ADMISSION_FORMS = frozenset(
    form for verb in ("اعترف", "زعم", "اقر", "شرح", "اصر", "ادعي", "اشتكي", "لمح")
    for form in _VERBS[verb]
)
# Forms that are verbs of speech only when a complementizer follows soon (`وبين الوزير أن`);
# otherwise a preposition (`بين البلدين`).
GUARDED_FORMS = frozenset({"بين"})
# A pledge's clause is speech only right after it (`وتعهد كيم بأن يكون الاقتصاد أولوية`), not
# an أن further on (`وتعهدت السلطات باتخاذ إجراءات … رغم تأكيدهم أن`); its words in marks
# count whatever follows.
PLEDGE_FORMS = frozenset(_VERBS["تعهد"])
MAX_GUARDED_WORDS = 6  # words from such a form to its أن

# Participles that continue the sentence's subject: `…، مضيفا أن "…"`.
#
# `ورد التحالف على الاتهامات بالقول إنه …`, `واكتفى بالقول:`: the sentence's subject says
# it, whatever its verb; read like a participle, without a gender of its own.
BY_SAYING = "بالقول"
PARTICIPLES = frozenset(
    {
        "قائلا", "قائله", "مضيفا", "مضيفه", "متابعا", "متابعه", "مؤكدا", "مؤكده", "موضحا",
        "موضحه", "مشيرا", "مشيره", "مشددا", "مشدده", "لافتا", "لافته", "معتبرا", "معتبره",
        "معلنا", "معلنه", "مبينا", "مبينه", "محذرا", "محذره", "معربا", "معربه", "مردفا", "مردفه",
        "مستطردا", "معلقا", "معلقه", "منوها", "منوهه", "مطالبا", "مطالبه", "داعيا", "داعيه",
        "متسائلا", "متسائله", "مستعرضا", "مستعرضه", "مفيدا", "مفيده", "واصفا", "واصفه",
        BY_SAYING,
    }
)
# Plural participles, after a group (`عدد من الأعضاء …، مؤكدين أن …`).
PLURAL_PARTICIPLES = frozenset(
    {
        "قائلين", "مضيفين", "مؤكدين", "موضحين", "مشيرين", "مشددين", "لافتين", "معتبرين",
        "مبينين", "محذرين", "معربين", "منوهين", "متسائلين",
    }
)
PARTICIPLES |= PLURAL_PARTICIPLES

# Verbs that continue the previous speaker when they stand alone (`وأردف:`).
CONTINUATION = frozenset(
    {
        "اضاف", "اضافت", "تابع", "تابعت", "اردف", "اردفت", "استطرد", "استطردت", "استدرك",
        "استدركت", "ختم", "ختمت", "اختتم", "اختتمت", "واصل", "واصلت", "يضيف", "تضيف", "يتابع",
        "تتابع", "يختم", "تختم", "اضافوا",
    }
)

# Verbs whose clause `X أن …` is taken as indirect speech (a narrower, safer set).
INDIRECT = frozenset(
    {
        "قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "اضاف", "اضافت", "اشار", "اشارت", "اعتبر",
        "اعتبرت", "صرح", "صرحت", "ذكر", "ذكرت", "شدد", "شددت", "لفت", "لفتت", "راي", "رات",
        "تابع", "تابعت", "اعلن", "اعلنت", "كشف", "كشفت", "بين", "بينت", "يقول", "تقول",
        "افاد", "افادت", "نوه", "نوهت", "ابان", "ابانت", "يؤكد", "تؤكد", "يضيف", "تضيف", "يشير",
        "تشير", "يتابع", "تتابع", "يشدد", "تشدد", "يلفت", "تلفت", "يكشف", "تكشف",
        "يوضح", "توضح",  # `عاد ليوضح أن …`
        "قالوا", "اكدوا", "اوضحوا", "اضافوا", "اشاروا", "اعتبروا", "ذكروا", "شددوا",
        "يقولون", "يؤكدون", "يوضحون", "يضيفون", "يشيرون",
        "نقل", "نقلت",  # `ونقلت الوكالة عن مصدر أن …`: relayed
        "اورد", "اوردت",  # `وأوردت الصحيفة أن …`: what a paper reported
        "قوله", "قولها", "قولهم",  # `ونقلت الصحيفة عن مصدر قوله إن …`
        "حذر", "حذرت", "حذروا",  # `وحذرت الأمم المتحدة من أن …`: what one warned of
        "ابلغ", "ابلغت",  # `وأبلغ الوزير الصحفيين أن …`: what one told someone
    }
) | ADMISSION_FORMS | PLEDGE_FORMS

# `بحسب البيان`, `وفق X`, `جاء في البيان`, `صدر عن X`: the speaker follows the cue.
# The cues that credit a source (`…، بحسب ما أفاد X`, `وبحسب X، فإن`), and those written with
# their ما in one word.
CREDIT_CUES = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا"})
# `ووفقا لرويترز،`, `طبقا لوزارة الصحة`: cues whose ل is their own, not whom something was told.
LAM_CUES = frozenset({"وفقا", "طبقا"})
WHAT_CUES = frozenset({"حسبما", "بحسبما", "وفقما"})

COMPLEMENTIZERS = frozenset(
    {"ان", "انه", "انها", "بان", "بانه", "بانها", "انهم", "اننا", "انني", "فان", "فانه", "فانها",
     # the dual and the other persons (`وقالت ساندرز إنهما ناقشا`, `بأنهم`, `بأننا`)
     "انهما", "انهن", "بانهم", "بانهما", "باننا", "بانني", "فانهم", "فانهما", "فاننا"}
)

# What an outlet relays after whom it names (`نقلت الوكالة عن متحدث تأكيده أن`, `عن الوزير
# وصفه`): it ends the name, and a clause may follow it.
RELAYED = frozenset(
    {"تاكيده", "تاكيدها", "تاكيدهم", "تاكيدات", "وصفه", "وصفها", "وصفهم", "تصريحه", "تصريحها",
     "اشارته", "اشارتها", "اعلانه", "اعلانها"}
)

# Words that end the speaker phrase after a verb: complementizers, time words, prepositions
# that start an adjunct (`وقال جيفري في مؤتمر`), relative pronouns.
HARD_STOPS = (
    frozenset(
        {
            "في", "خلال", "عبر", "امام", "حيث", "وذلك", "الذي", "التي", "اثناء", "يوم", "اليوم",
            "امس", "مساء", "صباح", "فجر", "ظهر", "عصر", "ليل", "ليله", "بعد", "قبل", "له", "لها",
            "لهم", "حول", "بشان", "لوسائل", "لصحيفه", "لوكاله", "لقناه", "لموقع", "للصحفيين",
            "للصحافيين", "قد", "نبا", "خبر", "وفاه", "عزل", "تنازله",
            # the medium it was said to (`وقال ناطق باسم الحملة لشبكة سي ان ان إن`)
            "لشبكه", "لتلفزيون", "لاذاعه", "لمجله", "لسي",
            # `يقول الرئيس بتصريح بعد الاتفاق`: the manner of saying, not a name
            "بتصريح", "بتصريحات", "ببيان", "بكلمه", "بتغريده", "بمناسبه", "بحديث", "بمقابله",
            # `ورد في الخطاب، إلا أنه`: the next clause, never a name
            "الا", "لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها",
            # `وقالت مصادر بحسب سكاي نيوز إن`: the source's source, not the speaker
            "بحسب", "حسب", "وفق", "وفقا", "نقلا",
        }
    )
    | RELAYED
    | COMPLEMENTIZERS
    # pronoun-carrying prepositions and pronouns: `قال فيها`, `وهو يقول`
    | frozenset(
        {
            "فيه", "فيها", "فيهم", "منه", "منها", "عنه", "عنها", "عليه", "عليها", "اليه",
            "اليها", "هو", "هي", "وهو", "وهي", "هم", "وهم",
        }
    )
)

# Prepositions that may sit inside a title (`المبعوث الخاص إلى سوريا، جيمس جيفري`): the word
# after one is its object, not a name.
SOFT_STOPS = frozenset({"الي", "علي", "عن", "من", "مع", "لدي", "ضد", "بين", "ل", "لـ", "ب", "بـ"})

# `وقال صندوق النقد آنذاك إن`: when, said after the subject
THEN_WORDS = frozenset({"انذاك", "حينها", "حينذاك", "حينئذ", "وقتها", "وقتذاك", "يومها"})
# Words skipped between a verb and its subject (`وقال أيضا …`, `وأضاف بدوره …`).
SKIPPED = frozenset(
    {
        "ايضا", "كذلك", "بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها", "سابقا", "لاحقا",
        "مؤخرا", "حاليا", "بدورهم", "مجددا", "ثانيه", "مرارا", "صراحه", "كثيرا", "دائما", "اخيرا",
        "بها",
        "به", "ذلك",
    }
    | THEN_WORDS
    # how it was said (`وقال كلوب مازحا:`, `ورد كوتس بابتسامة`): manner, not a name's part
    | {"مازحا", "مازحه", "ضاحكا", "ضاحكه", "مبتسما", "مبتسمه", "بابتسامه", "متهكما", "متهكمه",
       "ساخرا", "ساخره", "غاضبا", "غاضبه", "باكيا", "باكيه", "متاثرا", "متاثره", "ممازحا"}
    # `وتقول بأسى "…"`, `بحزن`, `بفخر` (stop 40: `بأسى` was a speaker 4 times), and `بقوله`,
    # "by his saying", as `بالقول` (`علق الرئيس السوري بقوله:`)
    | {"باسي", "بحزن", "بحسره", "بفخر", "بغضب", "بمراره", "بثقه", "بحماس", "باسف", "بانفعال",
       "بتاثر", "بسخريه", "بقوله", "بقولها", "بقولهم"}
)

# `قالت العام الماضي إن`, `أعلن الأسبوع المقبل أن`: a time right after the verb, not its
# subject (the subject, if any, stood before the verb).
TIME_HEADS = frozenset({"العام", "الاسبوع", "الشهر", "السنه"})
TIME_ADJECTIVES = frozenset({"الماضي", "المقبل", "الحالي", "الجاري", "الفائت", "القادم"})
# The weekdays a subject may be followed by (`قالت السلطات الخميس إن`): a time, not a name.
WEEKDAY_STOPS = frozenset(
    {"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"}
)
# `قال الأربعاء مسؤول أمريكي إن`, `قالت أمس الوزارة إن`: when it was said, before who said it.
LEADING_DAYS = WEEKDAY_STOPS | frozenset({"امس", "اليوم"})
DAY_PARTS = frozenset({"يوم", "مساء", "صباح", "ظهر", "فجر", "ليله"})
DAY_ADJECTIVES = TIME_ADJECTIVES | frozenset({"الماضيه", "المقبله", "القادمه", "الفائته"})
# `خطيب الجمعه`, `صلاه الجمعه`: the day's name inside a title.
WEEKDAY_HEADS = frozenset({"خطيب", "صلاه", "خطبه", "امام"})

# Stops that open an adjunct after the subject (`وقال الوزير في كلمته إن …`, `قال أمس إن`,
# `قال لوسائل الإعلام إن`): the reported clause may still follow a few words on.
ADJUNCT_OPENERS = WEEKDAY_STOPS | TIME_HEADS | frozenset(
    {
        "في", "خلال", "عبر", "امام", "اثناء", "يوم", "اليوم", "امس", "مساء", "صباح", "فجر",
        "ظهر", "عصر", "ليل", "ليله", "بعد", "قبل", "له", "لها", "لهم", "لوسائل", "لصحيفه",
        "لوكاله", "لقناه", "لموقع", "للصحفيين", "للصحافيين", "بتصريح", "بتصريحات", "بكلمه",
        "بحديث", "بمقابله", "فيه", "فيها", "بحسب", "حسب", "وفق", "وفقا", "نقلا", "لشبكه",
        "لتلفزيون", "لاذاعه", "لمجله", "لسي",
        # `وقال التقرير الذي أصدرته المراكز الأمريكية … إن`
        "الذي", "التي",
    }
)
# `وكشف لـ«عكاظ» مصدر مطلع أن`: the addressee before the subject is skipped.
ADDRESSEE_PREPOSITIONS = frozenset({"ل", "لـ"})
# `أبلغ X Y أن …` (told Y that): the verbs whose object, the one told, follows the speaker
# with no preposition, and the heads such an object begins with (`وأبلغ الوزير الصحفيين أن`,
# `وأبلغت الشرطة وسائل الإعلام أن`); an organisation the tagger names there is one too
# (`وأبلغ مسؤول أمريكي رويترز أن`).
TELLING_FORMS = frozenset({"ابلغ", "ابلغت"})
TOLD_HEADS = frozenset({
    "الصحفيين", "الصحافيين", "وسائل", "وكاله", "مجلس", "المجلس", "البرلمان", "الكونغرس",
    "الكونجرس", "المشرعين", "النواب", "اعضاء", "الاعضاء", "المحكمه", "القاضي", "اللجنه",
    "الحضور", "المشاركين", "المراسلين", "الصحيفه", "صحيفه", "قناه", "موقع", "شبكه",
    "وكالات",
})
# `بعد أن التقى …`, `لضرورة أن يحمل …`: a complementizer right after these is a conjunction
# of time or cause, or a noun's complement, not the start of what was said.
CONJUNCTION_HEADS = frozenset(
    {"بعد", "قبل", "منذ", "رغم", "برغم", "بالرغم", "حتي", "من", "ضروره", "لضروره", "بضروره"}
    | {"اهميه", "لاهميه", "باهميه", "امكانيه", "احتمال"}
)

# Name connectors: `عوض بن عوف`, `عبد الفتاح`, `آل سعود`, `أبو مازن`.
CONNECTORS = frozenset({"بن", "ابن", "بنت", "ال", "ابو", "ام", "عبد", "عبدال"})

# Common nouns that follow a name as the verb's object (`أعلن رامي رضوان زوج ابنة …`).
NOT_NAMES = frozenset(
    {
        "زوج", "زوجه", "ابنه", "شقيق", "شقيقه", "والد", "والده", "نجل", "نجله", "صوره", "منشور",
        "تغريده", "رساله", "كلمه", "تصريح", "تصريحات", "بيان", "موقف", "رفض", "دعم", "ترحيب",
        "تاييد", "استعداد", "قرار", "اعتقال", "تامين", "تشكيل", "وقف", "حل", "رحيل", "انه",
        "انها",
        # `مراسل سكاي نيوز عربية`, `الجزيرة نت`: the rest of an outlet's name after its tagged
        # part; `الاتحاد الفرنسي لكرة القدم`: the sport (a short ل-word is otherwise a name).
        "عربيه", "عربي", "نت", "لكره",
        "ردا", "تعليقا", "تعقيبا",  # `قال متحدث ردا على تقارير`: in reply, no one's name
    }
)

# Heads that name a statement: its speaker is whoever issued it.
STATEMENT_HEADS = frozenset(
    {
        "البيان", "بيان", "التصريح", "تصريح", "التغريده", "تغريده", "المنشور", "منشور",
        "الرساله", "رساله",
    }
)

# A spokesman is seldom the person last named (`مركز محمد بن نايف` … `وأوضح المتحدث الأمني`):
# only the one named with that title.
SPOKESPEOPLE = frozenset({"المتحدث", "المتحدثه", "الناطق", "الناطقه"})

# Heads of anonymous sources: never resolved to a named person.
# What findings are said to show (`وتشير الأبحاث إلى أن`, `تشير الأرقام إلى أن`): evidence, not
# a speaker; the labelling policy leaves results out, as it does `أظهرت الدراسة`.
EVIDENCE_HEADS = frozenset(
    {"ابحاث", "ارقام", "احصاءات", "احصائيات", "بيانات", "مؤشرات", "نتائج", "ادله", "معطيات",
     "تقديرات", "معلومات", "قانون", "دستور"}  # `وحسب القانون الألماني، فإن`: no one says it
)
ANONYMOUS_HEADS = frozenset(
    {
        "مصدر", "مصادر", "مصدران", "مسؤولان", "شاهد", "شهود", "مسؤول", "مسؤولون", "ناشطون",
        "مراقبون", "خبراء", "محللون", "سكان", "اخرون", "مغردون", "مواطنون", "متابعون", "مختصون",
        "مسؤولو", "مسؤولي",  # `وقال مسؤولو المنسقية`
        # after عن / إلى the plural is written in ين (`ونقلت رويترز عن مسؤولين قولهم`)
        "مسؤولين", "ناشطين", "مراقبين", "محللين", "مواطنين", "متابعين", "مختصين", "مغردين",
        "متعاملين", "دبلوماسيون", "دبلوماسيين",
        # unnamed groups (`وزعم معارضون للرئيس المنتخب أن`, `ويقول منتقدون إن`)
        "معارضون", "معارضين", "منتقدون", "منتقدين", "مؤيدون", "مؤيدين", "متظاهرون", "محتجون",
        # the same groups in the construct state (`ويقول منتقدو الضريبة الجديدة إن`, `ويقول
        # أنصاره إنه`)
        "منتقدو", "معارضو", "مؤيدو", "محللو", "مراقبو", "ناشطو", "انصار", "انصاره", "انصارها",
        "نشطاء",  # the broken plural (`ويقول نشطاء على الأرض إن`)
        # bodies named by their kind only (`وحذرت وكالات الإغاثة من أن`, `منظمات حقوقية`)
        "وكالات", "منظمات", "جمعيات", "هيئات",
        # `عندما قالت امرأة إنها شاهدت أسدا`: someone unnamed, not the last speaker
        "امراه", "رجل", "شاب", "فتاه", "شخص", "مواطن", "مواطنه", "مغرد", "مغرده", "ناشط",
        "ناشطه", "تقارير", "انباء", "صاحبه",
        # people by their trade or place, unnamed (`واشتكى مزارعون من أنهم`)
        "مزارعون", "مزارعين", "تجار", "موظفون", "موظفين", "سائقون", "سائقين",
        # `وأوضحت لاجئة سورية إنها`
        "لاجئ", "لاجئه", "لاجئون", "لاجئين", "نازح", "نازحه", "نازحون", "نازحين",
        "وسائل",  # `وذكرت وسائل إعلام إسبانية أن`: unnamed media
        "الاعلام", "اعلام",  # `حسب ما نشره الإعلام التركي`: the press, no one named before
        "اثنان", "اثنين",  # `قال اثنان من واضعي السياسات في البنك`: two unnamed
        "مستخدم", "مستخدمه", "مستخدمون", "مستخدمين", "مستخدمو",  # `قال مستخدم آخر إنه`
        "مراسلنا", "مراسلتنا", "متعاملون",  # `وقال مراسلنا إن`: the outlet's own, unnamed
        "باحثون", "باحثين", "علماء",  # `وقال باحثون في دورية الصحة البيئية إن`
        # `وقال أحدهم إن …`: one of the people just spoken of, unnamed (not `آخر`: as often "last")
        "احدهم", "احداهن", "احدهن",
    }
)

# Unnamed only without ال: `قال دبلوماسي غربي` is someone new, `الدبلوماسي الأميركي` the one
# named before.
INDEFINITE_ANONYMOUS_HEADS = frozenset(
    {"دبلوماسي", "دبلوماسيه", "مسؤوله"}
    # leaders (`وقال زعماء بريطانيا وألمانيا وفرنسا في بيان مشترك`); not `حذرت ماي الزعماء
    # الأوروبيين من أن`, whom she warned
    | {"زعماء", "قاده"}
)

# `كشفت دراسة بريطانية أن`: a study or a report, a speaker as written, though not a name.
REPORT_HEADS = frozenset(
    {"دراسه", "دراسات", "تقرير", "بحث", "ابحاث"}
    # court papers and documents (`وقالت عريضة الاتهام إن`, `تقول وثائق المحكمة إنه`)
    | {"عريضه", "لائحه", "وثيقه", "وثائق", "مذكره"}
)
# Verbs of belief (`ويرى الكاتب أن «…»`): the words in marks of their clause are a statement;
# their subject is no speaker for a later verb to continue.
BELIEF_FORMS = frozenset({"يري", "تري"})

# `يصف X بأنه «…»`: X is mostly what is described; only a person named there speaks.
DESCRIBING = frozenset({"يصف", "تصف"})

# Kin named by their tie (`والدة الطفلة`, `شقيق المتوفى`): when no name follows, the
# description stands as written, not for the person named last.
KIN_HEADS = frozenset(
    {"والد", "والده", "شقيق", "شقيقه", "زوج", "زوجه", "نجل", "نجله", "ابنه", "ابنته", "شقيقته"}
    # whose lawyer (`وقال محاميه إن`): a tie to the person named, not that person
    | {"محاميه", "محاميها", "محاموه", "محاموها", "محامو"}
)

# Heads of descriptions that stand for an organisation rather than a person.
ORG_HEADS = frozenset(
    {
        "الصندوق", "البنك", "الوزاره", "الحكومه", "المجلس", "الشركه", "الجيش", "الوكاله",
        "الحركه", "التجمع", "الديوان", "الحزب", "المنظمه", "الهيئه", "الرئاسه", "الخارجيه",
        "الموقع", "الحساب", "الجماعه", "اللجنه", "الجمعيه", "المؤسسه", "الجامعه", "الاداره",
        "الشرطه", "المحكمه", "النيابه", "البلديه", "الامانه", "المديريه", "الجمارك", "المراكز",
        "المركز", "الدائره", "المكتب",
        # sports bodies (`وأكد الاتحاد الإسباني أن`, `وقال النادي في بيان`): never the coach
        # named before
        "الاتحاد", "النادي",
        # missions and assemblies (`وقالت السفارة الروسية في لندن إن`); not `السلطات`,
        # `الادعاء`, `التحالف`: their fuller name is too often another body's
        "السفاره", "القنصليه", "المفوضيه", "البعثه", "الائتلاف", "المصرف", "المستشفي",
        "الاكاديميه", "الكنيسه", "البرلمان", "الكونغرس", "الكرملين", "المجموعه", "المعهد",
        "المنتدي",
    }
)

# Outlets and monitors named by their kind (`وقالت الصحيفة إن`): the one named before in the
# text (`صحيفة نيويورك تايمز`), else the description as written, never another name.
OUTLET_HEADS = frozenset({"الصحيفه", "المرصد", "القناه", "المجله", "الاذاعه"})

# Prepositions carrying a pronoun (`تروج لها القطان`, `رد عليه كلوب`): the word after one
# is no object of the verb before it, and a name after one is a clause's own subject.
PRONOUN_PREPOSITIONS = frozenset({
    "له", "لها", "لهم", "عنه", "عنها", "منه", "منها", "عليه", "عليها", "معه", "معها", "فيه",
    "فيها", "به", "بها", "اليه", "اليها",
})

# A tie to someone named after it (`زميله لاعب وسط يوفنتوس رودريغو بنتانكور`): the words
# look like a name the tagger missed, but the person named after them is the subject.
TIES = frozenset(
    tie + suffix
    for tie in ("زميل", "صديق", "رفيق", "شريك", "مواطن", "منافس", "غريم", "خصم")
    for suffix in ("ه", "ها", "هم", "هما")
)

# Bodies and offices that speak as written (`وقالت السلطات الفلبينية`, `وقال التلفزيون
# الرسمي`, `وقال المدعي العام`, `وقال البيت الأزرق`), never for the person named nearest
# before them (often the one they speak about); unlike ORG_HEADS, no fuller name is looked for.
BODY_HEADS = frozenset({
    "السلطات", "السلطه", "القوات", "الدول", "الجهات", "النواب", "الحكومات", "الاجهزه",
    "المخابرات", "الاستخبارات", "الادعاء", "القضاء", "المدعي", "المدعيه", "التلفزيون",
    "التليفزيون", "الشبكه", "الجريده", "الصحف", "البيت", "الحرس", "الوفد",
})

# Organisation nouns heading a construct name (`وكالة الأنباء الفلسطينية`, `صحيفة الحياة`):
# with its complement the phrase names the organisation itself, not someone named before.
ORG_CONSTRUCTS = frozenset(
    {"وكاله", "صحيفه", "موقع", "حساب", "قناه", "وزاره", "هيئه", "لجنه", "جمعيه", "منظمه"}
    | {"شركه", "مؤسسه", "جامعه", "مجلس", "اداره", "مكتب"}
    # `ونعت كتائب عز الدين القسام`: not the person the brigades are named after
    | {"كتائب", "سرايا", "حزب", "حركه", "جماعه", "تنظيم", "اتحاد", "نقابه", "مركز", "بنك"}
    | {"صندوق", "مجموعه", "تحالف", "جبهه", "دائره", "مديريه", "امانه", "بلديه", "غرفه", "رابطه"}
    | {"شرطه", "محكمه", "نيابه", "سفاره", "قنصليه", "قياده", "فرقه", "مراكز", "اداره"}
    | {"موانئ", "مصرف", "معهد", "جهاز", "ائتلاف"}  # `أعلنت موانئ دبي العالمية أنها`
)
# `قوله تعالى`, `قال الله عز وجل`, `ربنا يقول`: scripture, whose speaker is God.
DIVINE_NAMES = frozenset({"الله", "ربنا", "ربي", "الرب"})
# Epithets after the verb, word pairs so that `قال عز الدين` stays a man's name.
DIVINE_EPITHETS: frozenset[tuple[str, ...]] = frozenset(
    {("تعالي",), ("سبحانه",), ("عز", "وجل"), ("عز", "من"), ("جل", "جلاله"), ("جل", "شانه")}
)

# Verbs of dialogue in a story's narration (`قلت بلهفة:`, `وعاد يسألني:`, `فأجبته:`): a line
# opened by one is not a transcript's speaker label. Past forms (first and third person, the
# first person of hollow verbs spelled apart: قلت, صحت), present forms and participles, each
# also with an object pronoun and with و or ف before it (dialogue_verbs).
_DIALOGUE_FORMS = (
    "قلت قلنا قال قالت قالوا يقول تقول اقول نقول يقولون قائلا قائله "
    "سالت سالنا سال سالوا يسال تسال اسال نسال متسائلا متسائله تساءلت تساءل يتساءل "
    "اجبت اجبنا اجاب اجابت يجيب تجيب اجيب مجيبا رددت رددنا رد ردت ردوا يرد ترد ارد "
    "اضفت اضاف اضافت يضيف تضيف اضيف همست همس يهمس تهمس اهمس صحت صاح صاحت يصيح تصيح "
    "صرخت صرخ يصرخ تصرخ اصرخ قاطعت قاطع قاطعته يقاطع تقاطع علقت علق يعلق عقبت عقب يعقب "
    "تابعت تابع يتابع تتابع"
)
_OBJECT_PRONOUNS = ("", "ه", "ها", "هم", "ني", "نا", "ك", "كم")
# A dialogue form that is also a common name: نجيب (we answer / Najib) is not generated.
_NAMES_AMONG_FORMS = frozenset({"نجيب"})


def dialogue_verbs() -> frozenset[str]:
    """Every normalized dialogue verb form, with object pronouns and a leading و or ف."""
    forms = {base + pronoun for base in _DIALOGUE_FORMS.split() for pronoun in _OBJECT_PRONOUNS}
    forms -= _NAMES_AMONG_FORMS
    return frozenset(forms | {clitic + form for form in forms for clitic in ("و", "ف")})


# Interview labels that name no one.
ANONYMOUS_LABELS = frozenset({"سؤال", "س", "ج", "جواب", "المذيع", "المحاور"})
# `اقرأ أيضا: …`, `للمزيد: …`: a page's links and notes written like a label (an archive of ANT
# had 437 quotes "by" them, most of them the article's own paragraphs continuing the "speaker").
FURNITURE_LABELS = frozenset({
    "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "اقرا", "للمزيد", "للمزيد اقرا",
    "شاهد ايضا", "شاهد", "طالع ايضا", "طالع", "تابع ايضا", "انظر ايضا", "اقرا ايضا عن",
    "ذات صله", "اخبار ذات صله", "مواضيع ذات صله", "المصدر", "مصدر الخبر", "الرابط", "رابط",
    "ملاحظه", "ملحوظه", "تنويه", "تحديث", "عاجل", "فيديو", "صور", "بالصور", "بالفيديو",
    "للاطلاع", "للتفاصيل", "التفاصيل", "ترجمه", "تصوير", "اعداد", "تحرير",
    # The fields of a fact sheet or a listicle (stop 22: a stadium's `الموقع:`, `السعة:`, a
    # team's `خط الوسط:`, a vitamin's `نصيحة:`), each a few hundred quotes "by" them on ANT.
    "نصيحه", "الموقع", "السعه", "التوقيت", "الافتتاح", "الطقس", "اللغه", "القصه", "تاليف",
    "المدينه", "البلد", "الدوله", "الوسط", "الهجوم", "الدفاع", "خط الوسط", "خط الهجوم",
    "خط الدفاع", "حراسه المرمي", "حارس المرمي", "الخلفيه التاريخيه", "فرص الفوز",
    # a book's or a film's credits (`تأليف: …` then `الناشر: دار …`)
    "الناشر", "دار النشر", "سنه النشر", "عدد الصفحات", "المؤلف", "المترجم", "اخراج", "بطوله",
    "انتاج", "السعر",
})
# `يوجد في:`, `يحمي من:`: a field that ends with a preposition names no one.
LABEL_PREPOSITIONS = frozenset({"في", "من", "ضد", "عن", "الي", "مع"})
# `وفق ما ذكرت …`, `وهو ما علق عليه …`: a relative or demonstrative pronoun opening the subject
# names nobody; the quote is left without a speaker rather than given "ما".
PRONOUN_SUBJECTS = frozenset({
    "ما", "مما", "لما", "كما", "من", "الذي", "التي", "الذين", "اللذين", "اللتين", "هذا", "هذه",
    "ذلك", "تلك", "هو", "هي", "هم", "وهو", "وهي", "وهم",
})
# `أولا: …، ثانيا: …`: the points of a list, never a speaker's label.
ORDINALS = frozenset({"اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "اخيرا"})
# `وقال سموه`, `وأكد معاليه`: a pronoun of honour, for the person last named with that honour.
HONORIFICS: dict[str, frozenset[str]] = {
    "سموه": frozenset({"سمو", "الامير", "الاميره", "ولي"}),
    "معاليه": frozenset({"معالي", "الوزير", "وزير"}),
    "فضيلته": frozenset({"فضيله", "الشيخ"}),
    "سعادته": frozenset({"سعاده"}),
}
# `وقال سمو أمير منطقة مكة المكرمة رئيس اللجنة`: an honour's title before a description with
# no person's name stands, as the pronoun does, for the person last named with that honour.
HONOUR_TITLES: dict[str, frozenset[str]] = {
    "سمو": HONORIFICS["سموه"],
    "معالي": HONORIFICS["معاليه"],
    "فضيله": HONORIFICS["فضيلته"],
    "سعاده": HONORIFICS["سعادته"],
}


def verb_genders() -> dict[str, str]:
    """Verb forms and participles -> "m" or "f" (the lemma lists give masculine, feminine
    in turn; plurals and forms alone are left out)."""
    genders: dict[str, str] = {}
    for forms in _VERBS.values():
        if len(forms) < 2:
            continue
        for k, form in enumerate(forms):
            if not form.endswith(("وا", "ون")):  # plurals: no gender
                genders[form] = "mf"[k % 2]
    for form in PARTICIPLES - PLURAL_PARTICIPLES - {BY_SAYING}:
        genders[form] = "f" if form.endswith("ه") else "m"
    return genders


def verb_forms() -> dict[str, str]:
    """Every verb form -> its citation form."""
    return {form: lemma.strip() for lemma, forms in _VERBS.items() for form in forms}


# `أبدى الحارس محمد الدعيع …` then `وقال الحارس الأسطوري`: roles a person is introduced by and
# later called by, as titles are (normalized, without ال).
ROLE_WORDS = frozenset({
    "حارس", "مدرب", "لاعب", "مهاجم", "مدافع", "نجم", "نجمه", "فنان", "فنانه", "ممثل", "ممثله",
    "مطرب", "مطربه", "مغني", "مغنيه", "كاتب", "كاتبه", "شاعر", "شاعره", "روائي", "مخرج",
    "مخرجه", "منتج", "طبيب", "طبيبه", "باحث", "باحثه", "محامي", "محاميه",
    "معلم", "معلمه", "استاذ", "استاذه", "مهندس", "مهندسه", "صحفي", "صحفيه",
})


# `قال لشبكة سي ان ان إنه`: the medium it was said to, behind the preposition ل.
ADDRESSEES = frozenset(
    {"لشبكه", "لقناه", "لصحيفه", "لوكاله", "لموقع", "لتلفزيون", "لاذاعه", "لمجله", "لراديو"}
    | {"لسي", "لرويترز", "لبي", "لوسائل", "للصحفيين", "للصحافيين", "للصحيفه", "للوكاله"}
    | {"للعربيه", "للجزيره", "لسكاي", "لفرانس", "للشرق"}  # outlets told: `للعربية.نت`
    | {"للبي", "للسي", "للاذاعه", "للتلفزيون", "للقناه", "للموقع", "للمجله"}  # `للبي بي سي`
)
