"""`siyaq evaluate search`: the queries pages were collected with, run as the reader runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import siyaq.views as views
from siyaq.evaluate.search import evaluate_search

BRIDGE = ("انهار جسر المدينة القديمة فوق النهر صباح اليوم الاثنين، وأغلقت السلطات الطرق المؤدية "
          "إليه بعد سقوط ثلاث عربات في المياه وإصابة سبعة من المارة. وقالت فرق الإنقاذ إنها "
          "انتشلت المصابين ونقلتهم إلى المستشفى، وإن لجنة فنية ستحقق في أسباب الانهيار.")
BOOKS = ("افتتح معرض الكتاب الدولي أبوابه في العاصمة صباح الخميس بمشاركة خمسمئة دار نشر عربية "
         "وأجنبية، ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية وتوقيع كتب جديدة.")
# Headline-like queries: neither page holds every word of its query.
ROWS = [
    ("a1", "E1", "bridge", BRIDGE, "انهيار جسر المدينة القديمة وغرق عربات في النهر"),
    ("a2", "E1", "bridge", BRIDGE.replace("صباح اليوم", "فجر اليوم"),
     "انهيار جسر المدينة القديمة وغرق عربات في النهر"),
    ("b1", "E2", "books", BOOKS, "افتتاح معرض الكتاب الدولي بمشاركة ألف دار نشر"),
]


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(
        {"id": page, "event_id": event, "group": group, "excerpt": text, "body": [text],
         "title": None, "is_hard_negative": False, "confusable_with": [], "search_query": query},
        ensure_ascii=False) + "\n" for page, event, group, text, query in ROWS), "utf-8")
    return path


def test_pasted_headlines_find_their_pages(gold: Path) -> None:
    report = evaluate_search(gold)
    assert report.counts["queries"] == report.counts["answered"] == 2
    assert report.counts["hits_matching_some_words"] == 3
    assert report.metrics["recall_at_10"] == 1.0
    assert report.metrics["precision_at_10"] == 1.0
    assert report.metrics["mrr"] == 1.0


def test_all_words_alone_finds_nothing(gold: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What search did before best matches: every word must be in the article."""
    monkeypatch.setattr(views, "_best_matches", lambda *args: [])
    report = evaluate_search(gold)
    assert (report.counts["answered"], report.metrics["recall_at_10"]) == (0, 0.0)
    assert sum(note.startswith("no hit: ") for note in report.notes) == 2
