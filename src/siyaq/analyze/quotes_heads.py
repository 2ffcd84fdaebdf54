"""The nouns the quote finder reads subjects by, in normalized spelling: heads of anonymous
sources (`مصدر`, `مسؤولون`), of organisations, outlets and bodies (`الوزارة`, `الصحيفة`,
`السلطات`), of statements and reports, kin, roles and honorifics (`سموه`), divine names, the
labels of interview transcripts and the outlets one speaks to (`لرويترز`)."""

from __future__ import annotations

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


# People by what they are, unnamed (`عندما قالت امرأة إنها`); the feminine ones end in ه.
UNNAMED_PEOPLE = frozenset({"امراه", "رجل", "شاب", "فتاه", "شخص", "مواطن", "مواطنه"})


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
        # `وقال منظمو المزاد إن`, `ويقول ممثلو الادعاء إن`
        "منظمو", "ممثلو", "موظفو", "مشجعو", "مراسلو", "محققو", "مفتشو", "مسعفو",
        "نشطاء",  # the broken plural (`ويقول نشطاء على الأرض إن`)
        # bodies named by their kind only (`وحذرت وكالات الإغاثة من أن`, `منظمات حقوقية`)
        "وكالات", "منظمات", "جمعيات", "هيئات", "نقابات",
        # `عندما قالت امرأة إنها شاهدت أسدا`: someone unnamed, not the last speaker
        *UNNAMED_PEOPLE, "مغرد", "مغرده", "ناشط",
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
        "الداخليه", "الحركه", "التجمع", "الديوان", "الحزب", "المنظمه", "الهيئه", "الرئاسه",
        "الخارجيه",
        "الموقع", "الحساب", "الجماعه", "اللجنه", "الجمعيه", "المؤسسه", "الجامعه", "الاداره",
        "الشرطه", "المحكمه", "النيابه", "البلديه", "الامانه", "المديريه", "الجمارك", "المراكز",
        "المركز", "الدائره", "المكتب", "الجهاز",  # `الجهاز الإعلامي للسيدة الأولى`
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


# The kinds of news outlet, the word their names open with (`صحيفة الحياة`, `وكالة الأنباء`,
# `موقع "…"`): listed here once; quotes_credited, quotes_marks and quotes_descriptions build
# their outlet lists from it.
MEDIA_OUTLET_WORDS = frozenset(
    {"صحيفه", "وكاله", "موقع", "قناه", "مجله", "اذاعه", "تلفزيون", "شبكه"}
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
    | {"شركه", "مؤسسه", "جامعه", "مجلس", "اداره", "مكتب", "جهاز"}
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


# `أبدى الحارس محمد الدعيع …` then `وقال الحارس الأسطوري`: roles a person is introduced by and
# later called by, as titles are (normalized, without ال).
ROLE_WORDS = frozenset({
    "حارس", "مدرب", "لاعب", "مهاجم", "مدافع", "ظهير", "هداف", "نجم", "نجمه", "فنان", "فنانه",
    "ممثل", "ممثله",
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
