"""samples/.gold.jsonl must describe the sample files exactly: the other tests trust it."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime
from html import unescape
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
GOLD = [json.loads(line) for line in (SAMPLES / ".gold.jsonl").read_text("utf-8").splitlines()]
FEED = [json.loads(line) for line in (SAMPLES / "feed.jsonl").read_text("utf-8").splitlines()]
ROWS = pytest.mark.parametrize("row", GOLD, ids=[r["id"] for r in GOLD])


def page_text(row: dict[str, Any]) -> str:
    """The page as a reader sees its text: HTML entities decoded; a feed row as its JSON."""
    if row["format"] == "feed":
        return json.dumps(feed_item(row), ensure_ascii=False)
    text = (SAMPLES / row["path"]).read_text("utf-8")
    return unescape(text) if row["format"] == "html" else text


def feed_item(row: dict[str, Any]) -> dict[str, Any]:
    line = int(row["path"].split("#", 1)[1])
    item: dict[str, Any] = FEED[line - 1]
    return item


def test_ids_and_paths_are_unique() -> None:
    assert len({r["id"] for r in GOLD}) == len(GOLD)
    assert len({r["path"] for r in GOLD}) == len(GOLD)


def test_every_page_file_is_labeled() -> None:
    files = {str(p.relative_to(SAMPLES)) for ext in ("txt", "html") for p in SAMPLES.rglob(f"*.{ext}")}
    labeled = {r["path"] for r in GOLD if r["format"] != "feed"}
    assert files == labeled
    assert sorted(int(r["path"].split("#")[1]) for r in GOLD if r["format"] == "feed") == list(
        range(1, len(FEED) + 1)
    )


@ROWS
def test_body_lines_are_exact_lines_of_the_page(row: dict[str, Any]) -> None:
    assert row["body"], "a sample page without a body"
    if row["format"] == "feed":
        assert feed_item(row)["body"] == row["body"]
        return
    lines = page_text(row).splitlines()
    if row["format"] == "html":  # one paragraph per <p>…</p> line
        lines = [line.removeprefix("<p>").removesuffix("</p>") for line in lines]
    for body_line in row["body"]:
        assert body_line in lines


@ROWS
def test_title_url_and_stamp_are_on_the_page(row: dict[str, Any]) -> None:
    text = page_text(row)
    assert row["title"] in text
    assert row["published_text"] in text
    if row["format"] != "txt":  # text dumps carry no address; HTML and feed items do
        assert row["url"] in text
    assert row["host"].endswith(".example") and row["host"] in row["url"]


@ROWS
def test_published_iso_parses_and_states_zone_as_labeled(row: dict[str, Any]) -> None:
    iso = row["published_iso"]
    if len(iso) == 10:
        assert date.fromisoformat(iso)
        assert not row["timezone_stated"]
        return
    parsed = datetime.fromisoformat(iso)
    assert (parsed.tzinfo is not None) == row["timezone_stated"]


@ROWS
def test_quotes_occur_in_the_body_with_a_speaker(row: dict[str, Any]) -> None:
    text = "\n".join(row["body"])
    for quote in row["quotes"]:
        assert quote["speaker"]
        assert quote["text"] in text
        assert not quote["text"].startswith(("«", '"')), "quote text is stored without marks"


@ROWS
def test_entities_occur_in_title_or_body(row: dict[str, Any]) -> None:
    text = row["title"] + "\n" + "\n".join(row["body"])
    assert set(row["entities"]) == {"PERS", "ORG", "LOC"}
    for names in row["entities"].values():
        for name in names:
            assert name in text


@ROWS
def test_row_carries_the_page_itself(row: dict[str, Any]) -> None:
    if row["format"] == "feed":
        assert row["excerpt"] == "\n".join(feed_item(row)["body"])
    else:
        key = "html" if row["format"] == "html" else "excerpt"
        assert row[key] == (SAMPLES / row["path"]).read_text("utf-8")


def test_ingesting_the_folder_skips_the_labels() -> None:
    """`siyaq ingest samples/` must not read the labels as articles (hidden files are skipped)."""
    sources = pytest.importorskip("siyaq.sources")
    found = {Path(p).name for p in sources.expand_path(str(SAMPLES))}
    assert ".gold.jsonl" not in found and "feed.jsonl" in found
    assert len([n for n in found if n.endswith((".txt", ".html"))]) == len(GOLD) - len(FEED)


@ROWS
def test_furniture_is_never_body(row: dict[str, Any]) -> None:
    furniture = set(row["teasers"]) | ({row["credit"]} if row["credit"] else set())
    assert not furniture & set(row["body"])


def test_events_form_stories_and_hard_negatives_point_at_them() -> None:
    pages_per_event = Counter(r["event_id"] for r in GOLD)
    hosts_per_event = {e: {r["host"] for r in GOLD if r["event_id"] == e} for e in pages_per_event}
    stories = [e for e, hosts in hosts_per_event.items() if len(hosts) >= 2]
    assert len(stories) >= 5
    for row in GOLD:
        assert row["is_hard_negative"] == bool(row["confusable_with"])
        for other in row["confusable_with"]:
            assert pages_per_event[other] >= 1 and other != row["event_id"]


def test_corpus_has_syndicated_copies() -> None:
    """At least two agency texts appear at two outlets (same body after the dateline)."""

    def core(row: dict[str, Any]) -> tuple[str, ...]:
        first = row["body"][0].split(" - ", 1)[-1] if "(المدار)" in row["body"][0] else row["body"][0]
        return (first, *row["body"][1:])

    copies = Counter(core(r) for r in GOLD)
    assert sum(1 for n in copies.values() if n >= 2) >= 2


def test_corpus_is_marked_fictional() -> None:
    readme = (SAMPLES / "README.md").read_text("utf-8")
    assert "fictional" in readme.lower()
    assert all(r["url"].startswith("https://") and ".example/" in r["url"] for r in GOLD)


def test_committed_files_match_their_generator(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nobody edited a page by hand without its record (the labels would silently drift)."""
    monkeypatch.syspath_prepend(str(SAMPLES / "tools"))
    import build  # type: ignore[import-not-found]

    samples = build.all_samples()
    assert [s.id for s in samples] == [r["id"] for r in GOLD]
    for sample, row in zip(samples, GOLD, strict=True):
        teasers = [] if sample.outlet == "feed" else build.teasers_for(sample, samples)
        page = None if row["format"] == "feed" else build.render(sample, teasers)
        assert build.gold_row(sample, row["path"], teasers, page) == row
        if page is not None:
            assert page == (SAMPLES / row["path"]).read_text("utf-8")
