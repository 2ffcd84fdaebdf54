"""Merged networks must score exactly what their members score on average."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import DISCRETE, NeuralTagger, NeuralWeights, Vocabulary
from siyaq.analyze.ner_neural_merge import merge
from siyaq.analyze.ner_text import tokenize

TEXTS = [
    "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت أمس .",
    "وقال المتحدث باسم الأمم المتحدة إن مجلس الأمن سيجتمع .",
    "باريس",
]
LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"]
WORDS = ["", "في", "وزير", "بيروت", "الامم"]


def _vocabulary() -> Vocabulary:
    chars = {c: i for i, c in enumerate(["", "<unk>", *sorted(set("".join(TEXTS)))])}
    discrete = {name: {"": 0, "x": 1, "y": 2} for name in DISCRETE}
    tags = {"O": 0, "B-PERS": 1, "I-PERS": 2}
    return Vocabulary({w: i for i, w in enumerate(WORDS)}, chars, discrete, tags)


def random_weights(seed: int, hidden: int, dilations: list[int]) -> NeuralWeights:
    """A network of the shipped layout with random weights (dims 8, char dims 4, 6 filters)."""
    rng = np.random.default_rng(seed)
    vocabulary = _vocabulary()

    def r(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.5, shape).astype(np.float32)

    arrays = {
        "proj_vector": r(8, hidden), "proj_stem": r(8, hidden), "proj_chars": r(6, hidden),
        "bias_in": r(hidden), "char_emb": r(len(vocabulary.chars), 4), "char_conv": r(12, 6),
        "char_bias": r(6), "table_gaz": r(3, hidden), "out": r(hidden, len(LABELS)),
        "out_bias": r(len(LABELS)), "transitions": r(len(LABELS), len(LABELS)),
    }
    arrays["char_emb"][0] = 0.0  # the padding character
    for name in DISCRETE:
        arrays[f"table_{name}"] = r(3, hidden)
    for n in range(len(dilations)):
        arrays[f"conv{n}"] = r(3 * hidden, hidden)
        arrays[f"conv{n}_bias"] = r(hidden)
    vectors = np.random.default_rng(0).integers(-127, 128, (len(WORDS), 8)).astype(np.int8)
    scales = np.full((len(WORDS), 1), 0.01, np.float32)
    return NeuralWeights(LABELS, vocabulary, vectors, scales, arrays, dilations)


def _scores(weights: NeuralWeights) -> np.ndarray:
    tagger = NeuralTagger(weights, FeatureExtractor(Lexicon()))
    sentences = [[t.text for t in tokenize(text)] for text in TEXTS]
    scores, _ = tagger.scores([w for s in sentences for w in s], [len(s) for s in sentences])
    return np.asarray(scores)


@pytest.mark.parametrize(
    ("members", "hidden", "dilations"),
    [(1, 6, [1, 2]), (2, 6, [1, 2]), (3, 5, [1, 2, 4])],
    ids=["one", "two", "three-wider-dilations"],
)
def test_merged_scores_are_the_members_mean(members: int, hidden: int, dilations: list[int]) -> None:
    parts = [random_weights(seed, hidden, dilations) for seed in range(members)]
    merged = merge(parts)
    expected = np.mean([_scores(p) for p in parts], axis=0)
    np.testing.assert_allclose(_scores(merged), expected, rtol=1e-4, atol=1e-4)
    transitions = np.mean([p.arrays["transitions"] for p in parts], axis=0)
    np.testing.assert_allclose(merged.arrays["transitions"], transitions, rtol=1e-6)


def test_merged_weights_survive_saving(tmp_path: Path) -> None:
    merged = merge([random_weights(seed, 6, [1, 2]) for seed in range(2)])
    merged.save(tmp_path / "merged.npz")
    np.testing.assert_array_equal(_scores(NeuralWeights.load(tmp_path / "merged.npz")),
                                  _scores(merged))


def test_networks_of_other_shapes_are_refused() -> None:
    with pytest.raises(ValueError, match="dilations"):
        merge([random_weights(0, 6, [1, 2]), random_weights(1, 6, [1, 2, 4])])
