"""Named entities (PERS, ORG, LOC, MISC) in an article's title and body, with canonical names.

A tagger trained on ANERcorp tags tokens (the neural one of ner_neural or the CRF of
ner_decode: the model file chosen decides, see EntityTagger.load); spans are trimmed of proclitics
(وحلب -> حلب), short person names join the full name given elsewhere in the article, and every
mention gets the archive-wide key from canonical_name().
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

from siyaq.analyze.entities_glued import platforms_as_organisations, unglue
from siyaq.analyze.entities_hyphens import (
    MAX_PERSON_HASHTAG_WORDS,
    with_hashtag_people,
    with_hashtag_surnames,
    with_hyphen_names,
)
from siyaq.analyze.entities_names import (
    NameWords,
    advance_letters,
    begin_forms,
    find_repeats,
    head_sizes,
    join_full_names,
    name_words,
    repeated_names,
    unify_types,
)
from siyaq.analyze.entities_pairs import split_people
from siyaq.analyze.entities_papers import names_a_paper, with_paper_names
from siyaq.analyze.ner_aliases import ALLAH_COMPOUNDS, alias_index, canonical_name
from siyaq.analyze.ner_common import CommonWordNames
from siyaq.analyze.ner_data import text_spans
from siyaq.analyze.ner_decode import OUTSIDE_PENALTY, CompiledCRF, FastTagger
from siyaq.analyze.ner_ensemble import EnsembleTagger
from siyaq.analyze.ner_features import CACHE_LIMIT, FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import NeuralTagger, NeuralWeights
from siyaq.analyze.ner_places import PlaceList
from siyaq.analyze.ner_text import (
    Token,
    Tokens,
    dotted_runs,
    normalize,
    strip_article,
    tag_dotted_runs,
    text_sentence_lengths,
    token_columns,
)
from siyaq.analyze.ner_train import (
    CRF_MODEL,
    DEFAULT_TAGGER,
    NEURAL_MODEL,
    TAGGERS,
    lexicon_path,
    weights_path,
)
from siyaq.model import Article, Mention

__all__ = ["EntityTagger", "canonical_name", "find_repeats", "repeated_names"]

_ARTICLE_CLITICS = ("وبال", "وكال", "وال", "بال", "فال", "كال")
_DOUBLE_LAM = ("ولل", "فلل", "لل")
_CLITIC_LETTERS = "وفبلك"  # the first letters of every clitic _clitic takes off
_PREPOSITION_AFTER_CONJUNCTION = frozenset({"وب", "ول", "وك", "فب", "فل"})
_T = TypeVar("_T")
_START = attrgetter("start")
# `على` (with ى: "on"; the name Ali is علي, though Egyptian typing writes it على too, hence the
# ال test in _span), `إلى`, `عن`, `في`, `من` opening a span, with the space after them.
# A name glued to a domain ending: `العربية.نت`, `مصراوي.كوم`, `Reuters.com`. The ending alone is
# searched first: the whole pattern tries every word of a text (160 µs a body, 2 µs so).
_DOMAIN = re.compile(r"\w+\.(?:نت|كوم|net|com|org)\b", re.IGNORECASE)
_DOMAIN_END = re.compile(r"\.(?:نت|كوم|net|com|org)\b", re.IGNORECASE)
_LEADING_PREPOSITION = re.compile(r"((?:على|إلى|الى|عن|في|من)\s+)(\S.*)", re.DOTALL)
# Particles that open a clause, written with their hamza (`فإن نيمار`, `لأن ترامب`): no name
# opens with one (stop 38).
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
    r"[\s\-–—(]*(?<![^\s\-–—(])(?:[وف]?(?:حفظه|حفظها|حفظهم|حفظهما|رحمه|رحمها|رحمهم|رحمهما"
    r"|يرحمه|يرحمها|(?:صلى|صلي|رضي) الله|عليه السلام|عليها السلام|عليهم السلام))(?!\w).*",
    re.DOTALL)
# The tagger runs on through the complementizer of a reported clause (`وتقول المنظمة إن
# السلطات المصرية`): إن/أن before an ال-word, or with a pronoun, opens what was said. Not
# `سي إن إن`. Written with its hamza it opens the clause whatever follows (`وقالت شركة كومكاست
# إن شبكة سكاي نيوز`, `وقال الدكتور فرحان إن`), after a word of three letters or more: not the
# spelled letters of `سي إن إن`, `بي إن سبورتس`.
_CLAUSE_OPENER = re.compile(
    r"\s+(?:[إأا]ن\s+(?=ال)|ب?[إأا]ن(?:ه|ها|هم)(?:\s|$))|(?<=\w{3})\s+[إأ]ن(?:\s|$)")
# A word with a digit (`44`, `ال32`, `22ميكا`) and the words that hold none; the article an
# ordinal's number is written after (`الـ 25`).
_NUMBER_WORD = re.compile(r"[0-9٠-٩]")
_WORD = re.compile(r"\S+")
_ORDINAL_ARTICLES = frozenset({"ال", "الـ"})
_AGED = (["عمر"], ["بعمر"], ["صاحب"], ["صاحبه"])
_EDGE_MARKS = "،,؛;:\"«»“”'()[]-–—"  # punctuation a tagged span may begin or end with
_UNSEEN = (-1, "", "")  # a span not in EntityTagger._spans yet (None there: no mention)


@dataclass(slots=True)
class EntityTagger:
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

    @classmethod
    def load(cls, model_path: Path | None = None, tagger: str = DEFAULT_TAGGER,
             neural_path: Path | None = None) -> EntityTagger:
        """Open the shipped `tagger` (one of TAGGERS), or the model file given: a `.npz` file is
        a neural tagger (`siyaq train ner-neural --out`), which reads the shipped CRF's lexicon;
        a `.crfsuite` file is a CRF (`siyaq train ner --out`). The ensemble adds the CRF given
        as `model_path` (default: the shipped one) and the network given as `neural_path`
        (default: the shipped one), which then reads that CRF's lexicon (the same gazetteer and
        clusters; the network reads no training names)."""
        network = model_path if model_path is not None and model_path.suffix == ".npz" else None
        if tagger == "ensemble":
            crf = _crf(model_path if model_path is not None and network is None else CRF_MODEL)
            neural = _neural(neural_path or network or NEURAL_MODEL, crf.extractor.lexicon)
            return cls._make(EnsembleTagger(crf, neural))
        if network is not None:
            return cls._make(_neural(network))
        if model_path is not None or tagger == "crf":
            return cls._make(_crf(model_path or CRF_MODEL))
        if tagger == "neural":
            return cls._make(_neural(neural_path or NEURAL_MODEL))
        raise ValueError(f"unknown tagger {tagger!r}: use one of {', '.join(TAGGERS)}")

    @classmethod
    def _make(cls, decoder: FastTagger | NeuralTagger | EnsembleTagger) -> EntityTagger:
        return cls(decoder, alias_index(), PlaceList.load(), CommonWordNames.load())

    @property
    def lexicon(self) -> Lexicon:
        return self.decoder.extractor.lexicon

    def tag_words(self, words: list[str]) -> list[str]:
        """BIO tags for one sentence of words."""
        tags, norms = self.decoder.tag_text(words, [len(words)] if words else [])
        return self.common.apply(self.places.apply(tags, norms), norms)

    def annotate(self, article: Article) -> None:
        """Fill article.mentions: title mentions (in_title, offsets into the title), then body."""
        texts = [(article.title, True)] if article.title else []
        texts.append((article.text, False))
        tokenized = [(text, token_columns(text), in_title) for text, in_title in texts]
        tagged = self._tag([(text, tokens) for text, tokens, _ in tokenized])
        found = [  # per text (the title first), each in text order
            self._mentions(text, tokens, tags, lengths, in_title)
            for (text, tokens, in_title), (tags, lengths, _) in zip(tokenized, tagged, strict=True)
        ]
        if "#" in article.text:
            found[-1] = self._hashtag_people(article.text, found)
        found = split_people(found, lambda name: canonical_name(name, "PERS", self.aliases),
                             self._first_name)
        mentions = list(chain.from_iterable(found))
        forms = self._name_words(mentions)
        for index in unglue(mentions, forms, self.aliases):
            forms[index] = self._name_words([mentions[index]])[0]
        join_full_names(mentions, forms)
        if not _ALONE_NO_NAME.isdisjoint(form.words for form in forms):
            mentions, forms, found = _without_lone_words(mentions, forms, found)
        platforms_as_organisations(mentions)
        unify_types(mentions, forms)
        names = repeated_names(mentions, forms)
        begins, sizes = begin_forms(names), head_sizes(names)
        ordered: list[Mention] = []
        for (text, tokens, in_title), (_, _, words), own in zip(tokenized, tagged, found,
                                                                strict=True):
            repeats = find_repeats(text, tokens, names, mentions, in_title, words, begins, sizes)
            if repeats.replaced:  # tagged pieces of a longer name the article gives elsewhere
                taken = set(map(id, repeats.replaced))
                own = [mention for mention in own if id(mention) not in taken]
            # Title before body, by start within each (a stable sort: as by (not in_title, start)).
            ordered += sorted(own + repeats.found, key=_START)
        article.mentions = ordered

    def _hashtag_people(self, body: str, found: list[list[Mention]]) -> list[Mention]:
        """The body's mentions with surnames written as hashtags joined to their given name
        (`سيرغي #لافروف`) and people named as hashtags (`#علي_ربيع`) whose last word ends a
        person the article tags (entities_hyphens)."""
        body_found = with_hashtag_surnames(body, found[-1], self._key)
        surnames = {m.canonical.split()[-1] for own in [*found[:-1], body_found] for m in own
                    if m.type == "PERS" and m.canonical}
        return with_hashtag_people(body, body_found, surnames, self._key, self._first_name)

    def _key(self, name: str, type_: str) -> str | None:
        return canonical_name(name, type_, self.aliases)

    def _first_name(self, word: str) -> bool:
        """Is the word one the gazetteer or the training names hold in a person's name?"""
        return "PERS" in self.lexicon.words.get(strip_article(normalize(word)), "")

    def _name_words(self, mentions: list[Mention]) -> list[NameWords]:
        """name_words() of each mention, memoized: an article names few people many times."""
        memo = self._words
        forms: list[NameWords] = []
        for mention in mentions:
            # a person's hashtag is its words (`علي_ربيع`); an organisation's stays one (its
            # last word `الحوثي` of `ميليشيات_الحوثي` is no surname)
            text = mention.text.replace("_", " ") if mention.type == "PERS" \
                and mention.text.count("_") < MAX_PERSON_HASHTAG_WORDS else mention.text
            form = memo.get(text)
            if form is None:
                if len(memo) >= CACHE_LIMIT:
                    memo.clear()
                form = memo[text] = name_words(text)
            forms.append(form)
        return forms

    def find(self, text: str, in_title: bool = False) -> list[Mention]:
        """Mentions the model tags in a text (offsets into it)."""
        tokens = token_columns(text)
        tags, lengths, _ = self._tag([(text, tokens)])[0]
        return self._mentions(text, tokens, tags, lengths, in_title)

    def _tag(self, texts: list[tuple[str, Tokens]]
             ) -> list[tuple[list[str], list[int], list[str]]]:
        """(tags, sentence lengths, normalized words) of each text and its tokens. The sentences
        of all texts (an article's title and body) are decoded in one batch: fewer, larger
        numpy steps."""
        lengths = [text_sentence_lengths(text, tokens) for text, tokens in texts]
        words = list(chain.from_iterable(tokens.words for _, tokens in texts))  # joined in C
        tags, norms = self.decoder.tag_text(words, [n for sizes in lengths for n in sizes])
        tags = list(self.common.apply(self.places.apply(tags, norms), norms))
        result: list[tuple[list[str], list[int], list[str]]] = []
        first = 0
        for (text, tokens), sizes in zip(texts, lengths, strict=True):
            tag_dotted_runs(tags, dotted_runs(text, tokens), first)
            end = first + len(tokens.words)
            result.append((tags[first:end], sizes, norms[first:end]))
            first = end
        return result

    def _mentions(
        self, text: str, tokens: Tokens, tags: list[str], lengths: list[int], in_title: bool
    ) -> list[Mention]:
        """The mentions of a tagged text (entities never cross its sentences)."""
        found: list[Mention] = []
        words, starts, ends = tokens
        known_spans = self._spans
        # _mention inlined: a text has tens of spans, nearly all of them seen before.
        for first, last, type_ in text_spans(tags, lengths):
            if words[first] == "الله" and type_ == "PERS" and first and tags[first - 1] == "O" \
                    and _allah_compound(text, tokens, first):
                first -= 1  # `فتح الله غولن`: the tagger began the name at `الله`
            start, end = starts[first], ends[last - 1]
            span = (words[first], type_, text[start:end])
            known = known_spans.get(span, _UNSEEN)
            if known is _UNSEEN:
                known = self._new_span(span)
            if known is not None:
                skip, surface, key = known
                found.append(Mention(surface, type_, start + skip, start + skip + len(surface),
                                     key, in_title))
        if found and _DOMAIN_END.search(text):
            found = self._with_domains(text, found)
        if found and names_a_paper(text):
            found = with_paper_names(text, found,
                                     lambda name: canonical_name(name, "ORG", self.aliases))
        if found and "-" in text:
            found = with_hyphen_names(text, found,
                                      lambda name, type_: canonical_name(name, type_, self.aliases))
        return found

    def _with_domains(self, text: str, found: list[Mention]) -> list[Mention]:
        """An outlet named by its domain (`العربية.نت`) is one organisation: the tokens split
        at the dot, so the tagger takes `نت` (or `العربية`) for the name."""
        domains = [(m.start(), m.end()) for m in _DOMAIN.finditer(text)]
        if not domains:
            return found
        kept: dict[tuple[int, int], Mention] = {}
        for mention in found:
            for start, end in domains:
                if start <= mention.start < end or start < mention.end <= end:
                    surface = text[start:end]
                    mention = Mention(surface, "ORG", start, end,
                                      canonical_name(surface, "ORG", self.aliases),
                                      mention.in_title)
                    break
            kept.setdefault((mention.start, mention.end), mention)
        return list(kept.values())

    def mention(self, text: str, tokens: list[Token], type_: str) -> Mention | None:
        """The mention of tagged tokens: span without a leading proclitic, canonical key."""
        return self._mention(text, tokens[0].text, tokens[0].start, tokens[-1].end, type_)

    def _mention(self, text: str, first: str, start: int, end: int, type_: str) -> Mention | None:
        """The mention of text[start:end] (first: its first word) without the proclitic. It
        depends on nothing outside the span (the clitic's diacritics end inside it, or there
        is no mention), so a name seen before is one lookup."""
        span = (first, type_, text[start:end])
        known = self._spans.get(span, _UNSEEN)
        if known is _UNSEEN:
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
        if not letters and first[:1] in _CLITIC_LETTERS and self._before_alias(span):
            letters = 1  # `لدونالد ترامب`: "to" + a name of the alias table
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
        """Is a span one letter (و/ف/ب/ل/ك) before a name of the alias table, and no listed
        name itself (`لدونالد ترامب`, `بفلاديمير بوتين`, `وشي جين بينغ`)?"""
        norm = normalize(span)
        return norm[1:] in self.aliases and norm not in self.aliases

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


# `لي` is Lee or Li only in a name the article gives in full (`لي كه تشيانغ`, which a bare `لي`
# joins: SURNAMES_FIRST); alone it is "to me" (`قال لي`): 52 ANT mentions, nearly all so.
_ALONE_NO_NAME = frozenset({("لي",)})


def _before_clause(surface: str) -> str:
    """A span cut before the reported clause the tagger ran on into (_CLAUSE_OPENER)."""
    opener = _CLAUSE_OPENER.search(surface)
    return surface[: opener.start()] if opener is not None else surface


def _without_lone_words(mentions: list[Mention], forms: list[NameWords],
                        found: list[list[Mention]]
                        ) -> tuple[list[Mention], list[NameWords], list[list[Mention]]]:
    """The article's mentions, their forms and each text's mentions without the persons named
    by one of _ALONE_NO_NAME that joined no full name."""
    dropped = {id(mention) for mention, form in zip(mentions, forms, strict=True)
               if form.words in _ALONE_NO_NAME and mention.type == "PERS"
               and mention.canonical == " ".join(form.words)}
    if not dropped:
        return mentions, forms, found
    kept = [(mention, form) for mention, form in zip(mentions, forms, strict=True)
            if id(mention) not in dropped]
    return ([mention for mention, _ in kept], [form for _, form in kept],
            [[mention for mention in own if id(mention) not in dropped] for own in found])


def _allah_compound(text: str, tokens: Tokens, first: int) -> bool:
    """Is the word before `الله` (token `first`) the first part of a name with it, one space
    before (`فتح الله`, `نصر الله`, `عبد الله`: a person's name never opens with `الله`)?"""
    words, starts, ends = tokens
    return (ends[first - 1] + 1 == starts[first] and text[ends[first - 1]] == " "
            and normalize(words[first - 1]) in ALLAH_COMPOUNDS)


def _remember(memo: dict[tuple[str, str], _T], key: tuple[str, str], value: _T) -> _T:
    """Store value in a memo bounded by CACHE_LIMIT (emptied when full)."""
    if len(memo) >= CACHE_LIMIT:
        memo.clear()
    memo[key] = value
    return value


def _crf(path: Path) -> FastTagger:
    weights = weights_path(path)
    if not weights.is_file() and not path.is_file():
        raise FileNotFoundError(f"no NER model at {path}: run `siyaq train ner`")
    crf = CompiledCRF.load(weights) if weights.is_file() else CompiledCRF.from_crfsuite(path)
    return FastTagger(crf, FeatureExtractor(Lexicon.load(lexicon_path(path))), OUTSIDE_PENALTY)


def _neural(path: Path, lexicon: Lexicon | None = None) -> NeuralTagger:
    """The network and its features, from the shipped CRF's lexicon (it was trained with it)."""
    if not path.is_file():
        raise FileNotFoundError(f"no neural NER model at {path}: run `siyaq train ner-neural`")
    lexicon = lexicon or Lexicon.load(lexicon_path(CRF_MODEL))
    return NeuralTagger(NeuralWeights.load(path), FeatureExtractor(lexicon))
