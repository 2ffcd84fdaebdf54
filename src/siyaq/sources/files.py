"""Plain page files: .txt and .html/.htm, gzip-compressed or not, one page per file."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import BinaryIO, Protocol, cast

from siyaq.model import ContentType, Page, Record
from siyaq.sources.trec import is_trec, trec_records

# One page larger than this is not a news page; the cap also stops a gzip bomb.
MAX_PAGE_BYTES = 64 * 1024 * 1024
CUT_SHORT = "file cut short"
EMPTY_FILE = "empty file"  # the reason a blank page gets too (sources.decode)
_BLANK = b"\xef\xbb\xbf \t\r\n"
# Warnings a reader gives a page; the stored page holds the bytes, not them, so re-extraction
# reads them back from the article.
PAGE_WARNINGS = (CUT_SHORT,)

_HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
_HTML_SNIFF = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<p>")


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def error_record(origin: str, error: str, content_type: ContentType = ContentType.TEXT) -> Record:
    """A Record for an item that could not be read: an empty Page that carries the reason."""
    return Record(page=Page(content=b"", origin=origin, content_type=content_type), error=error)


def nothing_read(path: str, reason: str) -> Record:
    """The one Record of a file whose reader found no item in it, so that the file is not lost
    without a word: ``empty file`` when it holds only whitespace (as a blank page is told),
    else ``reason``."""
    try:
        blank = not leading_bytes(path, 1)
    except (OSError, EOFError, zlib.error):
        blank = False
    return error_record(path, EMPTY_FILE if blank else reason)


def leading_bytes(path: str, size: int) -> bytes:
    """Up to ``size`` bytes from where the file's text starts (past a BOM and whitespace),
    gunzipped when it is gzip (told by its first bytes, as archive readers do); b"" when
    the file holds nothing else."""
    with open(path, "rb") as raw:
        packed = raw.read(2) == b"\x1f\x8b"
    with cast(BinaryIO, gzip.open(path, "rb")) if packed else open(path, "rb") as stream:
        while chunk := stream.read(1 << 12):
            start = chunk.lstrip(_BLANK)
            if start:
                return (start + stream.read(size))[:size]
    return b""


def content_type_for(path: str, head: bytes) -> ContentType:
    """By file name when it says; else sniffed: markup at the start means HTML."""
    name = path.lower()
    if name.endswith(_HTML_SUFFIXES):
        return ContentType.HTML
    if name.endswith((".txt", ".txt.gz")):
        return ContentType.TEXT
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    return ContentType.HTML if start.startswith(_HTML_SNIFF) else ContentType.TEXT


def read_capped(stream: Readable, limit: int = MAX_PAGE_BYTES) -> bytes | None:
    """All bytes of a stream, or None when it holds more than ``limit``."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_plain(path: str) -> Iterator[Record]:
    """One Page for the file; its URL stays None (the HTML extractor may find a canonical one).
    A TREC document file gives one structured page per document."""
    warnings: list[str] = []
    try:
        data = read_file_capped(path)
    except EOFError as exc:  # a gzip file cut short (a download that stopped)
        reason = f"{type(exc).__name__}: {exc}"
        data = _salvaged(path)
        if not data:
            yield error_record(path, f"cannot read file: {reason}")
            return
        warnings.append(f"{CUT_SHORT}: the page is what came before the cut ({reason})")
    except (OSError, zlib.error) as exc:
        yield error_record(path, f"cannot read file: {type(exc).__name__}: {exc}")
        return
    if data is None:
        yield error_record(path, f"file too large (over {MAX_PAGE_BYTES // 2**20} MB)")
        return
    if not path.lower().endswith(_HTML_SUFFIXES) and is_trec(data[:64]):
        yield from trec_records(data, path)  # IR corpora's <DOC> files: several articles
        return
    page = Page(content=data, origin=path, content_type=content_type_for(path, data[:512]),
                warnings=warnings)
    yield Record(page=page)


def _salvaged(path: str) -> bytes | None:
    """What a damaged gzip file holds before the damage; None when that cannot be read."""
    try:
        return gunzip_prefix(path)
    except OSError:
        return None


def gunzip_prefix(path: str, limit: int = MAX_PAGE_BYTES) -> bytes | None:
    """The bytes a gzip file decompresses to up to where it is cut (every member, as gzip.open
    reads them); None when that is over ``limit``, or when the data is damaged: then even the
    bytes before the error may be wrong."""
    out = bytearray()
    inflater = zlib.decompressobj(wbits=31)
    with open(path, "rb") as raw:
        while chunk := raw.read(1 << 14):  # small input chunks bound one step's output
            while chunk:
                try:
                    out += inflater.decompress(chunk)
                except zlib.error:
                    return None
                if len(out) > limit:
                    return None
                chunk = inflater.unused_data if inflater.eof else b""
                if inflater.eof:
                    inflater = zlib.decompressobj(wbits=31)  # the next gzip member
    return bytes(out)


def open_file(path: str) -> BinaryIO:
    """A file's bytes as a stream, gunzipped when its name ends in .gz."""
    if path.lower().endswith(".gz"):
        return cast(BinaryIO, gzip.open(path, "rb"))
    return open(path, "rb")


def read_file_capped(path: str) -> bytes | None:
    """A file's bytes, gunzipped when its name ends in .gz; None when over MAX_PAGE_BYTES."""
    with open_file(path) as stream:
        return read_capped(stream)
