"""Clues added from labelled news (stop 15): the reported clause of a verb (`قال X إن …`) and
the short marked terms inside it that name rather than say (`تكلفة «النفط الصخري»`); which
earlier speaker a verb without a subject may continue (gender, plurals and groups, beliefs,
sources cited after the fact; joined verbs, interviews and fronted subjects in quotes_joined);
quotes nested in quotes."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_clues import bare_word
from siyaq.analyze.quotes_doc import MAX_QUOTED_NAME_WORDS, Doc, Verb
from siyaq.analyze.quotes_heads import EVIDENCE_HEADS
from siyaq.analyze.quotes_lexicon import (
    BELIEF_FORMS,
    COMPLEMENTIZERS,
    CREDIT_CUES,
    DAY_ADJECTIVES,
    DAY_PARTS,
    DESCRIBED_FORMS,
    INDIRECT,
    LAM_CUES,
    LEADING_DAYS,
    MAX_GUARDED_WORDS,
    PLEDGE_FORMS,
    PLURAL_PARTICIPLES,
    RELAY_FORMS,
    SKIPPED,
    SOFT_STOPS,
    WARNING_FORMS,
    WRITTEN_FORMS,
    WRITTEN_OBJECTS,
)
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_spans import MarkedSpan, breaks_sentence
from siyaq.analyze.quotes_speakers import (
    ADDRESS_TITLES,
    QUANTIFIERS,
    TITLE_WORDS,
    Speaker,
    Word,
    from_words,
    has_article,
    is_anonymous,
)
from siyaq.model import Mention, Quote

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


def plural(form: str) -> bool:
    """`قالوا`, `يقولون`, `مؤكدين`, `مشيرين`: a verb or participle of several speakers."""
    return form.endswith(("وا", "ون")) or form in PLURAL_PARTICIPLES


def group(doc: Doc, speaker: Speaker) -> bool:
    """Can a description name several speakers (`الباحثون`, `عدد من الأهالي`, `خبيران`,
    `المصادر`)? A person's or an organisation's name cannot."""
    if speaker.kind != "DESC":
        return False
    first = doc.normalize(speaker.name).split()[0]
    bare = first[2:] if first.startswith("ال") else first
    return bare in QUANTIFIERS or is_anonymous(first) or bare.endswith(("ون", "ين", "ان"))


# A pronoun standing for the subject right before its verb: `فهو يصف …`, `وهي تقول`.
_PRONOUN_SUBJECTS = frozenset({"هو", "هي", "هم", "وهو", "وهي", "وهم", "فهو", "فهي", "فهم"})


def object_follows(doc: Doc, verb: Verb) -> bool:
    """Does a subject pronoun stand right before the verb (`فهو يصف عبد الناصر بمثل`)? Then
    the words after it are its object, and its subject is the one spoken of before."""
    i = verb.index
    return (
        i > 0
        and doc.words.norms[i - 1] in _PRONOUN_SUBJECTS
        and not doc.text[doc.words.end(i - 1) : verb.start].strip()
    )


MAX_CUE_OPENING = 2  # words before a cue that still opens its sentence (`وطبقا لما أعلنه`)

def _opening_cue(doc: Doc, verb: Verb) -> bool:
    """A cue opening its sentence, whose clause follows after a comma with فإن (`وحسب مصادر
    إسرائيلية، فإن`); `وبحسب الدراسة أيضا يعاني …` and `ووفقا للقانون، يجب أن` are no
    statement of the source's."""
    if verb.kind != "cue" or verb.form not in CREDIT_CUES or not (verb.stop or "").startswith("ف"):
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
    clause = "،" in after or "," in after or verb.stop in COMPLEMENTIZERS
    return clause and doc.words.first_at(verb.start) - first <= 1


def _named_before(doc: Doc, verb: Verb) -> bool:
    """`وبحسب المنظمة، فإن`: is the source after the cue a noun of the fuller name it was read
    as (`منظمة العفو الدولية` named before), not another source (`ووفقا للمعلومات`)?"""
    k = doc.words.first_at(verb.end)
    if verb.speaker is None or k >= len(doc.words) or doc.words.start(k) >= verb.region_end:
        return False
    core = bare_word(doc.words.norms[k])  # `للمنظمه`, `المنظمه`, `منظمه` alike
    return len(core) >= 3 and any(
        bare_word(word) == core for word in doc.normalize(verb.speaker.name).split())


def continued(doc: Doc, verb: Verb) -> bool:
    """May a later verb without a subject continue this one's speaker? Not a belief's
    (`ويرى X أن`), nor a source cited after what it says (`…، وذلك بحسب إدارة الطاقة.`)."""
    if verb.form in BELIEF_FORMS:
        return False
    if verb.form in DESCRIBED_FORMS:
        return False  # `تحركات وصفتها إسرائيل بأنها "…"`: an aside, not who goes on speaking
    if verb.form in RELAY_FORMS and verb.kind == "verb":
        # `…، وفق ما نقلت "فرانس برس".`: an outlet passed the words on; the one it quoted
        # goes on speaking (`وأضاف: "…"`), as after `ونقلت رويترز عن X`
        return False
    if verb.kind != "cue" or verb.index == 0:
        return True
    # `… للانتخابات الرئاسية وفق استطلاعات الرأي`: a source cited inside a sentence vouches for
    # that sentence only; one that opens it (`وبحسب البيان، فإن …`) may go on speaking.
    first = doc.words.first_at(doc.sentence(verb.start)[0])
    return doc.words.first_at(verb.start) - first <= MAX_CUE_OPENING  # `وطبقا لما أعلنه`


def outermost(quotes: list[Quote]) -> list[Quote]:
    """Quotes sorted by start (the longer first), without those inside another that only
    continue its speaker (`…: راجعت الهيئة، وهي حسب قولهم: تستغرق 40 يوما`, read once by
    حسب and once by قولهم): a verse inside a commentary (`قال تعالى:`) stays."""
    kept: list[Quote] = []
    for quote in quotes:
        inside = bool(kept) and quote.start < kept[-1].end and quote.end <= kept[-1].end
        if not (inside and quote.inherited):
            kept.append(quote)
    return kept


MAX_NAME_TO_CLAUSE = 10  # words from a name after a title's colon to its أن


def name_after_colon(doc: Doc, n: int) -> bool:
    """`أكد والد الشهيد، المواطن: سعد العمري لـ"الرياض" أن …`: a colon inside the subject,
    before the person's tagged name, whose clause (أن) follows within a few words."""
    words = doc.words
    start = words.start(n)
    if not any(m.start == start and m.type == "PERS" for m in doc.mentions):
        return False
    for k in range(n + 1, min(n + 1 + MAX_NAME_TO_CLAUSE, len(words))):
        gap = doc.text[words.end(k - 1) : words.start(k)]
        if ":" in gap or breaks_sentence(doc.text, words.end(k - 1), words.start(k)):
            return False
        if words.norms[k] in COMPLEMENTIZERS:
            return True
    return False


def agrees(verb: Verb, earlier: Verb, genders: dict[str, str]) -> bool:
    """May `verb` continue `earlier`'s speaker by gender (`وقال الصندوق …` is not continued by
    `وأوضحت أن`)? Yes when either's gender is unknown (a cue, a plural). `genders`:
    quotes_lexicon.verb_genders(), built once by the caller."""
    mine, theirs = genders.get(verb.form), genders.get(earlier.form)
    if mine is not None and plural(earlier.form):
        return False  # `وانتقد المحللون الاتفاق، وقالوا إن` is not continued by `وقال`
    return mine is None or theirs is None or mine == theirs


def tagged(doc: Doc, speaker: Speaker) -> bool:
    """Is the speaker a name the tagger found, as it found it?"""
    k = bisect_left(doc.mention_starts, speaker.start)
    while k < len(doc.mentions) and doc.mentions[k].start == speaker.start:
        if doc.mentions[k].end - speaker.start == len(speaker.name):
            return True
        k += 1
    return False


MAX_TITLE_CHARS = 80  # from an admitting verb to the name apposed to its subject's title


_HOW_MUCH = frozenset({"الي", "بنسبه", "بمقدار", "علي", "عن", "من"})


def colon_follows(doc: Doc, i: int) -> bool:
    """A colon after word i within MAX_GUARDED_WORDS words, no other punctuation before it
    (`وزاد رئيس الهيئة العامة للرياضة: …`, `وزاد في حديثه: "…"`)."""
    words, text = doc.words, doc.text
    for n in range(i + 1, min(i + 1 + MAX_GUARDED_WORDS, len(words))):
        gap = text[words.end(n - 1) : words.start(n)].strip()
        if gap:
            return gap.startswith(":")
        if words.norms[n] in _HOW_MUCH or words.norms[n][:1].isdigit():
            return False  # `وزاد عدد الضحايا إلى 40 قتيلا:`: a number grew
    last = min(i + MAX_GUARDED_WORDS, len(words) - 1)
    return text[words.end(last) :].lstrip().startswith(":")


def clause_follows(doc: Doc, i: int) -> bool:
    """An إن/أن within a few words after word i, no punctuation between (`واعترف الأسد بأن`)
    but the commas around a person's name in apposition (`اعترف نجم المنتخب، كيفن دي بروين،
    أنه`), whose words are not counted."""
    words, text = doc.words, doc.text
    apposed = _apposed_person(doc, i)
    # the words where the commas around the name may stand before
    around = (apposed.start, _after(doc, apposed.end)) if apposed is not None else ()
    counted, n = 0, i + 1
    while n < len(words) and counted < MAX_GUARDED_WORDS:
        gap = text[words.end(n - 1) : words.start(n)].strip()
        if gap and not (gap in ("،", ",") and words.start(n) in around):
            return False
        if words.norms[n] in COMPLEMENTIZERS:
            return True
        if apposed is None or not apposed.start <= words.start(n) < apposed.end:
            counted += 1
        n += 1
    return False


def _apposed_person(doc: Doc, i: int) -> Mention | None:
    """The first person named after a comma within a few words after word i."""
    start = doc.words.end(i)
    k = bisect_left(doc.mention_starts, start + 1)
    while k < len(doc.mentions) and doc.mentions[k].start < start + MAX_TITLE_CHARS:
        mention = doc.mentions[k]
        before = doc.text[max(0, mention.start - 3) : mention.start].rstrip()
        if mention.type == "PERS" and before[-1:] in ("،", ","):
            return mention
        k += 1
    return None


def _after(doc: Doc, offset: int) -> int:
    """Where the word after the offset starts."""
    k = doc.words.first_at(offset)
    return doc.words.start(k) if k < len(doc.words) else -1


def clause_opened(verb: Verb) -> bool:
    return verb.stop in COMPLEMENTIZERS or verb.clause is not None


def named_first(doc: Doc, verb: Verb, start: int, stop: int) -> bool:
    """`الدكتور عبدالرحمن الهيجان عضو مجلس الشورى قال: …`: a sentence that opens with a
    title or a tagged person, right before a verb without و/ف, opens with its subject."""
    if start >= stop or stop != verb.index or doc.words.norms[verb.index][:1] in "وف":
        return False
    first = doc.words.start(start)
    return doc.words.norms[start] in TITLE_WORDS or any(
        m.start == first and m.type == "PERS" for m in doc.mentions
    )


def guarded_verb(doc: Doc, i: int) -> bool:
    """`وبين الوزير أن …`: a form that is mostly a preposition is a verb of speech when it
    opens its clause (with و/ف, or first in its sentence) and an أن/إن or a colon follows
    within a few words."""
    words = doc.words
    opens = words.norms[i][:1] in "وف" or doc.sentence(words.start(i))[0] >= (
        words.end(i - 1) if i else 0
    )
    if not opens:
        return False
    for n in range(i + 1, min(i + 1 + MAX_GUARDED_WORDS, len(words))):
        gap = doc.text[words.end(n - 1) : words.start(n)]
        if ":" in gap:
            return True
        if breaks_sentence(doc.text, words.end(n - 1), words.start(n)):
            return False
        if words.norms[n] in COMPLEMENTIZERS:
            return True
    return False


def untitled(doc: Doc, mention: Mention, chunks: list[list[Word]]) -> Speaker | None:
    """`وقال دكتور مازن بليلة` tagged `دكتور مازن`: a title the tagger took into the name;
    the name read from the words after it, when it starts inside the mention."""
    parts = doc.normalize(mention.text).split()
    if mention.type != "PERS" or len(parts) < 2 or parts[0] not in ADDRESS_TITLES:
        return None
    named = from_words(chunks, doc.text)
    if named is None or named.kind != "NAME" or not mention.start < named.start < mention.end:
        return None
    end = named.start + len(named.name)
    return from_mention(doc, Mention(named.name, "PERS", named.start, end, None))
