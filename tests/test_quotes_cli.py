"""`siyaq quotes` over a real SQLite archive, and the speed bench on a few articles."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.analyze.quotes import annotate_quotes
from siyaq.cli.main import cli
from siyaq.model import Article, ContentType, IngestReport, Mention, Page, Record
from siyaq.store import open_store

BODY = [
    "أعلنت وزارة المياه أنها ستفتح السد الجديد قبل نهاية العام.",
    'وقال المتحدث باسم الوزارة، سامي الحداد، في مؤتمر صحفي: "سيبدأ تشغيل المحطة خلال الصيف".',
    'وأردف: "لن نقبل أي تأخير جديد في المشروع".',
]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    path = tmp_path / "archive.db"
    page = Page("سد".encode(), "dam.txt", ContentType.TEXT)
    article = Article(id="dam", content_hash=page.content_hash, origin=page.origin, body=BODY,
                      published_at=datetime(2023, 5, 17, 10, 15))
    _add(path, page, article, "سامي الحداد", quotes=True)
    return path


def _add(path: Path, page: Page, article: Article, person: str, quotes: bool) -> None:
    """Store the article with `person` tagged where its text names them (and its quotes)."""
    start = article.text.index(person)
    article.mentions = [Mention(person, "PERS", start, start + len(person), person)]
    if quotes:
        annotate_quotes(article)
    store = open_store(path)
    try:
        store.put_records([Record(page, article)], IngestReport())
    finally:
        store.close()


@pytest.mark.parametrize(
    ("args", "speakers"),
    [
        pytest.param(["--speaker", "سامي الحداد"], ["سامي الحداد"] * 2, id="by-speaker"),
        pytest.param(["--speaker", "مجهول"], [], id="unknown-speaker"),
        pytest.param(["--limit", "1"], ["وزارة المياه"], id="limit-first-in-text-order"),
        pytest.param(["--query", "تأخير"], ["سامي الحداد"], id="by-words"),
    ],
)
def test_quotes_command_json(archive: Path, args: list[str], speakers: list[str]) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--db", str(archive), "--json", *args])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [row["speaker"] for row in rows] == speakers
    assert all(row["article_id"] == "dam" for row in rows)


def test_quotes_command_text(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--db", str(archive)])
    assert result.exit_code == 0, result.output
    assert "سامي الحداد [dam]: «لن نقبل أي تأخير جديد في المشروع»" in result.output
    # the ministry's announcement is reported speech: no quotation marks, marked as such
    assert "وزارة المياه [dam]: ستفتح السد الجديد قبل نهاية العام (reported)" in result.output


@pytest.mark.parametrize(
    ("speaker", "offered"),
    [("السيد الحداد", "did you mean: سامي الحداد (1 articles)"), ("مجهول", None)],
    ids=["title-and-surname", "nobody-like-it"],
)
def test_a_speaker_with_no_statements_gets_the_people_meant(archive: Path, speaker: str,
                                                             offered: str | None) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--db", str(archive), "--speaker", speaker])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "no quotes found"
    assert (lines[1] if len(lines) > 1 else None) == offered


def test_a_named_person_without_statements_is_said_to_be_known(archive: Path) -> None:
    body = ["افتتح المهندس سامي بن علي الحداد المحطة أمس."]
    page = Page("محطة".encode(), "plant.txt", ContentType.TEXT)
    article = Article(id="plant", content_hash=page.content_hash, origin=page.origin, body=body)
    name = "سامي بن علي الحداد"
    _add(archive, page, article, name, quotes=False)
    result = CliRunner().invoke(cli, ["quotes", "--db", str(archive), "--speaker", name])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "no quotes by سامي بن علي الحداد (named in 1 articles)",
        "other records that may be theirs: سامي الحداد (1 articles)"]


def test_a_statement_carried_earlier_elsewhere_names_that_report(archive: Path) -> None:
    body = ['وكان سامي الحداد قد قال أمس: "سيبدأ تشغيل المحطة خلال الصيف".']
    page = Page("نسخة".encode(), "copy.txt", ContentType.TEXT, url="https://news.example/copy")
    article = Article(id="copy", content_hash=page.content_hash, origin=page.origin, body=body,
                      url=page.url, host="news.example",
                      published_at=datetime(2023, 5, 16, 8, 0))
    _add(archive, page, article, "سامي الحداد", quotes=True)
    result = CliRunner().invoke(cli, ["quotes", "--db", str(archive), "--speaker", "سامي الحداد"])
    assert result.exit_code == 0, result.output
    assert ("سامي الحداد [dam]: «سيبدأ تشغيل المحطة خلال الصيف» (also in 1 more; first: "
            "news.example 2023-05-16 [copy])") in result.output.splitlines()


def test_a_statement_holding_most_words_is_found_and_marked(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["quotes", "--db", str(archive), "--query",
                                      "سيبدأ تشغيل المحطة في الخريف القادم"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "سامي الحداد [dam]: [3 of 5 words] «سيبدأ تشغيل المحطة خلال الصيف»"]


@pytest.mark.shared
def test_bench_quotes_dates(shared_data: Path) -> None:
    folder = shared_data / "saudinewsnet" / "dataset"
    result = CliRunner().invoke(cli, ["bench", "quotes-dates", str(folder), "--limit", "30",
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["counts"]["articles"] == 30
    assert data["metrics"]["dates+quotes articles/CPU-s"] > 0
    assert "ner articles/CPU-s" not in data["metrics"]  # no tagger in this bench


def test_entity_command_prints_the_record_with_its_sections(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["entity", "سامي الحداد", "--db", str(archive)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "سامي الحداد  [PERS]  in 1 article"
    articles = lines.index("newest articles (1 of 1):")
    quoted = lines.index("quotes (`siyaq quotes --speaker NAME` for all):")
    assert "[dam]" in lines[articles + 1] and articles < quoted
    assert any("سيبدأ تشغيل المحطة خلال الصيف" in line for line in lines[quoted + 1:])


@pytest.mark.parametrize(
    ("later_month", "rows"),
    [
        pytest.param(10, ["  2023-05       1  " + "█" * 30, "  2023-06 – 2023-09  (4 months: none)",
                          "  2023-10       1  " + "█" * 30], id="a-long-silence-is-one-row"),
        pytest.param(7, ["  2023-05       1  " + "█" * 30, "  2023-06       0",
                         "  2023-07       1  " + "█" * 30], id="a-silent-month-has-no-bar"),
    ],
)
def test_entity_command_months(archive: Path, later_month: int, rows: list[str]) -> None:
    """A second article some months after the first: silent months get no bar (a month of 0
    used to print a one-block bar), and a long run of them is one row."""
    page = Page("سد ٢".encode(), "dam2.txt", ContentType.TEXT)
    later = Article(id="dam2", content_hash=page.content_hash, origin=page.origin, body=BODY,
                    published_at=datetime(2023, later_month, 2, 9, 0))
    _add(archive, page, later, "سامي الحداد", quotes=False)
    result = CliRunner().invoke(cli, ["entity", "سامي الحداد", "--db", str(archive)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    start = lines.index("articles by month:")
    assert lines[start + 1:start + 4] == rows
