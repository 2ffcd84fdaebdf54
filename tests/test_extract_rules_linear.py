"""The rule labeler stays linear on dumps of many lines, with the labels it always gave.

The body pass judged each short line by the next labelled line below it, looked for from every
line: 100,000 one-letter lines took 94 s. The duplicate pass looked for the first copy of every
repeated line from the top. Both now take one pass; each is compared here with the plain
search it replaces, and the work is counted (list reads), never timed.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from typing import SupportsIndex, overload

import pytest

from siyaq.extract import rules
from siyaq.extract.lines import DumpLine, LineLabel, split_lines

BODY = "أعلنت الولايات المتحدة أنها لا تسعى إلى خروج روسيا من الأراضي السورية، أو تغيير النظام."
SHORT = ["ك", "اقرأ أيضا", "وقال الوزير إن", "انتهى.", "صورة الخبر هنا", "عاجل", "-", "نعم؟"]
LABELS = [None, None, None, LineLabel.BODY, LineLabel.TITLE, LineLabel.OTHER, LineLabel.TEASER,
          LineLabel.STAMP]


class CountingList(list):  # type: ignore[type-arg]
    """A list that counts the items read from it, by index or by iteration."""

    reads = 0

    @overload
    def __getitem__(self, index: SupportsIndex) -> object: ...
    @overload
    def __getitem__(self, index: slice) -> list[object]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> object:
        found = super().__getitem__(index)
        self.reads += len(found) if isinstance(index, slice) else 1
        return found

    def __iter__(self) -> Iterator[object]:
        for item in super().__iter__():
            self.reads += 1
            yield item


def _reference_mark_body(lines: list[DumpLine], labels: rules.Labels, first_body: int) -> None:
    """The body pass as it was: a look-ahead from every short line."""
    for i in range(first_body, len(lines)):
        if labels[i] is None and rules.body_like(lines[i]):
            labels[i] = LineLabel.BODY
    for i in range(first_body, len(lines)):
        if labels[i] is None:
            previous = labels[i - 1] if i > 0 else None
            following = next((labels[j] for j in range(i + 1, len(lines))
                              if labels[j] is not None), None)
            labels[i] = rules._short_line(lines[i], previous, following)


def _reference_mark_duplicates(lines: list[DumpLine], labels: rules.Labels,
                               first_body: int) -> None:
    counts = Counter(line.key for line in lines if line.key)
    for i, line in enumerate(lines):
        if labels[i] is not None or counts[line.key] < 2 or line.words < 2:
            continue
        first = next(j for j, other in enumerate(lines) if other.key == line.key)
        is_title = (first <= max(first_body, 0) and first < rules._TITLE_WINDOW
                    and 3 <= line.words <= 40 and line.text[0] not in rules._BULLETS)
        labels[i] = LineLabel.TITLE if is_title else LineLabel.OTHER


def _random_page(seed: int) -> tuple[list[DumpLine], rules.Labels, int]:
    rng = random.Random(seed)
    texts = [rng.choice([BODY, *SHORT]) for _ in range(rng.randrange(1, 60))]
    lines = split_lines("\n".join(texts))
    labels: rules.Labels = [rng.choice(LABELS) for _ in lines]
    return lines, labels, rng.randrange(0, len(lines) + 1)


@pytest.mark.parametrize("seed", range(40), ids=[f"seed-{n}" for n in range(40)])
def test_body_pass_labels_as_the_look_ahead_did(seed: int) -> None:
    lines, labels, first_body = _random_page(seed)
    expected = list(labels)
    _reference_mark_body(lines, expected, first_body)
    rules._mark_body(lines, labels, first_body)
    assert labels == expected


@pytest.mark.parametrize("seed", range(20), ids=[f"seed-{n}" for n in range(20)])
def test_duplicate_pass_labels_as_the_search_did(seed: int) -> None:
    rng = random.Random(seed)
    lines, labels, first_body = _random_page(seed)
    lines = split_lines("\n".join(line.text for line in lines + rng.sample(lines, len(lines))))
    labels = [rng.choice(LABELS) for _ in lines]
    expected = list(labels)
    _reference_mark_duplicates(lines, expected, first_body)
    rules._mark_duplicates(lines, labels, first_body)
    assert labels == expected


@pytest.mark.parametrize(
    ("text", "previous", "following", "label"),
    [
        pytest.param("ك", LineLabel.BODY, LineLabel.BODY, LineLabel.BODY, id="between-body"),
        pytest.param("ك", LineLabel.BODY, None, LineLabel.BODY, id="last-after-body"),
        pytest.param("انتهى.", LineLabel.BODY, LineLabel.TEASER, LineLabel.BODY,
                     id="closing-sentence"),
        pytest.param("ك", LineLabel.BODY, LineLabel.TEASER, LineLabel.OTHER, id="before-teasers"),
        pytest.param("وقال الوزير إن", LineLabel.TITLE, LineLabel.BODY, LineLabel.BODY,
                     id="subheading-under-title"),
        pytest.param("ك", None, LineLabel.BODY, LineLabel.OTHER, id="one-word-above-body"),
        pytest.param("وقال الوزير إن", LineLabel.OTHER, LineLabel.BODY, LineLabel.OTHER,
                     id="under-furniture"),
    ],
)
def test_short_line_by_its_neighbours(text: str, previous: LineLabel | None,
                                      following: LineLabel | None, label: LineLabel) -> None:
    assert rules._short_line(split_lines(text)[0], previous, following) is label


@pytest.mark.parametrize(
    ("tail", "end"),
    [pytest.param("ك\n", "", id="one-letter-lines"),
     pytest.param("2020/02/06\n", "", id="stamps"),
     pytest.param("ك\nصورة الخبر هنا\n", BODY, id="short-lines-then-body")],
)
def test_body_pass_reads_each_label_a_few_times(tail: str, end: str) -> None:
    """3,000 short lines under the body: the look-ahead read about 4.5 million labels."""
    lines = split_lines(f"عنوان الخبر\n\n{BODY}\n" + tail * 3000 + end)
    labels = CountingList([None] * len(lines))
    rules._mark_body(lines, labels, 1)
    assert labels.reads <= 6 * len(lines)
    assert labels[-1] is LineLabel.BODY


def test_duplicate_pass_reads_each_line_a_few_times() -> None:
    """2,000 different lines printed twice: the search from the top read about 6 million."""
    repeated = "".join(f"سطر {n} مكرر\n" for n in range(2000))
    lines = CountingList(split_lines(f"عنوان الخبر\n{BODY}\n{repeated}{repeated}"))
    labels: rules.Labels = [None] * len(lines)
    rules._mark_duplicates(lines, labels, 1)
    assert lines.reads <= 6 * len(lines)
    assert labels[2:] == [LineLabel.OTHER] * (len(lines) - 2)


def test_many_one_letter_lines_extract_as_before() -> None:
    """The tester's page, smaller: the body runs from the sentence through the letters."""
    lines = split_lines("عنوان الخبر\n\n" + BODY + "\n" + "ك\n" * 500)
    labels = rules.RuleLabeler().label(lines)
    assert labels[1:] == [LineLabel.BODY] * (len(lines) - 1)
