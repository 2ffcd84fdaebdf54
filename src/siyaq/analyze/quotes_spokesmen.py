"""A spokesman and whom he speaks for: `متحدث باسم وزارة الخارجية الأمريكية` names the ministry as
the speaker unless a name follows; `المتحدث الرسمي` alone is the spokesman named before."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_antecedents import expand_head
from siyaq.analyze.quotes_clues import addressee_first, bare_word
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ORG_HEADS
from siyaq.analyze.quotes_holders import after_object_pronoun
from siyaq.analyze.quotes_lexicon import HARD_STOPS, SOFT_STOPS
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_platforms import said_on_or_to
from siyaq.analyze.quotes_speakers import (
    REPLY_WORDS,
    Speaker,
    Word,
)
from siyaq.analyze.quotes_titles import office_holder, spokesperson
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
