"""A title's holder named after it: `منسق الأمم المتحدة … في الشرق الأوسط، نيكولاي ملادينوف،`
(the title goes on with في and a place, then the person between commas), and whether the
words of a title so far name anybody. Free functions of the subject reader (quotes_subjects)."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_doc import Doc
from siyaq.analyze.quotes_heads import ANONYMOUS_HEADS
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS, THEN_WORDS, WHO_SINGULAR
from siyaq.analyze.quotes_speakers import TITLE_WORDS, Word, has_article
from siyaq.model import Mention

MAX_PLACE_WORDS = 4  # `في الشرق الأوسط`, `في وزارة الخارجية الأمريكية`
_TOLD_TITLES = ("لمراسل", "لمراسله", "لمحرر", "لمحرره", "للمراسل", "للمحرر", "لمندوب")



def apposed(doc: Doc, n: int, last: int) -> tuple[list[Word], int] | None:
    """`منسق الأمم المتحدة الخاص لعملية السلام في الشرق الأوسط، نيكولاي ملادينوف، الأربعاء`:
    after the في at word n, a few words of place, then a tagged person between commas, the
    title's holder: its words and the index of the word after them. None when anything else
    follows."""
    words, text = doc.words, doc.text
    for k in range(n + 1, min(n + 2 + MAX_PLACE_WORDS, last)):
        gap = text[words.end(k - 1) : words.start(k)]
        comma = "،" in gap or "," in gap
        if not comma:
            if gap.strip(' "«»“”'):  # marks around a name (`وكالة الفضاء "ناسا"`) are no break
                return None
            said = _said_by_person_at(doc, k, n)
            if said is not None:  # `المستشارة في البيت الأبيض كيليان كونواي إنها`
                return said
            if words.norms[k - 1] not in THEN_WORDS:
                continue
        # after a comma, or after `آنذاك` (`مدير العمليات في سرت آنذاك سالم الجحي`); a rank
        # may come first (`في عاصمة النيجر نيامي، العقيد أوماراو ألوا،`)
        person = person_at(doc, words.start(k))
        if person is None and comma and k + 1 < last and words.norms[k] in TITLE_WORDS \
                and has_article(words.norms[k]):
            person = person_at(doc, words.start(k + 1))
        if person is None:
            return None
        j = _last_word(doc, k, person)
        after = text[words.end(j) : words.start(j + 1)] if j + 1 < len(words) else ""
        clause = j + 1 < len(words) and (":" in after or words.norms[j + 1] in COMPLEMENTIZERS)
        if words.end(j) != person.end or (
                comma and "،" not in after and "," not in after and not clause):
            return None  # between commas, or the clause right after (`…، لاورا كوينسبيرغ إن`)
        return [words.word(i) for i in range(k, j + 1)], j + 1
    return None


def _a_definite_place(doc: Doc, first: int, end: int) -> bool:
    """`الخبير في المتحف ميكائل نوردستروم:`: one untagged definite noun between في and the
    name, a place no name runs on from."""
    return end - first == 1 and has_article(doc.words.norms[first]) \
        and not doc.names_within(doc.words.start(first), doc.words.end(first))


def _last_word(doc: Doc, k: int, mention: Mention) -> int:
    """The word, from word k on, where a tagged name starting at word k ends (or the last
    word before it runs past)."""
    words = doc.words
    while k + 1 < len(words) and words.end(k) < mention.end:
        k += 1
    return k


def _said_by_person_at(doc: Doc, k: int, n: int) -> tuple[list[Word], int] | None:
    """A tagged person starting at word k, right after the name of the place or body at
    n + 1 … k - 1, with the reported clause, a colon, a quote's mark or a relative clause right
    after the person: the title's holder, though no comma sets the name apart."""
    words = doc.words
    person = person_at(doc, words.start(k))
    if person is None or k == n + 1 or any(
        norm.startswith(_TOLD_TITLES) for norm in words.norms[max(0, n - MAX_PLACE_WORDS) : n]
    ):
        return None  # `وأضافت الناشطة لمراسل بي بي سي في الخرطوم محمد عثمان أن`: whom she told
    at = bisect_left(doc.mention_starts, words.start(n + 1))
    place = doc.mentions[at] if at < len(doc.mentions) else None
    if (place is None or place.start != words.start(n + 1) or place.type == "PERS"
            or place.end > words.end(k - 1)) and not _a_definite_place(doc, n + 1, k):
        return None  # the words between are a tagged place or body, all of them
    j = _last_word(doc, k, person)
    if words.end(j) != person.end or j + 1 >= len(words):
        return None
    after = doc.text[person.end : words.start(j + 1)].strip()
    mark = bisect_left(doc.opens, person.end)
    marked = mark < len(doc.opens) and doc.opens[mark] < words.start(j + 1)
    return ([words.word(i) for i in range(k, j + 1)], j + 1) if after.startswith(":") or marked \
        or words.norms[j + 1] in COMPLEMENTIZERS or words.norms[j + 1] in WHO_SINGULAR else None



def untitled(doc: Doc, chunks: list[list[Word]]) -> bool:
    """Words of a title so far that name nobody: no tagged person among them (`تحدث ألفيس عن
    إصابة مواطنه …`: the subject was named), no unnamed source at their head (`مصدر من داخل
    الحزب للمحررة السياسية في بي بي سي، لورا كنزبيرغ`: she was told)."""
    if not any(chunks) or not chunks[0] or chunks[0][0].norm in ANONYMOUS_HEADS:
        return False
    first, end = chunks[0][0].start, chunks[-1][-1].end if chunks[-1] else chunks[0][-1].end
    k = bisect_left(doc.mention_starts, first)
    while k < len(doc.mentions) and doc.mentions[k].start < end:
        if doc.mentions[k].type == "PERS":
            return False
        k += 1
    return True


def person_at(doc: Doc, start: int) -> Mention | None:
    k = bisect_left(doc.mention_starts, start)
    while k < len(doc.mentions) and doc.mentions[k].start == start:
        if doc.mentions[k].type == "PERS":
            return doc.mentions[k]
        k += 1
    return None
