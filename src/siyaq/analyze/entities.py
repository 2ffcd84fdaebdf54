"""Named entities (PERS, ORG, LOC, MISC) in an article's title and body, with canonical names.

A tagger trained on ANERcorp tags tokens (the neural one of ner_neural or the CRF of
ner_decode: the model file chosen decides, see EntityTagger.load); spans are trimmed of proclitics
(وحلب -> حلب), short person names join the full name given elsewhere in the article, and every
mention gets the archive-wide key from canonical_name().
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import compress
from pathlib import Path
from typing import TypeVar

import numpy as np

from siyaq.analyze.ner_aliases import alias_index, canonical_name, join_full_names
from siyaq.analyze.ner_data import text_spans
from siyaq.analyze.ner_decode import OUTSIDE_PENALTY, CompiledCRF, FastTagger
from siyaq.analyze.ner_ensemble import EnsembleTagger
from siyaq.analyze.ner_features import CACHE_LIMIT, FeatureExtractor
from siyaq.analyze.ner_lexicon import TRIGGERS, Lexicon
from siyaq.analyze.ner_neural import NeuralTagger, NeuralWeights
from siyaq.analyze.ner_places import PlaceList
from siyaq.analyze.ner_text import (
    Token,
    Tokens,
    normalize,
    sentence_lengths,
    token_columns,
    word_stem,
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

__all__ = ["EntityTagger", "canonical_name"]

_ARTICLE_CLITICS = ("وبال", "وكال", "وال", "بال", "فال", "كال")
_DOUBLE_LAM = ("ولل", "فلل", "لل")
_REPEAT_CLITICS = "وفبل"  # left out of a repeated name's span (وجيفري -> جيفري)
_T = TypeVar("_T")


@dataclass(slots=True)
class EntityTagger:
    decoder: FastTagger | NeuralTagger | EnsembleTagger
    aliases: dict[str, str]
    places: PlaceList = field(default_factory=PlaceList)  # names added after the CRF
    # Per (word or name, type): a name recurs in many articles, its clitic and key do not change.
    _clitics: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    _keys: dict[tuple[str, str], str] = field(default_factory=dict)

    @classmethod
    def load(cls, model_path: Path | None = None, tagger: str = DEFAULT_TAGGER) -> EntityTagger:
        """Open the shipped `tagger` (one of TAGGERS), or the model file given: a `.npz` file is
        a neural tagger (`siyaq train ner-neural --out`), which reads the shipped CRF's lexicon;
        a `.crfsuite` file is a CRF (`siyaq train ner --out`)."""
        if model_path is not None and model_path.suffix == ".npz":
            return cls._make(_neural(model_path))
        if model_path is not None or tagger == "crf":
            return cls._make(_crf(model_path or CRF_MODEL))
        if tagger == "neural":
            return cls._make(_neural(NEURAL_MODEL))
        if tagger == "ensemble":
            crf = _crf(CRF_MODEL)  # the network reads the same lexicon: loaded once
            return cls._make(EnsembleTagger(crf, _neural(NEURAL_MODEL, crf.extractor.lexicon)))
        raise ValueError(f"unknown tagger {tagger!r}: use one of {', '.join(TAGGERS)}")

    @classmethod
    def _make(cls, decoder: FastTagger | NeuralTagger | EnsembleTagger) -> EntityTagger:
        return cls(decoder, alias_index(), PlaceList.load())

    @property
    def lexicon(self) -> Lexicon:
        return self.decoder.extractor.lexicon

    def tag_words(self, words: list[str]) -> list[str]:
        """BIO tags for one sentence of words."""
        tags, norms = self.decoder.tag_text(words, [len(words)] if words else [])
        return self.places.apply(tags, norms)

    def annotate(self, article: Article) -> None:
        """Fill article.mentions: title mentions (in_title, offsets into the title), then body."""
        texts = [(article.title, True)] if article.title else []
        texts.append((article.text, False))
        tokenized = [(text, token_columns(text), in_title) for text, in_title in texts]
        tagged = self._tag([tokens for _, tokens, _ in tokenized])
        mentions: list[Mention] = []
        for (text, tokens, in_title), (tags, lengths, _) in zip(tokenized, tagged, strict=True):
            mentions += self._mentions(text, tokens, tags, lengths, in_title)
        join_full_names(mentions)
        names = repeated_names(mentions)
        for (text, tokens, in_title), (_, _, words) in zip(tokenized, tagged, strict=True):
            mentions += find_repeats(text, tokens, names, mentions, in_title, words)
        article.mentions = sorted(mentions, key=lambda m: (not m.in_title, m.start))

    def find(self, text: str, in_title: bool = False) -> list[Mention]:
        """Mentions the model tags in a text (offsets into it)."""
        tokens = token_columns(text)
        tags, lengths, _ = self._tag([tokens])[0]
        return self._mentions(text, tokens, tags, lengths, in_title)

    def _tag(self, texts: list[Tokens]) -> list[tuple[list[str], list[int], list[str]]]:
        """(tags, sentence lengths, normalized words) of each text. The sentences of all texts
        (an article's title and body) are decoded in one batch: fewer, larger numpy steps."""
        lengths = [sentence_lengths(tokens.words) for tokens in texts]
        words = [word for tokens in texts for word in tokens.words]
        tags, norms = self.decoder.tag_text(words, [n for sizes in lengths for n in sizes])
        tags = self.places.apply(tags, norms)
        result: list[tuple[list[str], list[int], list[str]]] = []
        first = 0
        for tokens, sizes in zip(texts, lengths, strict=True):
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
        for start, end, type_ in text_spans(tags, lengths):
            mention = self._mention(text, words[start], starts[start], ends[end - 1], type_)
            if mention is not None:
                mention.in_title = in_title
                found.append(mention)
        return found

    def mention(self, text: str, tokens: list[Token], type_: str) -> Mention | None:
        """The mention of tagged tokens: span without a leading proclitic, canonical key."""
        return self._mention(text, tokens[0].text, tokens[0].start, tokens[-1].end, type_)

    def _mention(self, text: str, first: str, start: int, end: int, type_: str) -> Mention | None:
        """The mention of text[start:end] (first: its first word) without the proclitic."""
        clitic = self._clitics.get((first, type_))
        if clitic is None:
            clitic = _remember(self._clitics, (first, type_), self._clitic(first, type_))
        skip, restored = clitic
        start = _advance_letters(text, start, skip)
        if start >= end:
            return None
        surface = text[start:end]
        key_text = restored + surface if restored else surface
        key = self._keys.get((key_text, type_))
        if key is None:
            key = canonical_name(key_text, type_, self.aliases)
            _remember(self._keys, (key_text, type_), key)
        return Mention(surface, type_, start, end, key)

    def _clitic(self, word: str, type_: str) -> tuple[int, str]:
        """How many leading letters of a name's first word are a proclitic, and what to put back
        for the key (لل stands for ل + ال: للأمم -> الأمم)."""
        norm = normalize(word)
        for clitic in _DOUBLE_LAM:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
                return len(clitic) - 1, "ا"
        for clitic in _ARTICLE_CLITICS:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= 2:
                return len(clitic) - 2, ""
        if len(norm) >= 4 and norm[0] in "وفبلك":
            # Training names include their clitics (وتركيا), so "the rest is a known name"
            # decides first; a bare و/ف before an unknown word is a conjunction, while ب/ل/ك
            # begin many names (بغداد، لندن) and are only taken off a known place or body.
            known = self.lexicon.is_known_name
            rest_known = known(norm[1:])
            if norm[0] in "وف" and (rest_known or not known(norm)):
                return 1, ""
            if norm[0] in "بلك" and type_ != "PERS" and rest_known:
                return 1, ""
        return 0, ""


def _remember(memo: dict[tuple[str, str], _T], key: tuple[str, str], value: _T) -> _T:
    """Store value in a memo bounded like the decoder's word cache (emptied when full)."""
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


def repeated_names(mentions: list[Mention]) -> dict[tuple[str, ...], Mention]:
    """Names tagged somewhere in an article, by normalized words; a person's surname too (the
    model tags جيمس جيفري but may miss a later bare جيفري, or الأسد in a headline)."""
    names: dict[tuple[str, ...], Mention] = {}
    for mention in mentions:
        words = tuple(normalize(w) for w in mention.text.split())
        if len("".join(words)) >= 3:
            names.setdefault(words, mention)
        surname = words[-1]
        # A surname that is also a title (السيد، الشيخ) would tag every "Mr." in the article.
        if mention.type == "PERS" and len(words) > 1 and len(surname) >= 4 and (
            word_stem(surname) not in TRIGGERS
        ):
            names.setdefault((surname,), mention)
    return names


def find_repeats(
    text: str,
    tokens: Tokens,
    names: dict[tuple[str, ...], Mention],
    known: list[Mention],
    in_title: bool,
    words: list[str] | None = None,
) -> list[Mention]:
    """Untagged occurrences of the article's names (label consistency within one article);
    a leading و/ف/ب/ل on the first word is left out of the span."""
    if not names:
        return []
    covered = _covered(tokens, [m for m in known if m.in_title == in_title])
    if words is None:  # the normalized tokens, when the caller has not computed them
        words = list(map(normalize, tokens.words))
    firsts = {key[0] for key in names}
    longest = max(len(k) for k in names)
    found: list[Mention] = []
    free = 0  # tokens before this are part of a repeat found already
    for i in _may_begin(words, firsts):
        if i < free or covered[i]:
            continue
        match = _match(words, i, names, longest, covered)
        if match is None:
            continue
        size, skip, source = match
        start = _advance_letters(text, tokens.starts[i], skip)
        end = tokens.ends[i + size - 1]
        found.append(Mention(text[start:end], source.type, start, end, source.canonical, in_title))
        free = i + size
    return found


def _may_begin(words: list[str], firsts: set[str]) -> list[int]:
    """Positions whose word begins a name, bare or after one of the clitics _match strips
    (few: the test is one set lookup per word, run in C through map and compress)."""
    forms = firsts.union(*({clitic + first for first in firsts} for clitic in _REPEAT_CLITICS))
    return list(compress(range(len(words)), map(forms.__contains__, words)))


def _covered(tokens: Tokens, mentions: list[Mention]) -> list[bool]:
    """Which tokens lie inside a mention already (both lists are in text order): a token is
    covered by the first mention (by start) that ends after the token starts, if any."""
    if not mentions:
        return [False] * len(tokens.words)
    spans_ = sorted((m.start, m.end) for m in mentions)
    # The first span ending after x is the first whose running maximum of ends exceeds x.
    reach = np.maximum.accumulate([end for _, end in spans_])
    starts = np.array([start for start, _ in spans_] + [-1])
    first = np.searchsorted(reach, tokens.starts, side="right")
    inside = starts[first] < np.array(tokens.ends)
    inside &= first < len(spans_)  # no span ends after the token starts
    covered: list[bool] = inside.tolist()
    return covered


def _match(
    words: list[str], i: int, names: dict[tuple[str, ...], Mention], longest: int,
    covered: list[bool],
) -> tuple[int, int, Mention] | None:
    """(words, clitic letters, the mention it repeats) of the longest name starting at i."""
    for size in range(min(longest, len(words) - i), 0, -1):
        if any(covered[i : i + size]):
            continue
        rest = tuple(words[i + 1 : i + size])
        first = words[i]
        for skip, head in ((0, first), (1, first[1:])):
            if skip and first[:1] not in _REPEAT_CLITICS:
                continue
            source = names.get((head, *rest))
            if source is not None:
                return size, skip, source
    return None


def _advance_letters(text: str, start: int, letters: int) -> int:
    """The offset after `letters` letters from start, skipping the diacritics that follow them."""
    position = start
    for _ in range(letters):
        position += 1
        while position < len(text) and normalize(text[position]) == "":
            position += 1
    return position
