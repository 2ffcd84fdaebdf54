"""A name the tagger split in two (`هارفي` `واينستين` each begun as a person) is one name; two
names with a conjunction or preposition written on the second, and places side by side, stay
apart (ANERcorp's own split names)."""

from __future__ import annotations

import pytest

from siyaq.analyze.ner_joins import join_split_names


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        pytest.param(["قال", "هارفي", "واينستين"], ["O", "B-PERS", "B-PERS"],
                     ["O", "B-PERS", "B-PERS"], id="person-after-waw-kept"),
        pytest.param(["قال", "هارفي", "ستين"], ["O", "B-PERS", "B-PERS"],
                     ["O", "B-PERS", "I-PERS"], id="person-joined"),
        pytest.param(["فاز", "مان", "سيتي"], ["O", "B-ORG", "B-ORG"],
                     ["O", "B-ORG", "I-ORG"], id="club-joined"),
        pytest.param(["وست", "هام", "يونايتد"], ["B-ORG", "I-ORG", "B-ORG"],
                     ["B-ORG", "I-ORG", "I-ORG"], id="after-an-inside-tag"),
        pytest.param(["الويبو", "وجامعة"], ["B-ORG", "B-ORG"], ["B-ORG", "B-ORG"],
                     id="conjunction-kept"),
        pytest.param(["الأمم", "بلندن"], ["B-ORG", "B-ORG"], ["B-ORG", "B-ORG"],
                     id="preposition-kept"),
        pytest.param(["اتهمت", "بريطانيا", "روسيا"], ["O", "B-LOC", "B-LOC"],
                     ["O", "B-LOC", "B-LOC"], id="places-kept"),
        pytest.param(["ترامب", "الشركة"], ["B-PERS", "B-ORG"], ["B-PERS", "B-ORG"],
                     id="other-type-kept"),
        pytest.param(["في", "سان", "بطرسبورغ"], ["O", "B-LOC", "B-LOC"],
                     ["O", "B-LOC", "I-LOC"], id="place-begun-by-a-head"),
        pytest.param(["بلدة", "خان", "شيخون"], ["O", "B-LOC", "B-LOC"],
                     ["O", "B-LOC", "I-LOC"], id="khan-shaykhun"),
        pytest.param(["سان", "ومدريد"], ["B-LOC", "B-LOC"], ["B-LOC", "B-LOC"],
                     id="place-head-before-a-conjunction-kept"),
    ],
)
def test_split_names_join(words: list[str], tags: list[str], expected: list[str]) -> None:
    assert join_split_names(tags, words, [len(words)]) == expected


def test_no_join_across_sentences() -> None:
    tags = ["B-PERS", "B-PERS"]
    assert join_split_names(tags, ["سالم", "محمد"], [1, 1]) == tags
    assert join_split_names(tags, ["سالم", "محمد"], [2]) == ["B-PERS", "I-PERS"]
