"""The two unlabeled news corpora of the shared data, read once for every tool that needs them.

Benchmarks, training and evaluation read SaudiNewsNet (zips of JSON arrays) and ANT (a tar.xz
of TREC-style XML) as plain items; each tool turns an item into what it measures (a page dump,
an Article, a training text). Reading order is fixed (archives by name, members as stored), so a
run with ``--limit N`` always takes the same articles.
"""

from __future__ import annotations

import json
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

from siyaq.sources.trec import DOC, TAG


def saudinewsnet_items(folder: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """(origin, item) for every article in the SaudiNewsNet zips of `folder` (the dataset
    folder): origin is "zip/member#index"; an item has title, content, date_extracted, url,
    source and author as the corpus gives them."""
    for archive in sorted(folder.glob("*.zip")):
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                for index, item in enumerate(json.loads(zipped.read(name))):
                    yield f"{archive.name}/{name}#{index}", item


def saudinewsnet_item(folder: Path, origin: str) -> dict[str, str]:
    """The one article named by its origin ("zip/member#index", as saudinewsnet_items gives
    it); KeyError (with the origin) when the folder does not hold it."""
    archive, _, rest = origin.partition("/")
    member, _, index = rest.rpartition("#")
    path = folder / archive
    try:
        with zipfile.ZipFile(path) as zipped:
            items = json.loads(zipped.read(member))
        return dict(items[int(index)])
    except (OSError, KeyError, IndexError, ValueError, zipfile.BadZipFile) as exc:
        raise KeyError(f"{origin}: not in {folder} ({type(exc).__name__})") from exc


def ant_documents(folder: Path) -> Iterator[dict[str, str]]:
    """Every document of the ANT archives in `folder`, as its tags (DOCNO, URL, SRC, TITLE,
    TIME, TEXT) stripped of surrounding space."""
    for archive in sorted(folder.glob("*.tar.xz")):
        with tarfile.open(archive, "r:xz") as tar:
            for member in tar:
                stream = tar.extractfile(member) if member.isfile() else None
                if stream is None:
                    continue
                for doc in DOC.findall(stream.read().decode("utf-8", "replace")):
                    yield {key: value.strip() for key, value in TAG.findall(doc)}


def ant_items(folder: Path, docnos: set[str]) -> dict[str, dict[str, str]]:
    """The ANT documents named in `docnos`, by DOCNO, in one pass over the archives."""
    return {tags["DOCNO"]: tags for tags in ant_documents(folder) if tags.get("DOCNO") in docnos}


def paragraphs(content: str | None) -> list[str]:
    """A corpus article's text as body paragraphs: its non-blank lines, trimmed."""
    return [line.strip() for line in (content or "").split("\n") if line.strip()]
