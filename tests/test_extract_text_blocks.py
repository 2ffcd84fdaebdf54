"""Block-level decisions of the learned cleaner: blocks of body lines, their features and gold
labels, the document facts of the line CRF, and the shipped block model on a page whose comment
thread reads like body text."""

from __future__ import annotations

import pytest

from siyaq.extract.blocks import (
    DROP,
    KEEP,
    block_features,
    block_gold,
    default_block_model_path,
    find_blocks,
)
from siyaq.extract.cleaner import LearnedLabeler
from siyaq.extract.features import document_facts
from siyaq.extract.lines import split_lines
from siyaq.extract.text import extract_text_dump
from siyaq.model import ContentType, Page

SENTENCE = "The council approved the new budget on Monday after a long debate, officials said."


def _page(words: list[int]) -> list[str]:
    return [" ".join(["word"] * n) + "." for n in words]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ([True, True, False, True], [[0, 1, 3]]),
        ([True, False, False, False, False, True], [[0], [5]]),
        ([False, True, False, False, False, True, True], [[1, 5, 6]]),
        ([False, False], []),
    ],
    ids=["gap-1-joins", "gap-5-splits", "gap-4-joins", "no-body"],
)
def test_find_blocks(body: list[bool], expected: list[list[int]]) -> None:
    lines = split_lines("\n".join(_page([4] * len(body))))
    blocks = find_blocks(lines, body)
    assert [b.members for b in blocks] == expected
    assert [b.words for b in blocks] == [4 * len(m) for m in expected]


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        ([True, True, True], [KEEP]),
        ([True, False, False], [DROP]),
        ([False, True, True], [KEEP]),
    ],
    ids=["all-gold", "one-of-three", "most-words-gold"],
)
def test_block_gold_is_word_majority(gold: list[bool], expected: list[str]) -> None:
    lines = split_lines("\n".join(_page([10, 10, 10])))
    blocks = find_blocks(lines, [True, True, True])
    assert block_gold(lines, blocks, gold) == expected


def _thread_page() -> list[str]:
    article = [f"{SENTENCE} Paragraph {n} adds more detail on the plan." for n in range(6)]
    thread: list[str] = []
    for n in range(8):
        thread += [f"user{n}", "2 days ago at 07:52 am",
                   f"I think this budget is a mistake and the council should try again {n}.",
                   "Reply"]
    return ["Home", "News", "Council passes budget", *article, "Share this story", "Comments",
            "Sort by: newest", *thread, "About us"]


def test_block_features_see_title_largest_and_comment_cues() -> None:
    lines = split_lines("\n".join(_thread_page()))
    body = [line.words >= 10 for line in lines]
    blocks = find_blocks(lines, body)
    features = block_features(lines, blocks, [0.9] * len(lines), title=2)
    assert [len(b.members) for b in blocks] == [6, 8]
    assert "largest=self" in features[0] and "title=first_after" in features[0]
    assert "gaph=1" in features[1] and "inc=0" not in features[1] and "title=later" in features[1]
    assert "largest=after" in features[1]


def test_document_facts_mark_comment_cues_and_headers() -> None:
    lines = split_lines("\n".join(_thread_page()))
    facts = document_facts(lines)
    comments = next(i for i, line in enumerate(lines) if line.text == "Comments")
    assert "hdrcue" in facts[comments]
    assert "ccue" in facts[comments + 3] and "hdr=0" in facts[comments + 3]
    assert all(not f.startswith("hdr=") for f in facts[0])


@pytest.mark.skipif(not default_block_model_path().exists() or not LearnedLabeler.available(),
                    reason="no shipped cleaner models")
def test_shipped_models_keep_the_article_not_the_thread() -> None:
    text = "\n".join(_thread_page())
    page = Page(content=text.encode(), origin="t", content_type=ContentType.TEXT, text=text)
    article = extract_text_dump(page)
    assert article.body[:6] == _thread_page()[3:9]
    assert not any("budget is a mistake" in paragraph for paragraph in article.body)


@pytest.mark.parametrize(
    ("tags", "p_body", "title", "expected"),
    [
        pytest.param(["body", "other", "body"], [0.9, 0.3, 0.9], None, ["body", "body", "body"],
                     id="a-sentence-between-kept-lines"),
        pytest.param(["body", "other", "body"], [0.9, 0.1, 0.9], None, ["body", "other", "body"],
                     id="guard-a-low-probability"),
        pytest.param(["title", "other", "body"], [0.0, 0.3, 0.9], 0, ["title", "body", "body"],
                     id="a-sentence-between-title-and-body"),
        pytest.param(["body", "body", "other"], [0.9, 0.9, 0.9], None, ["body", "body", "other"],
                     id="guard-below-the-last-kept-line"),
    ],
)
def test_whole_sentences_among_the_body_are_recovered(
    tags: list[str], p_body: list[float], title: int | None, expected: list[str]
) -> None:
    from siyaq.extract.cleaner import _recover_prose

    sentence = "The company says she did not need their permission to perform the songs at all."
    lines = split_lines("\n".join([sentence] * len(tags)))
    _recover_prose(lines, tags, p_body, title)
    assert tags == expected


@pytest.mark.parametrize(
    ("texts", "p_body", "expected"),
    [
        pytest.param(["Europe's richest man to spend on a retail store", "SENTENCE", "SENTENCE"],
                     [0.7, 0.9, 0.9], ["other", "body", "body"], id="a-headline-above-the-lede"),
        pytest.param(["Europe's richest man to spend on a retail store", "SENTENCE", "SENTENCE"],
                     [0.95, 0.9, 0.9], ["body", "body", "body"], id="guard-a-sure-line-stays"),
        pytest.param(["SENTENCE", "A subheading in the body", "SENTENCE"],
                     [0.9, 0.3, 0.9], ["body", "body", "body"], id="guard-below-the-lede-stays"),
        pytest.param(["A short line", "Another short line"], [0.3, 0.3], ["body", "body"],
                     id="guard-no-sentence-no-change"),
    ],
)
def test_lines_above_the_lede_need_a_sure_crf(
    texts: list[str], p_body: list[float], expected: list[str]
) -> None:
    from siyaq.extract.cleaner import _trim_head

    sentence = "The company says she did not need their permission to perform the songs at all."
    lines = split_lines("\n".join(sentence if t == "SENTENCE" else t for t in texts))
    tags = ["body"] * len(texts)
    _trim_head(lines, tags, p_body)
    assert tags == expected
