"""Gradient-boosted trees over the line CRF's features, scored with numpy (issue #3, stop 17).

The trees give every line P(article) from the same feature strings the line CRF sees (as a
binary matrix over the columns the trees split on) plus a few numeric facts, so they can learn
interactions of features a linear CRF cannot. They are trained with LightGBM
(``siyaq.extract.tree_training``, a training-time dependency) and exported to a small ``.npz``
of flattened node arrays; running them needs only numpy: every line of a page goes down every
tree at once, one level per step.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import chain, repeat
from pathlib import Path

import numpy as np
import numpy.typing as npt

from siyaq.extract.lines import DumpLine

TREES_NAME = "cleaner-trees.npz"
# Numeric columns are named with a leading "#" (no feature string starts with one).
NUMERIC = ("#words", "#rel", "#lines", "#longest_share", "#arabic_share")

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


def default_trees_path() -> Path:
    return Path(str(resources.files("siyaq") / "resources" / TREES_NAME))


def numeric_facts(lines: Sequence[DumpLine]) -> FloatArray:
    """The numeric columns of NUMERIC, one row per line."""
    n = len(lines)
    words = np.fromiter((line.words for line in lines), dtype=np.float64, count=n)
    arabic = np.fromiter((line.arabic_share for line in lines), dtype=np.float64, count=n)
    longest = max(float(words.max()), 1.0) if n else 1.0
    rel = np.arange(n, dtype=np.float64) / max(n, 1)
    return np.column_stack([words, rel, np.full(n, float(n)), words / longest, arabic])


@dataclass(frozen=True, slots=True)
class Forest:
    """Trees as flat node arrays. A leaf points to itself on both sides (threshold +inf), so
    ``depth`` steps from the roots land every line on a leaf of every tree."""

    columns: tuple[str, ...]  # feature strings and NUMERIC names, by column
    feature: IntArray  # column tested at each node
    threshold: FloatArray  # go left when value <= threshold
    children: IntArray  # (left, right) of node k at 2k, 2k + 1
    value: FloatArray  # a leaf's raw score (0 for split nodes)
    roots: IntArray
    depth: int

    @classmethod
    def load(cls, path: Path) -> Forest:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                columns=tuple(str(c) for c in data["columns"]), feature=data["feature"],
                threshold=data["threshold"], children=data["children"], value=data["value"],
                roots=data["roots"], depth=int(data["depth"]),
            )

    def save(self, path: Path) -> None:
        """An .npz that np.load reads, written with fixed member dates (np.savez stamps the
        current time) so the same trees give the same bytes."""
        arrays = {"columns": np.array(self.columns), "feature": self.feature,
                  "threshold": self.threshold, "children": self.children, "value": self.value,
                  "roots": self.roots, "depth": np.array(self.depth)}
        path.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, array in arrays.items():
                member = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                member.compress_type = zipfile.ZIP_DEFLATED
                buffer = io.BytesIO()
                np.lib.format.write_array(buffer, np.asarray(array),
                                          allow_pickle=False)
                archive.writestr(member, buffer.getvalue())

    def raw_scores(self, matrix: FloatArray) -> FloatArray:
        """Sum over trees of each row's leaf value: all rows down all trees, a level a step."""
        rows, width = matrix.shape
        flat = matrix.ravel()
        offsets = (np.arange(rows, dtype=np.int64) * width)[:, None]
        node = np.broadcast_to(self.roots, (rows, len(self.roots))).copy()
        for _ in range(self.depth):
            right = flat[offsets + self.feature[node]] > self.threshold[node]
            node = self.children[2 * node + right]
        return np.asarray(self.value[node].sum(axis=1), dtype=np.float64)


class TreeScorer:
    """P(article) of each line of a page from its CRF feature strings, with a Forest."""

    def __init__(self, forest: Forest) -> None:
        self.forest = forest
        names = self.forest.columns
        self._index = {name: k for k, name in enumerate(names) if not name.startswith("#")}
        self._numeric = [(names.index(name), k) for k, name in enumerate(NUMERIC)
                         if name in names]

    @classmethod
    def load(cls, path: Path | None = None) -> TreeScorer:
        return cls(Forest.load(path or default_trees_path()))

    def matrix(self, lines: Sequence[DumpLine], features: Sequence[list[str]]) -> FloatArray:
        """The page's lines as rows over the forest's columns (features it never splits on are
        not columns at all)."""
        matrix = np.zeros((len(features), len(self.forest.columns)), dtype=np.float64)
        flat = list(chain.from_iterable(features))
        cols = np.fromiter(map(self._index.get, flat, repeat(-1)), dtype=np.int64,
                           count=len(flat))
        rows = np.repeat(np.arange(len(features)), [len(f) for f in features])
        known = cols >= 0
        matrix[rows[known], cols[known]] = 1.0
        if self._numeric:
            facts = numeric_facts(lines)
            for column, k in self._numeric:
                matrix[:, column] = facts[:, k]
        return matrix

    def p_article(self, lines: Sequence[DumpLine], features: Sequence[list[str]]) -> FloatArray:
        if not features:
            return np.zeros(0)
        raw = self.forest.raw_scores(self.matrix(lines, features))
        return np.asarray(1.0 / (1.0 + np.exp(-raw)), dtype=np.float64)


# The trees' P(article) as a line CRF feature (stacking), in tenths.
STACK_BINS = tuple(f"gbm={k}" for k in range(10))


def stack_feature(p: float) -> str:
    return STACK_BINS[min(int(p * 10), 9)]


@dataclass(frozen=True, slots=True)
class TreeUse:
    """How the learned labeler uses the trees (docs/extraction.md, sixth round).

    Mixed (``stacked`` false): a line's P(body) is ``crf_weight`` x the CRF's marginal plus the
    rest x the trees' P(article); with ``replace`` the body/other lines are tagged by that P
    against ``threshold`` alone, else the CRF's path stands and the recovery of lines over
    P 0.4 uses the mixed P. Stacked: the trees' P, binned, is a feature of a line CRF trained
    with it (on out-of-fold tree scores), and the CRF decides as without trees."""

    crf_weight: float = 0.5
    replace: bool = False
    threshold: float = 0.5
    stacked: bool = False


def named_tree_use(name: str) -> TreeUse:
    """The sixth round's variants by name (docs/extraction.md; `--tree-use` of `siyaq evaluate
    extraction`)."""
    if name == "mixed":
        return TreeUse()
    if name == "mixed-replace":
        return TreeUse(replace=True, threshold=0.4)
    if name == "alone":
        return TreeUse(crf_weight=0.0, replace=True, threshold=0.4)
    if name == "stacked":
        return TreeUse(stacked=True)
    raise ValueError(f"unknown tree use: {name}")
