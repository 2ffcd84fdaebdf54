"""Where a tagged span's mention starts and ends: the proclitic taken off (`وحلب` -> `حلب`,
`للاتحاد` -> `الاتحاد`), a verb the tagger ran into the name, a number in a person's name, a
clause after it; and the archive-wide key of what is left. The span reading of EntityTagger
(entities), kept per (first word, type, span text) since a name recurs in many articles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeVar

from siyaq.analyze.entities_names import NameWords, advance_letters
from siyaq.analyze.ner_aliases import canonical_name
from siyaq.analyze.ner_common import CommonWordNames
from siyaq.analyze.ner_decode import FastTagger
from siyaq.analyze.ner_ensemble import EnsembleTagger
from siyaq.analyze.ner_features import CACHE_LIMIT
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import NeuralTagger
from siyaq.analyze.ner_places import PlaceList
from siyaq.analyze.ner_text import normalize
from siyaq.model import Mention

_ARTICLE_CLITICS = ("وبال", "وكال", "وال", "بال", "فال", "كال")
_DOUBLE_LAM = ("ولل", "فلل", "لل")
_CLITIC_LETTERS = "وفبلك"  # the first letters of every clitic _clitic takes off
_PREPOSITION_AFTER_CONJUNCTION = frozenset({"وب", "ول", "وك", "فب", "فل"})
_T = TypeVar("_T")
_LEADING_PREPOSITION = re.compile(r"((?:على|إلى|الى|عن|في|من)\s+)(\S.*)", re.DOTALL)
# Particles that open a clause, written with their hamza (`فإن نيمار`, `لأن ترامب`): no name
# opens with one (stop 38).
# A later word that is a preposition glued with a tatweel (`لـCNN`, `وبـ`): the name ended
# before it (`مسؤول تركي لـCNN`: "a Turkish official told CNN").
_GLUED_PREPOSITION = re.compile(r"\s+(?:[وف]?[لب]ـ)")
_PARTICLES = frozenset({"فإن", "لأن", "وإن", "وأن", "بأن", "فأن", "لكن", "ولكن"})
# Verbs of saying the tagger runs on into the name after them (`أشارت ماي`, `قالت زاخاروفا`,
# `اعتبرت هايلي`; stop 25), normalized, with a و before: no name opens with one.
_SAYING = frozenset(normalize(prefix + verb) for prefix in ("", "و") for verb in (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أشار", "أشارت", "ذكر", "ذكرت", "حذر",
    "حذرت", "اعتبر", "اعتبرت", "تابع", "تابعت", "كتب", "كتبت", "أوضح", "أوضحت", "أبلغ",
    "أبلغت", "أعلن", "أعلنت", "شدد", "شددت", "دعا", "دعت", "اتهم", "اتهمت", "انتقد", "انتقدت",
    "تقول", "يقول"))
# A blessing after a person's name (`فيصل - رحمه الله`, `محمد صلى الله عليه وسلم`) is no part
# of it, though the tagger often runs on into it.
_BLESSING = re.compile(
    r"[\s\-–—(]*(?<![^\s\-–—(])(?:[وف]?(?:حفظ[هة]|حفظها|حفظهم|حفظهما|رحمه|رحمها|رحمهم|رحمهما"
    r"|يرحمه|يرحمها|(?:صلى|صلي|رضي) الله|عليه السلام|عليها السلام|عليهم السلام))(?!\w).*",
    re.DOTALL)
# Titles that follow a person's name only as the start of the next phrase (`خادم الحرمين
# الشريفين الملك سلمان بن عبدالعزيز آل سعود ولسمو ولي العهد`), and the prepositions a span ends
# on when the tagger ran into the rest of the sentence (`سلمان بن عبدالعزيز له`); normalized.
_TITLES = frozenset(normalize(word) for word in (
    "سمو", "ولي", "خادم", "معالي", "فخامة", "الملك", "الأمير", "الرئيس", "الشيخ", "سماحة",
    "الوزير", "السفير"))
_ENDING_ELSEWHERE = frozenset(normalize(word) for word in ("ولي", "له", "لها", "لهم", "لدى"))
# Kin after a name open who the person is to someone (`مجدي الهواري زوج الفنانة غادة عادل`);
# not `خال`, `عم` (`عبده خال` is a name). A telegram opens what the person sent.
_KIN = frozenset(normalize(word) for word in (
    "زوج", "زوجة", "شقيق", "شقيقة", "نجل", "نجلة", "والد", "والدة", "أرملة", "طليق", "طليقة",
    "حفيد", "حفيدة",
    # what the person sent (`بعث خادم الحرمين … برقية تهنئة`, the Saudi agency's formula)
    "برقية", "برقيات"))
# A word with a digit (`44`, `ال32`, `22ميكا`) and the words that hold none; the article an
# ordinal's number is written after (`الـ 25`).
_NUMBER_WORD = re.compile(r"[0-9٠-٩]")
_WORD = re.compile(r"\S+")
_ORDINAL_ARTICLES = frozenset({"ال", "الـ"})
_AGED = (["عمر"], ["بعمر"], ["صاحب"], ["صاحبه"])
_EDGE_MARKS = "،,؛;:\"«»“”'()[]-–—"  # punctuation a tagged span may begin or end with
# The tagger runs on through the complementizer of a reported clause (`وتقول المنظمة إن
# السلطات المصرية`): إن/أن before an ال-word, or with a pronoun, opens what was said. Not
# `سي إن إن`. Written with its hamza it opens the clause whatever follows (`وقالت شركة كومكاست
# إن شبكة سكاي نيوز`, `وقال الدكتور فرحان إن`), after a word of three letters or more: not the
# spelled letters of `سي إن إن`, `بي إن سبورتس`.
_CLAUSE_OPENER = re.compile(
    r"\s+(?:[إأا]ن\s+(?=ال)|ب?[إأا]ن(?:ه|ها|هم)(?:\s|$))|(?<=\w{3})\s+[إأ]ن(?:\s|$)")
UNSEEN = (-1, "", "")  # a span not in EntityTagger._spans yet (None there: no mention)


@dataclass(slots=True)
class MentionSpans:
    """The tagger's state and its reading of one tagged span into a mention."""

    decoder: FastTagger | NeuralTagger | EnsembleTagger
    aliases: dict[str, str]
    places: PlaceList = field(default_factory=PlaceList)  # names added after the CRF
    common: CommonWordNames = field(default_factory=CommonWordNames)  # names taken off after it
    # Per (word or name, type): a name recurs in many articles, its clitic and key do not change.
    _clitics: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    _keys: dict[tuple[str, str], str] = field(default_factory=dict)
    # Per (first word, type, span text): the span's start after the clitic, surface and key.
    _spans: dict[tuple[str, str, str], tuple[int, str, str] | None] = field(default_factory=dict)
    _words: dict[str, NameWords] = field(default_factory=dict)  # per mention text
    @property
    def lexicon(self) -> Lexicon:
        return self.decoder.extractor.lexicon

    def _mention(self, text: str, first: str, start: int, end: int, type_: str) -> Mention | None:
        """The mention of text[start:end] (first: its first word) without the proclitic. It
        depends on nothing outside the span (the clitic's diacritics end inside it, or there
        is no mention), so a name seen before is one lookup."""
        span = (first, type_, text[start:end])
        known = self._spans.get(span, UNSEEN)
        if known is UNSEEN:
            known = self._new_span(span)
        if known is None:
            return None
        skip, surface, key = known
        return Mention(surface, type_, start + skip, start + skip + len(surface), key)

    def _new_span(self, span: tuple[str, str, str]) -> tuple[int, str, str] | None:
        """_span() of a span not in the memo yet, remembered."""
        known = self._span(*span)
        if len(self._spans) >= CACHE_LIMIT:
            self._spans.clear()
        self._spans[span] = known
        return known

    def _span(self, first: str, type_: str, span: str) -> tuple[int, str, str] | None:
        """(characters the proclitic takes, surface, canonical key) of a span, or None when the
        proclitic is all of it. A preposition the tagger took in front (`على العماد عون`) goes
        with its space."""
        glued = _GLUED_PREPOSITION.search(span)
        if glued is not None:
            span = span[: glued.start()]
        lead = len(span) - len(span.lstrip(_EDGE_MARKS + " \n"))
        if lead:  # `، بن علي يلدريم`: the tagger began the name at the comma before it
            name = span[lead:]
            inner = self._span(name.split(maxsplit=1)[0], type_, name) if name.strip() else None
            return None if inner is None else (lead + inner[0], inner[1], inner[2])
        if type_ == "PERS" and _NUMBER_WORD.search(span):
            return self._without_number(type_, span)
        if type_ == "PERS" and normalize(first) in _SAYING and " " in span:
            said = span[len(first):].lstrip()  # `أشارت ماي`: the tagger began at the verb
            known = self._span(said.split(maxsplit=1)[0], type_, said)
            return None if known is None else (len(span) - len(said) + known[0], *known[1:])
        if first in _PARTICLES and " " in span:  # `فإن نيمار`, `لأن ترامب`: the clause's opener
            said = span[len(first):].lstrip()
            known = self._span(said.split(maxsplit=1)[0], type_, said)
            return None if known is None else (len(span) - len(said) + known[0], *known[1:])
        parts = _LEADING_PREPOSITION.match(span)
        if parts is not None and (first != "على" or parts.group(2).startswith("ال")):
            rest = self._span(parts.group(2).split(maxsplit=1)[0], type_, parts.group(2))
            return None if rest is None else (parts.end(1) + rest[0], rest[1], rest[2])
        clitic = self._clitics.get((first, type_))
        if clitic is None:
            clitic = _remember(self._clitics, (first, type_), self._clitic(first, type_))
        letters, restored = clitic
        if not letters and first[:1] in _CLITIC_LETTERS and (self._before_alias(span) or (
                type_ == "ORG" and self.common.heads_organisation(normalize(first)[1:]))):
            letters = 1  # `لدونالد ترامب`: "to" + a name of the alias table; `لراديو سوا`
        skip = advance_letters(span, 0, letters)
        if skip >= len(span):
            return None
        surface = span[skip:].rstrip(_EDGE_MARKS + " \n")
        if not any(char.isalpha() for char in surface):
            return None  # `-------`, a rule between paragraphs, tagged MISC in ANT's articles
        if type_ == "PERS":
            surface = _BLESSING.sub("", surface)
            if not surface:
                return None
        surface = self._without_verb(_before_clause(surface))
        if type_ == "PERS":
            surface = self._before_another(surface)
        key_text = restored + surface if restored else surface
        key = self._keys.get((key_text, type_))
        if key is None:
            key = canonical_name(key_text, type_, self.aliases)
            _remember(self._keys, (key_text, type_), key)
        return (skip, surface, key) if key else None  # a span of marks only (`#`) names nobody

    def _without_number(self, type_: str, span: str) -> tuple[int, str, str] | None:
        """A person's span holding a number (`صلاح 44 هدفا`, `في عمر الـ 92 مهاتير محمد`,
        `جوزيه مورينيو الـ 25`): no name holds one, so the longer side of it is the name (the
        words before it on a tie), without an ordinal's `الـ`."""
        words = list(_WORD.finditer(span))
        numbered = [k for k, word in enumerate(words) if _NUMBER_WORD.search(word.group())]
        head = [w for w in words[: numbered[0]] if normalize(w.group()) not in _ORDINAL_ARTICLES]
        if [normalize(w.group()) for w in head] in _AGED:
            head = []  # `في عمر الـ 23`, `صاحب الـ 57 عاما`: an age, no name
        tail = words[numbered[-1] + 1 :]
        if not head and not tail:
            return None
        if len(head) >= len(tail):
            name = span[: head[-1].end()]
            return self._span(name.split(maxsplit=1)[0], type_, name)
        name = span[tail[0].start() :]
        known = self._span(name.split(maxsplit=1)[0], type_, name)
        return None if known is None else (tail[0].start() + known[0], *known[1:])

    def _before_alias(self, span: str) -> bool:
        """Is a span one letter (و/ف/ب/ل/ك) before a name of the alias table or a listed name of
        several words, and no such name itself (`لدونالد ترامب`, `بفلاديمير بوتين`, `وشي جين
        بينغ`, `لوحدات حماية الشعب`, `لصندوق النقد الدولي`)?"""
        norm = normalize(span)
        if norm[1:] in self.aliases:
            return norm not in self.aliases
        listed = self.places.names
        if " " not in norm or not listed:
            return False
        norm = " ".join(norm.split())
        return norm[1:] in listed and norm not in listed

    def _clitic(self, word: str, type_: str) -> tuple[int, str]:
        """How many leading letters of a name's first word are a proclitic, and what to put back
        for the key (لل stands for ل + ال: للأمم -> الأمم)."""
        norm = normalize(word)
        if norm[:1] not in _CLITIC_LETTERS:  # most names (الرياض، محمد): no clitic can match
            return 0, ""
        for clitic in _DOUBLE_LAM:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
                bare = norm[len(clitic) - 1 :]
                return len(clitic) - 1, "" if self._name_with_lam(bare) else "ا"
        for clitic in _ARTICLE_CLITICS:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
                letters = len(clitic) - 2
                if self._seen(norm) and not self._seen(norm[letters:]):
                    return 0, ""  # `كاليفورنيا`, `فالنسيا`: a name, not ك/ف + ال + the rest
                return letters, ""
        if len(norm) >= 4 and norm[0] in _CLITIC_LETTERS:
            return self._letter_clitic(norm, type_), ""
        return 0, ""

    def _without_verb(self, surface: str) -> str:
        """A headline's `محمد بن راشد ومحمد بن زايد يرحبان ...`: the tagger runs on into the
        verb after the name. A last word shaped as a verb (_verb_shaped: `يرحبان`, `تقتربان`,
        `تسلمتا`, `يكسبون`, `سيلتقيان`) whose stem is a common word of the news and no name
        is taken off."""
        head, space, last = surface.rpartition(" ")
        if not space or not self._verb_shaped(normalize(last)):
            return surface
        return head.rstrip(_EDGE_MARKS + " \n")

    def _before_another(self, surface: str) -> str:
        """A person's span cut before the next phrase the tagger ran on into: `و` + a title
        (`... آل سعود ولسمو`, `وولي العهد`), a trailing `ولي` or preposition (`له`, `لدى`),
        a word of kin (`مجدي الهواري زوج`),
        `و` + another known name (`سعود وفيصل`, `إبراهيم ووليد`: two people), or, after a
        name of three words or more, `ل` + another (`... آل سعود لسامح شكري`: a shorter head
        may be one name, `دليلة لخضير`)."""
        words = list(_WORD.finditer(surface))
        for index in range(1, len(words)):
            if self._opens_another(normalize(words[index].group()), index, len(words)):
                return surface[: words[index - 1].end()].rstrip(_EDGE_MARKS + " \n")
        return surface

    def _opens_another(self, norm: str, index: int, count: int) -> bool:
        if (index == count - 1 and norm in _ENDING_ELSEWHERE) or norm in _KIN:
            return True
        if norm[:1] == "و" and (norm[1:] in _TITLES or norm[2:] in _TITLES):  # و, ول + title
            return True
        if (norm[:2] == "لل" and "ا" + norm[1:] in _TITLES) or norm == "لسمو":
            return True  # `للأمير`: ل + `الأمير`
        if len(norm) < 4 or norm[0] not in "ول" or self._seen(norm):
            return False
        if norm[0] == "و":
            return self._known(norm[1:])
        return index >= 3 and self._seen(norm[1:])  # `لسامح`: سامح is a common word too

    def _verb_shaped(self, word: str) -> bool:
        """A dual or plural verb (stop 24: `ي...ان`; stop 25: the feminine `ت...ان`, the
        feminine dual past `...تا`, the plural `ي...ون`), also after the future's `س` when
        the stem has four letters or more (`سيدمان` is Seidman). The stem without the ending
        must be one of the news' commonest words and neither it nor the word a known name or
        place (`يونان`, `يزيدان`); for `ت...ان` the stem has four letters or more (`توران`,
        `توفان` are surnames), and for `...تا` the past stem ends in a consonant and is common
        with `ت` too (`تسلمت`), while the word itself is no common word (`موراتا`, `كايتا`,
        `إنييستا` are names)."""
        if len(word) < 5 or self._known(word):
            return False
        if word[0] == "س" and word[1] in "يت":
            return len(word) >= 7 and self._verb_shaped(word[1:])
        common = self.lexicon.clusters
        ending = word[-2:]
        if ending == "تا":
            stem = word[:-2]
            return (word not in common and stem[-1] not in "اوي" and word[:-1] in common
                    and stem in common and not self._known(stem))
        if not ((ending == "ان" and word[0] in "يت") or (ending == "ون" and word[0] == "ي")):
            return False
        stem = word[:-2]
        if word[0] == "ت" and len(stem) < 4:
            return False
        return stem in common and not self._known(stem)

    def _known(self, word: str) -> bool:
        return word in self.places.bare_names or self.lexicon.is_known_name(word)

    def _seen(self, word: str) -> bool:
        """A known name, a listed place, or one of the news' commonest words."""
        return self._known(word) or word in self.lexicon.clusters

    def _name_with_lam(self, bare: str) -> bool:
        """Whether `لبنان` in `للبنان` is a name that begins with ل after the preposition ل,
        not ل + ال + `بنان`: the name is known (or a common word) and the article's form
        is not (`لليفربول`, `لليبيا`; `للأمم` stays ل + الأمم)."""
        return self._seen(bare) and not self._seen("ا" + bare)

    def _letter_clitic(self, norm: str, type_: str) -> int:
        """How many letters of و/ف/ب/ل/ك (one, or two before a listed place) are a proclitic.

        Training names include their clitics (وتركيا), so "the rest is a known name" decides
        first; a bare و/ف before an unknown word is a conjunction, while ب/ل/ك begin many names
        (بغداد، لندن) and are only taken off a known place or body, or (ل, "to") off a known
        first name when the whole is no common word (لبنى stays). The curated places count as
        known (بحلب is ب + حلب, and وهران stays whole), and one listed as written keeps its
        first letter (بكين)."""
        listed = self.places.bare_names
        known_name = self.lexicon.is_known_name

        def known(word: str) -> bool:
            return word in listed or known_name(word)

        if norm in listed or norm in self.places.first_words:
            return 0  # `بكين` (Beijing) is no ب + `كين`, `بيونغ يانغ` no ب + `يونغ يانغ`
        if norm[:2] in _PREPOSITION_AFTER_CONJUNCTION and norm[2:] in listed:
            return 2  # وبحلب
        rest_known = known(norm[1:])
        if norm[0] == "و" and (rest_known or not (known(norm) or self._whole_word(norm))):
            return 1
        if norm[0] == "ف" and rest_known:
            return 1  # `فأوباما`; an unknown name may begin with ف (`فاسيل غريتساك`)
        if norm[0] in "بلك" and type_ != "PERS" and rest_known \
                and not (norm[1] in "وف" and len(norm) >= 5 and known(norm[2:])):
            return 1  # not `بوروسيا`: و + `روسيا` is known, but no ب comes before a و
        if norm[0] == "ل" and rest_known and not (known(norm) or norm in self.lexicon.clusters):
            return 1  # `لجون كيري`, `لخليفة حفتر`: "to" before a known first name
        return 0

    def _whole_word(self, norm: str) -> bool:
        """Is a word opening with و/ف frequent in news as it is, and its rest not (فيسبوك,
        ويكيليكس: not ف + يسبوك)? The lexicon's word clusters hold the 50,000 commonest
        words of the news corpora; a conjunction before a common word leaves the rest there
        too (وأحمد, فالرياض)."""
        clusters = self.lexicon.clusters
        return norm in clusters and norm[1:] not in clusters


def _before_clause(surface: str) -> str:
    """A span cut before the reported clause the tagger ran on into (_CLAUSE_OPENER)."""
    opener = _CLAUSE_OPENER.search(surface)
    return surface[: opener.start()] if opener is not None else surface


def _remember(memo: dict[tuple[str, str], _T], key: tuple[str, str], value: _T) -> _T:
    """Store value in a memo bounded by CACHE_LIMIT (emptied when full)."""
    if len(memo) >= CACHE_LIMIT:
        memo.clear()
    memo[key] = value
    return value
