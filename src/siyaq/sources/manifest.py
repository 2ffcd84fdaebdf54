"""Addresses for saved files: a ``urls.tsv`` beside them names the URL each file came from.

A text dump carries no address of its own, yet its outlet (host) and its URL are what tell a
re-crawl from a syndicated copy, and what the reader links to. The manifest is one line per
file, ``file name<TAB>URL``, relative to the manifest's folder; ``#`` starts a comment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

MANIFEST_NAME = "urls.tsv"


@dataclass(slots=True)
class UrlManifests:
    """Manifests read once per folder during one read_paths call (no global cache)."""

    by_folder: dict[str, dict[str, str]] = field(default_factory=dict)

    def url_for(self, path: str) -> str | None:
        folder, name = os.path.split(os.path.abspath(path))
        if folder not in self.by_folder:
            self.by_folder[folder] = read_manifest(os.path.join(folder, MANIFEST_NAME))
        return self.by_folder[folder].get(name)


def read_manifest(path: str) -> dict[str, str]:
    """file name -> URL; an absent or unreadable manifest is an empty one."""
    try:
        with open(path, encoding="utf-8-sig") as stream:
            lines = stream.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    urls: dict[str, str] = {}
    for line in lines:
        name, sep, url = line.partition("\t")
        if sep and not name.startswith("#") and url.strip():
            urls[name.strip()] = url.strip()
    return urls
