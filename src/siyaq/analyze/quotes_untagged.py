"""A speaker read from the subject's own words, where no tagged mention gives it (from_words):
a name at the subject's start (`جيفري`, `بن عوف`), else the first name after a title (`نائب
الرئيس … الفريق أول عوض بن عوف`), an unnamed source with what it is of (`مصدر أمني`, `مصادر من
أسرة المراهق`, `منتقدو هذه الخطوة`), else a description up to an age, a reply or the verb's
preposition (`خبير اقتصادي يمني`, `النشرة إلى`)."""

from __future__ import annotations

from siyaq.analyze.quotes_heads import ADDRESSEES, PRONOUN_SUBJECTS
from siyaq.analyze.quotes_lexicon import TIME_ADJECTIVES, TIME_HEADS, WEEKDAY_STOPS
from siyaq.analyze.quotes_platforms import ON_OR_VIA, TOLD
from siyaq.analyze.quotes_speakers import (
    GOVERNED,
    MAX_NAME_TOKENS,
    QUANTIFIERS,
    REPLY_WORDS,
    TITLE_WORDS,
    Speaker,
    Word,
    has_article,
    is_anonymous,
    is_preposition,
    make_speaker,
    name_run,
    name_start,
)

AGE_WORDS = frozenset({"البالغ", "البالغه", "العمر", "عمره", "عمرها"})


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


_B_PHRASES = frozenset({"باسم", "بشان", "بشؤون", "بملف"})


def _prepositional(word: str, previous: str) -> bool:
    """`لشؤون`, `لعملاق`, `باسم` after a title or an ال-word: a prepositional phrase that
    continues the description, not a name. Short ل-words (`ليزا`, `لقاء`) and ب-words other
    than a few (`بشار`) are names."""
    prepositional = (len(word) >= 5 and word[:1] == "ل") or word in _B_PHRASES
    return prepositional and (has_article(previous) or previous in TITLE_WORDS)


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


def _before_governed(words: list[Word], text: str) -> list[Word]:
    """A description ends before the preposition its verb governs (`النشرة إلى` → `النشرة`),
    and before the ل of whom it was said to (`المتحدث باسم الحزب لـ«الشرق الأوسط»`)."""
    for k, word in enumerate(words[1:], start=1):
        if (word.norm in GOVERNED and is_preposition(word, text)) or word.norm in TOLD \
                or word.norm in ADDRESSEES:
            return words[:k]
    return words


def _indefinite_title(norm: str) -> bool:
    return norm in TITLE_WORDS and not has_article(norm)


def _nisba(norm: str, least: int) -> bool:
    """An adjective of belonging (`عسكري`, `اتحادي`, `ميدانية`); right after a title, shorter
    ones are as often a first name (`سامي`, `مجدي`)."""
    return len(norm) >= least and norm.endswith(("ي", "يه")) and not has_article(norm)


_TITLE_ADJECTIVES = frozenset({"بارز", "بارزه", "كبير", "كبيره", "سابق", "سابقه", "رفيع", "رفيعه"})


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
    if len(kept) > 2 and kept[1].norm == "غير" and not has_article(kept[2].norm):
        return kept[:3]  # `تقارير غير مؤكدة`, `منظمات غير حكومية`: "not" and its adjective
    return kept[:2]


def _source_of(kept: list[Word]) -> list[Word]:
    """`مصدر في` and where it is: the preposition's object with the definite words after it
    (`مسؤول في البيت الأبيض`, `مصادر من أسرة المراهق`), not a time (`الخميس`)."""
    end = 3
    while end < min(len(kept), 5) and kept[end].norm[:2] == "ال" \
            and kept[end].norm not in _NOT_OF_A_NAME:
        end += 1
    return kept[:end]
