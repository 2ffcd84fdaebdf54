"""HTML extraction measured: body F1, publication dates, boilerplate snippets, pages/s.

Body text is scored as the Scrapinghub article-extraction benchmark scores it: word 4-gram
shingles (multiset) of the extracted text against the gold text, precision and recall per
page, averaged over pages, and F1 of the two averages. The same pages, in the same run, go
through trafilatura when it is installed (for comparison only; never a runtime dependency).
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from siyaq.evaluate.report import Report
from siyaq.extract.base import NoArticle
from siyaq.extract.html import extract_html
from siyaq.model import Article, ContentType, Page
from siyaq.sources.decode import decode_bytes

_TOKEN = re.compile(r"\w+")


@dataclass(slots=True)
class BenchPage:
    key: str
    html: str
    url: str | None
    gold_body: str | None = None
    gold_date: str | None = None
    gold_title: str | None = None
    must_contain: list[str] = field(default_factory=list)
    must_not_contain: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Extracted:
    body: str
    date: str | None = None  # YYYY-MM-DD
    title: str | None = None


Extractor = Callable[[BenchPage], Extracted]


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i: i + n]) for i in range(max(1, len(tokens) - n + 1))
                   if tokens[i: i + n])


def shingle_counts(gold: str, predicted: str) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over 4-gram shingles."""
    want, got = shingles(gold), shingles(predicted)
    tp = sum((want & got).values())
    return tp, sum(got.values()) - tp, sum(want.values()) - tp


def benchmark_prf(counts: list[tuple[int, int, int]]) -> dict[str, float]:
    """Mean per-page precision and recall (pages with nothing to score skipped), their F1."""
    precisions = [_ratio(tp, tp + fp, fn) for tp, fp, fn in counts if tp + fp > 0]
    recalls = [_ratio(tp, tp + fn, fp) for tp, fp, fn in counts if tp + fn > 0]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _ratio(tp: int, total: int, other_error: int) -> float:
    if total == tp and other_error == 0:
        return 1.0
    return tp / total if total else 0.0


def siyaq_extract(page: BenchPage) -> Extracted:
    source = Page(content=b"", origin=page.key, content_type=ContentType.HTML, url=page.url,
                  text=page.html)
    try:
        article = extract_html(source)
    except NoArticle:
        return Extracted("")
    return Extracted(article.text, _day(article), article.title)


def cleaned_extractor() -> Extractor:
    """siyaq's HTML body, then the text-dump line cleaner over its title and paragraphs, as if
    they were a dump: issue #3 asked whether the cleaner helps on HTML too (it does not:
    docs/ingest.md). One labeler for all pages."""
    from siyaq.extract.text import default_labeler, extract_text_dump

    labeler = default_labeler()

    def run(page: BenchPage) -> Extracted:
        found = siyaq_extract(page)
        if not found.body:
            return found
        lines = ([found.title] if found.title else []) + found.body.split("\n")
        dump = Page(content=b"", origin=page.key, content_type=ContentType.TEXT,
                    text="\n\n".join(lines))
        try:
            article = extract_text_dump(dump, labeler=labeler)
        except NoArticle:
            return Extracted("", found.date, found.title)
        return Extracted(article.text, found.date, found.title)

    return run


def _day(article: Article) -> str | None:
    return article.published_at.date().isoformat() if article.published_at else None


def trafilatura_extractor() -> Extractor | None:
    """trafilatura as the benchmark runs it (no comments), metadata from the same pass."""
    try:
        import trafilatura
    except ImportError:
        return None

    def run(page: BenchPage) -> Extracted:
        doc = trafilatura.bare_extraction(page.html, url=page.url, include_comments=False,
                                          with_metadata=True)
        if doc is None or isinstance(doc, dict):
            return Extracted("")
        date = doc.date
        return Extracted(doc.text or "", date[:10] if date else None, doc.title)

    return run


def htmldate_extractors() -> dict[str, Extractor]:
    """htmldate's publication day (GUIDE.md's date anchor), with its default setting (the
    latest date it trusts) and with ``original_date`` (the first); dates only, no body."""
    try:
        from htmldate import find_date
    except ImportError:
        return {}

    def reader(original: bool) -> Extractor:
        def run(page: BenchPage) -> Extracted:
            try:
                found = find_date(page.html, url=page.url, original_date=original)
            except Exception:  # a comparison tool's failure on one page is a miss, not a crash
                found = None
            return Extracted("", found[:10] if found else None)

        return run

    return {"htmldate": reader(False), "htmldate original_date": reader(True)}


def timed(extractor: Extractor, pages: list[BenchPage]) -> tuple[list[Extracted], float]:
    """Results and seconds; one page first, untimed, so lazy imports are not counted."""
    if pages:
        extractor(pages[0])
    started = time.perf_counter()
    results = [extractor(page) for page in pages]
    return results, time.perf_counter() - started


def _read_html(path: Path) -> str:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return decode_bytes(data, html=True).text


def load_scrapinghub(folder: Path) -> list[BenchPage]:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [BenchPage(key, _read_html(folder / "html" / f"{key}.html.gz"), item.get("url"),
                      gold_body=item.get("articleBody", ""))
            for key, item in sorted(truth.items())]


def load_wcxb(folder: Path) -> list[BenchPage]:
    pages = []
    for path in sorted((folder / "ground-truth").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        gold = item.get("ground_truth", {})
        pages.append(BenchPage(path.stem, _read_html(folder / "html" / f"{path.stem}.html.gz"),
                               item.get("url"), gold_body=gold.get("main_content") or "",
                               gold_date=(gold.get("publish_date") or "")[:10] or None,
                               gold_title=gold.get("title")))
    return pages


def load_arabic_dates(folder: Path) -> list[BenchPage]:
    gold = json.loads((folder / "gold_dates.json").read_text(encoding="utf-8"))
    return [BenchPage(name, _read_html(folder / name), item.get("url"),
                      gold_date=item.get("gold_date"))
            for name, item in sorted(gold.items()) if item.get("lang") == "ar"]


def load_snippets(folder: Path) -> list[BenchPage]:
    gold = json.loads((folder / "gold_snippets.json").read_text(encoding="utf-8"))
    return [BenchPage("page.html", _read_html(folder / "page.html"), gold.get("url"),
                      gold_title=gold.get("title"), must_contain=list(gold.get("with", [])),
                      must_not_contain=list(gold.get("without", [])))]


def load_cnn_arabic(folder: Path) -> list[BenchPage]:
    """One CNN Arabic page; its "gold" is newspaper4k's output (a regression reference)."""
    gold = (folder / "expected_text.newspaper4k.txt").read_text(encoding="utf-8")
    html = _read_html(folder / "page.newspaper4k.html")
    return [BenchPage("page.newspaper4k.html", html, None, gold_body=gold)]


def body_scores(pages: list[BenchPage], results: list[Extracted]) -> dict[str, float]:
    pairs = zip(pages, results, strict=True)
    counts = [shingle_counts(p.gold_body or "", r.body) for p, r in pairs]
    return benchmark_prf(counts)


def date_accuracy(pages: list[BenchPage], results: list[Extracted]) -> float:
    dated = [(p, r) for p, r in zip(pages, results, strict=True) if p.gold_date]
    return sum(p.gold_date == r.date for p, r in dated) / len(dated) if dated else 0.0


def title_accuracy(pages: list[BenchPage], results: list[Extracted]) -> float:
    titled = [(p, r) for p, r in zip(pages, results, strict=True) if p.gold_title]
    hits = sum(_norm(p.gold_title) == _norm(r.title) for p, r in titled)
    return hits / len(titled) if titled else 0.0


def snippet_accuracy(pages: list[BenchPage], results: list[Extracted]) -> float:
    """Share of must-contain snippets found plus must-not-contain snippets absent."""
    checks = [snippet in r.body for p, r in zip(pages, results, strict=True)
              for snippet in p.must_contain]
    checks += [snippet not in r.body for p, r in zip(pages, results, strict=True)
               for snippet in p.must_not_contain]
    return sum(checks) / len(checks) if checks else 0.0


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


# name -> (folder under the shared data, loader, what is scored)
SETS: dict[str, tuple[str, Callable[[Path], list[BenchPage]], str]] = {
    "scrapinghub": ("html-bench/scrapinghub", load_scrapinghub, "body"),
    "wcxb": ("html-bench/wcxb-dev-articles", load_wcxb, "body"),
    "arabic-dates": ("extraction/htmldate_arabic", load_arabic_dates, "date"),
    "cnn-arabic": ("extraction/cnn_arabic_2013", load_cnn_arabic, "body"),
    "assabah": ("extraction/trafilatura_assabah", load_snippets, "snippets"),
}


def html_report(data: Path, sets: list[str], compare: bool = True,
                line_cleaner: bool = False) -> Report:
    """Every chosen set through siyaq (and trafilatura, and htmldate on the dated sets, when
    installed), in one Report;
    line_cleaner adds siyaq followed by the text-dump line cleaner (cleaned_extractor)."""
    report = Report(name="html extraction", dataset=str(data))
    tools: dict[str, Extractor] = {"siyaq": siyaq_extract}
    if line_cleaner:
        tools["siyaq+line-cleaner"] = cleaned_extractor()
    other = trafilatura_extractor() if compare else None
    if other is not None:
        tools["trafilatura"] = other
    elif compare:
        report.notes.append("trafilatura not installed: no comparison in this run")
    date_tools = htmldate_extractors() if compare else {}
    for name in sets:
        folder, loader, kind = SETS[name]
        if not (data / folder).is_dir():
            report.notes.append(f"{name}: {data / folder} not found, skipped")
            continue
        pages = loader(data / folder)
        report.counts[f"{name} pages"] = len(pages)
        dated = any(p.gold_date for p in pages)
        for tool, extractor in {**tools, **(date_tools if dated else {})}.items():
            results, seconds = timed(extractor, pages)
            values = (_set_metrics(kind, pages, results) if tool not in date_tools
                      else {"date accuracy": date_accuracy(pages, results)})
            values["pages/s"] = len(pages) / seconds if seconds else 0.0
            report.sections[f"{name} / {tool}"] = values
            if tool == "siyaq":
                report.metrics.update({f"{name} {k}": v for k, v in values.items()})
    return report


def _set_metrics(kind: str, pages: list[BenchPage], results: list[Extracted]) -> dict[str, float]:
    if kind == "body":
        values = body_scores(pages, results)
        if any(p.gold_date for p in pages):
            values["date accuracy"] = date_accuracy(pages, results)
            values["title accuracy"] = title_accuracy(pages, results)
        return values
    if kind == "date":
        return {"date accuracy": date_accuracy(pages, results)}
    return {"snippets right": snippet_accuracy(pages, results),
            "title accuracy": title_accuracy(pages, results)}
