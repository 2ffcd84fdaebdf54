"""Entity keys: one canonical name per entity across the archive, and full names within an article.

canonical_name() is what the store groups mentions by and what search matches on, so it must
be a pure function of (text, type): the same variant always gives the same key.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from siyaq.analyze.ner_text import normalize, translation_table
from siyaq.model import Mention

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LIGHT_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ک": "ك"})
_LIGHT = translation_table(_LIGHT_MAP)  # the same translation, indexed (see there)
_QUOTES = "\"'«»“”‘’()[]"
_QUOTE_SET = frozenset(_QUOTES)

# Very common entities written many ways: display name -> variants (any spelling; matched after
# full normalization). Kept small on purpose: names outside it group by normalized spelling.
_ALIASES: dict[str, tuple[str, ...]] = {
    "داعش": ("تنظيم داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية",
             "الدولة الإسلامية في العراق والشام", "تنظيم الدولة الإسلامية في العراق والشام"),
    "الأمم المتحدة": ("الامم المتحده", "منظمة الأمم المتحدة", "هيئة الأمم المتحدة"),
    "الولايات المتحدة": ("أمريكا", "أميركا", "الولايات المتحدة الأمريكية",
                         "الولايات المتحدة الأميركية", "الولايات الأمريكية المتحدة"),
    "مجلس الأمن": ("مجلس الأمن الدولي", "مجلس الأمن التابع للأمم المتحدة"),
    "هيئة تحرير الشام": ("جبهة النصرة", "النصرة", "جبهة فتح الشام"),
    "حلف شمال الأطلسي": ("الناتو", "ناتو", "حلف الناتو", "حلف الأطلسي", "الحلف الأطلسي"),
    "الاتحاد الأوروبي": ("الاتحاد الأوربي",),
    "السعودية": ("المملكة العربية السعودية", "السعوديه"),
    "الإمارات": ("الإمارات العربية المتحدة", "دولة الإمارات", "دولة الإمارات العربية المتحدة"),
    "مصر": ("جمهورية مصر العربية",),
    "سوريا": ("سورية", "الجمهورية العربية السورية"),
    "بريطانيا": ("المملكة المتحدة", "بريطانيا العظمى"),
    "روسيا": ("روسيا الاتحادية", "الاتحاد الروسي"),
    "إسرائيل": ("دولة إسرائيل",),
    "إيران": ("الجمهورية الإسلامية الإيرانية",),
    "حماس": ("حركة حماس", "حركة المقاومة الإسلامية"),
    "منظمة الصحة العالمية": ("الصحة العالمية",),
    "دونالد ترامب": ("ترامب", "ترمب", "دونالد ترمب", "دونالد جيه ترامب", "دونالد جي ترامب"),
    "فلاديمير بوتين": ("بوتين", "بوتن", "فلاديمير بوتن"),
    "باراك أوباما": ("أوباما", "اوباما"),
    # Stop 21, read off the largest records of the ANT corpus: one entity, two to four records.
    "بنيامين نتنياهو": ("نتنياهو", "نتانياهو", "بنيامين نتانياهو"),
    "القاعدة": ("تنظيم القاعدة",),
    "الحوثيون": ("الحوثيين", "جماعة الحوثي", "جماعة الحوثيين", "ميليشيا الحوثي",
                 "ميليشيات الحوثي", "ميليشيا الحوثيين", "ميليشيات الحوثيين", "أنصار الله",
                 "جماعة أنصار الله"),
    "الاتحاد الدولي لكرة القدم": ("الفيفا", "فيفا"),
    "تشيلسي": ("تشلسي",),
    "بايرن ميونيخ": ("بايرن ميونخ",),
    # Stop 24, read off ANT's names list: a head of state and the UN's secretary-general split
    # by transliteration (`مون جاي إن` also loses its `إن`, read as the particle).
    "مون جاي إن": ("مون جاي", "مون جيه", "مون جي", "مون جيه إن", "مون جي إن"),
    "كيم جونغ أون": ("كيم جونج أون", "كيم يونغ أون"),
    "أنطونيو غوتيريش": ("غوتيريش", "أنطونيو غوتيريس", "غوتيريس", "أنطونيو جوتيريش", "جوتيريش"),
    "باريس سان جيرمان": ("باريس سان جرمان",),
    # Stop 25, read off ANT's names lists down to rank 150: one person or body, two records.
    "أنغيلا ميركل": ("أنجيلا ميركل",),
    "سيرخيو راموس": ("سيرجيو راموس",),
    "أندرو برانسون": ("أندرو برونسون",),
    "هيذر نويرت": ("هيذر ناورت", "هيثر نويرت", "هيثر ناورت"),
    "نيكي هيلي": ("نيكي هايلي",),
    "جيمس ماتيس": ("جيم ماتيس",),
    "شي جين بينغ": ("شي جينبينغ",),
    "مارك زوكربيرغ": ("مارك زوكربرغ", "زوكربيرغ", "زوكربرغ"),
    "فيليب كوتينيو": ("فيليبي كوتينيو",),
    "محمد جواد ظريف": ("جواد ظريف",),
    "حسن نصرالله": ("حسن نصر الله",),
    "نيمار": ("نيمار دا سيلفا", "نيمار جونيور"),
    "علي خامنئي": ("خامنئي",),
    "فيسبوك": ("فيس بوك",),
    "رويترز": ("رويترز للأنباء", "وكالة رويترز"),
    "مكتب التحقيقات الفيدرالي": ("إف بي آي", "مكتب التحقيقات الاتحادي"),
}


_ALIAS_NAMES = frozenset(_ALIASES)  # the display names: the archive's most named entities


def _alias_index() -> dict[str, str]:
    """Fully normalized variant -> display name (built per tagger or per call, not at import)."""
    index: dict[str, str] = {}
    for display, variants in _ALIASES.items():
        for variant in (display, *variants):
            index[normalize(variant)] = display
    return index


def light_normalize(text: str) -> str:
    """Readable normalization for display keys: no marks, one alef, ى→ي, single spaces
    (an underscore or a hash mark is one)."""
    cleaned = _MARKS.sub("", text).translate(_LIGHT).strip(_QUOTES + " \t\n")
    if "_" in cleaned or "#" in cleaned:  # a hashtag's words (#كاظم_الساهر, دونالد #ترمب)
        cleaned = cleaned.replace("_", " ").replace("#", " ")  # are the name's words
    return " ".join(cleaned.split())


def shown_name(name: str, spellings: list[str]) -> str:
    """A canonical name is a key with its alefs folded (`بشار الاسد`); readers expect a page's
    spelling (`بشار الأسد`). The first of `spellings` that is the whole name in another
    spelling, else the name itself: an alias's display name (`داعش` for `تنظيم الدولة`) and a
    name only ever written in part (`الأسد`) stay as they are."""
    return next((text for text in spellings if light_normalize(text) == name), name)


def canonical_name(text: str, type: str, aliases: dict[str, str] | None = None) -> str:
    """The archive-wide key of an entity mention: alias display name, else normalized spelling.

    `type` is accepted for the callers' sake (and future type-specific rules); aliases apply to
    every type because the tagger sometimes calls a country an organisation. Pass `aliases`
    (from alias_index()) when calling in a loop."""
    index = aliases if aliases is not None else _alias_index()
    light = light_normalize(text)
    # Each pattern runs only on the names holding its character (most hold none of them).
    if not _QUOTE_CHARS.isdisjoint(light):
        light = _QUOTE_MARKS.sub("", light)
    if not _INNER_CHARS.isdisjoint(light):
        light = _INNER_MARK.sub(" ", light)
    if "-" in light:  # `كيم جونغ - أون`: a spaced hyphen between two words is a space too
        light = _SPACED_HYPHEN.sub(" ", light)
    light = " ".join(light.split())
    if "عبد " in light:
        light = _ABD_SPACE.sub("عبد", light)
    light = _lineage_key(light)
    return index.get(normalize(light), light)


def _lineage_key(light: str) -> str:
    """A person with a lineage, keyed by the name and the father's: `سلمان بن عبدالعزيز آل سعود`
    and `محمد بن سلمان بن عبدالعزيز` are `سلمان بن عبدالعزيز` and `محمد بن سلمان`, as most
    reports after the first write them (one entity, not two or three)."""
    words = light.split()
    if len(words) > 3 and words[1] in _CHILD_OF and words[3] in _LINEAGE:
        return " ".join(words[:3])
    return light


_CHILD_OF = frozenset({"بن", "ابن", "بنت"})
_LINEAGE = _CHILD_OF | {"ال"}  # then the grandfather, or the family (آل, alef folded)


# `عبد العزيز` and `عبدالعزيز`, `عبد الله` and `عبدالله`: one name written with and without the
# space (Gulf outlets mostly join it, others not); the key is the joined form.
_QUOTE_MARKS = re.compile("[\"«»“”]")  # `منظمة "هيومن رايتس ووتش"`: the marks are no part of it
# `بي.بي.سي` is `بي بي سي`, and `كيم جونغ-أون` is `كيم جونغ أون` (a hyphen between letters)
_INNER_MARK = re.compile(r"(?<=[^\W\d_])[.\-‐](?=[^\W\d_])")
_QUOTE_CHARS = frozenset("\"«»“”")
_INNER_CHARS = frozenset(".-‐")
_ABD_SPACE = re.compile(r"(?<!\S)عبد (?=\S)")
# `كيم جونغ - أون`, `جان - كلود يونكر`, `ميغيل دياز- كانيل`: a hyphen with a space on either
# side, between letters (`اف- 35`, a plane, keeps it).
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_]) ?- ?(?=[^\W\d_])")
# `كيم جونغ-أون`, `جان-إيف لودريان`: in the words a name is joined by, a hyphen between letters
# parts two words, as in its key (canonical_name).
_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])[\-‐](?=[^\W\d_])")


def is_alias_name(key: str) -> bool:
    """Is the key one of the alias table's display names (`دونالد ترامب`)?"""
    return key in _ALIAS_NAMES


def alias_index() -> dict[str, str]:
    return _alias_index()


def join_full_names(mentions: Sequence[Mention]) -> None:
    """Within one article: a mention that is the last word(s) of a longer person's name mentioned
    elsewhere in it (جيفري, الأسد) takes that person's canonical name and type, unless those
    words follow a link word (بن، آل، عبد، أبو: NAME_LINKS); failing that, the family name
    written first of one person's name (SURNAMES_FIRST: `كيم`, of `كيم جونغ أون` and of no
    other name in the article). Words that end two people's names
    (`ترامب` beside `ميلانيا ترامب` and `دونالد ترامب`, rivals) join neither, though they name
    a person: which one is meant is not on the page. A hyphen between letters parts words
    (`كيم جونغ-أون` is a full name), but one word written with a hyphen is no full name:
    `كيم-مون` is a summit of two men, `أحمس-نفرتاري` another queen than `نفرتاري`.

    The plain scan over mentions x people: the tagger runs entities_names.join_full_names (one
    dict lookup per mention), which the tests hold to this one."""
    keys = [_key_words(m.text) for m in mentions]
    pairs = list(zip(mentions, keys, strict=True))
    people = [(m, k) for m, k in pairs
              if m.type == "PERS" and len(k) > 1 and is_name(k) and not one_hyphened_word(m.text)]
    # Body mentions first (a title is often shorthand), then longest names first.
    people.sort(key=lambda pair: (pair[0].in_title, -len(pair[1]), pair[0].start))
    often = full_name_counts(people)
    for mention, words in pairs:
        ends = [(person, full) for person, full in people if ends_with(full, words)]
        heads = [] if ends else [(person, full) for person, full in people
                                 if headed_by(full, words)]
        if ends:
            first, first_full = ends[0]
            shared = False
            for person, full in ends[1:]:
                if rivals(first, first_full, person, full, often):
                    shared = True
                elif introduced_first(first, first_full, person, full, often):
                    first, first_full = person, full
            if not shared:
                mention.canonical = joined_name(mention.canonical, words, first,
                                                [person for person, _ in ends], often)
            mention.type = "PERS"
        elif heads:
            one = one_family(heads, often)
            if one is not None:
                mention.canonical = one.canonical
            mention.type = "PERS"


def joined_name(own: str | None, words: Sequence[str], first: Mention,
                ending: Sequence[Mention], often: Counter[str | None]) -> str | None:
    """The key a short name takes from the first full name it ends (`first`, of all those it
    ends: `ending`), unless its own key already names one of them, or names a person by the
    alias table (`ترامب` is `دونالد ترامب`) and `first` is written in the body once at most:
    such a full name is often a span the tagger ran on (`ماي حضت ترامب`, `كيم مخاطبا ترامب`)."""
    if own is not None and own != first.canonical:
        if any(person.canonical == own for person in ending):
            return own
        if often[first.canonical] < 2 and _names_by_alias(own, words):
            return own
    return first.canonical


def _names_by_alias(own: str, words: Sequence[str]) -> bool:
    """Is `own`, a short name's key, a longer name ending in its words (only the alias table
    makes one: `ترامب` -> `دونالد ترامب`)?"""
    full = _key_words(own)
    return len(full) > len(words) and tuple(full[-len(words) :]) == tuple(words)


def ends_with(full: Sequence[str], words: Sequence[str]) -> bool:
    """Are `words` the last word(s) of the name `full`, not after a link word, and not `الله`
    alone?"""
    return (len(full) > len(words) and full[-len(words) :] == words
            and full[-len(words) - 1] not in NAME_LINKS and tuple(words) != (ALLAH,))


def headed_by(full: Sequence[str], words: Sequence[str]) -> bool:
    """Is `words` a family name written first (SURNAMES_FIRST) of the name `full`?"""
    return len(words) == 1 < len(full) and full[0] == words[0] and words[0] in SURNAMES_FIRST


def one_family(heads: Sequence[tuple[Mention, Sequence[str]]],
               often: Counter[str | None]) -> Mention | None:
    """The person a family name written first stands for among the names it opens: the longest,
    when every other is the start of it (`كيم جونغ` cut from `كيم جونغ أون`); None for two
    people (`كيم جونغ أون` and `كيم يو جونغ`: which one, the page does not say). Beside the
    longer name of a person of the alias table (`كيم جونغ أون`, `مون جاي إن`, `شي جين بينغ`),
    a name of two words that the body writes once at most is no other person: a span the
    tagger cut (`كيم جونج`) or ran on (`كيم قصير`, `كيم سافر`, `كيم ترامب`)."""
    person, full = max(heads, key=lambda pair: len(pair[1]))
    famous = person.canonical in _ALIAS_NAMES
    if all(tuple(full[: len(other)]) == tuple(other)
           or (famous and len(other) == 2 < len(full) and often[name.canonical] < 2)
           for name, other in heads):
        return person
    return None


def full_name_counts(people: Iterable[tuple[Mention, Sequence[str]]]) -> Counter[str | None]:
    """How often the body writes each person's full name."""
    return Counter(person.canonical for person, _ in people if not person.in_title)


def rivals(one: Mention, one_full: Sequence[str], other: Mention, other_full: Sequence[str],
           often: Counter[str | None]) -> bool:
    """Two people an article names in full twice or more each, whose names are not one name
    (`ميلانيا ترامب` and `دونالد ترامب`): a name once (`رجب أردوغان` beside `رجب طيب أردوغان`)
    or a span the tagger ran past a name (`يلتقيان أردوغان`) is no rival."""
    return (not one_name(one_full, other_full)
            and often[one.canonical] >= 2 and often[other.canonical] >= 2)


def introduced_first(longer: Mention, longer_full: Sequence[str], person: Mention,
                     full: Sequence[str], often: Counter[str | None]) -> bool:
    """Of two people a short name may be, each named in full once, the one the article
    introduced first, not the longer name written later: `يايا توريه`, not `بيب طرد توريه`
    (a span the tagger ran over `بيب طرد توريه من برشلونة`) for the later `توريه`. Names
    with the same first word are one person's (`خالد حسين محمد اليماني`, `خالد اليماني`)."""
    return (person.start < longer.start and not person.in_title and not longer.in_title
            and not one_name(longer_full, full) and longer_full[0] != full[0]
            and often[longer.canonical] < 2 and often[person.canonical] < 2)


def one_name(one: Sequence[str], other: Sequence[str]) -> bool:
    """Can two names be one person's: is one the end of the other (`فرانك ريبيري` and
    `المخضرم فرانك ريبيري`, `طيب أردوغان` and `رجب طيب أردوغان`)?"""
    short, long_ = sorted((tuple(one), tuple(other)), key=len)
    return long_[-len(short) :] == short


# Words that tie a name to the next one (normalized): what follows `بن`, `آل`, `عبد`, `أبو` is
# a father, a family, a divine name or a child, not the person. `محمد بن سلمان بن عبدالعزيز`
# is not `سلمان بن عبدالعزيز`, nor `سلمان بن عبدالعزيز آل سعود` a `سعود`.
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ال", "عبد", "ابو", "ابي", "ام", "ولد"})


# The first words of names made with `الله` (`فتح الله غولن`, `نصر الله`, `عطا الله`),
# normalized: a span the tagger began at `الله` takes in the one before it, and `الله` alone is
# no surname (it ends these names, but alone it is God: name_tails, NameWords.surname).
ALLAH = "الله"
ALLAH_COMPOUNDS = frozenset(normalize(word) for word in (
    "عبد", "فتح", "نصر", "فضل", "عطا", "عطاء", "سيف", "خير", "جار", "حمد", "ضيف", "نعمة",
    "رزق", "عوض", "فرج", "جاد", "هبة", "حسب", "حرز", "عون", "حب"))


# Family names written first (Chinese, Korean): `كيم` alone is `كيم جونغ أون`, `شي` is `شي جين
# بينغ`, `مون` is `مون جاي إن`. For these the first word of a full name stands for the person,
# as the last word does for other names. A short list: a first name alone joins nobody.
SURNAMES_FIRST = frozenset({
    "كيم", "مون", "شي", "لي", "وانغ", "تشانغ", "جانغ", "ليو", "تشين", "يانغ", "هوانغ", "تشاو",
    "تشو", "سون", "بارك", "تشوي", "كانغ", "يون", "هان",
})


def is_name(words: Sequence[str]) -> bool:
    """Words that can all be a name's: a span the tagger ran past a dash (`سلمان بن عبدالعزيز آل
    سعود - حفظه الله`) is none, and its last words (`الله`) must not join it."""
    return all(word.isalpha() for word in words)


def _key_words(text: str) -> list[str]:
    return hyphens_parted(normalize(light_normalize(text))).split()


def one_hyphened_word(text: str) -> bool:
    """A name written as one word with a hyphen (`كيم-مون`, `أحمس-نفرتاري`): no full name
    for others to join (join_full_names)."""
    return ("-" in text or "‐" in text) and len(normalize(light_normalize(text)).split()) == 1


def hyphens_parted(normalized: str) -> str:
    """A normalized name with each hyphen between two letters a space (`كيم جونغ-اون` is
    three words, as its key `كيم جونغ اون` is)."""
    return _WORD_HYPHEN.sub(" ", normalized) if "-" in normalized or "‐" in normalized \
        else normalized


def key_words(text: str, normalized: list[str]) -> list[str]:
    """_key_words(text), given normalize(text).split(). Of light_normalize's steps, normalize
    repeats the marks and letters and split() the spaces: only the quotes stripped at the ends
    differ (and a hashtag's marks), so a text without them (nearly every name) has the
    same words."""
    plain = _QUOTE_SET.isdisjoint(text) and "_" not in text and "#" not in text
    return normalized if plain else _key_words(text)
