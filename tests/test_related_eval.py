"""`siyaq evaluate related`: each article's related stories scored against gold contexts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from siyaq.evaluate.related import contexts, evaluate_related
from siyaq.evaluate.stories import GoldPage
from siyaq.model import Related
from siyaq.relate.context import RelatedFinder
from siyaq.store.base import Store

MINISTER = "وزير الأشغال سامر الخطيب"
BRIDGE = (f"انهار جسر المدينة القديمة فوق النهر صباح اليوم الاثنين، وأغلقت السلطات الطرق المؤدية "
          f"إليه بعد سقوط ثلاث عربات في المياه وإصابة سبعة من المارة. وقال {MINISTER} إن فرق "
          "الإنقاذ انتشلت المصابين ونقلتهم إلى المستشفى، وإن لجنة فنية ستحقق في أسباب الانهيار.")
REPAIR = (f"أعلن {MINISTER} بدء أعمال إعادة بناء جسر المدينة القديمة بعد عام على انهياره، "
          "وقال إن الأعمال تستمر ستة أشهر وتكلف أربعة ملايين دينار تدفعها الحكومة، وإن الجسر "
          "الجديد سيتسع لأربع حارات ويتحمل الشاحنات الثقيلة عند افتتاحه في الصيف المقبل.")
BOOKS = ("افتتح معرض الكتاب الدولي أبوابه في العاصمة صباح الخميس بمشاركة خمسمئة دار نشر عربية "
         "وأجنبية، ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية وتوقيع كتب جديدة "
         "لكتاب من بلدان عدة، وقالت إدارة المعرض إنها تتوقع زيارة مليون شخص.")
MATCH = ("فاز الفريق الأول بكأس البطولة بعد مباراة مثيرة انتهت بركلات الترجيح أمام جمهور كبير "
         "ملأ الملعب، واحتفل اللاعبون مع المدرب حتى ساعة متأخرة من الليل في وسط المدينة، فيما "
         "أعلن النادي تنظيم استقبال رسمي للفريق يوم السبت في الساحة الكبرى.")


def _row(page: str, event: str, text: str, group: str | None = None,
         confusable: tuple[str, ...] = ()) -> dict[str, object]:
    return {"id": page, "event_id": event, "title": " ".join(text.split()[:7]), "body": [text],
            "excerpt": text, "is_hard_negative": page.startswith("n"),
            "confusable_with": list(confusable), "group": group,
            "published_iso": None}


def _gold(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


ROWS = [
    _row("a1", "E1", BRIDGE, "bridge"),
    _row("a2", "E1", BRIDGE.replace("صباح اليوم الاثنين", "فجر الاثنين"), "bridge"),
    _row("n1", "N1", REPAIR, "bridge", ("E1",)),
    _row("b1", "E2", BOOKS, "books"),
    _row("c1", "E3", MATCH, "sport"),
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([GoldPage("p1", "E1", None, "", None, [], None, group="G1"),
          GoldPage("p2", "N1", None, "", None, [], None, ["E1"], True, group="G1"),
          GoldPage("p3", "E2", None, "", None, [], None, group="G2")],
         {"p1": "G1", "p2": "G1", "p3": "G2"}),
        ([GoldPage("p1", "E1", None, "", None, [], None),
          GoldPage("p2", "N1", None, "", None, [], None, ["E1", "E2"], True),
          GoldPage("p3", "E2", None, "", None, [], None),
          GoldPage("p4", "E3", None, "", None, [], None)],
         {"p1": "E1", "p2": "E1", "p3": "E1", "p4": "E3"}),
    ],
    ids=["group-field", "linked-by-confusable-with"],
)
def test_contexts(rows: list[GoldPage], expected: dict[str, str]) -> None:
    found = contexts(rows)
    assert {p: found[p] == found["p1"] for p in expected} == {
        p: c == expected["p1"] for p, c in expected.items()}
    assert len(set(found.values())) == len(set(expected.values()))


def test_related_lists_scored_against_contexts(tmp_path: Path) -> None:
    """The bridge's collapse and its repair a year on are one context; the book fair and the
    match are others. Only pages with another story of their context are asked about."""
    report = evaluate_related(_gold(tmp_path, ROWS))
    assert report.counts["queries"] == 3  # a1, a2 (one story) and n1
    assert report.counts["hard_negatives_linked"] == 1
    assert report.metrics["precision_at_5"] == 1.0
    assert report.metrics["recall_at_5"] == 1.0
    assert report.metrics["mrr"] == 1.0
    assert report.metrics["chance_precision"] == pytest.approx(1 / 3)


def test_a_list_of_every_other_story_scores_chance(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listing every other story, whatever the article (the seed site's "latest news"),
    finds all of the context at the precision chance_precision gives."""

    def everything(self: RelatedFinder, store: Store, article_id: str,
                   limit: int = 10) -> list[Related]:
        own = store.get_story_of(article_id)
        stories = {story.id: story for story in store.iter_stories()
                   if own is None or story.id != own.id}
        return [Related(story_id, sorted(story.article_ids)[0], None, 0.0)
                for story_id, story in sorted(stories.items())][:limit]

    monkeypatch.setattr(RelatedFinder, "find", everything)
    report = evaluate_related(_gold(tmp_path, ROWS))
    assert report.metrics["recall_at_5"] == 1.0
    assert report.metrics["precision_at_5"] == pytest.approx(
        report.metrics["chance_precision"])
    assert report.metrics["chance_precision"] == pytest.approx(1 / 3)


def test_an_empty_list_is_a_miss(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RelatedFinder, "find", lambda *args, **kwargs: [])
    report = evaluate_related(_gold(tmp_path, ROWS))
    assert (report.counts["empty_lists"], report.metrics["recall_at_5"]) == (3, 0.0)
    assert report.counts["hard_negatives_linked"] == 0
    assert "n1 (N1): no story of its context listed" in report.notes
