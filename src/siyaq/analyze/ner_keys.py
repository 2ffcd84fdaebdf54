"""A new word's own features as rows of the fast decoder's weight table, straight from its forms.

FeatureExtractor.describe formats a word's feature strings ("w=...", "p2=...") for the scorer to
look up, one by one; most carry no weight, and formatting them is most of a new word's cost.
Here each feature template's weighted values are a dict of their own (value -> key), so a word's
forms are looked up as they are and nothing is formatted. Keys come in describe()'s order, with
NONE where describe() has a feature without weight (tests check both lists agree), so the scorer
adds the same weights in the same order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from siyaq.analyze.ner_features import (
    CACHE_LIMIT,
    FeatureExtractor,
    length_bucket,
    word_shape,
)
from siyaq.analyze.ner_lexicon import TRIGGERS
from siyaq.analyze.ner_scorer import NONE, WordScorer
from siyaq.analyze.ner_text import normalize, strip_article, strip_proclitics
from siyaq.memo import remembered

# Which positions see a template's features (see OwnFeatures): the word and ±1, ±2 (0), the
# word and ±1 (1), the word only (2).
_SEEN_FAR = frozenset({"w", "s", "t", "c", "cc"})
_SEEN_NEAR = frozenset({"gw", "shape", "gp", "sn"})
_LEVEL = re.compile(r"c\d+")


class OwnKeys(NamedTuple):
    """A word's own-feature keys (NONE: no weight), and the forms the decoder keeps."""

    keys: list[int]
    norm: str
    stem: str
    starts: int


@dataclass(slots=True, frozen=True)
class _ClusterKeys:
    head: tuple[int, ...]  # c=, cc=
    levels: tuple[int, ...]  # c0=, c1=, ...
    bare: tuple[int, ...]  # cs0=, cs1=, ... (the clitic-free form's path)


@dataclass(slots=True)
class FeatureKeys:
    """describe() as keys of `scorer`: 3 * feature number + the class of positions seeing it.
    Each template's dict (weighted value -> key) is a field: a new word reads ~20 of them."""

    extractor: FeatureExtractor
    templates: dict[str, dict[str, int]]
    bias: int = field(init=False)
    _w: dict[str, int] = field(init=False)
    _s: dict[str, int] = field(init=False)
    _t: dict[str, int] = field(init=False)
    _gw: dict[str, int] = field(init=False)
    _shape: dict[str, int] = field(init=False)
    _gp: dict[str, int] = field(init=False)
    _sn: dict[str, int] = field(init=False)
    _s1: dict[str, int] = field(init=False)
    _len: dict[str, int] = field(init=False)
    _clitic: dict[str, int] = field(init=False)
    _prefixes: tuple[dict[str, int], ...] = field(init=False)  # p1, p2, p3
    _suffixes: tuple[dict[str, int], ...] = field(init=False)  # x1, x2, x3
    _stem_suffixes: tuple[dict[str, int], ...] = field(init=False)  # sx2, sx3
    _clusters: dict[str, _ClusterKeys] = field(default_factory=dict)  # per cluster path

    def __post_init__(self) -> None:
        get = self.template
        self.bias = get("bias").get("", NONE)
        self._w, self._s, self._t, self._gw = get("w"), get("s"), get("t"), get("gw")
        self._shape, self._gp, self._sn, self._s1 = get("shape"), get("gp"), get("sn"), get("s1")
        self._len, self._clitic = get("len"), get("clitic")
        self._prefixes = tuple(get(f"p{n}") for n in (1, 2, 3))
        self._suffixes = tuple(get(f"x{n}") for n in (1, 2, 3))
        self._stem_suffixes = tuple(get(f"sx{n}") for n in (2, 3))

    @classmethod
    def build(cls, extractor: FeatureExtractor, scorer: WordScorer) -> FeatureKeys:
        templates: dict[str, dict[str, int]] = {}
        for feature, number in scorer.features.items():
            name, _, value = feature.partition("=")
            templates.setdefault(name, {})[value] = 3 * number + _seen_by(name)
        return cls(extractor, templates)

    def template(self, name: str) -> dict[str, int]:
        return self.templates.get(name, {})

    def own(self, word: str) -> OwnKeys:
        """The keys of describe(word).features, in order."""
        return self.normalized(normalize(word))

    def all_own(self, words: list[str]) -> list[OwnKeys]:
        """own() of each word. The words are normalized as one text (one regex pass, one
        translate); a newline is never part of a token, and if one is, word by word."""
        norms = normalize("\n".join(words)).split("\n")
        if len(norms) != len(words):
            norms = list(map(normalize, words))
        return list(map(self.normalized, norms))

    def normalized(self, norm: str) -> OwnKeys:
        """own() of a word already normalized (written for speed, as describe)."""
        lexicon = self.extractor.lexicon
        clitic_free = strip_proclitics(norm)
        stem = clitic_free[2:] if clitic_free[:2] == "ال" and len(clitic_free) >= 4 else clitic_free
        keys = [self.bias, self._w.get(norm, NONE), self._s.get(stem, NONE)]
        trigger = TRIGGERS.get(stem)
        if trigger:
            keys.append(self._t.get(trigger, NONE))
        clusters = lexicon.clusters
        cluster = clusters.get(norm) or clusters.get(clitic_free)
        path = self._cluster(cluster) if cluster else None
        if path:
            keys += path.head
        words = lexicon.words
        keys += (
            self._gw.get(lexicon.phrases.get((stem,), "-"), NONE),
            self._shape.get(word_shape(norm), NONE),
            self._gp.get(words.get(strip_article(norm)) or words.get(stem, "-"), NONE),
        )
        if path:
            keys += path.levels
        seen = lexicon.seen_types.get(stem)
        if seen:
            keys.append(self._sn.get(seen, NONE))
        keys += (self._s1.get(clitic_free, NONE), self._len.get(length_bucket(stem), NONE))
        if len(norm) > 3:  # most words: all six affixes
            p1, p2, p3 = self._prefixes
            x1, x2, x3 = self._suffixes
            keys += (
                p1.get(norm[:1], NONE), p2.get(norm[:2], NONE), p3.get(norm[:3], NONE),
                x1.get(norm[-1:], NONE), x2.get(norm[-2:], NONE), x3.get(norm[-3:], NONE),
            )
        else:
            self._short_affixes(norm, keys)
        if len(stem) >= 3:
            keys.append(self._stem_suffixes[0].get(stem[-2:], NONE))
            if len(stem) > 3:
                keys.append(self._stem_suffixes[1].get(stem[-3:], NONE))
        if norm != stem:
            keys.append(self._clitic.get(norm[: len(norm) - len(stem)], NONE))
            bare = clusters.get(clitic_free) or clusters.get(stem)
            if bare:
                keys += self._cluster(bare).bare
        return OwnKeys(keys, norm, stem, lexicon.longest.get(stem, 0))

    def _short_affixes(self, norm: str, keys: list[int]) -> None:
        """p1, p2, x1, x2 of a word of at most 3 letters: only those shorter than the word."""
        size = max(0, len(norm) - 1)
        keys += [d.get(norm[: n + 1], NONE) for n, d in enumerate(self._prefixes[:size])]
        keys += [d.get(norm[-n - 1 :], NONE) for n, d in enumerate(self._suffixes[:size])]

    def _cluster(self, cluster: str) -> _ClusterKeys:
        return remembered(self._clusters, cluster, self._cluster_keys, CACHE_LIMIT)

    def _cluster_keys(self, cluster: str) -> _ClusterKeys:
        get = self.template
        levels = cluster.split("/")
        return _ClusterKeys(
            (get("c").get(levels[1], NONE), get("cc").get(levels[0], NONE)),
            tuple(get(f"c{n}").get(level, NONE) for n, level in enumerate(levels)),
            tuple(get(f"cs{n}").get(level, NONE) for n, level in enumerate(levels)),
        )


def _seen_by(template: str) -> int:
    """0: seen from ±2 and ±1, 1: from ±1, 2: by the word only (the order of describe())."""
    if template in _SEEN_FAR:
        return 0
    if template in _SEEN_NEAR or _LEVEL.fullmatch(template):
        return 1
    return 2
