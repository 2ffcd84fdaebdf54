"""Pair similarity: how the specifics (figures) move a word-overlap score."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from siyaq.model import Article, Quote
from siyaq.relate.cluster import Engine
from siyaq.relate.features import Features, featurize
from siyaq.relate.similarity import StatedDays, Weights, quotes_agree, score, stated_day_factor
from siyaq.relate.text import Terms
from test_relate_support import FakeStore


def _report(ident: str, vector: dict[str, float], quantities: dict[str, set[float]]) -> Features:
    return Features(id=ident, url=None, host=None, title=None, time=None, counts=Counter(vector),
                    quantities=quantities, vector=vector)


# Two paraphrased reports whose leads share only part of their words (cosine 0.18).
_A = {"وفا": 0.6, "فنان": 0.8}
_B = {"وفا": 0.3, "ممثل": 0.954}


def test_a_shared_figure_lifts_a_paraphrase_over_the_lone_report_bar() -> None:
    weights = Weights()
    plain = score(_report("a", _A, {}), _report("b", _B, {}), weights)
    same_age = score(_report("a", _A, {"عام": {84.0}}), _report("b", _B, {"عام": {84.0}}), weights)
    assert plain < weights.threshold <= same_age


def test_a_conflicting_figure_keeps_the_pair_apart() -> None:
    weights = Weights()
    other_age = score(_report("a", _A, {"عام": {84.0}}), _report("b", _B, {"عام": {61.0}}),
                      weights)
    assert other_age < score(_report("a", _A, {}), _report("b", _B, {}), weights)
    assert other_age < weights.threshold


def _stated(event: str | None = None, days: tuple[str, ...] = (),
            weekdays: tuple[int, ...] = ()) -> StatedDays:
    event_days = {date.fromisoformat(event)} if event else set()
    return StatedDays(event_days, event_days | {date.fromisoformat(d) for d in days},
                      set(weekdays))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(_stated("2021-08-07"), _stated("2021-08-07"), "match", id="same-event-day"),
        pytest.param(_stated("2021-08-07"), _stated("2021-08-08"), "match", id="next-day"),
        pytest.param(_stated("2021-08-07"), _stated("2021-08-09", ("2021-08-07",)), "conflict",
                     id="follow-up-two-days-later-naming-the-first-day"),
        pytest.param(_stated(days=("2021-08-07",)), _stated(days=("2021-08-07",)), "neutral",
                     id="shared-mentioned-day-no-boost"),
        pytest.param(_stated(days=("2021-08-07",)), _stated(days=("2021-08-10",)), "conflict",
                     id="mentioned-days-apart"),
        pytest.param(_stated(), _stated("2021-08-07"), "neutral", id="one-side-silent"),
        pytest.param(_stated(weekdays=(5,)), _stated(weekdays=(6,)), "weekday", id="other-weekday"),
        pytest.param(_stated(weekdays=(5,)), _stated(weekdays=(5,)), "neutral",
                     id="same-weekday-no-boost"),
    ],
)
def test_stated_event_days(a: StatedDays, b: StatedDays, expected: str) -> None:
    w = Weights()
    wanted = {"match": w.day_match, "conflict": w.day_conflict, "neutral": 1.0,
              "weekday": w.weekday_conflict}[expected]
    assert stated_day_factor(a, b, w) == pytest.approx(wanted)


def test_a_silent_report_speaks_for_its_story_day() -> None:
    """A follow-up two days later is compared with the story's stated day even through the
    reports that state none (most of them)."""
    engine = Engine(FakeStore([]))
    stated = _report("a", _A, {})
    stated.event_days = stated.days = {date(2021, 8, 7)}
    silent = _report("b", _A, {})
    for item in (stated, silent):
        engine.pool.features[item.id] = item
    follow_up = _report("f", _A, {})
    same_day = _report("g", _A, {})
    follow_up.event_days = follow_up.days = {date(2021, 8, 9)}
    same_day.event_days = same_day.days = {date(2021, 8, 7)}
    later = engine._story_score(follow_up, ["a", "b"])
    same = engine._story_score(same_day, ["a", "b"])
    w = Weights()
    assert later == pytest.approx(w.day_conflict * same / w.day_match)


# One envoy, three quotes: a paraphrase of one statement, and another statement (same topic).
_SAID = "الولايات المتحدة تريد العودة إلى وضع 2011 عندما لم تكن هناك قوات روسية وإيرانية في سوريا"
_PARAPHRASE = "الولايات المتحدة تريد أن تعود الأوضاع في سوريا إلى ما قبل 2011 قبل دخول القوات الروسية"
_OTHER = "بشار الأسد لا يأخذ أراضي جديدة في سوريا وعليه أن يتأقلم على ذلك"


def _quoting(ident: str, speaker: str, said: str) -> Features:
    article = Article(id=ident, content_hash=ident, origin="test", body=[said],
                      quotes=[Quote(text=said, start=0, end=len(said), speaker=speaker)])
    features = featurize(article, Terms(), sketch=False)
    features.vector = dict(_A)
    return features


@pytest.mark.parametrize(
    ("first", "second", "agree"),
    [
        pytest.param(("جيمس جيفري", _SAID), ("السفير جيفري", _PARAPHRASE), True,
                     id="same-statement-paraphrased"),
        pytest.param(("جيمس جيفري", _SAID), ("جيمس جيفري", _OTHER), False,
                     id="another-statement-by-the-same-speaker"),
        pytest.param(("جيمس جيفري", _SAID), ("سيرغي لافروف", _SAID), False,
                     id="same-words-another-speaker"),
        pytest.param(("كمال عبد المعروف", _SAID), ("عبد الفتاح البرهان", _SAID), False,
                     id="names-meeting-only-on-abd"),
        pytest.param(("جيمس جيفري", "نحن لا نقول"), ("جيمس جيفري", "نحن لا نقول"), False,
                     id="too-short-to-tell"),
    ],
)
def test_a_shared_statement_lifts_the_score(
    first: tuple[str, str], second: tuple[str, str], agree: bool
) -> None:
    w = Weights()
    a, b = _quoting("a", *first), _quoting("b", *second)
    assert quotes_agree(a, b, w.quote_share) is agree
    lifted = score(a, b, w)
    a.quoted = b.quoted = {}
    assert lifted == pytest.approx(score(a, b, w) + (w.quote_match if agree else 0.0))


@pytest.mark.parametrize(
    ("first", "second", "factor"),
    [
        pytest.param({"جني": {13.0}}, {"جني": {22.5}}, "conflict", id="other-rate-further-down"),
        pytest.param({"جني": {22.5}}, {"جني": {22.75}}, "neutral", id="same-rate-no-bonus"),
        pytest.param({"جني": {13.0}}, {"نقط": {200.0}}, "neutral", id="different-kinds"),
        pytest.param({"%": {10.0}}, {"%": {14.75}}, "neutral", id="percentages-measure-many-things"),
        pytest.param({"مليون": {3.0}}, {"مليون": {160.0}}, "neutral", id="bare-multiplier"),
        pytest.param({"عام": {84.0}}, {"عام": {61.0}}, "neutral", id="span-of-time"),
        pytest.param({"score": {0.2}}, {"score": {1.3}}, "neutral", id="other-matches-scores"),
    ],
)
def test_figures_beyond_the_lead_only_veto(
    first: dict[str, set[float]], second: dict[str, set[float]], factor: str
) -> None:
    w = Weights()
    a, b = _report("a", _A, {}), _report("b", _B, {})
    plain = score(a, b, w)
    a.body_quantities, b.body_quantities = first, second
    wanted = w.quantity_conflict if factor == "conflict" else 1.0
    assert score(a, b, w) == pytest.approx(plain * wanted)
