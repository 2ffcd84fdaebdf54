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
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from siyaq.model import ContentType, Page, Record
from siyaq.sources.files import MAX_PAGE_BYTES, error_record

_HTML_TYPES = ("text/html", "application/xhtml")
# An uncompressed WARC ends with the blank lines after its last record, outside its length.
_TRAILING_SLACK = 4
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w:.\-]+)", re.I)


class TruncatedRecord(Exception):
    """The archive ended inside a record: fewer bytes than its Content-Length."""


def read_warc(path: str) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    read, end = 0, 0
    try:
        with open(path, "rb") as stream:
            entries = ArchiveIterator(stream)
            for entry in entries:
                record = record_for(entry, path)
                end = entries.get_record_offset() + entries.get_record_length()
                if record is not None:
                    read += 1
                    yield record
        unread = os.path.getsize(path) - end
        if unread > _TRAILING_SLACK:
            raise TruncatedRecord(f"{unread} bytes after offset {end} are not a whole record")
    except OSError as exc:
        yield error_record(path, f"cannot read archive: {exc}")
    except Exception as exc:  # warcio raises many types on a cut or corrupt archive
        yield error_record(path, f"truncated or corrupt archive after {read} records: "
                                 f"{type(exc).__name__}: {exc}")


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
    content = entry.content_stream().read(MAX_PAGE_BYTES + 1)
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


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
