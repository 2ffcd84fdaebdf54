"""TREC-style document files: ``<DOC><DOCNO>…</DOCNO><URL>…</URL><TITLE>…</TITLE><TIME>…</TIME>
<TEXT>…</TEXT></DOC>``, one or more a file, as IR corpora ship news (the ANT corpus does, as
.txt files in a tar.xz). Each document becomes an already-structured article page, as a feed
item does: its title, time and paragraphs as given."""

from __future__ import annotations

import re
from collections.abc import Iterator

from siyaq.model import ContentType, Page, Record
from siyaq.sources.decode import clean_text

DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
TAG = re.compile(r"<(DOCNO|URL|SRC|TITLE|TIME|AUTHOR|TEXT)>(.*?)</\1>", re.S)


def is_trec(head: bytes) -> bool:
    """Whether a file's first bytes open a TREC document."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<DOC>")


def trec_records(data: bytes, path: str) -> Iterator[Record]:
    text = data.decode("utf-8", "replace")
    # Split, not DOC.findall: a file of unclosed <DOC>s would make the lazy pattern scan to the
    # end once per <DOC> (quadratic); the last document of a cut file keeps what it has.
    documents = [part.partition("</DOC>")[0] for part in text.split("<DOC>")[1:]]
    for number, document in enumerate(documents, start=1):
        tags = {key: value.strip() for key, value in TAG.findall(document)}
        origin = f"{path}#{tags.get('DOCNO') or f'doc {number}'}"
        body = [line.strip() for line in clean_text(tags.get("TEXT", "")).split("\n")
                if line.strip()]
        page = Page(content=document.encode("utf-8"), origin=origin,
                    content_type=ContentType.ARTICLE, url=tags.get("URL") or None,
                    given_title=tags.get("TITLE") or None,
                    given_published=tags.get("TIME") or None, given_body=body or None,
                    given_byline=tags.get("AUTHOR") or None)
        page.text, page.encoding = "\n".join(body), "utf-8"
        yield Record(page=page, error=None if body else "TREC document has no TEXT")
