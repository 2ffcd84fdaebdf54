"""Pages piped in (``siyaq ingest -``): ``zcat crawl.jsonl.gz | siyaq ingest -``.

Standard input is spooled to a temporary file, its format is told from its first bytes (gzip,
WARC, JSON, a feed, a CSV header, else one page, HTML or text), and the file's usual reader
reads it. Origins name the input by a digest of its bytes (``stdin:3fa2c1d0e9ab#line 3``), so
piping the same data again finds it unchanged and different data never takes another input's
ids.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO, BinaryIO, cast

from siyaq.model import Record
from siyaq.sources.files import MAX_PAGE_BYTES, error_record
from siyaq.sources.jsonl import PAGE_FIELDS

_HEAD = 4096
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf")


def read_stdin(
    read_file: Callable[[str], Iterator[Record]], stream: BinaryIO | None = None
) -> Iterator[Record]:
    """Every Record of what was piped in; ``read_file`` reads a file by its name's format."""
    source = stream if stream is not None else sys.stdin.buffer
    with tempfile.TemporaryDirectory(prefix="siyaq-stdin-") as folder:
        try:
            spooled, digest = _spool(source, folder)
        except (OSError, EOFError, zlib.error) as exc:
            yield error_record("stdin", f"cannot read standard input: {exc}")
            return
        for record in read_file(spooled):
            record.page.origin = record.page.origin.replace(spooled, f"stdin:{digest}", 1)
            yield record


def _spool(source: BinaryIO, folder: str) -> tuple[str, str]:
    """Copy the stream to a file named for its format; the file and a digest of the bytes."""
    raw = os.path.join(folder, "input")
    digest = hashlib.sha1()
    with open(raw, "wb") as out:
        while chunk := source.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
    suffix = _format_suffix(raw)
    named = raw + suffix
    shutil.move(raw, named)
    return named, digest.hexdigest()[:12]


def _format_suffix(path: str) -> str:
    with open(path, "rb") as stream:
        packed = stream.read(2) == b"\x1f\x8b"
    with cast(IO[bytes], gzip.open(path, "rb")) if packed else open(path, "rb") as stream:
        head = stream.read(_HEAD)
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if start.startswith(b"WARC/"):
            kind = ".warc"
        elif start[:1] == b"{" and _is_json_line(head, stream):
            kind = ".jsonl"  # read line by line: one broken line does not end the input
        elif start[:1] in (b"{", b"["):
            kind = ".json"
        elif any(root in start[:1024].lower() for root in _FEED_ROOTS):
            kind = ".xml"
        elif _is_csv_header(start):
            kind = ".csv"
        else:
            kind = ".page"  # one page; the plain reader tells HTML from text by its markup
    return kind + (".gz" if packed else "")


def _is_json_line(head: bytes, stream: IO[bytes]) -> bool:
    """Whether the first line is a whole JSON object (the rest of it read on from ``stream``)."""
    line = head.partition(b"\n")[0]
    if len(line) == len(head):
        line += stream.readline(MAX_PAGE_BYTES)
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _is_csv_header(start: bytes) -> bool:
    """A first line of comma-separated names, one of them a body column (`title,content,url`)."""
    line = start.partition(b"\n")[0].decode("utf-8", errors="replace").strip().lower()
    names = {name.strip().strip('"') for name in line.split(",")}
    return len(names) > 1 and not PAGE_FIELDS.isdisjoint(names)
