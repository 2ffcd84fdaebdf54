"""A stored structured record read again from its raw bytes, as its source first read it.

The pages table keeps each record's raw item (a JSON object, a TREC document, a feed item) but
not the fields its source parsed from it (title, date, body, author). `siyaq reextract` gets
them back here, so a release that reads more of a record (its author as the byline) or cleans
its body otherwise starts from the record itself, not from what an older release made of it.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from siyaq.model import Page
from siyaq.sources.feeds import item_record
from siyaq.sources.jsonl import page_for_object
from siyaq.sources.trec import trec_records


def restored_record_page(stored: Page) -> Page | None:
    """The page the record's source makes of the stored bytes, with the stored address; None
    when the bytes are not a record we read, or read otherwise now (another identity)."""
    head = stored.content[:64].lstrip()[:8]
    try:
        if head.startswith(b"{"):
            data = json.loads(stored.content)
            page = page_for_object(data, stored.content, stored.origin) if isinstance(
                data, dict) else None
        elif head.startswith(b"<DOCNO>"):  # a TREC document is stored without its <DOC> tags
            wrapped = b"<DOC>" + stored.content + b"</DOC>"
            record = next(iter(trec_records(wrapped, stored.origin)), None)
            page = record.page if record is not None else None
        elif head.startswith(b"<") and b"<!" not in stored.content:
            # A feed item as stored (ElementTree's own output) declares nothing: bytes that do
            # (a DOCTYPE with entities in a CSV cell) are no item of ours, and never parsed.
            page = item_record(ET.fromstring(stored.content), stored.origin).page
        else:
            return None
    except (ValueError, RecursionError, ET.ParseError):
        return None
    if page is None:
        return None
    page.origin = stored.origin
    same = page.content_hash == stored.content_hash and page.content_type is stored.content_type
    return page if same else None
