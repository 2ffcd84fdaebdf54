"""Who speaks: the subject after a reporting verb, read from entity mentions when there are
any, else from the words themselves (a name-like phrase, or a description such as
`المبعوث الأمريكي` resolved to the person named before it)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from siyaq.analyze.quotes_heads import (
    ADDRESSEES,
    ANONYMOUS_HEADS,
    CONNECTORS,
    INDEFINITE_ANONYMOUS_HEADS,
    NOT_NAMES,
    ORG_CONSTRUCTS,
    PRONOUN_SUBJECTS,
)
from siyaq.analyze.quotes_lexicon import (
    HARD_STOPS,
    SOFT_STOPS,
    TIME_ADJECTIVES,
    TIME_HEADS,
    WEEKDAY_STOPS,
)
from siyaq.analyze.quotes_platforms import ON_OR_VIA, TOLD, said_on_or_to
from siyaq.analyze.quotes_spans import AMBIGUOUS_MARKS, CLOSING_ONLY
from siyaq.model import Mention

# Construct-state heads of descriptions written without ال (`وزير الخارجية`, `مصدر طبي`), and
# rank words that sit between a title and the name (`الفريق أول ركن عبد الفتاح البرهان`).
TITLE_WORDS = frozenset(
    {
        "حاكم", "محافظ", "وكيل", "مساعد", "مندوب", "مندوبه", "سفيره", "ممثله", "مستشاره",
        "متحدثه", "ناطقه", "نائبه", "منسق", "مفوض", "الحاكم", "المحافظ", "الوكيل", "المندوب",
        "الشاعر", "اللاعب", "المدرب", "الدكتوره", "الناشطه", "الناشط", "وزير", "وزيره", "رئيس",
        "رئيسه", "نائب", "ممثل", "مدير", "مديره", "امين", "سفير", "مصدر", "مصادر", "مسؤول",
        "مسؤوله", "بيان", "حساب", "موقع", "متحدث", "ناطق", "قائد", "زعيم", "عضو", "مستشار",
        "مبعوث", "اول", "ركن", "لواء", "عميد", "العقيد", "شاهد", "مراسل", "وكاله", "صحيفه",
        "الرئيس", "السفير", "الفريق", "الشيخ", "الامير", "الملك", "الدكتور", "المهندس", "الفنان",
        "الفنانه", "الاعلامي", "الكاتب", "المخرج", "اللواء", "العميد", "السيد", "السيده",
        "معالي", "سمو", "صاحب", "فضيله", "سعاده",
        # professions named before a person (`وقال خبير المتفجرات طارق السعيطي`)
        "خبير", "خبيره", "الخبير", "محلل", "المحلل", "استاذ", "الاستاذ", "الاستاذه", "طبيب",
        "الطبيب", "محامي", "المحامي", "باحث", "الباحث", "استشاري", "الاستشاري", "اخصائي",
        "ضابط", "النقيب", "الرائد", "المقدم", "الملازم", "العريف", "امير", "الامين", "مولانا",
        "الملا", "ملا", "الحاج",
        # without ال (`وقال دكتور مازن بليلة`, `العقيد دكتور عاطي القرشي`)
        "دكتور", "دكتوره", "مهندس",
        # feminine forms (`وقالت مفوضة التجارة …، سيسيليا مالمستروم`); not محامية or طبيبة,
        # which normalize to "his lawyer", "his doctor"
        "مفوضه", "منسقه", "مبعوثه", "محلله", "باحثه",
        # `وقال الوزير إن`: the minister named before with that title
        "الوزير", "الوزيره",
        # a lawmaker (`قال مشرع إيطالي كبير إن`, `وقال سناتور جمهوري`)
        "مشرع", "سناتور",
        # clergy (`القمص عبد المسيح بسيط`, `الحاخام`, `المطران`)
        "القمص", "القس", "الانبا", "المطران", "الحاخام", "الكاردينال",
    }
)
# Titles of address the tagger may take into a name (`دكتور مازن`); not titles that are also
# given names (`أمين معلوف`, `أمير`).
ADDRESS_TITLES = frozenset(
    {"دكتور", "دكتوره", "الدكتور", "الدكتوره", "مهندس", "المهندس", "الشيخ", "السيد", "السيده"}
    | {"الاستاذ", "الاستاذه", "النقيب", "الرائد", "المقدم", "العقيد", "العميد", "اللواء"}
)
# Second halves of compound given names (`ولي الله سيف`, `نور الدين زكي`): not a surname.
_NAME_PARTS = frozenset({"الله", "الدين", "الرحمن", "الاسلام"})
# `عدد من المستشارين`, `بعض المسؤولين`: a group, never a name.
QUANTIFIERS = frozenset(
    {
        "عدد", "بعض", "البعض", "كل", "جميع", "معظم", "اغلب", "غالبيه", "كثير", "كثيرون",
        "العديد", "عشرات", "مئات", "الاف", "اكثر",
    }
)
SURNAME_CONNECTORS = frozenset({"بن", "ابن", "بنت", "ال"})
SPEAKER_TYPES = ("PERS", "ORG")
MAX_NAME_TOKENS = 4
AGE_WORDS = frozenset({"البالغ", "البالغه", "العمر", "عمره", "عمرها"})
REPLY_WORDS = frozenset({"ردا", "تعليقا", "تعقيبا"})


@dataclass(slots=True)
class Speaker:
    name: str
    canonical: str | None
    kind: str  # PERS / ORG / LOC (from mentions), NAME / DESC (from the words)
    start: int  # where it was found in the text


@dataclass(slots=True)
class Word:
    start: int
    end: int
    norm: str  # normalized spelling


def from_mentions(
    mentions: list[Mention], starts: list[int], start: int, end: int, first_word: Word | None,
    text: str = "",
) -> Mention | None:
    """The speaker mention in [start, end) of mentions sorted by their `starts`: a person
    first, else an organisation, else a place standing first (`أعلنت الولايات المتحدة`). A
    platform after a preposition is where something was said, not who (`وأعلن المجلس الأوروبي
    على تويتر`); the company itself may speak (`حساب إنستغرام`, `وقالت فيسبوك`)."""
    inside = [mention for mention in mentions[bisect_left(starts, start) : bisect_left(starts, end)]
              if not said_on_or_to(mention, text)]
    for kind in SPEAKER_TYPES:
        for mention in inside:
            if mention.type == kind:
                return mention
    for mention in inside:
        if first_word is not None and mention.start <= first_word.start < mention.end:
            return mention
    return None


_NOT_ARTICLE = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "الف"})


def has_article(word: str) -> bool:
    """Starts with ال, maybe behind a clitic (والمنتج، بالرئيس، للتجمع); not إلى, إلا, الذي."""
    if word in _NOT_ARTICLE:
        return False
    return (
        word.startswith("ال") or word.startswith("لل") or (word[:1] in "وفبك" and word[1:3] == "ال")
    )


_B_PHRASES = frozenset({"باسم", "بشان", "بشؤون", "بملف"})


def _prepositional(word: str, previous: str) -> bool:
    """`لشؤون`, `لعملاق`, `باسم` after a title or an ال-word: a prepositional phrase that
    continues the description, not a name. Short ل-words (`ليزا`, `لقاء`) and ب-words other
    than a few (`بشار`) are names."""
    prepositional = (len(word) >= 5 and word[:1] == "ل") or word in _B_PHRASES
    return prepositional and (has_article(previous) or previous in TITLE_WORDS)


def name_start(word: str) -> bool:
    return word not in QUANTIFIERS and not (
        has_article(word)
        or word in TITLE_WORDS
        or word in SOFT_STOPS
        or word in NOT_NAMES
        or word in ADDRESSEES  # `شقيق الزوج لبي بي سي`: whom he told, no name
        or word in ORG_CONSTRUCTS  # `مدير إدارة الرقابة عبدالعلي المكرمي`: the office, no name
        or word[:1].isdigit()
    )


def name_run(words: list[Word], k: int, text: str = "") -> list[Word]:
    """The name starting at words[k]: at most three parts, a part being a word or a connector
    with its word (`بن عوف`, `عبد الفتاح`); a plain word with ال ends it, a bare surname
    (`بن عوف`) stands alone, and a third part written with a pronoun ending (`زميله`) is
    the verb's object, not the name (so is `وفدا`)."""
    run: list[Word] = []
    parts, i, closed = 0, k, False
    while i < len(words) and parts < 3 and not closed:
        word = words[i].norm
        if word in CONNECTORS and i + 1 < len(words):
            run += words[i : i + 2]
            i, parts = i + 2, parts + 1
            if i - 2 == k and word in SURNAME_CONNECTORS:
                closed = i >= len(words) or words[i].norm not in CONNECTORS
            continue
        if run and (
            is_preposition(words[i], text)
            or _closed_mark_before(words[i - 1], words[i], text)
            or text[words[i].start : words[i].start + 2] in ("لـ", "بـ")  # `طليب لـCNN`
            or word in NOT_NAMES
            or word in TITLE_WORDS
            or (word in HARD_STOPS and not word.startswith("فان")
                and not (word == "ان" and cnn([w.norm for w in words], i)))
        ):
            break
        if parts == 2 and _pronoun_ending(words[i], text):
            break
        run.append(words[i])
        closed = has_article(word) and word not in _NAME_PARTS
        # `إي إس بي إن`, `بي بي سي`: spelled letters make one part, the acronym
        spelled = len(word) <= 2 and i + 1 < len(words) and len(words[i + 1].norm) <= 2
        i, parts = i + 1, parts + (not spelled)
    return run


_E = frozenset({"اي", "ايه"})  # ESPN's E; `أف أس بي إن` is the FSB, then إن


def cnn(norms: Sequence[str], n: int) -> bool:
    """Is word n an `ان` of `سي ان ان` (CNN), `إي إس بي إن` (ESPN), `إن بي سي` (NBC,
    also `إن.بي.سي`) or `إن تي في` (NTV), not the complementizer أن?"""
    # `بي بي سي أن`: أن after BBC; CNN's first ان has its second after it
    if norms[n] == "ان" and norms[n + 1 : n + 3] in (["بي", "سي"], ["تي", "في"]):
        return True  # `أن بي بي سي` (that the BBC) has بي twice
    return norms[n] == "ان" and n > 0 and (
        (n > 2 and norms[n - 1] == "بي" and norms[n - 2] == "اس" and norms[n - 3] in _E) or
        (norms[n - 1] == "سي" and (n < 2 or norms[n - 2] != "بي"
                                   or (n + 1 < len(norms) and norms[n + 1] == "ان")))
        or (n > 1 and norms[n - 1] == "ان" and norms[n - 2] == "سي")
    )


def _closed_mark_before(previous: Word, word: Word, text: str) -> bool:
    """`شبكة "سكاي" الأميركية`: a mark closing right after the previous word ends the name
    it held; the adjective after it describes the outlet, it is no part of its name."""
    mark = text[previous.end : previous.end + 1]
    return bool(mark) and mark in _CLOSING_MARKS


_CLOSING_MARKS = AMBIGUOUS_MARKS | {CLOSING_ONLY}


def _pronoun_ending(word: Word, text: str) -> bool:
    """`زميله`, `وفدا`: an attached pronoun or the accusative ending of an object."""
    written = text[word.start : word.end]
    return len(written) >= 4 and written.endswith(("ه", "ها", "هم", "ا", "اً", "ًا"))


_OF_A_SOURCE = frozenset({"من", "في"})  # `مصادر من الأسرة`, `مصدر في الوزارة`
_NOT_OF_A_NAME = TIME_HEADS | TIME_ADJECTIVES | WEEKDAY_STOPS | {"اليوم", "امس"}


# `منتقدو هذه الخطوة`: a group named by what it criticises keeps the noun after "this"
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين"})


def _construct_this(kept: list[Word]) -> bool:
    """`منتقدو هذه الخطوة`, `أنصار هذا المفهوم`: a head in the construct state with "this" and
    its noun after it; after `دبلوماسيون` (not construct) "this" opens the verb's object."""
    head = kept[0].norm
    return len(kept) > 2 and kept[1].norm in _DEMONSTRATIVES \
        and (head.endswith("و") or head == "انصار")


def _unnamed_source(kept: list[Word]) -> list[Word]:
    """The words naming an unnamed source: `مصدر أمني` (two), `مصادر من أسرة المراهق` (with
    what its preposition governs), `منتقدو هذه الخطوة` (a group in the construct state with
    "this" and its noun), `دبلوماسيون` alone before the "this" that opens the verb's object."""
    if len(kept) > 2 and kept[1].norm in _OF_A_SOURCE:
        return _source_of(kept)
    if _construct_this(kept):
        return kept[:3]
    if kept[1:2] and kept[1].norm in _DEMONSTRATIVES:
        return kept[:1]
    if kept[1:2] and has_article(kept[0].norm) and not has_article(kept[1].norm):
        return kept[:1]  # `وأكد المصدر مواصلة الزحف`: an adjective of المصدر would be definite
    return kept[:2]


def _source_of(kept: list[Word]) -> list[Word]:
    """`مصدر في` and where it is: the preposition's object with the definite words after it
    (`مسؤول في البيت الأبيض`, `مصادر من أسرة المراهق`), not a time (`الخميس`)."""
    end = 3
    while end < min(len(kept), 5) and kept[end].norm[:2] == "ال" \
            and kept[end].norm not in _NOT_OF_A_NAME:
        end += 1
    return kept[:end]


def from_words(chunks: list[list[Word]], text: str) -> Speaker | None:
    """A name at the start of the subject (`جيفري`, `بن عوف`, `صندوق النقد`); else the first
    name after a title (`نائب الرئيس … الفريق أول عوض بن عوف`), never the object of a
    preposition; else the first chunk, as a description."""
    words = [w for chunk in chunks for w in chunk]
    while words and is_preposition(words[0], text):
        words = words[1:]
    if not words or words[0].norm in PRONOUN_SUBJECTS:
        return None
    if is_anonymous(words[0].norm) or words[0].norm in QUANTIFIERS:
        # `مصدر أمني`, `عدد من المستشارين`, not the addressee of `مسؤول لرويترز`
        kept = [words[0]]
        for word in words[1:MAX_NAME_TOKENS]:
            if (len(word.norm) > 4 and word.norm[:1] == "ل") or word.norm in TOLD \
                    or (word.norm in ON_OR_VIA and is_preposition(word, text)):
                break  # `مسؤول لرويترز`: to whom; `مسؤول على فيسبوك`: where
            kept.append(word)
        if words[0].norm == "اكثر":
            kept = kept[:3]  # `أكثر من مصدر`: the count and what it counts
        elif words[0].norm not in QUANTIFIERS:
            # `مصدر أمني`; `مصادر من برشلونة` with what its preposition governs, never
            # `مصادر من` alone
            kept = _unnamed_source(kept)
            if is_preposition(kept[-1], text):  # `يشير الخبراء إلى`: the verb's preposition
                kept = kept[:-1]
        return make_speaker(kept, text, "DESC")
    # `لشؤون سوريا` after a title is a prepositional phrase, unless that leaves no name at
    # all (`الفنانة ليلى حسن`: ليلى is a name that starts with ل).
    found = _first_name(words, text, prepositions=True) or _first_name(words, text, False)
    if found:
        chunk = next((c for c in chunks if found[0] in c), found)
        found = [w for w in found if w in chunk]  # a name never runs past a comma
        return make_speaker(found, text, "NAME")
    first = [w for w in next(c for c in chunks if c) if w in words] or words
    described = _title_and_adjectives(first)
    if len(described) > 1:  # `خبير اقتصادي يعمل لدى الحكومة`: the title and what kind
        return make_speaker(described, text, "DESC")
    return make_speaker(_before_governed(_description_end(first[:MAX_NAME_TOKENS]), text), text,
                        "DESC")


def _title_and_adjectives(words: list[Word]) -> list[Word]:
    """An indefinite title and the adjectives of belonging after it (`قائد عسكري يمني`); not
    a construct (`رئيس بلدية العاصمة`, `مراسل قناتي "العربية"`: a noun, then what it is of)."""
    if len(words) < 2 or not _indefinite_title(words[0].norm) or not _nisba(words[1].norm, 5):
        return []
    end = 2
    while end < len(words) and (_nisba(words[end].norm, 4) or words[end].norm in _TITLE_ADJECTIVES):
        end += 1
    return words[:end] if end == len(words) or not has_article(words[end].norm) else []


def _described(words: list[Word]) -> set[int]:
    """Positions of the adjectives that follow indefinite titles."""
    found: set[int] = set()
    for k, word in enumerate(words):
        if _indefinite_title(word.norm):
            found.update(range(k + 1, k + len(_title_and_adjectives(words[k:]))))
    return found


def _description_end(words: list[Word]) -> list[Word]:
    """The description up to what follows it: an age (`الجراح السابق البالغ 65 عاما`,
    `السائح (47 عاما)`) or what it answered (`ردا على …`)."""
    for k, word in enumerate(words[1:], 1):
        if word.norm[:1].isdigit() or word.norm in AGE_WORDS or word.norm in REPLY_WORDS:
            return words[:k]
    return words


GOVERNED = frozenset({"الي", "علي", "عن"})  # `أشارت النشرة إلى أن`: the verb's preposition


def _before_governed(words: list[Word], text: str) -> list[Word]:
    """A description ends before the preposition its verb governs (`النشرة إلى` → `النشرة`),
    and before the ل of whom it was said to (`المتحدث باسم الحزب لـ«الشرق الأوسط»`)."""
    for k, word in enumerate(words[1:], start=1):
        if (word.norm in GOVERNED and is_preposition(word, text)) or word.norm in TOLD \
                or word.norm in ADDRESSEES:
            return words[:k]
    return words


def told_at(norms: Sequence[str], purposes: frozenset[str] = frozenset()) -> int:
    """The index of the first of a name's normalized words, after the first, that is whom it
    was said to (`كونتي لبي بي سي`), or 0; `purposes`: such words that are no addressee here."""
    return next((k for k in range(1, len(norms)) if norms[k] in ADDRESSEES
                 and norms[k] not in purposes), 0)


def is_anonymous(head: str) -> bool:
    """`مصدر`, `المصادر`, `الخبراء`: an unnamed source, with or without ال; an unnamed group
    by its plural (`مساعدون`, `مستشارون`, `علماء`)."""
    return head in ANONYMOUS_HEADS or head in INDEFINITE_ANONYMOUS_HEADS or (
        head[:2] == "ال" and head[2:] in ANONYMOUS_HEADS) or unnamed_plural(head)


# Names of the participle's pattern, when the tagger missed them.
_NOT_PLURALS = frozenset({"ماكرون", "نابليون"})
_DEFINITE = ("ال", "وال", "فال", "بال", "كال", "لل")  # `والعيون`: the eyes, no one unnamed


def unnamed_plural(word: str) -> bool:
    """An indefinite plural of people: a participle in ون (`مساعدون`, `مقربون`, `محامون`) or a
    nisba in يون (`اقتصاديون`, `دبلوماسيون`, `إسرائيليون`)."""
    if word in _NOT_PLURALS or word.startswith(_DEFINITE) or len(word) < 6 \
            or "تلفزيون" in word or "تليفزيون" in word:
        return False
    return word.endswith("يون") or (word[0] == "م" and word.endswith("ون"))


def _first_name(words: list[Word], text: str, prepositions: bool) -> list[Word]:
    skip_next = False
    described = _described(words)  # `قائد عسكري يمني`: what kind of commander, not his name
    for k, word in enumerate(words):
        if word.norm in ADDRESSEES:
            return []  # `شقيق الزوج لبي بي سي`: whom he told, and no name after it
        if k in described:
            continue
        if k - 1 in described:
            return []  # `خبير اقتصادي يعمل لدى`, `متحدث عسكري، لم يذكر اسمه`: no name follows
        previous = words[k - 1] if k else None
        if previous is not None and (is_preposition(previous, text) or skip_next
                                     or previous.norm[:1].isdigit()):
            skip_next = False
            continue  # a counted word (`البالغ 65 عاما`) is no name either
        if prepositions and previous is not None and _prepositional(word.norm, previous.norm):
            skip_next = True
            continue
        if word.norm == "في":  # `رئيس المستشفى الجمهوري في حجة`: where, not a name
            skip_next = True
            continue
        if not prepositions and len(word.norm) > 4 and word.norm[:1] == "ل":
            continue  # `لرويترز`: to whom it was said, even without a title before it
        if not prepositions and previous is not None and word.norm in _B_PHRASES \
                and (has_article(previous.norm) or previous.norm in TITLE_WORDS):
            skip_next = True  # `المتحدث باسم الحزب`: on whose behalf, not a man called Basem
            continue
        if name_start(word.norm) or (word.norm == "علي" and not is_preposition(word, text)):
            return name_run(words, k, text)
    return []


def _indefinite_title(norm: str) -> bool:
    return norm in TITLE_WORDS and not has_article(norm)


def _nisba(norm: str, least: int) -> bool:
    """An adjective of belonging (`عسكري`, `اتحادي`, `ميدانية`); right after a title, shorter
    ones are as often a first name (`سامي`, `مجدي`)."""
    return len(norm) >= least and norm.endswith(("ي", "يه")) and not has_article(norm)


_TITLE_ADJECTIVES = frozenset({"بارز", "بارزه", "كبير", "كبيره", "سابق", "سابقه", "رفيع", "رفيعه"})


def is_preposition(word: Word, text: str) -> bool:
    """على and the name علي normalize alike: the written ى tells them apart."""
    if word.norm == "علي" and text:
        return text[word.end - 1] == "ى"
    return word.norm in SOFT_STOPS


def make_speaker(words: list[Word], text: str, kind: str) -> Speaker:
    start, end = words[0].start, words[-1].end
    if text.count("(", start, end) > text.count(")", start, end):
        # `وكالة الأنباء الأردنية الرسمية (بترا)`: the bracket closes after the last word
        if text[end : end + 1] == ")":
            end += 1
        else:
            end = start + len(text[start : text.rindex("(", start, end)].rstrip())
    return Speaker(text[start:end], None, kind, start)


