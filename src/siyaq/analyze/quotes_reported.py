"""Where a verb's reported clause opens (`قال X إن …`, `وأعرب عن أمله في أن …`, `وحسب مصادر
إسرائيلية، فإن …`), and which of its أن are no clause of the verb's (`إلا أن`, `يمكن أن`, an
object's when one wrote); the short marked terms inside the clause that name rather than say
(`تكلفة «النفط الصخري»`). Continued speakers, nested quotes and the colon and إن/أن guards
are in quotes_clauses."""

from __future__ import annotations

from siyaq.analyze.quotes_clauses import clause_follows
from siyaq.analyze.quotes_clues import bare_word
from siyaq.analyze.quotes_doc import MAX_QUOTED_NAME_WORDS, Doc, Verb
from siyaq.analyze.quotes_heads import EVIDENCE_HEADS
from siyaq.analyze.quotes_lexicon import (
    COMPLEMENTIZERS,
    CREDIT_CUES,
    DAY_ADJECTIVES,
    DAY_PARTS,
    INDIRECT,
    LAM_CUES,
    LEADING_DAYS,
    PLEDGE_FORMS,
    SKIPPED,
    SOFT_STOPS,
    WARNING_FORMS,
    WRITTEN_FORMS,
    WRITTEN_OBJECTS,
)
from siyaq.analyze.quotes_spans import MarkedSpan
from siyaq.analyze.quotes_speakers import has_article

# Words a subject reading passes over before its أن (`أيضا`, `يوم الخميس الماضي`).
_SKIPPED_BEFORE_CLAUSE = (SKIPPED | LEADING_DAYS | DAY_PARTS | DAY_ADJECTIVES) - COMPLEMENTIZERS
_READ_IN = frozenset({"جاء", "ورد"})  # `وجاء في بيان للوزارة أن …`: what the statement says


def clause_word(doc: Doc, verb: Verb) -> int | None:
    """Index of the إن/أن opening the verb's reported clause, if it has one and reports."""
    if verb.form in _EXPRESSING:
        return _hope_expressed(doc, verb)
    if verb.stop not in COMPLEMENTIZERS and verb.clause is None:
        return None
    if verb.form not in INDIRECT and verb.kind not in ("participle", "by_saying") \
            and not _opening_cue(doc, verb) \
            and not (verb.form in _READ_IN and verb.stop in COMPLEMENTIZERS):
        return None
    if verb.form in PLEDGE_FORMS and not clause_follows(doc, verb.index):
        return None
    norms = doc.words.norms
    if verb.clause is not None:  # `قال الوزير في كلمته إن …`
        if verb.form in WARNING_FORMS and not _warned_that(norms, verb, verb.clause):
            return None  # `وتحذر المنظمات من معركة …، التي يتوقع أن`: not what was warned of
        if norms[verb.clause - 1] in _MODALS:
            return None  # `كشفت ناسا عن خطة … التي يمكن أن`: what can be, not what was said
        return None if _however(doc, verb, verb.clause) \
            or not _written_clause(norms, verb, verb.clause) else verb.clause
    index = max(verb.index + 1, doc.words.first_at(verb.region_end))
    while index < len(norms) and norms[index] in _SKIPPED_BEFORE_CLAUSE:
        index += 1  # `وذكرت «كيكر» أيضا أن`: the words the subject skipped
    if verb.form in WARNING_FORMS and norms[index - 1] != "من":
        return None  # `حذر من أن` (the subject ends at من); not `حذرت روسيا واشنطن من تنفيذ
        # ضربات …، وما يمكن أن`: no clause of his
    if index >= len(norms) or _however(doc, verb, index) \
            or not _written_clause(norms, verb, index):
        return None
    return index


def _written_clause(norms: list[str], verb: Verb, clause: int) -> bool:
    """The clause is what was written, when the verb is `كتب`: not a time's (`وبعد أن`), what
    is due (`ومن المقرر أن`), an adjective's (`المعروف بأنه`) or that of an object written
    (`كتب مقالا طلب فيه أن`)."""
    if verb.form not in WRITTEN_FORMS:
        return True
    before = norms[clause - 1].removeprefix("و")
    if before in ("ب", "بعد", "قبل") or before in _MODALS or norms[clause][:1] == "ب":
        return False
    return not any(norms[k] in WRITTEN_OBJECTS and norms[k - 1] not in _WRITTEN_IN
                   for k in range(verb.index + 1, clause))


_WRITTEN_IN = SOFT_STOPS | {"في", "عبر"}  # `في مقال له`: where, not what, it was written


# words whose أن opens what can, must or is due to happen, never a verb of speech's clause
_MODALS = frozenset({"يمكن", "ويمكن", "الممكن", "يستطيع", "تستطيع", "لابد", "بد", "ينبغي",
                     "يجب", "يتعين", "المقرر"})
# `وأعرب الرئيس عن أمله في أن …`, `معربا عن ثقته بأن …`: a hope or a conviction expressed
_EXPRESSING = frozenset({"اعرب", "اعربت", "اعربوا", "معربا", "معربه", "معربين"})
_HOPES = frozenset(
    stem + ending for stem in ("امل", "ثقت", "يقين", "اعتقاد", "قناعت", "تفاؤل")
    for ending in ("ه", "ها", "هم")
)


def _hope_expressed(doc: Doc, verb: Verb) -> int | None:
    """The أن of `عن أمله (في) أن` right after the verb's subject, if that is what follows."""
    norms = doc.words.norms
    end = min(max(verb.index + 1, doc.words.first_at(verb.region_end)), len(norms) - 1)
    k = next((j for j in range(end, verb.index, -1) if norms[j] == "عن"), None)
    if k is None or k + 2 >= len(norms) or norms[k + 1] not in _HOPES:
        return None  # the subject may have run on over `عن أمله` (`عن يقينه التام`)
    k += 2
    if k < len(norms) and has_article(norms[k]):
        k += 1  # `عن يقينه التام بأن`
    if k < len(norms) and norms[k] in ("في", "ب"):
        k += 1
    return k if k < len(norms) and norms[k] in COMPLEMENTIZERS else None


def _warned_that(norms: list[str], verb: Verb, clause: int) -> bool:
    """A warning's clause after its adjunct: `من أن`, `الأربعاء أنها`, `في المقابل بأن`, not an
    أن far on that another word governs (`التي يتوقع أن`, `وما يمكن أن`)."""
    before = norms[clause - 1]
    return before == "من" or before in _SKIPPED_BEFORE_CLAUSE or (
        norms[clause][:1] == "ب" and clause - verb.index <= MAX_WARNED_WORDS)


MAX_WARNED_WORDS = 8  # `وحذر مدير الاستخبارات الأميركية دان كوتس الأحد بأن`


def _however(doc: Doc, verb: Verb, index: int) -> bool:
    """Is the complementizer at word `index` one of `إلا أن`, `غير أن`, `بيد أن` or `دون أن`,
    `قبل أن` after the subject (not `وقال غير إنه`, Gere said)?"""
    before = doc.words.norms[index - 1]
    return before in _CONJUNCTIONS or (
        before in _HOWEVER and doc.words.start(index - 1) >= verb.region_end)


# `أشار الحكم باستمرار اللعب دون أن يطلب …`: a conjunction of manner or time before أن
_CONJUNCTIONS = frozenset({"دون", "بدون", "قبل", "بعد", "منذ", "حتي", "لحين"})
# `أعلن X عن عقد مؤتمر صحافي، إلا أنه …`: إلا أن, غير أن, بيد أن are "however", the writer's
# turn, not the verb's clause
_HOWEVER = frozenset({"الا", "والا", "غير", "بيد"})


def term_in_clause(doc: Doc, verb: Verb, span: MarkedSpan) -> bool:
    """A short marked span inside the verb's reported clause, not opening it, that names a
    thing (`أن الفرق بين تكلفة «الشرق الأوسط وروسيا» …`, `يزيد من "معدلات السعادة"`): an
    ال-noun, or the object of a preposition. A partial quote that says something (`إن الاتفاق
    «لم يتسم بالمصداقية»`) stays speech."""
    words = doc.words
    if words.between(span.start, span.end) > MAX_QUOTED_NAME_WORDS:
        return False
    index = clause_word(doc, verb)
    if index is None:
        return False
    first, before = words.first_at(span.start), words.first_at(span.open_mark) - 1
    if before <= index or first >= len(words) or words.end(first) > span.end:
        return False  # the marks open the clause (`أن «…»`): that is the speech
    if doc.sentence(words.end(index))[1] < span.open_mark:
        return False
    if doc.text[span.end + 1 : span.end + 3].lstrip().startswith(":"):
        return False
    return has_article(words.norms[first]) or words.norms[before] in SOFT_STOPS


def _opening_cue(doc: Doc, verb: Verb) -> bool:
    """A cue opening its sentence, whose clause follows after a comma with فإن (`وحسب مصادر
    إسرائيلية، فإن`); `وبحسب الدراسة أيضا يعاني …` and `ووفقا للقانون، يجب أن` are no
    statement of the source's."""
    after_place = _fa_after_adjunct(doc, verb)
    if verb.kind != "cue" or verb.form not in CREDIT_CUES \
            or not ((verb.stop or "").startswith("ف") or after_place):
        return False
    if verb.speaker is None or verb.inherited or not (
        verb.end <= verb.speaker.start < verb.region_end or _named_before(doc, verb)
    ):
        return False  # the source named after the cue, not one taken from earlier
    source = doc.normalize(verb.speaker.name).split()
    if verb.form in LAM_CUES and (source[0][:1] == "ل" or source[0] in EVIDENCE_HEADS):
        return False  # `وفقا للمعلومات`, `طبقا للوائح`: what is known or ruled, no one's words
    after = doc.text[verb.region_end : verb.region_end + 3]
    first = doc.words.first_at(doc.sentence(verb.start)[0])
    # after a comma (`، فقد`), or فإن itself (`وبحسب صحيفة وول ستريت جورنال فإن`)
    clause = "،" in after or "," in after or verb.stop in COMPLEMENTIZERS or after_place
    return clause and doc.words.first_at(verb.start) - first <= 1


def _fa_after_adjunct(doc: Doc, verb: Verb) -> bool:
    """`ووفقا لوزارة الصحة في غزة، فإن`: the source went on with where it is (its subject
    ended at `في`) and a comma and فإن open its clause."""
    k = verb.clause
    if k is None or verb.stop != "في" or doc.words.norms[k][:1] != "ف":
        return False
    return "،" in doc.text[doc.words.end(k - 1) : doc.words.start(k)]


def _named_before(doc: Doc, verb: Verb) -> bool:
    """`وبحسب المنظمة، فإن`: is the source after the cue a noun of the fuller name it was read
    as (`منظمة العفو الدولية` named before), not another source (`ووفقا للمعلومات`)?"""
    k = doc.words.first_at(verb.end)
    if verb.speaker is None or k >= len(doc.words) or doc.words.start(k) >= verb.region_end:
        return False
    core = bare_word(doc.words.norms[k])  # `للمنظمه`, `المنظمه`, `منظمه` alike
    return len(core) >= 3 and any(
        bare_word(word) == core for word in doc.normalize(verb.speaker.name).split())
