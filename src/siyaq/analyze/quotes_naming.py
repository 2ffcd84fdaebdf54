"""Naming the speaker of a reporting verb from the words of its subject phrase: a tagged
mention there, the holder of a title or an honorific named elsewhere, an organisation, a
description (quotes_descriptions), or a name read from the words that the text vouches for.
A base of SubjectReader (quotes_subjects), which reads the phrase."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_antecedents import expand_head
from siyaq.analyze.quotes_clauses import untitled
from siyaq.analyze.quotes_clues import (
    addressee_first,
    affiliation,
    bare_word,
    honoured,
    name_before,
    no_speaker,
    office_holder,
    only_titles,
    past_title,
    spokesperson,
    title_holder,
    vouched,
)
from siyaq.analyze.quotes_descriptions import DescriptionReader, from_mention, joint_issuers
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_lexicon import (
    ADDRESSEES,
    ANONYMOUS_HEADS,
    COMPLEMENTIZERS,
    HARD_STOPS,
    HONORIFICS,
    HONOUR_TITLES,
    INDEFINITE_ANONYMOUS_HEADS,
    KIN_HEADS,
    LEADING_DAYS,
    ORG_CONSTRUCTS,
    ORG_HEADS,
    PRONOUN_PREPOSITIONS,
    REPORT_HEADS,
    ROLE_WORDS,
    SOFT_STOPS,
    STATEMENT_HEADS,
)
from siyaq.analyze.quotes_roles import BARE_SPOKESMEN, named_spokesman
from siyaq.analyze.quotes_speakers import (
    QUANTIFIERS,
    REPLY_WORDS,
    TITLE_WORDS,
    Speaker,
    Word,
    from_mentions,
    from_words,
    full_name,
    has_article,
    is_anonymous,
    is_preposition,
    known_fullest,
    make_speaker,
    name_run,
    name_start,
    said_on_or_to,
)
from siyaq.model import Mention

# `الذي نشر المذكرة`, `ووصف التقرير بأنه`: the report is what was published or described.
_REPORT_AS_OBJECT = frozenset({"نشر", "نشرت", "كتب", "كتبت", "وصف", "وصفت", "يصف", "تصف"})
MAX_ORG_WORDS = 5
# Title words that head a body or a text, not a person (`صحيفة نيويورك تايمز`, `بيان الخارجية`)
_NOT_A_PERSON = frozenset({"بيان", "حساب", "صحيفه", "مصادر", "مصدر", "موقع", "وكاله", "اول",
                           "ركن"})  # `مكتب مفوض شرطة مقاطعة أوزوكي`


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
        if words[0].norm in _DEMONSTRATIVES and len(words) > 1:
            introduced = _introduced_as(doc, words[1], verb)
            if introduced is not None:  # `هذا المسؤول`: the official described before
                return introduced
        if words[0].norm in HONORIFICS:  # `وقال سموه`
            holder = honoured(doc, verb, HONORIFICS[words[0].norm])
            if holder is not None:
                return from_mention(doc, holder)
        spokesman = _spokesman(doc, words, verb)
        if spokesman is not None:
            return spokesman
        if words[0].norm in ("بيان", "البيان") and (joint := joint_issuers(doc, words[0].start)):
            return joint  # `وقال البيان المشترك لماي والرئيس الفرنسي إيمانويل ماكرون …`
        if len(words) > 1 and words[1].norm in OTHER and _someone_else(doc, words[0]):
            return _another(doc, verb, words)
        if words[0].norm[:2] == "ال" and words[0].norm[2:] in REPORT_HEADS:
            if verb.form in _REPORT_AS_OBJECT:
                return None  # `الذي نشر المذكرة`: what was published, not who spoke
            # `دعا التقرير إيران إلى`: the report speaks; a name after it is its object
            report = Speaker(doc.text[words[0].start : words[0].end], None, "DESC", words[0].start)
            return self._describe(doc, verb, report, chunks)
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
        # `عالم النيازك في وكالة "ناسا"، بيل كوك،`: a person between commas after the words
        # before him is their holder, whatever those words look like
        # (not after a named subject: `ووصفت إيران رئيس الوزراء، بنيامين نتنياهو، بأنه`; not
        # after whose kin spoke: `عائلة الصحفية، ماري كولفن،`)
        apposed = mention is not None and mention.type == "PERS" and any(
            chunk and chunk[-1].end == mention.end and chunk[0].start <= mention.start
            and all(w.norm in TITLE_WORDS for w in chunk if w.end <= mention.start)
            for chunk in chunks[1:]) and not any(
            m.start <= words[0].start < m.end for m in doc.mentions
        ) and words[0].norm not in _FAMILY
        before = [w for w in words if mention is not None and w.end <= mention.start]
        # `عائلة الصحفية ماري كولفن`: kin before the name, no name the tagger missed
        kin = mention is not None and mention.type == "PERS" and _kin_of(doc, before, mention)
        if mention is not None and (
            past_a_title or apposed or kin or not name_before(doc, words, mention)
        ):
            after = [w for w in words if w.start >= mention.end]
            whose = (len(before) == 1 and before[0].norm in _WHOSE_TITLES) or kin
            if mention.type == "PERS" and (whose or _business_agent(doc, before, mention)):
                return _whose(doc, words, mention)
            if mention.type != "PERS" and after and before and before[-1].norm in TITLE_WORDS:
                # `مدير مستشفى الأمل إبراهيم سالم`: the organisation belongs to the title
                named = from_words([after], doc.text)
                if named is not None and named.kind == "NAME":
                    name = full_name(named.name, doc.normalize(named.name), doc.names)
                    return Speaker(name, None, "NAME", named.start)
            titled = [k for k, w in enumerate(before) if w.norm in TITLE_WORDS]
            if mention.type != "PERS" and titled and not after:
                # `وأوضح مدير مطار المدينة`: the man named earlier as `مدير مطار المدينة X`
                inside = [w for w in words if mention.start <= w.start < mention.end]
                first_title = titled[-1]
                if first_title and before[first_title - 1].norm in _DEPUTIES:
                    first_title -= 1  # `نائبة رئيس "آي آر آي بي"`: the deputy, not the head
                office = before[first_title:] + inside
                holder = office_holder(doc, office, verb.start)
                if holder is not None:
                    return from_mention(doc, holder)
                if office[0].norm not in _NOT_A_PERSON:
                    return _office_holder(doc, verb, office)
            return from_mention(doc, _surname_left_out(doc, mention, chunks))
        if mention is not None and mention.type in ("ORG", "MISC") and len(words) > 1 \
                and words[0].norm in ROLE_WORDS and mention.start == words[1].start:
            # `وقال مدرب مانشستر يونايتد`: the coach named earlier, by that office or that role
            office = [w for w in words if w.end <= mention.end]
            holder = office_holder(doc, office, verb.start) or _sole_holder(
                doc, words[0].norm, verb.start)
            if holder is not None and not _continues_a_body(doc, holder):
                return from_mention(doc, holder)
        if mention is None and words[0].norm in BARE_SPOKESMEN and verb.kind == "verb" \
                and (holder := named_spokesman(doc, words[0].norm, verb.start)) is not None:
            return from_mention(doc, holder)  # `وقال المتحدث إن`: the spokesman named before
        if mention is None and words[0].norm in _JUDGES and verb.kind == "verb":
            # `وأضاف القاضي`: the judge the text named right after the word (`القاضي مارك
            # لوكرافت`, `القاضي، غوردن ويذرويل،`); not a name a few words on (the defendant)
            holder = office_holder(doc, first[:1], verb.start)
            if holder is not None:
                return from_mention(doc, holder)
        if mention is None and words[0].norm in TITLE_WORDS and verb.kind == "verb" \
                and not unnamed and not (verb.stop in ADDRESSEES and is_anonymous(words[0].norm)):
            # (a source's ل names whom it told, `وكشف مصدر لموقع العربية … Al Arabiya English
            # أن`, not a title's body, `مديرة العلاقات العامة لشبكة فيسبوك، ريبيكا ستمسون،`)
            holder = title_holder(doc, verb) or office_holder(doc, first, verb.start) \
                or _apposed_after(doc, verb)
            if holder is not None:
                return from_mention(doc, holder)
        if mention is None and (office := _office_of_place(doc, words)):
            return _office_holder(doc, verb, office)
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


# Kin named by whose kin they are (`عائلة الصحفية`); not `ابنته، ميغان` (his daughter, named)
_FAMILY = frozenset({"عائله", "اسره", "اقارب", "ذوي", "والد", "شقيق", "زوج", "نجل"})
SPOKESMAN = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه"})  # unnamed: no ال
_OFFICIAL = frozenset({"رسمي", "رسميه", "الرسمي", "الرسميه"})
MAX_PRINCIPAL_WORDS = 6  # `متحدث باسم وزارة الخارجية الأمريكية`
_STOPS = HARD_STOPS | SOFT_STOPS | REPLY_WORDS | {"لا", "ان", "انه", "انها", "قوله"}


# `محامي أرنو`, `مستشار ترامب`: an indefinite title before a person names whose it is
_WHOSE_TITLES = frozenset({"محامي", "مستشار", "مستشاره", "مساعد", "مساعده", "نائب", "نائبه",
                           "مدرب", "مدربه", "وكيل", "ممثل", "مبعوث", "مبعوثه", "طبيب", "حارس"})


# Kin before a name (`والد أوزيل`, `والدة نيكي فيرستابن`, `زوجة المتوفي محمد عبد التواب`):
# whose father or wife spoke, not that person; not `أم`, `أبو`, `ابن`, which open names
# (`أم ثائر`, `ابن هندي`), nor `جدة` (Jeddah).
_KIN = frozenset({
    "والد", "والده", "شقيق", "شقيقه", "زوج", "زوجه", "نجل", "نجله", "ابنه", "ابنته",
    "عائله", "اسره", "ارمله", "حفيد", "حفيده", "خال", "خاله", "عم", "عمه", "طليق", "طليقه",
})
# the judge, with ال: the one the text named
_JUDGES = frozenset({"القاضي", "القاضيه"})
_DEPUTIES = frozenset({"نائب", "نائبه", "مساعد", "مساعده", "وكيل", "وكيله"})
# `وكيل أعمال توريه`, `مديرة أعمال ممثلة الأفلام ستورمي دانييلز`: whose agent or manager
_AGENTS = frozenset({"وكيل", "وكيله", "مدير", "مديره"})


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


def _business_agent(doc: Doc, before: list[Word], mention: Mention) -> bool:
    """Not `وكيل أعمال اللاعب، رامي عباس`: a comma sets the agent's own name apart."""
    return len(before) >= 2 and before[0].norm in _AGENTS and before[1].norm == "اعمال" \
        and "،" not in doc.text[before[0].end : mention.start]


MAX_ROLE_TO_NAME = 3  # `المدرب البرتغالي جوزيه مورينيو`: words from the role to the name


def _sole_holder(doc: Doc, role: str, before: int) -> Mention | None:
    """The one person the text introduced with this role (`مدرب`, `المدرب`) before offset
    `before`; none when it introduced two (a match report's two coaches)."""
    found: dict[str, Mention] = {}
    for mention in doc.mentions:
        if mention.start >= before:
            break
        if mention.type != "PERS" or _continues_a_body(doc, mention):
            continue
        k = doc.words.first_at(mention.start)
        near = doc.words.norms[max(0, k - MAX_ROLE_TO_NAME) : k]
        if any(w in (role, "ال" + role, "و" + role, "وال" + role) for w in near):
            found[mention.canonical or mention.text] = mention
    return next(iter(found.values())) if len(found) == 1 else None


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


def _continues_a_body(doc: Doc, person: Mention) -> bool:
    """`مدرب توتنهام هوتسبير`: a one-word "person" right after an organisation's name is the
    rest of it (`مدرب ليفربول يورغن كلوب` names the coach)."""
    k = bisect_left(doc.mention_starts, person.start)
    return k > 0 and " " not in person.text.strip() \
        and doc.mentions[k - 1].type in ("ORG", "MISC") \
        and not doc.text[doc.mentions[k - 1].end : person.start].strip()


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


def _kin_of(doc: Doc, before: list[Word], person: Mention) -> bool:
    """`والدة نيكي فيرستابن`, `زوجة المتوفي محمد عبد التواب`: the person is whose kin spoke.
    Not after a comma (`شقيق ولي العهد، خالد بن سلمان`: his own name), nor after a kin word
    with a pronoun (`نجله طارق`, `ابنته ميغان`: his son, Tariq), written with ه, not ة."""
    if not before or before[0].norm not in _KIN:
        return False
    written = doc.text[before[0].start : before[0].end]
    between = doc.text[before[0].end : person.start]
    return not written.endswith("ه") and "،" not in between and "," not in between


def _whose(doc: Doc, words: list[Word], whose: Mention) -> Speaker:
    """`وقال محامي أرنو، يورن هورتيغ،`: the person named after whose lawyer he is, else the
    tie as written (`محامي رونالدو`), not the person it ties him to."""
    own = next((m for m in doc.mentions if m.type == "PERS" and whose.end <= m.start
                and m.start < words[-1].end), None)
    if own is not None and doc.text[whose.end : own.start].strip() in ("و", ""):
        own = None  # `حفيدة فريد شوقي وهدى سلطان`: the second of whom she is kin, not her
    if own is not None:
        return from_mention(doc, own)
    return Speaker(doc.text[words[0].start : whose.end], None, "DESC", words[0].start)


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


def _office_of_place(doc: Doc, words: list[Word]) -> list[Word]:
    """`أمير قطر`, `رئيس وزراء باكستان`, `مندوب فرنسا`: an indefinite title whose office is
    a place's (tagged within its next three words, no person among them): the title's words
    to the place's end; [] otherwise."""
    if len(words) < 2 or not _person_title(words[0].norm) or has_article(words[0].norm):
        return []
    places = [m for m in doc.mentions if words[1].start <= m.start < words[-1].end]
    if not places or places[0].type != "LOC" or any(m.type == "PERS" for m in places) \
            or places[0].start > words[min(3, len(words) - 1)].start:
        return []
    return [w for w in words if w.start < places[0].end]


def _person_title(norm: str) -> bool:
    return norm in TITLE_WORDS and norm not in _NOT_A_PERSON


def _office_holder(doc: Doc, verb: Verb, office: list[Word]) -> Speaker:
    """`رئيس برشلونة`, `وزير خارجية قطر`: the person named before with the same title and
    body (`جوسيب بارتوميو رئيس نادي برشلونة`), else the office as written, not the body."""
    holder = spokesperson(doc, "ال" + office[0].norm.removeprefix("ال"), verb.start,
                          frozenset(bare_word(w.norm) for w in office[1:]), after_first=True)
    if holder is not None:
        return from_mention(doc, holder)
    return Speaker(doc.text[office[0].start : office[-1].end], None, "DESC", office[0].start)


def _spokesman(doc: Doc, words: list[Word], verb: Verb) -> Speaker | None:
    """`قال متحدث باسم الشرطة إن`: an unnamed spokesman spoke, not the one he speaks for (the
    description is the speaker, as the labelled news write it: `ناطق باسم الحملة`); a person
    named right after whom he speaks for is the spokesman himself (`متحدث باسم الشرطة الوطنية،
    سيتيو واسيستو`). The definite `المتحدث الرسمي لشرطة منطقة الرياض` is read alike, unless
    the phrase or an earlier sentence names him (`… سامي الحداد المتحدث الرسمي لشرطة …`)."""
    principal_at = _principal_at(doc, words)
    if principal_at is None:
        return None
    stop = _principal_stop(doc, words, principal_at)
    if words[0].norm[:2] == "ال":  # the one spokesman: maybe named here or before
        phrase = doc.text[words[0].start : words[-1].end]
        if "،" in phrase or "," in phrase or _named_before_speech(doc, words, verb):
            return None  # his name after a comma, a title or a place (`… في اليمن تركي المالكي`)
        keys = frozenset(bare_word(w.norm) for w in words[principal_at:stop])
        holder = office_holder(doc, words, verb.start) or spokesperson(
            doc, words[0].norm, verb.start, keys)
        if holder is not None:
            return from_mention(doc, holder)
    # ... or to the end of the first name after باسم when it begins before the stop
    principal = words[stop - 1].end
    after = _principal_names(doc, words, principal_at)
    if after and after[0].start < principal:
        principal = after[0].end
    # his own name right after it (`متحدث باسم الشرطة، سامي الحداد:`), not a name further on
    # (`متحدث باسم آبي لويل، محامي كوشنر،`: Kushner's lawyer's spokesman), nor whom he told
    k = bisect_left(doc.mention_starts, principal)
    named = doc.mentions[k] if k < len(doc.mentions) else None
    if named is not None and named.type == "PERS" \
            and not doc.text[principal : named.start].strip(" ,،") \
            and not any(w.start == named.start and addressee_first(doc, w) for w in words) \
            and not said_on_or_to(named, doc.text):  # `لبي بي سي عربي` tagged a person
        return from_mention(doc, named)
    text = doc.text[words[0].start : max(principal, words[principal_at].end)]
    return Speaker(text.split("،")[0].rstrip(" ,"), None, "DESC", words[0].start)


def _principal_names(doc: Doc, words: list[Word], principal_at: int) -> list[Mention]:
    return [m for m in doc.mentions if words[principal_at].start <= m.start
            and m.end <= words[-1].end and not m.in_title]


def _principal_stop(doc: Doc, words: list[Word], principal_at: int) -> int:
    """Where whom he speaks for ends: a few words, up to a stop word, a comma or whom he
    spoke to (`لرويترز`)."""
    named_at = {m.start for m in _principal_names(doc, words, principal_at)}  # `شركة لوريال`
    cap = min(len(words), principal_at + MAX_PRINCIPAL_WORDS - 2)
    return next((k for k in range(principal_at + 1, cap) if words[k].norm in _STOPS or (
        words[k].norm[:1] == "ل" and len(words[k].norm) > 3 and words[k].start not in named_at)
        or addressee_first(doc, words[k])
        or any(mark in doc.text[words[k - 1].end : words[k].start] for mark in "،,")), cap)


def _named_before_speech(doc: Doc, words: list[Word], verb: Verb) -> bool:
    """Is a person tagged between the subject's first word and where the speech opens (its
    colon, or an إن/أن after an adjunct; else the subject's end)?"""
    end = words[-1].end
    if verb.colon is not None:
        end = max(end, verb.colon)
    elif verb.clause is not None:
        end = max(end, doc.words.start(verb.clause))
    return any(
        m.type == "PERS" and words[0].start <= m.start < end and not _after_object_pronoun(doc, m)
        for m in doc.mentions
    )


MAX_APPOSED_GAP = 10  # words from a title's end to its holder's name between commas


def _apposed_after(doc: Doc, verb: Verb) -> Mention | None:
    """`وقال قائد قوات التحالف في الساحل الغربي لليمن، العميد الركن عبد السلام الشحي، إن`:
    the person named between commas after the title's place, before the speech opens."""
    opens = doc.words.start(verb.clause) if verb.clause is not None else verb.colon
    if opens is None:
        return None
    k = bisect_left(doc.mention_starts, verb.region_end)
    for mention in doc.mentions[k:]:
        if mention.start >= opens:
            return None
        if mention.type != "PERS":
            continue
        gap = doc.text[verb.region_end : mention.start]
        comma = max(gap.rfind("،"), gap.rfind(","))
        if comma < 0 or len(gap.split()) > MAX_APPOSED_GAP \
                or not only_titles(doc, gap[comma + 1 :]):
            return None
        return mention
    return None


def _after_object_pronoun(doc: Doc, mention: Mention) -> bool:
    """`شركة عطور تروج لها القطان`: a relative clause's subject, not the spokesman's name."""
    i = doc.words.first_at(mention.start)
    return i > 0 and doc.words.norms[i - 1] in PRONOUN_PREPOSITIONS



def _principal_at(doc: Doc, words: list[Word]) -> int | None:
    """Where whom a spokesman speaks for begins: after `باسم` (`متحدث رسمي باسم الوزارة`), or
    at a word with ل after a definite official one (`المتحدث الرسمي لشرطة الرياض`); None for no
    spokesman."""
    head = words[0].norm if words else ""
    definite = head[:2] == "ال" and head[2:] in SPOKESMAN
    if not (definite or head in SPOKESMAN):
        return None
    k = 2 if len(words) > 1 and words[1].norm in _OFFICIAL else 1
    if k + 1 < len(words) and words[k].norm == "باسم":
        return k + 1
    if definite and k == 2 and k < len(words) and words[k].norm[:1] == "ل" \
            and len(words[k].norm) > 3 and not addressee_first(doc, words[k]):
        return k  # only after `الرسمي`: `المتحدث لفوكس نيوز` is whom he told
    return None


def _surname_left_out(doc: Doc, mention: Mention, chunks: list[list[Word]]) -> Mention:
    """`وقال لورنس وارد، مدير المتحف،` tagged `لورنس`: a one-word person known by no fuller
    name, followed by one more name-like word and then a comma (his title in apposition), is
    named by both. Without the comma the word is as often the verb's object (`أبدى كلوب أمله`)."""
    if mention.type != "PERS" or " " in (mention.canonical or mention.text).strip():
        return mention
    chunk = next((c for c in chunks if c and c[0].start == mention.start), None)
    if chunk is None or len(chunk) != 2 or chunk[0].end != mention.end \
            or not name_start(chunk[1].norm) or chunk[1].norm in doc.mention_words() \
            or not doc.text[chunk[1].end : chunk[1].end + 2].lstrip().startswith(("،", ",")):
        return mention
    return Mention(doc.text[mention.start : chunk[1].end], "PERS", mention.start, chunk[1].end,
                   None)


def _title_like(doc: Doc, word: str) -> bool:
    """A single letter (`م`, `د`) or an ال-word that is no part of a tagged name."""
    norm = doc.normalize(word).strip(".")
    return len(norm) <= 1 or (has_article(norm) and norm not in doc.mention_words())
