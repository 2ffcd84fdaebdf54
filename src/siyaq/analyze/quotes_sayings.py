"""Sayings named by a noun and warnings: `بقوله إن` (the sentence's subject said it),
`عنه قوله` after a spokesman's principal, and a present warning written after its subject
(`صندوق النقد يحذر ترامب:`)."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS, WARNING_FORMS
from siyaq.analyze.quotes_speakers import Word, has_article, is_preposition
from siyaq.model import Mention


def named_before_word(doc: Doc, at: int) -> Mention | None:
    """The person whose tagged name ends right before word `at`."""
    start = doc.words.start(at)
    k = bisect_left(doc.mention_starts, start) - 1
    if k < 0:
        return None
    mention = doc.mentions[k]
    return mention if mention.type == "PERS" and not doc.text[mention.end : start].strip() \
        else None


def saying_clause(doc: Doc, verb: Verb) -> bool:
    """`بث ماسك الفوضى بقوله إنه …`, `لقوله إنها`: his saying, its clause right after it."""
    norms = doc.words.norms
    return verb.form[:1] in "بل" and verb.index + 1 < len(norms) \
        and norms[verb.index + 1] in COMPLEMENTIZERS \
        and doc.text[verb.end : doc.words.start(verb.index + 1)].isspace()  # not `بقوله: "إن`


def object_after(doc: Doc, head: list[Word], k: int) -> bool:
    """`وأثار الرئيس التركي انتقادات واسعة بقوله`: an indefinite noun after a definite phrase,
    outside any name, is the verb's object, not more of its subject."""
    return k > 0 and has_article(head[k - 1].norm) and not has_article(head[k].norm) \
        and not doc.names_within(head[k].start, head[k].end)


# Words before a present verb that leave its subject after it (`الذي يحذر خبراء من أن`).
_BEFORE_VSO = frozenset({"الذي", "التي", "الذين", "قد", "لا", "لم", "لن", "ما", "كما", "بينما",
                         "فيما", "حيث", "اذ", "ان", "انه", "انها"})


def warned_after_subject(doc: Doc, verb: Verb) -> bool:
    """`صندوق النقد يحذر ترامب:`: a present warning after its subject; the words after it are
    whom it warned."""
    i, norms = verb.index, doc.words.norms
    if verb.form not in WARNING_FORMS or verb.form[:1] not in "يت" or i == 0:
        return False
    written = doc.text[verb.start : verb.end]
    return written[:1] not in "وف" and norms[i - 1] not in _BEFORE_VSO \
        and not is_preposition(doc.words[i - 1], doc.text) \
        and not doc.text[doc.words.end(i - 1) : verb.start].strip()
