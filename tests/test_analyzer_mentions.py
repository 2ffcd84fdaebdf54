"""The analysis step's joins between its parts: a name inside a date is part of the date."""

from __future__ import annotations

from datetime import datetime

import pytest

from siyaq.analyze import Analyzer, without_dated
from siyaq.model import Article, DateMention, Granularity, Mention


def _article(text: str, mentions: list[Mention]) -> Article:
    return Article(
        id="a1", content_hash="h1", origin="test", body=[text],
        published_at=datetime(2015, 7, 24), mentions=mentions,
    )


@pytest.mark.parametrize(
    ("text", "name", "kind", "kept"),
    [
        pytest.param("وفي أبريل (نيسان) الماضي علق مدير الشركة على النتائج", "نيسان", "ORG", False,
                     id="month-in-parentheses-is-no-company"),
        pytest.param("وصلت سيارات نيسان الجديدة إلى المعرض في أبريل الماضي", "نيسان", "ORG", True,
                     id="the-company-outside-a-date"),
    ],
)
def test_a_name_inside_a_date_is_dropped(text: str, name: str, kind: str, kept: bool) -> None:
    start = text.index(name)
    mention = Mention(name, kind, start, start + len(name), name)
    article = _article(text, [mention])
    Analyzer.build(ner=False).analyze(article)
    assert (mention in article.mentions) is kept


def test_title_mentions_are_never_compared_with_body_dates() -> None:
    title = Mention("نيسان", "ORG", 3, 8, "نيسان", in_title=True)
    date = DateMention("أبريل (نيسان)", 0, 12, "2015-04", Granularity.MONTH, relative=True)
    assert without_dated([title], [date]) == [title]


@pytest.mark.parametrize("seed", range(5), ids=[f"seed-{n}" for n in range(5)])
def test_dated_mentions_found_as_by_comparing_every_pair(seed: int) -> None:
    """Nested, overlapping and touching spans: the bisected check drops exactly the mentions
    some date contains."""
    import random

    rng = random.Random(seed)
    dates = []
    for _ in range(rng.randint(1, 12)):
        start = rng.randint(0, 80)
        dates.append(DateMention("x", start, start + rng.randint(1, 30), "2015", Granularity.YEAR))
    mentions = []
    for _ in range(40):
        start = rng.randint(0, 100)
        mentions.append(Mention("y", "LOC", start, start + rng.randint(1, 8), "y",
                                in_title=rng.random() < 0.1))
    expected = [m for m in mentions if m.in_title
                or not any(d.start <= m.start and m.end <= d.end for d in dates)]
    assert without_dated(mentions, dates) == expected
