"""The training recipe: the rate schedule, the data parts, and (with torch) determinism."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from siyaq.analyze.ner_data import Sentence, split
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import NeuralWeights
from siyaq.analyze.ner_neural_train import NeuralOptions, inner_split, rate_factor


@pytest.mark.parametrize(
    ("epoch", "decay", "expected"),
    [(0, 0.5, 1.0), (14, 0.5, 1.0), (15, 0.5, 1.0), (20, 0.5, 10 / 15), (29, 0.5, 1 / 15),
     (29, 0.0, 1.0), (0, 1.0, 1.0), (29, 1.0, 1 / 30)],
    ids=["first", "before-decay", "decay-starts", "decaying", "last", "no-decay",
         "all-decay-first", "all-decay-last"],
)
def test_rate_falls_linearly_over_the_last_epochs(epoch: int, decay: float, expected: float) -> None:
    options = NeuralOptions(epochs=30, decay=decay)
    assert rate_factor(epoch, options) == pytest.approx(expected)


SENTENCES = [Sentence([f"w{i}"], ["O"]) for i in range(200)]


def test_training_part_is_the_whole_training_split() -> None:
    learn, held = inner_split(SENTENCES, "train")
    assert learn == split(SENTENCES, "train") and held == []


def test_inner_part_holds_out_the_last_tenth_of_the_training_split() -> None:
    learn, held = inner_split(SENTENCES, "inner")
    assert learn + held == split(SENTENCES, "train")
    assert len(held) == 17  # a tenth of the 170 training sentences
    assert not set(map(id, held)) & set(map(id, split(SENTENCES, "dev")))


def test_unknown_part_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown part"):
        inner_split(SENTENCES, "dev")


VECTOR_WORDS = ("في", "وزير", "بيروت", "باريس")  # the words the fake word2vec model knows


def _tiny_corpus(folder: Path) -> Path:
    """An ANERcorp-format train.txt of 40 short sentences."""
    lines = []
    for i in range(40):
        city = ("بيروت", "باريس", "دمشق")[i % 3]
        lines += ["وصل O", "الوزير O", f"سامي{i % 5} B-PERS", "إلى O", f"{city} B-LOC", ". O"]
    (folder / "anercorp").mkdir(parents=True)
    (folder / "anercorp" / "train.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("recurrent", [0, 4], ids=["conv", "gru"])
def test_training_twice_writes_the_same_bytes(
    tmp_path: Path, recurrent: int, fake_word_vectors: Callable[[tuple[str, ...]], Any]
) -> None:
    pytest.importorskip("torch")
    from siyaq.analyze.ner_neural_train import train_neural

    data = _tiny_corpus(tmp_path / "data")
    options = NeuralOptions(hidden=8, filters=4, epochs=2, part="train", recurrent=recurrent)
    outs = [tmp_path / "a.npz", tmp_path / "b.npz"]
    for out in outs:
        train_neural(data, Lexicon(), fake_word_vectors(VECTOR_WORDS), out, options, (1, 2), log=lambda _: None)
    assert outs[0].read_bytes() == outs[1].read_bytes()
    weights = NeuralWeights.load(outs[0])
    assert weights.arrays["conv0"].shape == (3 * 16, 16)  # two 8-unit networks side by side
    # With a GRU: two networks' forward and backward streams, each reading its network's state.
    if recurrent:
        assert weights.arrays["gru_ih"].shape == (16, 4 * 3 * recurrent)
    else:
        assert "gru_hh" not in weights.arrays
