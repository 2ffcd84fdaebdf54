"""The training recipe's pieces that need no torch: the rate schedule and the data parts."""

from __future__ import annotations

import pytest

from siyaq.analyze.ner_data import Sentence, split
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
