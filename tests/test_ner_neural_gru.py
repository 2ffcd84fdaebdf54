"""The optional BiGRU layer: numpy must compute what torch computes, per sentence and batched,
and merged networks with a GRU must score their members' mean."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

from siyaq.analyze.ner_data import Sentence
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import NeuralTagger, NeuralWeights
from siyaq.analyze.ner_neural_merge import merge
from siyaq.analyze.ner_recurrent import Packing, Recurrent
from siyaq.analyze.ner_text import tokenize

TEXTS = [
    "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت أمس في زيارة تستمر يومين .",
    "وقال المتحدث باسم الأمم المتحدة إن مجلس الأمن سيجتمع في نيويورك الأسبوع المقبل .",
    "باريس",
    "أعلنت شركة أرامكو السعودية عن أرباح قياسية .",
]
WORDS = [[t.text for t in tokenize(text)] for text in TEXTS]


VECTOR_WORDS = ("في", "من", "وزير", "بيروت", "الامم")  # the words the fake word2vec model knows


Pair = tuple[list[Any], list[NeuralWeights], list[Any]]


@pytest.fixture(scope="module")
def nets(
    fake_word_vectors: Callable[[tuple[str, ...]], Any],
    large_random_weights: Callable[[Any], None],
) -> Pair:
    """Two randomly initialised torch nets with a GRU (other seeds), their exported weights,
    and the torch emissions of all WORDS as one padded batch."""
    torch = pytest.importorskip("torch")
    from siyaq.analyze import ner_neural_train as nt
    from siyaq.analyze.ner_vectors import quantize, vector_table

    words, table = vector_table(fake_word_vectors(VECTOR_WORDS), [])
    ints, scales = quantize(np.vstack([np.zeros((1, 100), np.float32), table]))
    sentences = [Sentence(w, ["O"] * len(w)) for w in WORDS]
    vocabulary = nt.build_vocabulary(["", *words], sentences, Lexicon())
    options = nt.NeuralOptions(hidden=16, dilations=(1, 2), filters=8, recurrent=12)
    encoded = nt.encode(sentences, FeatureExtractor(Lexicon()), vocabulary)
    result: Pair = ([], [], [])
    for seed in (3, 4):
        torch.manual_seed(seed)
        net = nt.make_net(ints.astype(np.float32) * scales, vocabulary, options)
        large_random_weights(net)
        net.eval()
        with torch.no_grad():
            emissions = net(nt._tensors(nt.batch_arrays(encoded))).numpy()
        result[0].append(net)
        result[1].append(nt.export(net, vocabulary, (ints, scales), options))
        result[2].append(emissions)
    return result


def _emissions(weights: NeuralWeights, sentences: list[list[str]]) -> np.ndarray:
    tagger = NeuralTagger(weights, FeatureExtractor(Lexicon()))
    scores, _ = tagger.scores([w for s in sentences for w in s], [len(s) for s in sentences])
    return np.asarray(scores)


@pytest.mark.parametrize("index", range(len(WORDS)), ids=["lodrian", "un", "one-word", "aramco"])
def test_numpy_matches_torch_sentence_by_sentence(nets: Pair, index: int) -> None:
    _, weights, torch_scores = nets
    expected = torch_scores[0][index, : len(WORDS[index])]
    np.testing.assert_allclose(_emissions(weights[0], [WORDS[index]]), expected, atol=1e-3)


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (2, 0, 3, 1)], ids=["file-order", "shuffled"])
def test_sentences_run_together_as_alone(nets: Pair, order: tuple[int, ...]) -> None:
    """Sentences of other lengths in one text: neither direction may run across a sentence."""
    _, weights, torch_scores = nets
    together = _emissions(weights[0], [WORDS[i] for i in order])
    expected = np.concatenate([torch_scores[0][i, : len(WORDS[i])] for i in order])
    np.testing.assert_allclose(together, expected, atol=1e-3)


def test_merged_networks_score_the_members_mean(nets: Pair) -> None:
    _, weights, torch_scores = nets
    merged = merge(weights)
    expected = np.concatenate(
        [(torch_scores[0][i, : len(w)] + torch_scores[1][i, : len(w)]) / 2 for i, w in enumerate(WORDS)]
    )
    np.testing.assert_allclose(_emissions(merged, WORDS), expected, atol=1e-3)
    recurrent = Recurrent.of(merged.arrays)
    assert recurrent is not None
    assert (recurrent.streams, len(recurrent.inputs.blocks)) == (4, 2)  # 2 directions x 2 nets
    assert recurrent.backward.tolist() == [False, True, False, True]


def test_merged_weights_survive_saving(nets: Pair, tmp_path: Any) -> None:
    merged = merge(nets[1])
    merged.save(tmp_path / "merged.npz")
    again = NeuralWeights.load(tmp_path / "merged.npz")
    np.testing.assert_array_equal(_emissions(again, WORDS), _emissions(merged, WORDS))


def test_networks_with_and_without_gru_are_not_merged(nets: Pair) -> None:
    weights = nets[1][0]
    arrays = {k: v for k, v in weights.arrays.items() if not k.startswith("gru_")}
    plain = NeuralWeights(weights.labels, weights.vocabulary, weights.vectors, weights.scales,
                          arrays, weights.dilations)
    with pytest.raises(ValueError, match="same layers"):
        merge([weights, plain])


@pytest.mark.parametrize(
    ("lengths", "counts", "forward", "backward", "states"),
    [
        ([1], [1], [0], [0], ([0], [0])),
        ([3], [1, 1, 1], [0, 1, 2], [2, 1, 0], ([0, 1, 2], [2, 1, 0])),
        # The longer second sentence runs first; at step 1 only it is left.
        ([1, 2], [2, 1], [1, 0, 2], [2, 0, 1], ([1, 0, 2], [1, 2, 0])),
        ([2, 2], [2, 2], [0, 2, 1, 3], [1, 3, 0, 2], ([0, 2, 1, 3], [2, 0, 3, 1])),
    ],
    ids=["one-token", "one-sentence", "longer-second", "ties-keep-order"],
)
def test_packing(
    lengths: list[int], counts: list[int], forward: list[int], backward: list[int],
    states: tuple[list[int], list[int]],
) -> None:
    plan = Packing.of(lengths)
    assert plan.counts == counts
    assert (plan.forward_rows.tolist(), plan.backward_rows.tolist()) == (forward, backward)
    assert (plan.forward_state.tolist(), plan.backward_state.tolist()) == states


def test_a_network_without_gru_has_no_recurrent_layer(nets: Pair) -> None:
    arrays = {k: v for k, v in nets[1][0].arrays.items() if not k.startswith("gru_")}
    assert Recurrent.of(arrays) is None
