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
    "يحذر": ("يحذر", "تحذر", "يحذرون"),  # `ويحذر خبراء من أن …`
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
    "زاد": ("زاد", "زادت"),  # `وزاد رئيس الهيئة: …` (added), only before a colon
}

# `واعترف الأسد بأن …` reports; `هيئة تعترف بها الهيئة` (recognises) does not: these report
# only when a complementizer follows within MAX_GUARDED_WORDS, with no punctuation between.
ADMISSION_FORMS = frozenset(
    form for verb in ("اعترف", "زعم", "اقر", "شرح", "اصر", "ادعي", "اشتكي", "لمح")
    for form in _VERBS[verb]
)
# `وزاد البيان: …` adds; `زاد عدد الضحايا` (increased) does not: a verb of speech only when a
# colon follows its subject within MAX_GUARDED_WORDS
ADDED_FORMS = frozenset(_VERBS["زاد"])
# Forms that are verbs of speech only when a complementizer follows soon (`وبين الوزير أن`);
# otherwise a preposition (`بين البلدين`).
GUARDED_FORMS = frozenset({"بين"})
# وصف with its object written on it (`في عملية وصفتها واشنطن بأنها "غير شرعية"`): the quote
# finder's verb only before بأن, never the noun of `على حد وصفه`, and no verb that ends another
# speaker's clause (so not in verb_forms)
DESCRIBED_FORMS = frozenset(
    {"وصفه", "وصفها", "وصفهم", "وصفته", "وصفتها", "وصفتهم", "وصفوه", "وصفوها"})
# A pledge's clause is speech only right after it (`وتعهد كيم بأن يكون الاقتصاد أولوية`), not
# an أن further on (`وتعهدت السلطات باتخاذ إجراءات … رغم تأكيدهم أن`); its words in marks
# count whatever follows.
PLEDGE_FORMS = frozenset(_VERBS["تعهد"])
MAX_GUARDED_WORDS = 6  # words from such a form to its أن

# `ونقلت رويترز عن X`: an outlet relays whom it names after عن; `…، وفق ما نقلت "فرانس برس"`:
# an outlet credited with what it passed on.
RELAY_FORMS = frozenset({"نقل", "نقلت"})

# Calls (`دعا X إلى`, `طالبت بـ`): whom they call on, or what they call for in marks, follows
# their subject.
CALLING_FORMS = frozenset(_VERBS["دعا"] + _VERBS["طالب"] + ("دعوا",))

# The relative pronouns of one person or body (`القيادي … الذي وصل`, `المنظمة التي`).
WHO_SINGULAR = frozenset({"الذي", "التي"})

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
        "مبررا", "مبرره",  # `لكنه دافع عن جنوده، مبررا أن قواته …`
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
        "تتابع", "يختم", "تختم", "اضافوا", "زاد", "زادت",
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
        "يحذر", "تحذر", "يحذرون",
        "ابلغ", "ابلغت",  # `وأبلغ الوزير الصحفيين أن …`: what one told someone
        "كتب", "كتبت",  # `وكتب رئيس البرلمان إلى زوكربرغ أن …`: what one wrote
    }
) | ADMISSION_FORMS | PLEDGE_FORMS

# What one wrote (`وكتب ماسك على تويتر أن …`), and what one writes that has a clause of its
# own (`كتب مقالا … طلب فيه أن`, `كتبت تقارير عن شائعات تفيد بأن`): not what was written.
WRITTEN_FORMS = frozenset(_VERBS["كتب"])
WRITTEN_OBJECTS = frozenset(
    {"مقالا", "مقال", "تغريده", "تغريدات", "تقارير", "تقريرا", "رساله", "خطابا", "كتابا",
     "منشورا", "تدوينه", "قصيده"}
)

# Warnings report the clause after their من (`وحذر X الأحد من أن …`), not an أن after a noun.
WARNING_FORMS = frozenset(_VERBS["حذر"] + _VERBS["يحذر"])

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


# Verbs of belief (`ويرى الكاتب أن «…»`): the words in marks of their clause are a statement;
# their subject is no speaker for a later verb to continue.
BELIEF_FORMS = frozenset({"يري", "تري"})

# `يصف X بأنه «…»`: X is mostly what is described; only a person named there speaks.
DESCRIBING = frozenset({"يصف", "تصف"})


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
    for saying in ("بقول", "لقول"):  # `بقوله إن` is his, `بقولها إن` hers
        genders[saying + "ه"], genders[saying + "ها"] = "m", "f"
    return genders


def verb_forms() -> dict[str, str]:
    """Every verb form -> its citation form."""
    return {form: lemma.strip() for lemma, forms in _VERBS.items() for form in forms}


