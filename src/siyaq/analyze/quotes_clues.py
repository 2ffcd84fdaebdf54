"""Clues that a phrase is (or is not) a speaker: a title's holder named further on, an
honour's pronoun (`سموه`), a verse's divine speaker, support for a name read from the words."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from siyaq.analyze.quotes_doc import MAX_QUOTED_NAME_WORDS, Doc, Verb, Words
from siyaq.analyze.quotes_lexicon import (
    ADDRESSEE_PREPOSITIONS,
    ADDRESSEES,
    ANONYMOUS_HEADS,
    COMPLEMENTIZERS,
    CONJUNCTION_HEADS,
    DIVINE_EPITHETS,
    DIVINE_NAMES,
    ORG_CONSTRUCTS,
    ORG_HEADS,
    OUTLET_HEADS,
    REPORT_HEADS,
    ROLE_WORDS,
    SOFT_STOPS,
    STATEMENT_HEADS,
    TIES,
    TOLD_HEADS,
    WEEKDAY_HEADS,
)
from siyaq.analyze.quotes_nations import nationality
from siyaq.analyze.quotes_spans import BREAK_CHARS, breaks_sentence, names_a_work
from siyaq.analyze.quotes_speakers import (
    QUANTIFIERS,
    TITLE_WORDS,
    Speaker,
    Word,
    has_article,
    is_anonymous,
    name_start,
)
from siyaq.model import Mention

MAX_TITLE_CLAUSE = 20  # words from a verb to the أن closing `title … name`
MAX_ADJUNCT_WORDS = 12  # `وقال الوزير في كلمة ألقاها أمام المؤتمر إن …`: words to the إن
# A longer adjunct (`خلال اجتماعه بمديري تعليم عسير، ونجران، …، في إحدى مدارس نجران، إن`)
# when a comma closes it right before the إن.
MAX_LONG_ADJUNCT_WORDS = 20
# `في بيان نشرته الوزارة`, `في تغريدة نشرها على تويتر`: a statement and the verb that
# published it, inside the adjunct before the speech
_PUBLISHED = frozenset({"بيان", "تقرير", "تغريده", "رساله", "مقال", "منشور", "تدوينه", "فيديو"})
_PUBLISHING = frozenset({"نشر", "نشرت", "نشره", "نشرته", "نشرها", "اصدر", "اصدرت", "اصدره",
                         "اصدرته", "اصدرها", "بث", "بثت", "بثه", "بثته", "وزع", "وزعت", "وزعته"})
_CLAUSE_BREAKS = frozenset(':.!؟?\n«»"“”')
# `قال الله`, `من قول الله تعالى`, not `داعيا الله`
_SAY_FORMS = frozenset({"قال", "قالت", "يقول", "تقول", "قول", "بقول"})
_SOME_OF = frozenset({"احد", "احدي"})  # `أحد هؤلاء`: one of those just described


def title_holder(doc: Doc, verb: Verb) -> Mention | None:
    """`وكشف مسؤول الرقابة عن المنشطات في الوفد السعودي عبدالعزيز المسعد أن …`: a title
    whose phrase runs past a stop word, then the person's name right before أن."""
    norms, text = doc.words.norms, doc.text
    last = min(verb.index + 1 + MAX_TITLE_CLAUSE, len(norms))
    for n in range(verb.index + 1, last):
        if n > verb.index + 1 and any(
            ch in _CLAUSE_BREAKS for ch in text[doc.words.end(n - 1) : doc.words.start(n)]
        ):
            return None  # the sentence, the phrase or a quote ends first
        if norms[n] in COMPLEMENTIZERS:
            end = doc.words.end(n - 1)
            return next(
                (
                    m
                    for m in doc.mentions
                    if m.type == "PERS"
                    and m.end == end
                    and m.start > verb.end
                    and m.text[0].isalpha()
                ),
                None,
            )
    return None


def no_speaker(doc: Doc, mention: Mention, words: list[Word]) -> bool:
    """`بحمد الله` tagged as a person; a one-letter name; `كيل` cut from the title `وكيل`."""
    norm = doc.normalize(mention.text)
    inside_title = any(w.start < mention.start < w.end and w.norm in TITLE_WORDS for w in words)
    return norm in DIVINE_NAMES or len(norm) < 2 or inside_title


def past_title(doc: Doc, mention: Mention, end: int) -> Mention:
    """A title alone tagged as a person (`وكيلة وزارة الخزانة سيغال ماندلكر`, `دكتورة أخيلة`):
    the person named right after it, before `end`, if any."""
    norm = doc.normalize(mention.text)
    # the feminine of a title (not وكيله, his agent), but not أمينة, a given name
    feminine = mention.text.endswith("ة") and norm[:-1] in TITLE_WORDS and norm != "امينه"
    if mention.type != "PERS" or " " in norm or not (norm in TITLE_WORDS or feminine):
        return mention
    later = (m for m in doc.mentions if mention.end < m.start < min(end, mention.end + 40))
    return next((m for m in later if m.type == "PERS"), mention)


def honoured(doc: Doc, verb: Verb, titles: frozenset[str]) -> Mention | None:
    """The last person named before the verb right after one of the honour's titles
    (`صاحب السمو الملكي الأمير فيصل بن بندر`), else the last person named."""
    people = [m for m in doc.mentions if m.type == "PERS" and m.end <= verb.start]
    norms = doc.words.norms
    for mention in reversed(people):
        at = doc.words.first_at(mention.start)
        if titles.intersection(norms[max(0, at - 4) : at]):
            return mention
    return people[-1] if people else None


MAX_TITLE_TO_NAME = 12  # words from `المتحدث الرسمي …` to the spokesman's name
MAX_OFFICE_TO_NAME = 5  # `أمير قطر الشيخ تميم`: the title, its body and an honorific


def spokesperson(doc: Doc, head: str, before: int,
                 principal: frozenset[str] | None = None, after_first: bool = False
                 ) -> Mention | None:
    """`وأوضح المتحدث الأمني`: the person named right before the same title earlier in the
    text, or within a few words after it (`المتحدث الأمني بوزارة الداخلية اللواء منصور
    التركي`), if any; with `principal` (words without article or ل), only a title followed
    by one of them (the spokesman of the same body). `after_first`: a name right after the
    title (within a few words) before one right before it (`استقبل ترمب أمير قطر الشيخ
    تميم`; not `خوردي مستري، نائب رئيس برشلونة، عن استيائه من تصرف بيكيه`)."""
    norms, found = doc.words.norms, None
    people = [m for m in doc.mentions if m.type == "PERS" and m.end <= before]
    forms = (head, head[2:])  # `المتحدث` or `متحدث`
    for at in [i for i in range(doc.words.first_at(before)) if norms[i] in forms]:
        start = doc.words.start(at)
        window_end = doc.words.start(min(at + MAX_TITLE_TO_NAME, len(norms) - 1))
        if principal is not None and not _same_principal(
            principal, {bare_word(norm) for norm in norms[at + 1 : at + 1 + MAX_TITLE_TO_NAME // 2]}
        ):
            continue
        right_before = [
            m for m in people if m.end <= start and not doc.text[m.end : start].strip(" ،,")
        ]
        following = [m for m in people if start < m.start <= window_end]
        named_after = following[0] if following and not speech_between(
            doc, start, following[0].start) else None
        close = named_after is not None and named_after.start <= doc.words.start(
            min(at + MAX_OFFICE_TO_NAME, len(norms) - 1))
        if named_after is not None and ((after_first and close) or not right_before):
            found = named_after
        elif right_before:  # `النقيب عمر الأكلبي المتحدث الرسمي`
            found = right_before[-1]
    return found


def _same_principal(principal: frozenset[str], earlier: set[str]) -> bool:
    """Does an earlier title name the same body: all of its words (`الكرملين`), or two
    (`الرئاسة المصرية`)? One shared word is not enough (`شرطة الإقليم` of another province
    than `الشرطة المحلية` before), nor two without its nationality (`السفير الفلسطيني لدى
    المنظمة الدولية` is not the Saudi one named before)."""
    nations = {word for word in principal if nationality("ال" + word) is not None}
    return principal <= earlier or (len(principal & earlier) >= 2 and nations <= earlier)


def speech_between(doc: Doc, start: int, end: int) -> bool:
    """A sentence end, a quote mark, a colon or an إن/أن between a title and a name: the name
    is in what was said, not the title's holder."""
    gap = doc.text[start:end]
    if any(mark in gap for mark in '.:"«»“”'):
        return True
    first, last = doc.words.first_at(start), doc.words.first_at(end)
    return any(norm in ("ان", "انه", "انها") for norm in doc.words.norms[first:last])


def bare_word(norm: str) -> str:
    """A word without its article or ل, and without a feminine ending (`للرئاسه`, `الرئاسه`
    -> `رئاس`; `محافظة الحديدة` and `محافظ الحديدة` alike)."""
    for prefix in ("لل", "ال", "ل"):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            norm = norm[len(prefix) :]
            break
    return norm[:-1] if norm.endswith("ه") and len(norm) > 3 else norm


def scripture(doc: Doc, verb: Verb) -> Speaker | None:
    """`في قوله تعالى`, `قال الله عز وجل`, `ربنا يقول`: a verse, spoken by God."""
    norms, i = doc.words.norms, verb.index
    after = tuple(norms[i + 1 : i + 3])
    said_by_god = after[:1] in DIVINE_EPITHETS or after in DIVINE_EPITHETS
    # `ربنا يقول`, `والله يقول`; not `… محمود عبد الله، وقال` (a man's name ends in الله)
    before = tuple(norms[max(0, i - 2) : i])
    god_before = (
        before[-1:] in (("ربنا",), ("الله",))
        and before[:1] != ("عبد",)
        and norms[i][:1] in "يت"  # `ربنا يقول`, not `… إن شاء الله. وقال الوزير`
        and doc.text[doc.words.end(i - 1) : verb.start].isspace()
    )
    god_after = bool(after) and after[0] in DIVINE_NAMES and verb.form in _SAY_FORMS
    if said_by_god or god_after or (god_before and verb.kind == "verb"):
        return Speaker("الله", None, "NAME", verb.start)
    return None


def vouched(doc: Doc, speaker: Speaker, words: list[Word]) -> bool:
    """Is a name read from the words (not a tagged mention) believable where the tagger ran?
    A definite description (`المصدر`, `وزارة المياه`), a title before it here (`المدير
    التنفيذي وليد دانيل`) or anywhere in the text (`نعت الفنانة لقاء الخميسي`), or a word it
    shares with a tagged name. Otherwise it is usually not a name at all (`أعتقد`, `لشبكات
    التلفزيون`, `متحمسة`), and the verb takes the speaker before it instead."""
    norms = doc.normalize(speaker.name).split()
    if not norms or has_article(norms[0]) or "ال" + norms[0] in ORG_HEADS | OUTLET_HEADS:
        return True  # `المصدر`; `وزارة المياه`, `شركة فيسبوك`: an organisation noun's phrase
    if norms[0] in _SOME_OF or norms[0] in QUANTIFIERS or norms[0] in ANONYMOUS_HEADS:
        return True  # `أحد هؤلاء`, `بعض السكان`: an unnamed source, said as such
    if norms[0] in REPORT_HEADS:
        return True  # `دراسة بريطانية`
    if any(w.norm in TITLE_WORDS for w in words if w.end <= speaker.start):
        return True
    named = doc.mention_words()
    if any(len(n) >= 3 and n in named for n in norms):
        return True
    return _titled_or_repeated(doc.words, norms)


def _titled_or_repeated(words: Words, name: list[str]) -> bool:
    """Does the name stand right after a title word somewhere in the text, or stand there
    twice or more (`بحسب لوند`, then `لوند،` twice)? A stray verb or adjective read as a name
    is seldom written twice."""
    text_norms = words.norms
    size = len(name)
    places = [at for at in words.positions(name[0]) if text_norms[at : at + size] == name]
    return len(places) >= 2 or any(i and text_norms[i - 1] in TITLE_WORDS for i in places)


def clause_after_adjunct(doc: Doc, verb: Verb, stop: int, verbs: frozenset[str]) -> None:
    """`وقال الوزير في كلمته إن …`, `قالت السلطات الخميس إن …`: the subject ended at an
    adjunct (word `stop`); the إن/أن a few words on, in the same sentence and before any
    other verb of speech, opens what was said (`verb.clause`), and a colon opens speech
    (`verb.colon`). `بعد أن` is a conjunction of time, not the start of the speech."""
    words, text, norms = doc.words, doc.text, doc.words.norms
    last = min(stop + 1 + MAX_LONG_ADJUNCT_WORDS, len(words))
    if last <= stop + 1 or (
        not any(norm in COMPLEMENTIZERS for norm in norms[stop + 1 : last])
        and ":" not in text[words.end(stop) : words.end(last - 1)]
    ):
        return  # most adjuncts: neither an إن nor a colon ahead
    for n in range(stop + 1, last):
        prev_end, start = words.end(n - 1), words.start(n)
        gap = text[prev_end:start]
        colon = prev_end + gap.index(":") if ":" in gap else -1
        if colon >= 0 and n - stop <= MAX_ADJUNCT_WORDS and not _title_colon(doc, colon):
            verb.colon = colon
            return
        if (not BREAK_CHARS.isdisjoint(gap) and breaks_sentence(text, prev_end, start)) or (
            _speech_opens(doc, prev_end, start)
        ):
            return
        norm = words.norms[n]
        if cnn(norms, n):
            continue
        if norms[n - 1] in _PUBLISHED and norm in _PUBLISHING:
            continue  # `في بيان نشر على موقع الوزارة`: what the statement is, not a new verb
        if norm in verbs or (norm[:1] in "وف" and norm[1:] in verbs):
            return  # another verb of speech owns what follows (`…، وذكرت التقارير أن`)
        if (
            norm in COMPLEMENTIZERS
            and words.norms[n - 1] not in CONJUNCTION_HEADS
            and (n - stop <= MAX_ADJUNCT_WORDS or "،" in gap or "," in gap
                 or _told_outlet_in_marks(doc, n - 1))
        ):
            verb.clause = n
            return


def _told_outlet_in_marks(doc: Doc, n: int) -> bool:
    """`…، العميد الركن عبد السلام الشحي، لـ"سكاي نيوز عربية" إن`: the adjunct ends with a
    short name in marks after ل (whom it was told), like a comma ending it."""
    if not doc.inside_quote(doc.words.start(n)):
        return False
    i = bisect_right(doc.opens, doc.words.start(n)) - 1
    span = doc.spans[i]
    before = doc.text[max(0, span.open_mark - 3) : span.open_mark]
    return doc.words.between(span.start, span.end) <= MAX_QUOTED_NAME_WORDS \
        and before.rstrip().endswith(("لـ", "ل"))


def _title_colon(doc: Doc, colon: int) -> bool:
    """A colon inside marks (`بعنوان «أعترض: …»`) or after a title's cue (`تحت عنوان: «…»`)."""
    return doc.inside_quote(colon) or names_a_work(doc.text, colon + 1)


def _speech_opens(doc: Doc, start: int, end: int) -> bool:
    """Does a quote long enough to be speech open in [start, end), before a word (a short one
    names a paper, `لـ«الشرق الأوسط»`, and a work's title, `في ورقة بعنوان «…»`, is part of
    the adjunct)?"""
    spans = doc.spans_opening(start, end)
    return bool(spans) and any(
        doc.words.between(span.start, span.end) > MAX_QUOTED_NAME_WORDS
        and not names_a_work(doc.text, span.open_mark)
        for span in spans
    )


def name_particle(norms: Sequence[str], n: int, gap: str, inside: bool) -> bool:
    """Is فان (فإن, "so") the particle of a name: inside one (`روبن فان بيرسي`), or right
    after the verb, before a word without ال (`وقال فان غال:`; `وأضاف فإن الحكومة` and
    `وبحسب صحيفة وول ستريت جورنال فإن الشركة` are no names)?"""
    following = next_norm(norms, n)
    particle = norms[n] == "فان" and following[:1].isalpha() and not has_article(following)
    if inside:  # a comma before it ends the name
        return particle and "،" not in gap and "," not in gap
    return particle


def in_title(chunks: list[list[Word]]) -> bool:
    """`خطيب الجمعة`: the day names the title's office, not when it was said."""
    return bool(chunks[-1]) and chunks[-1][-1].norm in WEEKDAY_HEADS


def next_norm(norms: Sequence[str], n: int) -> str:
    return norms[n + 1] if n + 1 < len(norms) else ""


def maybe_surname(word: str) -> bool:
    """A lone ال-word subject that is no title, organisation, statement or anonymous source."""
    return word.startswith("ال") and not (
        word in TITLE_WORDS or word in ORG_HEADS or word in OUTLET_HEADS
        or word in STATEMENT_HEADS or is_anonymous(word)
    )


def name_before(doc: Doc, words: list[Word], mention: Mention) -> bool:
    """`ونشرت لقاء الخميسي صورة للفنان سمير غانم`: when the words right after the verb look
    like a name the tagger missed, they are the subject, not a person named later. A role
    that is also a given name (`نجم الكرة كريستيانو رونالدو`: "star") names the person after
    it; not a club after it (`مدرب توتنهام` stays the description, not Tottenham); nor a
    role of the organisation tagged right after it (`مؤسس "فيسبوك" ومديره التنفيذي مارك
    زوكربرغ`)."""
    if mention.start <= words[0].start or not name_start(words[0].norm) \
            or words[0].norm in TIES:  # `زميله لاعب الوسط رودريغو بنتانكور`
        return False
    role = words[0].norm not in ORG_CONSTRUCTS and not any(  # `نادي رايو فاليكانو`: a club
        m.start < words[0].end and words[0].start < m.end for m in doc.mentions)
    if role and mention.type == "PERS" and len(words) > 1 and any(
        m.type in ("ORG", "MISC") and words[1].start <= m.start < words[1].end + 1
        for m in doc.mentions
    ):
        return False
    # `مدرب وليامز` (Williams's coach): a person right after the role is whose role it is
    return not (words[0].norm in ROLE_WORDS and mention.type == "PERS"
                and len(words) > 1 and mention.start > words[1].start)


_AFFILIATION = frozenset({"في", "لدي"})
MAX_AFFILIATION_WORDS = 3  # words from في to the organisation's name


def affiliation(doc: Doc, end: int) -> int:
    """`المحللون في بنك الاستثمار كابيتال`: where a group's organisation, named right after
    في/لدى, ends; `end` itself when none follows."""
    words = doc.words
    n = words.first_at(end)
    if n >= len(words) or words.norms[n] not in _AFFILIATION:
        return end
    if doc.text[words.end(n - 1) if n else 0 : words.start(n)].strip():
        return end  # punctuation before في: another clause
    limit = words.start(min(n + 1 + MAX_AFFILIATION_WORDS, len(words) - 1))
    for mention in doc.mentions:
        if words.end(n) < mention.start <= limit and mention.type == "ORG":
            told = _told_at(words, mention)  # `مسؤولون في الشرطة الهندية لبي بي سي`: whom
            if told is not None:  # they told ends the organisation
                return words.end(told - 1) if told - 1 > n else end
            stop = mention.end
            while stop < len(doc.text) and doc.text[stop] not in " \t\n.،,":
                stop += 1  # `مورننج-ستار`: the whole written name
            return stop
    return end


def _told_at(words: Words, mention: Mention) -> int | None:
    """The index of the word opening whom it was told when the mention is an outlet after ل
    (`لبي بي سي`, `لـ"العربية.نت"`), else None (`المجاورة للمكسيك`: no outlet)."""
    k = words.first_at(mention.start)
    if k >= len(words) or words.start(k) > mention.start:
        k -= 1  # the ل glued to the name: the word holding its start
    if words.norms[k] in ADDRESSEES:
        return k
    return k - 1 if k and words.norms[k - 1] in ADDRESSEE_PREPOSITIONS else None


def office_holder(doc: Doc, office: list[Word], before: int) -> Mention | None:
    """`ومدير مطار المدينة سالم الراشد` earlier: the person named right after the same
    title and office (`مدير مطار المدينة`), before offset `before`."""
    norms, key = doc.words.norms, [w.norm for w in office]
    if not key:
        return None
    found = None
    heads = (key[0], "و" + key[0])  # `ومدير مطار المدينة`
    limit = doc.words.first_at(before) - len(key)
    for i in sorted(i for head in heads for i in doc.words.positions(head) if i < limit):
        if norms[i + 1 : i + len(key)] != key[1:]:
            continue
        after = doc.words.end(i + len(key) - 1)
        person = next((m for m in doc.mentions if m.start >= after and m.type == "PERS"), None)
        if (
            person is not None
            and person.end <= before
            and (not doc.text[after : person.start].strip(" ،,")
                 or _place_then_titles(doc, doc.text[after : person.start]))
        ):
            found = person
    return found


MAX_PLACE_WORDS = 5  # `في الساحل الغربي لليمن،` between an office and its holder's titles


def _place_then_titles(doc: Doc, gap: str) -> bool:
    """`قائد قوات التحالف في الساحل الغربي لليمن، العميد الركن عبد السلام الشحي`: where the
    office is, a comma and the holder's titles."""
    comma = max(gap.rfind("،"), gap.rfind(","))
    place = gap[:comma].split()
    return comma >= 0 and 1 < len(place) <= MAX_PLACE_WORDS \
        and doc.normalize(place[0]) in ("في", "ب") and only_titles(doc, gap[comma + 1 :])


def only_titles(doc: Doc, text: str) -> bool:
    """Are all the words of `text` titles, with or without ال (`العميد الركن`)?"""
    titles = [doc.normalize(w) for w in text.split()]
    return all(t in TITLE_WORDS or t.removeprefix("ال") in TITLE_WORDS for t in titles)


def cnn(norms: Sequence[str], n: int) -> bool:
    """Is word n an `ان` of `سي ان ان` (CNN), not the complementizer أن?"""
    # `بي بي سي أن`: أن after BBC; CNN's first ان has its second after it
    return norms[n] == "ان" and n > 0 and (
        (norms[n - 1] == "سي" and (n < 2 or norms[n - 2] != "بي"
                                   or (n + 1 < len(norms) and norms[n + 1] == "ان")))
        or (n > 1 and norms[n - 1] == "ان" and norms[n - 2] == "سي")
    )


def addressee_first(doc: Doc, word: Word) -> bool:
    """Does a subject phrase open with whom it was said to (`لشبكة سي ان ان`)?"""
    norm = word.norm
    # `لـCNN`: ل before a name in Latin letters is always "to"
    return norm.rstrip("0123456789") in ADDRESSEES or (norm[:1] == "ل" and (
        (norm[1:2].isascii() and norm[1:2].isalpha()) or _told_by_name(doc, norm[1:])))


def _told_by_name(doc: Doc, name: str) -> bool:
    """`ويقول لكون-بينديت:`: ل before a name the text also writes without it (`يصر
    كون-بينديت`) is whom he spoke to; a name that begins with ل (`ليلى`) has no such twin."""
    return len(name) >= 3 and bool(doc.words.positions(name)) and (
        name in doc.mention_words() or "ل" + name in doc.mention_words())


def told_object(doc: Doc, n: int) -> bool:
    """Does word n open the object of `أبلغ` (the one told: `الصحفيين`, `وسائل الإعلام`, an
    organisation the tagger names), right after a speaker phrase that is complete: a definite
    word, a nisba adjective (`مسؤول أمريكي`) or the end of a name? After a word in construct
    state the same word belongs to the speaker (`رئيس وكالة الطاقة`)."""
    words = doc.words
    start, before_end = words.start(n), words.end(n - 1)
    if words.norms[n] not in TOLD_HEADS and not any(
            m.start == start and m.type == "ORG" for m in doc.mentions):
        return False
    before = words.norms[n - 1]
    if before in SOFT_STOPS:  # `السفيرة لدى الأمم المتحدة`: the speaker's own phrase
        return False
    return before.startswith("ال") or before.endswith(("ي", "يه", "يين")) or any(
        m.end == before_end for m in doc.mentions)
