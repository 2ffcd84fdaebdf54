"""The decode step: charsets, BOMs, line ends, and the bad inputs it must name."""

from __future__ import annotations

import random
import time

import pytest

from siyaq.model import ContentType, Page, Record
from siyaq.sources.decode import DecodeError, decode_bytes, decode_step

ARABIC = (
    "أعلنت الولايات المتحدة، اليوم الخميس، أنها لا تسعى إلى إسقاط الأسد أو خروج روسيا من سوريا.\n"
    'وقال المبعوث الأمريكي جيمس جيفري: "نحن لا نقول إن الأسد يجب أن يغادر".\n'
    "وأضاف أن بلاده تريد العودة إلى وضع عام 2011 قبل وصول القوات الأجنبية؟"
)


def _decode(data: bytes, **kwargs: object) -> tuple[str, str]:
    decoded = decode_bytes(data, **kwargs)  # type: ignore[arg-type]
    return decoded.text, decoded.encoding


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("utf-8", "utf-8"), ("cp1256", "cp1256"), ("iso-8859-6", "iso8859-6")],
    ids=["utf8", "windows-1256", "iso-8859-6"],
)
def test_arabic_in_each_charset_decodes_to_the_same_text(codec: str, expected: str) -> None:
    assert _decode(ARABIC.encode(codec)) == (ARABIC, expected)


@pytest.mark.parametrize(
    ("prefix", "codec"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom"],
)
def test_bom_and_crlf_give_exactly_the_clean_text(prefix: bytes, codec: str) -> None:
    messy = prefix + ARABIC.replace("\n", "\r\n").encode(codec)
    assert _decode(messy)[0] == _decode(ARABIC.encode("utf-8"))[0] == ARABIC


@pytest.mark.parametrize(
    ("text", "codec"),
    [(ARABIC, "utf-16-le"), (ARABIC, "utf-16-be"), (f"<html><body><p>{ARABIC}</p></body></html>",
                                                    "utf-16-le"),
     ("Latin text saved by a Windows tool.\n" * 3, "utf-16-le")],
    ids=["arabic-le", "arabic-be", "html-le", "latin-le"],
)
def test_utf16_without_a_bom_is_text_not_binary(text: str, codec: str) -> None:
    assert _decode(text.encode(codec)) == (text, codec)


@pytest.mark.parametrize(
    "data",
    [bytes(b for n in range(2000) for b in (n * 7 % 256, 0)), bytes(4000)],
    ids=["zero-every-other-byte", "all-zero"],
)
def test_binary_shaped_like_utf16_stays_binary(data: bytes) -> None:
    with pytest.raises(DecodeError, match=r"^binary content \(\d+% control bytes\)$"):
        decode_bytes(data)


def test_old_mac_line_ends_and_nul_characters_are_cleaned() -> None:
    data = ARABIC.replace("\n", "\r").encode() + b"\x00"
    assert _decode(data)[0] == ARABIC


@pytest.mark.parametrize(
    ("declared", "html"), [("windows-1256", False), (None, True)], ids=["http-header", "meta"],
)
def test_declared_charset_is_used(declared: str | None, html: bool) -> None:
    page = f'<html><head><meta charset="windows-1256"></head><body>{ARABIC}</body></html>'
    text, encoding = _decode(page.encode("cp1256"), declared=declared, html=html)
    assert (text, encoding) == (page, "cp1256")


def test_a_false_declaration_loses_to_the_plausible_charset() -> None:
    page = f'<meta charset="iso-8859-1"><p>{ARABIC}</p>'
    assert _decode(page.encode("cp1256"), html=True) == (page, "cp1256")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \r\n\t\r\n", "empty file"),
        (b"\xef\xbb\xbf\r\n", "empty file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary content (PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (PNG)"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary content (ZIP)"),
        (bytes(range(32)) * 40, "binary content (81% control bytes)"),
    ],
    ids=["empty", "whitespace", "bom-only", "pdf", "png", "zip", "control-bytes"],
)
def test_bad_input_is_named(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as caught:
        decode_bytes(data)
    assert str(caught.value) == reason


def test_random_high_bytes_are_undecodable() -> None:
    rng = random.Random(7)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises(DecodeError, match=r"^undecodable"):
        decode_bytes(noise)


@pytest.mark.parametrize("codec", ["utf-8", "cp1256"], ids=["utf8", "windows-1256"])
def test_five_megabyte_single_line_decodes_in_linear_time(codec: str) -> None:
    line = (ARABIC.replace("\n", " ") + " ") * (5_000_000 // len(ARABIC.encode(codec)))
    data = line.encode(codec)
    assert len(data) > 4_900_000
    started = time.process_time()  # CPU time: a linearity guard that load cannot fail
    text, _ = _decode(data)
    assert time.process_time() - started < 2.0
    assert text == line


def test_step_decodes_skips_failed_records_and_keeps_given_text() -> None:
    def record(content: bytes, error: str | None = None, text: str | None = None) -> Record:
        page = Page(content=content, origin="o", content_type=ContentType.HTML, text=text)
        return Record(page=page, error=error)

    records = [
        record(ARABIC.encode("cp1256")),
        record(b"", error="path does not exist: x"),
        record(b""),
        record(b"{}", text="given\r\ntext"),
    ]
    out = list(decode_step(records))
    assert [r.error for r in out] == [None, "path does not exist: x", "empty file", None]
    assert (out[0].page.text, out[0].page.encoding) == (ARABIC, "cp1256")
    assert out[1].page.text is None
    assert (out[3].page.text, out[3].page.encoding) == ("given\ntext", "utf-8")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        pytest.param("ﻭﻗﺎﻝ ﻓﺘﺢ ﻓﻲ ﺗﺼﺮﻳﺢ", "وقال فتح في تصريح", id="isolated-and-joined-forms"),
        pytest.param("ﻻ ﻧﺮﻳﺪ", "لا نريد", id="lam-alef-ligature"),
        pytest.param("plain ascii, no change", "plain ascii, no change", id="untouched"),
    ],
)
def test_presentation_forms_decode_to_letters(written: str, expected: str) -> None:
    """Old sites and PDF copies write Arabic in presentation glyphs; search, entities and quotes
    all read letters."""
    assert _decode(written.encode("utf-8"))[0] == expected
