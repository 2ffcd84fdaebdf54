"""Labelled quotes on corpus news, stored as references (siyaq.evaluate.quotes_news): a small
fake corpus of our own, and the project's labels on the shared SaudiNewsNet (skipped when
../shared/data is absent)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from siyaq.evaluate.quotes import evaluate, match_quotes
from siyaq.evaluate.quotes_news import GoldQuote, text_digest
from siyaq.model import Quote
from siyaq.sources.corpora import saudinewsnet_item

ARTICLE = {
    "title": "الوزير يعد بتشغيل السد",
    "content": "وقال وزير المياه سامي الحداد في كلمته إن السد سيعمل قبل نهاية العام.\n"
    'وأضاف: "لن نقبل أي تأخير في الجدول الزمني".',
    "date_extracted": "2015-08-06 10:00:00",
    "url": "http://example.com/1",
}
ORIGIN = "2015-08-06.zip/2015-08-06.json#1"
TEXT = ARTICLE["content"]  # its lines are the paragraphs, already trimmed


def fake_corpus(root: Path) -> Path:
    folder = root / "saudinewsnet" / "dataset"
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / "2015-08-06.zip", "w") as zipped:
        other = {**ARTICLE, "content": "خبر آخر لا قول فيه."}
        zipped.writestr("2015-08-06.json", json.dumps([other, ARTICLE], ensure_ascii=False))
    return root


def row(**changes: object) -> dict[str, object]:
    said = TEXT.index("السد")
    speech = TEXT.index("لن نقبل")
    quotes = [
        {"speaker": "سامي الحداد", "start": said, "end": TEXT.index(".", said)},
        {"speaker": "سامي الحداد", "start": speech, "end": TEXT.index('"', speech)},
    ]
    base: dict[str, object] = {
        "ref": f"saudinewsnet:{ORIGIN}", "text_sha1": text_digest(TEXT), "quotes": quotes,
    }
    return {**base, **changes}


def labels(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "labels.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_an_item_is_read_by_its_origin(tmp_path: Path) -> None:
    folder = fake_corpus(tmp_path) / "saudinewsnet" / "dataset"
    assert saudinewsnet_item(folder, ORIGIN)["title"] == ARTICLE["title"]
    with pytest.raises(KeyError, match="#7"):
        saudinewsnet_item(folder, "2015-08-06.zip/2015-08-06.json#7")


def test_labelled_news_scores_direct_and_reported_quotes(tmp_path: Path) -> None:
    data = fake_corpus(tmp_path)
    report, tally = evaluate(labels(tmp_path, [row()]), use_tagger=False, data_dir=data)
    assert tally.skipped == []
    assert (tally.gold, tally.found, tally.pair_hits) == (2, 2, 2)
    assert report.metrics["speaker+quote f1"] == 1.0


def test_a_wrong_speaker_in_the_labels_counts_against_the_finder(tmp_path: Path) -> None:
    data = fake_corpus(tmp_path)
    wrong = row()
    quotes = wrong["quotes"]
    assert isinstance(quotes, list)
    quotes[0]["speaker"] = "خالد سالم"
    _, tally = evaluate(labels(tmp_path, [wrong]), use_tagger=False, data_dir=data)
    assert (tally.gold, tally.pair_hits) == (2, 1)
    assert any("missed 'خالد سالم'" in line for line in tally.errors)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        pytest.param({"text_sha1": "000000000000"}, "text differs", id="text-changed"),
        pytest.param({"ref": "saudinewsnet:2015-08-06.zip/2015-08-06.json#9"}, "#9",
                     id="no-such-item"),
        pytest.param({"ref": "other:x#1"}, "unknown ref", id="unknown-corpus"),
        pytest.param({"quotes": [{"speaker": "س", "start": 5, "end": 99999}]}, "outside",
                     id="offsets-outside"),
        pytest.param({"quotes": [{"start": 5}]}, "bad quote", id="quote-without-speaker"),
    ],
)
def test_rows_that_cannot_be_scored_are_skipped_with_a_reason(
    tmp_path: Path, changes: dict[str, object], reason: str
) -> None:
    data = fake_corpus(tmp_path)
    report, tally = evaluate(labels(tmp_path, [row(**changes), row()]), False, data)
    assert len(tally.skipped) == 1 and reason in tally.skipped[0]
    assert report.counts["rows skipped"] == 1
    assert tally.gold == 2  # the good row is still scored


def test_without_shared_data_every_labelled_row_is_skipped(tmp_path: Path) -> None:
    report, tally = evaluate(labels(tmp_path, [row()]), use_tagger=False, data_dir=None)
    assert tally.gold == 0 and "no shared data" in tally.skipped[0]
    assert report.counts["rows skipped"] == 1


LABELS = Path(__file__).resolve().parents[1] / "labels" / "news-quotes.jsonl"


@pytest.mark.shared
def test_the_project_labels_resolve_and_hold_their_floor(shared_data: Path) -> None:
    """Every labelled article is found with the text it was labelled on; the finder's score on
    them may not fall below what docs/quotes-and-dates.md reports (minus one quote's worth)."""
    report, tally = evaluate(LABELS, use_tagger=True, data_dir=shared_data)
    assert tally.skipped == []
    assert tally.gold >= 200
    assert report.metrics["speaker+quote precision"] >= 0.85
    assert report.metrics["speaker+quote recall"] >= 0.74


def test_each_gold_quote_goes_to_the_found_quote_that_needs_it() -> None:
    """Each found quote shares most words with two gold ones: each goes to the gold quote it
    is closest to, whatever their order, and the gold quote left over is the one no found
    quote says (first come, first matched listed the wrong one as missed)."""
    gold = [GoldQuote("المرصد", "غادرت دفعة أولى من عناصر التنظيم معقلها جنوب دمشق"),
            GoldQuote("المرصد", "دفعة أولى من عناصر التنظيم غادرت مخيم اليرموك فجر الأحد"),
            GoldQuote("المرصد", "ست حافلات تقل عناصر التنظيم غادرت مخيم اليرموك")]
    found = [Quote("دفعة أولى من عناصر التنظيم غادرت مخيم اليرموك فجر الأحد", 0, 1, "المرصد"),
             Quote("ست حافلات تقل عناصر التنظيم غادرت مخيم اليرموك", 2, 3, "المرصد")]
    assert match_quotes(found, gold) == {1: 0, 2: 1}
    assert match_quotes(list(reversed(found)), gold) == {2: 0, 1: 1}
