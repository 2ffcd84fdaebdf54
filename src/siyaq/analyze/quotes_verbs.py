"""Which words report speech, and where they do: the forms that can attribute it (verb_kinds:
verbs, participles, قوله, relays, `بقوله`, cues such as `بحسب`, `جاء في` and `طبقا لما أعلنه`,
with و/ف clitics) and the reporting verbs of a text (reporting_verbs), without the uses that
report nothing (`إبان الحرب`, `في كتب التراث`, `بيان نُشر`, `كما يُزعم`, `، ما يؤكد أن`)."""

from __future__ import annotations

from collections.abc import Sequence

from siyaq.analyze.quotes_before import WITHHOLDING
from siyaq.analyze.quotes_clauses import clause_follows, colon_follows, guarded_verb
from siyaq.analyze.quotes_clues import described_as, published_in
from siyaq.analyze.quotes_credited import credit_verb
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_lexicon import (
    ADDED_FORMS,
    ADMISSION_FORMS,
    BY_SAYING,
    COMPLEMENTIZERS,
    DESCRIBED_FORMS,
    GUARDED_FORMS,
    PARTICIPLES,
    RELAY_FORMS,
    WHAT_CUES,
    verb_forms,
)

# `بحسب البيان`, `جاء في البيان`, `وجاء فيه:`, `صدر عن X`: the speaker follows the cue (or,
# with فيه, is the one just named).
_CUES: dict[str, tuple[str, ...]] = {
    "بحسب": (),
    "حسب": (),
    "وفق": (),
    "وفقا": (),
    "جاء": ("في", "فيه", "فيها"),
    "ورد": ("في", "فيه", "فيها"),
    "صدر": ("عن",),
}
# `جاء في الوقت الذي`, `جاء في إطار`, `جاء في المركز الثاني`: when, why or where it came, not
# a document it was read in.
_NO_SOURCE = frozenset(
    {"الوقت", "وقت", "ظل", "اطار", "سياق", "اعقاب", "اثر", "ضوء", "المركز", "المرتبه",
     "الترتيب", "صداره", "طليعه", "ذيل", "حين", "الفتره", "اللحظه", "المقابل"}
)
# `وطبقا لما أعلنه ناصر الحاسي، فإن …`: a verb with the pronoun of what was said, after ما;
# also verbs that report only there (`بحسب ما أظهرت البيانات`).
_PRONOUN_CUES = frozenset(
    {
        "اعلنه", "اعلنته", "ذكره", "ذكرته", "اكده", "اكدته", "اوضحه", "اوضحته", "قاله", "قالته",
        "نقله", "نقلته", "اورده", "اوردته",
    }
)
# Verbs that report only in a credit (`بحسب ما أظهرت البيانات`, `حسبما يقوله مسؤولون`).
# A statement right before an unvowelled `نشر` is what was published (`بيان نُشر`).
_POSTED_NOUNS = frozenset({"بيان", "بيانا", "تغريده", "مقال", "مقالا", "تقرير", "تقريرا",
                           "منشور", "فيديو", "رساله"})
_BOOKS_AFTER = frozenset({"في", "من", "عن", "الي", "ل", "ب", "بين", "احد", "اهم"})
_CREDIT_ONLY = frozenset(
    {
        "يقوله", "تقوله", "نشره", "نشرته", "كشفه", "كشفته", "افاده", "افادته", "اظهرت", "اظهره",
        "اظهرته", "بثه", "بثته",
    }
)
# Particles before a present verb that make it a clause's content, not a report of speech.
_SUBJUNCTIVE = frozenset({"ان", "لن", "لم", "كي", "لكي"})
_WHAT = frozenset({"ما", "لما", "كما", "مما"}) | WHAT_CUES
_QAWL = frozenset({"قوله", "قولها", "قولهم"})
_WHICH = frozenset({"ما", "مما"})
# `، ما يؤكد أن …`: what the facts show (not `ما يقول إنه`, what someone claims)
_INFERRING = frozenset({"يؤكد", "تؤكد", "يوضح", "توضح", "يكشف", "تكشف", "يشير", "تشير"})
# `ونقلت رويترز عن غوارديولا "…"` (RELAY_FORMS): with قوله after the name, _QAWL reads it.
MAX_RELAY_WORDS = 6  # words from نقلت to its عن
MAX_RELAYED_WORDS = 12  # words from عن to a قوله that would read the phrase instead
# `مستشهدا بقوله تعالى`, `من قول الله تعالى:`: a verse's cue; `بث X الفوضى بقوله إنه`,
# `انتقادات لقوله إن`: what the sentence's subject said.
_BY_SAYING = frozenset({"بقوله", "بقولها", "بقولهم", "قول", "بقول", "لقوله", "لقولها", "لقولهم"})
# A form with و or ف that reads as another word: فحسب is "only" (`ليس هذا فحسب، بل إن «…»`),
# next to never "so, according to".
_NOT_CLITIC_FORMS = frozenset({"فحسب"})


def verb_kinds() -> dict[str, tuple[str, str]]:
    """Every word that can attribute speech -> (kind, form), with و/ف clitics too."""
    kinds: dict[str, tuple[str, str]] = {}
    groups = [
        ("verb", verb_forms()),
        ("verb", DESCRIBED_FORMS),
        ("participle", PARTICIPLES),
        ("qawl", _QAWL),
        ("relay", RELAY_FORMS),
        ("by_saying", _BY_SAYING),
        ("cue", _CUES),
        ("cue", _PRONOUN_CUES),
        ("cue", _CREDIT_ONLY),
    ]
    for kind, forms in groups:
        for form in forms:
            kinds.setdefault(form, (kind, form))
    for kind, forms in groups:
        for form in forms:
            for clitic in ("و", "ف"):
                if len(form) >= 3 and clitic + form not in _NOT_CLITIC_FORMS:
                    kinds.setdefault(clitic + form, (kind, form))
            if kind == "verb" and form[:1] in "يت" and len(form) >= 3:
                kinds.setdefault("ل" + form, (kind, form))  # `عاد ليؤكد أن`
    return kinds


def reporting_verbs(doc: Doc, watched: list[int], kinds: dict[str, tuple[str, str]]
                    ) -> list[Verb]:
    """The watched words of `doc` that report speech here, in text order (`kinds`: from
    verb_kinds); a cue with its preposition (`جاء في`) is placed at the preposition."""
    words = doc.words
    verbs: list[Verb] = []
    for i in [i for i in watched if words.norms[i] in kinds]:
        start = words.start(i)
        if doc.inside_quote(start):
            continue
        kind, form = kinds[words.norms[i]]
        if form == "حسب" and _ends_clause(doc.text, words.end(i)):
            continue  # `ليس بالكلمات وحسب، إنما …`: "only", not "according to"
        if form.startswith("ابان") and "أ" not in doc.text[start : start + 2]:
            continue  # `إبان الحرب` ("during"); only `أبان` written so is "explained"
        if form in GUARDED_FORMS and not guarded_verb(doc, i):
            continue  # `اتفاقية بين البلدين`, not `وبين الوزير أن`
        if form in DESCRIBED_FORMS and not described_as(doc, i):
            continue  # `على حد وصفه` (as he put it), not `وصفته الشرطة بأنه`
        if form in _JUSTIFYING \
                and not doc.text[max(0, start - 3) : start].rstrip().endswith(("،", ",")):
            continue  # `توقعات غير مبررة بأن` (unjustified), not `، مبررا ذلك بأن`
        if kind == "participle" and i and words.norms[i - 1] == "غير":
            continue  # `تقارير غير مؤكدة` (unconfirmed), an adjective, not "affirming"
        if form in ADDED_FORMS and not colon_follows(doc, i):
            continue  # `زاد عدد الضحايا` (increased), not `وزاد البيان: …`
        if form in ADMISSION_FORMS and not clause_follows(doc, i):
            continue  # `تعترف بها الهيئة` (recognises), not `واعترف الأسد بأن`
        if form in _PRONOUN_CUES and (i == 0 or words.norms[i - 1] not in _WHAT):
            continue  # `طبقا لما أعلنه X`, not `أعلنه رسميا`
        if form in _CREDIT_ONLY and not credit_verb(words.norms, i):
            continue  # `كما نشره حساب …`, `ما أظهرته الصور`: no credit
        if kind == "relay" and not _relays(words.norms, i):
            if not credit_verb(words.norms, i):
                continue  # `نقلت الجثة إلى المستشفى`; `نقل عنه قوله` is قوله's
            kind = "verb"  # `، وفق ما نقلت صحيفة "ديلي صباح"`: the paper reported it
        if _passive(doc.text[start : words.end(i)], form):
            continue  # `كما يُزعم أنه`, `الذي أُعلن مقتله`: no speaker
        if form == "كتب" and i and words.norms[i - 1] in _BOOKS_AFTER:
            continue  # `في كتب التراث`, `من كتب محققة`: books, no one writing
        if form in ("نشر", "نشرت") and i and words.norms[i - 1] in _POSTED_NOUNS:
            continue  # `في بيان نُشر بموقع الاتحاد`: the statement published, no speaker
        if form in ("نشر", "نشرت") and published_in(words.norms, i):
            continue  # `وقالت الدراسة التي نُشرت في المجلة، إن`: where it appeared
        if i and words.norms[i - 1] in WITHHOLDING | {"عدم"} \
                and not doc.text[words.end(i - 1) : start].strip():
            continue  # `طلب عدم نشر اسمه`, `رفضت نشر اسمها`: not a statement
        if form[:1] in "يت" and i and _bare(words.norms[i - 1]) in _SUBJUNCTIVE:
            continue  # `لم يجد سوى أن يعترف بالانتقال`, `ولم يوضح الباحثون ما إذا`: not said
        if form in _INFERRING and i and words.norms[i - 1] in _WHICH \
                and i + 1 < len(words) and words.norms[i + 1] in COMPLEMENTIZERS \
                and not credit_verb(words.norms, i):
            continue  # `، ما يؤكد أن …`: what the facts show, the writer's inference
        if form == BY_SAYING and (
            (verbs and doc.sentence(start)[0] <= verbs[-1].start) or not _says_next(doc, i)
        ):  # `وختم بالقول:`: the verb before says it; `المجاهرة بالقول،`: no speech
            continue
        if kind != "cue" or not _CUES.get(form):
            verbs.append(Verb(i, start, words.end(i), form, kind))
        elif i + 1 < len(words) and words.norms[i + 1] in _CUES[form] and (
            i + 2 >= len(words) or words.norms[i + 2] not in _NO_SOURCE
        ):
            verbs.append(Verb(i + 1, start, words.end(i + 1), form, kind))
    return verbs


_JUSTIFYING = frozenset({"مبررا", "مبرره"})  # participles only after a comma


def _bare(word: str) -> str:
    """`ولم`, `فلن`: the particle without its و / ف."""
    return word[1:] if word[:1] in "وف" and word[1:] in _SUBJUNCTIVE else word


def _passive(written: str, form: str) -> bool:
    """A damma on the verb's first letter marks the passive (`يُزعم`, `أُعلن`, `ذُكر`), as
    the writer vowelled it; an unvowelled verb is read as active."""
    if len(written) > len(form) and written[:1] in "وف" and written[1:2] != "\u064f":
        written = written[1:]  # the و/ف clitic
    return written[1:2] == "\u064f"


def _says_next(doc: Doc, i: int) -> bool:
    """Does speech open right after word i: a colon, a quotation mark or أن/إن?"""
    after = doc.text[doc.words.end(i) : doc.words.end(i) + 3].lstrip()
    if after[:1] in ':"«“”':
        return True
    return i + 1 < len(doc.words) and doc.words.norms[i + 1] in COMPLEMENTIZERS


def _ends_clause(text: str, end: int) -> bool:
    """Does punctuation (or the text's end) follow the word ending at `end`?"""
    rest = text[end : end + 3].lstrip(" ")
    return not rest or rest[0] in ".،,:؛;!؟?\n"


def _relays(norms: Sequence[str], i: int) -> bool:
    """Does the نقل at word i name whom it relays (an عن a few words on, no قوله after it)?"""
    near = norms[i + 1 : i + 1 + MAX_RELAY_WORDS]
    if "عن" not in near:
        return False
    at = i + 1 + near.index("عن")
    return _QAWL.isdisjoint(norms[at + 1 : at + 1 + MAX_RELAYED_WORDS])
