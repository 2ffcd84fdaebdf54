"""`siyaq evaluate quotes`: (speaker, quote) precision and recall on pages/dev.jsonl, or on
quotes read by hand in corpus news (`labels/news-quotes.jsonl`, see quotes_news).

A pages row's gold body lines become an Article (title from the row); the entity tagger runs
when siyaq.analyze.entities.EntityTagger imports, then the quote finder. That gold lists direct
quotes only, so only direct quotes are scored (indirect ones are counted apart). A labelled
news row (`ref`) is read from the shared corpus and analysed as ingest analyses it; its gold
holds every quote, direct and reported, so all found quotes are scored. A found quote
matches a gold one when their texts share at least half the words of the shorter one (after
normalization) and the speakers are the same entity: one speaker's words contained in the
other's (جيفري ~ جيمس جيفري), a transliterated word in any spelling (انستاغرام ~ إنستغرام:
arabic.normalize.spelling_key). Each gold quote is matched at most once.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from siyaq.analyze.dates_text import normalize
from siyaq.analyze.quotes import annotate_quotes
from siyaq.arabic.normalize import spelling_key
from siyaq.evaluate.quotes_news import (
    GoldQuote,
    LabelError,
    gold_quotes,
    news_article,
    read_ant,
)
from siyaq.evaluate.report import Report, prf
from siyaq.model import Article, Quote

if TYPE_CHECKING:
    from siyaq.analyze.entities import EntityTagger

OVERLAP = 0.5
_WORD = re.compile(r"\w+")
_CLITICS = ("وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف")




@dataclass(slots=True)
class Tally:
    gold: int = 0
    found: int = 0
    indirect: int = 0
    pair_hits: int = 0  # (speaker, quote) matched
    span_hits_found: int = 0  # found quotes whose text matches some gold quote
    span_hits_gold: int = 0  # gold quotes whose text some found quote matches
    errors: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # rows that could not be scored, why


def words(text: str) -> set[str]:
    """Normalized words without the common clitics, for lenient comparison."""
    out = set()
    for word in _WORD.findall(normalize(text)):
        for clitic in _CLITICS:
            if word.startswith(clitic) and len(word) - len(clitic) >= 3:
                word = word[len(clitic) :]
                break
        out.add(word)
    return out


def texts_match(a: str, b: str) -> bool:
    wa, wb = words(a), words(b)
    shorter = min(len(wa), len(wb))
    return shorter > 0 and len(wa & wb) / shorter >= OVERLAP


def speakers_match(a: str | None, b: str | None) -> bool:
    """Words spelled as transliterations share them (`انستاغرام` ~ `إنستغرام`): one name."""
    if not a or not b:
        return False
    wa = {spelling_key(word) for word in words(a)}
    wb = {spelling_key(word) for word in words(b)}
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)


def load_rows(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def tagger() -> tuple[EntityTagger | None, str]:
    """The entity tagger, if siyaq.analyze.entities provides one and its model loads."""
    try:
        from siyaq.analyze.entities import EntityTagger
    except ImportError as exc:
        return None, f"no entity tagger ({exc.name or exc}); speakers from words only"
    try:
        loaded = EntityTagger.load()
    except Exception as exc:  # a missing model file: report it, evaluate without mentions
        return (
            None,
            f"entity tagger failed to load ({type(exc).__name__}); speakers from words only",
        )
    return loaded, "entity tagger: siyaq.analyze.entities.EntityTagger"


def evaluate(
    path: Path, use_tagger: bool = True, data_dir: Path | None = None
) -> tuple[Report, Tally]:
    """Score every row of `path`; `data_dir`: the shared data folder, for labelled news rows."""
    entities, how = tagger() if use_tagger else (None, "entity tagger disabled; words only")
    analyzer = None
    tally = Tally()
    rows = load_rows(path)
    ant = read_ant(rows, data_dir)
    for row in rows:
        if "ref" not in row:
            article = _article(row)
            if entities is not None:
                entities.annotate(article)
            annotate_quotes(article)
            _score_row(row, article.quotes, tally)
            continue
        try:
            article = news_article(row, data_dir, ant)
            gold = gold_quotes(row, article.text)
        except LabelError as exc:
            tally.skipped.append(str(exc))
            continue
        if analyzer is None:  # the tagger loaded above, not a second one
            from siyaq.analyze import Analyzer

            analyzer = Analyzer.around(entities)
        analyzer.analyze(article)
        _score(str(row["ref"]), gold, article.quotes, tally)
    return _report(path, tally, how), tally


def _article(row: dict[str, object]) -> Article:
    body = row.get("body")
    title = row.get("title")
    return Article(
        id=str(row.get("id")),
        content_hash="",
        origin=str(row.get("id")),
        title=title if isinstance(title, str) else None,
        body=[str(line) for line in body] if isinstance(body, list) else [],
    )


def _score_row(row: dict[str, object], quotes: list[Quote], tally: Tally) -> None:
    raw = row.get("quotes")
    items = raw if isinstance(raw, list) else []
    gold = [GoldQuote(str(q["speaker"]), str(q["text"])) for q in items if isinstance(q, dict)]
    direct = [q for q in quotes if q.direct]
    tally.indirect += len(quotes) - len(direct)
    _score(str(row.get("id")), gold, direct, tally)


def _score(row_id: str, gold: list[GoldQuote], found: list[Quote], tally: Tally) -> None:
    """Match `found` quotes to `gold` ones, each gold quote at most once, as many as can be
    (a first-come match could give a found quote the gold one its neighbour needed)."""
    tally.gold += len(gold)
    tally.found += len(found)
    matched = match_quotes(found, gold)
    placed = set(matched.values())
    for k, quote in enumerate(found):
        if k not in placed:
            tally.errors.append(f"{row_id}: found {quote.speaker!r}: {quote.text[:60]!r}")
    tally.pair_hits += len(matched)
    tally.span_hits_found += sum(any(texts_match(q.text, g.text) for g in gold) for q in found)
    tally.span_hits_gold += sum(any(texts_match(q.text, g.text) for q in found) for g in gold)
    for i, g in enumerate(gold):
        if i not in matched:
            tally.errors.append(f"{row_id}: missed {g.speaker!r}: {g.text[:60]!r}")


def match_quotes(found: list[Quote], gold: list[GoldQuote]) -> dict[int, int]:
    """A largest matching of found quotes to gold ones (gold index -> found index): a pair
    needs its texts and speakers to match; among a quote's candidates the closest text is
    tried first (augmenting paths: a handful of quotes per article)."""
    candidates = [_candidates(quote, gold) for quote in found]
    owner: dict[int, int] = {}

    def place(k: int, tried: set[int]) -> bool:
        for i in candidates[k]:
            if i not in tried:
                tried.add(i)
                if i not in owner or place(owner[i], tried):
                    owner[i] = k
                    return True
        return False

    for k in range(len(found)):
        place(k, set())
    return owner


def _candidates(quote: Quote, gold: list[GoldQuote]) -> list[int]:
    hits = [i for i, g in enumerate(gold)
            if texts_match(quote.text, g.text) and speakers_match(quote.speaker, g.speaker)]
    return sorted(hits, key=lambda i: -_overlap(quote.text, gold[i].text))


def _overlap(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / max(1, len(wa | wb))


def _report(path: Path, tally: Tally, how: str) -> Report:
    report = Report(name="quotes", dataset=str(path))
    report.counts = {
        "gold quotes": tally.gold,
        "found quotes scored": tally.found,
        "found indirect (not scored)": tally.indirect,
    }
    if tally.skipped:
        report.counts["rows skipped"] = len(tally.skipped)
        report.notes += [f"skipped: {reason}" for reason in tally.skipped[:5]]
    pair = prf(tally.pair_hits, tally.found, tally.gold)
    report.metrics = {f"speaker+quote {k}": v for k, v in pair.items()}
    span_p = tally.span_hits_found / tally.found if tally.found else 0.0
    span_r = tally.span_hits_gold / tally.gold if tally.gold else 0.0
    report.metrics["quote span precision"] = span_p
    report.metrics["quote span recall"] = span_r
    report.notes.append(how)
    report.notes.append(
        f"quote text match: >= {OVERLAP} word overlap of the shorter text; "
        "speaker match: one speaker's words contained in the other's, a transliterated word"
        " in any spelling"
    )
    return report
