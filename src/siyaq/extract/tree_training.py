"""Training the line trees (siyaq.extract.trees) with LightGBM, and exporting them to numpy.

LightGBM is a training-time dependency (the ``train`` extra); the exported Forest needs only
numpy. Training is deterministic (one thread, fixed seeds), so the same pages give the same file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np

from siyaq.extract.cleaner import ARTICLE_LABELS
from siyaq.extract.features import page_features
from siyaq.extract.lines import DumpLine, LineLabel
from siyaq.extract.rules import RuleLabeler
from siyaq.extract.trees import NUMERIC, Forest, TreeScorer, numeric_facts, stack_feature


@dataclass(frozen=True, slots=True)
class TreeParams:
    """Kept simple on purpose (docs/extraction.md, sixth round)."""

    trees: int = 200
    leaves: int = 31
    learning_rate: float = 0.05
    min_data_in_leaf: int = 50
    max_depth: int = -1  # -1: no limit; the numpy scorer takes one step per level
    body_only: bool = False  # the target: body lines only, instead of every article part


def page_rows(pages: Sequence[Any]) -> tuple[list[list[list[str]]], list[list[DumpLine]]]:
    """Every page's line features (as the line CRF sees them) and its lines."""
    rules = RuleLabeler()
    features = [page_features(page.lines, rules.label(page.lines)) for page in pages]
    return features, [page.lines for page in pages]


def vocabulary(features: Sequence[list[list[str]]], min_lines: int) -> list[str]:
    """Feature strings on at least ``min_lines`` lines (rarer ones cannot fill a leaf), sorted."""
    counts = Counter(chain.from_iterable(set(f) for page in features for f in page))
    return sorted(name for name, count in counts.items() if count >= min_lines)


def design_matrix(
    features: Sequence[list[list[str]]], lines: Sequence[list[DumpLine]], columns: list[str]
) -> Any:
    """A sparse CSR matrix: the vocabulary's binary columns, then the NUMERIC ones."""
    from scipy.sparse import csr_matrix, hstack

    index = {name: k for k, name in enumerate(columns)}
    indptr, indices = [0], []
    for page in features:
        for line in page:
            indices.extend(sorted({index[f] for f in line if f in index}))
            indptr.append(len(indices))
    binary = csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int64),
                         np.array(indptr, dtype=np.int64)), shape=(len(indptr) - 1, len(columns)))
    numeric = np.vstack([numeric_facts(page) for page in lines])
    return hstack([binary, csr_matrix(numeric)], format="csr")


def targets(pages: Sequence[Any], body_only: bool = False) -> Any:
    """1 for a line of the article (title, stamp, byline, body; or body only), else 0."""
    wanted = {LineLabel.BODY} if body_only else set(ARTICLE_LABELS)
    return np.array([label in wanted for page in pages for label in page.labels],
                    dtype=np.float64)


def fit_booster(matrix: Any, labels: Any, params: TreeParams) -> Any:
    import lightgbm

    settings = {
        "objective": "binary", "num_leaves": params.leaves,
        "learning_rate": params.learning_rate, "min_data_in_leaf": params.min_data_in_leaf,
        "max_depth": params.max_depth,
        "num_threads": 1, "deterministic": True, "force_col_wise": True, "seed": 7,
        "verbosity": -1,
    }
    data = lightgbm.Dataset(matrix, label=labels, free_raw_data=False)
    return lightgbm.train(settings, data, num_boost_round=params.trees)


@dataclass(frozen=True, slots=True)
class FittedTrees:
    forest: Forest
    booster: Any  # lightgbm.Booster, for checks against the export
    words: list[str]  # the booster's binary columns (its NUMERIC ones follow)


def train_trees(pages: Sequence[Any], params: TreeParams | None = None) -> FittedTrees:
    """The Forest for ``pages`` (LabeledPage), and LightGBM's booster it was exported from."""
    params = params or TreeParams()
    features, lines = page_rows(pages)
    words = vocabulary(features, params.min_data_in_leaf)
    matrix = design_matrix(features, lines, words)
    booster = fit_booster(matrix, targets(pages, params.body_only), params)
    return FittedTrees(export_forest(booster.dump_model(), [*words, *NUMERIC]), booster, words)


def export_forest(model: dict[str, Any], columns: Sequence[str]) -> Forest:
    """LightGBM's JSON dump as flat node arrays, keeping only the columns the trees use."""
    nodes: list[tuple[int, float, int, int, float]] = []
    roots, depth = [], 0
    for info in model["tree_info"]:
        roots.append(len(nodes))
        depth = max(depth, _flatten(info["tree_structure"], nodes))
    used = sorted({feature for feature, _, _, _, _ in nodes if feature >= 0})
    remap = {old: new for new, old in enumerate(used)}
    feature = np.array([remap.get(f, 0) for f, _, _, _, _ in nodes], dtype=np.int64)
    children = np.array([c for _, _, left, right, _ in nodes for c in (left, right)],
                        dtype=np.int64)
    return Forest(
        columns=tuple(columns[k] for k in used) or (NUMERIC[0],), feature=feature,
        threshold=np.array([t for _, t, _, _, _ in nodes], dtype=np.float64),
        children=children, value=np.array([v for *_, v in nodes], dtype=np.float64),
        roots=np.array(roots, dtype=np.int64), depth=depth)


def _flatten(tree: dict[str, Any], nodes: list[tuple[int, float, int, int, float]]) -> int:
    """Append ``tree``'s nodes (pre-order) to ``nodes``; return its depth in splits."""
    k = len(nodes)
    if "leaf_value" in tree:
        nodes.append((-1, float("inf"), k, k, float(tree["leaf_value"])))
        return 0
    if tree["decision_type"] != "<=":
        raise ValueError(f"unsupported split: {tree['decision_type']}")
    nodes.append((int(tree["split_feature"]), float(tree["threshold"]), -1, -1, 0.0))
    left_depth = _flatten(tree["left_child"], nodes)
    right = len(nodes)
    right_depth = _flatten(tree["right_child"], nodes)
    nodes[k] = (nodes[k][0], nodes[k][1], k + 1, right, 0.0)
    return 1 + max(left_depth, right_depth)


def stack_inputs(pages: Sequence[Any], params: TreeParams | None = None) -> Any:
    """training.StackInputs for ``pages`` (bench pages first): trees trained on each half of
    the pages (page k in half k % 2) score the other half."""
    from siyaq.extract.training import StackInputs

    features, lines = page_rows(pages)
    binned: list[list[str]] = [[] for _ in pages]
    scorers = []
    for fold in range(2):
        chosen = [page for k, page in enumerate(pages) if k % 2 == fold]
        scorer = TreeScorer(train_trees(chosen, params).forest)
        for k in range(1 - fold, len(pages), 2):
            binned[k] = [stack_feature(p) for p in scorer.p_article(lines[k], features[k])]
        scorers.append(scorer)
    return StackInputs(binned, (scorers[0], scorers[1]))
