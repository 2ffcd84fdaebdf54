"""Who holds the title, office or tie a subject phrase names: the person a tagged mention in
the phrase is (or whose kin, lawyer or agent spoke), the holder of an office named before
(`وقال مدرب مانشستر يونايتد`, `وأوضح مدير مطار المدينة`), a judge or a spokesman named earlier."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_clues import bare_word, name_before
from siyaq.analyze.quotes_coreference import full_name
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_heads import ADDRESSEES, PRONOUN_PREPOSITIONS, ROLE_WORDS
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_roles import BARE_SPOKESMEN, named_spokesman
from siyaq.analyze.quotes_speakers import (
    TITLE_WORDS,
    Speaker,
    Word,
    has_article,
    is_anonymous,
    name_start,
)
from siyaq.analyze.quotes_titles import office_holder, only_titles, spokesperson, title_holder
from siyaq.analyze.quotes_untagged import from_words
from siyaq.model import Mention

# Kin named by whose kin they are (`عائلة الصحفية`); not `ابنته، ميغان` (his daughter, named)
_FAMILY = frozenset({"عائله", "اسره", "اقارب", "ذوي", "والد", "شقيق", "زوج", "نجل"})
# `محامي أرنو`, `مستشار ترامب`: an indefinite title before a person names whose it is
_WHOSE_TITLES = frozenset({"محامي", "مستشار", "مستشاره", "مساعد", "مساعده", "نائب", "نائبه",
                           "مدرب", "مدربه", "وكيل", "ممثل", "مبعوث", "مبعوثه", "طبيب", "حارس"})


# Kin before a name (`والد أوزيل`, `والدة نيكي فيرستابن`, `زوجة المتوفي محمد عبد التواب`):
# whose father or wife spoke, not that person; not `أم`, `أبو`, `ابن`, which open names
# (`أم ثائر`, `ابن هندي`), nor `جدة` (Jeddah).
_KIN = frozenset({
    "والد", "والده", "شقيق", "شقيقه", "زوج", "زوجه", "نجل", "نجله", "ابنه", "ابنته",
    "عائله", "اسره", "ارمله", "حفيد", "حفيده", "خال", "خاله", "عم", "عمه", "طليق", "طليقه",
})


# the judge, with ال: the one the text named
_JUDGES = frozenset({"القاضي", "القاضيه"})
_DEPUTIES = frozenset({"نائب", "نائبه", "مساعد", "مساعده", "وكيل", "وكيله"})


# `وكيل أعمال توريه`, `مديرة أعمال ممثلة الأفلام ستورمي دانييلز`: whose agent or manager
_AGENTS = frozenset({"وكيل", "وكيله", "مدير", "مديره"})
# Title words that head a body or a text, not a person (`صحيفة نيويورك تايمز`, `بيان الخارجية`)
_NOT_A_PERSON = frozenset({"بيان", "حساب", "صحيفه", "مصادر", "مصدر", "موقع", "وكاله", "اول",
                           "ركن"})  # `مكتب مفوض شرطة مقاطعة أوزوكي`


def _business_agent(doc: Doc, before: list[Word], mention: Mention) -> bool:
    """Not `وكيل أعمال اللاعب، رامي عباس`: a comma sets the agent's own name apart."""
    return len(before) >= 2 and before[0].norm in _AGENTS and before[1].norm == "اعمال" \
        and "،" not in doc.text[before[0].end : mention.start]


MAX_ROLE_TO_NAME = 3  # `المدرب البرتغالي جوزيه مورينيو`: words from the role to the name


def _sole_holder(doc: Doc, role: str, before: int) -> Mention | None:
    """The one person the text introduced with this role (`مدرب`, `المدرب`) before offset
    `before`; none when it introduced two (a match report's two coaches)."""
    found: dict[str, Mention] = {}
    for mention in doc.mentions:
        if mention.start >= before:
            break
        if mention.type != "PERS" or _continues_a_body(doc, mention):
            continue
        k = doc.words.first_at(mention.start)
        near = doc.words.norms[max(0, k - MAX_ROLE_TO_NAME) : k]
        if any(w in (role, "ال" + role, "و" + role, "وال" + role) for w in near):
            found[mention.canonical or mention.text] = mention
    return next(iter(found.values())) if len(found) == 1 else None


def _continues_a_body(doc: Doc, person: Mention) -> bool:
    """`مدرب توتنهام هوتسبير`: a one-word "person" right after an organisation's name is the
    rest of it (`مدرب ليفربول يورغن كلوب` names the coach)."""
    k = bisect_left(doc.mention_starts, person.start)
    return k > 0 and " " not in person.text.strip() \
        and doc.mentions[k - 1].type in ("ORG", "MISC") \
        and not doc.text[doc.mentions[k - 1].end : person.start].strip()


def _kin_of(doc: Doc, before: list[Word], person: Mention) -> bool:
    """`والدة نيكي فيرستابن`, `زوجة المتوفي محمد عبد التواب`: the person is whose kin spoke.
    Not after a comma (`شقيق ولي العهد، خالد بن سلمان`: his own name), nor after a kin word
    with a pronoun (`نجله طارق`, `ابنته ميغان`: his son, Tariq), written with ه, not ة."""
    if not before or before[0].norm not in _KIN:
        return False
    written = doc.text[before[0].start : before[0].end]
    between = doc.text[before[0].end : person.start]
    return not written.endswith("ه") and "،" not in between and "," not in between


def _whose(doc: Doc, words: list[Word], whose: Mention) -> Speaker:
    """`وقال محامي أرنو، يورن هورتيغ،`: the person named after whose lawyer he is, else the
    tie as written (`محامي رونالدو`), not the person it ties him to."""
    own = next((m for m in doc.mentions if m.type == "PERS" and whose.end <= m.start
                and m.start < words[-1].end), None)
    if own is not None and doc.text[whose.end : own.start].strip() in ("و", ""):
        own = None  # `حفيدة فريد شوقي وهدى سلطان`: the second of whom she is kin, not her
    if own is not None:
        return from_mention(doc, own)
    return Speaker(doc.text[words[0].start : whose.end], None, "DESC", words[0].start)


def _office_of_place(doc: Doc, words: list[Word]) -> list[Word]:
    """`أمير قطر`, `رئيس وزراء باكستان`, `مندوب فرنسا`: an indefinite title whose office is
    a place's (tagged within its next three words, no person among them): the title's words
    to the place's end; [] otherwise."""
    if len(words) < 2 or not _person_title(words[0].norm) or has_article(words[0].norm):
        return []
    places = [m for m in doc.mentions if words[1].start <= m.start < words[-1].end]
    if not places or places[0].type != "LOC" or any(m.type == "PERS" for m in places) \
            or places[0].start > words[min(3, len(words) - 1)].start:
        return []
    return [w for w in words if w.start < places[0].end]


def _person_title(norm: str) -> bool:
    return norm in TITLE_WORDS and norm not in _NOT_A_PERSON


def _office_holder(doc: Doc, verb: Verb, office: list[Word]) -> Speaker:
    """`رئيس برشلونة`, `وزير خارجية قطر`: the person named before with the same title and
    body (`جوسيب بارتوميو رئيس نادي برشلونة`), else the office as written, not the body."""
    holder = spokesperson(doc, "ال" + office[0].norm.removeprefix("ال"), verb.start,
                          frozenset(bare_word(w.norm) for w in office[1:]), after_first=True)
    if holder is not None:
        return from_mention(doc, holder)
    return Speaker(doc.text[office[0].start : office[-1].end], None, "DESC", office[0].start)


MAX_APPOSED_GAP = 10  # words from a title's end to its holder's name between commas


def _apposed_after(doc: Doc, verb: Verb) -> Mention | None:
    """`وقال قائد قوات التحالف في الساحل الغربي لليمن، العميد الركن عبد السلام الشحي، إن`:
    the person named between commas after the title's place, before the speech opens."""
    opens = doc.words.start(verb.clause) if verb.clause is not None else verb.colon
    if opens is None:
        return None
    k = bisect_left(doc.mention_starts, verb.region_end)
    for mention in doc.mentions[k:]:
        if mention.start >= opens:
            return None
        if mention.type != "PERS":
            continue
        gap = doc.text[verb.region_end : mention.start]
        comma = max(gap.rfind("،"), gap.rfind(","))
        if comma < 0 or len(gap.split()) > MAX_APPOSED_GAP \
                or not only_titles(doc, gap[comma + 1 :]):
            return None
        return mention
    return None


def _apposed_alone(doc: Doc, verb: Verb) -> Mention | None:
    """_apposed_after, unless another person is brought in on the way (`ممثلة الاتحاد
    الأوروبي، خلال مؤتمر مشترك مع وزير الخارجية الأردني، أيمن الصفدي،`: with whom)."""
    person = _apposed_after(doc, verb)
    if person is None:
        return None
    between = doc.text[verb.region_end : person.start]
    return None if any(doc.normalize(w) in _WITH_ANOTHER for w in between.split()) else person


_WITH_ANOTHER = frozenset({"مع", "برفقه", "بحضور", "وبحضور", "لدي", "ولدي", "بصحبه"})


def after_object_pronoun(doc: Doc, mention: Mention) -> bool:
    """`شركة عطور تروج لها القطان`: a relative clause's subject, not the spokesman's name."""
    i = doc.words.first_at(mention.start)
    return i > 0 and doc.words.norms[i - 1] in PRONOUN_PREPOSITIONS


def _surname_left_out(doc: Doc, mention: Mention, chunks: list[list[Word]]) -> Mention:
    """`وقال لورنس وارد، مدير المتحف،` tagged `لورنس`: a one-word person known by no fuller
    name, followed by one more name-like word and then a comma (his title in apposition), is
    named by both. Without the comma the word is as often the verb's object (`أبدى كلوب أمله`)."""
    if mention.type != "PERS" or " " in (mention.canonical or mention.text).strip():
        return mention
    chunk = next((c for c in chunks if c and c[0].start == mention.start), None)
    if chunk is None or len(chunk) != 2 or chunk[0].end != mention.end \
            or not name_start(chunk[1].norm) or chunk[1].norm in doc.mention_words() \
            or not doc.text[chunk[1].end : chunk[1].end + 2].lstrip().startswith(("،", ",")):
        return mention
    return Mention(doc.text[mention.start : chunk[1].end], "PERS", mention.start, chunk[1].end,
                   None)


def by_mention(doc: Doc, verb: Verb, words: list[Word], chunks: list[list[Word]],
                mention: Mention | None, past_a_title: bool) -> Speaker | None:
    """The speaker a tagged mention in the phrase names: the person, whose kin or agent
    spoke, the holder of a title before an organisation; None when the mention is not the
    phrase's name."""
    # `عالم النيازك في وكالة "ناسا"، بيل كوك،`: a person between commas after the words
    # before him is their holder, whatever those words look like
    # (not after a named subject: `ووصفت إيران رئيس الوزراء، بنيامين نتنياهو، بأنه`; not
    # after whose kin spoke: `عائلة الصحفية، ماري كولفن،`)
    apposed = mention is not None and mention.type == "PERS" and any(
        chunk and chunk[-1].end == mention.end and chunk[0].start <= mention.start
        and all(w.norm in TITLE_WORDS for w in chunk if w.end <= mention.start)
        for chunk in chunks[1:]) and not any(
        m.start <= words[0].start < m.end for m in doc.mentions
    ) and words[0].norm not in _FAMILY
    before = [w for w in words if mention is not None and w.end <= mention.start]
    # `عائلة الصحفية ماري كولفن`: kin before the name, no name the tagger missed
    kin = mention is not None and mention.type == "PERS" and _kin_of(doc, before, mention)
    if mention is not None and (
        past_a_title or apposed or kin or not name_before(doc, words, mention)
    ):
        after = [w for w in words if w.start >= mention.end]
        whose = (len(before) == 1 and before[0].norm in _WHOSE_TITLES) or kin
        if mention.type == "PERS" and (whose or _business_agent(doc, before, mention)):
            return _whose(doc, words, mention)
        if mention.type != "PERS" and after and before and before[-1].norm in TITLE_WORDS:
            # `مدير مستشفى الأمل إبراهيم سالم`: the organisation belongs to the title
            named = from_words([after], doc.text)
            if named is not None and named.kind == "NAME":
                name = full_name(named.name, doc.normalize(named.name), doc.names)
                return Speaker(name, None, "NAME", named.start)
        titled = [k for k, w in enumerate(before) if w.norm in TITLE_WORDS]
        if mention.type != "PERS" and titled and not after:
            # `وأوضح مدير مطار المدينة`: the man named earlier as `مدير مطار المدينة X`
            inside = [w for w in words if mention.start <= w.start < mention.end]
            first_title = titled[-1]
            if first_title and before[first_title - 1].norm in _DEPUTIES:
                first_title -= 1  # `نائبة رئيس "آي آر آي بي"`: the deputy, not the head
            office = before[first_title:] + inside
            # `قائد قوات التحالف العربي في الساحل الغربي، العميد الركن عبد السلام الشحي، إن`:
            # the person named between commas after the office, else its holder named before
            holder = _apposed_alone(doc, verb) or office_holder(doc, office, verb.start)
            if holder is not None:
                return from_mention(doc, holder)
            if office[0].norm not in _NOT_A_PERSON:
                return _office_holder(doc, verb, office)
        return from_mention(doc, _surname_left_out(doc, mention, chunks))
    return None


def unnamed_holder(doc: Doc, verb: Verb, words: list[Word], first: list[Word],
                    mention: Mention | None, unnamed: bool) -> Speaker | None:
    """A role, a spokesman, a judge or a title with no name after it: the holder the text
    named before (`وقال مدرب مانشستر يونايتد`, `وقال المتحدث إن`)."""
    if mention is not None and mention.type in ("ORG", "MISC") and len(words) > 1 \
            and words[0].norm in ROLE_WORDS and mention.start == words[1].start:
        # `وقال مدرب مانشستر يونايتد`: the coach named earlier, by that office or that role
        office = [w for w in words if w.end <= mention.end]
        holder = office_holder(doc, office, verb.start) or _sole_holder(
            doc, words[0].norm, verb.start)
        if holder is not None and not _continues_a_body(doc, holder):
            return from_mention(doc, holder)
    if mention is None and words[0].norm in BARE_SPOKESMEN and verb.kind == "verb" \
            and (holder := named_spokesman(doc, words[0].norm, verb.start)) is not None:
        return from_mention(doc, holder)  # `وقال المتحدث إن`: the spokesman named before
    if mention is None and words[0].norm in _JUDGES and verb.kind == "verb":
        # `وأضاف القاضي`: the judge the text named right after the word (`القاضي مارك
        # لوكرافت`, `القاضي، غوردن ويذرويل،`); not a name a few words on (the defendant)
        holder = office_holder(doc, first[:1], verb.start)
        if holder is not None:
            return from_mention(doc, holder)
    if mention is None and words[0].norm in TITLE_WORDS and verb.kind == "verb" \
            and not unnamed and not (verb.stop in ADDRESSEES and is_anonymous(words[0].norm)):
        # (a source's ل names whom it told, `وكشف مصدر لموقع العربية … Al Arabiya English
        # أن`, not a title's body, `مديرة العلاقات العامة لشبكة فيسبوك، ريبيكا ستمسون،`)
        holder = title_holder(doc, verb) or office_holder(doc, first, verb.start) \
            or _apposed_after(doc, verb)
        if holder is not None:
            return from_mention(doc, holder)
    if mention is None and (office := _office_of_place(doc, words)):
        return _office_holder(doc, verb, office)
    return None
