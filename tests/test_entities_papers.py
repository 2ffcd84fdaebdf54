"""A newspaper named after its city is one organisation (`واشنطن بوست`), never a city and a
`وست` (the tagger's piece of `بوست` without its ب); a person's surname stays a person."""

from __future__ import annotations

import pytest

from siyaq.analyze import Analyzer
from siyaq.analyze.entities_papers import with_paper_names
from siyaq.model import Mention


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build()


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت صحيفة واشنطن بوست الأمريكية إن الرئيس سيزور باريس.",
     [("واشنطن بوست", "ORG"), ("باريس", "LOC")]),
    ("ذكرت جيروزاليم بوست أن الحكومة وافقت على الخطة.", [("جيروزاليم بوست", "ORG")]),
    ("ونقلت صحيفة وول ستريت جورنال عن مسؤولين قولهم إن الصفقة تمت.",
     [("وول ستريت جورنال", "ORG")]),
], ids=["washington-post", "jerusalem-post", "wall-street-journal"])
def test_papers_through_the_tagger(analyzer: Analyzer, text: str,
                                   expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.type) for m in analyzer.tagger.find(text)]
    assert all(pair in found for pair in expected), found
    assert not any(word in ("وست", "بوست") for word, _ in found)


def _mention(text: str, word: str, type_: str) -> Mention:
    start = text.index(word)
    return Mention(word, type_, start, start + len(word), word)


@pytest.mark.parametrize(("text", "mentions", "expected"), [
    ("نشرت واشنطن بوست تقريرا", [("واشنطن", "LOC"), ("وست", "ORG")], [("واشنطن بوست", "ORG")]),
    ("نشرت واشنطن بوست تقريرا", [("واشنطن", "ORG")], [("واشنطن بوست", "ORG")]),
    ("وكتب مارك بوست في مدونته", [("مارك", "PERS")], [("مارك", "PERS")]),
    ("زار واشنطن بوستن أمس", [("واشنطن", "LOC")], [("واشنطن", "LOC")]),
], ids=["city-and-piece", "body-then-word", "a-person-stays", "a-longer-word-is-no-paper"])
def test_with_paper_names(text: str, mentions: list[tuple[str, str]],
                          expected: list[tuple[str, str]]) -> None:
    found = [_mention(text, word, type_) for word, type_ in mentions]
    joined = with_paper_names(text, found, lambda name: name)
    assert [(m.text, m.type) for m in joined] == expected
    for mention in joined:
        assert text[mention.start:mention.end] == mention.text
