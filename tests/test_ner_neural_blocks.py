"""Merged networks run block by block must score what their dense matrices score."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import Layers, NeuralTagger, NeuralWeights
from siyaq.analyze.ner_neural_blocks import Blocks, convolve, convolve_words, diagonal_blocks
from siyaq.analyze.ner_neural_merge import block_diagonal, merge, windowed
from siyaq.analyze.ner_text import tokenize
from test_ner_neural_merge import TEXTS, random_weights

RNG = np.random.default_rng(7)


def _random(*shape: int) -> Any:
    return RNG.normal(0, 0.5, shape).astype(np.float32)


@pytest.mark.parametrize(
    ("matrix", "parts", "expected"),
    [
        (_random(12, 6), 1, 1),
        (block_diagonal([_random(4, 3), _random(4, 3)]), 1, 2),
        (block_diagonal([_random(2, 3) for _ in range(3)]), 1, 3),
        (windowed([_random(12, 4), _random(12, 4)]), 3, 2),
        (windowed([_random(9, 2) for _ in range(4)]), 3, 4),
        (np.concatenate([block_diagonal([_random(2, 2)] * 2), _random(4, 4)]), 2, 1),
    ],
    ids=["dense", "two", "three-uneven", "conv-two", "conv-four", "one-part-dense"],
)
def test_diagonal_blocks_are_found(matrix: Any, parts: int, expected: int) -> None:
    assert diagonal_blocks(matrix, parts) == expected


def test_one_nonzero_outside_the_blocks_makes_a_matrix_dense() -> None:
    matrix = block_diagonal([_random(4, 4), _random(4, 4)])
    matrix[0, 7] = 1e-30
    assert diagonal_blocks(matrix) == 1


def _dense_convolution(hidden: Any, first: int, end: int, d: int, matrix: Any) -> Any:
    rows = np.arange(first, end)
    window = np.concatenate([hidden[rows - d], hidden[rows], hidden[rows + d]], axis=1)
    return window @ matrix


@pytest.mark.parametrize(("members", "dilation"), [(1, 1), (2, 2), (3, 4)], ids=["1", "2", "3"])
def test_blocked_convolution_equals_the_dense_one(members: int, dilation: int) -> None:
    matrix = windowed([_random(3 * 5, 5) for _ in range(members)])
    hidden = _random(40, 5 * members)
    got = convolve(hidden, 4, 36, dilation, Blocks.of(matrix, 3))
    expected = _dense_convolution(hidden, 4, 36, dilation, matrix)
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("members", [1, 2, 3], ids=["1", "2", "3"])
def test_blocked_character_convolution_equals_the_dense_one(members: int) -> None:
    matrix = windowed([_random(3 * 4, 6) for _ in range(members)])
    embedded = _random(5, 9, 4 * members)
    window = np.concatenate([embedded[:, :-2], embedded[:, 1:-1], embedded[:, 2:]], axis=2)
    got = convolve_words(embedded, Blocks.of(matrix, 3))
    np.testing.assert_allclose(got, window @ matrix, rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("members", [1, 2, 3], ids=["1", "2", "3"])
def test_blocked_product_equals_the_dense_one(members: int) -> None:
    matrix = block_diagonal([_random(3, 4) for _ in range(members)])
    x = _random(7, 3 * members)
    np.testing.assert_allclose(Blocks.of(matrix).product(x), x @ matrix, rtol=1e-5, atol=1e-5)


def _one_block(matrix: Any, parts: int) -> Blocks:
    """The whole matrix as a single block, zeros included (as the tagger ran before)."""
    groups = tuple(np.split(matrix, parts))
    return Blocks((groups,), groups[0].shape[0], groups[0].shape[1])


def _dense_scores(weights: NeuralWeights, words: list[str], lengths: list[int]) -> Any:
    tagger = NeuralTagger(weights, FeatureExtractor(Lexicon()))
    arrays = weights.arrays
    convs = tuple(_one_block(arrays[f"conv{n}"], 3) for n in range(len(weights.dilations)))
    dense = Layers(_one_block(arrays["char_conv"], 3), _one_block(arrays["proj_chars"], 1), convs)
    tagger.layers = dense
    return tagger.scores(words, lengths)[0]


@pytest.mark.parametrize(
    ("members", "hidden", "dilations"),
    [(1, 6, [1, 2]), (2, 6, [1, 2]), (3, 5, [1, 2, 4])],
    ids=["one", "two", "three-wider-dilations"],
)
def test_merged_network_run_by_blocks_scores_as_dense(
    members: int, hidden: int, dilations: list[int]
) -> None:
    merged = merge([random_weights(seed, hidden, dilations) for seed in range(members)])
    tagger = NeuralTagger(merged, FeatureExtractor(Lexicon()))
    assert [len(c.blocks) for c in tagger.layers.convs] == [members] * len(dilations)
    sentences = [[t.text for t in tokenize(text)] for text in TEXTS]
    words, lengths = [w for s in sentences for w in s], [len(s) for s in sentences]
    expected = _dense_scores(merged, words, lengths)
    np.testing.assert_allclose(tagger.scores(words, lengths)[0], expected, rtol=1e-5, atol=1e-5)
