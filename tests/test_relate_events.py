"""What happened: the event classes a report leads with, and how they move the pair score."""

from __future__ import annotations

from collections import Counter

import pytest

from siyaq.model import Article
from siyaq.relate.events import EVENT_WORDS, first_sentence, kind_stems, reading
from siyaq.relate.features import Features, featurize
from siyaq.relate.similarity import Weights, event_factor, score
from siyaq.relate.text import Terms


def _article(title: str, body: str) -> Article:
    return Article(id="a", content_hash="h", origin="test", title=title, body=[body])


@pytest.mark.parametrize("kind", sorted(EVENT_WORDS), ids=str)
def test_every_word_of_a_class_reads_as_that_class_or_is_dropped_as_ambiguous(kind: str) -> None:
    stems = Terms().event_stems()
    terms = Terms()
    read = {stems.get(term) for word in EVENT_WORDS[kind] for term in terms(word)}
    assert read <= {kind, None}
    assert kind in read


def test_a_stem_shared_by_two_classes_names_neither() -> None:
    def stem(word: str) -> list[str]:
        return {"قتل": ["قتل"], "مقتل": ["قتل"], "جنازة": ["جناز"]}.get(word, [word])

    words = {"violence": ("قتل",), "funeral": ("مقتل", "جنازة")}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("siyaq.relate.events.EVENT_WORDS", words)
        assert kind_stems(stem) == {"جناز": "funeral"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("توفي الممثل سامر نجيب. وشيع جثمانه أمس", "توفي الممثل سامر نجيب",
                     id="first-sentence"),
        pytest.param("ارتفع المؤشر 2.5 نقطة اليوم", "ارتفع المؤشر 2.5 نقطة اليوم",
                     id="decimal-point-is-no-end"),
        pytest.param("هل يستقيل الوزير؟ سؤال مطروح", "هل يستقيل الوزير", id="question-mark"),
    ],
)
def test_first_sentence(text: str, expected: str) -> None:
    assert first_sentence(text) == expected


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        pytest.param(["statement", "death"], {"death"}, id="generic-yields-to-specific"),
        pytest.param(["statement"], {"statement"}, id="generic-alone-counts"),
        pytest.param(["death", "funeral", "death"], {"death", "funeral"}, id="several"),
        pytest.param([], set(), id="none"),
    ],
)
def test_reading(kinds: list[str], expected: set[str]) -> None:
    assert reading(kinds) == expected


_FILLER = " وتابع المراسل تفاصيل الخبر من مصادر متعددة في المدينة" * 5


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        pytest.param("وفاة الممثل سامر نجيب", "توفي الممثل سامر نجيب مساء الخميس عن 70 عاما."
                     + _FILLER, {"death"}, id="death"),
        pytest.param("", "شيع المئات جثمان الممثل سامر نجيب إلى مثواه الأخير ظهر الجمعة."
                     + _FILLER, {"funeral"}, id="funeral-from-the-lead"),
        pytest.param("", "شهدت خدمات شركة نورس للاتصالات عطلا واسعا صباح الاثنين." + _FILLER,
                     {"outage"}, id="outage"),
        pytest.param("", "وصل الوفد إلى المدينة مساء الأحد. وبحث الوفد حادث السير الأخير."
                     + _FILLER, set(), id="later-sentence-not-read"),
        pytest.param("", "قال المتحدث باسم الوزارة في بيان إن العمل مستمر." + _FILLER,
                     {"statement"}, id="statement-only"),
    ],
)
def test_featurize_reads_the_title_and_first_sentence(title: str, body: str,
                                                      expected: set[str]) -> None:
    assert featurize(_article(title, body), Terms(), sketch=False).kinds == expected


def _report(ident: str, kinds: set[str]) -> Features:
    vector = {"سامر": 0.6, "نجيب": 0.8}
    return Features(id=ident, url=None, host=None, title=None, time=None,
                    counts=Counter(vector), vector=vector, kinds=frozenset(kinds))


@pytest.mark.parametrize(
    ("first", "second", "factor"),
    [
        pytest.param({"death"}, {"death", "illness"}, 1.1, id="common-kind-boosts"),
        pytest.param({"death"}, {"funeral"}, 1.0, id="other-kind-no-damping"),
        pytest.param(set(), {"death"}, 1.0, id="one-names-none"),
        pytest.param(set(), set(), 1.0, id="both-name-none"),
    ],
)
def test_event_factor(first: set[str], second: set[str], factor: float) -> None:
    weights = Weights(kind_match=1.1)
    a, b = _report("a", first), _report("b", second)
    assert event_factor(a, b, weights) == pytest.approx(factor)
    plain = score(_report("a", set()), _report("b", set()), weights)
    assert score(a, b, weights) == pytest.approx(plain * factor)


def test_off_by_default() -> None:
    a, b = _report("a", {"death"}), _report("b", {"death"})
    assert event_factor(a, b, Weights()) == 1.0


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("توفي الممثل سامر نجيب. وشيع جثمانه أمس! هل انتهى؟ نعم" + _FILLER,
                     id="several-sentence-ends"),
        pytest.param("ارتفع المؤشر 2.5 نقطة. وتراجع الدولار" + _FILLER, id="decimal-point"),
        pytest.param("بلا نهاية للجملة" + _FILLER, id="no-end"),
    ],
)
def test_reading_the_first_sentence_apart_leaves_the_lead_terms_unchanged(body: str) -> None:
    terms = Terms()
    features = featurize(_article("عنوان الخبر", body), terms, sketch=False)
    lead = " ".join(body.split()[:50])
    assert list(features.counts.elements()) == list(
        Counter(terms("عنوان الخبر") * 2 + terms(lead)).elements())


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param({"death"}, {"death", "funeral"}, 1.0, id="shared-kind"),
        pytest.param({"death"}, {"funeral"}, 0.0, id="other-kind"),
    ],
)
def test_explain_shows_a_shared_kind_even_when_off(first: set[str], second: set[str],
                                                   same: float) -> None:
    from siyaq.relate.similarity import explain

    assert explain(_report("a", first), _report("b", second), Weights())["same_kind"] == same
