"""A new word's own features as rows of the fast decoder's weight table, straight from its forms.

FeatureExtractor.describe formats a word's feature strings ("w=...", "p2=...") for the scorer to
look up, one by one; most carry no weight, and formatting them is most of a new word's cost.
Here each feature template's weighted values are a dict of their own (value -> key), so a word's
forms are looked up as they are and nothing is formatted. Keys come in describe()'s order, with
NONE where describe() has a feature without weight (tests check both lists agree), so the scorer
adds the same weights in the same order.

FeatureKeys.batch, which scores every new word, runs in C when the CRF kernel is built
(word_keys, src/native/keys_kernel.c): the same lookups in the same dicts (KeyTables), the same
rows; the Python batch stays as the fallback and the reference tests hold the C to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import repeat
from typing import NamedTuple, Protocol, cast

from siyaq import native
from siyaq.analyze.ner_features import (
    CACHE_LIMIT,
    FeatureExtractor,
    length_bucket,
    word_shape,
)
from siyaq.analyze.ner_lexicon import TRIGGERS
from siyaq.analyze.ner_scorer import NONE, WordScorer
from siyaq.analyze.ner_text import _PROCLITICS, normalize, strip_article, strip_proclitics
from siyaq.memo import remembered

# Which positions see a template's features (see OwnFeatures): the word and ±1, ±2 (0), the
# word and ±1 (1), the word only (2).
_SEEN_FAR = frozenset({"w", "s", "t", "c", "cc"})
_SEEN_NEAR = frozenset({"gw", "shape", "gp", "sn"})
_LEVEL = re.compile(r"c\d+")
# word_shape()'s answers, in the order of the C kernel's shape keys (KeyTables.shapes).
SHAPES = ("digit", "arabic", "latin-cap", "latin", "punct", "mixed")


class OwnKeys(NamedTuple):
    """A word's own-feature keys (NONE: no weight), and the forms the decoder keeps."""

    keys: list[int]
    norm: str
    stem: str
    starts: int


class NewWords(NamedTuple):
    """Several words' own-feature keys (a row per word, NONE where a feature has no weight or
    describe() has none: the scorer skips NONE, so only the order of the weighted keys counts),
    and the forms the decoder keeps."""

    keys: list[tuple[int, ...]]
    norms: list[str]
    stems: list[str]
    starts: list[int]


class KeyTables(NamedTuple):
    """What the C batch (keys_kernel.c) reads, in its order: the constants and proclitics of
    ner_text, the templates' dicts and the lexicon's, the latter by reference (never copied)."""

    bias: int
    none: int
    dash: str  # what a missing gazetteer type reads as
    article: str
    slash: str  # between a cluster path's levels
    proclitics: tuple[str, ...]  # longest first
    w: dict[str, int]
    s: dict[str, int]
    triggers: dict[str, str]
    t: dict[str | None, int]
    clusters: dict[str, str]
    c: dict[str, int]
    cc: dict[str, int]
    phrases: dict[tuple[str, ...], str]
    gw: dict[str, int]
    shapes: tuple[int, ...]  # the key of each of SHAPES
    words: dict[str, str]
    gp: dict[str, int]
    levels: tuple[dict[str, int], ...]  # c0, c1, ... as far as the model has them
    seen: dict[str, str]
    sn: dict[str | None, int]
    s1: dict[str, int]
    lengths: tuple[int, ...]
    prefixes: tuple[dict[str, int], ...]
    suffixes: tuple[dict[str, int], ...]
    stem_suffixes: tuple[dict[str, int], ...]
    clitic: dict[str, int]
    bare_levels: tuple[dict[str, int], ...]  # cs0, cs1, ...
    longest: dict[str, int]


class KeysKernel(Protocol):
    """siyaq._crf_kernel's word_keys (src/native/keys_kernel.c)."""

    def word_keys(self, tables: KeyTables, norms: list[str], /
                  ) -> tuple[list[tuple[int, ...]], list[str], list[int]]: ...


def keys_kernel() -> KeysKernel | None:
    """The C batch, or None when the CRF kernel is not built or SIYAQ_PURE_PYTHON is set."""
    return cast("KeysKernel | None", native.kernel("_crf_kernel"))


class _ClusterKeys(NamedTuple):  # a tuple: one is made per cluster path, ~half the words
    head: tuple[int, ...]  # c=, cc=
    levels: tuple[int, ...]  # c0=, c1=, ...
    bare: tuple[int, ...]  # cs0=, cs1=, ... (the clitic-free form's path)


@dataclass(slots=True)
class FeatureKeys:
    """describe() as keys of `scorer`: 3 * feature number + the class of positions seeing it.
    Each template's dict (weighted value -> key) is a field: a new word reads ~20 of them."""

    extractor: FeatureExtractor
    templates: dict[str, dict[str, int]]
    kernel: KeysKernel | None = field(default_factory=keys_kernel)  # None: batch in Python
    bias: int = field(init=False)
    _w: dict[str, int] = field(init=False)
    _s: dict[str, int] = field(init=False)
    _t: dict[str | None, int] = field(init=False)  # keyed as TRIGGERS.get() answers
    _gw: dict[str, int] = field(init=False)
    _shape: dict[str, int] = field(init=False)
    _gp: dict[str, int] = field(init=False)
    _sn: dict[str | None, int] = field(init=False)  # as seen_types.get() answers
    _s1: dict[str, int] = field(init=False)
    _len: dict[str, int] = field(init=False)
    _clitic: dict[str, int] = field(init=False)
    _prefixes: tuple[dict[str, int], ...] = field(init=False)  # p1, p2, p3
    _suffixes: tuple[dict[str, int], ...] = field(init=False)  # x1, x2, x3
    _stem_suffixes: tuple[dict[str, int], ...] = field(init=False)  # sx2, sx3
    _clusters: dict[str, _ClusterKeys] = field(default_factory=dict)  # per cluster path
    _lengths: tuple[int, ...] = field(init=False)  # the len= key of a stem of n letters (9: 9+)
    _no_cluster: _ClusterKeys = field(init=False)  # NONE in every cluster key
    _c: dict[str, int] = field(init=False)
    _cc: dict[str, int] = field(init=False)
    _levels: tuple[dict[str, int], ...] = field(init=False)  # c0, c1, ... (grows with paths)
    _bare_levels: tuple[dict[str, int], ...] = field(init=False)  # cs0, cs1, ...
    _tables: KeyTables = field(init=False)

    def __post_init__(self) -> None:
        get = self.template
        self.bias = get("bias").get("", NONE)
        self._w, self._s, self._gw = get("w"), get("s"), get("gw")
        # describe() has no t= or sn= feature for an empty value: no key may answer to "".
        self._t = {value: key for value, key in get("t").items() if value}
        self._sn = {value: key for value, key in get("sn").items() if value}
        self._shape, self._gp, self._s1 = get("shape"), get("gp"), get("s1")
        self._len, self._clitic = get("len"), get("clitic")
        self._prefixes = tuple(get(f"p{n}") for n in (1, 2, 3))
        self._suffixes = tuple(get(f"x{n}") for n in (1, 2, 3))
        self._stem_suffixes = tuple(get(f"sx{n}") for n in (2, 3))
        self._lengths = tuple(self._len.get(length_bucket("x" * n), NONE) for n in range(10))
        self._no_cluster = _ClusterKeys((NONE, NONE), (), ())
        self._c, self._cc = get("c"), get("cc")
        self._levels, self._bare_levels = (), ()
        self._tables = self._key_tables()

    def _key_tables(self) -> KeyTables:
        lexicon = self.extractor.lexicon
        return KeyTables(
            self.bias, NONE, "-", "ال", "/", tuple(sorted(_PROCLITICS, key=len, reverse=True)),
            self._w, self._s, TRIGGERS, self._t, lexicon.clusters, self._c, self._cc,
            lexicon.phrases, self._gw, tuple(self._shape.get(name, NONE) for name in SHAPES),
            lexicon.words, self._gp, self._numbered("c"), lexicon.seen_types, self._sn, self._s1,
            self._lengths, self._prefixes, self._suffixes, self._stem_suffixes, self._clitic,
            self._numbered("cs"), lexicon.longest,
        )

    def _numbered(self, prefix: str) -> tuple[dict[str, int], ...]:
        """Templates prefix0, prefix1, ... up to the last the model has: a level past them has
        no template, so no key (the C batch reads NONE there, as _cluster_keys would)."""
        numbers = [int(name[len(prefix):]) for name in self.templates
                   if name.startswith(prefix) and name[len(prefix):].isdecimal()]
        return tuple(self.template(f"{prefix}{n}") for n in range(max(numbers, default=-1) + 1))

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
        """own() of each word (normalize_all, then normalized())."""
        return list(map(self.normalized, self.normalize_all(words)))

    def batch(self, norms: list[str]) -> NewWords:
        """normalized() of many words at once: the rows of batch_python(), in C when the kernel
        is there (4 µs a word instead of 9 in a loop; 13-14 instead of 27-34 inside the
        analysis, where the dicts are cold in the processor's cache: docs/entities.md)."""
        if self.kernel is None:
            return self.batch_python(norms)
        keys, stems, starts = self.kernel.word_keys(self._tables, norms)
        return NewWords(keys, norms, stems, starts)

    def batch_python(self, norms: list[str]) -> NewWords:
        """normalized() of many words at once, feature by feature: each feature is one pass over
        the words (mostly dict lookups mapped in C), so a new word costs a third of a call to
        normalized(). Rows hold NONE where normalized() leaves a feature out; the weighted keys
        come in the same order (tests check), so the scorer adds the same weights in order."""
        lexicon, clusters, none = self.extractor.lexicon, self.extractor.lexicon.clusters, NONE
        free = list(map(strip_proclitics, norms))
        stems = [w[2:] if w[:2] == "ال" and len(w) >= 4 else w for w in free]
        found = [clusters.get(n) or clusters.get(f) for n, f in zip(norms, free, strict=True)]
        paths = [self._cluster(c) if c else self._no_cluster for c in found]
        no_cluster = self._no_cluster
        bare = [self._cluster_or_none(clusters.get(f) or clusters.get(s)) if n != s else no_cluster
                for n, f, s in zip(norms, free, stems, strict=True)]
        words = lexicon.words
        columns = zip(
            map(self._w.get, norms, repeat(none)),
            map(self._s.get, stems, repeat(none)),
            map(self._t.get, map(TRIGGERS.get, stems), repeat(none)),
            paths,
            map(self._gw.get, map(lexicon.phrases.get, zip(stems), repeat("-")), repeat(none)),
            map(self._shape.get, map(word_shape, norms), repeat(none)),
            map(self._gp.get, [words.get(n[2:] if n[:2] == "ال" and len(n) >= 4 else n)
                               or words.get(s, "-") for n, s in zip(norms, stems, strict=True)],
                repeat(none)),
            map(self._sn.get, map(lexicon.seen_types.get, stems), repeat(none)),
            map(self._s1.get, free, repeat(none)),
            [self._lengths[min(len(s), 9)] for s in stems],
            *self._affix_columns(norms, stems),
            bare,
            strict=True,
        )
        bias = self.bias
        keys = [
            (bias, w, s, t, *path.head, gw, shape, gp, *path.levels, sn, s1, size,
             p1, p2, p3, x1, x2, x3, sx2, sx3, clitic, *free_path.bare)
            for (w, s, t, path, gw, shape, gp, sn, s1, size,
                 p1, p2, p3, x1, x2, x3, sx2, sx3, clitic, free_path) in columns
        ]
        return NewWords(keys, norms, stems, list(map(lexicon.longest.get, stems, repeat(0))))

    def _affix_columns(self, norms: list[str], stems: list[str]) -> list[list[int]]:
        """p1-p3, x1-x3 (only affixes shorter than the word), sx2, sx3 and clitic keys."""
        none = NONE
        columns = [[d.get(n[:k], none) if len(n) > k else none for n in norms]
                   for k, d in enumerate(self._prefixes, start=1)]
        columns += [[d.get(n[-k:], none) if len(n) > k else none for n in norms]
                    for k, d in enumerate(self._suffixes, start=1)]
        sx2, sx3 = self._stem_suffixes
        columns.append([sx2.get(s[-2:], none) if len(s) >= 3 else none for s in stems])
        columns.append([sx3.get(s[-3:], none) if len(s) > 3 else none for s in stems])
        clitic = self._clitic
        columns.append([clitic.get(n[: len(n) - len(s)], none) if n != s else none
                        for n, s in zip(norms, stems, strict=True)])
        return columns

    def normalize_all(self, words: list[str]) -> list[str]:
        """normalize() of each word, as one text (one regex pass, one translate); a newline is
        never part of a token, and if one is, word by word."""
        norms = normalize("\n".join(words)).split("\n")
        return norms if len(norms) == len(words) else list(map(normalize, words))

    def normalized(self, norm: str) -> OwnKeys:
        """own() of a word already normalized, one word at a time: the reference batch() is
        tested against (the decoder scores new words with batch())."""
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

    def _cluster_or_none(self, cluster: str | None) -> _ClusterKeys:
        return self._cluster(cluster) if cluster else self._no_cluster

    def _cluster(self, cluster: str) -> _ClusterKeys:
        return remembered(self._clusters, cluster, self._cluster_keys, CACHE_LIMIT)

    def _cluster_keys(self, cluster: str) -> _ClusterKeys:
        levels = cluster.split("/")
        if len(levels) > len(self._levels):  # deeper than the lexicon's paths: c5=, cs5=, ...
            get = self.template
            self._levels = tuple(get(f"c{n}") for n in range(len(levels)))
            self._bare_levels = tuple(get(f"cs{n}") for n in range(len(levels)))
        none = NONE
        return _ClusterKeys(
            (self._c.get(levels[1], none), self._cc.get(levels[0], none)),
            tuple(map(dict.get, self._levels, levels, repeat(none))),
            tuple(map(dict.get, self._bare_levels, levels, repeat(none))),
        )


def _seen_by(template: str) -> int:
    """0: seen from ±2 and ±1, 1: from ±1, 2: by the word only (the order of describe())."""
    if template in _SEEN_FAR:
        return 0
    if template in _SEEN_NEAR or _LEVEL.fullmatch(template):
        return 1
    return 2
