"""The numpy neural tagger must compute what the torch model it was exported from computes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from siyaq.analyze.entities import EntityTagger
from siyaq.analyze.ner_data import Sentence
from siyaq.analyze.ner_ensemble import EnsembleTagger
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import NeuralTagger, NeuralWeights, char_features
from siyaq.analyze.ner_text import tokenize
from siyaq.analyze.ner_train import CRF_MODEL, NEURAL_MODEL, TAGGERS, lexicon_path

TEXTS = [
    "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت أمس في زيارة تستمر يومين .",
    "وقال المتحدث باسم الأمم المتحدة إن مجلس الأمن سيجتمع في نيويورك الأسبوع المقبل .",
    "أعلنت شركة أرامكو السعودية عن أرباح قياسية في الربع الثالث من العام .",
    "باريس",
    "قال ـ الرئيس .",  # a lone tatweel normalizes to "": one unknown character for the CNN
]
WORDS = [[t.text for t in tokenize(text)] for text in TEXTS]


VECTOR_WORDS = ("في", "من", "وزير", "بيروت", "الامم")  # the words the fake word2vec model knows


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory,
    fake_word_vectors: Callable[[tuple[str, ...]], Any],
    large_random_weights: Callable[[Any], None],
) -> tuple[object, NeuralTagger]:
    """A randomly initialised torch net and the numpy tagger of its exported weights."""
    torch = pytest.importorskip("torch")
    from siyaq.analyze import ner_neural_train as nt
    from siyaq.analyze.ner_vectors import quantize, vector_table

    torch.manual_seed(3)
    lexicon = Lexicon()
    lexicon.add(("جان", "ايف", "لودريان"), "PERS")
    words, table = vector_table(fake_word_vectors(VECTOR_WORDS), [])
    ints, scales = quantize(np.vstack([np.zeros((1, 100), np.float32), table]))
    sentences = [Sentence(w, ["O"] * len(w)) for w in WORDS]
    vocabulary = nt.build_vocabulary(["", *words], sentences, lexicon)
    options = nt.NeuralOptions(hidden=32, dilations=(1, 2), filters=8)
    net = nt.make_net(ints.astype(np.float32) * scales, vocabulary, options)
    large_random_weights(net)
    path = tmp_path_factory.mktemp("neural") / "ner_neural.npz"
    nt.export(net, vocabulary, (ints, scales), options).save(path)
    tagger = NeuralTagger(NeuralWeights.load(path), FeatureExtractor(lexicon))
    return (net, nt.encode(sentences, tagger.extractor, vocabulary)), tagger


def _numpy_emissions(tagger: NeuralTagger, sentences: list[list[str]]) -> np.ndarray:
    rows = tagger._rows([w for s in sentences for w in s])
    codes = [tagger._codes[r] for r in rows]
    return np.asarray(tagger.emissions(rows, codes, [len(s) for s in sentences]))


@pytest.mark.parametrize("index", range(len(WORDS)), ids=[f"sentence{i}" for i in range(len(WORDS))])
def test_numpy_emissions_match_torch(pair: tuple[object, NeuralTagger], index: int) -> None:
    import torch

    from siyaq.analyze.ner_neural_train import _tensors, batch_arrays

    (net, encoded), tagger = pair
    net.eval()  # type: ignore[attr-defined]
    with torch.no_grad():  # the whole batch padded: padding must not leak into a sentence
        expected = net(_tensors(batch_arrays(encoded)))[index].numpy()  # type: ignore[operator, index]
    got = _numpy_emissions(tagger, [WORDS[index]])
    assert np.allclose(got, expected[: len(WORDS[index])], atol=1e-3)


@pytest.mark.parametrize("first, second", [(0, 1), (1, 2), (3, 0)], ids=["0+1", "1+2", "3+0"])
def test_sentences_decoded_together_do_not_see_each_other(
    pair: tuple[object, NeuralTagger], first: int, second: int
) -> None:
    _, tagger = pair
    together = _numpy_emissions(tagger, [WORDS[first], WORDS[second]])
    alone = np.concatenate(
        [_numpy_emissions(tagger, [WORDS[first]]), _numpy_emissions(tagger, [WORDS[second]])]
    )
    assert np.allclose(together, alone, atol=1e-5)


@pytest.mark.parametrize(
    "words", [["ا"], ["بيروت", "ا"], ["القسطنطينية", "من"]], ids=["one", "short-last", "long-first"]
)
def test_char_features_ignore_the_other_words_of_a_batch(
    pair: tuple[object, NeuralTagger], words: list[str]
) -> None:
    _, tagger = pair
    codes = [tagger._codes[r] for r in tagger._rows(words)]
    arrays, layers = tagger.weights.arrays, tagger.layers
    together = char_features(arrays, layers, [c.chars for c in codes])
    alone = np.concatenate([char_features(arrays, layers, [c.chars]) for c in codes])
    assert np.allclose(together, alone, atol=1e-5)


@pytest.fixture(scope="module")
def shipped() -> NeuralTagger:
    if not NEURAL_MODEL.is_file():
        pytest.skip("no neural model shipped")
    lexicon = Lexicon.load(lexicon_path(CRF_MODEL))
    return NeuralTagger(NeuralWeights.load(NEURAL_MODEL), FeatureExtractor(lexicon))


@pytest.mark.parametrize(
    "sentence, name, type_",
    [
        (WORDS[0], "بيروت", "LOC"),
        (WORDS[1], "نيويورك", "LOC"),
        (WORDS[0], "لودريان", "PERS"),
    ],
    ids=["beirut", "new-york", "le-drian"],
)
def test_shipped_model_tags_names(
    shipped: NeuralTagger, sentence: list[str], name: str, type_: str
) -> None:
    tags, _ = shipped.tag_text(sentence, [len(sentence)])
    assert tags[sentence.index(name)].endswith(type_)


def test_shipped_weights_round_trip(shipped: NeuralTagger, tmp_path: Path) -> None:
    path = tmp_path / "copy.npz"
    shipped.weights.save(path)
    again = NeuralWeights.load(path)
    assert again.labels == shipped.weights.labels
    assert again.vocabulary == shipped.weights.vocabulary
    assert all(np.array_equal(again.arrays[k], v) for k, v in shipped.weights.arrays.items())


@pytest.mark.parametrize("index", range(3), ids=["lodrian", "un", "aramco"])
def test_ensemble_with_no_network_share_tags_as_the_crf(shipped: NeuralTagger, index: int) -> None:
    crf = EntityTagger.load(CRF_MODEL).decoder
    assert not isinstance(crf, NeuralTagger | EnsembleTagger)
    ensemble = EnsembleTagger(crf, shipped, weight=0.0, outside_penalty=0.0)
    words = WORDS[index]
    assert ensemble.tag_text(words, [len(words)]) == crf.tag_text(words, [len(words)])


@pytest.mark.parametrize("index", range(3), ids=["lodrian", "un", "aramco"])
def test_a_large_outside_penalty_leaves_no_token_outside(shipped: NeuralTagger, index: int) -> None:
    crf = EntityTagger.load(CRF_MODEL).decoder
    assert not isinstance(crf, NeuralTagger | EnsembleTagger)
    words = WORDS[index]
    tags, _ = EnsembleTagger(crf, shipped, outside_penalty=1e6).tag_text(words, [len(words)])
    assert "O" not in tags


@pytest.mark.parametrize("tagger", TAGGERS)
def test_every_shipped_tagger_finds_beirut(shipped: NeuralTagger, tagger: str) -> None:
    words = WORDS[0]
    tags = EntityTagger.load(None, tagger).tag_words(words)
    assert tags[words.index("بيروت")] == "B-LOC"


def test_unknown_tagger_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown tagger"):
        EntityTagger.load(None, "hmm")
