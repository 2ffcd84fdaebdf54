"""The C kernel of the CRF decoder gives the numpy code's results to the bit, and refuses bad
input with an exception instead of reading out of bounds."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from siyaq.analyze.ner_decode import CompiledCRF, FastTagger, _Bounds
from siyaq.analyze.ner_features import OFFSETS, FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_scorer import NONE, WordScorer
from siyaq.analyze.ner_text import tokenize
from siyaq.analyze.ner_train import CRF_MODEL, lexicon_path, weights_path
from siyaq.analyze.ner_viterbi import CrfKernel, best_labels, crf_kernel, viterbi_flat

KERNEL = crf_kernel()
needs_kernel = pytest.mark.skipif(KERNEL is None, reason="siyaq._crf_kernel is not built")


@pytest.fixture
def kernel() -> CrfKernel:
    assert KERNEL is not None
    return KERNEL


def _draw(rng: np.random.Generator, spread: int | None, *shape: int) -> np.ndarray:
    """Normal floats, or small integers (exactly equal sums: ties) when spread is given."""
    if spread is None:
        return rng.normal(size=shape)
    return rng.integers(-spread, spread + 1, shape).astype(float)


def _numpy_labels(scores: np.ndarray, lengths: list[int], transitions: np.ndarray) -> list[int]:
    if not lengths:
        return []
    return [label for path in viterbi_flat(scores, lengths, transitions) for label in path]


@needs_kernel
@pytest.mark.parametrize(
    ("seed", "lengths", "labels", "spread"),
    [
        pytest.param(1, [7, 1, 12, 3, 12], 9, None, id="random-floats"),
        pytest.param(2, [1], 9, None, id="one-token"),
        pytest.param(3, [1, 1, 1, 1], 9, 1, id="single-token-sentences-ties"),
        pytest.param(4, [20], 9, 0, id="all-scores-equal"),
        pytest.param(5, [2, 30, 1, 5, 30, 4], 9, 1, id="many-ties-longest-in-the-middle"),
        pytest.param(6, [3, 4], 1, None, id="one-label"),
        pytest.param(7, list(range(1, 60)), 5, 2, id="many-lengths"),
        pytest.param(8, [], 9, None, id="empty"),
    ],
)
def test_viterbi_equals_numpy(
    kernel: CrfKernel, seed: int, lengths: list[int], labels: int, spread: int | None
) -> None:
    rng = np.random.default_rng(seed)
    scores = _draw(rng, spread, sum(lengths), labels)
    transitions = _draw(rng, spread, labels, labels)
    expected = _numpy_labels(scores, lengths, transitions)
    assert kernel.viterbi(scores, lengths, transitions) == expected
    assert len(expected) == sum(lengths)


@needs_kernel
def test_viterbi_ties_go_to_the_first_label(kernel: CrfKernel) -> None:
    # Every path scores the same: the first label wins each step and at the end.
    assert kernel.viterbi(np.zeros((3, 4)), [3], np.zeros((4, 4))) == [0, 0, 0]
    # Labels 1 and 2 tie at the end; the transitions make 2 -> anything as good as 1 -> anything.
    scores = np.array([[0.0, 1.0, 1.0], [0.0, 0.0, 0.0]])
    assert kernel.viterbi(scores, [2], np.zeros((3, 3))) == [1, 0]
    assert _numpy_labels(scores, [2], np.zeros((3, 3))) == [1, 0]


def _scores() -> np.ndarray:
    return np.zeros((5, 3))


@needs_kernel
@pytest.mark.parametrize(
    ("arguments", "error", "message"),
    [
        pytest.param((_scores(), [2, 3], np.zeros((3, 4))), ValueError, "transitions must be",
                     id="transitions-shape"),
        pytest.param((_scores(), [2, 2], np.zeros((3, 3))), ValueError, "add up", id="too-few"),
        pytest.param((_scores(), [4, 4], np.zeros((3, 3))), ValueError, "add up", id="too-many"),
        pytest.param((_scores(), [5, 0], np.zeros((3, 3))), ValueError, "outside", id="zero"),
        pytest.param((_scores(), [6, -1], np.zeros((3, 3))), ValueError, "outside",
                     id="negative"),
        pytest.param((_scores(), [2.5, 2.5], np.zeros((3, 3))), TypeError, "not an int",
                     id="float-length"),
        pytest.param((_scores(), 5, np.zeros((3, 3))), TypeError, "sequence", id="lengths-int"),
        pytest.param((_scores().astype(np.float32), [5], np.zeros((3, 3))), TypeError,
                     "float64", id="float32"),
        pytest.param((np.zeros(5), [5], np.zeros((3, 3))), ValueError, "2 dimensions",
                     id="one-dimension"),
        pytest.param((np.zeros((3, 5)).T, [5], np.zeros((3, 3))), ValueError,
                     "C-contiguous", id="not-contiguous"),
        pytest.param(([[0.0] * 3] * 5, [5], np.zeros((3, 3))), TypeError, "float64 array",
                     id="a-list"),
        pytest.param((np.zeros((5, 0)), [5], np.zeros((0, 0))), ValueError, "no labels",
                     id="no-labels"),
    ],
)
def test_viterbi_refuses_bad_input(
    kernel: CrfKernel, arguments: tuple[Any, ...], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        kernel.viterbi(*arguments)


@needs_kernel
def test_viterbi_wants_three_arguments(kernel: CrfKernel) -> None:
    with pytest.raises(TypeError, match="3 arguments"):
        kernel.viterbi(_scores(), [5])  # type: ignore[call-arg]


# ---- Emissions: neighbour sums and gazetteer weights, against FastTagger's numpy code ----------


def _text(rng: np.random.Generator, lengths: list[int], rows: int) -> tuple[np.ndarray, _Bounds]:
    where = rng.integers(0, rows, sum(lengths)).astype(np.intp)
    return where, _Bounds.of(lengths)


def _numpy_neighbour_sums(table: np.ndarray, where: np.ndarray, bounds: _Bounds) -> np.ndarray:
    words = SimpleNamespace(table=table, edge_row=len(table) - 1)
    result: np.ndarray = FastTagger._neighbour_sums(SimpleNamespace(_words=words), where, bounds)
    return result


TEXTS = [
    pytest.param(11, [5, 1, 9, 2], None, id="random-floats"),
    pytest.param(12, [1, 1, 1], None, id="single-token-sentences"),
    pytest.param(13, [2, 30, 1, 4], 1, id="small-integers"),
    pytest.param(14, [], None, id="empty"),
]


@needs_kernel
@pytest.mark.parametrize(("seed", "lengths", "spread"), TEXTS)
def test_neighbour_sums_equal_numpy(
    kernel: CrfKernel, seed: int, lengths: list[int], spread: int | None
) -> None:
    rng = np.random.default_rng(seed)
    table = _draw(rng, spread, 40, 1 + len(OFFSETS), 9)
    where, bounds = _text(rng, lengths, len(table) - 1)  # the last row is the edge
    out = np.full((len(where), 9), np.nan)
    kernel.neighbour_sums(out, table, where, lengths, OFFSETS)
    assert out.tobytes() == _numpy_neighbour_sums(table, where, bounds).tobytes()


@needs_kernel
@pytest.mark.parametrize(("seed", "lengths", "spread"), TEXTS)
def test_gazetteer_weights_equal_numpy(
    kernel: CrfKernel, seed: int, lengths: list[int], spread: int | None
) -> None:
    rng = np.random.default_rng(seed)
    gazetteer = _draw(rng, spread, 6, 3, 9)
    tags, bounds = _text(rng, lengths, len(gazetteer))
    scores = _draw(rng, spread, len(tags), 9)
    expected = scores.copy()
    FastTagger._add_gazetteer(SimpleNamespace(_gaz_table=gazetteer), tags, bounds, expected)
    kernel.add_gazetteer(scores, gazetteer, tags, lengths)
    assert scores.tobytes() == expected.tobytes()


def _emission_arguments() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros((4, 3)), np.zeros((5, 1 + len(OFFSETS), 3)), np.zeros(4, dtype=np.intp)


@needs_kernel
@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        pytest.param({"rows": np.array([0, 1, 5, 0])}, ValueError, r"rows\[2\] = 5", id="row-past"),
        pytest.param({"rows": np.array([0, -1, 0, 0])}, ValueError, "outside", id="row-negative"),
        pytest.param({"rows": np.zeros(3, dtype=np.intp)}, ValueError, "3 tokens", id="few-rows"),
        pytest.param({"rows": np.zeros(4)}, TypeError, "intp", id="float-rows"),
        pytest.param({"rows": [0, 0, 0, 0]}, TypeError, "intp array", id="list-rows"),
        pytest.param({"table": np.zeros((5, 4, 3))}, ValueError, "table must be", id="slots"),
        pytest.param({"table": np.zeros((5, 5, 2))}, ValueError, "table must be", id="labels"),
        pytest.param({"table": np.zeros((0, 5, 3))}, ValueError, "rows >= 1", id="no-edge"),
        pytest.param({"lengths": [2, 1]}, ValueError, "add up", id="lengths"),
        pytest.param({"out": np.zeros((4, 3), dtype=np.float32)}, TypeError, "float64",
                     id="float32-out"),
        pytest.param({"out": np.zeros((3, 4)).T}, ValueError, "C-contiguous", id="strided-out"),
        pytest.param({"out": b"\0" * 96}, ValueError, "writable", id="read-only-out"),
        pytest.param({"offsets": [-2, -1, 1, "2"]}, TypeError, "not an int", id="offsets"),
    ],
)
def test_neighbour_sums_refuse_bad_input(
    kernel: CrfKernel, change: dict[str, Any], error: type[Exception], message: str
) -> None:
    out, table, rows = _emission_arguments()
    arguments = {"out": out, "table": table, "rows": rows, "lengths": [1, 3], "offsets": OFFSETS}
    with pytest.raises(error, match=message):
        kernel.neighbour_sums(*(arguments | change).values())  # in the order above


@needs_kernel
@pytest.mark.parametrize(
    ("gazetteer", "tags", "message"),
    [
        pytest.param(np.zeros((2, 3, 3)), np.array([0, 2, 0, 0]), r"tags\[1\] = 2", id="tag-past"),
        pytest.param(np.zeros((2, 2, 3)), np.zeros(4, dtype=np.intp), "gazetteer must be",
                     id="slots"),
        pytest.param(np.zeros((0, 3, 3)), np.zeros(4, dtype=np.intp), "rows >= 1", id="no-rows"),
    ],
)
def test_gazetteer_weights_refuse_bad_input(
    kernel: CrfKernel, gazetteer: np.ndarray, tags: np.ndarray, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        kernel.add_gazetteer(np.zeros((4, 3)), gazetteer, tags, [4])


# ---- New words' blocks, against WordScorer's numpy code ----------------------------------------


def _scorer(rng: np.random.Generator, spread: int | None) -> WordScorer:
    weights = np.vstack([_draw(rng, spread, 30, 9), np.zeros((1, 9))])
    positions = rng.integers(0, len(weights), (3 * 12, 1 + len(OFFSETS))).astype(np.intp)
    return WordScorer({}, positions, weights)


def _keys(rng: np.random.Generator, sizes: list[int], keys: int) -> list[list[int]]:
    """Each word's keys: a weighted first one (as "bias"), then keys or NONE."""
    return [
        [int(rng.integers(0, keys)), *(int(k) for k in rng.integers(NONE, keys, size - 1))]
        for size in sizes
    ]


@needs_kernel
@pytest.mark.parametrize(
    ("seed", "sizes", "spread"),
    [
        pytest.param(21, [20, 25, 1, 18], None, id="random-floats"),
        pytest.param(22, [1], None, id="one-key"),
        pytest.param(23, [30] * 50, 2, id="many-words-small-integers"),
        pytest.param(24, [7, 8, 9, 16, 17, 129, 130, 300], None, id="numpy-pairwise-sizes"),
    ],
)
def test_word_blocks_equal_numpy(
    kernel: CrfKernel, seed: int, sizes: list[int], spread: int | None
) -> None:
    rng = np.random.default_rng(seed)
    scorer = _scorer(rng, spread)
    words = _keys(rng, sizes, len(scorer.positions))
    assert scorer.blocks(words, kernel).tobytes() == scorer.blocks(words).tobytes()


@needs_kernel
def test_word_blocks_of_no_words_and_of_unweighted_words(kernel: CrfKernel) -> None:
    scorer = _scorer(np.random.default_rng(24), None)
    assert scorer.blocks([], kernel).shape == (0, 1 + len(OFFSETS), 9)
    # numpy's reduceat needs a weighted key per word; the kernel sums nothing to zeros.
    assert not scorer.blocks([[NONE, NONE], []], kernel).any()


@needs_kernel
@pytest.mark.parametrize(
    ("words", "error", "message"),
    [
        pytest.param([[0, 36]], ValueError, r"words\[0\] has key 36", id="key-past"),
        pytest.param([[0, -2]], ValueError, r"words\[0\]\[1\] = -2 is outside", id="key-below-none"),
        pytest.param([[0, None]], TypeError, "not an int", id="key-none"),
        pytest.param([0, 1], TypeError, r"words\[0\]", id="not-nested"),
        pytest.param(3, TypeError, "sequence", id="not-a-sequence"),
        pytest.param([[99]], ValueError, "positions", id="position-past-weights"),
    ],
)
def test_word_blocks_refuse_bad_input(
    kernel: CrfKernel, words: Any, error: type[Exception], message: str
) -> None:
    scorer = _scorer(np.random.default_rng(25), None)
    if words == [[99]]:  # a key whose positions point past the weights
        scorer.positions = np.vstack([scorer.positions, np.full((64, 5), 31, dtype=np.intp)])
    out = np.empty((len(words) if isinstance(words, list) else 0, 1 + len(OFFSETS), 9))
    with pytest.raises(error, match=message):
        kernel.word_blocks(out, scorer.weights, scorer.positions, words)


@needs_kernel
def test_word_blocks_check_the_output_shape(kernel: CrfKernel) -> None:
    scorer = _scorer(np.random.default_rng(26), None)
    with pytest.raises(ValueError, match="out must be"):
        kernel.word_blocks(np.empty((2, 5, 8)), scorer.weights, scorer.positions, [[0], [1]])


@needs_kernel
def test_best_labels_take_float32_as_numpy_does(kernel: CrfKernel) -> None:
    # The neural tagger's scores are float32; numpy decodes them in float64, so does the kernel.
    rng = np.random.default_rng(31)
    lengths = [4, 1, 9]
    scores = rng.normal(size=(sum(lengths), 9)).astype(np.float32)
    transitions = rng.normal(size=(9, 9)).astype(np.float32)
    expected = _numpy_labels(scores, lengths, transitions)
    assert best_labels(scores, lengths, transitions, kernel) == expected
    assert best_labels(scores, lengths, transitions, None) == expected


class _Meddler:
    """A length whose __index__ (Python code the kernel runs while reading ints) spoils an
    array: the kernel must check the array after that, not before."""

    def __init__(self, spoil: Any, value: int) -> None:
        self.spoil, self.value = spoil, value

    def __index__(self) -> int:
        self.spoil()
        return self.value


@needs_kernel
def test_arrays_are_checked_after_python_code_could_change_them(kernel: CrfKernel) -> None:
    out, table, rows = _emission_arguments()

    def spoil_rows() -> None:
        rows[0] = 10**9

    with pytest.raises(ValueError, match=r"rows\[0\] = 1000000000"):
        kernel.neighbour_sums(out, table, rows, [_Meddler(spoil_rows, 4)], OFFSETS)
    words: list[Any] = []
    words += [[0, _Meddler(words.clear, 1)], [2]]  # empties the list while it is read
    blocks = np.empty((2, 1 + len(OFFSETS), 9))
    scorer = _scorer(np.random.default_rng(27), None)
    kernel.word_blocks(blocks, scorer.weights, scorer.positions, words)
    assert blocks.tobytes() == scorer.blocks([[0, 1], [2]]).tobytes()


# ---- The whole decoder: the shipped model with and without the kernel --------------------------

SENTENCES = [
    "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت أمس في زيارة تستمر يومين .",
    "وقال المتحدث باسم الأمم المتحدة إن مجلس الأمن سيجتمع في نيويورك الأسبوع المقبل .",
    "باريس",
    "وفاز نادي الهلال على النصر في الرياض بهدفين مقابل هدف .",
]


def _tagger(kernel: CrfKernel | None) -> FastTagger:
    lexicon = Lexicon.load(lexicon_path(CRF_MODEL))
    tagger = FastTagger(CompiledCRF.load(weights_path(CRF_MODEL)), FeatureExtractor(lexicon), 0.5)
    tagger._kernel = kernel
    return tagger


@needs_kernel
def test_the_tagger_scores_and_tags_the_same_with_the_kernel(kernel: CrfKernel) -> None:
    words = [[t.text for t in tokenize(text)] for text in SENTENCES]
    flat, lengths = [w for sentence in words for w in sentence], [len(s) for s in words]
    fast, slow = _tagger(kernel), _tagger(None)
    scores, norms = fast.scores(flat, lengths)
    expected_scores, expected_norms = slow.scores(flat, lengths)
    assert scores.tobytes() == expected_scores.tobytes()
    assert norms == expected_norms
    used = len(fast._words.norms)
    assert fast._words.table[:used].tobytes() == slow._words.table[:used].tobytes()
    assert fast.tag_text(flat, lengths) == slow.tag_text(flat, lengths)
    assert any(tag != "O" for tag in fast.tag_text(flat, lengths)[0])
