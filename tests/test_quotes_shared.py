"""Quotes on the shared data: the seed page, and floors on the dev set (skipped when
../shared/data is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from siyaq.analyze.dates import annotate_dates
from siyaq.analyze.quotes import find_quotes
from siyaq.cli.main import cli
from siyaq.evaluate.quotes import evaluate, speakers_match, texts_match
from siyaq.model import Article

pytestmark = pytest.mark.shared


def seed_body(shared_data: Path) -> list[str]:
    """The seed page's six body lines, from أعلنت to …سراقب. (GUIDE §1)."""
    lines = (shared_data / "seed" / "000_098a03f4986f0988.txt").read_text("utf-8").splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("أعلنت"))
    last = next(i for i, line in enumerate(lines) if line.rstrip().endswith("سراقب."))
    return [line.strip() for line in lines[first : last + 1]]


def test_seed_quotes_are_all_by_the_envoy(shared_data: Path) -> None:
    body = seed_body(shared_data)
    assert len(body) == 6
    text = "\n".join(body)
    quotes = [q for q in find_quotes(text, []) if q.direct]
    # The page names him once in full, after his title and a comma, then by surname.
    speakers = {q.speaker for q in quotes}
    assert len(speakers) == 1
    (speaker,) = speakers
    assert speaker is not None and len(speaker.split()) == 2
    surname = speaker.split()[1]
    assert f"وتابع {surname}" in text and f"، {speaker}،" in text
    verbs = [q.verb for q in quotes]
    assert verbs[0] == "وقال" and "وتابع" in verbs and verbs[-1] == "وأردف"
    assert quotes[-1].inherited and not quotes[0].inherited
    assert len(quotes) >= 3
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text


def test_seed_dates(shared_data: Path) -> None:
    from datetime import date, datetime

    article = Article(id="seed", content_hash="", origin="seed", body=seed_body(shared_data),
                      published_at=datetime(2020, 2, 6, 23, 54))
    annotate_dates(article)
    values = {m.text: m.value for m in article.dates}
    assert values["أمس الأربعاء"] == "2020-02-05"
    assert values["ديسمبر الماضي"] == "2019-12"
    assert article.event_date == date(2020, 2, 5)


def test_dev_quotes_meet_the_targets_without_a_tagger(shared_data: Path) -> None:
    report, tally = evaluate(shared_data / "pages" / "dev.jsonl", use_tagger=False)
    assert tally.gold > 40
    assert report.metrics["speaker+quote precision"] >= 0.90
    assert report.metrics["speaker+quote recall"] >= 0.85


def test_evaluate_quotes_command_prints_the_report(shared_data: Path) -> None:
    result = CliRunner().invoke(
        cli, ["evaluate", "quotes", str(shared_data / "pages" / "dev.jsonl"), "--no-tagger"])
    assert result.exit_code == 0, result.output
    assert "speaker+quote precision" in result.output and "dev.jsonl" in result.output


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("جيفري", "جيمس جيفري", True, id="surname-in-full-name"),
        pytest.param("الديوان الملكي", "الديوان الملكي السعودي", True, id="shorter-org"),
        pytest.param("بشار الأسد", "جيمس جيفري", False, id="different-people"),
        pytest.param(None, "جيفري", False, id="no-speaker"),
        pytest.param("حساب انستاغرام على تويتر", "حساب إنستغرام على تويتر", True,
                     id="transliteration-spelled-otherwise"),
        pytest.param("حسين الشيخ", "حسن الشيخ", False, id="arabic-names-stay-apart"),
    ],
)
def test_speaker_match(a: str | None, b: str, same: bool) -> None:
    assert speakers_match(a, b) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        pytest.param("لا نطالب برحيل الأسد", "لا نطالب برحيل الأسد، بل ندعو لتغييرات", True,
                     id="prefix"),
        pytest.param("الوضع خطير جدا", "نريد حلا سياسيا", False, id="different"),
    ],
)
def test_text_match(a: str, b: str, same: bool) -> None:
    assert texts_match(a, b) is same
