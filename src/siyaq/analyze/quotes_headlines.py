"""Statements printed as headlines: `مورينيو: آلهة كرة القدم كانت مع نيوكاسل`.

News pages print the headlines of other reports inside a text (the "read also" lines after
an article) and news agencies write a speaker's words as `Name: statement`. A short line that
opens with a person's or an organisation's name (titles before it allowed) and a colon is
that speaker's statement. One such line alone is read here; several labels in one text make
an interview transcript, which the finder reads line by line (quotes_transcripts).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container

from siyaq.analyze.quotes_doc import Doc
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_spans import text_lines
from siyaq.analyze.quotes_speakers import SPEAKER_TYPES, TITLE_WORDS, Speaker
from siyaq.model import Mention

MAX_HEADLINE_WORDS = 20  # a headline's length; longer lines are body sentences
MAX_TITLE_WORDS = 5  # `رئيس حزب الأمة السوداني الصادق المهدي:`
MIN_STATEMENT_WORDS = 3  # `المصدر: رويترز` credits, it does not say
_LABEL_BREAKS = frozenset("،,-–—|()[]«»\"“”.؛;!؟?")
# A profile's headline (`جون بولتون: الصقر الذي يريد قصف …`, `محمد صلاح: قصة صعود النجم
# المصري`) describes the person; it is not their statement.
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_PROFILE_OPENERS = TITLE_WORDS | frozenset(
    {"قصه", "حكايه", "سيره", "نبذه", "مسيره", "رحله", "من", "بدءا", "رجل", "الرجل", "امراه",
     "المراه", "شاب", "شابه", "نجم", "نجمه", "رمز", "بطل", "بطله", "احد", "احدي", "ابن", "ابنه",
     "حائز", "حائزه", "تاجر", "الملياردير", "الصقر", "العدو", "لغز", "وجه", "ظل"}
)
PROFILE_WORDS = 6  # a relative pronoun this early makes the line a description


def headline_statements(doc: Doc, speech_words: Container[str]) -> list[tuple[int, int, Speaker]]:
    """(start, end, speaker) of each statement line; `speech_words`: the normalized verbs and
    cues of speech, which make a line narration (`وقال الوزير:`) rather than a headline."""
    found: list[tuple[int, int, Speaker]] = []
    for start, end in text_lines(doc.text):
        colon = doc.text.find(":", start, end)
        if colon < 0 or doc.words.between(start, end) > MAX_HEADLINE_WORDS:
            continue
        mention = _label_name(doc, start, colon, speech_words)
        rest = doc.text[colon + 1 : end]
        said = colon + 1 + len(rest) - len(rest.lstrip())
        if mention is None or doc.words.between(said, end) < MIN_STATEMENT_WORDS \
                or _describes(doc, said, end):
            continue
        found.append((said, end, from_mention(doc, mention)))
    return found


def _label_name(doc: Doc, start: int, colon: int, speech_words: Container[str]) -> Mention | None:
    """The person or organisation that ends the label [start, colon), after at most a few
    words of title and no punctuation or verb of speech."""
    label = doc.text[start:colon]
    if not label.strip() or any(ch in _LABEL_BREAKS for ch in label):
        return None
    label_end = start + len(label.rstrip())
    first_at = bisect_left(doc.mention_starts, start)
    last_at = bisect_left(doc.mention_starts, label_end)
    mention = next((m for m in doc.mentions[first_at:last_at] if m.end == label_end), None)
    if mention is None or mention.type not in SPEAKER_TYPES:
        return None
    first, last = doc.words.first_at(start), doc.words.first_at(mention.start)
    if last - first > MAX_TITLE_WORDS:
        return None
    norms = doc.words.norms
    if any(norms[k] in speech_words for k in range(first, doc.words.first_at(label_end))):
        return None
    # only titles before the name (`الرئيس الفلبيني دوتيرتي:`); other words make the line a
    # topic (`اختفاء جمال خاشقجي:`) or a report about the name (`صندوق النقد يحذر ترامب:`)
    if not all(_title_word(norms[k]) for k in range(first, last)):
        return None
    return mention


def labels_a_speaker(doc: Doc, start: int, colon: int, speech_words: Container[str]) -> bool:
    """Does the label [start, colon) of a transcript line name who speaks: a person or an
    organisation after titles (`السفير جيفري`), or a title first (`الوزير منصور`, `المخرج`)?
    A fact box's keys (`البعد التقريبي عن موسكو:`) and a page's topic tags (`الحرب في سوريا:`,
    `زلزال إندونيسيا:`) repeat like labels but name no one."""
    if _label_name(doc, start, colon, speech_words) is not None:
        return True
    first = doc.words.first_at(start)
    if first >= doc.words.first_at(colon):
        return False
    norm = doc.words.norms[first]
    return norm in TITLE_WORDS or (norm[:2] == "ال" and norm[2:] in TITLE_WORDS)


def _title_word(norm: str) -> bool:
    """A title, or the nationality after it (`الرئيس الفلبيني`)."""
    return norm in TITLE_WORDS or (norm[:2] == "ال" and norm.endswith(("ي", "يه")))


def _describes(doc: Doc, start: int, end: int) -> bool:
    """Does the text after the colon describe the name rather than say something? A
    profile (a title or `قصة` first, a relative pronoun early), a byline's parts after a
    slash, a question put to the reader."""
    first = doc.words.first_at(start)
    norms = doc.words.norms[first : first + PROFILE_WORDS]
    text = doc.text[start:end].rstrip(" .\"”»")
    return (
        not norms
        or norms[0] in _PROFILE_OPENERS
        or (norms[0][:2] == "ال" and norms[0][2:] in TITLE_WORDS)  # `الزعيم الجديد للحركة`
        or not _RELATIVES.isdisjoint(norms)
        or "/" in text
        or text.endswith(("؟", "?"))
    )
