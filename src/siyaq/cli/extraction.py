"""CLI commands of the text-dump cleaner (see siyaq.cli.main for the contract)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

import click

from siyaq.cli.options import json_option

if TYPE_CHECKING:
    from collections.abc import Callable

    from siyaq.extract.text import LineLabeler

COMMANDS: list[click.Command] = []


def _labeler(name: str, model: Path | None) -> LineLabeler:
    """The chosen labeler, built once for the whole run ("default": what extract_step uses)."""
    if name == "rules":
        from siyaq.extract.rules import RuleLabeler

        return RuleLabeler()
    if name == "learned":
        from siyaq.extract.cleaner import LearnedLabeler

        return LearnedLabeler(model)
    from siyaq.extract.text import default_labeler

    return default_labeler()


def _shared_root() -> Path:
    from siyaq.config import shared_data_dir

    root = shared_data_dir()
    if root is None:
        raise click.ClickException("shared data folder not found (set $SIYAQ_SHARED_DATA)")
    return root


@click.command("extraction")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--labeler", type=click.Choice(["default", "rules", "learned"]), default="default",
    help="Which line labeler to measure (default: the one extract_text_dump uses).",
)
@click.option("--model", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Cleaner model file for --labeler learned (default: the shipped one).")
@click.option("--flatten", is_flag=True,
              help="Instead of PATH: html-bench pages flattened to text, shingle F1 vs gold, "
                   "with baselines beside ours (held-out part).")
@click.option("--cross-validate", is_flag=True,
              help="With --flatten: every bench page, each cleaned by models trained without "
                   "its fold (trains the cleaner 5 times: about 9 CPU-minutes with the C kernels).")
@click.option("--validation", is_flag=True,
              help="With --flatten: the validation pages (the training part's pages "
                   "--bench-step 2 skips) instead of the held-out fifth.")
@click.option("--trees", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="With --flatten: line trees (cleaner-trees.npz, `siyaq train cleaner "
                   "--trees`) for a siyaq-candidate row; off by default.")
@click.option("--tree-use", type=click.Choice(["mixed", "mixed-replace", "alone", "stacked"]),
              default="mixed", show_default=True, help="How the candidate uses --trees.")
@json_option
def evaluate_extraction(
    path: Path | None, labeler: str, model: Path | None, flatten: bool, cross_validate: bool,
    validation: bool, trees: Path | None, tree_use: str, as_json: bool,
) -> None:
    """Title, date and body-line scores of text-dump cleaning on a gold JSONL file."""
    from siyaq.evaluate.extraction import evaluate_pages, read_gold
    from siyaq.extract.text import extract_text_dump
    from siyaq.model import Article, Page

    if cross_validate and not flatten:
        raise click.UsageError("--cross-validate goes with --flatten")
    if flatten:
        candidate = _candidate(model, trees, tree_use) if model or trees else None
        _evaluate_flatten(model, cross_validate, as_json, validation, candidate)
        return
    if path is None:
        raise click.UsageError("give a gold JSONL file, or --flatten")
    chosen = _labeler(labeler, model)

    def extract(page: Page) -> Article:
        return extract_text_dump(page, labeler=chosen)

    report = evaluate_pages(list(read_gold(path)), extract, str(path))
    report.notes.insert(0, f"labeler: {labeler}")
    report.emit(as_json)


def _candidate(model: Path | None, trees: Path | None, tree_use: str) -> LineLabeler:
    """The default labeler over a trained model pair (the block model beside ``model``) and
    optional line trees: the row a variant is judged by."""
    from siyaq.extract.blocks import BLOCK_MODEL_NAME
    from siyaq.extract.cleaner import HybridLabeler
    from siyaq.extract.trees import TreeScorer, named_tree_use

    blocks = model.with_name(BLOCK_MODEL_NAME) if model else None
    return HybridLabeler(
        model, block_model=blocks if blocks and blocks.exists() else None,
        trees=TreeScorer.load(trees) if trees else None, tree_use=named_tree_use(tree_use))


def _evaluate_flatten(
    model: Path | None, cross_validate: bool, as_json: bool, validation: bool = False,
    candidate: LineLabeler | None = None,
) -> None:
    from siyaq.evaluate.extraction import (
        baseline_systems,
        dump_system,
        dump_systems,
        flatten_report,
    )
    from siyaq.extract.rules import RuleLabeler

    if importlib.util.find_spec("resiliparse") is None:
        # The pages are flattened exactly as the issue defines it, by resiliparse: no fallback.
        raise click.ClickException(
            "--flatten needs resiliparse to flatten the pages: pip install resiliparse "
            "(or the 'train' extra)")
    if cross_validate:
        from siyaq.evaluate.extraction_folds import cross_validated_report

        def log(message: str) -> None:
            click.echo(message, err=True)

        cross_validated_report(_shared_root(), log=log).emit(as_json)
        return
    systems = baseline_systems()
    systems["siyaq-rules"] = dump_system(RuleLabeler())
    systems["siyaq-learned"] = dump_system(_labeler("learned", model))
    if model is None:
        # one extraction of each page for both rows
        systems["siyaq-default"], systems["siyaq-default+title"] = dump_systems(
            _labeler("default", None))
    if candidate is not None:
        systems["siyaq-candidate"] = dump_system(candidate)
    flatten_report(_shared_root(), systems, validation=validation).emit(as_json)


@click.command("cleaner")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the line model (default: the packaged "
                   "resources/cleaner.crfsuite); the block model goes beside it.")
@click.option("--synthetic", default=6000, show_default=True,
              help="Synthetic Arabic pages (SaudiNewsNet articles in generated furniture).")
@click.option("--bench-step", default=2, show_default=True,
              help="Use every n-th html-bench training page (they are long and English).")
@click.option("--iterations", default=200, show_default=True)
@click.option("--trees", type=click.Choice(["off", "mixed", "stacked"]), default="off",
              show_default=True,
              help="Also train line trees (needs lightgbm), written beside the line model as "
                   "cleaner-trees.npz; 'stacked': the line CRFs take their binned P as a "
                   "feature. Off by default: neither variant passed (docs/extraction.md).")
def train_cleaner_command(
    out: Path | None, synthetic: int, bench_step: int, iterations: int, trees: str
) -> None:
    """Rebuild the learned line cleaner from ../shared/data (never from the dev set)."""
    from siyaq.extract.blocks import BLOCK_MODEL_NAME
    from siyaq.extract.cleaner import default_model_path
    from siyaq.extract.training import build_training_set, train_block_model, train_cleaner

    root = _shared_root()
    pages = build_training_set(root, synthetic=synthetic, bench_step=bench_step)
    bench = [page for page in pages if not page.source.startswith("synthetic/")]
    click.echo(f"training on {len(pages)} pages ({len(bench)} bench)", err=True)
    target = out or default_model_path()
    stack = None
    if trees != "off":
        from siyaq.extract.tree_training import stack_inputs, train_trees
        from siyaq.extract.trees import TREES_NAME

        train_trees(pages).forest.save(target.with_name(TREES_NAME))
        click.echo(f"wrote {target.with_name(TREES_NAME)}")
        stack = stack_inputs(pages) if trees == "stacked" else None
    train_cleaner(pages, target, iterations=iterations,
                  stacked=stack.features if stack else None)
    click.echo(f"wrote {target}")
    blocks = target.with_name(BLOCK_MODEL_NAME)
    train_block_model(bench, pages[len(bench) :], blocks, iterations=iterations, stack=stack)
    click.echo(f"wrote {blocks}")


@click.command("extraction")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--labeler", type=click.Choice(["default", "rules", "learned"]), default="default")
@click.option("--synthetic", default=0, help="Time N synthetic full Arabic pages instead of PATH.")
@click.option("--repeat", default=5, show_default=True,
              help="Passes over the pages, each with a new labeler; the best is reported.")
@json_option
def bench_extraction(
    path: Path | None, labeler: str, synthetic: int, repeat: int, as_json: bool
) -> None:
    """Text-dump cleaning speed on one core: pages/s over gold excerpts or synthetic pages."""
    from siyaq.evaluate.extraction import bench_pages, page_for, read_gold
    from siyaq.extract.text import extract_text_dump
    from siyaq.model import Article, ContentType, Page

    if synthetic:
        from siyaq.extract.training import synthetic_training_pages

        texts = ["\n".join(line.text for line in p.lines)
                 for p in synthetic_training_pages(_shared_root(), synthetic, seed=7)]
        pages = [Page(content=t.encode(), origin="synthetic", content_type=ContentType.TEXT,
                      text=t) for t in texts]
        dataset = f"{synthetic} synthetic Arabic pages (SaudiNewsNet in generated furniture)"
    else:
        source = path or _shared_root() / "pages" / "dev.jsonl"
        pages = [page_for(gold) for gold in read_gold(source)]
        dataset = str(source)

    def make_extract() -> Callable[[Page], Article]:
        chosen = _labeler(labeler, None)
        return lambda page: extract_text_dump(page, labeler=chosen)

    report = bench_pages(pages, make_extract, dataset, rounds=repeat)
    report.notes.insert(0, f"labeler: {labeler}; {repeat} passes")
    report.emit(as_json)


EVALUATE: list[click.Command] = [evaluate_extraction]
TRAIN: list[click.Command] = [train_cleaner_command]
BENCH: list[click.Command] = [bench_extraction]
