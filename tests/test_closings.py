"""Closing lines: an outlet's own last lines (app promotions, disclaimers, credits) learned per
host and moved from bodies to widgets; text that merely repeats stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from siyaq.extract.closings import ClosingLines, closing_lines_step
from siyaq.ingest import ingest_records
from siyaq.model import Article, ContentType, Page, Record
from siyaq.pipeline import run
from siyaq.store import open_store

PROMO = "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل التطبيق."
CREDIT = "*نقلاً عن الرؤية الإماراتية"
BACKGROUND = ("ويعاني قرابة 400 ألف شخص ظروفا إنسانية صعبة للغاية في الغوطة الشرقية التي "
              "تحاصرها قوات النظام بشكل محكم منذ العام 2013.")
LEDES = ["أعلنت وزارة الصحة افتتاح مستشفى جديد في المدينة.",
         "فاز المنتخب على ضيفه بهدفين دون رد في المباراة.",
         "ارتفعت أسعار النفط في ختام تعاملات الأسبوع.",
         "قالت الشرطة إنها أوقفت ثلاثة مشتبه بهم في السرقة.",
         "افتتح المهرجان السينمائي دورته الجديدة بفيلم محلي.",
         "أعلن البنك المركزي إبقاء سعر الفائدة دون تغيير.",
         "وصل الرئيس إلى العاصمة في زيارة رسمية تستمر يومين.",
         "بدأ العام الدراسي الجديد في المدارس الحكومية.",
         "هطلت أمطار غزيرة على المناطق الشمالية أمس.",
         "وقعت الشركتان اتفاقا لتطوير ميناء المدينة.",
         "انطلقت حملة التطعيم ضد شلل الأطفال في المحافظات."]


def _article(index: int, closing: list[str], host: str = "news.example",
             title: str | None = None) -> Article:
    return Article(id=f"a{index}", content_hash=f"h{index}", origin="test", host=host,
                   title=title or f"عنوان الخبر {index}",
                   body=[LEDES[index % len(LEDES)], _middle(index), *closing])


def _middle(index: int) -> str:
    return f"وأضاف المصدر أن العمل مستمر منذ {index + 2} أيام."


def _cut_all(articles: list[Article], batch_size: int = 500) -> list[Article]:
    records = [Record(Page(b"", "test", ContentType.ARTICLE), article=a) for a in articles]
    list(run(records, closing_lines_step(batch_size)))
    return articles


@pytest.mark.parametrize("closing", [
    pytest.param([PROMO], id="app-promotion"),
    pytest.param([CREDIT], id="credit"),
    pytest.param([CREDIT, PROMO], id="two-lines-of-its-own"),
])
def test_an_outlets_closing_lines_move_to_its_widgets(closing: list[str]) -> None:
    articles = _cut_all([_article(i, closing) for i in range(6)])
    for article in articles:
        assert article.body[-1] == _middle(int(article.id[1:]))
        assert [(w.kind, w.text) for w in article.widgets] == [("footer", c) for c in closing]


@pytest.mark.parametrize(("articles", "reason"), [
    pytest.param([_article(i, [PROMO]) for i in range(4)], "four articles are no template",
                 id="too-few"),
    pytest.param([_article(i, [PROMO], title="عنوان واحد") for i in range(8)],
                 "copies of one syndicated article share their ending", id="one-title"),
    pytest.param([_article(i, [PROMO], host=f"h{i}.example") for i in range(8)],
                 "one line at eight outlets is no outlet's template", id="other-hosts"),
    pytest.param([_article(i, [BACKGROUND]) for i in range(8)],
                 "a long sentence under eight reports is background, not furniture",
                 id="background-sentence"),
])
def test_text_that_only_repeats_stays(articles: list[Article], reason: str) -> None:
    bodies = [list(a.body) for a in _cut_all(articles)]
    assert bodies == [a.body for a in articles] and all(a.body[-1] for a in articles), reason
    assert all(not a.widgets for a in articles), reason


def test_a_long_closing_line_needs_twice_the_articles() -> None:
    articles = _cut_all([_article(i, [BACKGROUND]) for i in range(10)])
    assert all(a.widgets and a.widgets[0].text == BACKGROUND for a in articles)


def test_a_body_of_one_paragraph_keeps_it() -> None:
    lines = ClosingLines()
    articles = [_article(i, [PROMO]) for i in range(6)]
    lines.learn(articles)
    alone = Article(id="x", content_hash="x", origin="t", host="news.example", body=[PROMO])
    assert lines.cut(alone) == 0 and alone.body == [PROMO]


def test_what_a_batch_learned_serves_the_batches_after_it() -> None:
    """Batches of three: the first two batches teach the line; an article alone in the last
    batch loses it too, while the first batch, seen before the bar was met, keeps it."""
    articles = _cut_all([_article(i, [PROMO]) for i in range(7)], batch_size=3)
    assert [bool(a.widgets) for a in articles] == [False, False, False, True, True, True, True]


def test_ingest_takes_closing_lines_out_of_records(tmp_path: Path) -> None:
    records = [Record(Page(f"{i}".encode(), f"items.jsonl#{i}", ContentType.ARTICLE,
                           url=f"https://news.example/{i}", given_title=f"عنوان {i}",
                           given_body=[LEDES[i], _middle(i), PROMO]))
               for i in range(6)]
    store = open_store(tmp_path / "a.db")
    ingest_records(records, store, relate=False, analyze=False)
    found = list(store.iter_articles())
    store.close()
    assert len(found) == 6
    assert all(a.body[-1] != PROMO and a.widgets[-1].text == PROMO for a in found)
