"""A verb with no subject of its own and whom it goes on with: a verb joined to its sentence's
first verb by و or after a comma (`ونعت كتائب القسام …، وقالت:`), a sentence opening right
after the last speaker's, a subject fronted before the verb, the guest of an interview named
before (`وفي لقاء مع X`)."""

from __future__ import annotations

from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_speakers import Speaker
from siyaq.model import Mention

_INTERVIEW_NOUNS = frozenset({"لقاء", "حديث", "حوار", "مقابله", "اتصال", "تصريح", "تصريحات"})


MAX_INTERVIEW_WORDS = 4  # `وفي لقاء آخر مع X`: words from the noun to مع, and from مع to X


_CLAUSE_MARKS = frozenset("،,.:؛")


def interviewed(doc: Doc, verb: Verb, sent_start: int) -> Mention | None:
    """`وفي لقاء آخر مع سامي الحداد، وهو صاحب محل، أوضح أن …`: the person an interview
    opening the verb's sentence was with."""
    words = doc.words
    first = words.first_at(sent_start)
    given = _given_by(doc, first, verb.index)
    if given is not None:
        return given
    for n in range(first, min(first + MAX_INTERVIEW_WORDS + 2, verb.index)):
        bare = words.norms[n][1:] if words.norms[n][:1] in "وف" else words.norms[n]
        if bare not in ("مع", "بمع"):
            continue
        if not any(norm.lstrip("وفب") in _INTERVIEW_NOUNS for norm in words.norms[first:n]):
            return None
        limit = words.start(min(n + MAX_INTERVIEW_WORDS, verb.index))
        return next(  # `مع مدير المسرح ماجد الشعيل`: a title may come before the name
            (
                m
                for m in doc.mentions
                if m.type == "PERS"
                and words.end(n) < m.start <= limit
                and not _CLAUSE_MARKS.intersection(doc.text[words.end(n) : m.start])
            ),
            None,
        )
    return None


def _given_by(doc: Doc, first: int, verb_index: int) -> Mention | None:
    """`جاء ذلك في مقابلة لساندرز مع CNN حيث قال:`: the person an interview noun is given by,
    written on ل right after it."""
    words = doc.words
    for n in range(first, min(first + MAX_INTERVIEW_WORDS + 2, verb_index - 1)):
        if words.norms[n].lstrip("وفب") not in _INTERVIEW_NOUNS or words.norms[n + 1][:1] != "ل":
            continue
        start, end = words.start(n + 1), words.end(n + 1)
        # the name after its ل (a mention that keeps the ل is the tagger's guess: `لفرانس تي`)
        return next((m for m in doc.mentions if m.type == "PERS" and start < m.start < end),
                    None)
    return None


def fronted(doc: Doc, verb: Verb, sent_start: int) -> Speaker | None:
    """`وبالعودة إلى المهندس القحطاني، أوضح أن …`: a person or organisation named right before
    a verb without و, only a comma between, in the same sentence."""
    if doc.words.norms[verb.index][:1] in "وف":
        return None  # `التقى الوزير بسامي الحداد، وقال`: coordination, the subject is earlier
    if doc.words.norms[doc.words.first_at(sent_start)] in _ABOUT:
        return None  # `وعن ما بدر منه تجاه أهالي بني سويف، أكد`: what he spoke of
    for mention in reversed(doc.mentions):
        if mention.end <= verb.start:
            if mention.start < sent_start or mention.type not in ("PERS", "ORG"):
                return None
            gap = doc.text[mention.end : verb.start].strip()
            if gap not in ("،", ",") or _accompanied(doc, mention):
                return None
            return from_mention(doc, mention)
    return None


_ABOUT = frozenset({"عن", "وعن", "حول", "وحول", "بشان", "وبشان", "وعما", "عما"})


def _accompanied(doc: Doc, mention: Mention) -> bool:
    """`ورد على سؤال عن لقائه المرتقب، مع كيم، قال`: whom one meets or talks with is not the
    one who speaks."""
    k = doc.words.first_at(mention.start) - 1
    return k >= 0 and doc.words.norms[k] in ("مع", "ومع")


def opens_after(doc: Doc, verb: Verb, sent_start: int, last: Verb) -> bool:
    """A participle opening its sentence, right after a sentence where `last` spoke: the
    full stop was put where a comma belonged."""
    if doc.words.first_at(sent_start) != verb.index:
        return False
    last_end = doc.sentence(last.start)[1]
    return last_end < sent_start and not doc.text[last_end:sent_start].strip(" .\n")


def coordinated(doc: Doc, verb: Verb, sent_start: int) -> bool:
    """A verb joined by و/ف after a comma to a clause of its own sentence (`…، وقالت:`), or
    opened by حيث/إذ after one (`وسلكت صحيفة ريكورد نفس الطريق …، حيث قالت:`)."""
    norms, k = doc.words.norms, verb.index
    if norms[k][:1] not in "وف":
        if k == 0 or norms[k - 1] not in _CIRCUMSTANTIAL:
            return False
        k -= 1  # the comma stands before حيث
    before = doc.text[sent_start : doc.words.start(k)].rstrip()
    return before.endswith(("،", ","))


_CIRCUMSTANTIAL = frozenset({"حيث", "اذ"})


def joined(doc: Doc, verb: Verb, sent_start: int) -> bool:
    """A verb joined by و/ف to a clause of its own sentence without a comma (`وتوجه الرئيس …
    إلى مركز الاقتراع ودعا «…»`)."""
    opened = bool(doc.text[sent_start : verb.start].strip())
    return opened and doc.words.norms[verb.index][:1] in "وف"


_BUT = frozenset({"لكن", "ولكن", "بينما", "فيما", "اما"})


def named_subject_first(doc: Doc, verb: Verb, sent_start: int) -> Mention | None:
    """`ولكن ميلانيا كسرت الصمت … وأكدت أن`: a person named first in the sentence (after
    لكن at most), right before a first verb of the joined verb's gender (both ending in ت,
    or neither), and no one else named up to the joined verb."""
    words = doc.words
    k = words.first_at(sent_start)
    if k < verb.index and words.norms[k] in _BUT:
        k += 1
    person = next((m for m in doc.mentions if m.start == words.start(k)), None) \
        if k < verb.index else None
    if person is None or person.type != "PERS":
        return None
    after = words.first_at(person.end)
    if after >= verb.index - 1 or any(
        person.end <= m.start < verb.start for m in doc.mentions
    ) or doc.text[person.end : words.start(after)].strip():
        return None
    feminine = verb.form.endswith("ت")
    return person if words.norms[after].endswith("ت") == feminine else None
