"""CRF features for Arabic names: word forms, affixes, clitics, shape, context, lexicons.

Speed matters (the tagger runs on every article), so everything that depends on one word alone
is computed once per distinct word and cached, already prefixed for each position it can be
seen from; a token's features are then a concatenation of its neighbours' cached lists.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from siyaq.analyze.ner_lexicon import TRIGGERS, Lexicon
from siyaq.analyze.ner_text import normalize, strip_article, strip_proclitics
from siyaq.memo import remembered

CACHE_LIMIT = 100_000  # distinct words kept (the news vocabulary's frequent part)
OFFSETS = (-2, -1, 1, 2)
_ARABIC_BLOCK = re.compile("[\u0600-\u06ff]*")


@dataclass(slots=True)
class WordView:
    """One word's features as seen from each position: itself (0) and from its neighbours."""

    own: list[str]
    by_offset: dict[int, list[str]]
    norm: str
    stem: str  # clitics and article removed: what gazetteer phrases are matched on
    starts: int  # words in the longest gazetteer phrase beginning with this stem (0: none)


@dataclass(slots=True)
class OwnFeatures:
    """A word's own features: "bias", then the `near` ones its ±1 neighbours also see (of which
    the first `far` are seen from ±2 too), then the ones only the word itself sees."""

    features: list[str]
    near: int
    far: int
    norm: str
    stem: str
    starts: int

    def visible(self, offset: int) -> list[str]:
        """What a neighbour at `offset` sees of this word (before the offset prefix)."""
        return self.features[1 : 1 + (self.near if abs(offset) == 1 else self.far)]


@dataclass(slots=True)
class FeatureExtractor:
    lexicon: Lexicon
    _cache: dict[str, WordView] = field(default_factory=dict)
    # Per cluster path: its features (few thousand paths, shared by many words).
    _clusters: dict[str, _ClusterFeatures] = field(default_factory=dict)

    def sentence_features(self, words: Sequence[str]) -> list[list[str]]:
        views = [self.view(w) for w in words]
        gazetteer = self.gazetteer_tags(views)
        last = len(views) - 1
        result: list[list[str]] = []
        for i, view in enumerate(views):
            features = list(view.own)
            features.append(f"g={gazetteer[i]}")
            for offset in OFFSETS:
                j = i + offset
                if 0 <= j <= last:
                    features.extend(views[j].by_offset[offset])
                else:
                    features.append(f"{offset}:edge")
            if i > 0:
                features.append(f"b-={views[i - 1].norm}|{view.norm}")
                features.append(f"-1g={gazetteer[i - 1]}")
            if i < last:
                features.append(f"b+={view.norm}|{views[i + 1].norm}")
                features.append(f"+1g={gazetteer[i + 1]}")
            result.append(features)
        return result

    def view(self, word: str) -> WordView:
        return remembered(self._cache, word, self.make_view, CACHE_LIMIT)

    def make_view(self, word: str) -> WordView:
        own = self.describe(word)
        by_offset = {
            offset: [f"{offset}:{f}" for f in own.visible(offset)] for offset in OFFSETS
        }
        return WordView(own.features, by_offset, own.norm, own.stem, own.starts)

    def describe(self, word: str) -> OwnFeatures:
        """The word's own features, ordered so that what its neighbours see is a prefix.
        (Written for speed: the decoder calls it for every new word of every article.)"""
        lexicon = self.lexicon
        norm = normalize(word)
        clitic_free = strip_proclitics(norm)
        stem = clitic_free[2:] if clitic_free[:2] == "ال" and len(clitic_free) >= 4 else clitic_free
        own = ["bias", f"w={norm}", f"s={stem}"]  # from w= on: what is seen two words away
        trigger = TRIGGERS.get(stem)
        if trigger:
            own.append(f"t={trigger}")
        clusters = lexicon.clusters
        cluster = clusters.get(norm) or clusters.get(clitic_free)
        path = self._cluster(cluster) if cluster else None
        if path:
            own += path.head
        far = len(own) - 1
        words = lexicon.words
        own += (
            f"gw={lexicon.phrases.get((stem,), '-')}",
            f"shape={word_shape(norm)}",
            f"gp={words.get(strip_article(norm)) or words.get(stem, '-')}",
        )
        if path:
            own += path.levels
        seen = lexicon.seen_types.get(stem)
        if seen:
            own.append(f"sn={seen}")
        near = len(own) - 1
        own += (f"s1={clitic_free}", f"len={length_bucket(stem)}")
        if len(norm) > 3:  # p1..p3 and x1..x3 while shorter than the word
            own += (f"p1={norm[:1]}", f"p2={norm[:2]}", f"p3={norm[:3]}")
            own += (f"x1={norm[-1:]}", f"x2={norm[-2:]}", f"x3={norm[-3:]}")
        elif len(norm) > 1:
            affixes = len(norm) - 1
            own += (f"p1={norm[:1]}", f"p2={norm[:2]}")[:affixes]
            own += (f"x1={norm[-1:]}", f"x2={norm[-2:]}")[:affixes]
        if len(stem) > 3:
            own += (f"sx2={stem[-2:]}", f"sx3={stem[-3:]}")
        elif len(stem) == 3:
            own.append(f"sx2={stem[-2:]}")
        if norm != stem:
            own.append(f"clitic={norm[: len(norm) - len(stem)]}")  # e.g. و، بال، لل
            # The clitic-free form's cluster too: وحلب is rarer (and noisier) than حلب.
            bare = clusters.get(clitic_free) or clusters.get(stem)
            if bare:
                own += self._cluster(bare).bare
        return OwnFeatures(own, near, far, norm, stem, lexicon.longest.get(stem, 0))

    def _cluster(self, cluster: str) -> _ClusterFeatures:
        return remembered(self._clusters, cluster, _ClusterFeatures.of, CACHE_LIMIT)

    def gazetteer_tags(self, views: list[WordView]) -> list[str]:
        """BIO tags of the longest gazetteer phrases in the sentence (matched on word stems)."""
        tags = ["O"] * len(views)
        # Only words that begin some phrase are tried (most words begin none).
        candidates = [(i, v.starts, len(views)) for i, v in enumerate(views) if v.starts >= 2]
        stems = [v.stem for v in views]

        def window(first: int, size: int) -> tuple[str, ...]:
            return tuple(stems[first : first + size])

        for first, size, type_ in self.gazetteer_phrases(window, candidates):
            tags[first : first + size] = [f"B-{type_}"] + [f"I-{type_}"] * (size - 1)
        return tags

    def gazetteer_phrases(
        self,
        window: Callable[[int, int], tuple[str, ...]],
        candidates: Iterable[tuple[int, int, int]],
    ) -> list[tuple[int, int, str]]:
        """(first word, words, type) of the longest phrases, left to right, none overlapping.

        window(first, size) gives the stems of those words. Candidates are (position, longest
        phrase it may begin, end of its sentence), in order; the decoder passes those of a
        whole text at once."""
        found: list[tuple[int, int, str]] = []
        taken = 0  # positions before this are inside a phrase already found
        for i, starts, end in candidates:
            if i < taken:
                continue
            for size in range(min(starts, end - i), 1, -1):
                type_ = self.lexicon.phrase_type(window(i, size))
                if type_:
                    found.append((i, size, type_))
                    taken = i + size
                    break
        return found


@dataclass(slots=True, frozen=True)
class _ClusterFeatures:
    """A cluster path's features: its two top levels, every level, every level of a bare form."""

    head: tuple[str, ...]
    levels: tuple[str, ...]
    bare: tuple[str, ...]

    @classmethod
    def of(cls, cluster: str) -> _ClusterFeatures:
        levels = cluster.split("/")
        return cls(
            (f"c={levels[1]}", f"cc={levels[0]}"),
            tuple(f"c{n}={level}" for n, level in enumerate(levels)),
            tuple(f"cs{n}={level}" for n, level in enumerate(levels)),
        )


def word_shape(word: str) -> str:
    if word.isdigit():
        return "digit"
    if _ARABIC_BLOCK.fullmatch(word):  # every character in U+0600..U+06FF
        return "arabic"
    if word.isascii() and word.isalpha():
        return "latin-cap" if word[0].isupper() else "latin"
    if not word.isalnum():
        return "punct"
    return "mixed"


def length_bucket(word: str) -> str:
    n = len(word)
    return str(n) if n <= 3 else "4-5" if n <= 5 else "6-8" if n <= 8 else "9+"


_shape = word_shape  # the name ner_neural imports
