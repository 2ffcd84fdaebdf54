"""The C kernel of the CRF decoder gives the numpy code's results to the bit, and refuses bad
input with an exception instead of reading out of bounds."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from siyaq.analyze.ner_viterbi import CrfKernel, crf_kernel, viterbi_flat

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
