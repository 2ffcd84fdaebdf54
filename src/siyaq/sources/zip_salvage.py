"""The members of a zip file whose end is missing, read from their local headers.

A zip's table of contents (the central directory) is its last part, so a download or copy cut
short loses it and ``zipfile`` reads nothing. Every member is also preceded by a local header
with its name and method; walking those from the start recovers each member up to the cut.
Stored and deflated members are read (what news corpora use); a member the cut falls in is read
up to the cut; the walk ends, with the reason, there or at the first member it cannot read or
step past.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO, BinaryIO, cast

LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")  # signature … file name length, extra length
LOCAL_SIGNATURE = b"PK\x03\x04"
DESCRIPTOR_SIGNATURE = b"PK\x07\x08"
STORED, DEFLATED = 0, 8
ENCRYPTED, SIZES_AFTER_DATA, UTF8_NAME = 0x1, 0x8, 0x800
CHUNK = 1 << 14  # compressed bytes per step: bounds what one step inflates to

Member = tuple[str, Callable[[], IO[bytes]]]


def looks_like_zip(path: str) -> bool:
    with open(path, "rb") as raw:
        return raw.read(4) == LOCAL_SIGNATURE


class MemberData(io.RawIOBase):
    """One member's bytes, read from ``start`` in the archive: stored, or inflated as read."""

    def __init__(self, archive: BinaryIO, name: str, start: int, method: int,
                 size: int | None) -> None:
        super().__init__()
        self._archive, self._name, self._position, self._left = archive, name, start, size
        self._inflater = zlib.decompressobj(-zlib.MAX_WBITS) if method == DEFLATED else None
        self._pending = b""
        self.sized = size is not None  # False: a size record follows the data
        self.end: int | None = None  # where the member's data ends, once read to it
        self.cut = False  # the archive ended inside this member: its data ends at the cut

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.take(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def take(self, size: int) -> bytes:
        """Up to ``size`` bytes; b"" at the member's end, or at the cut when the archive ends
        inside the member (``cut``)."""
        while not self._pending and self.end is None:
            self._pending = self._produce()
        data, self._pending = self._pending[:size], self._pending[size:]
        return data

    def drain(self) -> int:
        """Read past whatever is left (a member nobody opened); the offset after its data."""
        while self.take(CHUNK * 64):
            pass
        assert self.end is not None
        return self.end

    def _produce(self) -> bytes:
        if self._inflater is not None and self._inflater.eof:
            self.end = self._position - len(self._inflater.unused_data)
            return b""
        if self._left == 0:
            self.end = self._position
            return b""
        self._archive.seek(self._position)
        chunk = self._archive.read(CHUNK if self._left is None else min(CHUNK, self._left))
        if not chunk:
            self.cut, self.end = True, self._position
            return b""
        self._position += len(chunk)
        if self._left is not None:
            self._left -= len(chunk)
        if self._inflater is None:
            return chunk
        try:
            return self._inflater.decompress(chunk)
        except zlib.error as exc:
            raise zipfile.BadZipFile(f"zip member {self._name} is damaged: {exc}") from exc


def local_members(path: str) -> Iterator[Member]:
    """(name, opener) of each file member in stored order, from the local headers; at the end,
    BadZipFile saying how many were read (the archive is incomplete even when all were)."""
    read = 0
    with open(path, "rb") as archive:
        offset = 0
        while (header := _header_at(archive, offset)) is not None:
            name, data = header
            if not name.endswith("/"):
                yield name, _opener(data)
                read += 1
            end = data.drain()
            if data.cut:
                raise EOFError(f"zip member {name} is cut short; it and {read - 1} members "
                               "before it read from their own headers")
            offset = _after_descriptor(archive, end, data)
    raise zipfile.BadZipFile(f"no table of contents; {read} members read from their own headers")


def _opener(data: MemberData) -> Callable[[], IO[bytes]]:
    return lambda: cast(IO[bytes], data)  # a raw stream: read() returns what one step gives


def was_cut(stream: IO[bytes]) -> bool:
    """Did a member opened from its local header end at the archive's cut?"""
    return isinstance(stream, MemberData) and stream.cut


def _header_at(archive: BinaryIO, offset: int) -> tuple[str, MemberData] | None:
    """The member whose local header starts at ``offset``; None when none does (the table of
    contents, or the cut)."""
    archive.seek(offset)
    head = archive.read(LOCAL_HEADER.size)
    if len(head) < LOCAL_HEADER.size or not head.startswith(LOCAL_SIGNATURE):
        return None
    _, _, flags, method, _, _, _, size, _, name_length, extra_length = LOCAL_HEADER.unpack(head)
    raw_name = archive.read(name_length)
    name = raw_name.decode("utf-8" if flags & UTF8_NAME else "cp437", "replace")
    sized = not flags & SIZES_AFTER_DATA and size != 0xFFFFFFFF  # zip64 sizes live in extras
    if flags & ENCRYPTED or method not in (STORED, DEFLATED) or (method == STORED and not sized):
        raise zipfile.BadZipFile(f"cannot read past zip member {name} (method {method}, "
                                 f"flags {flags:#x})")
    start = offset + LOCAL_HEADER.size + name_length + extra_length
    return name, MemberData(archive, name, start, method, size if sized else None)


def _after_descriptor(archive: BinaryIO, end: int, data: MemberData) -> int:
    """Where the next header starts: after the data, and after its size record when the sizes
    follow the data (then with or without its signature)."""
    if data.sized:
        return end
    archive.seek(end)
    return end + (16 if archive.read(4) == DESCRIPTOR_SIGNATURE else 12)
