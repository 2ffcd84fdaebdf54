"""Word vectors for the neural tagger, from unlabeled news text (training time only).

Skip-gram word2vec vectors (gensim) over the normalized tokens of SaudiNewsNet + ANT, so that
names never seen in ANERcorp still sit near the names they are used like. Only the most
frequent words are kept, as int8 rows with one scale each, so the shipped table stays small and
runs without gensim; the tagger's character CNN covers the rest. (fastText's subword vectors
were the first choice: on this corpus they took about 8 CPU-minutes per epoch, too slow.)
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from siyaq.analyze.ner_clusters import news_texts
from siyaq.analyze.ner_text import normalize, token_columns

DIMENSIONS = 100
KEEP = 80_000  # most frequent news words kept in the shipped table


@dataclass(slots=True, frozen=True)
class VectorOptions:
    dimensions: int = DIMENSIONS
    epochs: int = 1
    min_count: int = 5
    window: int = 5
    seed: int = 7


def write_corpus(texts: Iterable[str], path: Path) -> int:
    """One text per line of normalized tokens (the tagger's tokenization); returns tokens."""
    total = 0
    with path.open("w", encoding="utf-8") as out:
        for text in texts:
            words = [normalize(w) for w in token_columns(text).words]
            if words:
                out.write(" ".join(words) + "\n")
                total += len(words)
    return total


def train_vectors(corpus: Path, options: VectorOptions, log: Callable[[str], None]) -> Any:
    """A gensim Word2Vec model (one worker: the same corpus and seed give the same vectors)."""
    from gensim.models import Word2Vec  # type: ignore[import-untyped, import-not-found, unused-ignore]

    log(f"word2vec on {corpus} ...")
    return Word2Vec(
        corpus_file=str(corpus),
        vector_size=options.dimensions,
        window=options.window,
        min_count=options.min_count,
        sg=1,
        negative=5,
        sample=1e-4,  # frequent words skipped more often: faster, and better rare-word vectors
        epochs=options.epochs,
        workers=1,
        seed=options.seed,
    )


def vector_table(model: Any, extra: Iterable[str]) -> tuple[list[str], Any]:
    """(words, float32 vectors): the KEEP most frequent words, then the `extra` words the model
    knows that are not among them."""
    words = list(model.wv.index_to_key[:KEEP])
    known = set(words)
    words += [w for w in dict.fromkeys(extra) if w not in known and w in model.wv.key_to_index]
    vectors = np.stack([model.wv[w] for w in words]).astype(np.float32)
    return words, vectors


def quantize(vectors: Any) -> tuple[Any, Any]:
    """int8 rows and their float32 scales (row = int8 * scale)."""
    scale = np.abs(vectors).max(axis=1, keepdims=True) / 127.0 + 1e-12
    return np.round(vectors / scale).astype(np.int8), scale.astype(np.float32)


def news_vectors(data_dir: Path, saved: Path, log: Callable[[str], None]) -> Any:
    """The word2vec model saved at `saved`, trained (and saved there) first when absent."""
    from gensim.models import Word2Vec  # type: ignore[import-untyped, import-not-found, unused-ignore]

    if saved.is_file():
        return Word2Vec.load(str(saved))
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus.txt"
        log(f"{write_corpus(news_texts(data_dir), corpus)} tokens of news text")
        model = train_vectors(corpus, VectorOptions(), log)
    saved.parent.mkdir(parents=True, exist_ok=True)
    model.save(str(saved))
    return model
