"""Floors on the shared Arabic HTML pages (skipped when ../shared/data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from siyaq.config import shared_data_dir
from siyaq.evaluate.html import (
    load_arabic_dates,
    load_snippets,
    siyaq_extract,
    snippet_accuracy,
    timed,
)

pytestmark = pytest.mark.shared


def _folder(name: str) -> Path:
    data = shared_data_dir()
    if data is None or not (data / "extraction" / name).is_dir():
        pytest.skip("shared data not available")
    return data / "extraction" / name


def test_every_arabic_publication_date_is_right() -> None:
    pages = load_arabic_dates(_folder("htmldate_arabic"))
    results, _ = timed(siyaq_extract, pages)
    wrong = [(p.key, p.gold_date, r.date) for p, r in zip(pages, results, strict=True)
             if r.date != p.gold_date]
    assert pages and wrong == []


def test_assabah_body_has_the_article_and_none_of_the_furniture() -> None:
    pages = load_snippets(_folder("trafilatura_assabah"))
    results, _ = timed(siyaq_extract, pages)
    assert snippet_accuracy(pages, results) == 1.0
    assert (results[0].title or "").split() == (pages[0].gold_title or "").split()
