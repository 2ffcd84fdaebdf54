"""CSV files with a header row, the commonest shape of shared news datasets: one article a row,
its columns named as a JSONL line's fields (``title``, ``content``/``body``/``text``,
``date``/``published``, ``url``…; the names are matched case-insensitively).

Rows are read one at a time (a large file is never held in memory) and each becomes what the
same object would in a JSONL file. A file whose header names no body column is one failure
saying so; a row that cannot be read is a failure and the rest goes on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import TextIO

from siyaq.model import Record
from siyaq.sources.charset import choose_legacy
from siyaq.sources.files import MAX_PAGE_BYTES, error_record, nothing_read, open_file
from siyaq.sources.json_file import NO_PAGES
from siyaq.sources.jsonl import FIELD_NAMES, PAGE_FIELDS, record_for_value

_SAMPLE = 1 << 16


def read_csv(path: str) -> Iterator[Record]:
    number = 0
    try:
        with _open(path) as handle:
            rows = csv.reader(handle)
            header = next(rows, None)
            if header is None or not "".join(header).strip():
                yield nothing_read(path, f"csv file's first line is no header row{NO_PAGES}")
                return
            names = [FIELD_NAMES.get(name.strip().lower(), name.strip()) for name in header]
            if PAGE_FIELDS.isdisjoint(name.lower() for name in names):
                yield error_record(path, "csv header names no body, content, text or html "
                                         f"column ({', '.join(header)[:200]}){NO_PAGES}")
                return
            for number, row in enumerate(rows, start=2):
                raw = ",".join(row).encode("utf-8")
                data = {name: value for name, value in zip(names, row, strict=False) if value}
                yield record_for_value(data, raw, f"{path}#line {number}", f"csv line {number}")
            if number == 0:
                yield error_record(path, f"csv file has a header row and no rows{NO_PAGES}")
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as exc:
        yield error_record(f"{path}#line {number + 1}",
                           f"cannot read csv: {type(exc).__name__}: {exc}")


def _open(path: str) -> TextIO:
    # A whole article is one field: far above csv's default 128 KB field limit.
    csv.field_size_limit(MAX_PAGE_BYTES)
    # Arabic datasets are still exported in windows-1256: the charset is told from the head,
    # and a stray bad byte further down becomes one replacement character, not a lost file.
    with open_file(path) as probe:
        encoding = _charset(probe.read(_SAMPLE))
    return io.TextIOWrapper(open_file(path), encoding=encoding, errors="replace", newline="")


def _charset(head: bytes) -> str:
    """UTF-8 unless the head reads badly as UTF-8 (a stray bad byte does not make a file
    windows-1256: legacy Arabic text fails on nearly every letter)."""
    text = head.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(2, len(text) // 1000):
        return "utf-8-sig"
    return choose_legacy(head, None)[0]
