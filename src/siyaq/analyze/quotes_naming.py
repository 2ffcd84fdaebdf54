"""Naming the speaker of a reporting verb from the words of its subject phrase: a tagged
mention there, the holder of a title or an honorific named elsewhere, an organisation, a
description (quotes_descriptions), or a name read from the words that the text vouches for.
A base of SubjectReader (quotes_subjects), which reads the phrase."""

from __future__ import annotations

from bisect import bisect_left
from itertools import takewhile

from siyaq.analyze.quotes_antecedents import adjective, expand_head
from siyaq.analyze.quotes_clauses import untitled
from siyaq.analyze.quotes_clues import (
    addressee_first,
    affiliation,
    no_speaker,
    past_title,
    vouched,
)
from siyaq.analyze.quotes_coreference import known_fullest
from siyaq.analyze.quotes_descriptions import DescriptionReader, described_before
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import (
    ANONYMOUS_HEADS,
    HONORIFICS,
    HONOUR_TITLES,
    INDEFINITE_ANONYMOUS_HEADS,
    KIN_HEADS,
    ORG_CONSTRUCTS,
    ORG_HEADS,
    REPORT_HEADS,
    ROLE_WORDS,
    STATEMENT_HEADS,
)
from siyaq.analyze.quotes_holders import by_mention, unnamed_holder
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS, LEADING_DAYS
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_speakers import (
    QUANTIFIERS,
    TITLE_WORDS,
    Speaker,
    Word,
    from_mentions,
    has_article,
    is_anonymous,
    is_preposition,
    make_speaker,
    name_run,
)
from siyaq.analyze.quotes_spokesmen import spokesman_speaker
from siyaq.analyze.quotes_statements import joint_issuers
from siyaq.analyze.quotes_titles import honoured
from siyaq.analyze.quotes_untagged import from_words
from siyaq.model import Mention

# `الذي نشر المذكرة`, `ووصف التقرير بأنه`: the report is what was published or described.
_REPORT_AS_OBJECT = frozenset({"نشر", "نشرت", "كتب", "كتبت", "وصف", "وصفت", "يصف", "تصف"})
MAX_ORG_WORDS = 5


# `المنظمة المعنية بحقوق الإنسان`: adjectives that tell which body only by what was said before;
# the tagger may take such a description for a name.
_VAGUE_ADJECTIVES = frozenset(
    {"المعنيه", "المعني", "المذكوره", "المذكور", "المختصه", "المختص", "الحقوقيه", "الدوليه",
     "الامميه"}
)


# `مصدر مطلع على …`, `مسؤول مقرب من …`: what an unnamed source knows of or is close to.
_INFORMED = frozenset({"مطلع", "مطلعه", "مطلعون", "مطلعين", "مقرب", "مقربه", "مقربون", "مقربين",
                       "قريب", "قريبه"})


def _what_the_source_knows(words: list[Word], mention: Mention) -> bool:
    """An unnamed source's subject (`مصدر`, `مسؤول أمني`) whose name is the object of
    `مطلع على` / `مقرب من` / `على` in it (`مسؤول أمني مطلع على قضية سرقة طائرة "هورايزن"`):
    the source stays unnamed; a place or body after `في` is its affiliation, read elsewhere."""
    if not words or not is_anonymous(words[0].norm) or mention.start <= words[0].start:
        return False
    before = [w.norm for w in words if w.end <= mention.start]
    return any(norm in _INFORMED for norm in before)


def _body_named_before(doc: Doc, verb: Verb, mention: Mention,
                       stops: frozenset[str]) -> Speaker | None:
    """A tagged `المنظمة المعنية` is the body named before (`منظمة العفو الدولية`), if any."""
    parts = doc.normalize(mention.text).split()
    if len(parts) != 2 or parts[0] not in ORG_HEADS or parts[1] not in _VAGUE_ADJECTIVES:
        return None
    found = expand_head(doc.words, doc.words.norms, doc.text, parts[0], verb.start, stops,
                        doc.name_ends())
    return found if found is not None and len(found.name.split()) > 2 else None


def _after_addressee(doc: Doc, words: list[Word]) -> list[Word]:
    """The words from an unnamed source or a tagged person after whom it was told to."""
    for k, word in enumerate(words[1:], start=1):
        if is_anonymous(word.norm) or any(
            m.start == word.start and m.type == "PERS" for m in doc.mentions
        ):
            return words[k:]
    return []


class SpeakerNamer(DescriptionReader):
    """The naming half of SubjectReader: who the words of a subject phrase name."""

    __slots__ = ()

    def named(self, doc: Doc, verb: Verb, chunks: list[list[Word]]) -> Speaker | None:
        chunks = _before_circumstance(doc, chunks)
        words = [w for chunk in chunks for w in chunk]
        if not words:
            return None
        first = next(chunk for chunk in chunks if chunk)  # `وأوضح، مدير …`: chunks[0] is empty
        if verb.kind in ("qawl", "relay"):  # the words after عن, not the outlet before it
            region = (words[0].start, words[-1].end + 1)
        else:
            region = (verb.end, verb.region_end + 1)
        opened = _by_opening_word(doc, verb, words)
        if opened is not None:
            return opened
        if words[0].norm[:2] == "ال" and words[0].norm[2:] in REPORT_HEADS:
            if verb.form in _REPORT_AS_OBJECT:
                return None  # `الذي نشر المذكرة`: what was published, not who spoke
            # `دعا التقرير إيران إلى`: the report speaks; a name after it is its object
            report = Speaker(doc.text[words[0].start : words[0].end], None, "DESC", words[0].start)
            return self._describe(doc, verb, report, chunks)
        mention, past_a_title, unnamed = _subject_mention(doc, words, region)
        if mention is not None and mention.type == "ORG" and (
            (named_before := _body_named_before(doc, verb, mention, self._stops)) is not None
        ):
            return named_before
        if (
            mention is not None
            and mention.type == "PERS"
            and words[0].norm in ORG_CONSTRUCTS
            and len(words) > 1
            and mention.start == words[1].start
        ):  # `كتائب عز الدين القسام`, `جامعة الملك سعود`: named after a person, not the person
            return Speaker(doc.text[words[0].start : mention.end], None, "ORG", words[0].start)
        if addressee_first(doc, words[0]):
            # `قال لشبكة سي ان ان إنه`: to whom, not who; the speaker is earlier, unless a
            # source or a person follows whom it was told (`وقال لرويترز دبلوماسيون إن`)
            told = _after_addressee(doc, first)
            return self.named(doc, verb, [told]) if told else None
        if mention is not None and (retitled := untitled(doc, mention, chunks)):
            return retitled
        if words[0].norm in HONOUR_TITLES and (mention is None or mention.type != "PERS"):
            holder = honoured(doc, verb, HONOUR_TITLES[words[0].norm])
            if holder is not None:
                return from_mention(doc, holder)
        by_name = by_mention(doc, verb, words, chunks, mention, past_a_title)
        if by_name is not None:
            return by_name
        known_holder = unnamed_holder(doc, verb, words, first, mention, unnamed)
        if known_holder is not None:
            return known_holder
        return self._by_words(doc, verb, words, chunks)

    def _by_words(self, doc: Doc, verb: Verb, words: list[Word],
                  chunks: list[list[Word]]) -> Speaker | None:
        """No tagged name says who: a statement, an organisation's words, a description or
        a name read from the words the text vouches for."""
        first = next(chunk for chunk in chunks if chunk)
        if words[0].norm in STATEMENT_HEADS:
            text = doc.text[words[0].start : words[0].end]
            speaker: Speaker | None = Speaker(text, None, "DESC", words[0].start)
        elif words[0].norm in ORG_CONSTRUCTS and len(first) >= 2:
            # `وقال مكتب مفوض الشرطة`: an organisation's name, not a person's (`مكتب`); it
            # ends before على (`وذكرت وزارة الخزانة على موقعها الإلكتروني`: where it said so)
            on = next((k for k, w in enumerate(first) if k and (w.norm in _POSTED or (
                w.norm == "علي" and is_preposition(w, doc.text) and _a_medium(first, k + 1)))),
                len(first))
            speaker = make_speaker(first[: min(on, MAX_ORG_WORDS)], doc.text, "DESC")
        else:
            speaker = from_words(chunks, doc.text)
            if speaker is not None and speaker.kind == "NAME" and speaker.start > words[0].start \
                    and words[0].norm in ORG_HEADS and has_article(words[0].norm):
                # `البعثة الأممية بأفغانستان`: the body, not a word after it read as a name
                body = [words[0], *takewhile(lambda w: adjective(w.norm), words[1:])]
                speaker = make_speaker(body, doc.text, "DESC")
            elif speaker is not None and speaker.kind == "NAME" \
                    and (whose := _role_of_a_team(words, speaker.start)):
                speaker = make_speaker(words[:whose], doc.text, "DESC")
            kin = words[0].norm in KIN_HEADS
            if kin and speaker is not None and speaker.start == words[0].start:
                # `وقال والد الطفل`, `محامو رونالدو`: kin by their tie; after a pronoun
                # (`محاميها مايكل أفيناتي`, `ابنته لورا`) the name is the speaker's own
                own = doc.text[first[0].start : first[0].end].endswith(("ه", "ها", "هم"))
                own_name = name_run(first, 1, doc.text) if own and len(first) > 1 and any(
                    m.start == first[1].start and m.type == "PERS" for m in doc.mentions
                ) else []
                speaker = make_speaker(own_name, doc.text, "NAME") if own_name else make_speaker(
                    first[:2], doc.text, "DESC")
        if speaker is None:
            return None
        if speaker.kind == "DESC":
            if words[0].norm in QUANTIFIERS or is_anonymous(words[0].norm):
                if (again := described_before(doc, verb, words[0].norm)) is not None:
                    return again  # `وقال المسؤول` after `مسؤول رفيع في …` spoke
                # `المحللون في بنك كابيتال`, `بعض المراقبين`: a group, named no further
                end = affiliation(doc, verb.region_end)
                if end == verb.region_end:
                    return speaker
                return Speaker(doc.text[speaker.start : end], None, "DESC", speaker.start)
            return self._describe(doc, verb, speaker, chunks)
        if doc.mentions and not vouched(doc, speaker, words):
            return None
        if len(doc.normalize(speaker.name).replace(" ", "")) < 2:
            return None  # `د.` before a name cut off
        return Speaker(self._known(doc, speaker.name), None, "NAME", speaker.start)

    def _known(self, doc: Doc, name: str) -> str:
        return known_fullest(name, doc.names, doc.normalize, lambda word: _title_like(doc, word))


# `وقال مسؤول آخر`, `وقالت ضحية أخرى`: someone new, never the one who spoke before
OTHER = frozenset({"اخر", "اخري", "اخرون", "اخرين", "اخريات"})
# `مستثمر آخر يدعى جيمس مكريشي`, `زميل آخر له، هو آري بلف،`: his name follows these
_NAMED_AS = frozenset({"يدعي", "ويدعي", "تدعي", "وتدعي", "هو", "هي", "اسمه", "اسمها"})
MAX_ANOTHER_WORDS = 8
_OF_WHOM = frozenset({"عن", "علي", "مع", "ضد", "الي"})  # from `آخر` to the name given after it


def _someone_else(doc: Doc, noun: Word) -> bool:
    """`مسؤول آخر`, `ضحية أخرى`; not `ترامب آخر قرار` (the last), `مرة أخرى` (again), `22%
    آخرون`, `عديدة أخرى` (many other)."""
    return not has_article(noun.norm) and noun.norm not in _NO_ONE \
        and not any(c.isdigit() or c == "%" for c in doc.text[noun.start : noun.end]) \
        and not doc.names_within(noun.start, noun.end)


_NO_ONE = frozenset({"مره", "مرات", "شيئا", "شيء", "عديده", "كثيره", "اشياء", "امر", "امورا",
                     "جزء", "جانب", "وقت", "مكان", "يوم",
                     # what one gives (`أورد ستون رواية أخرى`), the verb's object
                     "روايه", "قصه", "نسخه", "صيغه", "طريقه", "فكره", "وجهه", "خطوه", "قضيه",
                     "مساله", "صوره", "فرصه"})


def _another(doc: Doc, verb: Verb, words: list[Word]) -> Speaker:
    """`مستثمر آخر يدعى جيمس مكريشي`, `مشارك آخر في الكتاب بول هاينز`: the person named
    after the description, before its clause; else the description as written."""
    k = doc.words.first_at(words[1].end)
    end = doc.sentence(words[1].start)[1]
    for j in range(k, min(k + MAX_ANOTHER_WORDS, len(doc.words.norms))):
        start = doc.words.start(j)
        if start >= end or doc.words.norms[j] in COMPLEMENTIZERS \
                or doc.words.norms[j] in _OF_WHOM or doc.words.norms[j][:2] in ("لل", "بال"):
            break  # `مستخدمة أخرى عن أسباب السماح للمغنية جاكلين`: whom she spoke of
        at = bisect_left(doc.mention_starts, start)
        if at < len(doc.mentions) and doc.mentions[at].start == start \
                and doc.mentions[at].type == "PERS" and _given_after(doc, j, k):
            return from_mention(doc, doc.mentions[at])
    return Speaker(doc.text[words[0].start : words[1].end], None, "DESC", words[0].start)


def _given_after(doc: Doc, j: int, k: int) -> bool:
    """Is the name at word j given as the described person's own (`يدعى X`, `، هو X`, right
    after the description, after a comma, or after what he took part in: `مشارك آخر في
    الكتاب بول هاينز`), not someone he spoke of or to (`عن ترامب`)?"""
    before = doc.words.norms[j - 1]
    comma = "،" in doc.text[doc.words.end(j - 1) : doc.words.start(j)]
    return j == k or before in _NAMED_AS or comma or (
        has_article(before) and before != "الي" and not is_preposition(doc.words[j - 1], doc.text))


# where something was said or posted (`على تويتر`, `على موقعها`), not an organisation's own
# على (`رابطة الحفاظ على الفن`); `موقع…`, `صفح…`, `حساب…`, `منص…` by their beginning
_MEDIA = frozenset({"تويتر", "فيسبوك", "فيسوك", "انستغرام", "انستجرام", "تلغرام", "تليغرام",
                    "يوتيوب", "الانترنت"})
_MEDIA_HEADS = ("موقع", "صفح", "حساب", "منص")
# what it posted, the verb's object (`ونشرت شرطة المدينة تغريدة على تويتر قالت فيها`)
_POSTED = frozenset({"تغريده", "تغريدات", "بيانا", "منشورا", "رساله"})


def _a_medium(words: list[Word], k: int) -> bool:
    """Does word k name a medium (`تويتر`, `موقع`) or one of the speaker's own (`موقعها`)?"""
    if k >= len(words):
        return True  # `على` last: nothing of the name follows it
    norm = words[k].norm
    return norm in _MEDIA or norm.startswith(_MEDIA_HEADS)


def _before_circumstance(doc: Doc, chunks: list[list[Word]]) -> list[list[Word]]:
    """`وقال الوزير التركي، موجها خطابه للمستثمرين:`: a participle in the accusative after a
    comma says how he spoke (a حال), not who he is; the subject ends before it."""
    first = next((k for k, chunk in enumerate(chunks) if chunk), None)
    if first is None or is_preposition(chunks[first][0], doc.text) \
            or chunks[first][0].norm[:3] in ("بال", "لل", "كال"):
        return chunks  # `وصفت بالعاصفة، مكرسا`: no subject before it to end
    for k in range(first + 1, len(chunks)):
        if chunks[k] and _circumstantial(doc, chunks[k][0]):
            return chunks[:k]
    return chunks


def _circumstantial(doc: Doc, word: Word) -> bool:
    norm = word.norm
    return len(norm) >= 5 and norm[0] == "م" and norm[-1] == "ا" and norm[-2] != "ا" \
        and not doc.names_within(word.start, word.end)


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "هؤلاء"})
MAX_INTRODUCED_WORDS = 6  # `مسؤول كبير في حكومة كوسوفو`


def _introduced_as(doc: Doc, noun: Word, verb: Verb) -> Speaker | None:
    """`نقلت رويترز عن هذا المسؤول` after `وهذا ما أكده مسؤول كبير في حكومة كوسوفو`: the
    description the noun was introduced with (its word without ال, the nearest before), as
    written up to a comma, a relative pronoun or a verb of speech; None if none."""
    norms = doc.words.norms
    bare = noun.norm[2:] if noun.norm[:2] == "ال" else ""
    if bare not in _INTRODUCED_HEADS:  # a person or a source (not `هذه المعلومات`)
        return None
    k = doc.words.first_at(verb.start)
    at = next((j for j in range(k - 1, -1, -1) if norms[j] == bare), None)
    if at is None:
        return None
    taken = [doc.words[at]]
    for j in range(at + 1, min(at + MAX_INTRODUCED_WORDS, len(norms))):
        word = doc.words[j]
        if norms[j] in _INTRODUCTION_STOPS or any(
                mark in doc.text[taken[-1].end : word.start] for mark in "،,.:\"«"):
            break
        taken.append(word)
    return Speaker(doc.text[taken[0].start : taken[-1].end], None, "DESC", taken[0].start)


_INTRODUCED_HEADS = ANONYMOUS_HEADS | INDEFINITE_ANONYMOUS_HEADS | TITLE_WORDS | ROLE_WORDS
_INTRODUCTION_STOPS = frozenset({"الذي", "التي", "الذين", "ان", "قال", "قوله", "عن", "و"}) \
    | LEADING_DAYS


def _title_like(doc: Doc, word: str) -> bool:
    """A single letter (`م`, `د`) or an ال-word that is no part of a tagged name."""
    norm = doc.normalize(word).strip(".")
    return len(norm) <= 1 or (has_article(norm) and norm not in doc.mention_words())


def _by_opening_word(doc: Doc, verb: Verb, words: list[Word]) -> Speaker | None:
    """A subject known by its first words: `هذا المسؤول` (the official described before), an
    honorific (`سموه`), a spokesman, a joint statement, `مسؤول آخر`."""
    if words[0].norm in _DEMONSTRATIVES and len(words) > 1:
        introduced = _introduced_as(doc, words[1], verb)
        if introduced is not None:  # `هذا المسؤول`: the official described before
            return introduced
    if words[0].norm in HONORIFICS:  # `وقال سموه`
        holder = honoured(doc, verb, HONORIFICS[words[0].norm])
        if holder is not None:
            return from_mention(doc, holder)
    spokesman = spokesman_speaker(doc, words, verb)
    if spokesman is not None:
        return spokesman
    if words[0].norm in ("بيان", "البيان") and (joint := joint_issuers(doc, words[0].start)):
        return joint  # `وقال البيان المشترك لماي والرئيس الفرنسي إيمانويل ماكرون …`
    if len(words) > 1 and words[1].norm in OTHER and _someone_else(doc, words[0]):
        return _another(doc, verb, words)
    return None


def _subject_mention(doc: Doc, words: list[Word],
                     region: tuple[int, int]) -> tuple[Mention | None, bool, bool]:
    """The tagged mention that names the subject, whether it was found past a title tagged as
    a person, and whether the words are a source's knowledge of it (then no mention)."""
    mention = from_mentions(doc.mentions, doc.mention_starts, region[0], region[1], words[0],
                            doc.text)
    if mention is not None and (
        no_speaker(doc, mention, words)
        # `عدد من أعضاء مجلس الشورى`: the group spoke, not the council it belongs to
        or (
            words[0].norm in QUANTIFIERS
            and mention.start > words[0].start
            and mention.type != "PERS"  # `كل من درويش سالم وناجي صالح`: the people
        )
    ):
        mention = None
    # a title alone tagged as a person: the name after it, not a name the tagger missed
    named_after = past_title(doc, mention, region[1]) if mention is not None else None
    past_a_title = named_after is not mention
    mention = named_after
    unnamed = mention is not None and _what_the_source_knows(words, mention)
    if unnamed:
        mention = None  # `مصدر مطلع على المفاوضات مع شركة أرامكو`: not Aramco
    return mention, past_a_title, unnamed


def _role_of_a_team(words: list[Word], name_start: int) -> int:
    """`الظهير الأيمن لمنتخب بيرو`, `المدرب الجديد لمنتخب إسبانيا`: a role, then with ل the
    team or body it serves; the name read is that team's, not the speaker's. The index of the
    ل-word (0: not such a phrase)."""
    head = words[0].norm
    if not has_article(head) or (head[2:] not in ROLE_WORDS and head not in TITLE_WORDS
                                 and head[2:] not in TITLE_WORDS):
        return 0
    at = next((k for k, w in enumerate(words) if w.start >= name_start), 0)
    return at - 1 if at >= 2 and words[at - 1].norm[:1] == "ل" and len(words[at - 1].norm) > 3 \
        else 0
