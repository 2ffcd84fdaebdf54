"""The holder of a title named elsewhere in the article: `المتحدث الرسمي` is the spokesman the
text named with that title (of the same body), `ومدير مطار المدينة` the person named right
after the same office, a title's holder named further on in the same clause, and an honour's
pronoun (`سموه`) the prince it was said of."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from siyaq.analyze.quotes_clues import bare_word, speech_between
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_lexicon import COMPLEMENTIZERS
from siyaq.analyze.quotes_nations import nationality
from siyaq.analyze.quotes_speakers import TITLE_WORDS, Word, is_preposition
from siyaq.model import Mention

_CLAUSE_BREAKS = frozenset(':.!؟?\n«»"“”')
MAX_TITLE_CLAUSE = 20  # words from a verb to the أن closing `title … name`


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
MAX_TITLES_BACK = 50  # earlier places of the same title read, nearest first
MAX_GAP = 20  # characters of spaces and commas between a name and the title after it


def spokesperson(doc: Doc, head: str, before: int,
                 principal: frozenset[str] | None = None, after_first: bool = False
                 ) -> Mention | None:
    """`وأوضح المتحدث الأمني`: the person named right before the same title earlier in the
    text, or within a few words after it (`المتحدث الأمني بوزارة الداخلية اللواء منصور
    التركي`), if any; with `principal` (words without article or ل), only a title followed
    by one of them (the spokesman of the same body). `after_first`: a name right after the
    title (within a few words) before one right before it (`استقبل ترمب أمير قطر الشيخ
    تميم`; not `خوردي مستري، نائب رئيس برشلونة، عن استيائه من تصرف بيكيه`)."""
    norms = doc.words.norms
    people = [m for m in doc.mentions if m.type == "PERS" and m.end <= before]
    starts = [m.start for m in people]  # mentions do not overlap: ends rise with starts
    ends = [m.end for m in people]
    last = doc.words.first_at(before)
    # the nearest title naming someone wins: read back from it, and only so far (a text
    # repeating one title thousands of times made every reading go through all of them)
    for at in _nearest_before(doc, (head, head[2:]), last):  # `المتحدث` or `متحدث`
        start = doc.words.start(at)
        window_end = doc.words.start(min(at + MAX_TITLE_TO_NAME, len(norms) - 1))
        if principal is not None and not _same_principal(
            principal, {bare_word(norm) for norm in norms[at + 1 : at + 1 + MAX_TITLE_TO_NAME // 2]}
        ):
            continue
        k = bisect_right(ends, start) - 1  # the last person named before the title
        right_before = people[k] if k >= 0 and start - ends[k] <= MAX_GAP \
            and not doc.text[ends[k] : start].strip(" ،,") else None
        named_after = _named_after(doc, people, bisect_right(starts, start), window_end)
        if named_after is not None and (speech_between(doc, start, named_after.start)
                                        or _spoken_for(doc, at, named_after)):
            named_after = None
        close = named_after is not None and named_after.start <= doc.words.start(
            min(at + MAX_OFFICE_TO_NAME, len(norms) - 1))
        if named_after is not None and ((after_first and close) or right_before is None):
            return named_after
        if right_before is not None:  # `النقيب عمر الأكلبي المتحدث الرسمي`
            return right_before
    return None


def _spoken_for(doc: Doc, at: int, mention: Mention) -> bool:
    """`المتحدث باسم رئيسة الوزراء البريطانية، تيريزا ماي`: the person a spokesman speaks for,
    named right after باسم or after a title there; not the spokesman himself (`المتحدث باسم
    التحالف العقيد الركن تركي المالكي`, `باسم الأمين العام للأمم المتحدة فرحان حق`)."""
    norms = doc.words.norms
    named_at = doc.words.first_at(mention.start)
    by = next((k for k in range(at + 1, named_at) if norms[k] == "باسم"), None)
    if by is None:
        return False
    if by + 1 == named_at:
        return True
    title = norms[by + 1]
    return (title in TITLE_WORDS or "ال" + title in TITLE_WORDS) and not any(
        norm[:1] == "ل" and len(norm) > 3 for norm in norms[by + 2 : named_at])


def _nearest_before(doc: Doc, forms: tuple[str, ...], limit: int) -> list[int]:
    """The last MAX_TITLES_BACK places of any of the spellings before word `limit`, the
    nearest first."""
    found: set[int] = set()
    for form in forms:
        if form:
            places = doc.words.positions(form)
            end = bisect_left(places, limit)
            found.update(places[max(0, end - MAX_TITLES_BACK) : end])
    return sorted(found, reverse=True)[:MAX_TITLES_BACK]


def _named_after(doc: Doc, people: list[Mention], k: int, window_end: int) -> Mention | None:
    """The first of `people[k:]` named up to `window_end` and not after a preposition."""
    for mention in people[k:]:
        if mention.start > window_end:
            return None
        if not _governed(doc, mention):
            return mention
    return None


def _governed(doc: Doc, mention: Mention) -> bool:
    """A name after a preposition (`ممثلة إباحية، تورطت في … مع دونالد ترامب`) or written with
    ل (`المحامي الشخصي لترامب`): whom the title concerns, not its holder."""
    at = doc.words.first_at(mention.start)
    if at > 0 and doc.words.end(at - 1) > mention.start:  # inside a word: after its clitic
        return doc.text[doc.words.start(at - 1)] in "لب"
    return 0 < at < len(doc.words.norms) and is_preposition(doc.words[at - 1], doc.text)


def _same_principal(principal: frozenset[str], earlier: set[str]) -> bool:
    """Does an earlier title name the same body: all of its words (`الكرملين`), or two
    (`الرئاسة المصرية`)? One shared word is not enough (`شرطة الإقليم` of another province
    than `الشرطة المحلية` before), nor two without its nationality (`السفير الفلسطيني لدى
    المنظمة الدولية` is not the Saudi one named before)."""
    nations = {word for word in principal if nationality("ال" + word) is not None}
    return principal <= earlier or (len(principal & earlier) >= 2 and nations <= earlier)


def office_holder(doc: Doc, office: list[Word], before: int) -> Mention | None:
    """`ومدير مطار المدينة سالم الراشد` earlier: the person named right after the same
    title and office (`مدير مطار المدينة`), before offset `before`."""
    norms, key = doc.words.norms, [w.norm for w in office]
    if not key:
        return None
    heads = (key[0], "و" + key[0])  # `ومدير مطار المدينة`
    limit = doc.words.first_at(before) - len(key)
    for i in _nearest_before(doc, heads, limit):  # the nearest first, as in spokesperson
        if norms[i + 1 : i + len(key)] != key[1:]:
            continue
        after = doc.words.end(i + len(key) - 1)
        first = bisect_left(doc.mention_starts, after)
        person = next((m for m in doc.mentions[first:] if m.type == "PERS"), None)
        if (
            person is not None
            and person.end <= before
            and (not doc.text[after : person.start].strip(" ،,")
                 or _place_then_titles(doc, doc.text[after : person.start]))
        ):
            return person
    return None


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
