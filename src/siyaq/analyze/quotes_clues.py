"""Clues that a phrase is (or is not) a speaker: a title's holder named further on, an
honour's pronoun (`سموه`), a verse's divine speaker, support for a name read from the words."""

from __future__ import annotations

from collections.abc import Sequence

from siyaq.analyze.quotes_doc import Doc, Verb, Words
from siyaq.analyze.quotes_heads import (
    ADDRESSEES,
    ANONYMOUS_HEADS,
    DIVINE_EPITHETS,
    DIVINE_NAMES,
    EVIDENCE_HEADS,
    ORG_CONSTRUCTS,
    ORG_HEADS,
    OUTLET_HEADS,
    REPORT_HEADS,
    ROLE_WORDS,
    SPOKESPEOPLE,
    STATEMENT_HEADS,
    TIES,
)
from siyaq.analyze.quotes_lexicon import (
    ADDRESSEE_PREPOSITIONS,
    SOFT_STOPS,
    TOLD_HEADS,
    WEEKDAY_HEADS,
)
from siyaq.analyze.quotes_marks import OUTLET_NOUNS
from siyaq.analyze.quotes_spans import (
    AMBIGUOUS_MARKS,
    OPENING_ONLY,
    breaks_sentence,
)
from siyaq.analyze.quotes_speakers import (
    QUANTIFIERS,
    TITLE_WORDS,
    Speaker,
    Word,
    has_article,
    is_anonymous,
    name_start,
)
from siyaq.model import Mention

# `قال الله`, `من قول الله تعالى`, not `داعيا الله`
_SAY_FORMS = frozenset({"قال", "قالت", "يقول", "تقول", "قول", "بقول"})
_SOME_OF = frozenset({"احد", "احدي"})  # `أحد هؤلاء`: one of those just described


def published_in(norms: Sequence[str], i: int) -> bool:
    """`الدراسة التي نُشرت في المجلة`: a relative clause on where a text appeared, no verb of
    speech."""
    return 0 < i < len(norms) - 1 and norms[i - 1] in ("التي", "الذي") \
        and norms[i + 1] in ("في", "علي", "عبر")  # normalized: على is علي


def no_speaker(doc: Doc, mention: Mention, words: list[Word]) -> bool:
    """`بحمد الله` tagged as a person; a one-letter name; `كيل` cut from the title `وكيل`."""
    norm = doc.normalize(mention.text)
    inside_title = any(w.start < mention.start < w.end and w.norm in TITLE_WORDS for w in words)
    return norm in DIVINE_NAMES or len(norm) < 2 or inside_title


def past_title(doc: Doc, mention: Mention, end: int) -> Mention:
    """A title alone tagged as a person (`وكيلة وزارة الخزانة سيغال ماندلكر`, `دكتورة أخيلة`):
    the person named right after it, before `end`, if any."""
    norm = doc.normalize(mention.text)
    # the feminine of a title (not وكيله, his agent), but not أمينة, a given name
    feminine = mention.text.endswith("ة") and norm[:-1] in TITLE_WORDS and norm != "امينه"
    if mention.type != "PERS" or " " in norm or not (norm in TITLE_WORDS or feminine):
        return mention
    later = (m for m in doc.mentions if mention.end < m.start < min(end, mention.end + 40))
    return next((m for m in later if m.type == "PERS"), mention)


def speech_between(doc: Doc, start: int, end: int) -> bool:
    """A sentence end, a quote mark, a colon or an إن/أن between a title and a name: the name
    is in what was said, not the title's holder."""
    gap = doc.text[start:end]
    if any(mark in gap for mark in '.:"«»“”'):
        return True
    first, last = doc.words.first_at(start), doc.words.first_at(end)
    return any(norm in ("ان", "انه", "انها") for norm in doc.words.norms[first:last])


def bare_word(norm: str) -> str:
    """A word without its article or ل, and without a feminine ending (`للرئاسه`, `الرئاسه`
    -> `رئاس`; `محافظة الحديدة` and `محافظ الحديدة` alike)."""
    for prefix in ("لل", "ال", "ل"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            norm = norm[len(prefix) :]
            break
    return norm[:-1] if norm.endswith("ه") and len(norm) > 3 else norm


def scripture(doc: Doc, verb: Verb) -> Speaker | None:
    """`في قوله تعالى`, `قال الله عز وجل`, `ربنا يقول`: a verse, spoken by God."""
    norms, i = doc.words.norms, verb.index
    after = tuple(norms[i + 1 : i + 3])
    said_by_god = after[:1] in DIVINE_EPITHETS or after in DIVINE_EPITHETS
    # `ربنا يقول`, `والله يقول`; not `… محمود عبد الله، وقال` (a man's name ends in الله)
    before = tuple(norms[max(0, i - 2) : i])
    god_before = (
        before[-1:] in (("ربنا",), ("الله",))
        and before[:1] != ("عبد",)
        and norms[i][:1] in "يت"  # `ربنا يقول`, not `… إن شاء الله. وقال الوزير`
        and doc.text[doc.words.end(i - 1) : verb.start].isspace()
    )
    god_after = bool(after) and after[0] in DIVINE_NAMES and verb.form in _SAY_FORMS
    if said_by_god or god_after or (god_before and verb.kind == "verb"):
        return Speaker("الله", None, "NAME", verb.start)
    return None


def vouched(doc: Doc, speaker: Speaker, words: list[Word]) -> bool:
    """Is a name read from the words (not a tagged mention) believable where the tagger ran?
    A definite description (`المصدر`, `وزارة المياه`), a title before it here (`المدير
    التنفيذي وليد دانيل`) or anywhere in the text (`نعت الفنانة لقاء الخميسي`), or a word it
    shares with a tagged name. Otherwise it is usually not a name at all (`أعتقد`, `لشبكات
    التلفزيون`, `متحمسة`), and the verb takes the speaker before it instead."""
    norms = doc.normalize(speaker.name).split()
    if not norms or has_article(norms[0]) or "ال" + norms[0] in ORG_HEADS | OUTLET_HEADS:
        return True  # `المصدر`; `وزارة المياه`, `شركة فيسبوك`: an organisation noun's phrase
    if norms[0] in _SOME_OF or norms[0] in QUANTIFIERS or norms[0] in ANONYMOUS_HEADS:
        return True  # `أحد هؤلاء`, `بعض السكان`: an unnamed source, said as such
    if norms[0] in REPORT_HEADS:
        return True  # `دراسة بريطانية`
    if any(w.norm in TITLE_WORDS for w in words if w.end <= speaker.start):
        return True
    named = doc.mention_words()
    if any(len(n) >= 3 and n in named for n in norms):
        return True
    if norms[0] in OUTLET_NOUNS and (_named_in_marks(doc, speaker)
                                     or any(n in named for n in norms[1:])):
        return True  # `شبكة ان بي سي`: its letters are tagged, each too short alone
    return _titled_or_repeated(doc.words, norms)


def _named_in_marks(doc: Doc, speaker: Speaker) -> bool:
    """`شبكة "سكاي" الأميركية`, `شبكة "بي بي سي"`: a tagged name opens the marks after an
    outlet's noun."""
    noun, _, rest = speaker.name.partition(" ")
    at = speaker.start + len(noun) + 1
    return rest[:1] in _OPENING_MARKS and doc.names_within(at + 1, at + 2)


_OPENING_MARKS = AMBIGUOUS_MARKS | {OPENING_ONLY}


def _titled_or_repeated(words: Words, name: list[str]) -> bool:
    """Does the name stand right after a title word somewhere in the text, or stand there
    twice or more (`بحسب لوند`, then `لوند،` twice)? A stray verb or adjective read as a name
    is seldom written twice."""
    text_norms = words.norms
    size = len(name)
    places = [at for at in words.positions(name[0]) if text_norms[at : at + size] == name]
    return len(places) >= 2 or any(i and text_norms[i - 1] in TITLE_WORDS for i in places)


def name_particle(norms: Sequence[str], n: int, gap: str, inside: bool) -> bool:
    """Is فان (فإن, "so") the particle of a name: inside one (`روبن فان بيرسي`), or right
    after the verb, before a word without ال (`وقال فان غال:`; `وأضاف فإن الحكومة` and
    `وبحسب صحيفة وول ستريت جورنال فإن الشركة` are no names)?"""
    following = next_norm(norms, n)
    particle = norms[n] == "فان" and following[:1].isalpha() and not has_article(following)
    if inside:  # a comma before it ends the name
        return particle and "،" not in gap and "," not in gap
    return particle


def in_title(chunks: list[list[Word]]) -> bool:
    """`خطيب الجمعة`: the day names the title's office, not when it was said."""
    return bool(chunks[-1]) and chunks[-1][-1].norm in WEEKDAY_HEADS


def next_norm(norms: Sequence[str], n: int) -> str:
    return norms[n + 1] if n + 1 < len(norms) else ""


def maybe_surname(word: str) -> bool:
    """A lone ال-word subject that is no title, organisation, statement or anonymous source."""
    return word.startswith("ال") and not (
        word in TITLE_WORDS or word in ORG_HEADS or word in OUTLET_HEADS or word in SPOKESPEOPLE
        or word in STATEMENT_HEADS or word[2:] in REPORT_HEADS or is_anonymous(word)
    )  # `وذكرت الوثيقة`: a document, not someone's surname


def name_before(doc: Doc, words: list[Word], mention: Mention) -> bool:
    """`ونشرت لقاء الخميسي صورة للفنان سمير غانم`: when the words right after the verb look
    like a name the tagger missed, they are the subject, not a person named later. A role
    that is also a given name (`نجم الكرة كريستيانو رونالدو`: "star") names the person after
    it; not a club after it (`مدرب توتنهام` stays the description, not Tottenham); nor a
    role of the organisation tagged right after it (`مؤسس "فيسبوك" ومديره التنفيذي مارك
    زوكربرغ`)."""
    if mention.start <= words[0].start or not name_start(words[0].norm) \
            or words[0].norm in TIES:  # `زميله لاعب الوسط رودريغو بنتانكور`
        return False
    role = words[0].norm not in ORG_CONSTRUCTS and not any(  # `نادي رايو فاليكانو`: a club
        m.start < words[0].end and words[0].start < m.end for m in doc.mentions)
    if role and mention.type == "PERS" and len(words) > 1 and any(
        m.type in ("ORG", "MISC") and words[1].start <= m.start < words[1].end + 1
        for m in doc.mentions
    ):
        return False
    # `مدرب وليامز` (Williams's coach): a person right after the role is whose role it is
    return not (words[0].norm in ROLE_WORDS and mention.type == "PERS"
                and len(words) > 1 and mention.start > words[1].start)


_AFFILIATION = frozenset({"في", "لدي"})
MAX_AFFILIATION_WORDS = 3  # words from في to the organisation's name


def affiliation(doc: Doc, end: int) -> int:
    """`المحللون في بنك الاستثمار كابيتال`: where a group's organisation, named right after
    في/لدى, ends; `end` itself when none follows."""
    words = doc.words
    n = words.first_at(end)
    if n >= len(words) or words.norms[n] not in _AFFILIATION:
        return end
    if doc.text[words.end(n - 1) if n else 0 : words.start(n)].strip():
        return end  # punctuation before في: another clause
    limit = words.start(min(n + 1 + MAX_AFFILIATION_WORDS, len(words) - 1))
    for mention in doc.mentions:
        if words.end(n) < mention.start <= limit and mention.type == "ORG":
            told = _told_at(words, mention)  # `مسؤولون في الشرطة الهندية لبي بي سي`: whom
            if told is not None:  # they told ends the organisation
                return words.end(told - 1) if told - 1 > n else end
            stop = mention.end
            while stop < len(doc.text) and doc.text[stop] not in " \t\n.،,":
                stop += 1  # `مورننج-ستار`: the whole written name
            return stop
    return end


def _told_at(words: Words, mention: Mention) -> int | None:
    """The index of the word opening whom it was told when the mention is an outlet after ل
    (`لبي بي سي`, `لـ"العربية.نت"`), else None (`المجاورة للمكسيك`: no outlet)."""
    k = words.first_at(mention.start)
    if k >= len(words) or words.start(k) > mention.start:
        k -= 1  # the ل glued to the name: the word holding its start
    if words.norms[k] in ADDRESSEES:
        return k
    return k - 1 if k and words.norms[k - 1] in ADDRESSEE_PREPOSITIONS else None


def addressee_first(doc: Doc, word: Word) -> bool:
    """Does a subject phrase open with whom it was said to (`لشبكة سي ان ان`)?"""
    norm = word.norm
    # `لـCNN`: ل before a name in Latin letters is always "to"
    return norm.rstrip("0123456789") in ADDRESSEES or (norm[:1] == "ل" and (
        (norm[1:2].isascii() and norm[1:2].isalpha()) or _told_by_name(doc, norm[1:])))


def _told_by_name(doc: Doc, name: str) -> bool:
    """`ويقول لكون-بينديت:`: ل before a name the text also writes without it (`يصر
    كون-بينديت`) is whom he spoke to; a name that begins with ل (`ليلى`) has no such twin."""
    return len(name) >= 3 and bool(doc.words.positions(name)) and (
        name in doc.mention_words() or "ل" + name in doc.mention_words())


def told_object(doc: Doc, n: int) -> bool:
    """Does word n open the object of `أبلغ` (the one told: `الصحفيين`, `وسائل الإعلام`, an
    organisation the tagger names), right after a speaker phrase that is complete: a definite
    word, a nisba adjective (`مسؤول أمريكي`) or the end of a name? After a word in construct
    state the same word belongs to the speaker (`رئيس وكالة الطاقة`)."""
    words = doc.words
    start, before_end = words.start(n), words.end(n - 1)
    if words.norms[n] not in TOLD_HEADS and not any(
            m.start == start and m.type == "ORG" for m in doc.mentions):
        return False
    before = words.norms[n - 1]
    if before in SOFT_STOPS:  # `السفيرة لدى الأمم المتحدة`: the speaker's own phrase
        return False
    return before.startswith("ال") or before.endswith(("ي", "يه", "يين")) or any(
        m.end == before_end for m in doc.mentions)


_AS_BEING = frozenset({"بانه", "بانها", "بانهم", "بانهما", "بان"})
MAX_DESCRIBER_WORDS = 4  # `وصفتها مصادر ميدانية بأنها`: words from the verb to its بأن


# Before the noun `وصفه` (his describing): `بعد يوم من وصفه الغارة بأنها`, `في وصفه`.
_BEFORE_THE_NOUN = frozenset({"من", "عن", "في", "بعد", "قبل", "على", "الي", "حد", "خلال"})


def described_as(doc: Doc, i: int) -> bool:
    """`وصفته الشرطة بأنه "…"`: a بأن follows within a few words, in the same sentence, and the
    word is no noun (`من وصفه الغارة بأنها`, `وصفه لتسميم سكريبال بأنه`: his describing)."""
    words = doc.words
    if i and words.norms[i - 1] in _BEFORE_THE_NOUN:
        return False
    if i + 1 < len(words) and words.norms[i + 1][:1] == "ل":
        return False
    for n in range(i + 1, min(i + 1 + MAX_DESCRIBER_WORDS + 1, len(words))):
        if breaks_sentence(doc.text, words.end(n - 1), words.start(n)):
            return False
        if words.norms[n] in _AS_BEING:
            return True
    return False


def evidence_subject(chunks: list[list[Word]]) -> bool:
    """Is the subject evidence alone (`وأشارت تقديرات إلى أن`, `تشير الأرقام`)? It speaks for
    no one, and the verb takes no earlier speaker either. (Whose it is, when said, is read as
    before: `تشير أرقام المنظمة`.)"""
    said = [chunk for chunk in chunks if chunk]
    if len(said) != 1 or len(said[0]) != 1:
        return False
    first = said[0][0].norm
    first = first[1:] if first[:1] == "و" else first
    return first in EVIDENCE_HEADS or (first[:2] == "ال" and first[2:] in EVIDENCE_HEADS)
