"""`siyaq show` as text: a reported statement is never printed as the speaker's own words."""

from __future__ import annotations

from typing import Any

import pytest

from siyaq.cli.archive import render_article


def _view(quote: dict[str, Any]) -> dict[str, Any]:
    return {"id": "a1", "origin": "a1.txt", "title": "عنوان", "body": ["نص الخبر."],
            "quotes": [quote]}


@pytest.mark.parametrize(
    ("quote", "line"),
    [
        ({"speaker": "سامي الحداد", "text": "سنبدأ غدا", "direct": True},
         "  quote: سامي الحداد: «سنبدأ غدا»"),
        ({"speaker": "سامي الحداد", "text": "المشروع سيبدأ غدا", "direct": False},
         "  reported: سامي الحداد: المشروع سيبدأ غدا"),
        ({"speaker": None, "text": "سنبدأ غدا", "direct": True}, "  quote: ?: «سنبدأ غدا»"),
    ],
    ids=["direct-in-guillemets", "reported-without-guillemets", "unknown-speaker"],
)
def test_quote_lines(quote: dict[str, Any], line: str) -> None:
    lines = render_article(_view(quote)).split("\n")
    assert line in lines
    assert not any("«" in text for text in lines if text.startswith("  reported:"))


@pytest.mark.parametrize(("extra", "line"), [
    ({"byline": "سامر الخطيب"}, "by: سامر الخطيب"),
    ({"section": "اقتصادي"}, "section: اقتصادي"),
    ({"dateline": "الرياض، المملكة العربية السعودية (CNN)"},
     "dateline: الرياض، المملكة العربية السعودية (CNN) (where it was filed from)"),
], ids=["byline", "section", "dateline"])
def test_who_and_where_lines(extra: dict[str, Any], line: str) -> None:
    view = {"id": "a1", "origin": "a1.txt", "title": "عنوان", "body": ["نص الخبر."], **extra}
    lines = render_article(view).split("\n")
    assert line in lines and lines.index(line) < lines.index("نص الخبر.")


def test_warnings_come_before_the_body() -> None:
    warning = "file cut short: the page is what came before the cut (EOFError: ended)"
    view = {"id": "a1", "origin": "a1.txt.gz", "title": "عنوان", "body": ["نص الخبر."],
            "warnings": [warning]}
    lines = render_article(view).split("\n")
    assert lines.index(f"warning: {warning}") < lines.index("نص الخبر.")
