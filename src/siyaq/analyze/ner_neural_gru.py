"""The optional bidirectional GRU of the neural tagger on the torch side (training only): the
layer, its run over padded sentences, and its export to the arrays ner_recurrent runs.

The GRU reads the state after the dilated convolutions; the output layer then reads that state
and the GRU's two directions side by side, so the convolutions' local view stays available and
the GRU adds the whole sentence (the convolutions see ±3 words).
"""

from __future__ import annotations

from typing import Any

import numpy as np

RECURRENT_UNITS = 64  # per direction, with `siyaq train ner-neural --layer gru`


def recurrent_layer(inputs: int, units: int) -> Any:
    """A one-layer bidirectional GRU, or None for units 0 (the convolutional network)."""
    from torch import nn

    if units <= 0:
        return None
    return nn.GRU(inputs, units, batch_first=True, bidirectional=True)


def run_recurrent(gru: Any, x: Any, mask: Any) -> Any:
    """(batch, tokens, 2 * units) states of the GRU over padded sentences, packed so that the
    backward direction starts at each sentence's last token, not at the padding; zero past the
    end."""
    from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

    lengths = mask.sum(1).clamp(min=1).cpu()
    packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
    out, _ = gru(packed)
    return pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])[0]


def export_recurrent(state: dict[str, Any], prefix: str = "gru.") -> dict[str, Any]:
    """The GRU's torch weights as ner_recurrent's arrays: stream 0 forward, stream 1 backward
    (torch's output order); gates stay in torch's order (reset, update, new)."""
    if f"{prefix}weight_hh_l0" not in state:
        return {}
    ends = ("_l0", "_l0_reverse")

    def both(name: str) -> list[Any]:
        return [state[f"{prefix}{name}{end}"] for end in ends]

    return {
        "gru_ih": np.ascontiguousarray(np.concatenate([w.T for w in both("weight_ih")], axis=1)),
        "gru_ih_bias": np.concatenate(both("bias_ih")),
        "gru_hh": np.ascontiguousarray(np.stack([w.T for w in both("weight_hh")])),
        "gru_hh_bias": np.stack(both("bias_hh")),
        "gru_backward": np.array([0.0, 1.0], np.float32),
    }
