"""Write the fictional sample corpus (pages, feed.jsonl) and its labels (.gold.jsonl).

Run from anywhere: `python samples/tools/build.py`. The pages are generated from the article
records in stories_*.py so that the labels can never drift from the files.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import html_outlets as h
import stories_levant
import stories_region
import stories_single
import text_outlets as t
from sample import Sample

SAMPLES_DIR = Path(__file__).resolve().parent.parent
TEASERS_PER_PAGE = 4
# Hidden, so that `siyaq ingest samples/` (which skips hidden files in folders) does not read the
# labels as 40 more articles.
GOLD_FILE = ".gold.jsonl"


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    host: str
    kind: str  # "txt", "html", "feed"
    url: Callable[[Sample], str]
    stamp: Callable[[Sample], str]  # the publication stamp as the page prints it
    iso: Callable[[Sample], str]  # what that stamp means (gold published_iso)
    tz: bool  # whether the page states a time zone


def _num(s: Sample) -> int:
    return int(s.id[1:])


def _minute(s: Sample) -> str:
    return f"{s.dt:%Y-%m-%dT%H:%M}"


OUTLETS = {
    "alkhabar": Outlet("الخبر اليوم", "alkhabar.example", "txt",
                       lambda s: f"https://alkhabar.example/news/{s.dt:%Y/%m/%d}/{48100 + _num(s)}.html",
                       t.alkhabar_stamp, _minute, False),
    "alrased": Outlet("الراصد", "www.alrased.example", "txt",
                      lambda s: f"https://www.alrased.example/article/{7300 + _num(s)}",
                      t.alrased_stamp, lambda s: f"{s.dt:%Y-%m-%d}", False),
    "almasdar24": Outlet("المصدر 24", "almasdar24.example", "txt",
                         lambda s: f"https://almasdar24.example/ar/news/{91000 + _num(s)}/{s.slug}",
                         t.almasdar_stamp, _minute, False),
    "sada": Outlet("صدى الأخبار", "sada-news.example", "html",
                   lambda s: f"https://sada-news.example/news/{s.dt:%Y/%m/%d}/{s.slug}",
                   lambda s: f"{s.dt.day} {t.MONTHS[s.dt.month - 1]} {s.dt.year} - {s.dt:%H:%M}",
                   lambda s: _minute(s) + "+03:00", True),
    "nabd": Outlet("نبض اليوم", "nabd-alyawm.example", "html",
                   lambda s: f"https://nabd-alyawm.example/?p={2200 + _num(s)}",
                   lambda s: f"{s.dt:%d/%m/%Y %H:%M}", lambda s: _minute(s) + "+02:00", True),
    "shorfa": Outlet("الشرفة", "shorfa.example", "html",
                     lambda s: f"https://shorfa.example/news/{s.slug}-{560 + _num(s)}",
                     lambda s: f"{t.WEEKDAYS[s.dt.weekday()]} {s.dt.day} {t.MONTHS[s.dt.month - 1]} "
                               f"{s.dt.year} | {s.dt:%H:%M}", _minute, False),
    "feed": Outlet("وكالة المدار للأنباء", "almadar-agency.example", "feed",
                   lambda s: f"https://almadar-agency.example/ar/news/{s.dt:%Y%m%d}-{_num(s)}",
                   lambda s: f"{s.dt:%Y-%m-%dT%H:%M}:00+03:00", lambda s: _minute(s) + "+03:00", True),
}

TEXT_RENDERERS = {"alkhabar": t.render_alkhabar, "alrased": t.render_alrased,
                  "almasdar24": t.render_almasdar}
HTML_RENDERERS = {"sada": h.render_sada, "nabd": h.render_nabd, "shorfa": h.render_shorfa}


def all_samples() -> list[Sample]:
    samples = stories_levant.SAMPLES + stories_region.SAMPLES + stories_single.SAMPLES
    return sorted(samples, key=lambda s: s.id)


def teasers_for(s: Sample, samples: list[Sample]) -> list[Sample]:
    """The outlet's other articles nearest in time, newest first: a 'latest news' block."""
    others = [o for o in samples if o.outlet == s.outlet and o.id != s.id]
    nearest = sorted(others, key=lambda o: abs((o.dt - s.dt).total_seconds()))[:TEASERS_PER_PAGE]
    return sorted(nearest, key=lambda o: o.dt, reverse=True)


def teaser_text(s: Sample, teaser: Sample) -> str:
    # The seed-like outlet shows a lead cut at 100 characters; the others show titles.
    return teaser.body[0][:100] if s.outlet == "alkhabar" else teaser.title


def page_path(s: Sample) -> str:
    folder = OUTLETS[s.outlet].host.removeprefix("www.")
    return f"{folder}/{s.dt:%Y-%m-%d}-{s.slug}.{OUTLETS[s.outlet].kind}"


def render(s: Sample, teasers: list[Sample]) -> str:
    if s.outlet in TEXT_RENDERERS:
        return TEXT_RENDERERS[s.outlet](s, teasers)
    links = [(x, OUTLETS[x.outlet].url(x)) for x in teasers]
    return HTML_RENDERERS[s.outlet](s, OUTLETS[s.outlet].url(s), links)


def page_fields(s: Sample, page: str | None) -> dict[str, str]:
    """The page itself, as dev.jsonl carries it: a text dump (or a feed item's text) as
    "excerpt", an HTML page as "html" (the key siyaq's JSONL reader reads as HTML)."""
    if page is None:
        return {"excerpt": "\n".join(s.body)}
    return {"html": page} if OUTLETS[s.outlet].kind == "html" else {"excerpt": page}


def gold_row(s: Sample, path: str, teasers: list[Sample], page: str | None) -> dict[str, object]:
    outlet = OUTLETS[s.outlet]
    return {
        "id": s.id, "path": path, "url": outlet.url(s), "host": outlet.host, "outlet": outlet.name,
        "format": outlet.kind, "event_id": s.event, "is_hard_negative": s.hard_negative,
        "confusable_with": s.confusable_with, "title": s.title,
        "published_text": outlet.stamp(s), "published_iso": outlet.iso(s),
        "timezone_stated": outlet.tz, "body": s.body,
        "quotes": [{"speaker": who, "text": text} for who, text in s.quotes],
        "entities": s.entities, "teasers": [teaser_text(s, x) for x in teasers],
        "credit": s.credit, **page_fields(s, page),
    }


def clear_pages() -> None:
    """Remove previously generated pages, so a renamed article leaves no stale file behind."""
    for outlet in OUTLETS.values():
        folder = SAMPLES_DIR / outlet.host.removeprefix("www.")
        for old in folder.glob(f"*.{outlet.kind}"):
            old.unlink()


def write_manifests(gold: list[dict[str, object]]) -> None:
    """A urls.tsv per outlet folder: text dumps carry no address, the manifest gives it."""
    by_folder: dict[str, list[str]] = {}
    for row in gold:
        path = str(row["path"])
        if "#" not in path:
            folder, name = path.split("/", 1)
            by_folder.setdefault(folder, []).append(f"{name}\t{row['url']}")
    for folder, lines in by_folder.items():
        text = "# file\turl (read by siyaq ingest: see docs/ingest.md)\n" + "\n".join(lines)
        (SAMPLES_DIR / folder / "urls.tsv").write_text(text + "\n", encoding="utf-8")


def build() -> None:
    samples = all_samples()
    clear_pages()
    gold: list[dict[str, object]] = []
    feed: list[str] = []
    for s in samples:
        teasers = [] if s.outlet == "feed" else teasers_for(s, samples)
        page = None if s.outlet == "feed" else render(s, teasers)
        if page is None:
            feed.append(h.feed_line(s, OUTLETS["feed"].url(s)))
            path = f"feed.jsonl#{len(feed)}"
        else:
            path = page_path(s)
            (SAMPLES_DIR / path).parent.mkdir(parents=True, exist_ok=True)
            (SAMPLES_DIR / path).write_text(page, encoding="utf-8")
        gold.append(gold_row(s, path, teasers, page))
    (SAMPLES_DIR / "feed.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")
    write_manifests(gold)
    with (SAMPLES_DIR / GOLD_FILE).open("w", encoding="utf-8") as out:
        for row in gold:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(gold)} pages ({len(feed)} in feed.jsonl) written under {SAMPLES_DIR}")


if __name__ == "__main__":
    build()
