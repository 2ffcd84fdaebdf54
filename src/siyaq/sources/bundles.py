"""Bundles of pages: .zip and .tar (.tar.gz, .tgz, .tar.xz, .tar.bz2) files, the way corpora
are shared (SaudiNewsNet is zips of JSON arrays).

Each member is read by its own format, as if it were a file in a folder (JSON, JSONL, WARC,
feeds, text, HTML; gzipped or not): it is copied to a temporary file, at most
``MAX_MEMBER_BYTES`` of it (a zip bomb stops there), and read by that format's reader. Origins
name the bundle and the member (``2015-07-21.zip/2015-07-21.json#item 3``). Members of other
formats go to ``on_skipped``, as files in a folder do. A zip member that cannot be read
(encrypted, an unsupported compression method, damaged) is one Record with the reason and the
members after it are read: a zip's table of contents finds each member on its own. A damaged
bundle otherwise yields what it could read, then one Record with the reason (a tar is one
stream; a zip cut short is read member by member up to the cut).
"""

from __future__ import annotations

import lzma
import os
import re
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import IO, NamedTuple

from siyaq.model import Record
from siyaq.sources.files import CUT_SHORT, error_record, read_plain
from siyaq.sources.zip_salvage import ENCRYPTED, local_members, looks_like_zip, was_cut

BUNDLE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
MAX_MEMBER_BYTES = 2 * 1024**3

Reader = Callable[[str], Iterator[Record]]
_BUNDLE_ERRORS = (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, ValueError)
# What reading one member of a zip with its table of contents may raise: that member's own
# trouble (bz2 raises OSError on bad data), since the table finds the next member on its own.
_ZIP_MEMBER_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, EOFError, OSError, zlib.error, lzma.LZMAError, RuntimeError,
    NotImplementedError, ValueError)
# Methods zipfile does not read, by their number in the zip format.
_ZIP_METHODS = {6: "Implode", 9: "Deflate64", 10: "PKWARE Imploding", 18: "IBM TERSE",
                93: "Zstandard", 95: "XZ", 96: "JPEG", 97: "WavPack", 98: "PPMd", 99: "AES"}
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}")


class Member(NamedTuple):
    name: str
    open: Callable[[], IO[bytes]]
    own_errors: tuple[type[Exception], ...] = ()  # a failure of this member alone: read on


class MemberTooLarge(Exception):
    """A member holds more than MAX_MEMBER_BYTES."""


class UnreadableMember(Exception):
    """One member cannot be read (encrypted, an unsupported method); the message says why."""


def read_bundle(path: str, reader_for: Callable[[str], Reader | None],
                on_skipped: Callable[[str], None] | None = None) -> Iterator[Record]:
    """Every Record of the bundle's members; ``reader_for`` picks a member's reader by name."""
    read = 0
    try:
        with tempfile.TemporaryDirectory(prefix="siyaq-bundle-") as folder:
            for record in _records(path, folder, reader_for, on_skipped):
                read += 1
                yield record
    except _BUNDLE_ERRORS as exc:
        yield error_record(path, f"truncated or corrupt bundle after {read} records: "
                                 f"{type(exc).__name__}: {exc}")


def _records(path: str, folder: str, reader_for: Callable[[str], Reader | None],
             on_skipped: Callable[[str], None] | None) -> Iterator[Record]:
    members = 0
    for member in _members(path):
        members += 1
        if os.path.basename(member.name).startswith("."):
            continue  # hidden, as in a folder: not pages, not reported
        where = f"{path}/{member.name}"
        reader = reader_for(member.name)
        if reader is None:
            if on_skipped is not None:
                on_skipped(where)
            continue
        yield from _read_member(folder, member, reader, where)
    if members == 0:
        yield error_record(path, "bundle holds no files")


def _read_member(folder: str, member: Member, reader: Reader, where: str) -> Iterator[Record]:
    # Not the member's own name: it may be too long for a file name or hold anything.
    copy = os.path.join(folder, "member" + _copy_suffix(member.name))
    try:
        cut = _copy_member(member, copy)
        for record in reader(copy):
            record.page.origin = record.page.origin.replace(copy, where, 1)
            if cut and reader is read_plain:  # one page: what came before the cut is the page
                record.page.warnings.append(
                    f"{CUT_SHORT}: the page is what came before the cut (the zip ends inside it)")
            yield record
    except MemberTooLarge:
        yield error_record(where, f"bundle member too large (over {MAX_MEMBER_BYTES} bytes)")
    except UnreadableMember as exc:
        yield error_record(where, str(exc))
    finally:
        if os.path.exists(copy):
            os.remove(copy)


def _copy_suffix(name: str) -> str:
    """The ending of a member's name its reader goes by (``.json``, ``.warc.gz``): up to two
    short alphanumeric suffixes of its last part, so the copy is read as the member would be."""
    base = re.split(r"[/\\]", name)[-1]
    parts = base.split(".")[1:][-2:]
    kept = ""
    for part in reversed(parts):
        if not _SUFFIX.fullmatch("." + part):
            break
        kept = "." + part + kept
    return kept


def _copy_member(member: Member, copy: str) -> bool:
    """Copy the member's bytes (at most MAX_MEMBER_BYTES); whether a zip cut short ends in it.
    An error that is the member's own becomes UnreadableMember."""
    try:
        with member.open() as source, open(copy, "wb") as target:
            _copy_capped(source, target)
            return was_cut(source)
    except member.own_errors as exc:
        raise UnreadableMember(f"cannot read bundle member: {type(exc).__name__}: {exc}") from exc


def _copy_capped(source: IO[bytes], target: IO[bytes]) -> None:
    copied = 0
    while chunk := source.read(1 << 20):
        copied += len(chunk)
        if copied > MAX_MEMBER_BYTES:
            raise MemberTooLarge
        target.write(chunk)


def _members(path: str) -> Iterator[Member]:
    """Each file member, in stored order."""
    if path.lower().endswith(".zip"):
        try:
            zipped = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            if not looks_like_zip(path):
                raise
            # Cut short: read up to the cut, then say so. One stream: an error ends it.
            yield from (Member(name, opener) for name, opener in local_members(path))
            return
        with zipped:
            for info in zipped.infolist():
                if not info.is_dir():
                    yield Member(info.filename, _zip_opener(zipped, info), _ZIP_MEMBER_ERRORS)
        return
    with tarfile.open(path, "r:*") as tar:
        for member in tar:
            if member.isfile():
                yield Member(member.name, _tar_opener(tar, member))


def _zip_opener(zipped: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    def opened() -> IO[bytes]:
        if info.flag_bits & ENCRYPTED:
            raise UnreadableMember("encrypted zip member (password required)")
        try:
            return zipped.open(info)
        except NotImplementedError as exc:
            raise UnreadableMember(_unsupported(info, exc)) from exc
    return opened


def _unsupported(info: zipfile.ZipInfo, exc: NotImplementedError) -> str:
    if "compression method" not in str(exc):
        return f"unsupported zip member: {exc}"  # strong encryption, patched data
    method = info.compress_type
    known = _ZIP_METHODS.get(method)
    return f"unsupported zip compression method {method}" + (f" ({known})" if known else "")


def _tar_opener(tar: tarfile.TarFile, member: tarfile.TarInfo) -> Callable[[], IO[bytes]]:
    def opened() -> IO[bytes]:
        stream = tar.extractfile(member)
        if stream is None:
            raise OSError(f"{member.name}: not a regular file")
        return stream
    return opened


def is_bundle(path: str) -> bool:
    return path.lower().endswith(BUNDLE_SUFFIXES)
