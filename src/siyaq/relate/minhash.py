"""Near-duplicate detection: one-permutation MinHash over word shingles, banded into an LSH index.

One hash per shingle (crc32) split into ``SLOTS`` bins keeps the sketch cheap and linear in
the text; empty bins are filled by rotation (Shrivastava 2017) so short texts still compare.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence

import numpy as np

SLOTS = 64
BANDS = 16  # 16 bands x 4 rows: pairs above ~0.5 Jaccard meet in some bucket with high odds
ROWS = SLOTS // BANDS
SHINGLE = 4  # words per shingle
_EMPTY = 1 << 40
_ROTATION_STEP = 1 << 32  # keeps filled-in values apart from real ones

Signature = tuple[int, ...]


def shingles(words: Sequence[str], size: int = SHINGLE) -> set[str]:
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(items: Iterable[str]) -> Signature:
    """The sketch of a set of shingles: per bin, the smallest hash that fell into it."""
    bins = [_EMPTY] * SLOTS
    for item in items:
        h = zlib.crc32(item.encode("utf-8"))
        slot, value = h % SLOTS, h // SLOTS
        if value < bins[slot]:
            bins[slot] = value
    return _densify(bins)


def sketch(words: Sequence[str]) -> Signature:
    """``signature(shingles(words))``, cheaper: the words are encoded once, each shingle's bytes
    joined and hashed by map, and the bins' minima taken by numpy. Repeated shingles change no
    minimum, so they need not be dropped first."""
    count = len(words) - SHINGLE + 1
    encoded = " ".join(words).encode().split(b" ")
    if count < 1 or len(encoded) != len(words):  # short, or words with spaces: the plain way
        return signature(shingles(words))
    parts = (encoded[i : i + count] for i in range(SHINGLE))
    hashes = np.fromiter(map(zlib.crc32, map(b" ".join, zip(*parts, strict=True))),
                         dtype=np.int64, count=count)
    bins = np.full(SLOTS, _EMPTY, dtype=np.int64)
    np.minimum.at(bins, hashes % SLOTS, hashes // SLOTS)
    return _densify(bins.tolist())


def _densify(bins: list[int]) -> Signature:
    """Each empty bin takes the next filled bin's value (to the right, wrapping), rotated by its
    distance. Only the empty bins are visited (list.index finds them)."""
    empty = bins.count(_EMPTY)
    if empty in (0, SLOTS):
        return tuple(bins)
    filled = list(bins)
    i = bins.index(_EMPTY)
    for _ in range(empty):
        i = bins.index(_EMPTY, i)
        step = 1
        while bins[(i + step) % SLOTS] == _EMPTY:
            step += 1
        filled[i] = bins[(i + step) % SLOTS] + step * _ROTATION_STEP
        i += 1
    return tuple(filled)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / SLOTS


def band_keys(sig: Signature) -> list[tuple[int, int]]:
    """(band, hash of the band's rows) per band; the rows are cut by zip over one iterator, in C
    (the same tuples, so the same hashes, as slicing sig band by band)."""
    if len(sig) != BANDS * ROWS:
        return [(band, hash(sig[band * ROWS : (band + 1) * ROWS])) for band in range(BANDS)]
    rows = iter(sig)
    return list(enumerate(map(hash, zip(*[rows] * ROWS, strict=True))))


class LSHIndex:
    """Article ids by LSH band bucket: candidates for a query without scanning the archive."""

    __slots__ = ("_buckets", "_keys")

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[str]] = {}
        self._keys: dict[str, list[tuple[int, int]]] = {}

    def __len__(self) -> int:
        return len(self._keys)

    def add(self, key: str, sig: Signature) -> None:
        if key in self._keys:  # an article placed again: one entry per bucket, not two
            self.remove(key)
        keys = band_keys(sig)
        self._keys[key] = keys
        for band_key in keys:
            self._buckets.setdefault(band_key, []).append(key)

    def remove(self, key: str) -> None:
        for band_key in self._keys.pop(key, []):
            bucket = self._buckets.get(band_key)
            if bucket is not None:
                bucket.remove(key)
                if not bucket:
                    del self._buckets[band_key]

    def candidates(self, sig: Signature) -> set[str]:
        found: set[str] = set()
        for band_key in band_keys(sig):
            found.update(self._buckets.get(band_key, ()))
        return found
