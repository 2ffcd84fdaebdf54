"""Bundles of pages: .zip and .tar (.tar.gz, .tgz, .tar.xz, .tar.bz2) files, the way corpora
are shared (SaudiNewsNet is zips of JSON arrays).

Each member is read by its own format, as if it were a file in a folder (JSON, JSONL, WARC,
feeds, text, HTML; gzipped or not): it is copied to a temporary file, at most
``MAX_MEMBER_BYTES`` of it (a zip bomb stops there), and read by that format's reader. Origins
name the bundle and the member (``2015-07-21.zip/2015-07-21.json#item 3``). Members of other
formats go to ``on_skipped``, as files in a folder do; a damaged bundle yields what it could read,
then one Record with the reason (a zip cut short is read member by member up to the cut).
"""

from __future__ import annotations

import os
import tarfile
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from typing import IO

from siyaq.model import Record
from siyaq.sources.files import CUT_SHORT, error_record, read_plain
from siyaq.sources.zip_salvage import local_members, looks_like_zip, was_cut

BUNDLE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
MAX_MEMBER_BYTES = 2 * 1024**3

Reader = Callable[[str], Iterator[Record]]
Member = tuple[str, Callable[[], IO[bytes]]]


class MemberTooLarge(Exception):
    """A member holds more than MAX_MEMBER_BYTES."""


def read_bundle(path: str, reader_for: Callable[[str], Reader | None],
                on_skipped: Callable[[str], None] | None = None) -> Iterator[Record]:
    """Every Record of the bundle's members; ``reader_for`` picks a member's reader by name."""
    read = 0
    try:
        with tempfile.TemporaryDirectory(prefix="siyaq-bundle-") as folder:
            for name, open_member in _members(path):
                if os.path.basename(name).startswith("."):
                    continue  # hidden, as in a folder: not pages, not reported
                where = f"{path}/{name}"
                reader = reader_for(name)
                if reader is None:
                    if on_skipped is not None:
                        on_skipped(where)
                    continue
                for record in _read_member(folder, name, open_member, reader, where):
                    read += 1
                    yield record
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError, ValueError) as exc:
        yield error_record(path, f"truncated or corrupt bundle after {read} records: "
                                 f"{type(exc).__name__}: {exc}")


def _read_member(folder: str, name: str, open_member: Callable[[], IO[bytes]], reader: Reader,
                 where: str) -> Iterator[Record]:
    copy = os.path.join(folder, "member-" + os.path.basename(name))  # the name keeps its format
    try:
        with open_member() as source, open(copy, "wb") as target:
            _copy_capped(source, target)
            cut = was_cut(source)
        for record in reader(copy):
            record.page.origin = record.page.origin.replace(copy, where, 1)
            if cut and reader is read_plain:  # one page: what came before the cut is the page
                record.page.warnings.append(
                    f"{CUT_SHORT}: the page is what came before the cut (the zip ends inside it)")
            yield record
    except MemberTooLarge:
        yield error_record(where, f"bundle member too large (over {MAX_MEMBER_BYTES} bytes)")
    finally:
        if os.path.exists(copy):
            os.remove(copy)


def _copy_capped(source: IO[bytes], target: IO[bytes]) -> None:
    copied = 0
    while chunk := source.read(1 << 20):
        copied += len(chunk)
        if copied > MAX_MEMBER_BYTES:
            raise MemberTooLarge
        target.write(chunk)


def _members(path: str) -> Iterator[Member]:
    """(name, opener) of each file member, in stored order."""
    if path.lower().endswith(".zip"):
        try:
            zipped = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            if not looks_like_zip(path):
                raise
            yield from local_members(path)  # cut short: read up to the cut, then say so
            return
        with zipped:
            for info in zipped.infolist():
                if not info.is_dir():
                    yield info.filename, _zip_opener(zipped, info)
        return
    with tarfile.open(path, "r:*") as tar:
        for member in tar:
            if member.isfile():
                yield member.name, _tar_opener(tar, member)


def _zip_opener(zipped: zipfile.ZipFile, info: zipfile.ZipInfo) -> Callable[[], IO[bytes]]:
    return lambda: zipped.open(info)


def _tar_opener(tar: tarfile.TarFile, member: tarfile.TarInfo) -> Callable[[], IO[bytes]]:
    def opened() -> IO[bytes]:
        stream = tar.extractfile(member)
        if stream is None:
            raise OSError(f"{member.name}: not a regular file")
        return stream
    return opened


def is_bundle(path: str) -> bool:
    return path.lower().endswith(BUNDLE_SUFFIXES)
