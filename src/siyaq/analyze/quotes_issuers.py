"""Who issued a statement (`البيان`): the name the statement is given with (`بيان ترامب`,
`بيان صادر عن الأسطول الروسي`, `بيان #وزارة_العدل`), or, for `البيان` alone, the issuer of the
statement the article named before it (`بحسب بيان أصدرته وزارة الخارجية القطرية` … `وقال
البيان إن`), not the organisation or person named nearest, who is often its subject or the
agency that carried it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from siyaq.analyze.quotes_antecedents import adjective
from siyaq.analyze.quotes_doc import Doc
from siyaq.analyze.quotes_heads import ORG_CONSTRUCTS, ORG_HEADS, SPOKESPEOPLE
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS
from siyaq.analyze.quotes_speakers import TITLE_WORDS, Speaker, is_preposition

# A statement noun as written, clitics and all; `البيان` refers back to the one before it.
INDEFINITE = frozenset({"بيان", "بيانا", "ببيان", "وبيان", "لبيان", "فبيان"})
DEFINITE = frozenset({"البيان", "والبيان", "بالبيان", "للبيان", "فالبيان"})
# `بيان مقتضب صدر عن`, `بيان رسمي`, `البيان المشترك`: words a statement's issuer comes after.
_DESCRIBING = frozenset({"مقتضب", "رسمي", "مشترك", "صحفي", "صحافي", "مكتوب", "الرسمي",
                         "المشترك", "الصحفي", "الصحافي", "المكتوب", "مصور", "الختامي",
                         "ختامي", "صادر", "الصادر", "صدر", "الذي", "التي"})
# `بيان صادر عن X`, `بيان أصدرته X`, `بيان نشره X`: the issuer follows these.
_ISSUED_BY = frozenset({"عن", "اصدره", "اصدرته", "اصدروه", "نشره", "نشرته", "وزعه",
                        "وزعته", "اصدرها"})
_PUBLISHED = frozenset({"نشره", "نشرته"})
_ISSUING = frozenset({"صادر", "الصادر", "صدر", "صادره", "الصادره"})  # before its عن
_CARRIERS = frozenset({"وكاله", "صحيفه", "موقع", "قناه", "شبكه", "اذاعه", "تلفزيون", "حساب",
                       "صفحه", "وسائل"})
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "لهذه", "لهذا", "لتلك", "لذلك"})
# Words with ال's letters that are no part of a name (`إلى` is written الي once normalized).
_NOT_IN_NAMES = frozenset({"الي", "الا", "الذي", "التي", "الذين", "اللذين", "اللتين", "الان"})
_STOPS = frozenset(':"«»“”.؛()')
MAX_ISSUER_GAP = 4  # words from the statement noun to its issuer
MAX_LOOKBACK_WORDS = 400  # how far back `البيان` may refer
MAX_SUBJECT_WORDS = 4  # `أصدر المكتب الإعلامي للحزب بيانا`
_ISSUING_VERBS = frozenset({"اصدر", "اصدرت", "اصدرا", "اصدروا", "نشر", "نشرت", "وزع", "وزعت",
                            "اذاع", "اذاعت", "بث", "بثت"})
_BODIES = frozenset({"السلطات", "القوات", "الامم", "الشرطه"})
_ALSO = frozenset({"ايضا", "كذلك", "بدوره", "بدورها", "رسميا"})
MAX_JOINED_TITLE_WORDS = 4  # `والمستشارة الألمانية` before a joined issuer's name
MAX_PHRASE_WORDS = 6  # an untagged issuer's noun phrase
MAX_TITLE_WORDS = 8  # a title before the person who issued a statement
# `وذكر الجيش اليمني، الجمعة، في بيان`: what may stand between the subject and the noun.
_BETWEEN = frozenset({"في", "اليوم", "امس", "السبت", "الاحد", "الاثنين", "الثلاثاء",
                      "الاربعاء", "الخميس", "الجمعه", "مساء", "صباح", "ليل", "الليله"})


class Issuers:
    """Reads the issuer around a statement noun; `to_speaker` turns a tagged name into the
    finder's speaker (its fullest form, its record)."""

    __slots__ = ("_doc", "_to_speaker")

    def __init__(self, doc: Doc, to_speaker: Callable[[int], Speaker]) -> None:
        self._doc = doc
        self._to_speaker = to_speaker  # from the index of a mention in doc.mentions

    def named_with(self, k: int) -> Speaker | None:
        """The issuer named right after the statement noun at word k (`بيان ترامب`, `البيان
        الذي نشره المركز الإعلامي`, `بيان لوزارة الخارجية`, `بيان #وزارة_العدل`)."""
        doc, norms = self._doc, self._doc.words.norms
        end = doc.sentence(doc.words.start(k))[1]
        j = k + 1
        while j < len(norms) and j - k <= MAX_ISSUER_GAP and doc.words.start(j) < end:
            word = norms[j]
            if _STOPS.intersection(doc.text[doc.words.end(j - 1) : doc.words.start(j)]):
                return None  # `وقال البيان "هجوم …"`: what it said, not who
            if word in _ISSUED_BY and (word != "عن" or norms[j - 1] in _ISSUING):
                if word in _PUBLISHED and j + 1 < len(norms) and norms[j + 1] in _CARRIERS:
                    return None  # `بيان نشرته وكالة الأنباء`: who carried it, not who issued it
                return self._person_at(j + 1, end) or self._name_at(j + 1, end) \
                    or self._phrase_at(j + 1, end)
            if word in _DEMONSTRATIVES:
                return None  # `بيان مشترك لهذه الدول`: the ones named before, not these words
            if word[:1] == "ل" and len(word) > 3:  # `بيان للنيابة المصرية`
                return self._name_at(j, end, clitic=True) or self._phrase_at(j, end)
            if j == k + 1 and (named := self._name_at(j, end) or self._body_at(j, end)):
                return named  # `بيان ترامب`, `بيان وزارة الخارجية`, `بيان السلطات البلجيكية`
            if word not in _DESCRIBING:
                return None
            j += 1
        return None

    def joint_with(self, k: int) -> Speaker | None:
        """The issuers of a joint statement at word k, when it names two or more
        (`البيان المشترك لماي والرئيس الفرنسي إيمانويل ماكرون …`); else None."""
        named = self.named_with(k)
        # Joined issuers are built from the text (no record key) and hold a و; so does an
        # untagged body's name (`وزارة الاقتصاد والتجارة`), which is the issuer all the same.
        return named if named is not None and named.canonical is None \
            and named.kind == "ORG" and " و" in named.name else None

    def issued_before(self, k: int) -> Speaker | None:
        """For `البيان` at word k: the issuer of the nearest statement named before it (an
        earlier `البيان` refers further back, unless it is named with its issuer)."""
        doc, norms = self._doc, self._doc.words.norms
        for i in range(k - 1, max(-1, k - MAX_LOOKBACK_WORDS), -1):
            word = norms[i]
            if word not in INDEFINITE and word not in DEFINITE:
                continue
            if doc.inside_quote(doc.words.start(i)):
                continue
            issuer = self.named_with(i)
            if issuer is None and word in INDEFINITE:
                issuer = self._subject_before(i)
            if issuer is not None or word in INDEFINITE:
                return issuer
        return None

    def _phrase_at(self, j: int, end: int) -> Speaker | None:
        """An untagged issuer after `عن` or `أصدرته`: a noun and the definite words of its
        construct (`وزارة الشؤون الخارجية القطرية`, `الأسطول الروسي` before `في بحر`)."""
        doc, words = self._doc, self._doc.words
        if j >= len(words.norms) or words.start(j) >= end or len(words.norms[j]) < 3:
            return None
        last, norms = j, words.norms
        possessive = doc.text[words.end(j) - 1] == "ه" and len(norms[j]) > 4
        if possessive or norms[j] in _DEMONSTRATIVES:
            return None  # `صادر عن مكتبه`: the one named before; `عن هذه المنظمات`
        head = norms[j][1:] if norms[j][:1] == "ل" else norms[j]
        while last + 1 < min(len(norms), j + MAX_PHRASE_WORDS) and words.start(last + 1) < end \
                and doc.text[words.end(last) : words.start(last + 1)].isspace() \
                and norms[last + 1] not in _BETWEEN and norms[last + 1] not in _NOT_IN_NAMES \
                and _construct_goes_on(norms, last + 1, head in ORG_CONSTRUCTS):
            last += 1
        if last == j:
            return None
        first = words.start(j)
        if norms[j][:2] == "لل":  # `لدائرة الشؤون`, `للمركز الإعلامي`: the name after its ل
            return Speaker("ا" + doc.text[first + 1 : words.end(last)], None, "ORG", first)
        first += norms[j][:1] == "ل"
        return Speaker(doc.text[first : words.end(last)], None, "ORG", first)

    def _body_at(self, j: int, end: int) -> Speaker | None:
        """An untagged body after the statement (`بيان السلطات البلجيكية`), not one whose
        words do not say which (`بيان الاتحاد الرسمي`)."""
        norms = self._doc.words.norms
        if j + 1 < len(norms) and "ال" + norms[j] in ORG_HEADS and norms[j + 1][:2] == "ال":
            return self._phrase_at(j, end)  # `بيان وزارة الخزانة`: a body's name in construct
        if norms[j] not in ORG_HEADS and norms[j] not in _BODIES:
            return None
        if j + 1 >= len(norms) or norms[j + 1] in _DESCRIBING or not adjective(norms[j + 1]):
            return None  # `دعا بيان المجلس الميليشيات`: what it called on, not who
        return self._phrase_at(j, end)  # `بيان المكتب الإعلامي لرئاسة الوزراء`

    def _person_at(self, j: int, end: int) -> Speaker | None:
        """`بيان صادر عن المتحدث باسم الخارجية السودانية قريب الله الخضر`: the person named
        after a title, before any comma."""
        doc = self._doc
        if j >= len(doc.words.norms):
            return None
        head = doc.words.norms[j]
        if head not in TITLE_WORDS and head[2:] not in TITLE_WORDS and head not in SPOKESPEOPLE:
            return None  # `صادر عن رئاسة الجمهورية إن الرئيس ميشال عون`: not its issuer
        stop = min(end, doc.words.end(min(j + MAX_TITLE_WORDS, len(doc.words.norms) - 1)))
        comma = doc.text.find("،", doc.words.start(j), stop)
        stop = comma if comma >= 0 else stop
        clause = next((i for i in range(j, min(j + MAX_TITLE_WORDS, len(doc.words.norms)))
                       if doc.words.norms[i] in COMPLEMENTIZERS), None)
        if clause is not None:
            stop = min(stop, doc.words.start(clause))
        for at in range(bisect_left(doc.mention_starts, doc.words.start(j)), len(doc.mentions)):
            if doc.mentions[at].start >= stop:
                break
            if doc.mentions[at].type == "PERS":
                return self._to_speaker(at)
        return None

    def _subject_before(self, k: int) -> Speaker | None:
        """`أصدرت الشرطة البريطانية بيانا`, `وذكر الجيش اليمني في بيان`: the subject of the
        verb that issued the statement; else the one who spoke in its sentence before it;
        else the name just before the noun."""
        doc = self._doc
        start, noun = doc.sentence(doc.words.start(k))[0], doc.words.start(k)
        issued = self._issuing_subject(k, start)
        if issued is not None:
            return issued
        spoke = [s for s in doc.history if start <= s.start < noun and s.kind in ("PERS", "ORG")]
        if spoke:
            return spoke[-1]
        at = bisect_left(doc.mention_starts, noun) - 1
        if at < 0 or doc.mentions[at].start < start or doc.mentions[at].type not in ("PERS", "ORG"):
            return None
        mention = doc.mentions[at]
        between = doc.words.norms[doc.words.first_at(mention.end) : k]
        # (a full stop inside the sentence is an abbreviation's, `أ.ف.ب`)
        if all(w in _BETWEEN for w in between) and not _STOPS.intersection(
                doc.text[mention.end : noun].replace(".", "")):
            return self._to_speaker(at)
        return None

    def _issuing_subject(self, k: int, start: int) -> Speaker | None:
        """`ونشرت عائلة تشابمان بيانا`, `أصدر نجلا ألدرين بيانا`: the words between the verb
        that issued the statement and the statement, as written."""
        doc, norms = self._doc, self._doc.words.norms
        for v in range(k - 1, max(-1, k - MAX_SUBJECT_WORDS - 2), -1):
            if doc.words.start(v) < start:
                return None
            if _bare(norms[v]) in _ISSUING_VERBS:
                gap = doc.text[doc.words.end(v) : doc.words.start(k)]
                if v + 1 == k or _STOPS.intersection(gap) or "،" in gap:
                    return None
                last = k - 1
                while last > v + 1 and (norms[last] in _BETWEEN or norms[last] in _ALSO):
                    last -= 1  # `وأصدرت وزارة الخارجية أيضاً بياناً`
                first = doc.words.start(v + 1)
                return Speaker(doc.text[first : doc.words.end(last)], None, "ORG", first)
        return None

    def _name_at(self, j: int, end: int, clitic: bool = False) -> Speaker | None:
        """The tagged name (or hashtag) that word j starts; with `clitic`, after its ل."""
        doc = self._doc
        if j >= len(doc.words.norms) or doc.words.start(j) >= end:
            return None
        word = doc.words[j]
        if "_" in word.norm and not clitic:  # `#وزارة_العدل_الأميركية`
            return self._joint(word.start, word.end) or Speaker(
                doc.text[word.start : word.end].replace("_", " "), None, "ORG", word.start)
        if is_preposition(word, doc.text) and not clitic:
            return None
        offset = word.start + (2 if clitic and word.norm.startswith("لل") else 1 if clitic
                               else 0)
        at = bisect_left(doc.mention_starts, word.start)
        if at < len(doc.mentions) and word.start <= doc.mentions[at].start <= offset \
                and doc.mentions[at].type in ("PERS", "ORG"):
            mention = doc.mentions[at]
            named = doc.normalize(mention.text).split()
            if len(named) <= 2 and named[0] in ORG_HEADS:
                return None  # `بيان الاتحاد الرسمي`: which federation, the text said before
            return self._joint(mention.start, mention.end) or self._to_speaker(at)
        return None

    def _joint(self, start: int, end: int) -> Speaker | None:
        """`بيان مشترك صادر عن #الولايات_المتحدة والصين`, `البيان المشترك لماي والرئيس الفرنسي
        إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل`: issuers joined by و, as one."""
        doc, last = self._doc, end
        while (after := self._next_joined(last)) is not None:
            last = after
        if last == end:
            return None
        text = doc.text[start:last].replace("_", " ").lstrip("#")
        return Speaker(text, None, "ORG", start)

    def _next_joined(self, end: int) -> int | None:
        """The end of the name joined by و right after offset `end` (titles may stand before
        it: `والرئيس الفرنسي إيمانويل ماكرون`), or None."""
        doc, words = self._doc, self._doc.words
        k = words.first_at(end)
        if k >= len(words.norms) or words.norms[k][:1] != "و" \
                or not doc.text[end : words.start(k)].isspace():
            return None
        for j in range(k, min(k + MAX_JOINED_TITLE_WORDS + 1, len(words.norms))):
            start = words.start(j) + (1 if j == k else 0)
            at = bisect_left(doc.mention_starts, start)
            if at < len(doc.mentions) and doc.mentions[at].start == start \
                    and doc.mentions[at].type in ("PERS", "ORG", "LOC"):
                return doc.mentions[at].end
            title = words.norms[j][1:] if j == k else words.norms[j]
            titled = title in TITLE_WORDS or title[2:] in TITLE_WORDS or adjective(title)
            if not titled or j + 1 >= len(words.norms) \
                    or not doc.text[words.end(j) : words.start(j + 1)].isspace():
                return None
        return None


def _construct_goes_on(norms: list[str], i: int, body: bool) -> bool:
    """Does word i go on with the noun phrase before it: a definite word, or ل and a noun
    before a definite one (`المكتب الإعلامي لرئيس الوزراء`); in a body's name, a definite
    word joined by و (`وزارة الاقتصاد والتجارة`)?"""
    word = norms[i]
    if word[:2] in ("ال", "لل") or (body and word[:3] == "وال"):
        return True
    return word[:1] == "ل" and len(word) > 3 and i + 1 < len(norms) and norms[i + 1][:2] == "ال"


def _bare(word: str) -> str:
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word
