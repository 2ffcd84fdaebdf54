"""Who a description stands for (`المتحدث الأمني`, `البنك`, `الرئيس`, `البيان`): the person
or organisation named with it earlier, the issuer of a statement, the fuller name of an
organisation noun, a family name's first name; of a gendered verb's gender (quotes_genders).
A base of SpeakerNamer (quotes_naming), so of SubjectReader (quotes_subjects)."""

from __future__ import annotations

from bisect import bisect_left

from siyaq.analyze.quotes_antecedents import (
    adjective,
    expand_head,
    title_antecedent,
)
from siyaq.analyze.quotes_clues import bare_word, maybe_surname
from siyaq.analyze.quotes_coreference import full_name, resolve_description
from siyaq.analyze.quotes_doc import Doc, Verb
from siyaq.analyze.quotes_genders import (
    HISTORY_READ,
    gender_of,
    of_the_verbs_gender,
    spoken_of_the_verbs_gender,
)
from siyaq.analyze.quotes_heads import (
    BODY_HEADS,
    DIVINE_NAMES,
    KIN_HEADS,
    MEDIA_OUTLET_WORDS,
    ORG_CONSTRUCTS,
    ORG_HEADS,
    OUTLET_HEADS,
    REPORT_HEADS,
    ROLE_WORDS,
    SPOKESPEOPLE,
    STATEMENT_HEADS,
)
from siyaq.analyze.quotes_mentions import from_mention
from siyaq.analyze.quotes_nations import (
    named_with_nation,
    nationality,
    of_another_nation,
    stated_nation,
)
from siyaq.analyze.quotes_offices import holds_other_office
from siyaq.analyze.quotes_platforms import said_on_or_to
from siyaq.analyze.quotes_speakers import (
    TITLE_WORDS,
    Speaker,
    Word,
    has_article,
    is_anonymous,
    name_start,
)
from siyaq.analyze.quotes_spokesmen import spokesman_described_before
from siyaq.analyze.quotes_statements import statement_speaker
from siyaq.analyze.quotes_titles import spokesperson
from siyaq.model import Mention

MAX_REPORT_WORDS = 3  # `التقرير النهائي الأممي`: a report and its adjectives
LATTER = frozenset({"الاخير", "الاخيره"})  # "the latter", normalized


class DescriptionReader:
    """The description part of SubjectReader; the subclass holds the word sets."""

    __slots__ = ()
    _forms: frozenset[str]  # reporting verb forms
    _stops: frozenset[str]  # words that end a subject phrase
    _genders: dict[str, str]  # verb forms and participles -> "m" / "f"

    def _describe(self, doc: Doc, verb: Verb, desc: Speaker, chunks: list[list[Word]]) -> Speaker:
        """A description: a statement speaks for its issuer (`بيان للتجمع`); an organisation
        noun for the fuller name met earlier (`البنك` -> `البنك المركزي`); a title for the
        person named before it."""
        words = next(c for c in chunks if c)
        head = words[0].norm
        if head in LATTER and sum(len(c) for c in chunks) == 1:
            return self._the_latter(doc, verb, desc, head)
        named = self._by_surname(doc, verb, desc, chunks)
        if named is not None:
            return named
        if head in STATEMENT_HEADS:
            issued, head = statement_speaker(doc, verb, words, head)
            if issued is not None:
                return issued
            if len(words) > 1 and head == words[1].norm:  # `بيان النادي`: read as `النادي`
                words = words[1:]
                desc = Speaker(doc.text[words[0].start : words[-1].end], None, "DESC",
                               words[0].start)
        known = self._by_kind(doc, verb, desc, words, head) or self._by_title(
            doc, verb, desc, words, head)
        if known is not None:
            return known
        return self._antecedent_of(doc, verb, desc, words, head)

    def _the_latter(self, doc: Doc, verb: Verb, desc: Speaker, head: str) -> Speaker:
        """`الأخير` / `الأخيرة` (the latter): the person or body named last before it, not a
        woman for the masculine, not a man for the feminine (a body for both, a country for the
        feminine: `شركة "زد تي إي"` … `أقرت الأخيرة`), in the same paragraph; as written when
        nobody fits there (`وانضمت إليهن ثالثة.` ¶ `وأكدت الأخيرة`: an unnamed woman)."""
        feminine = head.endswith("ه")
        before = min(verb.start, desc.start)
        paragraph = doc.text.rfind("\n", 0, before) + 1  # further back, too often unnamed
        for m in sorted(doc.mentions, key=lambda m: -m.start):
            if m.end > before or m.start < paragraph or (
                doc.inside_quote(m.start) and not _name_in_marks(doc, m)
            ):
                continue
            if m.type == "PERS":
                gender = gender_of(doc, m, self._genders)
                if gender != ("m" if feminine else "f"):
                    return from_mention(doc, m)
            elif m.type == "ORG" or (feminine and m.type == "LOC"):
                return from_mention(doc, m)
        return desc

    def _by_surname(self, doc: Doc, verb: Verb, desc: Speaker,
                    chunks: list[list[Word]]) -> Speaker | None:
        """Kin as written (`والدة الطفلة`); a surname alone or behind titles (`وقال المالكي`,
        `الدكتور الزياني`): the person of that surname."""
        words = next(c for c in chunks if c)
        head = words[0].norm
        last = words[-1]
        if head in KIN_HEADS or (head[:2] == "ال" and head[2:] in KIN_HEADS):
            return desc  # `والدة الطفلة`
        if sum(len(c) for c in chunks) == 1 and maybe_surname(head):  # `وقال المالكي`
            return self._surname(doc, verb, last) or Speaker(
                full_name(desc.name, head, doc.names), None, "NAME", desc.start
            )
        if (
            1 < len(words) <= 3
            and maybe_surname(last.norm)
            and all(w.norm in TITLE_WORDS for w in words[:-1])
        ):
            found = self._surname(doc, verb, last)  # `الدكتور الزياني`, not `الرئيس التونسي`
            if found is not None:
                return found
        return None

    def _by_kind(self, doc: Doc, verb: Verb, desc: Speaker, words: list[Word],
                 head: str) -> Speaker | None:
        """An organisation by its kind: its name written out (`وكالة الأنباء الفلسطينية`) or
        the fuller name met before (`البنك` -> `البنك المركزي`, `الصحيفة` -> its title)."""
        if head in ORG_CONSTRUCTS and len(words) >= 2:  # `وكالة الأنباء الفلسطينية`
            return Speaker(desc.name, None, "ORG", desc.start)
        if head in OUTLET_HEADS:
            named = expand_head(doc.words, doc.words.norms, doc.text, head, verb.start,
                                self._stops, doc.name_ends())
            longer = named is not None and len(named.name.split()) > len(words)
            return named if named is not None and longer else desc
        if head in ORG_HEADS:
            expanded = expand_head(
                doc.words, doc.words.norms, doc.text, head, verb.start, self._stops,
                doc.name_ends(),
            )
            nation = nationality(words[1].norm) if len(words) >= 2 else None
            if expanded is not None and len(expanded.name) > len(head) \
                    and not _another_body(doc, head, nation, expanded.name):
                return expanded
            if len(words) >= 2 and adjective(words[1].norm):  # `الشرطة الإسبانية`
                return Speaker(desc.name, None, "ORG", desc.start)
        return None

    def _by_title(self, doc: Doc, verb: Verb, desc: Speaker, words: list[Word],
                  head: str) -> Speaker | None:
        """A spokesman or a titled person named with the same title before, someone new
        named with it later, a report with its adjectives, a body as written."""
        if head in SPOKESPEOPLE:  # `المتحدث الأمني`: only the one named with that title
            before = min(verb.start, desc.start)
            again = spokesman_described_before(doc, head, before) if len(words) == 1 \
                else None  # `وأضاف المتحدث` after `متحدث باسم الشركة`: that spokesman
            if again is not None:
                return again
            spoke = spokesperson(doc, head, before)
            return from_mention(doc, spoke) if spoke is not None else desc
        if has_article(head) and (head in TITLE_WORDS or head[2:] in ROLE_WORDS) \
                and not is_anonymous(head):
            # `واكد الامين العام`, `وقال الحارس`: the person named with the same title or
            # role earlier (`أبدى الحارس محمد الدعيع`), if any
            titled = spokesperson(doc, head, min(verb.start, desc.start))
            if titled is not None and not _of_another_nation(doc, words, titled):
                return from_mention(doc, titled)
            nation = stated_nation([w.norm for w in words[1:]])
            compatriot = None if nation is None else named_with_nation(
                doc, nation, head, min(verb.start, desc.start))
            if compatriot is not None:  # `قال المدرب الأرجنتيني` after `الأرجنتيني، هيكتور كوبر`
                return from_mention(doc, compatriot)
        described = doc.normalize(desc.name).split()
        if len(words) >= 2 and (head in TITLE_WORDS or head in ROLE_WORDS) \
                and head not in STATEMENT_HEADS and not any(map(has_article, described)):
            # `عضو مجلس بلدية محلي`: someone new, not the one who spoke before; named later
            # with the same title (`قال مشرع إيطالي كبير` … `وتراجع المشرع كلاوديو بورجي`)
            later = _named_later(doc, head, verb.end)
            return from_mention(doc, later) if later is not None else desc
        if head[:2] == "ال" and head[2:] in REPORT_HEADS:
            # `ودعا التقرير الرياض`: the report speaks (with its adjectives: `التقرير الأممي`),
            # not the last person named, and what follows it is its object
            kept = [words[0]]
            for word in words[1:MAX_REPORT_WORDS]:
                if not adjective(word.norm) or word.start in doc.mention_starts:
                    break
                kept.append(word)
            return Speaker(doc.text[kept[0].start : kept[-1].end], None, "DESC", desc.start)
        if head in BODY_HEADS:
            return desc
        return None

    def _antecedent_of(self, doc: Doc, verb: Verb, desc: Speaker, words: list[Word],
                       head: str) -> Speaker:
        """The nearest person or organisation named before (of the verb's gender, of the
        stated nation and office), or the last one who spoke; else the title's holder."""
        person = _a_person_word(head)
        outside = of_the_verbs_gender(doc, verb, self._genders, person, [
            m
            for m in doc.mentions
            if not doc.inside_quote(m.start) and doc.normalize(m.text) not in DIVINE_NAMES
            and not said_on_or_to(m, doc.text)  # `نشر على تويتر`: no antecedent of `الشركة`
        ])
        if head not in OUTLET_HEADS:  # `وقالت الشرطة` is not `صحيفة "هلسينجين سانومات"`
            outside = [m for m in outside if not _an_outlet(doc, m, bare_word(head))]
        history = spoken_of_the_verbs_gender(doc, verb, self._genders, outside) \
            if person else doc.history[-HISTORY_READ:]
        nation = stated_nation(doc.normalize(desc.name).split())
        if nation is not None:  # `اللاعب الإسباني`: not the Portuguese named before
            others = of_another_nation(doc, nation, doc.mentions)
            outside = [m for m in outside if (m.canonical or m.text) not in others]
            history = [s for s in history if (s.canonical or s.name) not in others]
        at = doc.words.holding(words[0].start)  # `لبيان` at the text's end: the word itself
        other = holds_other_office(doc, at) \
            if at < len(doc.words) and doc.words.norms[at] == head else None
        if other is not None:  # `وزير الدفاع`: not the prime minister named before
            outside = [m for m in outside if m.type != "PERS" or not other(m.canonical or m.text)]
            history = [s for s in history if s.kind != "PERS" or not other(s.canonical or s.name)]
        resolved = resolve_description(
            desc, head, outside, verb.start, history, lambda m: from_mention(doc, m)
        )
        if resolved is desc and head in STATEMENT_HEADS:
            return self._issuer_named_before(doc, verb) or desc
        if resolved is desc and head in TITLE_WORDS and not is_anonymous(head):
            limit = doc.words.first_at(min(verb.start, desc.start))  # strictly before it
            found = title_antecedent(doc.words, doc.words.norms, doc.text, head, limit)
            if found is not None and other is not None and other(doc.normalize(found.name)):
                return desc  # `وزير الإعلام X` is not `وزير الداخلية`
            return found or desc
        return resolved

    def _issuer_named_before(self, doc: Doc, verb: Verb) -> Speaker | None:
        """`البيان` with nobody named yet: the first organisation noun phrase of the text."""
        norms = doc.words.norms
        for head in [norms[i] for i in range(min(verb.index, len(norms))) if norms[i] in ORG_HEADS]:
            found = expand_head(doc.words, norms, doc.text, head, verb.start, self._stops,
                                doc.name_ends())
            if found is not None:
                return found
        return None

    def _surname(self, doc: Doc, verb: Verb, word: Word) -> Speaker | None:
        """`وقال المالكي:` -> the person named earlier with that family name (`خالد المالكي`)."""
        norms = doc.words.norms
        for i in range(1, min(verb.index, len(norms))):
            if (
                norms[i] == word.norm
                and name_start(norms[i - 1])
                and not self._verb_like(norms[i - 1])
                and (not doc.mentions or norms[i - 1] in doc.mention_words())
                and doc.text[doc.words.end(i - 1) : doc.words.start(i)].isspace()
            ):  # `جو ديلافيدوفا، الناطق`: a comma ends the name
                first, last = doc.words[i - 1], doc.words[i]
                return Speaker(doc.text[first.start : last.end], None, "NAME", word.start)
        return None

    def _verb_like(self, word: str) -> bool:
        """`وكشفت النشرة`, `وافاد المرصد`: a verb before a family-name-like word, not a given
        name (where the tagger ran, a given name must be a word of a tagged name)."""
        return word in self._forms or (word[:1] in "وف" and word[1:] in self._forms)


def _an_outlet(doc: Doc, mention: Mention, noun: str) -> bool:
    """An organisation named after an outlet's noun (`لصحيفة "هلسينجين سانومات"`, `قناة
    الجزيرة`) other than `noun`: a paper or a channel, no antecedent of another body's noun
    (`وقالت الوكالة` may still be `وكالة الأنباء`)."""
    k = doc.words.first_at(mention.start) - 1
    if mention.type != "ORG" or k < 0:
        return False
    before = bare_word(doc.words.norms[k])
    return before in _OUTLET_NOUNS and before != noun


_OUTLET_NOUNS = frozenset(bare_word(word) for word in MEDIA_OUTLET_WORDS)  # `لصحيفة` -> `صحيف`


def _named_later(doc: Doc, head: str, after: int) -> Mention | None:
    """The person named right after the same title with ال further on in the text."""
    if is_anonymous(head) or head in _NEVER_NAMED_LATER:
        return None
    norms, titled = doc.words.norms, "ال" + head
    for k in doc.words.positions(titled):
        end = doc.words.end(k)
        if end <= after or k + 1 >= len(norms):
            continue
        i = bisect_left(doc.mention_starts, doc.words.start(k + 1))
        if i < len(doc.mentions) and doc.mentions[i].start == doc.words.start(k + 1) \
                and doc.mentions[i].type == "PERS":
            return doc.mentions[i]
    return None


# Titles too common to tie an unnamed speaker to the next holder named (`رئيس`, `وزير`).
_NEVER_NAMED_LATER = frozenset({"رئيس", "وزير", "نائب", "مدير", "عضو", "مسؤول", "مصدر",
                                "مصادر", "امين", "قائد", "زعيم", "ممثل", "مستشار"})


def _of_another_nation(doc: Doc, words: list[Word], person: Mention) -> bool:
    """`وقال الرئيس الأمريكي` after `الرئيس الإيراني حسن روحاني … الرئيس روحاني`: the title's
    nationality is not the one the person was named with."""
    nation = stated_nation([w.norm for w in words[1:]])
    return nation is not None and bool(of_another_nation(doc, nation, [person]))


# Bodies a nationality makes one of a kind: `الخارجية الأمريكية` is no `خارجية رابطة دول …`
# named before, `الشرطة السودانية` no `شرطة الخرطوم`; a club or a company is described by its
# nationality (`النادي الإنجليزي` after `نادي ليفربول`).
_STATE_HEADS = frozenset({"الحكومه", "الخارجيه", "الداخليه", "الشرطه", "الجيش", "الرئاسه",
                          "السلطات", "السفاره", "القنصليه", "البرلمان", "الاتحاد", "اللجنه"})


def _another_body(doc: Doc, head: str, nation: str | None, name: str) -> bool:
    """Does an organisation noun with a nationality (`الحكومة السورية`) name another body
    than the fuller `name` met earlier (`الحكومة الإيرانية`)?"""
    if nation is None:
        return False
    words = doc.normalize(name).split()
    said = {n for w in words if (n := nationality(w if w[:2] == "ال" else "ال" + w))}
    return bool(said - {nation}) or (head in _STATE_HEADS and nation not in said)


def _a_person_word(head: str) -> bool:
    """A title or a role (`الممثلة`, `الوزيرة`): a person, whose verb's gender is theirs; not
    a thing a verb agrees with (`وتقول الدعوى`, `وتشير الشهادة`)."""
    bare = head[2:] if head[:2] == "ال" else head
    return head in TITLE_WORDS or bare in TITLE_WORDS or head in ROLE_WORDS or bare in ROLE_WORDS


def _name_in_marks(doc: Doc, mention: Mention) -> bool:
    """A name in marks of its own (`شركة "زد تي إي"`), not a name inside someone's words."""
    return any(span.start <= mention.start and span.end - span.start <= len(mention.text) + 2
               for span in doc.spans if span.start <= mention.start < span.end)


def described_before(doc: Doc, verb: Verb, head: str) -> Speaker | None:
    """`وقال المسؤول الأميركي` after `مسؤول رفيع في وزارة الخارجية` spoke: the last unnamed
    source who spoke before, described by the same noun without ال (`المسؤول` -> `مسؤول`):
    news call a source so again."""
    if head[:2] != "ال":
        return None
    return next((s for s in reversed(doc.history[-HISTORY_READ:]) if s.start < verb.start
                 and s.kind == "DESC" and doc.normalize(s.name).split()[:1] == [head[2:]]),
                None)
