"""A spokesman and whom he speaks for: `متحدث باسم وزارة الخارجية الأمريكية` names the ministry as
the speaker unless a name follows; `المتحدث الرسمي` alone is the spokesman named before."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_antecedents import adjective, expand_head
from siyaq.analyze.quotes_clues import addressee_first, bare_word
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ORG_HEADS
from siyaq.analyze.quotes_holders import after_object_pronoun
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS, HARD_STOPS, SOFT_STOPS
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_platforms import said_on_or_to
from siyaq.analyze.quotes_speakers import (
    REPLY_WORDS,
    TITLE_WORDS,
    Speaker,
    Word,
    has_article,
)
from siyaq.analyze.quotes_titles import MAX_TITLES_BACK, office_holder, spokesperson
from siyaq.model import Mention

SPOKESMAN = frozenset({"متحدث", "متحدثه", "ناطق", "ناطقه"})  # unnamed: no ال
_OFFICIAL = frozenset({"رسمي", "رسميه", "الرسمي", "الرسميه"})
MAX_PRINCIPAL_WORDS = 6  # `متحدث باسم وزارة الخارجية الأمريكية`
_STOPS = HARD_STOPS | SOFT_STOPS | REPLY_WORDS | {"لا", "ان", "انه", "انها", "قوله"}


def spokesman_speaker(doc: Doc, words: list[Word], verb: Verb) -> Speaker | None:
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
    return _spokesman_described(doc, words, principal_at, stop)


def _spokesman_described(doc: Doc, words: list[Word], principal_at: int, stop: int) -> Speaker:
    """The spokesman by whom he speaks for (`متحدث باسم الشرطة`), or his name right after it."""
    # ... to the end of the first name after باسم when it begins before the stop
    principal = words[stop - 1].end
    after = _principal_names(doc, words, principal_at)
    if after and after[0].start < principal:
        principal = after[0].end
    # his own name right after it (`متحدث باسم الشرطة، سامي الحداد:`), not a name further on
    # (`متحدث باسم آبي لويل، محامي كوشنر،`: Kushner's lawyer's spokesman), nor whom he told
    k = bisect_left(doc.mention_starts, principal)
    named = doc.mentions[k] if k < len(doc.mentions) else None
    if named is not None and named.type == "PERS" \
            and not _holder_named(doc, words[principal_at], named) \
            and not doc.text[principal : named.start].strip(" ,،") \
            and not any(w.start == named.start and addressee_first(doc, w) for w in words) \
            and not said_on_or_to(named, doc.text):  # `لبي بي سي عربي` tagged a person
        return from_mention(doc, named)
    text = doc.text[words[0].start : max(principal, words[principal_at].end)]
    if stop == principal_at + 1 and not after:
        text = _principal_expanded(doc, words, principal_at) or text
    return Speaker(text.split("،")[0].rstrip(" ,"), None, "DESC", words[0].start)


def _principal_expanded(doc: Doc, words: list[Word], principal_at: int) -> str | None:
    """`المتحدثة باسم الوزارة` -> `المتحدثة باسم وزارة الخارجية البريطانية`: a body named by
    its kind alone stands for the fuller name met before."""
    head = words[principal_at].norm
    if head not in ORG_HEADS:
        return None
    named = expand_head(doc.words, doc.words.norms, doc.text, head, words[0].start, _STOPS,
                        doc.name_ends())
    if named is None or len(named.name.split()) < 2:
        return None
    return doc.text[words[0].start : words[principal_at].start] + named.name


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
        m.type == "PERS" and words[0].start <= m.start < end and not after_object_pronoun(doc, m)
        for m in doc.mentions
    )


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


MAX_SPOKESMAN_WORDS = 14  # `متحدث رسمي باسم وزارة الخارجية الأمريكية` and a name


def spokesman_described_before(doc: Doc, head: str, before: int) -> Speaker | None:
    """`وقال المتحدث`: when the nearest spokesman before is described by whom he speaks for
    (`وأكد متحدث باسم الجيش الإسرائيلي حصول الغارات`, `بيانا لمتحدث باسم الخارجية`), that
    spokesman, even where that sentence held no speech; None when the nearest is no such
    phrase (`النقيب عمر الأكلبي المتحدث الرسمي`: spokesperson() reads it). A bare `المتحدث`
    on the way is the same man again."""
    bare = head[2:]
    forms = [c + bare for c in _CLITICS] + [c + head for c in ("", "و", "ف")] + ["لل" + bare]
    limit = doc.words.first_at(before)
    places: set[int] = set()
    for form in forms:
        found = doc.words.positions(form)
        places.update(found[max(0, bisect_left(found, limit) - MAX_TITLES_BACK) :
                            bisect_left(found, limit)])
    for at in sorted(places, reverse=True)[:MAX_TITLES_BACK]:
        words = _phrase_at(doc, at, limit, bare)
        principal_at = _principal_at(doc, words)
        if principal_at is not None:
            return _described_at(doc, words, principal_at)
        if words[0].norm != head or (len(words) > 1 and words[1].norm in _OFFICIAL) \
                or _named_right_before(doc, words[0]):
            return None
    return None


def _described_at(doc: Doc, words: list[Word], principal_at: int) -> Speaker:
    ranked = _ranked_name(doc, words, principal_at)
    if ranked is not None:  # `المتحدث باسم التحالف العقيد الركن تركي المالكي`
        return from_mention(doc, ranked)
    # not a subject phrase: whom he speaks for ends with its name, not at a stop word
    words = words[: _principal_end(doc, words, principal_at)]
    return _spokesman_described(doc, words, principal_at, len(words))


def _named_right_before(doc: Doc, word: Word) -> bool:
    """`عمر الأكلبي المتحدث`: a person named right before the title."""
    i = bisect_left(doc.mention_starts, word.start) - 1
    return i >= 0 and doc.mentions[i].type == "PERS" \
        and not doc.text[doc.mentions[i].end : word.start].strip(" ,،")


_CLITICS = ("", "و", "ف", "ل", "ب", "ول", "وب")


def _phrase_at(doc: Doc, at: int, limit: int, bare: str) -> list[Word]:
    """The words from `at` to the clause's end (a stop mark), at most MAX_SPOKESMAN_WORDS and
    not past `limit`; a clitic glued to the first word left out (`لمتحدث` -> `متحدث`)."""
    first = doc.words[at]
    cut = first.norm.find("ال" + bare) if first.norm.endswith("ال" + bare) else -1
    cut = cut if cut >= 0 else len(first.norm) - len(bare)
    if first.norm.startswith("لل"):
        first = Word(first.start + 1, first.end, "ال" + bare)
    elif cut > 0:
        first = Word(first.start + cut, first.end, first.norm[cut:])
    words = [first]
    for k in range(at + 1, min(at + MAX_SPOKESMAN_WORDS, limit, len(doc.words))):
        if doc.words.norms[k] in COMPLEMENTIZERS or any(
                mark in doc.text[doc.words.end(k - 1) : doc.words.start(k)] for mark in ".:\n"):
            break  # the phrase ends where what he said begins
        words.append(doc.words[k])
    return words


def _ranked_name(doc: Doc, words: list[Word], principal_at: int) -> Mention | None:
    """A person named in the phrase after whom the spokesman speaks for, right behind a rank
    or a title (`في اليمن العقيد الركن تركي المالكي`): the spokesman himself."""
    for k in range(principal_at + 1, len(words)):
        i = bisect_left(doc.mention_starts, words[k].start)
        named = doc.mentions[i] if i < len(doc.mentions) else None
        if named is not None and named.start == words[k].start and named.type == "PERS":
            return named if a_rank(words[k - 1].norm) else None
    return None


def _principal_end(doc: Doc, words: list[Word], k: int) -> int:
    """Where whom the spokesman speaks for ends: its tagged name, or its noun with the nouns
    it governs (`وزارة الخارجية`, `وكالة إدارة الكوارث`), then its adjectives (`الأميركية`)
    and a body named with ل (`لجامعة الدول العربية`); a title's holder named after it
    (`رئيس كوريا الجنوبية مون`)."""
    title = words[k]
    i = bisect_left(doc.mention_starts, words[k].start)
    if i < len(doc.mentions) and doc.mentions[i].start == words[k].start:
        while k < len(words) and words[k].end <= doc.mentions[i].end:
            k += 1
    else:
        while k + 1 < len(words) and not has_article(words[k].norm) \
                and words[k + 1].norm not in _STOPS:
            k += 1
        k += 1
    while k < len(words) and adjective(words[k].norm) \
            and not doc.text[words[k - 1].end : words[k].start].strip():
        k += 1
    if k < len(words) and words[k].norm[:1] == "ل" and a_rank(title.norm):
        # a title's body (`الأمين العام لجامعة الدول العربية`); after a body the ل-name is
        # more often whom he told (`باسم الاتحاد الدولي لبي بي سي`)
        i = bisect_left(doc.mention_starts, words[k].start + 1)
        if i < len(doc.mentions) and doc.mentions[i].start < words[k].end:
            while k < len(words) and words[k].start < doc.mentions[i].end:
                k += 1
    i = bisect_left(doc.mention_starts, words[k].start) if k < len(words) else len(doc.mentions)
    if i < len(doc.mentions) and doc.mentions[i].start == words[k].start \
            and doc.mentions[i].type == "PERS" and _holder_named(doc, title, doc.mentions[i]):
        while k < len(words) and words[k].end <= doc.mentions[i].end:  # `رئيسة الوزراء تيريزا ماي`
            k += 1
    return k


def _holder_named(doc: Doc, title: Word, mention: Mention) -> bool:
    """Is the person named after whom a spokesman speaks for that principal, a title's holder
    (`باسم رئيسة الوزراء البريطانية تيريزا ماي`, `باسم رئيس كوريا الجنوبية مون`)? Not after a
    body named with ل (`باسم الأمين العام لجامعة الدول العربية محمود عفيفي`: the spokesman)."""
    if not a_rank(title.norm):
        return False
    between = doc.words.norms[doc.words.first_at(title.end) : doc.words.first_at(mention.start)]
    return not any(norm[:1] == "ل" and len(norm) > 3 for norm in between)


def a_rank(word: str) -> bool:
    """`رئيس`, `الرئيس`, `المستشار`, `الركن`: a title or a rank (before a name)."""
    return word in TITLE_WORDS or "ال" + word in TITLE_WORDS or word == "الركن" \
        or (word[:2] == "ال" and word[2:] in TITLE_WORDS)
