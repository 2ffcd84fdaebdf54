"""A UTF-8 page with a few bytes that are not UTF-8 stays UTF-8, and says so.

Until now one stray byte sent the whole page to the legacy charsets, and windows-1256 read UTF-8
Arabic as Arabic-looking mojibake (`ظˆظ‚ط§ظ„`), which the plausibility check let through: the
article had no title, language fa, and no word of warning. Now most non-ASCII bytes being valid
UTF-8 makes the page UTF-8; a pasted windows-1256 or ISO-8859-6 line or word is read in that
charset, a stray byte becomes U+FFFD, and the page and its article carry an `invalid UTF-8`
warning. Pages saved wholly in a legacy charset decode as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from siyaq.ingest import ingest_paths
from siyaq.model import ContentType, Page, Record
from siyaq.sources.decode import decode_bytes, decode_step
from siyaq.store import open_store

TITLE = "الولايات المتحدة: لا نسعى لإسقاط الأسد أو خروج روسيا من سوريا"
LINES = [
    TITLE,
    "",
    "تاريخ النشر : 23:54 - 2020/02/06",
    "",
    "أعلنت الولايات المتحدة أنها لا تسعى إلى خروج روسيا من الأراضي السورية، أو تغيير النظام في"
    " دمشق، وإسقاط الرئيس السوري، بشار الأسد.",
    'وقال المبعوث الأمريكي الخاص بشؤون سوريا جيمس جيفري، في مؤتمر صحفي عقده أمس الأربعاء: "لا'
    ' نريد تغييرا للنظام ذاته، لا ندعو إلى خروج الروس".',
    "وأضاف أن بلاده تريد أن تتصرف سوريا كدولة طبيعية، وأن تعود الأوضاع إلى ما كانت عليه قبل"
    " وصول القوات الأجنبية عام 2011.",
    "وأشار إلى أن واشنطن ستواصل الضغط السياسي والاقتصادي على دمشق حتى تقبل بالحل السياسي.",
]
PAGE = "\n".join(LINES) + "\n"
UTF8 = PAGE.encode("utf-8")
REPLACED_ONE = "invalid UTF-8: 1 byte replaced by U+FFFD"


def _with_line_in(codec: str, index: int) -> bytes:
    return "\n".join(LINES[:index]).encode() + b"\n" + LINES[index].encode(codec) + b"\n" + (
        "\n".join(LINES[index + 1:]) + "\n").encode()


def _with_word_in(codec: str) -> bytes:
    words = LINES[4].split(" ")
    line = " ".join(words[:3]).encode() + b" " + words[3].encode(codec) + b" " + " ".join(
        words[4:]).encode()
    return "\n".join(LINES[:4]).encode() + b"\n" + line + b"\n" + "\n".join(LINES[5:]).encode()


def _middle(data: bytes) -> int:
    """A place between two characters in the middle of the page."""
    middle = len(data) // 2
    while data[middle] & 0xC0 == 0x80:  # a continuation byte: step to the next character
        middle += 1
    return middle


MIDDLE = _middle(UTF8)

CASES = [
    pytest.param(UTF8 + b"\xa0", PAGE + "\ufffd", REPLACED_ONE, id="stray-byte-at-the-end"),
    pytest.param(UTF8[:MIDDLE] + b"\x81" + UTF8[MIDDLE:],
                 PAGE[:len(UTF8[:MIDDLE].decode())] + "\ufffd" + PAGE[len(UTF8[:MIDDLE].decode()):],
                 REPLACED_ONE, id="stray-byte-in-the-middle"),
    pytest.param(b"\xef\xbb\xbf" + UTF8 + b"\xff", PAGE + "\ufffd", REPLACED_ONE,
                 id="byte-order-mark-and-a-stray-byte"),
    pytest.param(_with_line_in("cp1256", 5), PAGE,
                 "invalid UTF-8: 1 line read as windows-1256", id="windows-1256-paragraph"),
    pytest.param(_with_line_in("iso8859_6", 6), PAGE,
                 "invalid UTF-8: 1 line read as ISO-8859-6", id="iso-8859-6-paragraph"),
    pytest.param(_with_word_in("cp1256"), PAGE.rstrip("\n"),
                 "invalid UTF-8: 1 word read as windows-1256", id="windows-1256-word"),
    pytest.param(_with_line_in("cp1256", 5) + b"\x92", PAGE + "\ufffd",
                 "invalid UTF-8: 1 line read as windows-1256, 1 byte replaced by U+FFFD",
                 id="paragraph-and-a-stray-byte"),
]


@pytest.mark.parametrize(("data", "text", "warning"), CASES)
def test_mostly_utf8_stays_utf8_with_a_warning(data: bytes, text: str, warning: str) -> None:
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.encoding) == (text, "utf-8")
    assert len(decoded.warnings) == 1
    assert decoded.warnings[0].startswith(warning + " (")


@pytest.mark.parametrize(
    "codec", ["cp1256", "iso8859_6"], ids=["windows-1256", "iso-8859-6"],
)
@pytest.mark.parametrize(
    ("text", "tail"),
    [pytest.param(PAGE, b"", id="news-page"),
     # Every word ends in a letter that, before `،`, makes a valid UTF-8 pair by accident.
     pytest.param("مدينة، جميلة، كبيرة، قديمة، " * 40, b"", id="accidental-utf8-pairs"),
     # Most of the page is legacy: the UTF-8 line is read as the page is, as before.
     pytest.param(PAGE, TITLE.encode(), id="with-a-utf8-line")],
)
def test_legacy_pages_decode_as_before(codec: str, text: str, tail: bytes) -> None:
    data = text.encode(codec) + tail
    decoded = decode_bytes(data)
    assert (decoded.text, decoded.warnings) == (data.decode(codec, errors="replace"), [])
    assert decoded.encoding == codec.replace("_", "-")


def test_the_step_gives_the_warning_to_the_page() -> None:
    record = Record(page=Page(content=UTF8 + b"\xa0", origin="o", content_type=ContentType.TEXT))
    page = next(decode_step([record])).page
    assert page.text == PAGE + "\ufffd"
    assert [w.split(" (")[0] for w in page.warnings] == [REPLACED_ONE]


@pytest.mark.parametrize(
    "data",
    [pytest.param(UTF8 + b"\xa0", id="stray-byte-at-the-end"),
     pytest.param(UTF8[:MIDDLE] + b"\x81" + UTF8[MIDDLE:], id="stray-byte-in-the-middle")],
)
def test_ingested_article_keeps_its_title_language_and_the_warning(
    tmp_path: Path, data: bytes
) -> None:
    """The tester's page: no title and language fa before."""
    (tmp_path / "stray.txt").write_bytes(data)
    store = open_store(tmp_path / "archive.db")
    report = ingest_paths([str(tmp_path / "stray.txt")], store, analyze=False, relate=False)
    [article] = list(store.iter_articles())
    assert (article.title, article.language) == (TITLE, "ar")
    assert [w.split(" (")[0] for w in article.warnings] == [REPLACED_ONE]
    assert report.warned == {"invalid UTF-8": 1}
