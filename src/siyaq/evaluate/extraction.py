"""Measure text-dump cleaning against gold pages (the format of ../shared/data/pages/dev.jsonl).

A gold body line counts as found when an extracted paragraph contains it after whitespace
normalisation; an extracted paragraph counts as right when it contains, or is contained in, a
gold line (so a paragraph that keeps a glued widget word is still the right paragraph).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from siyaq.evaluate.report import Report, prf
from siyaq.extract.base import NoArticle
from siyaq.extract.lexicon import header_kind
from siyaq.extract.lines import split_lines
from siyaq.model import Article, ContentType, Page

if TYPE_CHECKING:
    from siyaq.extract.text import LineLabeler

Extractor = Callable[[Page], Article]


@dataclass(slots=True)
class GoldPage:
    id: str
    url: str | None
    text: str
    title: str | None
    published_iso: str | None
    body: list[str]
    furniture: list[str] = field(default_factory=list)  # gold lines labeled other/date/title


@dataclass(slots=True)
class Tally:
    pages: int = 0
    no_article: int = 0
    titled: int = 0
    title_right: int = 0
    titles_invented: int = 0
    dated: int = 0
    date_right: int = 0
    dates_invented: int = 0
    body_found: int = 0
    body_gold: int = 0
    body_right: int = 0
    body_predicted: int = 0
    body_exact: int = 0
    header_in_body: int = 0
    furniture_lines_in_body: int = 0
    misses: list[str] = field(default_factory=list)


def norm(text: str) -> str:
    return " ".join(text.split())


def read_gold(path: Path) -> Iterator[GoldPage]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield _gold_page(json.loads(line))


def _gold_page(row: dict[str, object]) -> GoldPage:
    text = str(row.get("excerpt") or "")
    labels = row.get("line_labels")
    furniture: list[str] = []
    if isinstance(labels, list):
        lines = text.split("\n")
        furniture = [lines[i] for i, lab in enumerate(labels) if lab == "other" and i < len(lines)]
    body = row.get("body")
    return GoldPage(
        id=str(row.get("id") or ""),
        url=str(row["url"]) if row.get("url") else None,
        text=text,
        title=str(row["title"]) if row.get("title") else None,
        published_iso=str(row["published_iso"]) if row.get("published_iso") else None,
        body=[str(b) for b in body] if isinstance(body, list) else [],
        furniture=furniture,
    )


def page_for(gold: GoldPage) -> Page:
    return Page(
        content=gold.text.encode("utf-8"), origin=f"gold:{gold.id}", content_type=ContentType.TEXT,
        url=gold.url, encoding="utf-8", text=gold.text,
    )


def score_page(tally: Tally, gold: GoldPage, article: Article | None) -> None:
    tally.pages += 1
    if article is None:
        tally.no_article += 1
        article = Article(id="", content_hash="", origin="")
    _score_title(tally, gold, article)
    _score_date(tally, gold, article)
    _score_body(tally, gold, article)


def _score_title(tally: Tally, gold: GoldPage, article: Article) -> None:
    if gold.title is None:
        tally.titles_invented += article.title is not None
        return
    tally.titled += 1
    if article.title is not None and norm(article.title) == norm(gold.title):
        tally.title_right += 1
    else:
        tally.misses.append(f"{gold.id} title")


def _score_date(tally: Tally, gold: GoldPage, article: Article) -> None:
    predicted = article.published_at.isoformat() if article.published_at else None
    if gold.published_iso is None:
        tally.dates_invented += predicted is not None
        return
    tally.dated += 1
    if predicted is not None and predicted[: len(gold.published_iso)] == gold.published_iso:
        tally.date_right += 1
    else:
        tally.misses.append(f"{gold.id} date")


def _score_body(tally: Tally, gold: GoldPage, article: Article) -> None:
    predicted = [norm(p) for p in article.body]
    expected = [norm(b) for b in gold.body]
    found = sum(1 for g in expected if any(g in p for p in predicted))
    right = sum(1 for p in predicted if any(g in p or p in g for g in expected))
    tally.body_gold += len(expected)
    tally.body_found += found
    tally.body_predicted += len(predicted)
    tally.body_right += right
    tally.body_exact += predicted == expected
    if predicted != expected:
        tally.misses.append(f"{gold.id} body")
    lines = split_lines("\n".join(article.body))
    tally.header_in_body += any(header_kind(line) is not None for line in lines)
    furniture = {norm(f) for f in gold.furniture if norm(f)}
    tally.furniture_lines_in_body += sum(1 for p in predicted if p in furniture)


def evaluate_pages(golds: list[GoldPage], extract: Extractor, dataset: str) -> Report:
    tally = Tally()
    for gold in golds:
        try:
            article: Article | None = extract(page_for(gold))
        except NoArticle:
            article = None
        score_page(tally, gold, article)
    return tally_report(tally, dataset)


def tally_report(tally: Tally, dataset: str) -> Report:
    body = prf(tally.body_right, tally.body_predicted, tally.body_gold)
    recall = tally.body_found / tally.body_gold if tally.body_gold else 0.0
    precision = body["precision"]
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    report = Report(name="extraction", dataset=dataset)
    report.counts = {
        "pages": tally.pages, "no_article": tally.no_article, "pages_with_title": tally.titled,
        "titles_invented": tally.titles_invented, "pages_with_date": tally.dated,
        "dates_invented": tally.dates_invented, "gold_body_lines": tally.body_gold,
        "pages_header_in_body": tally.header_in_body,
        "furniture_lines_in_body": tally.furniture_lines_in_body,
    }
    report.metrics = {
        "title_accuracy": tally.title_right / tally.titled if tally.titled else 0.0,
        "date_accuracy": tally.date_right / tally.dated if tally.dated else 0.0,
        "body_precision": body["precision"], "body_recall": recall, "body_f1": f1,
        "body_exact_pages": tally.body_exact / tally.pages if tally.pages else 0.0,
    }
    if tally.misses:
        report.notes.append("misses: " + ", ".join(tally.misses))
    return report


# --- html-bench pages flattened to text: 4-gram shingle P/R/F1, the benchmark's and per page ---

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> set[tuple[str, ...]]:
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def shingle_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p_set, g_set = shingles(predicted), shingles(gold)
    if not p_set and not g_set:
        return 1.0, 1.0, 1.0
    common = len(p_set & g_set)
    precision = common / len(p_set) if p_set else 0.0
    recall = common / len(g_set) if g_set else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def flatten_report(
    root: Path, systems: dict[str, Callable[[str], str]], *, validation: bool = False
) -> Report:
    """Shingle P/R/F1 per bench and system over flattened html-bench pages.

    `precision`, `recall`, `f1` are the benchmark's own (its evaluate.py, as
    `siyaq.evaluate.html.benchmark_prf`): word 4-gram multisets, precision and recall averaged
    over the pages, F1 of the two means. `page_mean_*` are the stricter numbers this command
    printed until stop 16 (shingle sets, lower-cased, F1 per page then averaged), kept so
    older results in docs/extraction.md stay comparable."""
    from siyaq.extract.training import BENCHES, flatten, read_bench, validation_pages

    report = Report(name="extraction-flatten", dataset=f"{root / 'html-bench'} (flattened)")
    chosen = {page.id for page in validation_pages(root)} if validation else set()
    for bench in BENCHES:
        pages = [p for p in read_bench(root, bench)
                 if (p.id in chosen if validation else p.held_out)]
        dumps = [flatten(p.html) for p in pages]
        report.counts[f"{bench}_pages"] = len(pages)
        for name, system in systems.items():
            outputs = [system(dump) for dump in dumps]
            report.sections[f"{bench} / {name}"] = score_outputs(
                outputs, [p.body for p in pages])
    part = ("validation pages (the training part's pages --bench-step 2 skips)" if validation
            else "held-out fifth of each bench (never trained on)")
    report.notes.append(part)
    report.notes.append(BODY_SCORING_NOTE)
    report.notes.append(
        "precision/recall/f1: the benchmark's formula (mean P, mean R, F1 of the means); "
        "page_mean_*: per-page set F1 averaged (stricter, the numbers before stop 16)"
    )
    return report


def score_outputs(outputs: list[str], golds: list[str]) -> dict[str, float]:
    """The benchmark's P/R/F1 of one system's outputs against the gold bodies, and the
    per-page means of `shingle_prf`."""
    from siyaq.evaluate.html import benchmark_prf, shingle_counts

    pairs = list(zip(outputs, golds, strict=True))
    scores = [shingle_prf(out, gold) for out, gold in pairs]
    count = max(len(scores), 1)
    return benchmark_prf([shingle_counts(gold, out) for out, gold in pairs]) | {
        "page_mean_precision": sum(s[0] for s in scores) / count,
        "page_mean_recall": sum(s[1] for s in scores) / count,
        "page_mean_f1": sum(s[2] for s in scores) / count,
    }


def dump_parts(labeler: LineLabeler | None) -> Callable[[str], tuple[str, str]]:
    """Our extractor over a text dump: (title, body text), both empty when it finds no
    article; None means the default labeler, built once here for all pages."""
    from siyaq.extract.text import default_labeler, extract_text_dump

    labeler = labeler or default_labeler()

    def run(text: str) -> tuple[str, str]:
        page = Page(content=b"", origin="bench", content_type=ContentType.TEXT, text=text)
        try:
            article = extract_text_dump(page, labeler=labeler)
        except NoArticle:
            return "", ""
        return article.title or "", "\n".join(article.body)

    return run


BODY_SCORING_NOTE = ("siyaq-default: the body, as the gold articleBody is (the headline is a "
                     "field of its own); +title: the title line first, as scored to stop 44")


def title_first(title: str, body: str) -> str:
    """The output as the flattened-page numbers were scored until stop 44."""
    return f"{title}\n{body}" if title else body


def dump_system(labeler: LineLabeler | None, with_title: bool = False) -> Callable[[str], str]:
    """Our extractor as the benchmarks score it: the body, as the gold `articleBody` is (both
    benches keep the headline in a field of its own); `with_title` puts the title line first
    (`title_first`)."""
    return dump_systems(labeler)[1 if with_title else 0]


def dump_systems(labeler: LineLabeler | None) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """The body system and the title-first one over one extraction of each dump: the second
    reads what the first extracted (a report scores every page with both)."""
    parts = dump_parts(labeler)
    memo: dict[str, tuple[str, str]] = {}

    def extracted(text: str) -> tuple[str, str]:
        if text not in memo:
            memo[text] = parts(text)
        return memo[text]

    return (lambda text: extracted(text)[1]), (lambda text: title_first(*extracted(text)))


def baseline_systems() -> dict[str, Callable[[str], str]]:
    """What simple tools do on the same dumps: keep all, the line heuristic, and trafilatura,
    jusText and resiliparse (each given the dump's lines as paragraphs) where installed."""
    heuristic = re.compile(r"[.!?؟:\"”»]")

    def keep_lines(text: str) -> str:
        return "\n".join(
            line for line in text.split("\n")
            if len(line.split()) >= 10 and heuristic.search(line)
        )

    systems: dict[str, Callable[[str], str]] = {
        "keep-all": lambda text: text, "line-heuristic": keep_lines,
    }
    for name, make in (("trafilatura(p-per-line)", _trafilatura_on_lines),
                       ("justext(p-per-line)", _justext_on_lines),
                       ("resiliparse(p-per-line)", _resiliparse_on_lines)):
        system = make()
        if system is not None:
            systems[name] = system
    return systems


def lines_as_html(text: str) -> str:
    """A dump as the only HTML a line-level tool can be given: one <p> per line."""
    from html import escape

    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in text.split("\n"))
    return f"<html><body>{paragraphs}</body></html>"


def _trafilatura_on_lines() -> Callable[[str], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda text: str(trafilatura.extract(lines_as_html(text)) or "")


def _justext_on_lines() -> Callable[[str], str] | None:
    """jusText's own classifier (length, link and stop-word density, neighbours) with its
    English stop list: the html-bench pages are English."""
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")

    def run(text: str) -> str:
        paragraphs = justext.justext(lines_as_html(text), stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _resiliparse_on_lines() -> Callable[[str], str] | None:
    """resiliparse's main-content heuristics on the same markup (the dumps themselves come
    from its extract_plain_text with main_content=False)."""
    try:
        from resiliparse.extract.html2text import extract_plain_text
    except ImportError:
        return None
    return lambda text: str(extract_plain_text(lines_as_html(text), main_content=True))


# --- speed: pages per second of CPU time in this one process ---


def bench_pages(pages: list[Page], make_extract: Callable[[], Extractor], dataset: str, *,
                rounds: int = 3) -> Report:
    """Best of ``rounds`` passes over the pages, timed with process CPU time so a busy machine
    skews it less. Each pass gets a new extractor from ``make_extract``: the labelers remember
    the lines they have judged, and a pass over pages already seen would time those memos, not
    the cleaning of new pages."""
    import time

    best = float("inf")
    for _ in range(rounds):
        extract = make_extract()  # built outside the timing, as a worker builds it once
        start = time.process_time()
        for page in pages:
            with contextlib.suppress(NoArticle):
                extract(page)
        best = min(best, time.process_time() - start)
    lines = sum(len((page.text or "").split("\n")) for page in pages)
    report = Report(name="extraction-speed", dataset=dataset)
    report.counts = {"pages": len(pages), "lines": lines, "rounds": rounds}
    report.metrics = {
        "pages_per_s": len(pages) / best if best else 0.0,
        "lines_per_s": lines / best if best else 0.0,
        "ms_per_page": 1000 * best / len(pages) if pages else 0.0,
    }
    report.notes.append("one process, one core; CPU time (time.process_time), best round;"
                        " a new labeler each round, so every page is new to it")
    return report
