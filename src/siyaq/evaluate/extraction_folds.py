"""The flattened-page benchmark cross-validated: every html-bench page scored by models that
never saw it (`siyaq evaluate extraction --flatten --cross-validate`).

The shipped cleaner is trained without fold 0 of each bench, so only that fifth can score it
(44 scrapinghub pages: one page moves the mean by 0.02). Training the same recipe FOLDS times,
each time without another fold, scores all 181 scrapinghub and 709 WCXB pages with the recipe,
not the one model: the number to compare with tools measured on the whole benchmark.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from siyaq.evaluate.extraction import (
    BODY_SCORING_NOTE,
    baseline_systems,
    dump_parts,
    score_outputs,
    title_first,
)
from siyaq.evaluate.report import Report
from siyaq.extract.text import LineLabeler


def cross_validated_report(
    root: Path, *, synthetic: int = 6000, bench_step: int = 2, iterations: int = 200,
    log: Callable[[str], None] = lambda message: None,
) -> Report:
    """Shingle P/R/F1 per bench over all its pages, each from the fold model that left it out,
    beside the simple line heuristic on the same pages."""
    from siyaq.extract.training import BENCHES, FOLDS, flatten, read_bench

    pages = {bench: list(read_bench(root, bench)) for bench in BENCHES}
    dumps = {bench: [flatten(p.html) for p in found] for bench, found in pages.items()}
    outputs: dict[str, list[tuple[str, str]]] = {
        bench: [("", "")] * len(found) for bench, found in pages.items()}
    report = Report(name="extraction-flatten-folds", dataset=f"{root / 'html-bench'} (flattened)")
    for fold in range(FOLDS):
        log(f"fold {fold}: training without it ...")
        with tempfile.TemporaryDirectory() as folder:
            labeler = _fold_labeler(root, fold, Path(folder), synthetic, bench_step, iterations)
            system = dump_parts(labeler)
            for bench, found in pages.items():
                chosen = [i for i, page in enumerate(found) if page.fold == fold]
                for i in chosen:
                    outputs[bench][i] = system(dumps[bench][i])
                scores = score_outputs([outputs[bench][i][1] for i in chosen],
                                       [found[i].body for i in chosen])
                report.metrics[f"{bench} fold {fold} f1"] = scores["f1"]
    heuristic = baseline_systems()["line-heuristic"]
    for bench, found in pages.items():
        golds = [p.body for p in found]
        report.counts[f"{bench}_pages"] = len(found)
        report.sections[f"{bench} / siyaq-default, {FOLDS} folds"] = score_outputs(
            [body for _, body in outputs[bench]], golds)
        report.sections[f"{bench} / siyaq-default+title, {FOLDS} folds"] = score_outputs(
            [title_first(title, body) for title, body in outputs[bench]], golds)
        report.sections[f"{bench} / line-heuristic"] = score_outputs(
            [heuristic(dump) for dump in dumps[bench]], golds)
    report.notes.append(
        f"each fold's pages cleaned by line and block CRFs trained without that fold "
        f"(`siyaq train cleaner` recipe: {synthetic} synthetic pages, every {bench_step}. "
        f"bench page, {iterations} iterations); fold 0 is the shipped models' held-out fifth")
    report.notes.append("precision/recall/f1: the benchmark's formula; page_mean_*: per page")
    report.notes.append(BODY_SCORING_NOTE)
    return report


def _fold_labeler(root: Path, fold: int, folder: Path, synthetic: int, bench_step: int,
                  iterations: int) -> LineLabeler:
    """The default labeler over line and block models trained without `fold`, in `folder`."""
    from siyaq.extract.blocks import BLOCK_MODEL_NAME
    from siyaq.extract.cleaner import HybridLabeler
    from siyaq.extract.training import build_training_set, train_block_model, train_cleaner

    pages = build_training_set(root, synthetic=synthetic, bench_step=bench_step,
                               held_out_fold=fold)
    bench = [page for page in pages if not page.source.startswith("synthetic/")]
    line_model = folder / "cleaner.crfsuite"
    block_model = line_model.with_name(BLOCK_MODEL_NAME)
    train_cleaner(pages, line_model, iterations=iterations)
    train_block_model(bench, pages[len(bench):], block_model, iterations=iterations)
    return HybridLabeler(line_model, block_model=block_model)
