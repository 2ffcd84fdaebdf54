"""Subjects found elsewhere in the sentence than right after the verb: before it (`وكان X قد
قال`, `أما X فقد قال`, a relative clause's antecedent), the subject of the sentence's first verb
(for a participle or a joined verb), who issued the statement a verb speaks in (`أصدر X بيانا
قال فيه`), and a person who opens the sentence before (`أشاد X بـY. وقال`)."""

from __future__ import annotations

from bisect import bisect_left
from itertools import pairwise

from siyaq.analyze.quotes_apposition import person_at
from siyaq.analyze.quotes_before import (
    PRONOUNS,
    clause_read,
    particle_subject,
    relative_antecedent,
    speech_follows,
    topic_subject,
)
from siyaq.analyze.quotes_clauses import group, named_first, plural, tagged
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ORG_HEADS, OUTLET_HEADS
from siyaq.analyze.quotes_lexicon import (
    DAY_ADJECTIVES,
    DAY_PARTS,
    HARD_STOPS,
    LEADING_DAYS,
    SKIPPED,
    TELLING_FORMS,
    TIME_HEADS,
    TOLD_HEADS,
)
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_speakers import TITLE_WORDS, Speaker, Word, has_article, is_preposition
from siyaq.analyze.quotes_subjects import SubjectReader, before_governed
from siyaq.model import Mention

MAX_SVO_WORDS = 8  # `وكان الحساب الرسمي … قد غرد`: a subject before its verb
SENTENCE_OPENERS = frozenset({"كما", "وكان", "وكانت", "كان", "كانت", "وقد", "قد", "فيما", "ثم",
                               "بينما", "من", "وفي", "و", "لكن", "ولكن"})
_FROM = frozenset({"من", "ومن"})
# `وكان الرئيس الأميركي قد أعاد …، محذرا`: كان is the verb whose subject follows it
_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
# `أصدر X بيانا قال فيه`: what is issued, and the verbs that issue it
_ISSUED = frozenset({"بيانا", "بيان", "تغريده", "رساله", "بلاغا", "تقريرا", "صوره", "فيديو",
                     "مقطعا", "تسجيلا", "منشورا", "تدوينه", "مقالا"})
_VIA = frozenset({"عبر", "علي", "في", "من", "عن", "امس", "اليوم", "عقب", "بعد", "اثر"})
_WHEN_ISSUED = LEADING_DAYS | DAY_PARTS | DAY_ADJECTIVES | TIME_HEADS | frozenset(
    {"انذاك", "حينها", "حينذاك", "لاحقا", "ايضا", "بدورها", "بدوره", "بعد", "ذلك"})
_MAX_WHEN_WORDS = 3
_IN_ISSUED = frozenset({"في", "عبر"})
_READ_AFTER = frozenset({"الذي", "التي", "مما", "ومما"})  # `بيانا الذي جاء فيه`, `ومما جاء فيه`
# (`كتبت الصحيفة تقريرا قالت فيه`: a text written is issued too)
_ISSUING = frozenset({verb + form for verb in ("", "و") for form in (
    "اصدر", "اصدرت", "نشر", "نشرت", "وجه", "وجهت", "بعث", "بعثت", "كتب", "كتبت")})
# `ومن جانبه،`, `من جهتها،`
_ADVERBIAL_HEADS = frozenset({"من", "ومن", "في", "وفي", "علي", "وعلي"})  # normalized: على
MAX_ADVERBIAL_WORDS = 3  # `من جهة أخرى،`, `في سياق متصل،`, `على صعيد آخر،`
MAX_GROUP_WORDS = 3  # `مسؤولون في الشرطة`: a group opening the sentence before
MAX_NEWCOMER_GAP = 5  # words from the sentence's verb to its subject's name (titles between)



class SentenceReader(SubjectReader):
    """The subject reader, with the subjects a sentence holds before or around the verb."""

    __slots__ = ()

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
        prev_start = sentence_before(doc, sent_start)
        if last is not None and last.start >= prev_start:
            return None
        first = doc.words.first_at(prev_start)
        if first >= verb.index or doc.words.norms[first][:2] == "ال" \
                or doc.words.norms[first] in SENTENCE_OPENERS:
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
        if subject is None or subject.kind != "PERS" or person_at(doc, subject.start) is None \
                or not prev_start <= subject.start < sent_start \
                or doc.words.between(word.end, subject.start) > MAX_NEWCOMER_GAP \
                or not all(_title_word(w, doc.text)
                           for w in doc.words[first + 1 : doc.words.first_at(subject.start)]):
            return None  # its subject, behind titles (not `من كروز`, whom; not `وتؤجر …`)
        gender = self._genders.get(verb.form)
        known = doc.genders.get(doc.normalize(subject.name).split()[0])
        return subject if gender is None or known is None or known == gender else None

    def _issuer(self, doc: Doc, verb: Verb, sent_start: int) -> Speaker | None:
        """`أصدر البيت الأبيض بيانا قال فيه إن`, `وكان البيت الأبيض قد أصدر بيانا قال فيه`:
        who issued the statement the verb speaks in (not the statement, nor the last
        speaker)."""
        norms, i = doc.words.norms, verb.index
        if verb.kind == "cue" and norms[i] in ("فيه", "فيها"):
            i -= 1  # `أصدر مجلس منبج العسكري بيانا جاء فيه`: the cue's word before فيه
            i -= norms[i - 1] in _READ_AFTER if i > 0 else 0
        elif i < 2 or i + 1 >= len(norms) or norms[i + 1] not in ("فيه", "فيها"):
            return None
        if i < 2:
            return None
        noun = i - 1  # `بيانا، الإثنين، أعلنت فيه`, `بيانا آنذاك، قالت فيه`: a time between
        while noun > i - 1 - _MAX_WHEN_WORDS and noun > 0 and norms[noun] in _WHEN_ISSUED:
            noun -= 1
        if verb.kind == "cue" and noun > 0 and (
            (norms[noun - 1] in _IN_ISSUED and norms[noun] in _ISSUED)
            or (norms[noun][:1] == "ب" and norms[noun][1:] in _ISSUED)
        ):  # `ونعت الكنيسة الراهب في بيان جاء فيه`: the sentence's subject issued it
            return self._sentence_subject(doc, verb, sent_start)
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
            via = next((n for n, word in enumerate(words) if word.norm in _VIA
                        or word.norm in LEADING_DAYS), len(words))
            words = words[:via]  # `نشرت الفنانة لطيفة عبر حسابها في تويتر تغريدة`, `…، الثلاثاء،`
            if words:  # none when a day follows the verb (`أصدر أمس بيانا`)
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
        while start < stop and norms[start] in SENTENCE_OPENERS:
            start += 1
        before_qad = start < stop and norms[stop - 1] in ("قد", "وقد")
        while start < stop and norms[stop - 1] in SENTENCE_OPENERS:
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
        while first < verb.index and doc.words.norms[first] in SENTENCE_OPENERS:
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
        while first < len(doc.words) and doc.words.norms[first] in SENTENCE_OPENERS:
            first += 1
        return doc.words.start(first + 1) if first + 1 < len(doc.words) else -1

    def _sentence_subject(self, doc: Doc, verb: Verb, sent_start: int,
                          apposed: bool = True) -> Speaker | None:
        """The subject after the sentence's first verb; without `apposed`, only its words up
        to the first comma (after a verb that is no verb of speech, what follows a comma
        is the object's: `تلقت المنظمة استقالة رئيسها، مينغ هونغوي`)."""
        first = first_verb(doc, verb, sent_start)
        if first >= verb.index:
            return None
        word = doc.words[first]
        pseudo = Verb(first, word.start, word.end, "", "verb")
        chunks = before_governed(doc, word, self.subject(doc, pseudo))
        if not apposed and chunks[0]:
            chunks, pseudo.region_end = chunks[:1], chunks[0][-1].end
        return self.named(doc, pseudo, chunks)


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


def sentence_before(doc: Doc, sent_start: int) -> int:
    """Where the sentence before the one at `sent_start` starts (not the line break after
    it, which `doc.sentence` would read as a sentence of its own)."""
    prev = sent_start - 1
    while prev > 0 and doc.text[prev].isspace():
        prev -= 1
    return doc.sentence(max(prev, 0))[0]


def first_verb(doc: Doc, verb: Verb, sent_start: int) -> int:
    """Where a sentence's first verb stands, past its openers (`ومن جانبه، نفى كوهين …،
    قائلا`: the subject follows the first verb) and a leading phrase (`من جهة أخرى،`)."""
    first = doc.words.first_at(sent_start)
    if first >= verb.index:
        return first
    norms = doc.words.norms
    while first < verb.index and norms[first] not in _KANA and (
        norms[first] in SENTENCE_OPENERS or (
            norms[first] in _FROM and first + 1 < verb.index and norms[first + 1] in SKIPPED)):
        first += 2 if norms[first] in _FROM else 1
    return max(first, past_adverbial(doc, doc.words.first_at(sent_start), verb.index))


def _title_word(word: Word, text: str) -> bool:
    """A word of a title or description before a name (`رئيس الوزراء`, `مدرب إيفرتون`), not
    a preposition (`من كروز`: whom) or a verb joined by و (`وتؤجر عقارات`)."""
    return not is_preposition(word, text) and (
        word.norm[:1] != "و" or word.norm in TITLE_WORDS
    )


def past_adverbial(doc: Doc, first: int, stop: int) -> int:
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
