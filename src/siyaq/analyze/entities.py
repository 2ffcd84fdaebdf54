"""Named entities (PERS, ORG, LOC, MISC) in an article's title and body, with canonical names.

A tagger trained on ANERcorp tags tokens (the neural one of ner_neural or the CRF of
ner_decode: the model file chosen decides, see EntityTagger.load); spans are trimmed of proclitics
(وحلب -> حلب), short person names join the full name given elsewhere in the article, and every
mention gets the archive-wide key from canonical_name().
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter
from pathlib import Path

from siyaq.analyze.entities_glued import platforms_as_organisations, unglue
from siyaq.analyze.entities_hyphens import (
    MAX_PERSON_HASHTAG_WORDS,
    with_hashtag_people,
    with_hashtag_surnames,
    with_hyphen_names,
)
from siyaq.analyze.entities_names import (
    NameWords,
    begin_forms,
    find_repeats,
    first_names_as_people,
    head_sizes,
    join_full_names,
    name_words,
    repeated_names,
    unify_types,
)
from siyaq.analyze.entities_pairs import split_people
from siyaq.analyze.entities_papers import names_a_paper, with_paper_names
from siyaq.analyze.entities_spans import UNSEEN, MentionSpans
from siyaq.analyze.ner_aliases import ALLAH_COMPOUNDS, alias_index, canonical_name
from siyaq.analyze.ner_common import CommonWordNames
from siyaq.analyze.ner_data import text_spans
from siyaq.analyze.ner_decode import OUTSIDE_PENALTY, CompiledCRF, FastTagger
from siyaq.analyze.ner_ensemble import EnsembleTagger
from siyaq.analyze.ner_features import CACHE_LIMIT, FeatureExtractor
from siyaq.analyze.ner_joins import join_split_names
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
from siyaq.analyze.quotes_nations import NATIONALITIES
from siyaq.model import Article, Mention

__all__ = ["EntityTagger", "canonical_name", "find_repeats", "repeated_names"]

_START = attrgetter("start")
# `على` (with ى: "on"; the name Ali is علي, though Egyptian typing writes it على too, hence the
# ال test in _span), `إلى`, `عن`, `في`, `من` opening a span, with the space after them.
# A name glued to a domain ending: `العربية.نت`, `مصراوي.كوم`, `Reuters.com`. The ending alone is
# searched first: the whole pattern tries every word of a text (160 µs a body, 2 µs so).
_DOMAIN = re.compile(r"\w+\.(?:نت|كوم|net|com|org)\b", re.IGNORECASE)
_DOMAIN_END = re.compile(r"\.(?:نت|كوم|net|com|org)\b", re.IGNORECASE)


@dataclass(slots=True)
class EntityTagger(MentionSpans):
    """Tags an article's title and body and reads the tagged spans into mentions."""

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

    def tag_words(self, words: list[str]) -> list[str]:
        """BIO tags for one sentence of words."""
        sizes = [len(words)] if words else []
        tags, norms = self.decoder.tag_text(words, sizes)
        return join_split_names(self.common.apply(self.places.apply(tags, norms), norms), norms,
                                sizes)

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
        first_names_as_people(mentions, forms, self._a_place)
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

    def _a_place(self, word: str) -> bool:
        """Is the word one the gazetteer or the training names hold as a place or a body?"""
        types = self.lexicon.words.get(strip_article(normalize(word)), "")
        return "LOC" in types or "ORG" in types

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
        sentences = [n for sizes in lengths for n in sizes]
        tags, norms = self.decoder.tag_text(words, sentences)
        tags = join_split_names(self.common.apply(self.places.apply(tags, norms), norms), norms,
                                sentences)
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
            if type_ == "PERS" and first and words[first][-1:] == "ي" \
                    and (last - first == 1 or "ـ" in words[first + 1][:3]) \
                    and _nationality_of_someone(words[first - 1], words[first]):
                continue  # `مسؤول تركي`: a Turkish official, not a man named Turki
            start, end = starts[first], ends[last - 1]
            span = (words[first], type_, text[start:end])
            known = known_spans.get(span, UNSEEN)
            if known is UNSEEN:
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


# `لي` is Lee or Li only in a name the article gives in full (`لي كه تشيانغ`, which a bare `لي`
# joins: SURNAMES_FIRST); alone it is "to me" (`قال لي`): 52 ANT mentions, nearly all so.
_ALONE_NO_NAME = frozenset({("لي",)})
# Unnamed people a nationality describes (`مسؤول تركي`, `عن مصدر روسي`, `سفير تركي`): the
# tagger reads the adjective as the name Turki, Rossi or Corey, which it is after a name.
_UNNAMED_PEOPLE = frozenset({
    "مسؤول", "مسئول", "مصدر", "سفير", "دبلوماسي", "صحفي", "ضابط", "جندي", "مواطن", "ناشر",
    "خبير", "باحث", "محلل", "متحدث", "وزير", "نائب", "قيادي", "ناشط", "مراسل",
})
_INDEFINITE_NATIONALITIES = frozenset(word[2:] for word in NATIONALITIES)


def _nationality_of_someone(before: str, word: str) -> bool:
    """`word` is a nationality describing the unnamed person `before` names."""
    if normalize(word) not in _INDEFINITE_NATIONALITIES:
        return False
    noun = normalize(before)
    return noun in _UNNAMED_PEOPLE or (noun[:1] in "وفل" and noun[1:] in _UNNAMED_PEOPLE) \
        or (noun[:2] in ("لل", "عن") and noun[2:] in _UNNAMED_PEOPLE)


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
