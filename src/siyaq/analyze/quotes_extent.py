"""Where reported speech ends: its sentence's end, or before the next verb of speech that starts
another statement (after a comma, joined by و with marks or a clause of its own, or a
participle that goes on with the sentence's speaker)."""

from __future__ import annotations

import re
from bisect import bisect_right

from siyaq.analyze.quotes_before import clause_read
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS
from siyaq.analyze.quotes_reported import clause_word

# A comma and a connective before a verb of speech: the speech before it has ended.
_JOINED_CLAUSE = re.compile(r"[،,]\s*(?:فيما|بينما|في حين|حيث|كما|لكن|ولكن|إذ)\s+$")
# `إن الفكرة ستثير الجدل، لكنه قال "…"`: the same speaker, a statement of its own
_BUT_HE = re.compile(r"[،,]\s*(?:و?لكن(?:ه|ها|هم)|إلا أن(?:ه|ها|هم)|غير أن(?:ه|ها|هم))\s+$")


def speech_end(doc: Doc, verbs: list[Verb], start: int) -> int:
    """Where speech starting at `start` ends: its sentence's end, or before the next verb of
    speech after a comma (`… أن والده يعول 12 فردا، مبينا أنهم …`, `، وأضاف بأن …`), or before
    a participle of speech with no comma (`إن الهجوم "مفزع تماما" مشددة على أنه …`: a
    participle goes on with the sentence's speaker). `verbs` are in text order."""
    _, end = doc.sentence(start)
    first = bisect_right(verbs, start, key=lambda verb: verb.start)
    for verb in verbs[first:]:
        if verb.start >= end:
            break
        if verb.kind == "participle" and verb.start > start and _introduces_speech(verb):
            return verb.start
        if verb.kind in ("verb", "participle"):
            before = doc.text[max(start, verb.start - 3) : verb.start]
            if "،" in before or "," in before or _joined_quote(doc, verb):
                return verb.start
            but_he = _BUT_HE.search(doc.text, max(start, verb.start - 16), verb.start)
            if but_he is not None and verb.kind == "verb":
                return but_he.start()
            joined = _JOINED_CLAUSE.search(doc.text, max(start, verb.start - 16), verb.start)
            if joined is not None and verb.speaker is not None and (
                    not verb.inherited or clause_word(doc, verb) is not None):
                return joined.start()  # `…، فيما قالت مصادر طبية إن …`: another's statement
    return end


def _joined_quote(doc: Doc, verb: Verb) -> bool:
    """`… أنه مكث طوال الليل وقال "…"`, `… إن الاتحاد سينفذ إجراءات مضادة ووصفت رفض ترامب
    بأنه "…"`: a verb joined by و that opens a quote right after it, or has its own clause,
    starts another statement."""
    if verb.kind != "verb" or doc.words.norms[verb.index] != "و" + verb.form:
        return False  # not joined by و (`وصفت` is the verb itself, `ووصفت` joined)
    after = doc.text[verb.end : verb.end + 3].lstrip()
    # a statement of its own when a tagged name of its own says it; an inherited speaker
    # (`وقال إن` inside a statement) may be a name nested in the clause before, not the one
    # who goes on speaking, so the statement stays whole
    speaker = verb.speaker
    return after[:1] in ':"«“' or (speaker is not None and clause_read(verb)
                                   and not verb.inherited and speaker.kind in ("PERS", "ORG"))


def _introduces_speech(verb: Verb) -> bool:
    """A participle with its clause or colon after it (`مشددة على أنه`, `مضيفا:`), not one
    read as an adjective (`تقارير مؤكدة عن`)."""
    return verb.stop in COMPLEMENTIZERS or verb.clause is not None or verb.colon is not None
