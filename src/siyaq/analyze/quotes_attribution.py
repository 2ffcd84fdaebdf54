"""Reading the speaker of each reporting verb, in text order: the subject after it, a subject
elsewhere in its sentence (quotes_sentences), the sentence's subject for a participle, or the
previous speaker for a verb that stands alone (`وأردف:`). Relays (`نقلت X عن Y قوله`) speak for
the one relayed."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_apposition import person_at
from siyaq.analyze.quotes_before import RELATIVES, unnamed_clause
from siyaq.analyze.quotes_clauses import agrees, continued, group, object_follows, plural
from siyaq.analyze.quotes_clues import evidence_subject, scripture
from siyaq.analyze.quotes_credited import relayed_by_outlet, sourceless_credit
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import PRONOUN_PREPOSITIONS
from siyaq.analyze.quotes_joined import (
    coordinated,
    fronted,
    interviewed,
    joined,
    named_subject_first,
    opens_after,
)
from siyaq.analyze.quotes_lexicon import (
    BY_SAYING,
    CALLING_FORMS,
    COMPLEMENTIZERS,
    DESCRIBED_FORMS,
    DESCRIBING,
    LAM_CUES,
    RELAYED,
)
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_opened import opening_source
from siyaq.analyze.quotes_roles import someone_unnamed
from siyaq.analyze.quotes_sayings import (
    named_before_word,
    object_after,
    saying_clause,
    warned_after_subject,
)
from siyaq.analyze.quotes_sentences import (
    SENTENCE_OPENERS,
    SentenceReader,
    first_verb,
    past_adverbial,
    sentence_before,
)
from siyaq.analyze.quotes_speakers import Speaker, Word, has_article, is_preposition
from siyaq.analyze.quotes_subjects import MAX_SUBJECT_WORDS

# Bare verbs that may take a new subject from the sentence before (`وأضاف` goes on).
_SAYS = frozenset({"قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "شدد", "شددت",
                   "قالوا", "اكدوا", "يقولون"})
# `نسب X إلى Y قوله`: Y said it, as after `نقل X عن Y`
_QAWL_FROM = frozenset({"نسب", "نسبت", "ونسب", "ونسبت"})
MAX_RELAYED_GAP = 8  # words from `عنه` to its قوله
_DESCRIBED_AS = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بان"})
_DESCRIBE_FORMS = DESCRIBING | {"وصف", "وصفت"}
_ALL = frozenset({"جميع", "كل", "كافه"})



class SpeakerFinder(SentenceReader):
    """Finds the speaker of every verb, in text order (later verbs inherit from earlier ones)."""

    __slots__ = ()

    def read(self, doc: Doc, verbs: list[Verb]) -> None:
        for n, verb in enumerate(verbs):
            self._speak(doc, verb, verbs[:n])

    def _speak(self, doc: Doc, verb: Verb, earlier: list[Verb]) -> None:
        if verb.kind == "by_saying":  # a verse's cue (`بقوله تعالى`) or `بقوله إن`
            verb.speaker = scripture(doc, verb)
            if verb.speaker is not None:
                self.subject(doc, verb)  # only for its colon (`من قول الله تعالى: (…)`)
            elif saying_clause(doc, verb):
                self.subject(doc, verb)  # only for its clause
                spoken = [v for v in earlier if v.speaker is not None and v.continued]
                verb.speaker, verb.inherited = self._by_saying(
                    doc, verb, doc.sentence(verb.start)[0], spoken)
            elif verb.form == "قول" and not doc.inside_quote(verb.start):
                # `بعد يوم من قول وزير الخارجية مايك بومبيو إن`: a saying recalled, whose
                # speaker no later verb goes on with
                chunks = self.subject(doc, verb)
                if verb.stop in COMPLEMENTIZERS and any(chunks):
                    verb.speaker, verb.continued = self.named(doc, verb, chunks), False
            return
        naming = verb
        if verb.kind == "qawl":
            chunks = self._qawl_subject(doc, verb)
        elif verb.kind == "relay":
            chunks = self._relayed(doc, verb)
        elif verb.kind == "participle":
            chunks = []
            self.subject(doc, verb)  # only for where its clause goes (colon, أن)
        else:
            chunks = self.subject(doc, verb)
            if (cited := self.cited(doc, verb)) is not None:  # `قالت X نقلا عن Y إن`
                chunks, naming = cited
            if object_follows(doc, verb) or self._told_first(doc, verb) \
                    or warned_after_subject(doc, verb):
                chunks = []  # `فهو يصف عبد الناصر`: the subject is the pronoun's, before
            if verb.kind == "cue" and verb.form in LAM_CUES:
                chunks = _without_lam(chunks)
            if verb.form in CALLING_FORMS and _all_of_them(chunks):
                chunks = []  # `ودعت جميع الأطراف إلى`: whom she called on, not who
        speaker = scripture(doc, verb) or self.named(doc, naming, chunks)
        if speaker is None and verb.kind == "qawl":
            speaker = _relayed_from_him(doc, verb, self._spoken_by_a_man(earlier))
        if speaker is not None and verb.form in DESCRIBING and speaker.kind != "PERS":
            speaker = None  # `ويصف هذا التحرك بأنه «…»`: what is described, not who
        if speaker is not None and _described_person(doc, verb, chunks):
            speaker = None  # `ووصف البروفيسور دانيوس بأنها`: whom he described, not who
        evidence = speaker is None and evidence_subject(chunks)
        if speaker is None and not evidence:
            speaker = opening_source(doc, verb)
        if speaker is None and not evidence:
            speaker, verb.inherited = self._inherit(doc, verb, earlier)
            if speaker is not None and plural(verb.form) and not group(doc, speaker) \
                    and not _right_before(doc, speaker, verb):
                speaker = None  # `…، وقالوا إن` after one named person: someone else spoke
        if speaker is not None and not verb.inherited and speaker.kind in ("PERS", "NAME"):
            speaker = self._gendered(doc, verb, speaker)
        verb.speaker = speaker
        verb.continued = continued(doc, verb) and not relayed_by_outlet(doc, verb, earlier)
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
        written = person_at(doc, speaker.start)
        as_written = doc.normalize(written.text).split() if written is not None else [first]
        if as_written[0] == first:  # the first name itself was written with the verb
            doc.genders.setdefault(first, gender)
            return speaker
        known = doc.genders.get(first)
        if len(as_written) > 1 or known == gender or (gender == "m" and known is None):
            return speaker
        for name, *_ in doc.names_of_type("PERS"):
            words = doc.normalize(name).split()
            if len(words) >= 2 and words[-1] == as_written[0] and doc.genders.get(
                words[0]
            ) == gender:
                return Speaker(name, None, "PERS", speaker.start)
        return speaker

    def _qawl_subject(self, doc: Doc, verb: Verb) -> list[list[Word]]:
        """`نقلت وكالة … عن وزير المال محمد الجدعان قوله`: the speaker sits between عن (or
        `على لسان`) and قوله."""
        self.subject(doc, verb)
        back = doc.words[max(0, verb.index - MAX_SUBJECT_WORDS) : verb.index]
        for k in range(len(back) - 1, -1, -1):
            tongue = back[k].norm == "لسان" and k and back[k - 1].norm == "علي"
            ascribed = back[k].norm == "الي" and not _QAWL_FROM.isdisjoint(
                w.norm for w in back[:k])  # `ونسبت الصحيفة إلى أحد المصادر قوله`
            if back[k].norm == "عن" or tongue or ascribed:
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
        if sourceless_credit(doc, verb):  # `استهدف الجيش مواقع …، وفق ما أفاد الأربعاء.`
            actor = self._sentence_subject(doc, verb, sent_start, apposed=False)
            if actor is not None and actor.kind in ("PERS", "ORG"):  # not `وسقط عشرات القتلى`
                return actor, False
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
        if verb.form in DESCRIBED_FORMS:
            # `ونفت السلطات الاتهامات ووصفتها بأنها "…"`, `أدانت ميركل ما وصفته بأنه "…"`: who
            # described it is the subject of the sentence it stands in, else nobody named
            return self._sentence_subject(doc, verb, sent_start), False
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
            gender = self._genders.get(verb.form)
            someone = None if subject is None or gender is None else someone_unnamed(
                doc, subject, gender == "f")
            if someone is not None and subject is not None \
                    and self._opens_subject(doc, sent_start, subject, comma):
                return someone, False  # `كما نجا رجل …، وقال للتلفزيون "…"`
            first = named_subject_first(doc, verb, sent_start) if not comma else None
            if first is not None:
                return from_mention(doc, first), False
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
        while first < verb.index and norms[first] in SENTENCE_OPENERS | {"فقد"}:
            first += 1
        first = past_adverbial(doc, first, verb.index)  # `ومن خلال بضع تغريدات، بث ماسك`
        if first >= verb.index:
            return None, False
        word = doc.words[first]
        if first + 1 < verb.index:
            pseudo = Verb(first, word.start, word.end, "", "verb")
            chunks = self.subject(doc, pseudo)
            head = chunks[0] if chunks else []
            cut = next((k for k, w in enumerate(head) if is_preposition(w, doc.text)
                        or object_after(doc, head, k)), len(head))
            if cut:
                return self.named(doc, pseudo, [head[:cut]]), False
        k = bisect_left(doc.mention_starts, word.end)
        if not spoken or (k < len(doc.mention_starts) and doc.mention_starts[k] < verb.start):
            return None, False
        gender = "f" if norms[first].endswith("ت") else "m"
        if self._genders.get(spoken[-1].form, gender) != gender:
            return None, False
        return spoken[-1].speaker, True

    def _spoken_by_a_man(self, earlier: list[Verb]) -> Speaker | None:
        """The last person who spoke with a verb that is not feminine."""
        for verb in reversed(earlier):
            speaker = verb.speaker
            if speaker is not None and speaker.kind in ("PERS", "NAME") \
                    and self._genders.get(verb.form) != "f":
                return speaker
        return None


def _without_lam(chunks: list[list[Word]]) -> list[list[Word]]:
    """The source after وفقا ل…: its first word without the ل (not لل, whose ا is gone)."""
    if not chunks or not chunks[0]:
        return chunks
    first = chunks[0][0]
    if first.norm[:1] != "ل" or first.norm[:2] == "لل" or len(first.norm) < 4:
        return chunks
    return [[Word(first.start + 1, first.end, first.norm[1:]), *chunks[0][1:]], *chunks[1:]]


def _right_before(doc: Doc, speaker: Speaker, verb: Verb) -> bool:
    """Do the speaker's words end right before the verb (`لكن منتقديه يقولون إن`, `ولكن
    شهودا قالوا`)? A plural verb then agrees with them as their subject, whatever their
    shape."""
    end = speaker.start + len(speaker.name)
    return 0 <= verb.start - end <= 1 and not doc.text[end : verb.start].strip()


def _object_first(doc: Doc, verb: Verb, sent_start: int, last: Verb) -> bool:
    """`كما جدد مطالباته بتجديد الخطاب، مؤكدا أن`: the sentence opens with a verb whose
    object, carrying a pronoun, follows it at once, so its subject is the one who spoke in the
    sentence before."""
    first = first_verb(doc, verb, sent_start)
    if first + 2 >= verb.index or last.start >= sent_start:
        return False
    if last.start < sentence_before(doc, sent_start):
        return False
    obj = doc.words[first + 1]
    starts = doc.mention_starts
    if doc.words.start(first) in starts or obj.start in starts \
            or obj.norm in PRONOUN_PREPOSITIONS:
        return False  # `رد عليه كلوب`: the subject after it
    text = doc.text[obj.start : obj.end]
    return text.endswith(("ه", "ها", "هم")) and len(text) > 3


def _relative(doc: Doc, verb: Verb) -> bool:
    """Does a relative pronoun (`التي`, `والذي`) stand right before the verb?"""
    if verb.index == 0:
        return False
    norm = doc.words.norms[verb.index - 1]
    return norm in RELATIVES or (norm[:1] == "و" and norm[1:] in RELATIVES)


def _relayed_from_him(doc: Doc, verb: Verb, man: Speaker | None) -> Speaker | None:
    """`ونقلت مجموعة … عنه قوله`: the person who spoke last, else the man named last before
    the sentence; never the outlet that relays him (`عنها`, `عنهم` are left to the speaker
    before)."""
    offset = max(0, verb.index - MAX_RELAYED_GAP)
    back = doc.words.norms[offset : verb.index]
    if "عنه" not in back or "عن" in back[back.index("عنه") :]:
        return None  # `ونقل عنه كتاب نشر في 2012 قوله`: the pronoun may come first
    if "باسم" in back[: back.index("عنه")]:
        principal = named_before_word(doc, offset + back.index("عنه"))
        if principal is not None:  # `ونقلت المتحدثة باسم رئيس المفوضية يونكر عنه قوله`
            return from_mention(doc, principal)
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


def _all_of_them(chunks: list[list[Word]]) -> bool:
    """`جميع الأطراف`, `كل دول العالم`, `كافة العناصر`; not `كل من فرنسا وألمانيا` (both)."""
    first = next((chunk for chunk in chunks if chunk), [])
    return bool(first) and first[0].norm in _ALL and (len(first) < 2 or first[1].norm != "من")
