"""The learned cleaner: merging CRF and rule labels, features, synthetic training pages, the
bench labeling, the shipped model, and the batch step that learns site templates."""

from __future__ import annotations

import random

import pytest

from siyaq.extract.cleaner import (
    LearnedLabeler,
    coarse,
    drop_stray_blocks,
    likeliest_rule_body,
    merge,
)
from siyaq.extract.features import main_region, page_features
from siyaq.extract.lines import LineLabel, split_lines
from siyaq.extract.rules import RuleLabeler
from siyaq.extract.synthetic import PageMaker, SourceArticle, paragraphs_of, stamp_text
from siyaq.extract.templates import templated_extract_step
from siyaq.extract.training import BenchPage, label_bench
from siyaq.model import ContentType, Page, Record

L = LineLabel
LEDE = "أعلن وزير النقل سامر الخطيب اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين بعد ثلاث سنوات من العمل."
SECOND = "وقال الخطيب في مؤتمر صحفي إن الرحلة ستستغرق أقل من ساعة، مشيرا إلى أن أسعار التذاكر ستبقى في متناول الجميع."


@pytest.mark.parametrize(
    ("rules", "crf", "expected"),
    [
        ([L.TITLE, L.BODY], ["title", "body"], [L.TITLE, L.BODY]),
        ([L.SHARE, L.BODY], ["other", "body"], [L.SHARE, L.BODY]),
        ([L.BODY, L.BODY], ["body", "other"], [L.BODY, L.OTHER]),
        ([L.TEASER, L.OTHER], ["stamp", "body"], [L.TEASER, L.BODY]),
        ([L.MENU, L.TITLE], ["title", "other"], [L.TITLE, L.OTHER]),
    ],
    ids=["agree", "furniture-kind-kept", "crf-rejects-body", "teaser-time-not-stamp", "crf-moves-title"],
)
def test_merge(rules: list[LineLabel], crf: list[str], expected: list[LineLabel]) -> None:
    assert merge(rules, crf) == expected


def test_coarse_labels() -> None:
    assert [coarse(x) for x in (L.TITLE, L.BODY, L.TEASER, L.FOOTER)] == ["title", "body", "other", "other"]


def test_features_carry_rules_position_and_language() -> None:
    lines = split_lines(f"عنوان الخبر الرئيسي اليوم\n{LEDE}\n{SECOND}\nشارك")
    features = page_features(lines, RuleLabeler().label(lines))
    assert len(features) == len(lines)
    assert "r=title" in features[0] and "page_ar|r=title" in features[0]
    assert "pos=0" in features[0] and "lex=share" in features[3]
    assert main_region(lines, RuleLabeler().label(lines)) == (1, 3)


def test_synthetic_pages_are_labeled_line_by_line() -> None:
    rng = random.Random(3)
    others = [SourceArticle(f"خبر آخر رقم {i} عن الاقتصاد المحلي", "", [LEDE]) for i in range(5)]
    maker = PageMaker(rng, others)
    article = SourceArticle("افتتاح خط القطار السريع بين المدينتين", "سامر", [LEDE, SECOND])
    dumps = [maker.make(article) for _ in range(30)]
    assert all(len(d.lines) == len(d.labels) for d in dumps)
    assert all(d.labels.count(L.BODY) >= 1 for d in dumps)
    assert any(L.TITLE in d.labels for d in dumps) and any(L.TEASER in d.labels for d in dumps)
    assert len(paragraphs_of("جملة أولى. جملة ثانية. جملة ثالثة. جملة رابعة.", rng)) >= 2


@pytest.mark.parametrize("seed", range(5), ids=lambda s: f"seed{s}")
def test_synthetic_stamps_parse_back(seed: int) -> None:
    from datetime import datetime

    from siyaq.extract.stamps import parse_published

    when = datetime(2021, 3, 4, 15, 7)
    parsed = parse_published(stamp_text(when, random.Random(seed)))
    assert parsed is not None and parsed[0].date() == when.date()


def test_bench_lines_labeled_against_gold() -> None:
    page = BenchPage(
        id="x/1", html="<h1>Trains resume</h1>", body="The minister opened the new line on Monday.\nFares stay low.",
        title=None, author="Jane Doe", date="2021-10-04",
    )
    lines = split_lines("Home\nTrains resume\nBy Jane Doe\nOctober 4, 2021\n"
                        "The minister opened the new line on Monday.\nFares stay low.\nMore news")
    assert label_bench(page, lines) == [L.OTHER, L.TITLE, L.BYLINE, L.STAMP, L.BODY, L.BODY, L.OTHER]


@pytest.mark.skipif(not LearnedLabeler.available(), reason="no shipped cleaner model")
def test_shipped_model_cleans_a_page() -> None:
    text = f"الرئيسية\nأخبار\nافتتاح خط القطار السريع\n{LEDE}\n{SECOND}\nأخبار ذات صلة\nخبر آخر عن القطارات\n12:00 - 2024/03/02"
    labels = LearnedLabeler().label(split_lines(text))
    assert labels[3:5] == [L.BODY, L.BODY]
    assert L.BODY not in labels[5:]


def test_templated_step_drops_an_outlets_repeated_lines() -> None:
    bodies = [LEDE, SECOND, LEDE.replace("اليوم", "أمس"), SECOND.replace("ساعة", "ساعتين")]

    def record(n: int) -> Record:
        text = f"شبكة الأخبار المحلية\nعاجل من المحافظة\nعنوان الخبر رقم {n} اليوم\n{bodies[n]}\nتابعونا على قناتنا"
        page = Page(content=text.encode(), origin=str(n), content_type=ContentType.TEXT,
                    url=f"https://local.example/{n}", text=text)
        return Record(page=page)

    records = list(templated_extract_step(batch_size=10)(record(n) for n in range(4)))
    assert all(r.article is not None for r in records)
    article = records[2].article
    assert article is not None and article.body == [bodies[2]]
    assert any("عاجل من المحافظة" in w.text for w in article.widgets)


def _lines_of(words: list[int]) -> list[str]:
    return [" ".join(["كلمة"] * n) for n in words]


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        ([30, 30, 3, 30], ["body", "body", "other", "body"], ["body", "body", "other", "body"]),
        ([30, 30, 3, 3, 3, 3, 3, 5], ["body", "body"] + ["other"] * 5 + ["body"],
         ["body", "body"] + ["other"] * 6),
        ([5, 3, 3, 3, 3, 3, 30, 30], ["body"] + ["other"] * 5 + ["body", "body"],
         ["other"] * 6 + ["body", "body"]),
        ([20, 3, 3, 3, 3, 3, 30], ["body"] + ["other"] * 5 + ["body"],
         ["body"] + ["other"] * 5 + ["body"]),
        ([10], ["title"], ["title"]),
    ],
    ids=["one-block-with-gap", "stray-line-below", "stray-line-above", "two-large-blocks-kept",
         "no-body-untouched"],
)
def test_drop_stray_blocks(words: list[int], tags: list[str], expected: list[str]) -> None:
    lines = split_lines("\n".join(_lines_of(words)))
    assert drop_stray_blocks(lines, tags) == expected


def test_learned_falls_back_to_rules_when_it_keeps_no_body() -> None:
    """A page the CRF rejects whole still gets the rules' body (then checked like any page)."""
    if not LearnedLabeler.available():
        pytest.skip("no shipped cleaner model")
    menu = "\n".join(f"• Section {n}" for n in range(45))
    lines = split_lines(f"{menu}\n{LEDE}\n{SECOND}")
    labeler = LearnedLabeler()
    labels = labeler.label(lines)
    assert LineLabel.BODY in labels
    assert labels[-2:] == [LineLabel.BODY, LineLabel.BODY]


@pytest.mark.parametrize(
    ("p_body", "expected"),
    [
        ([0.0, 0.40, 0.37, 0.15, 0.3], [L.TITLE, L.BODY, L.BODY, L.OTHER, L.BODY]),
        ([0.0, 0.0, 0.0, 0.0, 0.0], [L.TITLE, L.BODY, L.BODY, L.BODY, L.BODY]),
    ],
    ids=["headline-list-dropped", "no-evidence-keeps-all"],
)
def test_likeliest_rule_body(p_body: list[float], expected: list[LineLabel]) -> None:
    rules = [L.TITLE, L.BODY, L.BODY, L.BODY, L.BODY]
    assert likeliest_rule_body(rules, p_body) == expected
