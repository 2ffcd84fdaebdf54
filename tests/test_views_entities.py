"""An article view's names: grouped by type, shown as the page spells them."""

from __future__ import annotations

from typing import Any

import pytest

from siyaq.analyze.ner_aliases import shown_name
from siyaq.views import entity_groups
from siyaq.views_archive import also_written


def _mention(text: str, type_: str, canonical: str | None) -> dict[str, Any]:
    return {"text": text, "type": type_, "canonical": canonical}


@pytest.mark.parametrize(
    ("mentions", "expected"),
    [
        pytest.param([_mention("بشار الأسد", "PERS", "بشار الاسد"),
                      _mention("الأسد", "PERS", "بشار الاسد")],
                     {"PERS": ["بشار الأسد"]}, id="folded-key-shown-as-written"),
        pytest.param([_mention("الأسد", "PERS", "بشار الاسد")],
                     {"PERS": ["بشار الاسد"]}, id="only-a-short-form-keeps-the-key"),
        pytest.param([_mention("إدلب", "LOC", "ادلب"), _mention("ادلب", "LOC", "ادلب"),
                      _mention("إدلب", "LOC", "ادلب")],
                     {"LOC": ["إدلب"]}, id="commonest-spelling"),
        pytest.param([_mention("تنظيم الدولة", "ORG", "داعش")],
                     {"ORG": ["داعش"]}, id="alias-display-name"),
        pytest.param([_mention("حلب", "LOC", None), _mention("زهير", "PERS", None)],
                     {"PERS": ["زهير"], "LOC": ["حلب"]}, id="types-in-order-no-canonical"),
        pytest.param([_mention("تويتر", "ORG", "تويتر"), _mention("تويتر", "LOC", "تويتر")],
                     {"ORG": ["تويتر"]}, id="two-types-tie-listed-once-by-first"),
        pytest.param([_mention("المغرب", "ORG", "المغرب"), _mention("المغرب", "LOC", "المغرب"),
                      _mention("المغرب", "LOC", "المغرب"), _mention("حلب", "LOC", None)],
                     {"LOC": ["المغرب", "حلب"]}, id="two-types-listed-once-by-most"),
    ],
)
def test_entity_groups(mentions: list[dict[str, Any]], expected: dict[str, list[str]]) -> None:
    assert entity_groups(mentions) == expected


@pytest.mark.parametrize(
    ("name", "spellings", "shown"),
    [
        pytest.param("الاردن", ["لأردن", "الأردن", "الاردن"], "الأردن", id="first-whole-spelling"),
        pytest.param("بشار الاسد", ["الأسد"], "بشار الاسد", id="only-a-part"),
        pytest.param("داعش", ["تنظيم الدولة"], "داعش", id="alias"),
        pytest.param("حلب", [], "حلب", id="no-spellings"),
    ],
)
def test_shown_name(name: str, spellings: list[str], shown: str) -> None:
    assert shown_name(name, spellings) == shown


@pytest.mark.parametrize(
    ("name", "variants", "listed"),
    [
        pytest.param("الأمم المتحدة",
                     ["الأمم المتحدة", "منظمة الأمم المتحدة", "الامم المتحدة", "الأمم المتحده",
                      "الإمم المتحدة"],
                     ["منظمة الأمم المتحدة"], id="letters-search-folds-left-out"),
        pytest.param("الاتحاد الأوروبي",
                     ["الاتحاد الأوروبي", "الاتحاد الاوروبي", "الاتحاد الأوربي",
                      "الاتحاد الاوربي"],
                     ["الاتحاد الأوربي"], id="one-per-search-form-the-commonest"),
        pytest.param("داعش", ["داعش", "تنظيم الدولة"], ["تنظيم الدولة"], id="alias-kept"),
        pytest.param("حلب", ["حلب"], [], id="nothing-else"),
    ],
)
def test_also_written(name: str, variants: list[str], listed: list[str]) -> None:
    assert also_written(name, variants) == listed
