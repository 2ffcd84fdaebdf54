"""The step contract: a step takes an iterator of items and yields items.

Steps are plain callables with no module-level state, so the same chain runs in a loop, a
process pool or a Spark partition (``mapPartitions(lambda it: run(it, *steps))``).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future
from typing import TypeVar

from siyaq.model import Record

T = TypeVar("T")
R = TypeVar("R")
Step = Callable[[Iterable[Record]], Iterator[Record]]


def run(items: Iterable[Record], *steps: Step) -> Iterator[Record]:
    """Chain steps lazily: nothing is read until the result is iterated."""
    stream: Iterable[Record] = items
    for step in steps:
        stream = step(stream)
    return iter(stream)


def per_record(fn: Callable[[Record], Record]) -> Step:
    """Lift a one-record function into a step; a raised exception becomes the record's error."""

    def step(records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            if record.error is not None:
                yield record
                continue
            try:
                yield fn(record)
            except Exception as exc:  # one bad item must not stop the batch
                record.error = f"{getattr(fn, '__name__', 'step')}: {type(exc).__name__}: {exc}"
                yield record

    return step


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def in_order(pool: Executor, fn: Callable[[T], R], items: Iterable[T], ahead: int) -> Iterator[R]:
    """``fn`` over ``items`` in ``pool``, results in input order, at most ``ahead`` in flight
    (Executor.map would read every input up front)."""
    pending: deque[Future[R]] = deque()
    for item in items:
        pending.append(pool.submit(fn, item))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def tree_cpu_seconds() -> float:
    """CPU seconds of this process and its finished children (a pool's worker processes)."""
    spent = os.times()
    return spent.user + spent.system + spent.children_user + spent.children_system
