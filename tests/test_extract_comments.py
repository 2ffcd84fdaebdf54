"""Comment threads told by their shape: where one begins, and that neither labeler keeps it as
the article's body, even when it is longer than the article."""

from __future__ import annotations

import pytest

from siyaq.extract.cleaner import HybridLabeler, LearnedLabeler
from siyaq.extract.comments import thread_start
from siyaq.extract.lines import LineLabel, split_lines
from siyaq.extract.rules import RuleLabeler
from siyaq.extract.text import extract_text_dump
from siyaq.model import ContentType, Page

BODY = [
    "The city council approved the new tram line on Monday after a debate that lasted six hours.",
    "The mayor said the first trains would run in the spring, and that fares would stay as they are.",
    "Opponents of the plan argued that the money should have gone to buses serving the suburbs.",
]
LEDE_AR = "أعلن وزير النقل سامر الخطيب اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين بعد ثلاث سنوات."
SECOND_AR = "وقال الخطيب في مؤتمر صحفي إن الرحلة ستستغرق أقل من ساعة، مشيرا إلى أن الأسعار لن تتغير."


def _start(*lines: str) -> int | None:
    return thread_start(split_lines("\n".join(lines)))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([*BODY, "34 responses to “Council approves tram line”", "1. tramfan says:", "Great."], 3),
        ([*BODY, "3 thoughts on “Council approves tram line”", "Nice."], 3),
        ([LEDE_AR, SECOND_AR, "12 تعليقا على «افتتاح الخط الجديد»", "مبروك"], 2),
        ([*BODY, "Comments", "1. Hans says:", "Finally.", "2. Maria says:", "Too late."], 4),
        ([*BODY, "• Milan Griffes on September 12, 2018 at 4:47 pm said:", "Any update?",
          "• Catherine on September 13, 2018 at 5:23 pm said:", "Not yet."], 3),
        ([*BODY, "1. Sharon says", "Lovely.", "2. Cindy says", "Agreed."], 3),
    ],
    ids=["count-header-responses", "count-header-thoughts", "count-header-arabic",
         "numbered-authors", "authors-with-date", "authors-without-colon"],
)
def test_thread_start_found(lines: list[str], expected: int) -> None:
    assert _start(*lines) == expected


@pytest.mark.parametrize(
    "lines",
    [
        [*BODY, "The minister said:", "We will build it.", "The mayor said:", "So will we."],
        [*BODY, "3. Airline went into records after Max crash, engineer says", "Comments"],
        [*BODY, "0 Comment on Top Home Gym Must Haves", "Leave a reply"],
        [LEDE_AR, "وقال الوزير:", "سنبني الخط.", "وقال المحافظ:", "ونحن كذلك."],
        [*BODY, "1. Hans says:", "Finally."],
    ],
    ids=["news-said-colon", "headline-ending-says", "count-without-quoted-title",
         "arabic-said-colon", "one-author-line"],
)
def test_thread_start_not_found(lines: list[str]) -> None:
    assert _start(*lines) is None


def _thread_page(comments: int) -> str:
    """An article, then a comment thread far longer than it, then a footer."""
    thread = []
    for n in range(1, comments + 1):
        thread += [
            f"{n}. reader{n} says:",
            "November 19, 2019 at 6:34 am",
            f"I have taken this tram route for years and I think the council finally got it right "
            f"this time, because the old buses were always late and crowded ({n}).",
        ]
    return "\n".join([
        "Home", "News", "Council approves tram line", *BODY,
        f"{comments} responses to “Council approves tram line”", *thread,
        "Copyright 2019 City Paper. All rights reserved.",
    ])


@pytest.mark.parametrize("labeler", [RuleLabeler(), HybridLabeler()], ids=["rules", "default"])
def test_thread_longer_than_article_is_not_the_body(labeler: RuleLabeler | HybridLabeler) -> None:
    if isinstance(labeler, HybridLabeler) and not LearnedLabeler.available():
        pytest.skip("cleaner model not built")
    page = Page(content=b"", origin="test", content_type=ContentType.TEXT, text=_thread_page(20))
    article = extract_text_dump(page, labeler=labeler)
    assert article.body == BODY
    assert any(widget.kind == LineLabel.COMMENTS.value and "reader20 says:" in widget.text
               for widget in article.widgets)


def test_thread_above_any_body_cuts_nothing() -> None:
    text = "\n".join(["1. Hans says:", "2. Maria says:", *BODY])
    labels = RuleLabeler().label(split_lines(text))
    assert labels[2:] == [LineLabel.BODY] * 3


@pytest.mark.parametrize(
    ("meta", "expected"),
    [("• Leave a comment", LineLabel.BODY), ("Leave a comment", LineLabel.COMMENTS)],
    ids=["bullet-link-in-post-meta", "header-line"],
)
def test_comment_link_above_the_text(meta: str, expected: LineLabel) -> None:
    text = "\n".join(["About bugs", "• Posted by Vortex", meta, *BODY])
    labels = RuleLabeler().label(split_lines(text))
    assert labels[3:] == [expected] * 3


def test_comments_link_in_a_share_bar_opens_no_thread() -> None:
    story = [*BODY[:2], "• Facebook", "• Comments", "• Print", BODY[2]]
    labels = RuleLabeler().label(split_lines("\n".join(["Council approves tram line", *story])))
    assert labels[-1] is LineLabel.BODY


def test_a_comments_header_still_opens_the_thread() -> None:
    text = "\n".join(["Council approves tram line", *BODY[:2], "Comments", BODY[2]])
    assert RuleLabeler().label(split_lines(text))[-1] is LineLabel.COMMENTS
