"""The line trees (siyaq.extract.trees): numpy traversal on hand-built trees, the feature matrix,
the export from LightGBM (scores equal its predict), and the labeler's use of them."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from siyaq.extract.cleaner import BODY, OTHER, HybridLabeler, LearnedLabeler, mixed
from siyaq.extract.features import page_features
from siyaq.extract.lines import LineLabel, split_lines
from siyaq.extract.rules import RuleLabeler
from siyaq.extract.synthetic import PageMaker, SourceArticle
from siyaq.extract.training import LabeledPage
from siyaq.extract.trees import Forest, TreeScorer, TreeUse, named_tree_use, stack_feature

INF = float("inf")
LEDE = "أعلن وزير النقل سامر الخطيب اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين بعد ثلاث سنوات من العمل."
SECOND = "وقال الخطيب في مؤتمر صحفي إن الرحلة ستستغرق أقل من ساعة، مشيرا إلى أن أسعار التذاكر ستبقى في متناول الجميع."


def tiny_forest() -> Forest:
    """Tree 0: a <= 0.5 ? (b <= 2 ? 1.0 : 2.0) : 3.0.  Tree 1: a single leaf, -0.5."""
    return Forest(
        columns=("a", "#words"),
        feature=np.array([0, 1, 0, 0, 0, 0]),
        threshold=np.array([0.5, 2.0, INF, INF, INF, INF]),
        children=np.array([1, 4, 2, 3, 2, 2, 3, 3, 4, 4, 5, 5]),
        value=np.array([0.0, 0.0, 1.0, 2.0, 3.0, -0.5]),
        roots=np.array([0, 5]),
        depth=2,
    )


@pytest.mark.parametrize(
    ("row", "expected"),
    [([0.0, 1.0], 0.5), ([0.0, 2.0], 0.5), ([0.0, 7.0], 1.5), ([1.0, 1.0], 2.5)],
    ids=["left-left", "threshold-goes-left", "left-right", "right-leaf-early"],
)
def test_traversal_on_a_hand_built_forest(row: list[float], expected: float) -> None:
    assert tiny_forest().raw_scores(np.array([row])).tolist() == [expected]


def test_forest_round_trips_through_npz(tmp_path: Path) -> None:
    forest = tiny_forest()
    forest.save(tmp_path / "t.npz")
    loaded = Forest.load(tmp_path / "t.npz")
    matrix = np.array([[0.0, 1.0], [0.0, 9.0], [1.0, 0.0]])
    assert loaded.columns == forest.columns
    assert loaded.raw_scores(matrix).tolist() == forest.raw_scores(matrix).tolist()
    forest.save(tmp_path / "again.npz")  # the same trees, the same bytes (no dates inside)
    assert (tmp_path / "again.npz").read_bytes() == (tmp_path / "t.npz").read_bytes()


def test_validation_pages_are_the_ones_training_skips(shared_data: Path) -> None:
    from siyaq.extract.training import validation_pages

    pages = validation_pages(shared_data)
    counts = [sum(p.id.startswith(name) for p in pages) for name in ("scrapinghub", "wcxb")]
    assert counts == [68, 284] and not any(p.held_out for p in pages)


def test_matrix_sets_known_feature_strings_and_numeric_columns() -> None:
    lines = split_lines(f"عنوان الخبر\n{LEDE}")
    scorer = TreeScorer(tiny_forest())
    matrix = scorer.matrix(lines, [["a", "unknown"], ["unknown"]])
    assert matrix[:, 0].tolist() == [1.0, 0.0]
    assert matrix[:, 1].tolist() == [float(lines[0].words), float(lines[1].words)]
    assert scorer.p_article(lines, [["a"], []]).shape == (2,)


@pytest.mark.parametrize(
    ("use", "tags", "expected_tags", "expected_p"),
    [
        (TreeUse(crf_weight=0.5), [BODY, OTHER, "title"], [BODY, OTHER, "title"], [0.6, 0.3, 0.0]),
        (TreeUse(crf_weight=0.0, replace=True, threshold=0.4), [BODY, OTHER, "title"],
         [OTHER, BODY, "title"], [0.2, 0.6, 0.0]),
    ],
    ids=["mix-keeps-path", "trees-alone-replace"],
)
def test_mixed(use: TreeUse, tags: list[str], expected_tags: list[str],
               expected_p: list[float]) -> None:
    p_body, predicted = mixed(tags, [1.0, 0.0, 0.0], [0.2, 0.6, 0.9], use)
    assert predicted == expected_tags
    assert p_body == pytest.approx(expected_p)


def test_stack_feature_bins() -> None:
    assert [stack_feature(p) for p in (0.0, 0.05, 0.55, 1.0)] == ["gbm=0", "gbm=0", "gbm=5",
                                                                  "gbm=9"]


def synthetic_pages(count: int) -> list[LabeledPage]:
    rng = random.Random(5)
    others = [SourceArticle(f"خبر آخر رقم {i} عن الاقتصاد المحلي", "", [LEDE]) for i in range(5)]
    maker = PageMaker(rng, others)
    pages = []
    for k in range(count):
        dump = maker.make(SourceArticle(f"افتتاح خط القطار رقم {k}", "سامر", [LEDE, SECOND]))
        lines = split_lines("\n".join(dump.lines))
        if len(lines) == len(dump.labels):
            pages.append(LabeledPage(lines, dump.labels, f"synthetic/{k}"))
    return pages


def test_exported_trees_score_as_lightgbm_predicts(tmp_path: Path) -> None:
    pytest.importorskip("lightgbm")
    pytest.importorskip("scipy")
    from siyaq.extract.tree_training import TreeParams, design_matrix, page_rows, train_trees

    pages = synthetic_pages(60)
    fit = train_trees(pages, TreeParams(trees=15, leaves=7, min_data_in_leaf=5))
    fit.forest.save(tmp_path / "trees.npz")
    scorer = TreeScorer.load(tmp_path / "trees.npz")
    features, lines = page_rows(pages[:10])
    for page_features_, page_lines in zip(features, lines, strict=True):
        expected = fit.booster.predict(design_matrix([page_features_], [page_lines], fit.words))
        assert scorer.p_article(page_lines, page_features_) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("use", [TreeUse(), TreeUse(crf_weight=0.0, replace=True)],
                         ids=["mixed", "trees-alone"])
def test_labeler_with_trees_labels_every_line(use: TreeUse, sample_dump: str) -> None:
    lines = split_lines(sample_dump)
    scorer = TreeScorer(tiny_forest())
    labeler = LearnedLabeler(trees=scorer, tree_use=use)
    labels = labeler.label(lines)
    assert len(labels) == len(lines) and all(isinstance(x, LineLabel) for x in labels)
    # Short dumps go to the rules whatever the trees say.
    assert HybridLabeler(trees=scorer, tree_use=use).label(lines) == RuleLabeler().label(lines)
    assert len(page_features(lines, RuleLabeler().label(lines))) == len(lines)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("mixed", TreeUse()), ("mixed-replace", TreeUse(replace=True, threshold=0.4)),
     ("alone", TreeUse(crf_weight=0.0, replace=True, threshold=0.4)),
     ("stacked", TreeUse(stacked=True))],
    ids=["mixed", "mixed-replace", "alone", "stacked"],
)
def test_named_tree_uses(name: str, expected: TreeUse) -> None:
    assert named_tree_use(name) == expected


def test_unknown_tree_use_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tree use"):
        named_tree_use("both")
