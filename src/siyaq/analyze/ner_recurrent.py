"""The neural tagger's optional bidirectional GRU layer, run with numpy.

A "stream" is one recurrent chain: one direction of one network (a network has two, forward
and backward; a merged network has its members' streams side by side). The layer's arrays, as
ner_neural_train exports them and NeuralWeights saves them:

- gru_ih (inputs, streams * 3 * units), gru_ih_bias (streams * 3 * units): the input products,
  stream by stream, each stream's columns in torch's gate order (reset, update, new);
- gru_hh (streams, units, 3 * units), gru_hh_bias (streams, 3 * units): each stream's
  recurrence, kept per stream so that the streams' zero blocks are never multiplied;
- gru_backward (streams,): 1 for a stream that reads its sentence from the end.

All sentences of a text run together, one step per token of the longest: each step is one
stacked product over the streams (numpy loops the small products in C) and a few elementwise
operations. The Python loop over the steps is the price of the layer: everything that depends
on the word alone is still projected once per distinct word, and the input products are one
product over all tokens before the loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from siyaq.analyze.ner_neural_blocks import Blocks

NAMES = ("gru_ih", "gru_ih_bias", "gru_hh", "gru_hh_bias", "gru_backward")


@dataclass(frozen=True, slots=True)
class Recurrent:
    """A loaded GRU layer: its input product by diagonal blocks (one per merged network)."""

    inputs: Blocks
    input_bias: Any  # (streams * 3 * units,)
    hidden: Any  # (streams, units, 3 * units)
    hidden_bias: Any  # (streams, 1, 3 * units)
    backward: Any  # (streams,) bool

    @classmethod
    def of(cls, arrays: dict[str, Any]) -> Recurrent | None:
        if "gru_hh" not in arrays:
            return None
        hidden = np.ascontiguousarray(arrays["gru_hh"], np.float32)
        return cls(
            Blocks.of(arrays["gru_ih"]),
            arrays["gru_ih_bias"],
            hidden,
            arrays["gru_hh_bias"][:, None, :],
            arrays["gru_backward"].astype(bool),
        )

    @property
    def streams(self) -> int:
        return int(self.hidden.shape[0])

    @property
    def units(self) -> int:
        return int(self.hidden.shape[1])

    def run(self, features: Any, lengths: Sequence[int]) -> Any:
        """(tokens, streams * units): each token's state in every stream, for the (tokens,
        inputs) features of consecutive sentences of the given lengths."""
        steps, tokens = step_indices(lengths)
        streams, units = self.streams, self.units
        products = self.inputs.product(features) + self.input_bias
        # One zero row for the steps after a sentence's end (their states are never read).
        padded = np.vstack([products, np.zeros((1, products.shape[1]), np.float32)])
        padded = padded.reshape(len(padded), streams, 3 * units)
        # Per step, stream and sentence: the row it reads (the sentence reversed if backward).
        rows = np.where(self.backward[None, :, None], steps[1][:, None, :], steps[0][:, None, :])
        inputs = padded[rows, np.arange(streams)[None, :, None]]  # (steps, streams, S, 3u)
        states = self._loop(inputs)
        where = np.where(self.backward[None, :], tokens[1][:, None], tokens[0][:, None])
        chosen = states[where, np.arange(streams)[None, :], tokens[2][:, None]]
        return chosen.reshape(len(chosen), streams * units)

    def _loop(self, inputs: Any) -> Any:
        """(steps, streams, sentences, units) states of the GRU over the precomputed inputs,
        with torch's equations: n = tanh(x_n + r * (h W_n + b_n)), h = (1 - z) n + z h."""
        count, streams, sentences, gates = inputs.shape
        units = gates // 3
        states = np.empty((count, streams, sentences, units), np.float32)
        state = np.zeros((streams, sentences, units), np.float32)
        for t in range(count):
            mixed = np.matmul(state, self.hidden)
            mixed += self.hidden_bias
            x = inputs[t]
            reset_update = _sigmoid(x[..., : 2 * units] + mixed[..., : 2 * units])
            new = np.tanh(x[..., 2 * units :] + reset_update[..., :units] * mixed[..., 2 * units :])
            update = reset_update[..., units:]
            state = new + update * (state - new)  # (1 - z) n + z h
            states[t] = state
        return states


def _sigmoid(x: Any) -> Any:
    """(1 + tanh(x / 2)) / 2: the logistic function without exp's overflow for large -x."""
    out = np.multiply(x, 0.5)
    np.tanh(out, out=out)
    out += 1.0
    out *= 0.5
    return out


def step_indices(lengths: Sequence[int]) -> tuple[tuple[Any, Any], tuple[Any, Any, Any]]:
    """((forward rows, backward rows) of shape (steps, sentences): the token each sentence reads
    at each step, or the padding row (the token count) past its end; (forward step, backward
    step, sentence) of each token: where its state is found."""
    size = np.asarray(lengths, np.intp)
    total, steps = int(size.sum()), int(size.max())
    starts = np.cumsum(size) - size
    t = np.arange(steps)[:, None]
    inside = t < size[None, :]
    forward = np.where(inside, starts[None, :] + t, total)
    backward = np.where(inside, starts[None, :] + size[None, :] - 1 - t, total)
    sentence = np.repeat(np.arange(len(size)), size)
    position = np.arange(total) - starts[sentence]
    return (forward, backward), (position, size[sentence] - 1 - position, sentence)
