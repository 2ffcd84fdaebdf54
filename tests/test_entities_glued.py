"""Words the tagger took into a name (`على ترامب`, `لميسي`, `على تويتر`) go when the article
names the rest on its own; the name Ali written `على` stays when nothing says otherwise."""

from __future__ import annotations

import pytest

from siyaq.analyze.entities_glued import unglue
from siyaq.analyze.entities_names import name_words
from siyaq.analyze.ner_aliases import alias_index, canonical_name
from siyaq.model import Mention


def _mentions(*spans: tuple[str, str]) -> list[Mention]:
    found, start = [], 0
    for text, type_ in spans:
        found.append(Mention(text, type_, start, start + len(text), canonical_name(text, type_)))
        start += len(text) + 20
    return found


def _unglued(*spans: tuple[str, str]) -> list[tuple[str, str, str | None, int]]:
    mentions = _mentions(*spans)
    starts = [m.start for m in mentions]
    unglue(mentions, [name_words(m.text) for m in mentions], alias_index())
    return [(m.text, m.type, m.canonical, m.start - s) for m, s in zip(mentions, starts,
                                                                         strict=True)]


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([("دونالد ترامب", "PERS"), ("على ترامب", "PERS")],
         [("دونالد ترامب", "PERS", "دونالد ترامب", 0),
          ("ترامب", "PERS", "دونالد ترامب", 4)]),  # the alias table knows him
        ([("ليونيل ميسي", "PERS"), ("لميسي", "PERS")],
         [("ليونيل ميسي", "PERS", "ليونيل ميسي", 0), ("ميسي", "PERS", "ميسي", 1)]),
        ([("بي بي سي", "ORG"), ("لبي بي سي", "PERS")],
         [("بي بي سي", "ORG", "بي بي سي", 0), ("بي بي سي", "ORG", "بي بي سي", 1)]),
        ([("على تويتر", "PERS")], [("تويتر", "ORG", "تويتر", 4)]),
        ([("لبي بي سي", "PERS")], [("بي بي سي", "ORG", "بي بي سي", 1)]),
        ([("على حسن", "PERS")], [("على حسن", "PERS", "علي حسن", 0)]),
        ([("لبنان", "LOC"), ("بغداد", "LOC")],
         [("لبنان", "LOC", "لبنان", 0), ("بغداد", "LOC", "بغداد", 0)]),
        ([("محمد بن سلمان", "PERS"), ("لسلمان", "PERS")],
         [("محمد بن سلمان", "PERS", "محمد بن سلمان", 0), ("لسلمان", "PERS", "لسلمان", 0)]),
    ],
    ids=["on-a-name-named-elsewhere", "to-a-surname", "to-an-organisation", "on-a-platform", "to-an-agency",
         "ali-stays", "names-beginning-with-lam-ba", "father-is-no-evidence"],
)
def test_unglue(spans: list[tuple[str, str]],
                expected: list[tuple[str, str, str | None, int]]) -> None:
    assert _unglued(*spans) == expected
