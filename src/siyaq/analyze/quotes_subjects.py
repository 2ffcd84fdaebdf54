"""Reading the speaker of each reporting verb: the subject after it, a subject before it
(`وكان الحساب الرسمي … قد غرد`), the sentence's subject for a participle, or the previous
speaker for a verb that stands alone (`وأردف:`). Who the words of a subject name is read by
the base class, SpeakerNamer (quotes_naming)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from siyaq.analyze.quotes_before import (
    PRONOUNS,
    RELATIVES,
    clause_read,
    particle_subject,
    relative_antecedent,
    speech_follows,
    topic_subject,
    unnamed_clause,
)
from siyaq.analyze.quotes_clauses import (
    agrees,
    continued,
    coordinated,
    fronted,
    group,
    interviewed,
    joined,
    name_after_colon,
    named_first,
    object_follows,
    opens_after,
    plural,
    tagged,
)
from siyaq.analyze.quotes_clues import (
    clause_after_adjunct,
    cnn,
    in_title,
    name_particle,
    next_norm,
    scripture,
    told_object,
)
from siyaq.analyze.quotes_descriptions import from_mention
from siyaq.analyze.quotes_doc import MAX_QUOTED_NAME_WORDS, Doc, Verb
from siyaq.analyze.quotes_lexicon import (
    ADDRESSEE_PREPOSITIONS,
    ADDRESSEES,
    ADJUNCT_OPENERS,
    ANONYMOUS_HEADS,
    BY_SAYING,
    COMPLEMENTIZERS,
    DAY_ADJECTIVES,
    DAY_PARTS,
    DESCRIBING,
    HARD_STOPS,
    LAM_CUES,
    LEADING_DAYS,
    ORG_CONSTRUCTS,
    ORG_HEADS,
    OUTLET_HEADS,
    PARTICIPLES,
    PRONOUN_PREPOSITIONS,
    RELAYED,
    SKIPPED,
    SOFT_STOPS,
    TELLING_FORMS,
    THEN_WORDS,
    TIME_ADJECTIVES,
    TIME_HEADS,
    TOLD_HEADS,
    WEEKDAY_STOPS,
    verb_genders,
)
from siyaq.analyze.quotes_naming import SpeakerNamer
from siyaq.analyze.quotes_spans import BREAK_CHARS, MarkedSpan, breaks_sentence
from siyaq.analyze.quotes_speakers import (
    GOVERNED,
    TITLE_WORDS,
    Speaker,
    Word,
    has_article,
    is_preposition,
)
from siyaq.model import Mention

MAX_SUBJECT_WORDS = 20  # `نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير …`
MAX_SVO_WORDS = 8  # `وكان الحساب الرسمي … قد غرد`: a subject before its verb
_SENTENCE_OPENERS = frozenset(
    {
        "كما",
        "وكان",
        "وكانت",
        "كان",
        "كانت",
        "وقد",
        "قد",
        "فيما",
        "ثم",
        "بينما",
        "من",
        "وفي",
        "و",
        "لكن",
        "ولكن",
    }
)
_FROM = frozenset({"من", "ومن"})
# `وكان الرئيس الأميركي قد أعاد …، محذرا`: كان is the verb whose subject follows it
_KANA = frozenset({"كان", "وكان", "كانت", "وكانت"})
# The outlets of ADDRESSEES told after a speaker's words (`لبي بي سي`, `للبي بي سي`, `لسي إن
# إن`) that no stop word list of the subject holds
_TOLD_OUTLETS = ADDRESSEES & frozenset({"لبي", "للبي", "لسي", "للسي"})
# After a title whose body or place is already named (`متحدثة باسم فيسبوك لبي بي سي`, `مصدر
# في الدفاع المدني لفرانس برس`, `مسؤول في إدارة ترمب لوكالة فرانس برس`) an outlet with ل is
# whom it was told; right after the title it may be whose (`المدير العام لبي بي سي`).
_TOLD_AFTER_PRINCIPAL = _TOLD_OUTLETS | (ADDRESSEES & frozenset(
    {"لرويترز", "لفرانس", "لوكاله", "لصحيفه", "لشبكه", "لقناه", "لموقع"}))
_PRINCIPAL_WORDS = frozenset({"باسم", "في", "لدي"})
# `أصدر X بيانا قال فيه`: what is issued, and the verbs that issue it
_ISSUED = frozenset({"بيانا", "بيان", "تغريده", "رساله", "بلاغا", "تقريرا"})
_VIA = frozenset({"عبر", "علي", "في", "من", "عن", "امس", "اليوم", "عقب", "بعد", "اثر"})
_WHEN_ISSUED = LEADING_DAYS | DAY_PARTS | DAY_ADJECTIVES | TIME_HEADS | frozenset(
    {"انذاك", "حينها", "حينذاك", "لاحقا", "ايضا", "بدورها", "بدوره"})
_MAX_WHEN_WORDS = 3
_ISSUING = frozenset({verb + form for verb in ("", "و") for form in (
    "اصدر", "اصدرت", "نشر", "نشرت", "وجه", "وجهت", "بعث", "بعثت")})  # `ومن جانبه،`, `من جهتها،`
_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
_CONDITIONAL_STOPS = frozenset({"فان", "فانه", "فانها"})  # فإن, unless inside a name (فان جال)
# After a day (`قال الأربعاء …`): the words a subject opens with when the tagger names no one.
_SUBJECT_HEADS = ANONYMOUS_HEADS | ORG_CONSTRUCTS | TITLE_WORDS
# Words that open a sentence, not a name: marks opening with them hold speech.
_SPEECH_OPENERS = COMPLEMENTIZERS | frozenset(
    {"لن", "لا", "لم", "ما", "لقد", "قد", "سوف", "نحن", "انا", "هذا", "هذه", "كل", "ليس", "هل"}
)


def _without_lam(chunks: list[list[Word]]) -> list[list[Word]]:
    """The source after وفقا ل…: its first word without the ل (not لل, whose ا is gone)."""
    if not chunks or not chunks[0]:
        return chunks
    first = chunks[0][0]
    if first.norm[:1] != "ل" or first.norm[:2] == "لل" or len(first.norm) < 4:
        return chunks
    return [[Word(first.start + 1, first.end, first.norm[1:]), *chunks[0][1:]], *chunks[1:]]


class SubjectReader(SpeakerNamer):
    """Finds the speaker of every verb, in text order (later verbs inherit from earlier ones)."""

    __slots__ = ("_forms", "_genders", "_speech", "_stops")

    def __init__(self, forms: frozenset[str]) -> None:
        self._forms = forms
        self._speech = forms | (PARTICIPLES - {BY_SAYING})  # بالقول: a cue that owns no clause
        self._stops = HARD_STOPS | self._speech
        self._genders = verb_genders()

    def read(self, doc: Doc, verbs: list[Verb]) -> None:
        for n, verb in enumerate(verbs):
            self._speak(doc, verb, verbs[:n])

    def subject(self, doc: Doc, verb: Verb) -> list[list[Word]]:
        """The words after the verb up to a stop word, colon, quote or sentence end, split at
        commas (an appositive name often follows the title after a comma). A short quoted
        name inside the phrase (`وزير الدفاع “عوض بن عوف”`) belongs to it."""
        chunks: list[list[Word]] = [[]]
        prev_end = verb.region_end = verb.end
        words, text, opens = doc.words, doc.text, doc.opens
        last = min(verb.index + 1 + MAX_SUBJECT_WORDS, len(words))
        addressee = resume = -1
        for n in range(verb.index + 1, last):  # Word objects only as far as the phrase goes
            if n < resume:
                continue
            unnamed = unnamed_clause(words.norms, n) if any(chunks) else None
            if unnamed is not None:  # `مسؤول بريطاني، طلب عدم نشر اسمه، إن`: not the name
                resume = unnamed
                prev_end = verb.region_end = words.end(unnamed - 1)
                continue
            word = words.word(n)
            gap = text[prev_end : word.start]
            if ":" in gap and not name_after_colon(doc, n):
                verb.colon = prev_end + gap.index(":")
                break
            if not BREAK_CHARS.isdisjoint(gap) and breaks_sentence(text, prev_end, word.start):
                break
            # A quote opening in the gap (two bisections, instead of a call for every word).
            if opens and bisect_left(opens, prev_end) != bisect_left(opens, word.start) and (
                not self._absorb(doc, chunks, prev_end, word)
            ):
                break
            bare = word.norm
            if bare[:1] == "و" and bare[1:] in COMPLEMENTIZERS:
                bare = bare[1:]
            if bare[:1] in "وف" and bare[1:] in self._forms:  # `فأجاب وقال:`
                verb.stop = bare
                break
            if bare in SKIPPED or bare == BY_SAYING or (
                not any(chunks) and _day_before_subject(doc, verb, n)
            ):  # `وختم بالقول:`: the verb's own cue, not its subject
                continue
            if bare == "ان" and cnn(words.norms, n):  # `سي ان ان`: a name, not أن
                chunks[-1].append(word)
                prev_end = verb.region_end = word.end
                continue
            if bare in ADDRESSEE_PREPOSITIONS and not any(chunks):
                addressee = n + 1  # `وكشف لـ«عكاظ» مصدر مطلع`: skip لـ and the paper
                continue
            if n == addressee:
                prev_end = verb.region_end = word.end
                continue
            if is_preposition(word, text) and (
                not any(chunks) or (bare in _ENDING_PREPOSITIONS and _governs(words.norms, n))
            ):  # `أشار إلى أن`: no subject; `أشارت النشرة إلى أن`, `حذر صندوق النقد من أن`
                nxt = next_norm(words.norms, n) if n + 1 < last else ""
                verb.stop = nxt if nxt in COMPLEMENTIZERS else bare
                verb.region_end = word.end  # the clause starts after the preposition
                break
            if verb.form in TELLING_FORMS and any(chunks) and told_object(doc, n):
                verb.stop = bare  # `وأبلغ مسؤول أمريكي رويترز أن`: whom he told
                clause_after_adjunct(doc, verb, n, self._speech)
                break
            if any(chunks) and ((bare in _TOLD_OUTLETS and not _titled(chunks[0])) or (
                    bare in _TOLD_AFTER_PRINCIPAL and _principal_named(chunks))):
                verb.stop = bare  # `وقال مسؤولون لبي بي سي إن`: whom they told, not who
                clause_after_adjunct(doc, verb, n, self._speech)
                break
            if bare in TIME_HEADS and not any(chunks) and _time(words.norms, n):
                verb.stop = bare  # `قالت العام الماضي إن`: when, not who
                clause_after_adjunct(doc, verb, n, self._speech)
                break
            if (bare in self._stops and not (
                bare in _CONDITIONAL_STOPS and name_particle(words.norms, n, gap, any(chunks))
                and "إ" not in text[word.start : word.end]  # فإن written so is never فان
            )) or (bare in WEEKDAY_STOPS and not in_title(chunks)):
                holder = apposed(doc, n, last) if bare == "في" and untitled(doc, chunks) else None
                if holder:  # the title went on with في + a place; its holder's name follows
                    chunks.append(holder[0])
                    prev_end = verb.region_end = holder[0][-1].end
                    resume = holder[1]
                    continue
                verb.stop = bare
                if bare in ADJUNCT_OPENERS:
                    clause_after_adjunct(doc, verb, n, self._speech)
                break
            if "،" in gap or "," in gap or ":" in gap:
                chunks.append([])
            chunks[-1].append(word)
            prev_end = verb.region_end = word.end
        return chunks

    def _absorb(self, doc: Doc, chunks: list[list[Word]], prev_end: int, word: Word) -> bool:
        """False when a quote opens before `word`; a short one after a title is absorbed."""
        opening = doc.spans_opening(prev_end, word.start)
        if not opening:
            return True
        span = opening[0]
        last = chunks[-1][-1].norm if chunks[-1] else None
        short = doc.words.between(span.start, span.end) <= MAX_QUOTED_NAME_WORDS
        if short and (
            (last is not None and last not in SOFT_STOPS)
            or (not any(chunks) and _clause_after(doc, span))
        ):  # after a title (`الوزير "…"`), or the subject itself (`وذكرت "وول ستريت جورنال" أن`)
            doc.absorbed.add(span.open_mark)
            return True
        return False

    def _speak(self, doc: Doc, verb: Verb, earlier: list[Verb]) -> None:
        if verb.kind == "by_saying":  # only a verse's cue (`بقوله تعالى`)
            verb.speaker = scripture(doc, verb)
            if verb.speaker is not None:
                self.subject(doc, verb)  # only for its colon (`من قول الله تعالى: (…)`)
            return
        if verb.kind == "qawl":
            chunks = self._qawl_subject(doc, verb)
        elif verb.kind == "relay":
            chunks = self._relayed(doc, verb)
        elif verb.kind == "participle":
            chunks = []
            self.subject(doc, verb)  # only for where its clause goes (colon, أن)
        else:
            chunks = self.subject(doc, verb)
            if object_follows(doc, verb) or self._told_first(doc, verb):
                chunks = []  # `فهو يصف عبد الناصر`: the subject is the pronoun's, before
            if verb.kind == "cue" and verb.form in LAM_CUES:
                chunks = _without_lam(chunks)
            if verb.form in _CALLING and _all_of_them(chunks):
                chunks = []  # `ودعت جميع الأطراف إلى`: whom she called on, not who
        speaker = scripture(doc, verb) or self.named(doc, verb, chunks)
        if speaker is None and verb.kind == "qawl":
            speaker = _relayed_from_him(doc, verb, self._spoken_by_a_man(earlier))
        if speaker is not None and verb.form in DESCRIBING and speaker.kind != "PERS":
            speaker = None  # `ويصف هذا التحرك بأنه «…»`: what is described, not who
        if speaker is not None and _described_person(doc, verb, chunks):
            speaker = None  # `ووصف البروفيسور دانيوس بأنها`: whom he described, not who
        if speaker is None:
            speaker, verb.inherited = self._inherit(doc, verb, earlier)
            if speaker is not None and plural(verb.form) and not group(doc, speaker) \
                    and not _right_before(doc, speaker, verb):
                speaker = None  # `…، وقالوا إن` after one named person: someone else spoke
        if speaker is not None and not verb.inherited and speaker.kind in ("PERS", "NAME"):
            speaker = self._gendered(doc, verb, speaker)
        verb.speaker = speaker
        verb.continued = continued(doc, verb)  # once here, not for every later verb
        if speaker is not None and not verb.inherited:
            doc.history.append(speaker)
            if speaker.kind in ("PERS", "NAME", "ORG"):
                doc.names.append(doc.known_name(speaker.name))

    def _gendered(self, doc: Doc, verb: Verb, speaker: Speaker) -> Speaker:
        """`قالت يوليا` … `وقالت سكريبال`: a surname that a woman quoted before shares with
        the man named first goes to her (not to `سيرغي سكريبال`): a feminine verb is the
        marked case, so only it (or a masculine one after a woman's name) moves a surname.
        A first name written with a gendered verb is remembered."""
        gender = self._genders.get(verb.form)
        if gender is None:
            return speaker
        first = doc.normalize(speaker.name).split()[0]
        written = _person_at(doc, speaker.start)
        as_written = doc.normalize(written.text).split() if written is not None else [first]
        if as_written[0] == first:  # the first name itself was written with the verb
            doc.genders.setdefault(first, gender)
            return speaker
        known = doc.genders.get(first)
        if len(as_written) > 1 or known == gender or (gender == "m" and known is None):
            return speaker
        for name, _, _, _ in doc.names_of_type("PERS"):
            words = doc.normalize(name).split()
            if len(words) >= 2 and words[-1] == as_written[0] and doc.genders.get(
                words[0]
            ) == gender:
                return Speaker(name, None, "PERS", speaker.start)
        return speaker

    def _qawl_subject(self, doc: Doc, verb: Verb) -> list[list[Word]]:
        """`نقلت وكالة … عن وزير المال محمد الجدعان قوله`: the speaker sits between عن and قوله."""
        self.subject(doc, verb)
        back = doc.words[max(0, verb.index - MAX_SUBJECT_WORDS) : verb.index]
        for k in range(len(back) - 1, -1, -1):
            if back[k].norm == "عن" or (back[k].norm == "الي" and not _QAWL_FROM.isdisjoint(
                w.norm for w in back[:k]
            )):  # `ونسبت الصحيفة إلى أحد المصادر قوله`
                said = back[k + 1 :]  # up to a relative clause (`سميع الحق الذي يعرف بأنه …`)
                norms = [w.norm for w in said]  # or a wish not to be named (`فضلوا عدم ذكر`)
                cut = next((n for n, w in enumerate(norms) if w in RELATIVES
                            or unnamed_clause(norms, n) is not None), len(said))
                return [said[:cut]]
        return []

    def _relayed(self, doc: Doc, verb: Verb) -> list[list[Word]]:
        """`ونقلت رويترز عن غوارديولا "…"`: the words after عن, read as a verb's subject."""
        norms = doc.words.norms
        at = next((k for k in range(verb.index + 1, len(norms)) if norms[k] == "عن"), None)
        if at is None:  # _verbs keeps a relay only with its عن
            return []
        pseudo = Verb(at, doc.words.start(at), doc.words.end(at), verb.form, "verb")
        chunks = self.subject(doc, pseudo)
        verb.region_end, verb.stop, verb.colon = pseudo.region_end, pseudo.stop, pseudo.colon
        verb.clause = pseudo.clause
        k = doc.words.first_at(verb.region_end)  # `عن متحدث تأكيده أن`: the clause after it
        if pseudo.stop in RELAYED and k + 1 < len(norms) and norms[k + 1] in COMPLEMENTIZERS:
            verb.stop, verb.region_end = norms[k + 1], doc.words.end(k)
        return chunks

    def _inherit(self, doc: Doc, verb: Verb, earlier: list[Verb]) -> tuple[Speaker | None, bool]:
        """No subject after the verb: a participle continues its sentence's subject; another
        verb takes a subject standing before it (`وكان الحساب الرسمي … قد غرد`), else the
        previous speaker (inherited)."""
        spoken = [v for v in earlier if v.speaker is not None and v.continued]
        sent_start, _ = doc.sentence(verb.start)
        if verb.kind == "participle":
            # not a relative clause's speaker of the other gender (`رد رونالدو على اتهامات سيدة
            # … والتي ادعت أنه …، نافيا`): the participle goes on with the sentence's subject
            same = [v for v in spoken if v.start >= sent_start and not (
                _relative(doc, v) and not agrees(verb, v, self._genders))]
            if same:
                return same[-1].speaker, True
            if verb.form == BY_SAYING:  # its sentence's own subject first (`ورد X بالقول`)
                return self._by_saying(doc, verb, sent_start, spoken)
            if spoken and opens_after(doc, verb, sent_start, spoken[-1]):
                return spoken[-1].speaker, True  # `… بالجامعة. مشيرا إلى أن …`
            subject = self._sentence_subject(doc, verb, sent_start)
            if subject is None and spoken and agrees(verb, spoken[-1], self._genders) \
                    and _object_first(doc, verb, sent_start, spoken[-1]):
                return spoken[-1].speaker, True  # `كما جدد مطالباته …، مؤكدا أن`
            return subject, False
        purpose = doc.words.norms[verb.index][:1] == "ل" and verb.form[:1] in "يت"
        before = None if purpose else (  # `وأكملت هيفاء حديثها لتؤكد أن`: the one speaking
            self._issuer(doc, verb, sent_start)
            or self._antecedent(doc, verb)
            or self._topic_subject(doc, verb, sent_start)
            or self._after_particle(doc, verb)
            or fronted(doc, verb, sent_start)
            or self._subject_before(doc, verb, sent_start)
        )
        if before is not None:
            return before, False
        guest = interviewed(doc, verb, sent_start)
        if guest is not None:
            return from_mention(doc, guest), False
        same = [v for v in spoken if v.start >= sent_start]
        comma = coordinated(doc, verb, sent_start)
        if not same and (comma or joined(doc, verb, sent_start)):
            # `ونعت كتائب القسام عبد الرحمن …، وقالت: «…»`: the sentence's subject
            subject = self._sentence_subject(doc, verb, sent_start)
            # a plural verb agrees with a group (`استنكر عدد من الأعضاء …، وقالوا:`)
            kinds = ("PERS", "ORG", "DESC") if plural(verb.form) else ("PERS", "ORG")
            if (
                subject is not None
                and subject.kind in kinds
                and self._opens_subject(doc, sent_start, subject, comma)
            ):
                return subject, False
            titled = self._titled_opening(doc, verb, sent_start)
            if titled is not None and not plural(verb.form):
                return titled, False
        # Across sentences, only a speaker of the verb's gender (`وأوضحت` after `قال الصندوق`
        # is someone else); inside one sentence, a slip of gender is the writer's.
        last = next((v for v in reversed(spoken) if same or agrees(verb, v, self._genders)), None)
        if not same and verb.form in _SAYS:
            newcomer = self._named_in_between(doc, verb, sent_start, last)
            if newcomer is not None:
                return newcomer, False
        return (last.speaker if last else None), True

    def _antecedent(self, doc: Doc, verb: Verb) -> Speaker | None:
        mention = relative_antecedent(doc, verb, self._genders)
        if mention is not None:
            return from_mention(doc, mention)
        return _group_before(doc, verb) or self._body_before(doc, verb)

    def _body_before(self, doc: Doc, verb: Verb) -> Speaker | None:
        """`حسب الصحيفة التي أكدت أنها`: an outlet or a body named by its kind right before
        the relative pronoun of its gender, read as that description (the paper named
        before)."""
        k = verb.index - 2
        norms = doc.words.norms
        if k < 0 or norms[k + 1] not in ("التي", "الذي") or not clause_read(verb) \
                or (norms[k] not in OUTLET_HEADS and norms[k] not in ORG_HEADS):
            return None
        if self._genders.get(verb.form) != ("f" if norms[k + 1] == "التي" else "m"):
            return None
        head = doc.words[k]
        if doc.text[head.end : doc.words.start(k + 1)].strip():
            return None
        pseudo = Verb(k, head.start, head.end, "", "verb")
        pseudo.region_end = head.end
        desc = Speaker(doc.text[head.start : head.end], None, "DESC", head.start)
        return self._describe(doc, pseudo, desc, [[head]])

    def _after_particle(self, doc: Doc, verb: Verb) -> Speaker | None:
        words = particle_subject(doc, verb, self._forms)
        named = self._named_words(doc, verb, words)
        if (named is None or named.kind == "NAME") and words and plural(verb.form) \
                and not doc.names_within(words[0].start, words[-1].end):
            # `لكن منتقديه يقولون إن`, `ولكن شهودا قالوا إن`: the plural verb agrees with the
            # words before it, an unnamed group as written
            return Speaker(doc.text[words[0].start : words[-1].end], None, "DESC", words[0].start)
        return named

    def _topic_subject(self, doc: Doc, verb: Verb, sent_start: int) -> Speaker | None:
        return self._named_words(doc, verb, topic_subject(doc, verb, sent_start))

    def _named_words(self, doc: Doc, verb: Verb, words: list[Word] | None) -> Speaker | None:
        """Who the words of a subject read before the verb name, split at commas as subject()
        splits the words after a verb (`أما راعي الكنيسة، القمص عبد المسيح بسيط، فقد قال`:
        the name in apposition holds the description)."""
        if not words:
            return None
        pseudo = Verb(verb.index, words[0].start, words[0].start, "", "verb")
        pseudo.region_end = words[-1].end
        chunks: list[list[Word]] = [[words[0]]]
        for before, word in pairwise(words):
            gap = doc.text[before.end : word.start]
            if "،" in gap or "," in gap:
                chunks.append([])
            chunks[-1].append(word)
        return self.named(doc, pseudo, chunks)

    def _named_in_between(self, doc: Doc, verb: Verb, sent_start: int,
                          last: Verb | None) -> Speaker | None:
        """`أشاد رئيس الوزراء بنيامين نتانياهو بكوهين. وقال "…"`: a person who opens the
        sentence right before as its subject, named after the last speaker spoke, is who says
        it (a masculine verb, a man; `قال` and `قالت` only: `وأضاف` goes on with the speaker)."""
        if sent_start == 0 or doc.words.first_at(sent_start) != verb.index \
                or not (speech_follows(doc, verb) or clause_read(verb)):
            return None  # only `وقال:` / `وقال "…"` / `وقال إن` opening its sentence
        prev_start = _sentence_before(doc, sent_start)
        if last is not None and last.start >= prev_start:
            return None
        first = doc.words.first_at(prev_start)
        if first >= verb.index or doc.words.norms[first][:2] == "ال" \
                or doc.words.norms[first] in _SENTENCE_OPENERS:
            return None  # a noun, not a verb, opens it
        word = doc.words[first]
        pseudo = Verb(first, word.start, word.end, "", "verb")
        subject = self.named(doc, pseudo, self.subject(doc, pseudo))
        if plural(verb.form):  # `ورفض مسؤولون في الشرطة تسليم … . وقالوا إن`: a group
            if subject is None or not group(doc, subject) or not prev_start <= subject.start \
                    or doc.words.first_at(subject.start) != first + 1:
                return None
            # the group's words, not the object of the verb that ran on after them
            end = doc.words.end(min(first + MAX_GROUP_WORDS, verb.index - 1))
            return Speaker(doc.text[subject.start : min(end, subject.start + len(subject.name))],
                           None, "DESC", subject.start)
        if subject is None or subject.kind != "PERS" or _person_at(doc, subject.start) is None \
                or not prev_start <= subject.start < sent_start \
                or doc.words.between(word.end, subject.start) > MAX_NEWCOMER_GAP \
                or not all(_title_word(w, doc.text)
                           for w in doc.words[first + 1 : doc.words.first_at(subject.start)]):
            return None  # its subject, behind titles (not `من كروز`, whom; not `وتؤجر …`)
        gender = self._genders.get(verb.form)
        known = doc.genders.get(doc.normalize(subject.name).split()[0])
        return subject if gender is None or known is None or known == gender else None

    def _spoken_by_a_man(self, earlier: list[Verb]) -> Speaker | None:
        """The last person who spoke with a verb that is not feminine."""
        for verb in reversed(earlier):
            speaker = verb.speaker
            if speaker is not None and speaker.kind in ("PERS", "NAME") \
                    and self._genders.get(verb.form) != "f":
                return speaker
        return None

    def _by_saying(self, doc: Doc, verb: Verb, sent_start: int,
                   spoken: list[Verb]) -> tuple[Speaker | None, bool]:
        """`ورد التحالف على الاتهامات بالقول إن`: the subject of the sentence's verb, up to a
        preposition (what it answered is not who); `واكتفى بالقول:` (no subject): the speaker
        before, when the verb agrees with them (a verb in ت is feminine)."""
        first = doc.words.first_at(sent_start)
        norms = doc.words.norms
        if first < verb.index and norms[first] == "اما":  # `أما بخصوص … فقد دافع X`
            first = next((k for k in range(first + 1, verb.index) if norms[k][:1] == "ف"),
                         verb.index)
        while first < verb.index and norms[first] in _SENTENCE_OPENERS | {"فقد"}:
            first += 1
        if first >= verb.index:
            return None, False
        word = doc.words[first]
        if first + 1 < verb.index:
            pseudo = Verb(first, word.start, word.end, "", "verb")
            chunks = self.subject(doc, pseudo)
            head = chunks[0] if chunks else []
            cut = next((k for k, w in enumerate(head) if is_preposition(w, doc.text)), len(head))
            if cut:
                return self.named(doc, pseudo, [head[:cut]]), False
        k = bisect_left(doc.mention_starts, word.end)
        if not spoken or (k < len(doc.mention_starts) and doc.mention_starts[k] < verb.start):
            return None, False
        gender = "f" if norms[first].endswith("ت") else "m"
        if self._genders.get(spoken[-1].form, gender) != gender:
            return None, False
        return spoken[-1].speaker, True

    def _issuer(self, doc: Doc, verb: Verb, sent_start: int) -> Speaker | None:
        """`أصدر البيت الأبيض بيانا قال فيه إن`, `وكان البيت الأبيض قد أصدر بيانا قال فيه`:
        who issued the statement the verb speaks in (not the statement, nor the last
        speaker)."""
        norms, i = doc.words.norms, verb.index
        if i < 2 or i + 1 >= len(norms) or norms[i + 1] not in ("فيه", "فيها"):
            return None
        noun = i - 1  # `بيانا، الإثنين، أعلنت فيه`, `بيانا آنذاك، قالت فيه`: a time between
        while noun > i - 1 - _MAX_WHEN_WORDS and noun > 0 and norms[noun] in _WHEN_ISSUED:
            noun -= 1
        if norms[noun] not in _ISSUED:
            return None
        first = doc.words.first_at(sent_start)
        k = next((j for j in range(noun - 1, max(noun - 1 - MAX_SVO_WORDS, first - 1), -1)
                  if norms[j] in _ISSUING), None)
        if k is None:
            return None
        pseudo = Verb(k, doc.words.start(k), doc.words.end(k), "", "verb")
        if k + 1 < noun and norms[k + 1] not in _VIA:  # `أصدر البيت الأبيض بيانا`
            words = list(doc.words[k + 1 : noun])
            via = next((n for n, word in enumerate(words) if word.norm in _VIA), len(words))
            words = words[:via]  # `نشرت الفنانة لطيفة عبر حسابها في تويتر تغريدة`
            pseudo.region_end = words[-1].end
            return self.named(doc, pseudo, [words])
        # `وكان X قد أصدر بيانا`, `ونشرت عبر حسابها تغريدة`: its subject before it
        return self._subject_before(doc, pseudo, sent_start)

    def _told_first(self, doc: Doc, verb: Verb) -> bool:
        """After `أبلغ`, whom he told: right after the verb (`أبلغ الصحفيين أن`), or all the
        words up to أن when the subject stood before (`وكان روحاني قد أبلغ مدير الوكالة`)."""
        if verb.form not in TELLING_FORMS or verb.index + 1 >= len(doc.words.norms):
            return False
        if doc.words.norms[verb.index + 1] in TOLD_HEADS:
            return True
        sent_start, _ = doc.sentence(verb.start)
        return self._subject_before(doc, verb, sent_start) is not None

    def _subject_before(self, doc: Doc, verb: Verb, sent_start: int) -> Speaker | None:
        """Only the `كان X قد قال` construction, or `X قد قال` opening a sentence: elsewhere
        the words before a verb are the end of another clause."""
        norms = doc.words.norms  # Word objects only for a subject found
        start = doc.words.first_at(sent_start)
        stop = verb.index
        apposed_name = _kana_apposed(doc, start, verb)
        if apposed_name is not None and not any(n in self._forms for n in norms[start + 1 : stop]):
            return from_mention(doc, apposed_name)
        if stop - start > MAX_SVO_WORDS + 3:
            return None
        opened_with_kana = start < stop and norms[start] in _KANA
        while start < stop and norms[start] in _SENTENCE_OPENERS:
            start += 1
        before_qad = start < stop and norms[stop - 1] in ("قد", "وقد")
        while start < stop and norms[stop - 1] in _SENTENCE_OPENERS:
            stop -= 1
        if (
            not (opened_with_kana or before_qad or named_first(doc, verb, start, stop))
            or start >= stop
            or stop - start > MAX_SVO_WORDS
            or any(n in self._forms or n in HARD_STOPS or n in PRONOUNS for n in norms[start:stop])
        ):
            return None
        words = doc.words[start:stop]
        pseudo = Verb(verb.index, words[0].start, words[0].start, "", "verb")
        pseudo.region_end = words[-1].end
        return self.named(doc, pseudo, [words])

    def _opens_subject(self, doc: Doc, sent_start: int, subject: Speaker, comma: bool) -> bool:
        """Is `subject` the subject of the sentence's first verb? Right after that verb when a
        comma stands before the joined verb; else only a tagged name, right after the verb or
        behind definite titles (`وتوجه الرئيس أشرف غني … ودعا «…»`): without the comma the
        words after a first verb run on into its object (`وانتقد البعض الحملة وقالوا`), which
        only a name tells apart."""
        second = self._second_word(doc, sent_start)
        if second == subject.start and comma:
            return True
        if second < 0 or subject.start < second or not tagged(doc, subject):
            return False
        first = doc.words.first_at(second)
        return self._titled(doc, first, subject.start)

    def _titled(self, doc: Doc, first: int, start: int) -> bool:
        """Are the words from word `first` to offset `start` a title, definite (`الرئيس`) or
        in construct with its office (`وزير الدفاع الإسرائيلي`, `وزير خارجية قطر`)?"""
        k = first
        while k < len(doc.words) and doc.words.start(k) < start:
            norm = doc.words.norms[k]
            if norm in TITLE_WORDS and (norm[:2] == "ال" or k == first):
                pass
            elif k == first or not (norm[:2] == "ال" or self._in_a_body(doc, k)
                                    or self._in_a_body(doc, k + 1)):  # `خارجية قطر`
                return False
            k += 1
        # `مساعد ترمب`: an indefinite title right before a name is whose, not who
        return not (k == first + 1 and doc.words.norms[first][:2] != "ال")

    def _titled_opening(self, doc: Doc, verb: Verb, sent_start: int) -> Speaker | None:
        """`لكن وزير الدفاع الإسرائيلي، أفيغدور ليبرمان، رفض الاعتذار وقال`: a sentence that
        opens with a title and the person's name (subject before its verb) is his."""
        first = doc.words.first_at(sent_start)
        while first < verb.index and doc.words.norms[first] in _SENTENCE_OPENERS:
            first += 1
        if first >= verb.index or doc.words.norms[first] not in TITLE_WORDS:
            return None
        k = bisect_left(doc.mention_starts, doc.words.start(first))
        person = doc.mentions[k] if k < len(doc.mentions) else None
        if person is None or person.type != "PERS" or person.end > verb.start \
                or not self._titled(doc, first, person.start):
            return None
        return from_mention(doc, person)

    def _in_a_body(self, doc: Doc, k: int) -> bool:
        """Is word k inside a tagged place or organisation (`وزير خارجية قطر`)?"""
        start = doc.words.start(k)
        return any(m.start <= start < m.end and m.type != "PERS" for m in doc.mentions)

    def _second_word(self, doc: Doc, sent_start: int) -> int:
        """Where the word after the sentence's first verb-like word starts (VSO: the subject
        right after its verb), or -1."""
        first = doc.words.first_at(sent_start)
        while first < len(doc.words) and doc.words.norms[first] in _SENTENCE_OPENERS:
            first += 1
        return doc.words.start(first + 1) if first + 1 < len(doc.words) else -1

    def _sentence_subject(self, doc: Doc, verb: Verb, sent_start: int) -> Speaker | None:
        first = _first_verb(doc, verb, sent_start)
        if first >= verb.index:
            return None
        word = doc.words[first]
        pseudo = Verb(first, word.start, word.end, "", "verb")
        chunks = self.subject(doc, pseudo)
        return self.named(doc, pseudo, chunks)


def _right_before(doc: Doc, speaker: Speaker, verb: Verb) -> bool:
    """Do the speaker's words end right before the verb (`لكن منتقديه يقولون إن`, `ولكن
    شهودا قالوا`)? A plural verb then agrees with them as their subject, whatever their
    shape."""
    end = speaker.start + len(speaker.name)
    return 0 <= verb.start - end <= 1 and not doc.text[end : verb.start].strip()


def _group_before(doc: Doc, verb: Verb) -> Speaker | None:
    """`إسكات المنتقدين الذين قالوا إن`: a plural verb after الذين speaks for the unnamed
    group named right before the pronoun (a definite plural noun, no name)."""
    k = verb.index - 2
    norms = doc.words.norms
    if k < 0 or norms[k + 1] != "الذين" or not plural(verb.form) or not clause_read(verb):
        return None
    group = doc.words[k]
    if not (has_article(group.norm) and group.norm.endswith(("ين", "ون"))) \
            or doc.text[group.end : doc.words.start(k + 1)].strip() \
            or doc.names_within(group.start, group.end):
        return None  # a comma between, or a name (`الفلسطينيين`) tagged there
    return Speaker(doc.text[group.start : group.end], None, "DESC", group.start)


def _sentence_before(doc: Doc, sent_start: int) -> int:
    """Where the sentence before the one at `sent_start` starts (not the line break after
    it, which `doc.sentence` would read as a sentence of its own)."""
    prev = sent_start - 1
    while prev > 0 and doc.text[prev].isspace():
        prev -= 1
    return doc.sentence(max(prev, 0))[0]


def _first_verb(doc: Doc, verb: Verb, sent_start: int) -> int:
    """Where a sentence's first verb stands, past its openers (`ومن جانبه، نفى كوهين …،
    قائلا`: the subject follows the first verb) and a leading phrase (`من جهة أخرى،`)."""
    first = doc.words.first_at(sent_start)
    if first >= verb.index:
        return first
    norms = doc.words.norms
    while first < verb.index and norms[first] not in _KANA and (
        norms[first] in _SENTENCE_OPENERS or (
            norms[first] in _FROM and first + 1 < verb.index and norms[first + 1] in SKIPPED)):
        first += 2 if norms[first] in _FROM else 1
    return max(first, _past_adverbial(doc, doc.words.first_at(sent_start), verb.index))


def _object_first(doc: Doc, verb: Verb, sent_start: int, last: Verb) -> bool:
    """`كما جدد مطالباته بتجديد الخطاب، مؤكدا أن`: the sentence opens with a verb whose
    object, carrying a pronoun, follows it at once, so its subject is the one who spoke in the
    sentence before."""
    first = _first_verb(doc, verb, sent_start)
    if first + 2 >= verb.index or last.start >= sent_start:
        return False
    if last.start < _sentence_before(doc, sent_start):
        return False
    obj = doc.words[first + 1]
    starts = doc.mention_starts
    if doc.words.start(first) in starts or obj.start in starts \
            or obj.norm in PRONOUN_PREPOSITIONS:
        return False  # `رد عليه كلوب`: the subject after it
    text = doc.text[obj.start : obj.end]
    return text.endswith(("ه", "ها", "هم")) and len(text) > 3


_ADVERBIAL_HEADS = frozenset({"من", "ومن", "في", "وفي", "علي", "وعلي"})  # normalized: على
MAX_ADVERBIAL_WORDS = 3  # `من جهة أخرى،`, `في سياق متصل،`, `على صعيد آخر،`


def _titled(words: list[Word]) -> bool:
    """A phrase opened by a title or a spokesman (`المدير العام لبي بي سي`, `متحدثة باسم
    الوزارة`): what follows may be whose they are."""
    head = words[0].norm if words else ""
    bare = head.removeprefix("ال")
    if head in ANONYMOUS_HEADS:  # `مصادر لبي بي سي`: sources who told it
        return False
    return head in TITLE_WORDS or bare in TITLE_WORDS or bare.startswith(("متحدث", "ناطق"))


def _principal_named(chunks: list[list[Word]]) -> bool:
    """Is the phrase a title followed by whom or where it serves (`متحدث باسم الفيفا`,
    `مسؤولون في الشرطة الهندية`)?"""
    words = [w for chunk in chunks for w in chunk]
    return _titled(words) and any(w.norm in _PRINCIPAL_WORDS for w in words[1:])


def _relative(doc: Doc, verb: Verb) -> bool:
    """Does a relative pronoun (`التي`, `والذي`) stand right before the verb?"""
    if verb.index == 0:
        return False
    norm = doc.words.norms[verb.index - 1]
    return norm in RELATIVES or (norm[:1] == "و" and norm[1:] in RELATIVES)


def _title_word(word: Word, text: str) -> bool:
    """A word of a title or description before a name (`رئيس الوزراء`, `مدرب إيفرتون`), not
    a preposition (`من كروز`: whom) or a verb joined by و (`وتؤجر عقارات`)."""
    return not is_preposition(word, text) and (
        word.norm[:1] != "و" or word.norm in TITLE_WORDS
    )


def _past_adverbial(doc: Doc, first: int, stop: int) -> int:
    """The word after a short phrase that opens the sentence with a preposition and ends at a
    comma (`من جهة أخرى، توعد X …، مؤكدا`): where, in whose view or on which side, not who;
    else `first`."""
    norms, text = doc.words.norms, doc.text
    if first >= stop or norms[first] not in _ADVERBIAL_HEADS:
        return first
    for k in range(first + 1, min(first + 1 + MAX_ADVERBIAL_WORDS, stop)):
        gap = text[doc.words.end(k) : doc.words.start(k + 1)]
        if "،" in gap or "," in gap:
            return k + 1
    return first


def _kana_apposed(doc: Doc, start: int, verb: Verb) -> Mention | None:
    """`وكانت إيلا بامفيلوفا، رئيسة اللجنة التي تنظم الانتخابات، قالت إنه`: the name right
    after كان, its title between commas up to the verb, however long."""
    if start >= verb.index or doc.words.norms[start] not in _KANA:
        return None
    k = bisect_left(doc.mention_starts, doc.words.end(start))
    if k >= len(doc.mentions):
        return None
    name = doc.mentions[k]
    between = doc.text[name.end : verb.start].strip()
    before_qad = between.removesuffix("قد").rstrip()  # `وكان كافاني الذي خرج …، قد أشار`
    if before_qad != between and before_qad.split()[:1] in (["الذي"], ["التي"]):
        between = "،" + before_qad
    if name.type not in ("PERS", "ORG") or doc.text[doc.words.end(start) : name.start].strip() \
            or not between or between[0] not in "،," or between[-1] not in "،,":
        return None
    return name


# Bare verbs that may take a new subject from the sentence before (`وأضاف` goes on).
_SAYS = frozenset({"قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "شدد", "شددت",
                   "قالوا", "اكدوا", "يقولون"})
MAX_GROUP_WORDS = 3  # `مسؤولون في الشرطة`: a group opening the sentence before
MAX_NEWCOMER_GAP = 5  # words from the sentence's verb to its subject's name (titles between)


# `نسب X إلى Y قوله`: Y said it, as after `نقل X عن Y`
_QAWL_FROM = frozenset({"نسب", "نسبت", "ونسب", "ونسبت"})
MAX_RELAYED_GAP = 8  # words from `عنه` to its قوله


def _relayed_from_him(doc: Doc, verb: Verb, man: Speaker | None) -> Speaker | None:
    """`ونقلت مجموعة … عنه قوله`: the person who spoke last, else the man named last before
    the sentence; never the outlet that relays him (`عنها`, `عنهم` are left to the speaker
    before)."""
    back = doc.words.norms[max(0, verb.index - MAX_RELAYED_GAP) : verb.index]
    if "عنه" not in back or "عن" in back[back.index("عنه") :]:
        return None  # `ونقل عنه كتاب نشر في 2012 قوله`: the pronoun may come first
    if man is not None:
        return man  # a name inside what he said is not who is relayed
    sent_start, _ = doc.sentence(verb.start)
    for k in range(bisect_left(doc.mention_starts, sent_start) - 1, -1, -1):
        mention = doc.mentions[k]
        first = doc.normalize(mention.text).split()[0]
        if mention.type == "PERS" and not doc.inside_quote(mention.start) \
                and doc.genders.get(first) != "f":
            return from_mention(doc, mention)
    return None


MAX_PLACE_WORDS = 4  # `في الشرق الأوسط`, `في وزارة الخارجية الأمريكية`


def apposed(doc: Doc, n: int, last: int) -> tuple[list[Word], int] | None:
    """`منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، الأربعاء`:
    after the في at word n, a few words of place, then a tagged person between commas, the
    title's holder: its words and the index of the word after them. None when anything else
    follows."""
    words, text = doc.words, doc.text
    for k in range(n + 1, min(n + 2 + MAX_PLACE_WORDS, last)):
        gap = text[words.end(k - 1) : words.start(k)]
        comma = "،" in gap or "," in gap
        if not comma:
            if gap.strip(' "«»“”'):  # marks around a name (`وكالة الفضاء "ناسا"`) are no break
                return None
            said = _said_by_person_at(doc, k, n)
            if said is not None:  # `المستشارة في البيت الأبيض كيليان كونواي إنها`
                return said
            if words.norms[k - 1] not in THEN_WORDS:
                continue
        # after a comma, or after `آنذاك` (`مدير العمليات في سرت آنذاك سالم الجحي`); a rank
        # may come first (`في عاصمة النيجر نيامي، العقيد أوماراو ألوا،`)
        person = _person_at(doc, words.start(k))
        if person is None and comma and k + 1 < last and words.norms[k] in TITLE_WORDS \
                and has_article(words.norms[k]):
            person = _person_at(doc, words.start(k + 1))
        if person is None:
            return None
        j = _last_word(doc, k, person)
        after = text[words.end(j) : words.start(j + 1)] if j + 1 < len(words) else ""
        if words.end(j) != person.end or (comma and "،" not in after and "," not in after):
            return None
        return [words.word(i) for i in range(k, j + 1)], j + 1
    return None


def _last_word(doc: Doc, k: int, mention: Mention) -> int:
    """The word, from word k on, where a tagged name starting at word k ends (or the last
    word before it runs past)."""
    words = doc.words
    while k + 1 < len(words) and words.end(k) < mention.end:
        k += 1
    return k


_TOLD_TITLES = ("لمراسل", "لمراسله", "لمحرر", "لمحرره", "للمراسل", "للمحرر", "لمندوب")


def _said_by_person_at(doc: Doc, k: int, n: int) -> tuple[list[Word], int] | None:
    """A tagged person starting at word k, right after the name of the place or body at
    n + 1 … k - 1, with the reported clause or a colon right after the person: the title's
    holder, though no comma sets the name apart."""
    words = doc.words
    person = _person_at(doc, words.start(k))
    if person is None or k == n + 1 or any(
        norm.startswith(_TOLD_TITLES) for norm in words.norms[max(0, n - MAX_PLACE_WORDS) : n]
    ):
        return None  # `وأضافت الناشطة لمراسل بي بي سي في الخرطوم محمد عثمان أن`: whom she told
    at = bisect_left(doc.mention_starts, words.start(n + 1))
    place = doc.mentions[at] if at < len(doc.mentions) else None
    if place is None or place.start != words.start(n + 1) or place.type == "PERS" \
            or place.end > words.end(k - 1):
        return None  # the words between are a tagged place or body, all of them
    j = _last_word(doc, k, person)
    if words.end(j) != person.end or j + 1 >= len(words):
        return None
    colon = doc.text[person.end : words.start(j + 1)].strip() == ":"
    return ([words.word(i) for i in range(k, j + 1)], j + 1) \
        if colon or words.norms[j + 1] in COMPLEMENTIZERS else None


def untitled(doc: Doc, chunks: list[list[Word]]) -> bool:
    """Words of a title so far that name nobody: no tagged person among them (`تحدث ألفيس عن
    إصابة مواطنه …`: the subject was named), no unnamed source at their head (`مصدر من داخل
    الحزب للمحررة السياسية في بي بي سي، لورا كنزبيرغ`: she was told)."""
    if not any(chunks) or not chunks[0] or chunks[0][0].norm in ANONYMOUS_HEADS:
        return False
    first, end = chunks[0][0].start, chunks[-1][-1].end if chunks[-1] else chunks[0][-1].end
    k = bisect_left(doc.mention_starts, first)
    while k < len(doc.mentions) and doc.mentions[k].start < end:
        if doc.mentions[k].type == "PERS":
            return False
        k += 1
    return True


def _person_at(doc: Doc, start: int) -> Mention | None:
    k = bisect_left(doc.mention_starts, start)
    while k < len(doc.mentions) and doc.mentions[k].start == start:
        if doc.mentions[k].type == "PERS":
            return doc.mentions[k]
        k += 1
    return None


def _day_before_subject(doc: Doc, verb: Verb, n: int) -> bool:
    """Word n is a day right after the verb with its subject next (`قال الأربعاء مسؤول`,
    `قالت يوم الخميس الماضي الوزارة`): a name, a title or a source follows the day. Not `أعلن،
    الخميس، إلغاء القمة` (the object), nor `اليوم السابع` (the paper)."""
    norms = doc.words.norms
    if n - verb.index > 3 or not _leading_day(norms, n):
        return False
    gap = doc.text[verb.end : doc.words.start(n)]
    if "،" in gap or "," in gap:
        return False
    k = n + 1
    while k < len(norms) and _leading_day(norms, k):
        k += 1
    if k >= len(norms):
        return False
    start = doc.words.start(k)
    i = bisect_left(doc.mention_starts, start)
    if i < len(doc.mention_starts) and doc.mention_starts[i] == start:
        return True
    head = norms[k][2:] if has_article(norms[k]) else norms[k]
    return head in _SUBJECT_HEADS


def _leading_day(norms: Sequence[str], n: int) -> bool:
    norm = norms[n]
    if norm in DAY_PARTS:
        return next_norm(norms, n) in LEADING_DAYS
    if norm in DAY_ADJECTIVES:
        return n > 0 and norms[n - 1] in LEADING_DAYS
    return norm in LEADING_DAYS and not (norm == "اليوم" and next_norm(norms, n) == "السابع")


def _clause_after(doc: Doc, span: MarkedSpan) -> bool:
    """Is the marked span a name whose words what was said follows (its next word أن/إن,
    maybe after `أيضا` or a day)? Not when it opens like speech (`"لن نتراجع" أن`)."""
    norms = doc.words.norms
    if norms[doc.words.first_at(span.start)] in _SPEECH_OPENERS:
        return False
    n = doc.words.first_at(span.end + 1)
    while n < len(norms) and (norms[n] in SKIPPED or norms[n] in LEADING_DAYS):
        n += 1
    return n < len(norms) and norms[n] in COMPLEMENTIZERS


def _time(norms: Sequence[str], n: int) -> bool:
    """`العام الماضي`, `الأسبوع المقبل`: a time phrase at word n."""
    return next_norm(norms, n) in TIME_ADJECTIVES


_DESCRIBED_AS = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بان"})
_DESCRIBE_FORMS = DESCRIBING | {"وصف", "وصفت"}


def _described_person(doc: Doc, verb: Verb, chunks: list[list[Word]]) -> bool:
    """`ووصف البروفيسور سارا دانيوس بأنها …`: a describing verb whose phrase before `بأنها` is
    one person (a definite title or two before the name at most) describes that person; its
    subject is the one who spoke before. With two phrases (`ووصف ترامب الاتفاق بأنه`) the
    first is the subject."""
    words = [w for chunk in chunks for w in chunk]
    if verb.form not in _DESCRIBE_FORMS or verb.stop not in _DESCRIBED_AS or not words:
        return False
    person = next((m for m in doc.mentions if m.type == "PERS"
                   and m.start <= words[-1].start < m.end), None)
    before = [w for w in words if person is not None and w.end <= person.start]
    return person is not None and len(before) <= 2 and all(has_article(w.norm) for w in before)


_ENDING_PREPOSITIONS = GOVERNED | {"من"}  # a verb's preposition before its clause ends the subject


def _governs(norms: Sequence[str], n: int) -> bool:
    """Does a complementizer follow word n (`إلى أن`)?"""
    return next_norm(norms, n) in COMPLEMENTIZERS


# `دعا`, `طالب`: whom they call on follows them when their subject was named before.
_CALLING = frozenset({"دعا", "دعت", "دعوا", "طالب", "طالبت", "طالبوا", "حث", "حثت"})
_ALL = frozenset({"جميع", "كل", "كافه"})


def _all_of_them(chunks: list[list[Word]]) -> bool:
    """`جميع الأطراف`, `كل دول العالم`, `كافة العناصر`; not `كل من فرنسا وألمانيا` (both)."""
    first = next((chunk for chunk in chunks if chunk), [])
    return bool(first) and first[0].norm in _ALL and (len(first) < 2 or first[1].norm != "من")
