"""entities, entity, train ner, evaluate ner: the named-entity commands."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from siyaq.cli.options import (
    db_option,
    json_option,
    limit_option,
    statement_text,
    tagger_option,
)
from siyaq.config import Settings, shared_data_dir
from siyaq.views_archive import (
    ENTITY_TYPE_NAMES,
    entities_view,
    entity_view,
    not_found_message,
    quiet_months,
)

TYPE_NAMES = ENTITY_TYPE_NAMES


@click.command("entities")
@click.option("--type", "type_", type=click.Choice(sorted(TYPE_NAMES), case_sensitive=False))
@limit_option(30, "How many entities to list.", name="--top")
@db_option
@json_option
def entities_command(type_: str | None, top: int, db: str | None, as_json: bool) -> None:
    """The most mentioned people, places, organisations (by number of articles)."""
    from siyaq.store import open_store

    store = open_store(Settings.resolve(db).db_path)
    try:
        data = entities_view(store, TYPE_NAMES[type_.upper()] if type_ else None, top)
    finally:
        store.close()
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for entity in data["entities"]:
        variants = "، ".join(entity["also_written"])
        click.echo(f"{entity['article_count']:>6}  {entity['type']:<5} {entity['name']}"
                   + (f"  ({variants})" if variants else ""))


@click.command("entity")
@click.argument("name")
@db_option
@json_option
def entity_command(name: str, db: str | None, as_json: bool) -> None:
    """One entity by any of its spellings: variants, articles, first/last seen, quotes."""
    from siyaq.store import open_store

    store = open_store(Settings.resolve(db).db_path)
    try:
        data = entity_view(store, name)
        missing = not_found_message(store, name) if data is None else None
    finally:
        store.close()
    if data is None:
        raise click.ClickException(str(missing))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    count = data["article_count"]
    click.echo(f"{data['name']}  [{data['type']}]  in {count} article{'s' * (count != 1)}")
    click.echo(f"variants:   {'، '.join(data['variants'])}")
    click.echo(f"first seen: {data['first_seen']}   last seen: {data['last_seen']}")
    if data["see_also"]:
        click.echo("see also:   " + "، ".join(
            f"{item['name']} ({item['article_count']} articles)" for item in data["see_also"])
            + "  (maybe the same, not joined: the same first and last name, or other vowels)")
    if data["named_with"]:
        click.echo("named with: " + "، ".join(
            f"{item['name']} ({item['shared_articles']})" for item in data["named_with"]))
    if data["months"]:
        click.echo("articles by month:")
        widest = max(item["articles"] for item in data["months"])
        for item in quiet_months(data["months"])[-MONTHS_SHOWN:]:
            if "silent" in item:
                click.echo(f"  {item['first']} – {item['last']}  ({item['silent']} months: none)")
                continue
            count = item["articles"]
            bar = "█" * max(1, round(BAR_WIDTH * count / widest)) if count else ""
            click.echo(f"  {item['month']}  {count:>6}  {bar}".rstrip())
    if data["articles"]:
        click.echo(f"newest articles ({len(data['articles'])} of {data['article_count']}):")
    for article in data["articles"]:
        click.echo(f"  {article['published_at'] or '-':<19}  {article['source'] or '-'}  "
                   f"{article['title'] or '(no title)'}  [{article['id']}]")
    if data["quotes"]:
        click.echo("quotes (`siyaq quotes --speaker NAME` for all):")
    for quote in data["quotes"]:
        click.echo(f"  [{quote['article_id']}] {statement_text(quote)}")


MONTHS_SHOWN = 24  # rows, the newest; the JSON has every month
BAR_WIDTH = 30


def _data_dir() -> Path:
    found = shared_data_dir()
    if found is None:
        raise click.ClickException("../shared/data not found (set $SIYAQ_SHARED_DATA)")
    return found


@click.command("ner")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Model file to write (default: the one shipped in the package).")
@click.option("--part", type=click.Choice(["train", "all", "inner"]), default="train",
              show_default=True,
              help="train = first 85% of train.txt (keeps the dev split honest); all = 100%; "
                   "inner = train without its last tenth (evaluate with --split validation).")
@click.option("--clusters", type=click.Path(path_type=Path, exists=True), default=None,
              help="word<TAB>cluster file to use as features (from `siyaq train ner-clusters`; "
                   "default: the clusters inside the shipped lexicon, the same table).")
@click.option("--iterations", default=150, show_default=True)
@click.option("--c1", type=float, default=None, help="L1 penalty (default: the shipped model's).")
@click.option("--c2", type=float, default=None, help="L2 penalty (default: the shipped model's).")
@click.option("--extra", multiple=True, type=click.Choice(["wojood"]),
              help="Also learn from this labelled corpus of the shared data, mapped to ANERcorp's "
                   "types (skipped when its folder is absent).")
@click.option("--silver", type=click.IntRange(min=0), default=0, show_default=True,
              help="Also learn from this many SaudiNewsNet sentences tagged by a teacher ensemble "
                   "(skipped when the corpus is absent; docs/entities.md).")
@click.option("--silver-rule", type=click.Choice(["agreed", "named"]), default="agreed",
              show_default=True,
              help="agreed: sentences with a name where the CRF alone, the network alone and "
                   "the ensemble give the same spans; named: any sentence with a name.")
@click.option("--teacher-crf", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=None, help="The teacher's CRF (default: this recipe on gold alone, "
                                 "trained first in a temporary folder).")
@click.option("--teacher-neural", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=None, help="The teacher's network (default: the shipped one).")
def train_ner(
    out: Path | None, part: str, clusters: Path | None, iterations: int, c1: float | None,
    c2: float | None, extra: tuple[str, ...], silver: int, silver_rule: str,
    teacher_crf: Path | None, teacher_neural: Path | None,
) -> None:
    """Train the entity tagger on ../shared/data/anercorp and write the model and its lexicon."""
    from siyaq.analyze.ner_train import CRF_MODEL, TrainOptions, train_model

    options = TrainOptions(part=part, clusters=clusters, max_iterations=iterations, extra=extra,
                           silver=silver, silver_rule=silver_rule, teacher_crf=teacher_crf,
                           teacher_neural=teacher_neural)
    options = replace(options, c1=options.c1 if c1 is None else c1,
                      c2=options.c2 if c2 is None else c2)
    train_model(_data_dir(), out or CRF_MODEL, options, log=click.echo)


@click.command("ner-neural")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Weights file to write (default: ner_neural.npz shipped in the package).")
@click.option("--vectors", type=click.Path(path_type=Path),
              default=Path("build/ner_word2vec.model"), show_default=True,
              help="word2vec model of the news text; trained and saved there when absent. A "
                   "network's .npz file instead: its word vectors (the shipped one's: "
                   "src/siyaq/resources/ner_neural.npz), no word2vec step.")
@click.option("--epochs", type=int, default=None, help="Default: the shipped model's.")
@click.option("--seeds", default=None,
              help="Comma-separated seeds: one network each, merged (their scores averaged); "
                   "default: the shipped model's.")
@click.option("--part", type=click.Choice(["train", "inner"]), default="train", show_default=True,
              help="train = first 85% of train.txt; inner = without its last tenth, which then "
                   "reports F1 after each epoch (to choose the recipe on).")
@click.option("--layer", type=click.Choice(["conv", "gru"]), default="conv", show_default=True,
              help="conv: the shipped network (dilated convolutions); gru: a bidirectional GRU "
                   "after the convolutions (measured, not shipped: docs/entities.md).")
def train_ner_neural(
    out: Path | None, vectors: Path, epochs: int | None, seeds: str | None, part: str,
    layer: str,
) -> None:
    """Train the neural entity tagger (needs the [train] extra: torch, gensim)."""
    from siyaq.analyze.ner_lexicon import Lexicon
    from siyaq.analyze.ner_neural_gru import RECURRENT_UNITS
    from siyaq.analyze.ner_neural_train import SEEDS, NeuralOptions, TableVectors, train_neural
    from siyaq.analyze.ner_train import CRF_MODEL, NEURAL_MODEL, lexicon_path
    from siyaq.analyze.ner_vectors import news_vectors

    data = _data_dir()
    if vectors.suffix == ".npz":
        word_vectors: Any = TableVectors.of(vectors)
    else:
        word_vectors = news_vectors(data, vectors, click.echo)
    lexicon = Lexicon.load(lexicon_path(CRF_MODEL))
    options = NeuralOptions(part=part, recurrent=RECURRENT_UNITS if layer == "gru" else 0)
    options = replace(options, epochs=epochs or options.epochs)
    numbers = [int(seed) for seed in seeds.split(",")] if seeds else list(SEEDS)
    train_neural(data, lexicon, word_vectors, out or NEURAL_MODEL, options, numbers, click.echo)


@click.command("ner-clusters")
@click.option("--out", type=click.Path(path_type=Path), default=Path("build/ner_clusters.tsv"),
              show_default=True)
def train_ner_clusters(out: Path) -> None:
    """Word clusters from SaudiNewsNet + ANT text, for `siyaq train ner --clusters` (slow)."""
    from siyaq.analyze.ner_clusters import build_clusters, news_texts, write_clusters

    clusters = build_clusters(news_texts(_data_dir()), log=click.echo)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_clusters(clusters, out)
    click.echo(f"{len(clusters)} words -> {out}")


@click.command("ner")
@click.argument("file", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@click.option("--split", "part",
              type=click.Choice(["auto", "dev", "train", "all", "inner", "validation"]),
              default="auto", show_default=True,
              help="auto: the held-out last 15% when FILE is the training file, else all of it; "
                   "validation: the last tenth of train (to choose recipes on).")
@click.option("--model", type=click.Path(path_type=Path, exists=True), default=None,
              help="A model file (.crfsuite: CRF, .npz: neural) instead of the shipped tagger.")
@click.option("--neural", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=None,
              help="With --tagger ensemble: this network (.npz) beside the CRF (--model or the "
                   "shipped one) instead of the shipped network.")
@click.option("--article-size", type=click.IntRange(min=0), default=0, show_default=True,
              help="Tag every N consecutive sentences as one article, as ingest does (full names, "
                   "repeats of a name); 0: each sentence alone, the tagger only.")
@click.option("--document-vote", type=click.FloatRange(min=0), default=None,
              help="Decode each text twice, the second time with the types the first pass gave "
                   "the same stems elsewhere in it, at this weight (crf, ensemble; default: the "
                   "tagger's, off).")
@tagger_option
@json_option
def evaluate_ner(file: Path, part: str, model: Path | None, neural: Path | None,
                 article_size: int, document_vote: float | None, tagger: str,
                 as_json: bool) -> None:
    """Exact-span P/R/F1 per type and micro on an ANERcorp-format file (`token TAG` lines)."""
    from siyaq.analyze.entities import EntityTagger
    from siyaq.evaluate.ner import evaluate_file, seen_in_training

    if part == "auto":
        part = "dev" if file.name == "train.txt" else "all"
    if neural is not None and tagger != "ensemble":
        raise click.UsageError("--neural goes with --tagger ensemble")
    loaded = EntityTagger.load(model, tagger, neural)
    name = str(model or f"shipped {tagger}")
    if tagger == "ensemble":
        name = f"ensemble of {model or 'the shipped CRF'} and {neural or 'the shipped network'}"
    if document_vote is not None:
        if not hasattr(loaded.decoder, "document_vote"):
            raise click.UsageError("--document-vote goes with a CRF or the ensemble")
        loaded.decoder.document_vote = document_vote
        name += f", document vote {document_vote}"
    report = evaluate_file(file, part, loaded.tag_words, name, loaded.annotate, article_size)
    trained_on = loaded.lexicon.trained_on
    if file.name == "train.txt" and seen_in_training(trained_on, part):
        note = (f"NOT HELD OUT: this model learned from the {trained_on!r} part of train.txt, "
                f"which holds these {part!r} sentences; for development numbers train one with "
                "`siyaq train ner --part train --out DIR/ner.crfsuite` and pass --model")
        report.notes.append(note)
        click.echo(f"warning: {note}", err=True)
    report.emit(as_json)


@click.command("ner")
@click.option("--limit", default=2000, show_default=True, help="How many articles to tag.")
@click.option("--neural", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              default=None,
              help="With --tagger neural or ensemble: this network (.npz), not the shipped one.")
@tagger_option
@json_option
def bench_ner(limit: int, neural: Path | None, tagger: str, as_json: bool) -> None:
    """Articles/s of the entity tagger alone on SaudiNewsNet articles (one core)."""
    from siyaq.analyze.bench import load_articles
    from siyaq.analyze.entities import EntityTagger
    from siyaq.evaluate.ner import bench_annotate

    folder = _data_dir() / "saudinewsnet" / "dataset"
    articles = load_articles(folder, limit)
    if neural is not None and tagger == "crf":
        raise click.UsageError("--neural goes with --tagger neural or ensemble")
    annotate = EntityTagger.load(None, tagger, neural).annotate
    name = f"{tagger}{f', {neural}' if neural else ''}"
    bench_annotate(articles, annotate, f"{folder} (first {len(articles)}, {name})").emit(as_json)


COMMANDS: list[click.Command] = [entities_command, entity_command]
EVALUATE: list[click.Command] = [evaluate_ner]
TRAIN: list[click.Command] = [train_ner, train_ner_neural, train_ner_clusters]
BENCH: list[click.Command] = [bench_ner]
