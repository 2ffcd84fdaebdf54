"""Who speaks: the Speaker and Word records, the speaker among the entity mentions after a
reporting verb (from_mentions), and the word tests a speaker is read by: where a name starts
and runs (`بن عوف`, `سي إن إن`), an article, a preposition, an unnamed source or group
(`مصدر`, `دبلوماسيون`). A speaker read from the words alone is quotes_untagged's."""

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
)
from siyaq.analyze.quotes_lexicon import HARD_STOPS, SOFT_STOPS
from siyaq.analyze.quotes_platforms import said_on_or_to
from siyaq.analyze.quotes_spans import AMBIGUOUS_MARKS, CLOSING_ONLY, PRIME_CLOSING
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
        # and with ال, which no pronoun ending can be (`عن الباحثة فاليري ستول قولها`)
        "الباحثه", "الخبيره", "المحلله", "الطبيبه", "المحاميه",
        # a professor (`البروفيسور دانيوس`)
        "البروفيسور", "البروفسور", "بروفيسور", "البروفيسوره",
        # `وقال الوزير إن`: the minister named before with that title
        "الوزير", "الوزيره",
        # a lawmaker (`قال مشرع إيطالي كبير إن`, `وقال سناتور جمهوري`)
        "مشرع", "سناتور",
        # clergy (`القمص عبد المسيح بسيط`, `الحاخام`, `المطران`)
        "القمص", "القس", "الانبا", "المطران", "الحاخام", "الكاردينال",
        # foreign ranks (`…، الجنرال كيرتس سكاباروتي،`); only with ال: `جنرال موتورز` is a
        # company
        "الجنرال", "الاميرال", "الادميرال", "الكولونيل", "المارشال", "الماريشال",
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


_CLOSING_MARKS = AMBIGUOUS_MARKS | {CLOSING_ONLY, PRIME_CLOSING}


def _pronoun_ending(word: Word, text: str) -> bool:
    """`زميله`, `وفدا`: an attached pronoun or the accusative ending of an object."""
    written = text[word.start : word.end]
    return len(written) >= 4 and written.endswith(("ه", "ها", "هم", "ا", "اً", "ًا"))


GOVERNED = frozenset({"الي", "علي", "عن"})  # `أشارت النشرة إلى أن`: the verb's preposition


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
