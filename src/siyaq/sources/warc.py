"""WARC and WET archives (plain or gzip), streamed record by record with warcio.

Response records holding HTML become HTML pages (URL and fetch time from the WARC headers, the
HTTP charset kept as the page's declared encoding); WET conversion records become text pages.
Requests, metadata, redirects and non-HTML responses (images, scripts) are not pages and are
passed over. A truncated or corrupt archive yields every record it could read, then one Record
with the error.
"""

from __future__ import annotations

import os
import re
import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from siyaq.model import ContentType, Page, Record
from siyaq.sources.files import EMPTY_FILE, MAX_PAGE_BYTES, error_record, leading_bytes

_HTML_TYPES = ("text/html", "application/xhtml")
# An uncompressed WARC ends with the blank lines after its last record, outside its length.
_TRAILING_SLACK = 4
_WARC_START = b"WARC/"
NOT_A_WARC = "no WARC records (not a WARC file?)"
NO_PAGES = "no page in the archive: no response record holds HTML or text"
_MISPLACED = ("warning: {}: a WARC record at offset {{0}} is not followed by a blank line "
              "(its Content-Length may be wrong)\n")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w:.\-]+)", re.I)


class TruncatedRecord(Exception):
    """The archive ended inside a record: fewer bytes than its Content-Length."""


def read_warc(path: str) -> Iterator[Record]:
    refused = _not_a_warc(path)
    if refused is not None:
        yield error_record(path, refused)
        return
    read = entries = 0
    for whole_gzip in (False, True):
        try:
            for record, count in _entries(path, skip=entries, whole_gzip=whole_gzip):
                entries = count
                if record is not None:
                    read += 1
                    yield record
            if not read:  # requests, images, metadata only: said, not passed over in silence
                yield error_record(path, f"{NO_PAGES} ({entries} records read)")
            return
        except _WholeGzip:
            # Valid, but gzipped as one stream instead of one member per record (some tools
            # write it so; `warcio recompress` fixes it): read on decompressed.
            continue
        except OSError as exc:
            yield error_record(path, f"cannot read archive: {exc}")
            return
        except Exception as exc:  # warcio raises many types on a cut or corrupt archive
            yield error_record(path, f"truncated or corrupt archive after {read} records: "
                                     f"{type(exc).__name__}: {exc}")
            return


def _not_a_warc(path: str) -> str | None:
    """Why the file is no WARC, told from its start: every WARC (and WET) begins with a
    record's ``WARC/1.0`` line. Handed anything else, warcio reads it as the older ARC format
    and finds no page in it, silently, or prints its lines to stderr as warnings. None when
    it starts so, or when its start cannot be read (then the archive reader says why)."""
    try:
        start = leading_bytes(path, len(_WARC_START))
    except (OSError, EOFError, zlib.error):
        return None
    if not start:
        return EMPTY_FILE
    return None if start == _WARC_START else NOT_A_WARC


class _WholeGzip(Exception):
    """warcio met a gzip member holding more than one record."""


def _entries(path: str, skip: int, whole_gzip: bool) -> Iterator[tuple[Record | None, int]]:
    """Each WARC entry's Record (None when it is not a page) and how many entries were read.
    Raises _WholeGzip when the file is one gzip stream, TruncatedRecord when it ends early."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    end, count = 0, 0
    with open(path, "rb") as raw:
        entries = ArchiveIterator(_Gunzipped(raw) if whole_gzip else raw)
        # warcio's warning for a record whose length is off quotes the line after it, raw
        # bytes and all (kilobytes on one line): a line naming the file and offset instead.
        entries.INC_RECORD = _MISPLACED.format(path.replace("{", "{{").replace("}", "}}"))
        try:
            for entry in entries:
                count += 1
                if count > skip:
                    yield record_for(entry, path), count
                end = entries.get_record_offset() + entries.get_record_length()
        except ArchiveLoadFailed as exc:
            if not whole_gzip and "non-chunked gzip" in str(exc):
                raise _WholeGzip from exc
            raise
    unread = os.path.getsize(path) - end
    if not whole_gzip and unread > _TRAILING_SLACK:
        raise TruncatedRecord(f"{unread} bytes after offset {end} are not a whole record")


class _Gunzipped:
    """A gzip stream read as far as it goes: unlike ``gzip.open``, a cut stream ends where its
    data ends instead of raising, so the records before the cut are read (and the cut record
    is reported by its missing bytes)."""

    _CHUNK = 1 << 16

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._inflate = zlib.decompressobj(wbits=31)
        self._buffer = b""
        self._carry = b""

    def read(self, size: int = -1) -> bytes:
        while (size < 0 or len(self._buffer) < size) and self._fill():
            pass
        if size < 0:
            size = len(self._buffer)
        data, self._buffer = self._buffer[:size], self._buffer[size:]
        return data

    def _fill(self) -> bool:
        compressed, self._carry = self._carry or self._raw.read(self._CHUNK), b""
        if not compressed:
            return False
        # At most a chunk out per step, so a gzip bomb inflates no faster than it is read.
        self._buffer += self._inflate.decompress(compressed, self._CHUNK)
        self._carry = self._inflate.unconsumed_tail
        if self._inflate.eof:  # another gzip member may follow
            self._carry = self._inflate.unused_data
            self._inflate = zlib.decompressobj(wbits=31)
        return True


def record_for(entry: Any, path: str) -> Record | None:
    """The Record of one WARC entry, or None for entries that are not pages."""
    kind = entry.rec_type
    record_id = (entry.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    origin = f"{path}#record {record_id}"
    if kind == "conversion":
        return _page_record(entry, origin, ContentType.TEXT, "utf-8")
    if kind not in ("response", "resource"):
        return None
    headers = entry.http_headers
    mime = (headers.get_header("Content-Type") if headers else None) or (
        entry.rec_headers.get_header("Content-Type") or "")
    if not mime.lower().startswith(_HTML_TYPES):
        return None
    status = int(headers.get_statuscode() or 200) if headers else 200
    if 300 <= status < 400:
        return None  # a redirect has no page; its target is another record
    charset = _CHARSET.search(mime)
    record = _page_record(entry, origin, ContentType.HTML, charset.group(1) if charset else None)
    if status >= 400 and record.error is None:
        record.error = f"HTTP status {status}"
    return record


def _page_record(entry: Any, origin: str, kind: ContentType, charset: str | None) -> Record:
    content = _read_up_to(entry.content_stream(), MAX_PAGE_BYTES + 1)
    if len(content) <= MAX_PAGE_BYTES and getattr(entry.raw_stream, "limit", 0) > 0:
        # warcio returns a cut record silently; the unread remainder of its length tells.
        raise TruncatedRecord(f"record {origin.rsplit(' ', 1)[-1]} ends early")
    page = Page(content=content, origin=origin, content_type=kind, encoding=charset,
                url=entry.rec_headers.get_header("WARC-Target-URI"),
                fetched_at=_warc_date(entry.rec_headers.get_header("WARC-Date")))
    if len(content) > MAX_PAGE_BYTES:
        page.content = b""
        return Record(page=page, error=f"record too large (over {MAX_PAGE_BYTES // 2**20} MB)")
    return Record(page=page)


def _read_up_to(stream: Any, size: int) -> bytes:
    """Up to ``size`` bytes: a decompressing stream may return less than asked before its end."""
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = stream.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
