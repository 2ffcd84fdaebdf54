"""Pair similarity: how the specifics (figures) move a word-overlap score."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from siyaq.relate.cluster import Engine
from siyaq.relate.features import Features
from siyaq.relate.similarity import StatedDays, Weights, score, stated_day_factor
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
