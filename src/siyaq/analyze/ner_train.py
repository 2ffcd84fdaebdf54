"""Training the shipped CRF from the shared data: `siyaq train ner` calls train_model."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from siyaq.analyze.ner_data import Sentence, entity_phrases, read_anercorp, split
from siyaq.analyze.ner_decode import CompiledCRF
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon, gazetteer_entries
from siyaq.analyze.ner_text import normalize, strip_article, word_stem
from siyaq.analyze.ner_wojood import wojood_sentences

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
CRF_MODEL = RESOURCES / "ner.crfsuite"
DEFAULT_MODEL = CRF_MODEL  # (the CRF's, as before; the neural tagger's file is beside it)
NEURAL_MODEL = RESOURCES / "ner_neural.npz"
# `--extra` corpora: name -> folder in the shared data (read by ner_wojood).
EXTRA_CORPORA = {"wojood": "wojood_sample"}
TAGGERS = ("crf", "neural", "ensemble")  # ensemble: both models' scores added
# What EntityTagger.load() runs when given no model file: the best on the dev split
# (docs/entities.md has the numbers); the others stay one --tagger option away.
DEFAULT_TAGGER = "crf"


@dataclass(slots=True, frozen=True)
class TrainOptions:
    part: str = "train"  # which split of train.txt to learn from ("all" for a final model)
    # L1: drives most weights to zero (0.2 kept fewer and recalled less; 0.05 -> 0.02 chosen
    # on the inner validation slice, 2026-11-30, docs/entities.md)
    c1: float = 0.02
    c2: float = 0.01
    max_iterations: int = 150
    folds: int = 5  # for the seen-name feature of training words (jackknife)
    clusters: Path | None = None  # a word -> bit-string file made by ner_clusters
    extra: tuple[str, ...] = ()  # other labelled corpora to learn from too: EXTRA_CORPORA keys
    # Silver sentences (ner_silver): how many news sentences tagged by a teacher ensemble to
    # learn from too, which of them (ner_silver.RULES), and the teacher's CRF and network files
    # (None: the CRF this recipe trains on gold alone first, and the shipped network).
    silver: int = 0
    silver_rule: str = "agreed"
    teacher_crf: Path | None = None
    teacher_neural: Path | None = None


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
    lexicon.clusters = read_clusters(clusters) if clusters is not None else shipped_clusters()
    return lexicon


def shipped_clusters() -> dict[str, str]:
    """The word clusters inside the shipped lexicon: the ones `siyaq train ner-clusters` wrote
    (the same table), so retraining the tagger needs no 3-minute clusters step first."""
    path = lexicon_path(CRF_MODEL)
    return Lexicon.load(path).clusters if path.is_file() else {}


def seen_types(sentences: Iterable[Sentence]) -> dict[str, str]:
    """Word stem -> the types ("LOC|PERS") of the gold names it is part of."""
    types: dict[str, set[str]] = {}
    for words, type_ in entity_phrases(sentences):
        for word in words:
            stem = word_stem(word)
            if len(stem) >= 2:
                types.setdefault(stem, set()).add(type_)
    return {stem: "|".join(sorted(kinds)) for stem, kinds in types.items()}


def jackknife(
    lexicon: Lexicon, sentences: list[Sentence], folds: int
) -> Iterator[tuple[list[list[str]], Sentence]]:
    """Each sentence's features with the seen-name map built from the other folds only: at
    run time most names were not in training, and the model must learn how far to trust the
    map from words it did not come from (a map of their own names would be always right)."""
    for fold in range(folds):
        first, end = fold * len(sentences) // folds, (fold + 1) * len(sentences) // folds
        lexicon.seen_types = seen_types(sentences[:first] + sentences[end:])
        extractor = FeatureExtractor(lexicon)  # a new word cache for each map
        for sentence in sentences[first:end]:
            yield extractor.sentence_features(sentence.words), sentence


def extra_sentences(data_dir: Path, names: Iterable[str]) -> list[Sentence]:
    """The named extra corpora's sentences, in EXTRA_CORPORA's order; a corpus whose folder is
    absent gives none (the command still trains on ANERcorp alone)."""
    wanted = set(names)
    if unknown := wanted - set(EXTRA_CORPORA):
        raise ValueError(f"unknown extra corpus {sorted(unknown)}: use {sorted(EXTRA_CORPORA)}")
    return [s for name, folder in EXTRA_CORPORA.items() if name in wanted
            for s in wojood_sentences(data_dir / folder)]


def read_clusters(path: Path) -> dict[str, str]:
    """`word<TAB>bits` lines."""
    result: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, bits = line.partition("\t")
        if bits:
            result[word] = bits
    return result


def silver_sentences(
    data_dir: Path, options: TrainOptions, log: Callable[[str], None]
) -> list[Sentence]:
    """options.silver news sentences tagged by the teacher (ner_silver); without a teacher CRF
    file, the gold-only CRF of the same recipe is trained first (in a temporary folder)."""
    from siyaq.analyze.ner_silver import load_teacher, news_articles, silver

    if not options.silver:
        return []
    if not (data_dir / "saudinewsnet" / "dataset").is_dir():
        log("no saudinewsnet in the shared data: training without silver sentences")
        return []
    with tempfile.TemporaryDirectory() as folder:
        teacher_crf = options.teacher_crf
        if teacher_crf is None:
            teacher_crf = Path(folder) / "ner.crfsuite"
            log("the teacher's CRF: this recipe on gold alone")
            train_model(data_dir, teacher_crf, replace(options, silver=0), log)
        teacher = load_teacher(teacher_crf, options.teacher_neural or NEURAL_MODEL)
    began = time.process_time()
    found = list(silver(news_articles(data_dir), teacher, options.silver, options.silver_rule))
    log(f"{len(found)} silver sentences ({options.silver_rule}) in "
        f"{time.process_time() - began:.0f} CPU-s")
    return found


def train_model(
    data_dir: Path,
    out: Path,
    options: TrainOptions,
    log: Callable[[str], None] = print,
    given_silver: Sequence[Sentence] | None = None,
) -> Path:
    """Train on ANERcorp (the chosen split), write the model and its lexicon; returns the model.
    `given_silver`: silver sentences to learn from instead of making options.silver of them."""
    import pycrfsuite

    sentences = split(read_anercorp(data_dir / "anercorp" / "train.txt"), options.part)
    silver = (list(given_silver) if given_silver is not None
              else silver_sentences(data_dir, options, log))
    lexicon = build_lexicon(data_dir, sentences, options.clusters)
    trainer = pycrfsuite.Trainer(verbose=False)
    for features, sentence in jackknife(lexicon, sentences, options.folds):
        trainer.append(features, sentence.tags)
    lexicon.seen_types = seen_types(sentences)  # what the tagger reads: all training names
    extra = extra_sentences(data_dir, options.extra) + silver
    # Seen as new text is: with the map of all of ANERcorp's training names (not their own).
    extractor = FeatureExtractor(lexicon)
    for sentence in extra:
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
    log(f"training on {len(sentences)} sentences ({options.part}) + {len(extra)} extra "
        f"({len(silver)} silver) ...")
    trainer.train(str(out))
    lexicon.trained_on = options.part  # so `siyaq evaluate ner` can tell held-out sentences
    lexicon.save(lexicon_path(out))
    CompiledCRF.from_crfsuite(out).save(weights_path(out))
    log(f"trained in {time.perf_counter() - began:.0f}s: {out} ({out.stat().st_size} bytes)")
    return out
