"""Reading inputs into Records: files, folders and globs of every supported format.

Each reader streams: it yields one Record per page as it reads, so a large WARC or JSONL file is
never held in memory. A problem with one item (a missing path, a bad JSONL line, a truncated
archive) becomes a Record with ``error`` set, and reading goes on.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from siyaq.model import Record
from siyaq.sources.bundles import is_bundle, read_bundle
from siyaq.sources.csv_file import read_csv
from siyaq.sources.feeds import read_feed
from siyaq.sources.files import error_record, read_plain
from siyaq.sources.json_file import NO_PAGES, read_json
from siyaq.sources.jsonl import read_jsonl
from siyaq.sources.manifest import MANIFEST_NAME, UrlManifests
from siyaq.sources.stdin import read_stdin
from siyaq.sources.warc import read_warc

__all__ = ["expand_path", "read_path", "read_paths", "reader_for", "skipped_reason"]

Reader = Callable[[str], Iterator[Record]]

# Longest suffixes first: ".warc.gz" must win over ".gz".
_READERS: tuple[tuple[str, Reader], ...] = (
    (".warc.gz", read_warc), (".wet.gz", read_warc), (".warc", read_warc), (".wet", read_warc),
    (".jsonl.gz", read_jsonl), (".jsonl", read_jsonl), (".ndjson", read_jsonl),
    (".json.gz", read_json), (".json", read_json), (".csv.gz", read_csv), (".csv", read_csv),
    (".xml.gz", read_feed), (".rss.gz", read_feed), (".atom.gz", read_feed),
    (".xml", read_feed), (".rss", read_feed), (".atom", read_feed),
    (".html.gz", read_plain), (".htm.gz", read_plain), (".txt.gz", read_plain),
    (".html", read_plain), (".htm", read_plain), (".txt", read_plain),
)
_GLOB_CHARS = frozenset("*?[")


def reader_for(path: str) -> Reader | None:
    """The reader for a file name, or None when the format is not one siyaq reads."""
    name = path.lower()
    for suffix, reader in _READERS:
        if name.endswith(suffix):
            return reader
    return None


# A data set's own documentation beside its pages (ANT and html-bench ship a LICENSE, many a
# README): text, but no news page. Named alone on the command line, such a file is read.
_DATASET_DOCS = ("license", "licence", "readme", "copying", "notice", "authors", "changelog",
                 "citation")


def is_dataset_doc(path: str) -> bool:
    """Whether a file met in a folder or bundle is the data set's documentation."""
    name = Path(path).name.lower()
    return name.startswith(_DATASET_DOCS) or name.endswith(".md")


def reader_in_folder(path: str) -> Reader | None:
    """reader_for, for a file met in a folder or bundle: its documentation is not read."""
    return None if is_dataset_doc(path) else reader_for(path)


def expand_path(path: str, on_skipped: Callable[[str], None] | None = None) -> Iterator[str]:
    """A file as is; a folder as its supported files, recursively and sorted; a glob as its
    matches. Hidden files and unsupported formats inside folders are skipped (a folder of
    crawl output usually holds metadata files beside the pages); each unsupported file is
    passed to on_skipped, so a run can say what it left out."""
    if os.path.isdir(path):
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith("."):
                    continue
                if reader_in_folder(name) is not None or is_bundle(name):
                    yield os.path.join(root, name)
                elif on_skipped is not None and name != MANIFEST_NAME:
                    on_skipped(os.path.join(root, name))
    elif not os.path.exists(path) and _GLOB_CHARS & set(path):
        for match in sorted(glob.glob(path, recursive=True)):
            yield from expand_path(match, on_skipped)
    else:
        yield path


def skipped_reason(path: str) -> str:
    """How an ingest report counts a file left out of a folder: by its format."""
    if is_dataset_doc(path):
        return "a data set's documentation (LICENSE, README, …), not a page"
    reader = reader_for(path)
    kind = "JSON" if reader is read_json else "CSV" if reader is read_csv else None
    if kind is not None:
        return f"{kind} file holding no pages (a crawl's metadata, a list of addresses)"
    suffix = Path(path).suffix.lower()
    return f"file format not read ({suffix or 'no extension'})"


def read_path(path: str) -> Iterator[Record]:
    """Every Record of one file; an explicitly named file of unknown format is read as a page
    whose type is sniffed from its first bytes; ``-`` is standard input, its format sniffed; a
    .zip or .tar bundle is read member by member."""
    yield from _read_file(path, None)


def _read_file(path: str, on_skipped: Callable[[str], None] | None) -> Iterator[Record]:
    if path == "-":
        yield from read_stdin(read_path)
    elif not os.path.exists(path):
        yield error_record(path, f"path does not exist: {path}")
    elif is_bundle(path):
        yield from read_bundle(path, reader_in_folder, on_skipped)
    else:
        yield from (reader_for(path) or read_plain)(path)


def read_paths(
    paths: Iterable[str], on_skipped: Callable[[str], None] | None = None
) -> Iterator[Record]:
    """Records for files, folders (recursive) and globs, in the order given. A page with no
    address of its own takes the one a ``urls.tsv`` beside it gives (sources.manifest).
    Files of formats siyaq does not read, and JSON files holding no pages, met inside folders
    (or through globs), go to on_skipped."""
    manifests = UrlManifests()
    for path in paths:
        matched = False
        for file in expand_path(path, on_skipped):
            matched = True
            # A manifest names whole files (a bundle holds many pages).
            one_page = reader_for(file) in (read_plain, None) and not is_bundle(file)
            for record in _read_file(file, on_skipped):
                if file != path and on_skipped is not None and _no_pages(record):
                    on_skipped(file)  # metadata beside the pages: counted, not a failure
                    continue
                if one_page and record.page.url is None and record.error is None:
                    record.page.url = manifests.url_for(file)
                yield record
        if not matched and not Path(path).is_dir():
            yield error_record(path, f"path does not exist: {path}")


def _no_pages(record: Record) -> bool:
    return record.error is not None and record.error.endswith(NO_PAGES)
