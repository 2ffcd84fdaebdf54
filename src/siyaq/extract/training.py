"""Training data for the cleaner, and the training run itself (`siyaq train cleaner`).

Two sources, neither of them the dev set:
- ``html-bench`` pages flattened to text with resiliparse ``extract_plain_text(main_content=False)``
  (a training-time dependency), each line labeled by matching it against the page's gold body,
  title, author and date; a fixed fifth of the pages is held out for evaluation.
- SaudiNewsNet articles wrapped in synthetic Arabic furniture (siyaq.extract.synthetic).
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from siyaq.extract.blocks import block_features, block_gold, find_blocks
from siyaq.extract.cleaner import BODY, LONG_PAGE, LearnedLabeler, coarse, title_line
from siyaq.extract.features import page_features
from siyaq.extract.lines import DumpLine, LineLabel, split_lines
from siyaq.extract.rules import RuleLabeler
from siyaq.extract.stamps import is_stamp_line, parse_published
from siyaq.extract.synthetic import PageMaker, SourceArticle, paragraphs_of
from siyaq.extract.trees import TreeScorer, TreeUse
from siyaq.sources.corpora import saudinewsnet_items

BENCHES = ("scrapinghub", "wcxb-dev-articles")
FOLDS = 5  # parts of each bench; the shipped models never see fold 0 (`held_out`)


@dataclass(slots=True)
class BenchPage:
    """One html-bench page with its gold fields."""

    id: str
    html: str
    body: str
    title: str | None = None
    author: str | None = None
    date: str | None = None  # ISO date

    @property
    def fold(self) -> int:
        """Which of FOLDS fixed parts of its bench the page is in, by id."""
        return int(hashlib.sha1(self.id.encode()).hexdigest()[:8], 16) % FOLDS

    @property
    def held_out(self) -> bool:
        """Fold 0, a fixed fifth of every bench: never trained on, used by --flatten."""
        return self.fold == 0


@dataclass(slots=True)
class LabeledPage:
    lines: list[DumpLine]
    labels: list[LineLabel]
    source: str


_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\xa0": " "})
_BULLET = re.compile(r"^[\s•*·▪►\-–]+")


def gold_norm(text: str) -> str:
    """Normalisation for matching flattened lines to gold text (quotes, width, case, spaces)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    return " ".join(text.split())


def read_bench(root: Path, name: str) -> Iterator[BenchPage]:
    folder = root / "html-bench" / name
    if name == "scrapinghub":
        gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        for key, row in sorted(gold.items()):
            path = folder / "html" / f"{key}.html.gz"
            if path.exists():
                yield BenchPage(id=f"{name}/{key}", html=_read_html(path), body=row["articleBody"])
        return
    for path in sorted((folder / "ground-truth").glob("*.json")):
        row = json.loads(path.read_text(encoding="utf-8"))
        truth = row["ground_truth"]
        truth = ast.literal_eval(truth) if isinstance(truth, str) else truth
        html_path = folder / "html" / f"{path.stem}.html.gz"
        if html_path.exists() and truth.get("main_content"):
            yield BenchPage(
                id=f"{name}/{path.stem}", html=_read_html(html_path), body=truth["main_content"],
                title=truth.get("title"), author=truth.get("author"),
                date=str(truth["publish_date"]) if truth.get("publish_date") else None,
            )


def _read_html(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8", "replace")


def flatten(html: str) -> str:
    """The page as a text dump, the way a crawler's WET record or a browser copy would have it."""
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html, main_content=False))


def _h1(html: str) -> str | None:
    match = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S | re.I)
    return gold_norm(re.sub(r"<[^>]+>", " ", match.group(1))) if match else None


def label_bench(page: BenchPage, lines: list[DumpLine]) -> list[LineLabel]:
    """Gold labels for a flattened page's lines: body where the gold body holds the line."""
    body = gold_norm(page.body)
    body_lines = {gold_norm(b) for b in page.body.split("\n") if b.strip()}
    title = gold_norm(page.title) if page.title else _h1(page.html)
    author = gold_norm(page.author) if page.author else None
    labels: list[LineLabel] = []
    for line in lines:
        text = gold_norm(_BULLET.sub("", line.text))
        if title and text == title and LineLabel.BODY not in labels:
            labels.append(LineLabel.TITLE)
        elif text and (text in body_lines or (line.words >= 5 and text in body)):
            labels.append(LineLabel.BODY)
        elif page.date and line.words <= 12 and _same_date(line.text, page.date):
            labels.append(LineLabel.STAMP)
        elif author and author in text and line.words <= 8:
            labels.append(LineLabel.BYLINE)
        else:
            labels.append(LineLabel.OTHER)
    return labels


def _same_date(text: str, iso: str) -> bool:
    if not is_stamp_line(text):
        return False
    parsed = parse_published(text)
    return parsed is not None and parsed[0].date().isoformat() == iso[:10]


def bench_training_pages(root: Path, *, held_out: bool = False) -> Iterator[LabeledPage]:
    for name in BENCHES:
        for page in read_bench(root, name):
            if page.held_out is not held_out:
                continue
            lines = split_lines(flatten(page.html))
            if lines:
                yield LabeledPage(lines, label_bench(page, lines), page.id)


def validation_pages(root: Path) -> list[BenchPage]:
    """The bench pages outside the held-out fold that ``build_training_set`` skips at
    ``bench_step`` 2 (every second one from the second, scrapinghub then wcxb): never trained
    on, and where the cleaner's thresholds and variants are chosen (docs/extraction.md)."""
    bench = [page for name in BENCHES for page in read_bench(root, name) if not page.held_out]
    return bench[1::2]


def saudinewsnet_articles(root: Path, limit: int, rng: random.Random) -> list[SourceArticle]:
    articles: list[SourceArticle] = []
    for _, row in saudinewsnet_items(root / "saudinewsnet" / "dataset"):
        if row.get("title") and len(str(row.get("content", "")).split()) >= 30:
            articles.append(SourceArticle(
                title=" ".join(str(row["title"]).split()),
                author=" ".join(str(row.get("author") or "").split()),
                paragraphs=paragraphs_of(str(row["content"]), rng),
            ))
    rng.shuffle(articles)
    return articles[:limit]


def synthetic_training_pages(
    root: Path, count: int, seed: int = 13, foreign: list[str] | None = None
) -> Iterator[LabeledPage]:
    rng = random.Random(seed)
    articles = saudinewsnet_articles(root, count + 500, rng)
    maker = PageMaker(rng, articles[count:], foreign)
    for index, article in enumerate(articles[:count]):
        dump = maker.make(article)
        lines = split_lines(_layout(dump.lines, rng))
        if len(lines) == len(dump.labels):
            yield LabeledPage(lines, dump.labels, f"synthetic/{index}")


def _layout(lines: list[str], rng: random.Random) -> str:
    """Dumps come single-spaced, double-spaced or with blank lines here and there: vary it, or
    the model learns that a blank line means something it does not."""
    roll = rng.random()
    if roll < 0.45:
        return "\n".join(lines)
    if roll < 0.8:
        return "\n\n".join(lines)
    return "".join(line + ("\n\n" if rng.random() < 0.3 else "\n") for line in lines)


def train_cleaner(
    pages: list[LabeledPage], model_path: Path, *, c1: float = 0.05, c2: float = 0.05,
    iterations: int = 200, stacked: Sequence[Sequence[str]] | None = None,
) -> None:
    """The line CRF. ``stacked``: one more feature per line of each page (the line trees'
    binned out-of-fold P, siyaq.extract.trees.stack_feature)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    rules = RuleLabeler()
    for k, page in enumerate(pages):
        features = page_features(page.lines, rules.label(page.lines))
        if stacked is not None:
            for feats, extra in zip(features, stacked[k], strict=True):
                feats.append(extra)
        trainer.append(features, [coarse(label) for label in page.labels])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def train_block_model(
    bench: list[LabeledPage], synthetic: list[LabeledPage], model_path: Path, *,
    iterations: int = 200, stack: StackInputs | None = None,
) -> None:
    """The block CRF, trained on line-CRF output for pages that line CRF never saw: the bench
    pages in two folds, each tagged by a line CRF trained on the other fold (plus all synthetic
    pages). A line CRF tagging its own training pages is too right to learn its mistakes from.
    ``stack``: the line CRFs take the trees' feature (siyaq.extract.tree_training)."""
    import tempfile

    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    everything = bench + synthetic  # page k here is page k of StackInputs
    with tempfile.TemporaryDirectory() as folder:
        for fold in range(2):
            fold_model = Path(folder) / f"fold{fold}.crfsuite"
            chosen = [k for k in range(len(bench)) if k % 2 != fold]
            chosen += range(len(bench), len(everything))
            pages = [everything[k] for k in chosen]
            extra = None if stack is None else [stack.features[k] for k in chosen]
            train_cleaner(pages, fold_model, iterations=iterations, stacked=extra)
            trees = None if stack is None else stack.scorers[1 - fold]
            labeler = LearnedLabeler(fold_model, block_model=Path(folder) / "none",
                                     trees=trees, tree_use=TreeUse(stacked=True))
            for page in bench[fold::2]:
                item = _block_item(labeler, page)
                if item is not None:
                    trainer.append(*item)
    trainer.set_params({"c1": BLOCK_C1, "c2": BLOCK_C2, "max_iterations": 300,
                        "feature.possible_transitions": True})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


@dataclass(slots=True)
class StackInputs:
    """For a stacked line CRF: the trees' binned out-of-fold P of every training line (bench
    pages, then synthetic; page k is in fold k % 2), and the trees trained on the pages of
    fold 0 / 1 (so ``scorers[1 - k % 2]`` never saw page k)."""

    features: list[list[str]]
    scorers: tuple[TreeScorer, TreeScorer]


BLOCK_C1, BLOCK_C2 = 0.5, 0.01  # chosen on the validation pages (docs/extraction.md)


def _block_item(
    labeler: LearnedLabeler, page: LabeledPage
) -> tuple[list[list[str]], list[str]] | None:
    """One page's block features and gold keep/drop labels, for the pages the default labeler
    gives to the CRF (over LONG_PAGE lines) where it keeps some body."""
    if len(page.lines) <= LONG_PAGE:
        return None
    rule_labels, predicted, p_body = labeler.first_pass(page.lines)
    if BODY not in predicted:
        return None
    blocks = find_blocks(page.lines, [tag == BODY for tag in predicted])
    gold = [label is LineLabel.BODY for label in page.labels]
    features = block_features(page.lines, blocks, p_body, title_line(rule_labels, predicted))
    return features, block_gold(page.lines, blocks, gold)


def build_training_set(
    root: Path, *, synthetic: int, bench_step: int, held_out_fold: int = 0
) -> list[LabeledPage]:
    """The full training set: every ``bench_step``-th html-bench page outside the held-out
    fold (0 for the shipped models; each fold in turn for cross-validation), plus synthetic
    Arabic pages (with sentences of the bench bodies as foreign-language embeds)."""
    bench = [page for name in BENCHES for page in read_bench(root, name)
             if page.fold != held_out_fold]
    foreign = [
        sentence for page in bench[:200] for sentence in page.body.split("\n")
        if 8 <= len(sentence.split()) <= 40
    ][:400]
    pages: list[LabeledPage] = []
    for page in bench[::bench_step]:
        lines = split_lines(flatten(page.html))
        if lines:
            pages.append(LabeledPage(lines, label_bench(page, lines), page.id))
    pages += synthetic_training_pages(root, synthetic, foreign=foreign)
    return pages
