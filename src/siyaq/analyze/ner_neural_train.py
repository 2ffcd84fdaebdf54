"""Training the neural tagger with torch (CPU) on ANERcorp: `siyaq train ner-neural`.

The weights are exported to numpy (NeuralWeights) for ner_neural; torch is a training extra.
Seeds are fixed and one thread is used, so a rerun gives the same weights.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from siyaq.analyze.ner_data import Sentence, read_anercorp, split
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_neural import (
    CHARS,
    DISCRETE,
    NeuralTagger,
    NeuralWeights,
    Vocabulary,
    WordCodes,
    encode_word,
    gazetteer_tags,
    word_values,
)
from siyaq.analyze.ner_neural_gru import export_recurrent, recurrent_layer, run_recurrent
from siyaq.analyze.ner_viterbi import viterbi_flat

LABELS = ("O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
# The last tenth of the training split: the inner validation slice on which the recipe (epochs,
# sizes, the ensemble's weight) is chosen with part="inner"; never the dev split.
VALIDATION = 0.1
SEEDS = (7, 8)  # the shipped model's networks, one per seed


@dataclass(slots=True, frozen=True)
class NeuralOptions:
    hidden: int = 64
    dilations: tuple[int, ...] = (1, 2)
    recurrent: int = 0  # units per direction of a BiGRU after the convolutions; 0: none
    embedding: int = 16  # each discrete feature's embedding
    char_dims: int = 16
    filters: int = 50
    dropout: float = 0.5
    epochs: int = 30
    batch: int = 16
    rate: float = 2e-3
    decay: float = 0.5  # share of the epochs at the end over which the rate falls linearly to 0
    seed: int = 7
    # "inner": learn from the training split without its last tenth, report F1 on that tenth
    # after every epoch; "train": learn from the whole training split (first 85% of train.txt).
    # Either way the weights of the last epoch are kept (a fixed count, chosen on "inner").
    part: str = "train"


@dataclass(slots=True)
class Encoded:
    """A sentence as model inputs: per token word codes, gazetteer tag ids, label ids."""

    codes: list[WordCodes]
    gazetteer: list[int]
    labels: list[int]


@dataclass(slots=True, frozen=True)
class TableVectors:
    """The word vectors of a trained network's file, read as a gensim model is read here
    (`wv.index_to_key`, `wv[word]`, `wv.key_to_index`): another network can then be trained on
    exactly the vectors the shipped one saw (its int8 rows; quantize() gives them back as they
    are) without the word2vec step. The vectors come from unlabeled news text only."""

    index_to_key: list[str]
    key_to_index: dict[str, int]
    rows: Any  # (words, dims) float32

    @property
    def wv(self) -> TableVectors:
        return self

    def __getitem__(self, word: str) -> Any:
        return self.rows[self.key_to_index[word]]

    @classmethod
    def of(cls, path: Path) -> TableVectors:
        weights = NeuralWeights.load(path)
        # Row 0 is the unknown word (""); the table's words follow in their order.
        words = sorted(weights.vocabulary.words, key=weights.vocabulary.words.__getitem__)[1:]
        rows = (weights.vectors.astype(np.float32) * weights.scales)[1:]
        return cls(words, {w: i for i, w in enumerate(words)}, rows)


def build_vocabulary(
    words: list[str], sentences: Sequence[Sentence], lexicon: Lexicon
) -> Vocabulary:
    """Ids for the vector table's words and for every input value met in training."""
    chars: dict[str, int] = {"": 0, "<unk>": 1}
    discrete: dict[str, dict[str, int]] = {name: {"": 0} for name in DISCRETE}
    counts = Counter(w for s in sentences for w in s.words)
    stems = Counter[str]()
    for word, count in counts.items():
        norm, _, stem, values = word_values(word, lexicon)
        stems[stem] += count
        for char in norm[:CHARS]:
            chars.setdefault(char, len(chars))
        for name, value in zip(DISCRETE[:-1], values, strict=False):
            discrete[name].setdefault(value, len(discrete[name]))
    # Stems seen once stay unknown (id 0), so that id 0 is learned: what unseen words get.
    kept = (stem for stem, n in stems.items() if n >= 2 and stem)
    discrete["stem"] |= {stem: i for i, stem in enumerate(kept, 1)}
    tags = {"O": 0} | {f"{p}-{t}": 1 + i for i, (p, t) in enumerate(
        (p, t) for t in ("PERS", "LOC", "ORG", "MISC") for p in "BI")}
    return Vocabulary({w: i for i, w in enumerate(words)}, chars, discrete, tags)


def encode(
    sentences: Sequence[Sentence], extractor: FeatureExtractor, vocabulary: Vocabulary
) -> list[Encoded]:
    label_ids = {label: i for i, label in enumerate(LABELS)}
    cache: dict[str, WordCodes] = {}
    result: list[Encoded] = []
    for sentence in sentences:
        codes = [
            cache.get(w) or cache.setdefault(w, encode_word(w, extractor.lexicon, vocabulary))
            for w in sentence.words
        ]
        tags = gazetteer_tags(extractor, codes, [len(codes)])
        gazetteer = [vocabulary.gazetteer_tags.get(t, 0) for t in tags]
        result.append(Encoded(codes, gazetteer, [label_ids[t] for t in sentence.tags]))
    return result


def batch_arrays(items: Sequence[Encoded]) -> dict[str, Any]:
    """Padded (batch, tokens, ...) int64 arrays and the mask."""
    size, width = len(items), max(len(e.codes) for e in items)
    arrays = {
        "vector": np.zeros((size, width), np.int64),
        "stem_vector": np.zeros((size, width), np.int64),
        "chars": np.zeros((size, width, CHARS), np.int64),
        "discrete": np.zeros((size, width, len(DISCRETE)), np.int64),
        "gazetteer": np.zeros((size, width), np.int64),
        "labels": np.zeros((size, width), np.int64),
        "mask": np.zeros((size, width), bool),
    }
    for i, item in enumerate(items):
        n = len(item.codes)
        arrays["vector"][i, :n] = [c.vector for c in item.codes]
        arrays["stem_vector"][i, :n] = [c.stem_vector for c in item.codes]
        for j, code in enumerate(item.codes):
            arrays["chars"][i, j, : len(code.chars)] = code.chars
        arrays["discrete"][i, :n] = [c.discrete for c in item.codes]
        arrays["gazetteer"][i, :n] = item.gazetteer
        arrays["labels"][i, :n] = item.labels
        arrays["mask"][i, :n] = True
    return arrays


def make_net(vectors: Any, vocabulary: Vocabulary, options: NeuralOptions) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            o = options
            self.vectors = nn.Embedding.from_pretrained(  # type: ignore[no-untyped-call]
                torch.from_numpy(vectors), freeze=True
            )
            self.char_emb = nn.Embedding(len(vocabulary.chars), o.char_dims, padding_idx=0)
            self.char_conv = nn.Conv1d(o.char_dims, o.filters, 3, padding=1)
            self.discrete = nn.ModuleList(
                nn.Embedding(len(vocabulary.discrete[n]), o.embedding) for n in DISCRETE
            )
            self.gazetteer = nn.Embedding(len(vocabulary.gazetteer_tags), o.embedding)
            inputs = 2 * vectors.shape[1] + o.filters + o.embedding * (len(DISCRETE) + 1)
            self.inp = nn.Linear(inputs, o.hidden)
            self.convs = nn.ModuleList(
                nn.Conv1d(o.hidden, o.hidden, 3, padding=d, dilation=d) for d in o.dilations
            )
            self.gru = recurrent_layer(o.hidden, o.recurrent)
            self.out = nn.Linear(o.hidden + 2 * max(0, o.recurrent), len(LABELS))
            self.transitions = nn.Parameter(torch.zeros(len(LABELS), len(LABELS)))
            self.drop = nn.Dropout(o.dropout)

        def forward(self, b: dict[str, Any]) -> Any:
            mask = b["mask"].unsqueeze(-1).float()
            chars = b["chars"].flatten(0, 1)
            conv = self.char_conv(self.char_emb(chars).transpose(1, 2))  # (n, filters, chars)
            conv = conv.masked_fill((chars == 0).unsqueeze(1), -1e4).amax(dim=2)
            conv = conv.view(*b["chars"].shape[:2], -1) * mask
            parts = [self.vectors(b["vector"]), self.vectors(b["stem_vector"]), conv]
            parts += [emb(b["discrete"][..., n]) for n, emb in enumerate(self.discrete)]
            parts.append(self.gazetteer(b["gazetteer"]))
            hidden = torch.relu(self.inp(self.drop(torch.cat(parts, dim=-1)))) * mask
            hidden = hidden.transpose(1, 2)
            for conv_layer in self.convs:
                step = torch.relu(conv_layer(self.drop(hidden)))
                hidden = hidden + step * mask.transpose(1, 2)
            features = hidden.transpose(1, 2)
            if self.gru is not None:
                states = run_recurrent(self.gru, self.drop(features), b["mask"])
                features = torch.cat([features, states], dim=-1)
            return self.out(self.drop(features))

    return Net()


def crf_loss(emissions: Any, labels: Any, mask: Any, transitions: Any) -> Any:
    """Mean negative log-likelihood of the gold paths (a linear-chain CRF, no start/end)."""
    import torch

    maskf = mask.float()
    gold = emissions.gather(2, labels.unsqueeze(-1)).squeeze(-1).mul(maskf).sum(1)
    gold = gold + (transitions[labels[:, :-1], labels[:, 1:]] * maskf[:, 1:]).sum(1)
    alpha = emissions[:, 0]
    for t in range(1, emissions.shape[1]):
        step = torch.logsumexp(alpha.unsqueeze(2) + transitions, dim=1) + emissions[:, t]
        alpha = torch.where(mask[:, t : t + 1], step, alpha)
    return (torch.logsumexp(alpha, dim=1) - gold).mean()


def fit(
    net: Any, train: list[Encoded], validation: list[Encoded], options: NeuralOptions,
    log: Callable[[str], None],
) -> float:
    """Adam on the CRF loss for the fixed number of epochs (the rate decaying linearly over the
    last ones); logs F1 on the validation items, if any, after each epoch; returns the last."""
    import torch

    rng = np.random.default_rng(options.seed)
    order = sorted(range(len(train)), key=lambda i: len(train[i].codes))  # similar lengths
    batches = [order[i : i + options.batch] for i in range(0, len(order), options.batch)]
    optimizer = torch.optim.Adam(
        [p for p in net.parameters() if p.requires_grad], lr=options.rate
    )
    f1 = -1.0
    for epoch in range(options.epochs):
        for group in optimizer.param_groups:
            group["lr"] = options.rate * rate_factor(epoch, options)
        net.train()
        began, total = time.process_time(), 0.0
        for index in rng.permutation(len(batches)).tolist():
            batch = _tensors(batch_arrays([train[i] for i in batches[index]]))
            loss = crf_loss(net(batch), batch["labels"], batch["mask"], net.transitions)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            optimizer.step()
            total += loss.item()
        f1 = validation_f1(net, validation) if validation else -1.0
        score = f", validation F1 {f1:.4f}" if validation else ""
        log(f"epoch {epoch + 1}: loss {total / len(batches):.3f}{score} "
            f"({time.process_time() - began:.0f} CPU-s)")
    return f1


def rate_factor(epoch: int, options: NeuralOptions) -> float:
    """The learning rate's share in a (0-based) epoch: 1, then falling linearly towards 0 over
    the last `decay` share of the epochs (the last epochs' noise averages out)."""
    span = options.decay * options.epochs
    return min(1.0, (options.epochs - epoch) / span) if span > 0 else 1.0


def _tensors(arrays: dict[str, Any]) -> dict[str, Any]:
    import torch

    return {k: torch.from_numpy(v) for k, v in arrays.items()}


def predict(net: Any, items: Sequence[Encoded]) -> list[list[str]]:
    """Viterbi tags of each item with the torch model (eval mode)."""
    import torch

    net.eval()
    tags: list[list[str]] = []
    transitions = net.transitions.detach().numpy().astype(np.float64)
    with torch.no_grad():
        for first in range(0, len(items), 64):
            chunk = items[first : first + 64]
            emissions = net(_tensors(batch_arrays(chunk))).numpy()
            lengths = [len(e.codes) for e in chunk]
            flat = np.concatenate([emissions[i, :n] for i, n in enumerate(lengths)])
            tags += [[LABELS[t] for t in p] for p in viterbi_flat(flat, lengths, transitions)]
    return tags


def validation_f1(net: Any, items: Sequence[Encoded]) -> float:
    from siyaq.evaluate.ner import Counts

    counts = Counts()
    for item, predicted in zip(items, predict(net, items), strict=True):
        counts.add([LABELS[i] for i in item.labels], predicted)
    return counts.micro()["f1"]


def export(net: Any, vocabulary: Vocabulary, quantized: tuple[Any, Any],
           options: NeuralOptions) -> NeuralWeights:
    """The torch weights as the numpy arrays ner_neural reads."""
    state = {k: v.detach().numpy().astype(np.float32) for k, v in net.state_dict().items()}
    w_in = state["inp.weight"].T  # (inputs, hidden)
    dims, emb = quantized[0].shape[1], options.embedding
    cuts = np.cumsum([dims, dims, options.filters] + [emb] * (len(DISCRETE) + 1))
    pieces = np.split(w_in, cuts[:-1])
    arrays = {
        "proj_vector": pieces[0],
        "proj_stem": pieces[1],
        "proj_chars": pieces[2],
        "bias_in": state["inp.bias"],
        "char_emb": state["char_emb.weight"],
        "char_conv": _conv_matrix(state["char_conv.weight"]),
        "char_bias": state["char_conv.bias"],
        "table_gaz": state["gazetteer.weight"] @ pieces[-1],
        "out": state["out.weight"].T.copy(),
        "out_bias": state["out.bias"],
        "transitions": state["transitions"],
    }
    for n, name in enumerate(DISCRETE):
        arrays[f"table_{name}"] = state[f"discrete.{n}.weight"] @ pieces[3 + n]
    for n in range(len(options.dilations)):
        arrays[f"conv{n}"] = _conv_matrix(state[f"convs.{n}.weight"])
        arrays[f"conv{n}_bias"] = state[f"convs.{n}.bias"]
    arrays |= export_recurrent(state)
    return NeuralWeights(list(LABELS), vocabulary, quantized[0], quantized[1], arrays,
                         list(options.dilations))


def _conv_matrix(weight: Any) -> Any:
    """torch Conv1d weight (out, in, 3) -> (3 * in, out): rows for [t - d, t, t + d] inputs."""
    return np.ascontiguousarray(weight.transpose(2, 1, 0).reshape(-1, weight.shape[0]))


def train_neural(
    data_dir: Path, lexicon: Lexicon, word_vectors: Any, out: Path, options: NeuralOptions,
    seeds: Sequence[int] = SEEDS, log: Callable[[str], None] = print,
) -> NeuralWeights:
    """Train one network per seed on the training split of ANERcorp (options.part says which of
    it), merge them (their scores averaged) and write `out`."""
    import torch

    from siyaq.analyze.ner_neural_merge import merge
    from siyaq.analyze.ner_vectors import quantize, vector_table

    torch.set_num_threads(1)
    learn, held = inner_split(read_anercorp(data_dir / "anercorp" / "train.txt"), options.part)
    words, table = vector_table(word_vectors, [])
    ints, scales = quantize(np.vstack([np.zeros((1, table.shape[1]), np.float32), table]))
    vocabulary = build_vocabulary(["", *words], learn, lexicon)
    extractor = FeatureExtractor(lexicon)
    train, validation = encode(learn, extractor, vocabulary), encode(held, extractor, vocabulary)
    began = time.process_time()
    members: list[NeuralWeights] = []
    for seed in seeds:
        torch.manual_seed(seed)
        member = replace(options, seed=seed)
        net = make_net(ints.astype(np.float32) * scales, vocabulary, member)
        f1 = fit(net, train, validation, member, log)
        log(f"seed {seed}: validation F1 {f1:.4f}" if held else f"seed {seed} trained")
        members.append(export(net, vocabulary, (ints, scales), member))
    weights = merge(members)
    out.parent.mkdir(parents=True, exist_ok=True)
    weights.save(out)
    log(f"trained on {len(learn)} sentences ({options.part}), {len(seeds)} seed(s), in "
        f"{time.process_time() - began:.0f} CPU-s: {out} ({out.stat().st_size} bytes)")
    if held:
        check = NeuralTagger(NeuralWeights.load(out), extractor)
        log(f"validation F1 of the merged network (numpy): {numpy_f1(check, held):.4f}")
    return weights


def inner_split(sentences: Sequence[Sentence], part: str) -> tuple[list[Sentence], list[Sentence]]:
    """(sentences to learn from, validation sentences) of train.txt for a NeuralOptions.part."""
    training = split(sentences, "train")
    if part == "train":
        return training, []
    if part == "inner":
        cut = round(len(training) * (1 - VALIDATION))
        return training[:cut], training[cut:]
    raise ValueError(f"unknown part {part!r}: use train or inner")


def numpy_f1(tagger: NeuralTagger, sentences: Sequence[Sentence]) -> float:
    from siyaq.evaluate.ner import Counts

    counts = Counts()
    for sentence in sentences:
        counts.add(sentence.tags, tagger.tag_text(sentence.words, [len(sentence.words)])[0])
    return counts.micro()["f1"]
