"""Word clusters from unlabeled news text, used as CRF features for names never seen in training.

Each frequent word gets a vector of its neighbours (positive PMI of the words just left and
right of it), reduced by a truncated SVD; k-means at five granularities gives each word five
cluster ids ("12/155/877/3/2210"). Words used like names (after الرئيس, before قال) end up together,
which is what lets the tagger generalise beyond ANERcorp's vocabulary. Training time only.
"""

from __future__ import annotations

import re
import tarfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from siyaq.analyze.ner_text import normalize
from siyaq.sources.corpora import saudinewsnet_items

_WORD = re.compile(r"[^\W\d_]+")
_ANT_FIELDS = re.compile(r"<(?:TITLE|TEXT)>(.*?)</(?:TITLE|TEXT)>", re.S)
VOCABULARY = 50_000
CONTEXTS = 3_000
DIMENSIONS = 100
# The features read the first two as c= and cc=; 16 and 4096 came later (coarse classes for
# rare words, fine ones for frequent names), so they go last and the first three stay as built.
GRANULARITIES = (64, 256, 1024, 16, 4096)


def news_texts(data_dir: Path) -> Iterator[str]:
    """Titles and bodies of SaudiNewsNet (zipped JSON arrays) and ANT (tar.xz of TREC XML)."""
    for _, item in saudinewsnet_items(data_dir / "saudinewsnet" / "dataset"):
        yield f"{item.get('title') or ''}\n{item.get('content') or ''}"
    # ANT a file at a time, not a document (sources.corpora.ant_documents): the shipped clusters
    # were trained on these texts, and `siyaq train ner-clusters` must rebuild them byte for byte.
    for archive in sorted((data_dir / "ant").glob("*.tar.xz")):
        with tarfile.open(archive, "r:xz") as tar:
            for member in tar:
                stream = tar.extractfile(member) if member.isfile() else None
                if stream is not None:
                    yield "\n".join(_ANT_FIELDS.findall(stream.read().decode("utf-8", "replace")))


def word_streams(texts: Iterable[str]) -> Iterator[list[str]]:
    """Normalized words of each text (punctuation and digits dropped: they carry no name sense)."""
    for text in texts:
        yield [normalize(w) for w in _WORD.findall(text)]


def build_clusters(texts: Iterable[str], log: Any = print) -> dict[str, str]:
    """word -> "c64/c256/c1024/c16/c4096" for the VOCABULARY most frequent words."""
    documents, vocabulary = _ids(word_streams(texts))
    log(f"{sum(len(d) for d in documents)} tokens, {len(vocabulary)} words kept")
    vectors = _vectors(documents, len(vocabulary))
    labels = [_kmeans(vectors, k, log) for k in GRANULARITIES]
    return {
        word: "/".join(str(int(label[i])) for label in labels)
        for i, word in enumerate(vocabulary)
    }


def _ids(streams: Iterable[list[str]]) -> tuple[list[Any], list[str]]:
    """Each text as an array of word ranks by frequency (-1 beyond VOCABULARY), and the words."""
    import numpy as np

    index: dict[str, int] = {}
    raw = [
        np.fromiter((index.setdefault(w, len(index)) for w in words), dtype=np.int64)
        for words in streams
    ]
    counts = np.bincount(np.concatenate(raw), minlength=len(index))
    order = np.argsort(-counts, kind="stable")[:VOCABULARY]
    rank = np.full(len(index), -1, dtype=np.int64)
    rank[order] = np.arange(len(order))
    words = list(index)
    return [rank[ids] for ids in raw], [words[i] for i in order]


def _vectors(documents: list[Any], size: int) -> Any:
    """Rows: words; columns: left and right neighbours among the CONTEXTS most frequent; PPMI,
    then SVD to DIMENSIONS, rows scaled to unit length."""
    import numpy as np
    from scipy.sparse import coo_matrix  # type: ignore[import-untyped, unused-ignore]
    from scipy.sparse.linalg import svds  # type: ignore[import-untyped, unused-ignore]

    rows, cols = [], []
    for ids in documents:
        for shift, side in ((1, 0), (-1, CONTEXTS)):  # right neighbour, then left neighbour
            word, context = (ids[:-1], ids[1:]) if shift == 1 else (ids[1:], ids[:-1])
            keep = (word >= 0) & (context >= 0) & (context < CONTEXTS)
            rows.append(word[keep])
            cols.append(context[keep] + side)
    r, c = np.concatenate(rows), np.concatenate(cols)
    counts = coo_matrix((np.ones(len(r), dtype=np.float64), (r, c)), shape=(size, 2 * CONTEXTS))
    matrix = counts.tocsr()
    matrix.sum_duplicates()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(axis=1)).ravel() + 1e-9
    col_sums = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al.)
    col_sums *= total / col_sums.sum()
    coo = matrix.tocoo()
    pmi = np.log(coo.data * total / (row_sums[coo.row] * col_sums[coo.col]))
    ppmi = coo_matrix((np.maximum(pmi, 0), (coo.row, coo.col)), shape=matrix.shape).tocsr()
    u, s, _ = svds(ppmi, k=DIMENSIONS, random_state=7)  # seeded: reruns give the same clusters
    vectors = u * np.sqrt(s)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    return vectors / norms


def _kmeans(vectors: Any, k: int, log: Any, iterations: int = 15) -> Any:
    """Spherical k-means with matrix products (rows are unit length, so the nearest centre is
    the one with the largest dot product): seconds where scipy's kmeans2 takes many minutes."""
    import numpy as np

    rng = np.random.default_rng(7)
    centres = vectors[rng.choice(len(vectors), size=k, replace=False)]
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        labels = (vectors @ centres.T).argmax(axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        empty = np.linalg.norm(sums, axis=1) < 1e-9
        sums[empty] = vectors[rng.choice(len(vectors), size=int(empty.sum()), replace=False)]
        centres = sums / np.linalg.norm(sums, axis=1, keepdims=True)
    log(f"k-means k={k} done")
    return labels


def write_clusters(clusters: dict[str, str], path: Path) -> None:
    path.write_text("".join(f"{w}\t{c}\n" for w, c in clusters.items()), encoding="utf-8")
