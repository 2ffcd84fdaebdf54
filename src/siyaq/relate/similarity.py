"""How alike two reports are as reports of one event, from their Features.

Word overlap says "same topic"; what separates events inside a topic are the specifics: the day
(stated dates, weekdays, publication times), the figures (a 300 vs a 200 point hike, 84 vs 61
years), and the names. Agreement on specifics raises the score, disagreement lowers it.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from typing import Protocol

from siyaq.relate.features import Features


@dataclass(slots=True, frozen=True)
class Weights:
    window_days: float = 3.0  # reports of one event further apart than this are not compared
    day_decay: float = 0.08  # score lost per day between publications
    weekday_conflict: float = 0.6  # factor when both name the event's weekday and they differ
    day_conflict: float = 0.5  # factor when both state event days and none is within a day
    # Factor when both state an event day within a day of the other's. A boost, not a bonus:
    # it scales word overlap, so two unrelated events of the same day stay apart. (A shared
    # weekday gets none: recurring events share weekdays, central banks meet on Thursdays.)
    day_match: float = 1.2
    quantity_conflict: float = 0.7  # factor per kind of figure both give with different values
    # Bonus per kind of figure both give with the same value: an agreed specific figure (died at
    # 84, 22.5 pounds to the dollar) is strong evidence that paraphrased leads report one event.
    quantity_match: float = 0.1
    # Bonus when both quote one speaker with mostly the same words (this share of the shorter
    # quote's terms): the same statement, not another one by the same envoy.
    quote_match: float = 0.1
    quote_share: float = 0.5
    # Factor when both reports lead with a common kind of event (relate.events: a death, an
    # outage, a removal ...). Off (1.0): at 1.05-1.15 dev is unchanged and only the gold-field
    # articles gain, since a funeral or a next-day ceremony names the death it follows as
    # much as a side angle does (docs/stories.md, fourth round). No damping when kinds differ.
    kind_match: float = 1.0
    entity_weight: float = 0.0  # share of the score taken by entity overlap when both have some
    threshold: float = 0.25  # similarity to a lone report needed to join it
    cohesion_share: float = 0.9  # a story's bar: this share of its reports' mutual similarity,
    story_floor: float = 0.15  # ... but never below this
    story_ceiling: float = 0.3  # ... nor above this (a story of near-copies stays open)
    merge_threshold: float = 0.3  # average similarity between two stories to merge them
    copy_threshold: float = 0.6  # estimated shingle Jaccard for a syndicated copy
    # A copy this close joins its source's story even past the story's window (a wire text
    # republished days later), unless it states another day or other figures.
    late_copy_threshold: float = 0.8


# Documents assumed beside the window that contain none of its terms: a small archive (or a quiet
# day) must not make the words of its one big story worthless; in a busy window this vanishes.
BACKGROUND_DOCUMENTS = 50


def tfidf(counts: Counter[str], df: Counter[str], documents: int) -> dict[str, float]:
    """Unit-length tf-idf vector, sublinear tf so a repeated name does not dominate."""
    total = documents + BACKGROUND_DOCUMENTS
    # (1 + log n) * log((total + 1) / (df + 0.5)) per term, each operation the same and in the
    # same order as written out per term, but run by map in C.
    tf = map(operator.add, repeat(1.0), map(math.log, counts.values()))
    dfs = map(operator.add, map(df.__getitem__, counts), repeat(0.5))
    idf = map(math.log, map(operator.truediv, repeat(total + 1), dfs))
    vector = dict(zip(counts, map(operator.mul, tf, idf), strict=True))
    weights = vector.values()
    norm = math.sqrt(sum(map(operator.mul, weights, weights)))
    if not norm:
        return {}
    return dict(zip(vector, map(operator.truediv, weights, repeat(norm)), strict=True))


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    # Only shared terms, in a's order: the same sum bit for bit (the skipped terms are 0.0),
    # without a multiply and an add for each of the many terms b lacks; map runs in C.
    shared = list(filter(b.__contains__, a))
    total: float = sum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
    return total


def score(a: Features, b: Features, w: Weights) -> float:
    """How alike two articles are as reports of one event (0 when too far apart in time)."""
    base = cosine(a.vector, b.vector)
    if a.entities and b.entities:
        overlap = len(a.entities & b.entities) / len(a.entities | b.entities)
        base = (1 - w.entity_weight) * base + w.entity_weight * overlap
    if base == 0.0:  # before the time factor: the same 0.0, without working it out
        return 0.0
    factor = _time_factor(a, b, w)
    if factor == 0.0:
        return 0.0
    if quotes_agree(a, b, w.quote_share):
        base += w.quote_match
    specifics, bonus = _figures(a, b, w)
    return base * factor * specifics * event_factor(a, b, w) + bonus


def event_factor(a: Features, b: Features, w: Weights) -> float:
    """`kind_match` when the two lead with a common kind of event, else 1."""
    return w.kind_match if w.kind_match != 1.0 and a.kinds & b.kinds else 1.0


def explain(a: Features, b: Features, w: Weights) -> dict[str, float]:
    """The parts of `score`, for reading why two reports were or were not put together."""
    specifics, bonus = _figures(a, b, w)
    return {"score": score(a, b, w), "cosine": cosine(a.vector, b.vector),
            "time_and_day": _time_factor(a, b, w), "figures": specifics,
            "figure_bonus": bonus, "same_kind": float(bool(a.kinds & b.kinds)),
            "statement": float(quotes_agree(a, b, w.quote_share))}


MIN_QUOTED_TERMS = 5  # a shorter quote says too little to recognise a statement by


def quotes_agree(a: Features, b: Features, share: float) -> bool:
    """Both quote a speaker (matched by a word of the name) with at least `share` of the
    shorter side's quoted terms in common."""
    if not (a.quoted and b.quoted):
        return False
    for speaker in a.quoted.keys() & b.quoted.keys():
        first, second = a.quoted[speaker], b.quoted[speaker]
        shorter = min(len(first), len(second))
        if shorter >= MIN_QUOTED_TERMS and len(first & second) >= share * shorter:
            return True
    return False


def _time_factor(a: Features, b: Features, w: Weights) -> float:
    factor = 1.0
    if a.time is not None and b.time is not None:
        days = abs((a.time - b.time).total_seconds()) / 86400
        if days > w.window_days:
            return 0.0
        factor -= w.day_decay * days
    return factor * stated_day_factor(a, b, w)


class Stated(Protocol):
    """What a report (or a story, over its reports) states about when its event happened."""

    @property
    def event_days(self) -> AbstractSet[date]: ...
    @property
    def days(self) -> AbstractSet[date]: ...  # event days and day-precise dates in the text
    @property
    def weekdays(self) -> AbstractSet[int]: ...


@dataclass(slots=True, frozen=True)
class StatedDays:
    event_days: AbstractSet[date] = frozenset()
    days: AbstractSet[date] = frozenset()
    weekdays: AbstractSet[int] = frozenset()


def stated_day_factor(a: Stated, b: Stated, w: Weights) -> float:
    """What both sides state about the event's day. Event dates (from the analysis step) within
    a day raise the score and further apart lower it: a follow-up two days later is another
    event. Without both event dates, only disagreement counts: no date in the text within a day
    of the other's (a follow-up also names the day of the event it follows), or other weekdays."""
    factor = 1.0
    if a.event_days and b.event_days:
        factor *= w.day_match if _near(a.event_days, b.event_days) else w.day_conflict
    elif a.days and b.days and not _near(a.days, b.days):
        factor *= w.day_conflict
    if a.weekdays and b.weekdays and not a.weekdays & b.weekdays:
        factor *= w.weekday_conflict
    return factor


def _near(days: AbstractSet[date], others: AbstractSet[date]) -> bool:
    return any(abs((x - y).days) <= 1 for x in days for y in others)


# Kinds of figure that, beyond the lead, are not tied to the event: percentages (a rate, a
# fall, a share), bare multipliers (مليون, مليار, الف: a budget, a population), spans of time
# (عاما, سنة, يوما, ساعة, دقيقة, شهرا, أسبوعا: an age, a period, a minute of play) and scores
# (other matches). On SaudiNewsNet + ANT they made most of the splits by figures further down.
UNTIED_KINDS = frozenset({
    "%", "score", "مليون", "ملاي", "مليار", "مليارا", "الف", "الاف", "الفا", "عام", "سنه", "سنوا",
    "اعوام", "يوم", "ايام", "ساع", "ساعا", "دقيق", "دقايق", "شهر", "اشهر", "شهور", "اسبوع",
    "اسابيع",
})


def same_specifics(a: Features, b: Features, w: Weights) -> bool:
    """Neither another event day or weekday nor another figure of a kind both give."""
    return stated_day_factor(a, b, w) >= 1.0 and _figures(a, b, w)[0] >= 1.0


def _figures(a: Features, b: Features, w: Weights) -> tuple[float, float]:
    """The factor for figures both give with other values (`quantity_conflict` per kind) and
    the bonus for lead figures they agree on (`quantity_match` per kind), each compared once.
    Further down (13 vs 22.5 pounds to the dollar) figures only veto, and kinds that measure
    many things there are left out (see UNTIED_KINDS)."""
    conflicts = matches = 0
    lead_units: AbstractSet[str] = frozenset()
    if a.quantities and b.quantities:
        lead_units = a.quantities.keys() & b.quantities.keys()
        for unit in lead_units:
            if _agree(a.quantities[unit], b.quantities[unit]):
                matches += 1
            else:
                conflicts += 1
    if a.body_quantities and b.body_quantities:
        further = a.body_quantities.keys() & b.body_quantities.keys() - lead_units - UNTIED_KINDS
        conflicts += sum(not _agree(a.body_quantities[u], b.body_quantities[u]) for u in further)
    return w.quantity_conflict ** conflicts, w.quantity_match * matches


def _agree(xs: set[float], ys: set[float]) -> bool:
    """Same figure, allowing rounding (22.5 vs 22.75 pounds)."""
    return any(abs(x - y) <= 0.03 * max(abs(x), abs(y)) for x in xs for y in ys)
