"""The decode step: Page bytes -> Page.text and Page.encoding.

Order of trust: a byte-order mark (or the shape of UTF-16 written without one), then UTF-8
(valid UTF-8 is almost never an accident; a page whose non-ASCII bytes are mostly valid UTF-8
is UTF-8 with its few bad bytes mended and warned of: sources.damaged_utf8), then the charset
the page or the HTTP response declared, checked against windows-1256, ISO-8859-6 and
charset-normalizer's guess by how plausible each decoding reads. Line ends become LF and NUL
characters go, so a UTF-8 file with a BOM and CRLF line ends decodes to exactly the text of the
clean file. Every operation is a linear pass in C, so a 5 MB single-line page costs milliseconds.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from siyaq.arabic.normalize import fold_presentation_forms
from siyaq.model import ContentType, Record
from siyaq.sources.charset import choose_legacy, codec_name, meta_charset, sniff_binary
from siyaq.sources.damaged_utf8 import as_damaged_utf8

__all__ = [
    "DecodeError", "Decoded", "clean_text", "decode_bytes", "decode_step", "html_to_paragraphs",
]

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_BLOCK_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h\d|/blockquote)\b[^>]*>")
_UTF16_SAMPLE = 4096
_UNDECODABLE_SHARE = 0.3  # more implausible than plausible-looking characters: give up


class DecodeError(ValueError):
    """The bytes are not a text page; the message is the reason stored with the record."""


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    # What decoding could not read as the bytes say (bytes that are not UTF-8 in a UTF-8 page):
    # the page keeps them as warnings and its article shows them.
    warnings: list[str] = field(default_factory=list)


def clean_text(text: str) -> str:
    """LF line ends, no NUL, no leading BOM, Arabic letters rather than their presentation
    glyphs (`ﻭﻗﺎﻝ` -> `وقال`, as old sites and PDF copies write them: 56 of 7,500 SaudiNewsNet
    articles): the same text however the file was saved."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    return fold_presentation_forms(text.removeprefix("\ufeff"))  # one C scan when there are none


def html_to_paragraphs(markup: str) -> list[str]:
    """Bodies given as HTML (feeds, scraped exports): block ends become line breaks, tags go,
    entities resolve."""
    if "<" not in markup:
        lines = clean_text(markup).split("\n")
    else:
        from selectolax.lexbor import LexborHTMLParser

        marked = _BLOCK_BREAK.sub("\n", markup)
        lines = clean_text(LexborHTMLParser(marked).text(separator="")).split("\n")
    return [" ".join(line.split()) for line in lines if line.strip()]


def decode_bytes(data: bytes, *, declared: str | None = None, html: bool = False) -> Decoded:
    """Decode one page; raises DecodeError("empty file" / "binary content (…)" / "undecodable…")."""
    if not data:
        raise DecodeError("empty file")
    decoded = _with_bom(data) or _as_utf16_without_bom(data)
    if decoded is None:
        binary = sniff_binary(data)
        if binary is not None:
            raise DecodeError(f"binary content ({binary})")
        decoded = _as_utf8(data) or _as_legacy(data, declared, html)
    decoded.text = clean_text(decoded.text)
    if not decoded.text.strip():
        raise DecodeError("empty file")
    return decoded


def _with_bom(data: bytes) -> Decoded | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            if codec == "utf-8-sig":  # UTF-8 however many of its bytes are not
                return _as_utf8(data[len(bom):], certain=True)
            return Decoded(data.decode(codec, errors="replace"), codec)
    return None


def _as_utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 saved without its mark (some Windows tools do): Arabic is U+06xx and markup,
    digits and spaces U+00xx, so one byte of each pair is 0x06 or 0x00 and the other rarely 0.
    Read as bytes, such a page would look binary (half of it control bytes)."""
    sample = data[:_UTF16_SAMPLE]
    if len(sample) < 8:
        return None
    for codec, high, low in (("utf-16-le", sample[1::2], sample[0::2]),
                             ("utf-16-be", sample[0::2], sample[1::2])):
        pages = high.count(0) + high.count(6)
        if pages >= 0.9 * len(high) and low.count(0) <= 0.1 * len(low):
            text = data[: len(data) // 2 * 2].decode(codec, errors="replace")
            head = text[: _UTF16_SAMPLE // 2]
            odd = head.count("\ufffd") + sum(c < " " and c not in "\n\r\t" for c in head)
            if odd <= 0.01 * len(head):  # not binary that happens to have the shape
                return Decoded(text, codec)
    return None


def _as_utf8(data: bytes, *, certain: bool = False) -> Decoded | None:
    """Valid UTF-8; else UTF-8 with a few bad bytes, mended and warned of (sources.damaged_utf8);
    else None (a legacy page), unless ``certain``."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        # A page cut inside its last character is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return Decoded(data.decode("utf-8", errors="ignore"), "utf-8")
    damaged = as_damaged_utf8(data, certain=certain)
    return Decoded(damaged[0], "utf-8", [damaged[1]]) if damaged else None


def _as_legacy(data: bytes, declared: str | None, html: bool) -> Decoded:
    claim = codec_name(declared) or (meta_charset(data) if html else None)
    if claim == "utf_8":
        claim = None  # the claim was just shown false
    name, found = choose_legacy(data, claim)
    if found.bad_share > _UNDECODABLE_SHARE:
        raise DecodeError(f"undecodable: no charset reads as text (best {name})")
    return Decoded(data.decode(name, errors="replace"), name.replace("_", "-"))


def decode_step(records: Iterable[Record]) -> Iterator[Record]:
    """Set page.text and page.encoding; a page that cannot be decoded gets record.error.

    A page whose text a source already set (JSONL, feeds) only has it cleaned. A preset
    page.encoding is the charset the source declared (an HTTP header) and is used as a claim.
    """
    for record in records:
        if record.error is None:
            page = record.page
            try:
                if page.text is not None:
                    page.text = clean_text(page.text)
                    page.encoding = page.encoding or "utf-8"
                else:
                    html = page.content_type is ContentType.HTML
                    decoded = decode_bytes(page.content, declared=page.encoding, html=html)
                    page.text, page.encoding = decoded.text, decoded.encoding
                    page.warnings.extend(decoded.warnings)
            except DecodeError as exc:
                record.error = str(exc)
        yield record
