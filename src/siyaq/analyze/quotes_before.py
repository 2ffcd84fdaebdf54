"""Subjects that stand before their verb of speech.

Arabic news mostly puts the subject after the verb (`وقال الوزير إن`); these constructions put
it first, and the sentence reader (quotes_sentences) asks here when no subject follows the verb:

* a relative pronoun: `المستشارة الألمانية أنغيلا ميركل التي قالت إن`;
* after لكن / إلا أن / غير أن / بيد أن: `لكن صندوق النقد قال إن`;
* after أما, with ف on the verb: `أما الناشط أبو طه فقال:`.

And a source's wish not to be named, which stands between a subject and its clause
(`وقال مسؤول بريطاني، طلب عدم نشر اسمه، إن`) and is neither the name nor a statement.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Mapping, Sequence

from siyaq.analyze.quotes_clauses import plural
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import EVIDENCE_HEADS, KIN_HEADS, REPORT_HEADS, STATEMENT_HEADS
from siyaq.analyze.quotes_lexicon import (
    COMPLEMENTIZERS,
    HARD_STOPS,
    SOFT_STOPS,
    WHO_SINGULAR,
)
from siyaq.analyze.quotes_speakers import Word, is_preposition
from siyaq.model import Mention

RELATIVES = WHO_SINGULAR | {"الذين"}
PRONOUNS = frozenset({"هو", "هي", "وهو", "وهي", "هم", "وهم"})

# A relative pronoun and the verb form it agrees with (m, f, plural).
_RELATIVE_AGREEMENT = {"الذي": "m", "التي": "f", "الذين": "p", "والذي": "m", "والتي": "f"}
_GAP_PREPOSITIONS = SOFT_STOPS | {"في"}
_ANTECEDENT_BREAKS = frozenset(".:؛;\n\"«»“”")
MAX_APPOSITION = 4  # words from a name to the pronoun: `، نجم يوفنتوس الإيطالي، الذي`
# What a relative pronoun after them stands for: reports, statements, signs (`التقارير التي
# تشير`, `بيان الهلال …، والذي أشار`), not the person named before them.
_THING_HEADS = STATEMENT_HEADS | REPORT_HEADS | EVIDENCE_HEADS | frozenset(
    {"تقارير", "اشارات", "انباء", "تصريحات", "مقال", "مقاله", "تغريدات", "صحف", "وسائل"}
)
_WHOSE_HEADS = KIN_HEADS | frozenset({"اعمال"})  # `مدير أعمال فضل شاكر`

_WENT_ON = frozenset({"واصل", "واصلت"})
MAX_PARTICLE_SUBJECT = 5  # `لكن المسؤولين الألمان يقولون`: words from the particle to the verb
_PARTICLES = frozenset({"لكن", "ولكن"})
# `في حين أن المحققين قالوا إن`, `رغم أن مفتشي الأمم المتحدة يقولون إن`: a subject first in
# a clause of contrast as well
_PARTICLE_PAIRS = frozenset(
    {("الا", "ان"), ("غير", "ان"), ("بيد", "ان"), ("حين", "ان"), ("رغم", "ان"),
     # `ويذكر أن الجبير قال في تصريحات سابقة:`: the writer recalls who said it
     ("ويذكر", "ان"), ("يذكر", "ان"), ("بالذكر", "ان")})

_AMMA = frozenset({"اما", "واما"})  # أما, "as for"
MAX_TOPIC_WORDS = 10  # words from أما to its verb
# `أما عن مرضه`, `أما بالنسبة إلى`: what it is about, not who speaks (على: is_preposition)
_TOPIC_OPENERS = frozenset(
    {"عن", "بالنسبه", "بخصوص", "بشان", "في", "حول", "فيما", "من", "الان", "اليوم", "بعد",
     "قبل", "اذا", "لو"}
)

# `طلب عدم الكشف عن اسمه`: the verbs, the words of disclosing and what is withheld
WITHHOLDING = frozenset(
    {"طلب", "طلبت", "طلبوا", "رفض", "رفضت", "رفضوا", "فضل", "فضلت", "فضلوا", "مفضلا",
     "مفضله", "مشترطا", "مشترطه", "اشترط", "اشترطت"}
)
_DISCLOSING = frozenset(
    {"عدم", "الكشف", "كشف", "عن", "نشر", "ذكر", "الافصاح", "اعلان", "الاعلان", "الاشاره",
     "الي"}
)
# after لم: `لم يكشف عن هويته`, `لم تذكر اسمه`; `لم يسمها` names no one in one word
_UNDISCLOSED = frozenset({"يكشف", "تكشف", "يذكر", "تذكر", "يفصح", "تفصح"})
_UNNAMING = frozenset(
    {"يسمه", "تسمه", "يسمها", "تسمها", "يسمهم", "تسمهم", "يسمهما", "تسمهما"})
_IDENTITY = frozenset(
    {"اسمه", "اسمها", "هويته", "هويتها", "اسمائهم", "هويتهم", "هوياتهم", "اسماءهم", "اسميهما",
     "هويتهما", "اسمهما"}
)


def speech_follows(doc: Doc, verb: Verb) -> bool:
    """A colon or an opening quotation mark right after the verb."""
    rest = doc.text[verb.end : verb.end + 3].lstrip()
    return rest[:1] in (":", "\"", "«", "“", "”")


def clause_read(verb: Verb) -> bool:
    """Its clause, colon or complementizer after it (read by the subject reader)."""
    return verb.clause is not None or verb.colon is not None or verb.stop in COMPLEMENTIZERS


def relative_antecedent(doc: Doc, verb: Verb, genders: Mapping[str, str]) -> Mention | None:
    """`المستشارة الألمانية أنغيلا ميركل التي قالت إن`, `لوبيز أوبرادور، الذي قال إنه`: a
    verb right after a relative pronoun of its gender and number, with its clause after it,
    says what the name before the pronoun said. `الموازنة، التي أشار إلى أنها` does not
    agree, `البغدادي الذي أُعلن مقتله` has no clause: their speaker is someone else."""
    k = verb.index - 1
    if k < 0 or doc.words.norms[k] not in _RELATIVE_AGREEMENT or not clause_read(verb):
        return None
    form = verb.form
    number = "p" if plural(form) else genders.get(form)
    if number != _RELATIVE_AGREEMENT[doc.words.norms[k]]:
        return None
    return _antecedent_name(doc, doc.words.start(k))


def _antecedent_name(doc: Doc, pronoun: int) -> Mention | None:
    """The name a relative pronoun at `pronoun` stands for: a person named in the phrase
    before it, a title or an organisation in apposition between (`باولو ديبالا، نجم يوفنتوس
    الإيطالي، الذي`), else an organisation right before it (`مجلة Variety التي`). A person
    named as whose manager or kin it is (`مدير أعمال فضل شاكر، الذي`) is not the speaker."""
    before = doc.words.first_at(pronoun) - 1
    if before >= 0 and _head(doc.words.norms[before]) in _THING_HEADS:
        return None  # `ونفى ترامب التقارير التي تشير إلى أن`: the reports say it
    at = bisect_left(doc.mention_starts, pronoun)
    nearest = True
    between: list[Mention] = []  # the names passed over, each one word of the apposition
    for mention in reversed(doc.mentions[:at]):
        if mention.end > pronoun:
            continue
        gap = _apposition(doc.text, mention.end, pronoun, between)
        between.append(mention)
        words = gap.replace("،", " ").replace(",", " ").split()
        if any(ch in gap for ch in _ANTECEDENT_BREAKS) or len(words) > MAX_APPOSITION \
                or any(doc.normalize(w) in _GAP_PREPOSITIONS for w in words):
            return None  # `التقى الرئيس X الوفد في المساء، الذي`: the delegation's pronoun
        if mention.type == "PERS":
            k = doc.words.first_at(mention.start) - 1
            return None if k >= 0 and doc.words.norms[k] in _WHOSE_HEADS else mention
        if mention.type == "ORG" and nearest and not gap.strip(" ،,"):
            return mention
        nearest = False
    return None


def _apposition(text: str, start: int, end: int, names: list[Mention]) -> str:
    """text[start:end] with each name in it one word and a bracketed abbreviation left out
    (`جياني إنفانتينو رئيس الاتحاد الدولي لكرة القدم (فيفا) الذي`: two words)."""
    parts, at = [], start
    for name in sorted((n for n in names if start <= n.start and n.end <= end),
                       key=lambda n: n.start):
        parts += [text[at : name.start], " الاسم "]
        at = name.end
    gap = "".join(parts) + text[at:end]
    return _BRACKETED.sub(" ", gap)


_BRACKETED = re.compile(r"\([^()\n]{0,40}\)")


def _head(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") else norm


def particle_subject(doc: Doc, verb: Verb, speech_forms: Container[str]) -> list[Word] | None:
    """`لكن صندوق النقد قال إن`, `إلا أن ربيع قال إن`, `غير أن غاو قال إن`, `لكن خبراء
    قالوا إن`: the words between the particle and the verb, when they can be its subject (no
    punctuation, verb of speech or pronoun among them, no preposition first)."""
    if verb.form in _WENT_ON and not clause_read(verb) and not speech_follows(doc, verb):
        return None  # `لكن روسيا واصلت استخدام حق الفيتو`: it went on doing, not saying
    norms = doc.words.norms
    stop = verb.index
    start = next((k for k in range(stop - 1, max(-1, stop - MAX_PARTICLE_SUBJECT - 1), -1)
                  if _opens_with_particle(norms, k)), None)
    if start is None or start + 1 >= stop:
        return None
    words = doc.words[start + 1 : stop]
    between = doc.text[words[0].start : words[-1].end]
    if any(ch in between for ch in "،,.:؛\"«»") or is_preposition(words[0], doc.text) \
            or any(w.norm in speech_forms or w.norm in HARD_STOPS or w.norm in PRONOUNS
                   for w in words):
        return None
    return words


def _opens_with_particle(norms: Sequence[str], k: int) -> bool:
    """Is word k the end of لكن / إلا أن / غير أن / بيد أن?"""
    return norms[k] in _PARTICLES or (k > 0 and (norms[k - 1], norms[k]) in _PARTICLE_PAIRS)


def topic_subject(doc: Doc, verb: Verb, sent_start: int) -> list[Word] | None:
    """`أما الناشط أبو طه فقال: …`, `أما صحيفة الغارديان، فأشارت إلى أن`: the words between
    أما and the verb that takes its ف, unless they are a topic (`أما عن مرضه فأكد`, `أما
    بالنسبة للسندات، فقال X`) or a pronoun; a relative clause after them is cut off (`أما
    الرئيس الأمريكي، الذي قال الأربعاء إن …، فقد كتب`)."""
    norms = doc.words.norms
    stop = verb.index
    if stop and norms[stop - 1] == "فقد":
        stop -= 1  # `أما X فقد قال`
    elif norms[stop][:1] != "ف":
        return None
    first = doc.words.first_at(sent_start)
    start = next((k for k in range(stop - 1, max(first, stop - MAX_TOPIC_WORDS) - 1, -1)
                  if norms[k] in _AMMA), None)
    if start is None or start + 1 >= stop or norms[start + 1] in _TOPIC_OPENERS \
            or norms[start + 1] in PRONOUNS \
            or any(norms[k][:1] == "ف" for k in range(start + 1, stop)):
        return None
    cut = next((k for k in range(start + 1, stop) if norms[k] in RELATIVES), stop)
    words = doc.words[start + 1 : cut]
    return None if not words or is_preposition(words[0], doc.text) else words


def unnamed_clause(norms: Sequence[str], n: int) -> int | None:
    """Where a source's request not to be named ends (`طلب عدم نشر اسمه`, `الذي طلب عدم
    الكشف عن هويته`, `رفض الكشف عن اسمه`, `مفضلا عدم ذكر اسمه`, `الذي لم يكشف عن اسمه`) when
    one starts at word n."""
    relative = norms[n] in _RELATIVE_AGREEMENT
    k = n + 1 if relative else n
    # `مصدر لم يكشف عن اسمه`; after a relative pronoun only right before the speech (`الذي
    # لم يكشف عن اسمه، إن`), not before what else it did (`التي لم يفصح عن اسمها، ما نشر`)
    negated = k + 1 < len(norms) and norms[k] == "لم"
    if negated and norms[k + 1] in _UNNAMING:
        return _unnamed_end(norms, k + 2, relative)
    if negated and norms[k + 1] in _UNDISCLOSED:
        k += 1
    if k >= len(norms) or norms[k] not in WITHHOLDING | _UNDISCLOSED:
        return None
    for end in range(k + 1, min(k + 5, len(norms))):
        if norms[end] in _IDENTITY:
            return _unnamed_end(norms, end + 1, relative and negated)
        if norms[end] not in _DISCLOSING:
            return None
    return None


def _unnamed_end(norms: Sequence[str], end: int, before_speech: bool) -> int | None:
    """`end`, unless the clause must come right before the speech's إن and does not."""
    return end if not before_speech or (end < len(norms) and norms[end] in COMPLEMENTIZERS) \
        else None
