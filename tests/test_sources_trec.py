"""TREC-style <DOC> files (the ANT corpus ships its news so): one structured page a document."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from siyaq.extract import extract_page
from siyaq.model import ContentType
from siyaq.sources import read_paths
from siyaq.sources.decode import decode_step

TREC = """<DOC>
<DOCNO>AL-culture-1-20180218</DOCNO>
<URL>http://www.alarabiya.net/ar/culture/2018/02/18/story.html</URL>
<SRC>alarabia</SRC>
<TITLE>افتتاح معرض الكتاب في الرياض</TITLE>
<TIME>Sun, 18 Feb 2018 21:35:43 +0400</TIME>
<TEXT>
افتتح معرض الكتاب أبوابه في الرياض مساء الأحد.

ويستمر المعرض عشرة أيام.
</TEXT>
</DOC>
<DOC>
<DOCNO>AL-culture-2-20180219</DOCNO>
<TITLE>خبر بلا نص</TITLE>
</DOC>
"""


def test_each_document_is_a_structured_page(tmp_path: Path) -> None:
    path = tmp_path / "AL-culture.txt"
    path.write_text(TREC, encoding="utf-8")
    first, second = decode_step(read_paths([str(path)]))
    assert first.error is None and first.page.content_type is ContentType.ARTICLE
    assert first.page.origin == f"{path}#AL-culture-1-20180218"
    assert first.page.url == "http://www.alarabiya.net/ar/culture/2018/02/18/story.html"
    article = extract_page(first.page)
    assert article.title == "افتتاح معرض الكتاب في الرياض"
    assert article.body == ["افتتح معرض الكتاب أبوابه في الرياض مساء الأحد.",
                            "ويستمر المعرض عشرة أيام."]
    assert article.published_at == datetime(2018, 2, 18, 21, 35, 43,
                                            tzinfo=timezone(timedelta(hours=4)))
    assert (second.page.origin, second.error) == (f"{path}#AL-culture-2-20180219",
                                                  "TREC document has no TEXT")


@pytest.mark.parametrize(
    ("name", "text"),
    [("page.txt", "عنوان\n<DOC> في سطر لاحق لا يجعل الملف ملف وثائق"),
     ("page.html", TREC)],
    ids=["doc-not-first", "html-file"],
)
def test_other_files_stay_one_page(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [record] = list(read_paths([str(path)]))
    assert record.page.origin == str(path) and record.page.content_type is not ContentType.ARTICLE


@pytest.mark.parametrize(
    ("given", "expected"),
    [("Thu, 06 Feb 2020 23:54:00 +0300", datetime(2020, 2, 6, 23, 54,
                                                  tzinfo=timezone(timedelta(hours=3)))),
     ("2020-02-06T23:54:00Z", datetime(2020, 2, 6, 23, 54, tzinfo=UTC)),
     ("تاريخ النشر : 23:54 - 2020/02/06", datetime(2020, 2, 6, 23, 54))],
    ids=["rfc-2822-offset", "iso-utc", "arabic-stamp"],
)
def test_a_given_date_keeps_its_offset(tmp_path: Path, given: str, expected: datetime) -> None:
    """Feeds, JSONL and TREC files give machine-written dates; their offsets are kept."""
    path = tmp_path / "AL.txt"
    path.write_text(TREC.replace("Sun, 18 Feb 2018 21:35:43 +0400", given), encoding="utf-8")
    first = next(iter(decode_step(read_paths([str(path)]))))
    article = extract_page(first.page)
    assert (article.published_at, article.timezone_stated) == (expected, expected.tzinfo is not None)


def test_unclosed_documents_are_read_in_one_pass(tmp_path: Path) -> None:
    """A cut file keeps its last document; a file of unclosed <DOC>s is no quadratic scan."""
    path = tmp_path / "cut.txt"
    path.write_text(TREC + "<DOC><DOCNO>cut</DOCNO><TEXT>نص الوثيقة المقطوعة", encoding="utf-8")
    records = list(read_paths([str(path)]))
    assert records[-1].page.origin == f"{path}#cut"
    assert records[-1].page.given_body is None  # its TEXT never closed: no body, a failure
    hostile = tmp_path / "hostile.txt"
    hostile.write_text("<DOC><TEXT>نص " * 100_000, encoding="utf-8")
    started = time.process_time()
    assert len(list(read_paths([str(hostile)]))) == 100_000
    assert time.process_time() - started < 10.0  # a hang guard, not a speed target
