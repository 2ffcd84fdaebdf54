"""The neural tagger's optional bidirectional GRU layer, run with numpy.

A "stream" is one recurrent chain: one direction of one network (a network has two, forward
and backward; a merged network has its members' streams side by side). The layer's arrays, as
ner_neural_train exports them and NeuralWeights saves them:

- gru_ih (inputs, streams * 3 * units), gru_ih_bias (streams * 3 * units): the input products,
  stream by stream, each stream's columns in torch's gate order (reset, update, new);
- gru_hh (streams, units, 3 * units), gru_hh_bias (streams, 3 * units): each stream's
  recurrence, kept per stream so that the streams' zero blocks are never multiplied;
- gru_backward (streams,): 1 for a stream that reads its sentence from the end.

All sentences of a text run together, one step per token of the longest, packed longest first
(Packing) so that a step runs only the sentences still running: each step is one stacked
product over the streams (numpy loops the small products in C) and a few elementwise
operations. The Python loop over the steps is the price of the layer: the input products are
one product over all tokens before the loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from siyaq.analyze.ner_neural_blocks import Blocks


@dataclass(frozen=True, slots=True)
class Recurrent:
    """A loaded GRU layer: its input product by diagonal blocks (one per merged network). The
    reset and update gates' weights are negated at load time (exactly), so that the loop gets
    their logistic function as 1 / (1 + exp(sum)): numpy's exp is about twice as fast as tanh."""

    inputs: Blocks
    input_bias: Any  # (streams * 3 * units,)
    hidden: Any  # (streams, units, 3 * units)
    hidden_bias: Any  # (streams, 1, 3 * units)
    backward: Any  # (streams,) bool

    @classmethod
    def of(cls, arrays: dict[str, Any]) -> Recurrent | None:
        if "gru_hh" not in arrays:
            return None
        units = arrays["gru_hh"].shape[1]
        return cls(
            Blocks.of(_negate_gates(arrays["gru_ih"], units)),
            _negate_gates(arrays["gru_ih_bias"], units),
            _negate_gates(arrays["gru_hh"], units),
            _negate_gates(arrays["gru_hh_bias"], units)[:, None, :],
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
        plan = Packing.of(lengths)
        streams, units = self.streams, self.units
        products = self.inputs.product(features) + self.input_bias
        products = products.reshape(len(products), streams, 3 * units)
        backward = self.backward[:, None]
        rows = np.where(backward, plan.backward_rows[None, :], plan.forward_rows[None, :])
        inputs = products[rows, np.arange(streams)[:, None]]  # (streams, packed, 3 * units)
        states = self._loop(inputs, plan.counts)
        where = np.where(backward, plan.backward_state[None, :], plan.forward_state[None, :])
        chosen = states[np.arange(streams)[:, None], where]  # (streams, tokens, units)
        return chosen.transpose(1, 0, 2).reshape(len(features), streams * units)

    def _loop(self, inputs: Any, counts: Sequence[int]) -> Any:
        """(streams, packed, units) states of the GRU over its packed inputs, with torch's
        equations: n = tanh(x_n + r * (h W_n + b_n)), h = (1 - z) n + z h."""
        units = inputs.shape[2] // 3
        states = np.empty((*inputs.shape[:2], units), np.float32)
        state = np.zeros((len(states), counts[0] if counts else 0, units), np.float32)
        first = 0
        for count in counts:  # the sentences still running are a prefix: state[:, :count]
            state = state[:, :count]
            mixed = np.matmul(state, self.hidden)
            mixed += self.hidden_bias
            x = inputs[:, first : first + count]
            reset_update = x[..., : 2 * units] + mixed[..., : 2 * units]  # minus the sums
            with np.errstate(over="ignore"):  # exp -> inf gives 1 / inf = 0, as it should
                np.exp(reset_update, out=reset_update)
            reset_update += 1.0
            np.reciprocal(reset_update, out=reset_update)
            new = np.tanh(x[..., 2 * units :] + reset_update[..., :units] * mixed[..., 2 * units :])
            out = states[:, first : first + count]  # (1 - z) n + z h, written in place
            np.subtract(state, new, out=out)
            out *= reset_update[..., units:]
            out += new
            state, first = out, first + count
        return states


def _negate_gates(matrix: Any, units: int) -> Any:
    """A float32 copy of weights whose last axis holds streams of 3 * units columns, with each
    stream's reset and update columns (its first two thirds) negated."""
    out = np.array(matrix, np.float32)
    out.reshape(*out.shape[:-1], -1, 3 * units)[..., : 2 * units] *= -1.0  # a view: in place
    return out


@dataclass(frozen=True, slots=True)
class Packing:
    """A text's sentences packed step by step, longest first (as torch packs a batch): step t
    holds the counts[t] sentences longer than t, so a step runs no padding and the sentences
    still running are always the first ones. Per packed row, the token it reads going forward
    and going backward; per token, the packed row of its state in each direction."""

    counts: list[int]  # per step: the sentences longer than the step
    forward_rows: Any  # (packed,) token index
    backward_rows: Any
    forward_state: Any  # (tokens,) packed row
    backward_state: Any

    @classmethod
    def of(cls, lengths: Sequence[int]) -> Packing:
        size = np.asarray(lengths, np.intp)
        order = np.argsort(-size, kind="stable")  # sentence of each rank
        ranked = size[order]
        counts = (ranked[None, :] > np.arange(int(size.max()))[:, None]).sum(axis=1)
        offsets = np.cumsum(counts) - counts
        step = np.repeat(np.arange(len(counts)), counts)
        rank = np.arange(len(step)) - offsets[step]
        starts = (np.cumsum(size) - size)[order][rank]
        rank_of = np.empty_like(order)
        rank_of[order] = np.arange(len(order))
        sentence = np.repeat(np.arange(len(size)), size)
        position = np.arange(len(sentence)) - (np.cumsum(size) - size)[sentence]
        mine = rank_of[sentence]
        return cls(
            counts.tolist(),
            starts + step,
            starts + ranked[rank] - 1 - step,
            offsets[position] + mine,
            offsets[size[sentence] - 1 - position] + mine,
        )
