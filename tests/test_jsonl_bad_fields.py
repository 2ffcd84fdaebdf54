"""A bad field does not throw away a good article (stop 51, an adversarial run): a broken
address names no host, and a lone surrogate escape (`\\ud800`, half a character, which JSON
allows and no text can hold) becomes U+FFFD."""

from __future__ import annotations

import json

import pytest

from siyaq.extract import extract_record
from siyaq.sources.decode import decode_step
from siyaq.sources.jsonl import record_for_line

BODY = "قال الوزير إن الوضع جيد في البلاد كلها اليوم."


@pytest.mark.parametrize(
    ("fields", "title", "host"),
    [
        pytest.param({"url": "http://[::1"}, "عنوان الخبر", None, id="broken-ipv6-address"),
        pytest.param({"url": "https://www.example.com/a"}, "عنوان الخبر", "example.com",
                     id="guard-a-good-address"),
        pytest.param({"title": "عنوان \ud800 الخبر"}, "عنوان \ufffd الخبر", None,
                     id="lone-surrogate-in-the-title"),
    ],
)
def test_a_bad_field_keeps_the_article(fields: dict[str, str], title: str,
                                       host: str | None) -> None:
    line = json.dumps({"title": "عنوان الخبر", "body": BODY, **fields}).encode("ascii")
    record = next(decode_step([record_for_line(line, "x.jsonl#line 1", 1)]))
    extract_record(record)
    assert record.error is None and record.article is not None
    assert (record.article.title, record.article.host) == (title, host)


def test_a_lone_surrogate_in_the_body_is_replaced() -> None:
    line = json.dumps({"title": "عنوان", "body": ["نص \udfff الخبر", BODY]}).encode("ascii")
    record = next(decode_step([record_for_line(line, "x.jsonl#line 1", 1)]))
    extract_record(record)
    assert record.article is not None and record.article.body[0] == "نص \ufffd الخبر"
