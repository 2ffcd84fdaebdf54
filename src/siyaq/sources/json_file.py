"""JSON files: an array of page objects (what Scrapy's JSON export and many corpus dumps
write), a single object, or objects one after another (JSON Lines saved as ``.json``).

The file is parsed item by item from a stream, so a large array is never held in memory. Each
object is read as a JSONL line is (``sources.jsonl``: ``html``, ``body``/``content`` or
``text``, with ``url``, ``title``, ``published``…). An item that is not a page becomes a
Record with the reason; when the first item is not one, the file is not a file of pages (a
crawl's metadata) and that one Record ends it. Broken JSON (or a file cut off) ends the file
with one too.
"""

from __future__ import annotations

import codecs
import json
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from siyaq.model import ContentType, Page, Record
from siyaq.sources.files import MAX_PAGE_BYTES, error_record, nothing_read, open_file
from siyaq.sources.jsonl import record_for_value

_CHUNK = 1 << 20
NO_PAGES = "; the file holds no pages and is not read further"
_SPACE = " \t\r\n"


class BrokenJson(Exception):
    """The file's JSON is invalid (or cut off) at an item; ``text`` is where it breaks."""

    def __init__(self, text: str, reason: str = "not valid JSON (or the file is cut off) here"
                 ) -> None:
        super().__init__(reason)
        self.text = text


def read_json(path: str) -> Iterator[Record]:
    number = 0
    try:
        with open_file(path) as stream:
            for number, (raw, value) in enumerate(JsonItems(stream), start=1):
                record = record_for_value(value, raw.encode("utf-8"), f"{path}#item {number}",
                                          f"json item {number}")
                if number == 1 and record.error is not None:
                    # Not a file of pages (a crawl's metadata, a list of addresses): one
                    # record says so, instead of one per item.
                    record.error += NO_PAGES
                    yield record
                    return
                yield record
        if number == 0:  # blank, or `[]`: said, not passed over in silence
            yield nothing_read(path, f"json file holds no items{NO_PAGES}")
    except BrokenJson as exc:
        page = Page(content=exc.text.encode("utf-8"), origin=f"{path}#item {number + 1}",
                    content_type=ContentType.TEXT)
        yield Record(page=page, error=f"json item {number + 1}: {exc}")
    except (OSError, EOFError, zlib.error, UnicodeDecodeError) as exc:
        yield error_record(f"{path}#item {number + 1}",
                           f"cannot read json: {type(exc).__name__}: {exc}")


class JsonItems:
    """(source text, value) of each item: the elements of a top-level array, or the top-level
    values themselves. Reads the stream a chunk at a time."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._utf8 = codecs.getincrementaldecoder("utf-8-sig")()
        self._buffer = ""
        self._eof = False

    def __iter__(self) -> Iterator[tuple[str, object]]:
        decoder = json.JSONDecoder()
        pos, want, first = 0, _CHUNK, True
        while True:
            while pos < len(self._buffer) and self._buffer[pos] in _SPACE:
                pos += 1
            if pos == len(self._buffer):
                pos = self._more(pos, _CHUNK)
                if pos < 0:
                    return
                continue
            if self._buffer[pos] in ",]" or (first and self._buffer[pos] == "["):
                pos, first = pos + 1, False  # the array's brackets and commas
                continue
            first = False
            try:
                value, end = decoder.raw_decode(self._buffer, pos)
            except RecursionError:  # hostile nesting: Python's parser recurses per level
                raise BrokenJson(self._buffer[pos:pos + 200], "JSON nested too deeply") from None
            except json.JSONDecodeError:
                # An item split across chunks reads as broken until the rest is in.
                broken = self._buffer[pos:pos + 200]
                if len(self._buffer) - pos > MAX_PAGE_BYTES:
                    raise BrokenJson(broken) from None
                pos, want = self._more(pos, want), want * 2
                if pos < 0:
                    raise BrokenJson(broken) from None
                continue
            yield self._buffer[pos:end], value
            pos, want = end, _CHUNK

    def _more(self, pos: int, size: int) -> int:
        """Drop what was read, add up to ``size`` bytes; the new position, or -1 at the end."""
        if self._eof:
            return -1
        chunk = self._stream.read(size)
        self._eof = not chunk
        self._buffer = self._buffer[pos:] + self._utf8.decode(chunk, final=self._eof)
        return 0
