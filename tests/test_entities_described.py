"""Unnamed people described by a nationality (`مسؤول تركي`, `عن مصدر روسي`) are not people
named Turki or Rossi, and a preposition glued with a tatweel (`لـCNN`) ends a name. Found in
stop 44's seed 2569, where `تركي لـCNN` was tagged as a person and became the speaker."""

from __future__ import annotations

import pytest

from siyaq.analyze.entities import EntityTagger
from siyaq.model import Article


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger.load()


def _people(tagger: EntityTagger, text: str) -> list[str]:
    article = Article(id="t", content_hash="h", origin="test", title=None, body=[text])
    tagger.annotate(article)
    return [m.text for m in article.mentions if m.type == "PERS"]


@pytest.mark.parametrize(
    "text",
    [
        "وأشار مسؤول تركي لـCNN إلى أن جو التعاون بين البلدين يعد إيجابيا.",
        "ونقلت رويترز عن مسؤول تركي قوله إنه تم العثور على أدلة جديدة.",
        "وقال مصدر روسي إن الاجتماع سيعقد الأسبوع المقبل في جنيف.",
    ],
    ids=["official-told-cnn", "from-an-official", "a-source"],
)
def test_a_nationality_after_an_unnamed_person_is_no_name(tagger: EntityTagger,
                                                          text: str) -> None:
    assert _people(tagger, text) == []


@pytest.mark.parametrize(
    "text",
    ["وأشار مسؤول تركي لـCNN إلى أن التعاون إيجابي، وقال مسؤول أمريكي لـCNN إن الاجتماع كان "
     "قصيرا.",
     "وقال الرئيس رجب طيب أردوغان لـCNN إن بلاده لن تتراجع."],
    ids=["after-unnamed-officials", "after-a-name"],
)
def test_a_glued_preposition_ends_the_name(tagger: EntityTagger, text: str) -> None:
    assert all("ـ" not in name for name in _people(tagger, text))


def test_a_man_named_turki_keeps_his_name(tagger: EntityTagger) -> None:
    assert "تركي آل الشيخ" in _people(tagger, "وقال تركي آل الشيخ إن الهيئة ستدعم الأندية.")
