"""Exact-span precision/recall/F1 of the entity tagger on ANERcorp-format data: per type, micro."""

from __future__ import annotations

import time
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from siyaq.analyze.ner_data import TYPES, Sentence, read_anercorp, spans, split
from siyaq.evaluate.report import Report, prf
from siyaq.model import Article, Mention

Tagger = Callable[[list[str]], list[str]]
Annotate = Callable[[Article], None]


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


# The parts of anercorp/train.txt each training part contains (ner_data.split): "all" is every
# sentence, "train" the first 85% (its last tenth is "validation", the rest "inner").
_CONTAINS = {
    "all": frozenset({"all", "train", "dev", "inner", "validation"}),
    "train": frozenset({"all", "train", "inner", "validation"}),
    "inner": frozenset({"all", "train", "inner"}),
}


def seen_in_training(trained_on: str, part: str) -> bool:
    """Did a model trained on part `trained_on` of train.txt learn from sentences of `part` of
    it? ("" = not recorded: assumed not.) Then its scores there are not held out."""
    return part in _CONTAINS.get(trained_on, frozenset())


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


def score_in_articles(
    sentences: Sequence[Sentence], annotate: Annotate, size: int
) -> tuple[Counts, float]:
    """Counts when every `size` consecutive sentences are tagged as the pipeline tags one
    article: one body line per sentence, annotate() (the tagger, then the article-level passes:
    full names, untagged repeats of a name), mentions mapped back to token tags."""
    counts = Counts()
    began = time.perf_counter()
    for first in range(0, len(sentences), size):
        chunk = sentences[first : first + size]
        for sentence, predicted in zip(chunk, article_tags(chunk, annotate), strict=True):
            counts.add(sentence.tags, predicted)
    elapsed = time.perf_counter() - began
    tokens = sum(len(s.words) for s in sentences)
    return counts, tokens / elapsed if elapsed else 0.0


def article_tags(sentences: Sequence[Sentence], annotate: Annotate) -> list[list[str]]:
    """BIO tags of each sentence's tokens from the mentions annotate() finds in an article whose
    body lines are the sentences (tokens joined by spaces)."""
    lines = [" ".join(s.words) for s in sentences]
    article = Article(id="ner-eval", content_hash="", origin="ner-eval", body=lines)
    annotate(article)
    return mention_tags([s.words for s in sentences], article.mentions)


def mention_tags(
    sentences: Sequence[Sequence[str]], mentions: Sequence[Mention]
) -> list[list[str]]:
    """Tags of tokens laid out as "\n".join(" ".join(words)): a token overlapped by a mention
    takes its type (a mention that leaves out a leading clitic still tags the whole token, as
    ANERcorp does); the first token of a mention is B-, and a token keeps its first tag."""
    where: list[tuple[int, int, int, int]] = []  # start, end, sentence, token
    offset = 0
    for s, words in enumerate(sentences):
        for t, word in enumerate(words):
            where.append((offset, offset + len(word), s, t))
            offset += len(word) + 1
    tags = [["O"] * len(words) for words in sentences]
    starts = [start for start, *_ in where]
    for mention in mentions:
        # Tokens from the one the mention starts in up to the last that starts before its end.
        first = max(bisect_right(starts, mention.start) - 1, 0)
        last = bisect_left(starts, mention.end)
        inside = [w for w in where[first:last] if w[1] > mention.start]
        for n, (_, _, s, t) in enumerate(inside):
            if tags[s][t] == "O":
                tags[s][t] = ("B-" if n == 0 else "I-") + mention.type
    return tags


def evaluate_file(
    path: Path, part: str, tag: Tagger, model: str,
    annotate: Annotate | None = None, article_size: int = 0,
) -> Report:
    """The Report of `siyaq evaluate ner`: micro P/R/F1, then per type. With annotate and an
    article_size, sentences are tagged in pseudo-articles (score_in_articles) instead of alone."""
    sentences = split(read_anercorp(path), part)
    if annotate is not None and article_size > 0:
        counts, speed = score_in_articles(sentences, annotate, article_size)
    else:
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
    if annotate is not None and article_size > 0:
        report.notes.append(
            f"tagged as articles of {article_size} consecutive sentences (annotate: the tagger, "
            "full names, repeats of a name within the article)"
        )
    else:
        report.notes.append("each sentence tagged alone (the tagger only)")
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
