"""Training the shipped CRF from the shared data: `siyaq train ner` calls train_model."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from siyaq.analyze.ner_data import Sentence, entity_phrases, read_anercorp, split
from siyaq.analyze.ner_decode import CompiledCRF
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon, gazetteer_entries
from siyaq.analyze.ner_text import normalize, strip_article

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
DEFAULT_MODEL = RESOURCES / "ner.crfsuite"


@dataclass(slots=True, frozen=True)
class TrainOptions:
    part: str = "train"  # which split of train.txt to learn from ("all" for a final model)
    c1: float = 0.2  # L1: drives most feature weights to zero, keeps the file small
    c2: float = 0.05
    max_iterations: int = 150
    clusters: Path | None = None  # a word -> bit-string file made by ner_clusters


def lexicon_path(model_path: Path) -> Path:
    """The lexicon shipped beside a model: ner.crfsuite -> ner_lexicon.json.gz."""
    return model_path.with_name(f"{model_path.stem}_lexicon.json.gz")


def weights_path(model_path: Path) -> Path:
    """The compiled weights shipped beside a model (what the tagger loads): ner_weights.npz."""
    return model_path.with_name(f"{model_path.stem}_weights.npz")


def build_lexicon(data_dir: Path, training: list[Sentence], clusters: Path | None) -> Lexicon:
    lexicon = Lexicon()
    for words, type_ in gazetteer_entries(data_dir / "anercorp" / "ANERGazet"):
        lexicon.add(words, type_)
    for name, _ in entity_phrases(training):
        lexicon.seen.update(strip_article(normalize(w)) for w in name)
    if clusters is not None:
        lexicon.clusters = read_clusters(clusters)
    return lexicon


def read_clusters(path: Path) -> dict[str, str]:
    """`word<TAB>bits` lines."""
    result: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, bits = line.partition("\t")
        if bits:
            result[word] = bits
    return result


def train_model(
    data_dir: Path,
    out: Path,
    options: TrainOptions,
    log: Callable[[str], None] = print,
) -> Path:
    """Train on ANERcorp (the chosen split), write the model and its lexicon; returns the model."""
    import pycrfsuite

    sentences = split(read_anercorp(data_dir / "anercorp" / "train.txt"), options.part)
    lexicon = build_lexicon(data_dir, sentences, options.clusters)
    extractor = FeatureExtractor(lexicon)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        trainer.append(extractor.sentence_features(sentence.words), sentence.tags)
    trainer.set_params(
        {
            "c1": options.c1,
            "c2": options.c2,
            "max_iterations": options.max_iterations,
            "feature.possible_transitions": True,
        }
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    log(f"training on {len(sentences)} sentences ({options.part}) ...")
    trainer.train(str(out))
    lexicon.save(lexicon_path(out))
    CompiledCRF.from_crfsuite(out).save(weights_path(out))
    log(f"trained in {time.perf_counter() - began:.0f}s: {out} ({out.stat().st_size} bytes)")
    return out
