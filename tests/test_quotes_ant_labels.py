"""The ANT rows of a labels file are read from the shared archive, each document once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from siyaq.evaluate.quotes_news import LabelError, ant_refs, gold_quotes, news_article

# The text is "وقال كلوب: لا أحد يتذكر كيف بدأ\nالموسم الماضي": the quote runs from 11 to 45.
ROW = {"ref": "ant:XX-sport-1-20180101", "quotes": [{"speaker": "كلوب", "start": 11, "end": 45}]}
TAGS = {"DOCNO": "XX-sport-1-20180101", "TITLE": "عنوان", "TIME": "Sun, 18 Feb 2018 21:35:43 +0400",
        "TEXT": "  وقال كلوب: لا أحد يتذكر كيف بدأ\n\n  الموسم الماضي  "}


def test_an_ant_row_is_read_from_the_documents_read_beforehand() -> None:
    article = news_article(ROW, Path("/nowhere"), {TAGS["DOCNO"]: TAGS})
    assert article.body == ["وقال كلوب: لا أحد يتذكر كيف بدأ", "الموسم الماضي"]
    assert article.published_at is not None and article.published_at.day == 18
    assert [q.text for q in gold_quotes(ROW, article.text)] == [
        "لا أحد يتذكر كيف بدأ\nالموسم الماضي"]


@pytest.mark.parametrize(
    ("row", "ant", "error"),
    [
        pytest.param(ROW, {}, "not in", id="a-docno-the-archive-lacks"),
        pytest.param({**ROW, "text_sha1": "000000000000"}, {TAGS["DOCNO"]: TAGS}, "differs",
                     id="a-changed-text"),
    ],
)
def test_an_ant_row_that_cannot_be_scored_says_why(
    row: dict[str, object], ant: dict[str, dict[str, str]], error: str
) -> None:
    with pytest.raises(LabelError, match=error):
        news_article(row, Path("/nowhere"), ant)


def test_only_ant_refs_are_gathered() -> None:
    rows: list[dict[str, object]] = [ROW, {"ref": "saudinewsnet:a.zip/a.json#1"}, {"id": "x"}]
    assert ant_refs(rows) == {"XX-sport-1-20180101"}


@pytest.mark.parametrize(
    ("name", "quotes"),
    [pytest.param("ant-quotes.jsonl", 45, id="seed-2525"),
     pytest.param("ant-quotes-2526.jsonl", 46, id="seed-2526"),
     pytest.param("ant-quotes-2527.jsonl", 52, id="seed-2527"),
     pytest.param("ant-quotes-2528.jsonl", 66, id="seed-2528"),
     pytest.param("ant-quotes-2529.jsonl", 36, id="seed-2529"),
     pytest.param("ant-quotes-2530.jsonl", 52, id="seed-2530"),
     pytest.param("ant-quotes-2531.jsonl", 46, id="seed-2531"),
     pytest.param("ant-quotes-2532.jsonl", 65, id="seed-2532"),
     pytest.param("ant-quotes-2533.jsonl", 57, id="seed-2533"),
     pytest.param("ant-quotes-2534.jsonl", 55, id="seed-2534"),
     pytest.param("ant-quotes-2535.jsonl", 62, id="seed-2535"),
     pytest.param("ant-quotes-2536.jsonl", 36, id="seed-2536"),
     pytest.param("ant-quotes-2537.jsonl", 49, id="seed-2537"),
     pytest.param("ant-quotes-2538.jsonl", 69, id="seed-2538"),
     pytest.param("ant-quotes-2539.jsonl", 47, id="seed-2539"),
     pytest.param("ant-quotes-2540.jsonl", 43, id="seed-2540"),
     pytest.param("ant-quotes-2541.jsonl", 47, id="seed-2541"),
     pytest.param("ant-quotes-2542.jsonl", 57, id="seed-2542"),
     pytest.param("ant-quotes-2543.jsonl", 66, id="seed-2543"),
     pytest.param("ant-quotes-2544.jsonl", 50, id="seed-2544"),
     pytest.param("ant-quotes-2545.jsonl", 41, id="seed-2545"),
     pytest.param("ant-quotes-2546.jsonl", 80, id="seed-2546"),
     pytest.param("ant-quotes-2547.jsonl", 64, id="seed-2547"),
     pytest.param("ant-quotes-2548.jsonl", 48, id="seed-2548"),
     pytest.param("ant-quotes-2549.jsonl", 38, id="seed-2549"),
     pytest.param("ant-quotes-2550.jsonl", 67, id="seed-2550"),
     pytest.param("ant-quotes-2551.jsonl", 54, id="seed-2551"),
     pytest.param("ant-quotes-2552.jsonl", 58, id="seed-2552"),
     pytest.param("ant-quotes-2553.jsonl", 56, id="seed-2553"),
     pytest.param("ant-quotes-2554.jsonl", 69, id="seed-2554"),
     pytest.param("ant-quotes-2555.jsonl", 78, id="seed-2555"),
     pytest.param("ant-quotes-2556.jsonl", 64, id="seed-2556"),
     pytest.param("ant-quotes-2557.jsonl", 53, id="seed-2557"),
     pytest.param("ant-quotes-2558.jsonl", 52, id="seed-2558"),
     pytest.param("ant-quotes-2559.jsonl", 62, id="seed-2559"),
     pytest.param("ant-quotes-2560.jsonl", 64, id="seed-2560"),
     pytest.param("ant-quotes-2561.jsonl", 59, id="seed-2561"),
     pytest.param("ant-quotes-2562.jsonl", 50, id="seed-2562"),
     pytest.param("ant-quotes-2563.jsonl", 50, id="seed-2563"),
     pytest.param("ant-quotes-2564.jsonl", 58, id="seed-2564"),
     pytest.param("ant-quotes-2565.jsonl", 51, id="seed-2565"),
     pytest.param("ant-quotes-2566.jsonl", 67, id="seed-2566"),
     pytest.param("ant-quotes-2567.jsonl", 63, id="seed-2567"),
     pytest.param("ant-quotes-2568.jsonl", 57, id="seed-2568"),
     pytest.param("ant-quotes-2569.jsonl", 62, id="seed-2569"),
     pytest.param("ant-quotes-2570.jsonl", 60, id="seed-2570"),
     pytest.param("ant-quotes-2571.jsonl", 39, id="seed-2571"),
     pytest.param("ant-quotes-2572.jsonl", 51, id="seed-2572"),
     pytest.param("ant-quotes-2573.jsonl", 54, id="seed-2573"),
     pytest.param("ant-quotes-2574.jsonl", 42, id="seed-2574"),
     pytest.param("ant-quotes-2575.jsonl", 48, id="seed-2575"),
     pytest.param("ant-quotes-2576.jsonl", 53, id="seed-2576"),
     pytest.param("ant-quotes-2577.jsonl", 54, id="seed-2577"),
     pytest.param("ant-quotes-2578.jsonl", 49, id="seed-2578"),
     pytest.param("ant-quotes-2579.jsonl", 48, id="seed-2579"),
     pytest.param("ant-quotes-2580.jsonl", 56, id="seed-2580"),
     pytest.param("ant-quotes-2581.jsonl", 58, id="seed-2581"),
     pytest.param("ant-quotes-2582.jsonl", 39, id="seed-2582")],
)
def test_the_shipped_ant_labels_fit_their_texts(name: str, quotes: int) -> None:
    """Every label's offsets lie inside its text, as text_sha1 pins it (the archive itself is
    read by the evaluation, which skips when ../shared is absent)."""
    rows = [json.loads(line) for line in (Path("labels") / name).read_text(
        encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) == 10 and sum(len(row["quotes"]) for row in rows) == quotes
    for row in rows:
        assert row["ref"].startswith("ant:") and len(row["text_sha1"]) == 12
        assert all(0 <= q["start"] < q["end"] for q in row["quotes"])
