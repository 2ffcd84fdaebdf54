"""`siyaq evaluate html`'s report on a tiny hand-written dated set: siyaq, then the comparison
tools when installed (htmldate reads dates only, so it gets no body score)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from siyaq.evaluate.html import html_report

PAGE = ("<html lang='ar'><head><meta property='article:published_time' "
        "content='2020-02-06T23:54:00+03:00'></head><body><h1>جيفري يزور أنقرة</h1>"
        "<p>قال المبعوث الأمريكي جيمس جيفري إن بلاده تدعم تركيا في إدلب.</p></body></html>")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "extraction" / "htmldate_arabic"
    folder.mkdir(parents=True)
    (folder / "one.html").write_text(PAGE, encoding="utf-8")
    (folder / "gold_dates.json").write_text(json.dumps(
        {"one.html": {"lang": "ar", "gold_date": "2020-02-06", "url": None}}), encoding="utf-8")
    return tmp_path


def test_siyaq_alone_without_comparison(data: Path) -> None:
    report = html_report(data, ["arabic-dates"], compare=False)
    assert report.metrics["arabic-dates date accuracy"] == 1.0
    assert list(report.sections) == ["arabic-dates / siyaq"]


def test_htmldate_gets_a_date_row_beside_siyaq(data: Path) -> None:
    pytest.importorskip("htmldate")
    report = html_report(data, ["arabic-dates"], compare=True)
    for tool in ("htmldate", "htmldate original_date"):
        assert set(report.sections[f"arabic-dates / {tool}"]) == {"date accuracy", "pages/s"}
        assert report.sections[f"arabic-dates / {tool}"]["date accuracy"] == 1.0
