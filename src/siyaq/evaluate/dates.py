"""`siyaq evaluate dates`: resolution accuracy on the Recognizers-Text Arabic DateTime cases.

Each case has an input, a reference datetime and expected results (span text and resolution).
A case counts when every expected result is found: a mention whose text equals the expected
text after removing spaces (strict) or overlaps it (lenient), with the expected value.

Which files count: the DateTime files whose cases carry a resolution and are not marked
IgnoreResolution. Of those, DateParser (dates) and TimeParser (times of day) are scored;
DurationParser (lengths of time, `3 ساعات`) and TimePeriodParser (ranges, `من 3 إلى 3:30`)
are listed as not scored, because siyaq's DateMention holds points in time, not durations or
ranges. Expected values of 0001-01-01 mark dates that do not exist (`الأحد الخامس` of a
month with four); those cases are counted apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from siyaq.analyze.dates import DateFinder, find_dates
from siyaq.evaluate.report import Report
from siyaq.model import DateMention

SCORED_FILES = ("DateParser.json", "TimeParser.json")
UNSCORED_FILES = {
    "DurationParser.json": "durations (lengths of time), not points in time",
    "TimePeriodParser.json": "time ranges, not points in time",
}
INVALID_DATE = "0001-01-01"
DEFAULT_REFERENCE = datetime(2016, 11, 7)  # the suite's usual reference when a case has none


@dataclass(slots=True)
class Expected:
    text: str
    values: frozenset[str]  # acceptable values: the future and past readings
    kind: str  # date / time


@dataclass(slots=True)
class Case:
    input: str
    reference: datetime
    expected: list[Expected]


@dataclass(slots=True)
class FileScore:
    cases: int = 0
    strict: int = 0
    lenient: int = 0
    invalid: int = 0
    misses: list[str] = field(default_factory=list)


def load_cases(path: Path) -> list[Case]:
    """The cases of one file that carry a resolution (IgnoreResolution cases are skipped)."""
    raw = json.loads(path.read_text(encoding="utf-8-sig"))
    cases = []
    for item in raw:
        if item.get("IgnoreResolution") or not item.get("Results"):
            continue
        expected = [e for r in item["Results"] if (e := _expected(r)) is not None]
        if expected and len(expected) == len(item["Results"]):
            cases.append(Case(item["Input"], _reference(item), expected))
    return cases


def _reference(item: dict[str, object]) -> datetime:
    context = item.get("Context")
    stamp = context.get("ReferenceDateTime") if isinstance(context, dict) else None
    if not isinstance(stamp, str):
        return DEFAULT_REFERENCE
    return datetime.fromisoformat(stamp[:19])


def _expected(result: dict[str, object]) -> Expected | None:
    value = result.get("Value")
    if not isinstance(value, dict):
        return None
    values = set()
    kind = "date"
    for key in ("FutureResolution", "PastResolution"):
        resolution = value.get(key)
        if isinstance(resolution, dict):
            if "date" in resolution:
                values.add(str(resolution["date"]))
            elif "time" in resolution:
                values.add(str(resolution["time"]))
                kind = "time"
    if not values:
        return None
    return Expected(str(result["Text"]), frozenset(values), kind)


def score_case(case: Case, found: list[DateMention]) -> tuple[bool, bool]:
    """(strict, lenient): every expected result matched with the right value."""
    strict = lenient = True
    for expected in case.expected:
        span = _locate(case.input, expected.text)
        right = [m for m in found if _value_matches(m, expected)]
        strict &= any(_squash(m.text) == _squash(expected.text) for m in right)
        lenient &= any(span is None or (m.start < span[1] and span[0] < m.end) for m in right)
    return strict, lenient


def _squash(text: str) -> str:
    return "".join(text.split())


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    at = text.find(needle.strip())
    return (at, at + len(needle.strip())) if at >= 0 else None


def _value_matches(mention: DateMention, expected: Expected) -> bool:
    if mention.value is None:
        return False
    if expected.kind == "time":
        clock = mention.value.partition("T")[2]
        if not clock:
            return False
        seconds = clock if clock.count(":") == 2 else clock + ":00"
        return seconds in expected.values
    return mention.value[:10] in expected.values and len(mention.value) >= 10


def evaluate(folder: Path) -> tuple[Report, dict[str, FileScore]]:
    report = Report(name="dates", dataset=str(folder))
    scores: dict[str, FileScore] = {}
    finder = DateFinder()  # built once: the rules and tables serve every case
    for name in SCORED_FILES:
        path = folder / "DateTime" / name
        if not path.is_file():
            path = folder / name
        if path.is_file():
            scores[name] = _score_file(path, finder)
    _fill(report, scores)
    return report, scores


def _score_file(path: Path, finder: DateFinder) -> FileScore:
    score = FileScore()
    for case in load_cases(path):
        if any(INVALID_DATE in e.values for e in case.expected):
            score.invalid += 1
            continue
        found = find_dates(case.input, case.reference, finder)
        strict, lenient = score_case(case, found)
        score.cases += 1
        score.strict += strict
        score.lenient += lenient
        if not strict:
            score.misses.append(case.input)
    return score


def _fill(report: Report, scores: dict[str, FileScore]) -> None:
    total = sum(s.cases for s in scores.values())
    report.counts["cases scored"] = total
    report.counts["cases with impossible dates"] = sum(s.invalid for s in scores.values())
    report.metrics["resolution accuracy (strict)"] = (
        sum(s.strict for s in scores.values()) / total if total else 0.0
    )
    report.metrics["resolution accuracy (overlap)"] = (
        sum(s.lenient for s in scores.values()) / total if total else 0.0
    )
    for name, s in scores.items():
        report.sections[name] = {
            "cases": s.cases,
            "strict": s.strict / s.cases if s.cases else 0.0,
            "overlap": s.lenient / s.cases if s.cases else 0.0,
        }
    report.notes.append(
        "scored: " + ", ".join(scores) + " (cases with a resolution, "
        "IgnoreResolution skipped; a year-less date may take its past or "
        "future reading, both given by the suite)"
    )
    report.notes += [f"not scored: {name}: {why}" for name, why in UNSCORED_FILES.items()]
    report.notes.append(
        "strict: span text equal after removing spaces, and value equal; "
        "overlap: value equal on a mention overlapping the expected span"
    )
