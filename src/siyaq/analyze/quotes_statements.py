"""Statements that speak for their issuer: `بيان للتجمع` for the Assembly, `البيان المشترك لماي
والرئيس الفرنسي` for both, `البيان` for whoever the text said issued it (`أعلن X … في بيان له`),
and the issuer named before a statement."""

from __future__ import annotations

from siyaq.analyze.quotes_antecedents import statement_issuer
from siyaq.analyze.quotes_coreference import full_name
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ORG_HEADS
from siyaq.analyze.quotes_issuers import Issuers
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_speakers import Speaker, Word
from siyaq.analyze.quotes_untagged import from_words


def joint_issuers(doc: Doc, start: int) -> Speaker | None:
    """The issuers a joint statement at `start` names, as one speaker (None: fewer than two)."""
    issuers = Issuers(doc, lambda at: from_mention(doc, doc.mentions[at]))
    k = doc.words.holding(start)
    return issuers.joint_with(k) if k < len(doc.words) else None


def issuer_of_statement(doc: Doc, start: int, definite: bool) -> Speaker | None:
    """The issuer named with the statement noun at `start` (`بيان ترامب`); for `البيان`, else
    the issuer of the statement named before it."""
    issuers = Issuers(doc, lambda at: from_mention(doc, doc.mentions[at]))
    k = doc.words.holding(start)
    if k >= len(doc.words):
        return None
    return issuers.named_with(k) or (issuers.issued_before(k) if definite else None)


def _announced_in(doc: Doc, noun: str, verb: Verb) -> Speaker | None:
    """The speaker of the sentence that last named the statement without ال (`أعلن محمد حمية
    … في بيان له انسحابه`): who issued `البيان` the next sentence reads from."""
    norms = doc.words.norms
    forms = {noun, "ب" + noun, "و" + noun, noun + "ا", "في" + noun}
    at = next((k for k in range(min(verb.index, len(norms)) - 1, -1, -1) if norms[k] in forms),
              None)
    if at is None:
        return None
    sentence_start = doc.sentence(doc.words.start(at))[0]
    spoke = [s for s in doc.history if sentence_start <= s.start < doc.words.start(at)
             and s.kind in ("PERS", "ORG")]
    return spoke[-1] if spoke else None


def statement_speaker(doc: Doc, verb: Verb, words: list[Word],
                      head: str) -> tuple[Speaker | None, str]:
    """A statement speaks for its issuer (`بيان للتجمع`, `البيان المشترك لماي و…`, the one
    who announced it before); else the head to read on with (the issuer's word)."""
    if head in ("بيان", "البيان") and (joint := joint_issuers(doc, words[0].start)):
        return joint, head  # `البيان المشترك لماي والرئيس الفرنسي إيمانويل ماكرون …`
    issuer = statement_issuer(words)
    if not issuer and head in ("بيان", "البيان"):
        found = issuer_of_statement(doc, words[0].start, head == "البيان")
        if found is not None:
            return found, head
        if head == "بيان" and len(words) > 1 and words[1].norm in ORG_HEADS:
            return None, words[1].norm  # `بيان الرئاسة`: read on as `الرئاسة`
    if issuer:
        named = from_words([issuer], doc.text)
        if named is not None and (named.kind == "NAME" or len(issuer) >= 2):
            name = named.name
            if named.start == issuer[0].start and issuer[0].norm[:2] == "ال" \
                    and doc.normalize(name)[:2] != "ال":
                name = "ال" + name  # `بيان للحكومة الإسرائيلية`: لل swallowed its ا
            name = full_name(name, doc.normalize(name), doc.names)
            return Speaker(name, None, "ORG", named.start), head
        head = issuer[0].norm
    elif head[:2] == "ال" and (announced := _announced_in(doc, head[2:], verb)):
        return announced, head  # `أعلن محمد حمية … في بيان له` then `وأوضح البيان أن`
    return None, head
