"""Exact-span precision/recall/F1 of the entity tagger on ANERcorp-format data: per type, micro."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from siyaq.analyze.ner_data import TYPES, Sentence, read_anercorp, spans, split
from siyaq.evaluate.report import Report, prf
from siyaq.model import Article

Tagger = Callable[[list[str]], list[str]]


@dataclass(slots=True)
class Counts:
    """True positives, predicted and gold spans, by type."""

    correct: Counter[str] = field(default_factory=Counter)
    predicted: Counter[str] = field(default_factory=Counter)
    gold: Counter[str] = field(default_factory=Counter)

    def add(self, gold_tags: Sequence[str], predicted_tags: Sequence[str]) -> None:
        gold = set(spans(gold_tags))
        predicted = set(spans(predicted_tags))
        for span in gold:
            self.gold[span[2]] += 1
        for span in predicted:
            self.predicted[span[2]] += 1
            if span in gold:
                self.correct[span[2]] += 1

    def micro(self) -> dict[str, float]:
        return dict(
            prf(sum(self.correct.values()), sum(self.predicted.values()), sum(self.gold.values()))
        )


def score(sentences: Sequence[Sentence], tag: Tagger) -> tuple[Counts, float]:
    """Counts of exact-span matches, and tokens per second of tagging."""
    counts = Counts()
    began = time.perf_counter()
    tokens = 0
    for sentence in sentences:
        counts.add(sentence.tags, tag(sentence.words))
        tokens += len(sentence.words)
    elapsed = time.perf_counter() - began
    return counts, tokens / elapsed if elapsed else 0.0


def evaluate_file(path: Path, part: str, tag: Tagger, model: str) -> Report:
    """The Report of `siyaq evaluate ner`: micro P/R/F1, then per type."""
    sentences = split(read_anercorp(path), part)
    counts, speed = score(sentences, tag)
    micro = counts.micro()
    report = Report(name="ner", dataset=f"{path} (split: {part})")
    report.counts = {
        "sentences": len(sentences),
        "tokens": sum(len(s.words) for s in sentences),
        "gold entities": sum(counts.gold.values()),
        "predicted entities": sum(counts.predicted.values()),
    }
    report.metrics = {f"micro {k}": v for k, v in micro.items()}
    report.metrics["tokens/s"] = round(speed)
    per_type = {t: dict(prf(counts.correct[t], counts.predicted[t], counts.gold[t])) for t in TYPES}
    report.metrics["macro f1"] = sum(v["f1"] for v in per_type.values()) / len(TYPES)
    for type_, values in per_type.items():
        report.sections[type_] = {**values, "gold": counts.gold[type_]}
    report.notes.append(f"model: {model}")
    report.notes.append("exact span and type match (conlleval rules)")
    return report


def bench_annotate(articles: Sequence[Article], annotate: Callable[[Article], None],
                   dataset: str) -> Report:
    """Articles/s of one annotate function on one core: wall clock and this process's CPU time
    (the CPU figure is the one to trust on a busy machine)."""
    annotate(articles[0])  # warm-up: caches fill on the first article, not timed
    wall, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        annotate(article)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    words = sum(len(a.text.split()) + len((a.title or "").split()) for a in articles)
    report = Report(name="bench ner", dataset=dataset)
    report.counts = {
        "articles": len(articles),
        "words": words,
        "mentions": sum(len(a.mentions) for a in articles),
    }
    report.metrics = {
        "articles/s (cpu time)": round(len(articles) / cpu, 1) if cpu else 0.0,
        "articles/s (wall clock)": round(len(articles) / wall, 1) if wall else 0.0,
        "words/s (cpu time)": round(words / cpu) if cpu else 0.0,
    }
    report.notes.append("one process, one core; model loaded before timing; first article warms")
    return report
