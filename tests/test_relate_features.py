"""What relate/ reads from one article: the foreground of its lead (recaps of other days left
out) and the figures it states."""

from __future__ import annotations

from datetime import datetime

import pytest

from siyaq.analyze.dates import annotate_dates
from siyaq.model import Article
from siyaq.relate import minhash
from siyaq.relate.features import featurize, foreground
from siyaq.relate.text import Terms

RATE = "قررت لجنة السياسة النقدية مساء اليوم الخميس رفع أسعار الفائدة بمقدار 200 نقطة أساس."
RECAP = "وقرر البنك المركزي يوم الخميس 3 نوفمبر 2016 تحرير سعر صرف الجنيه."


def _dated(body: list[str], published: datetime | None = None) -> Article:
    article = Article(id="a", content_hash="h", origin="test", body=body, published_at=published)
    annotate_dates(article)
    return article


@pytest.mark.parametrize(
    ("body", "published", "kept", "dropped"),
    [
        pytest.param([RATE + " " + RECAP], None, "الفائدة", "تحرير",
                     id="undated-recap-after-today"),
        pytest.param([RATE + " " + RECAP], datetime(2017, 7, 6, 20), "الفائدة", "تحرير",
                     id="recap-far-from-publication"),
        pytest.param(["قرر البنك يوم الخميس 3 نوفمبر 2016 تحرير سعر صرف الجنيه."], None,
                     "تحرير", "", id="the-explicit-date-is-the-event"),
        pytest.param(["أعلن البنك اليوم تحرير سعر الصرف بعد أن بلغ الجنيه 22.5 مقابل الدولار."],
                     None, "22.5 مقابل", "", id="decimal-point-is-no-sentence-end"),
        pytest.param(["أعلنت اللجنة اليوم الخطة. وستجرى الانتخابات في 15 مارس 2020 بعد الاقتراع."],
                     datetime(2020, 1, 6, 12), "الاقتراع", "", id="a-date-ahead-is-announced"),
        pytest.param(["أعلن البنك اليوم أنه قرر في الخميس 3 نوفمبر 2016 تحرير الصرف. " + RATE],
                     None, "تحرير", "", id="the-opening-sentence-is-news"),
    ],
)
def test_foreground_leaves_out_sentences_recapping_another_day(
    body: list[str], published: datetime | None, kept: str, dropped: str
) -> None:
    text = foreground(_dated(body, published))
    assert kept in text
    if dropped:
        assert dropped not in text


def test_recapped_figures_and_words_do_not_reach_the_features() -> None:
    terms = Terms()
    features = featurize(_dated([RATE + " " + RECAP]), terms, sketch=False)
    assert terms("الفائدة")[0] in features.counts
    assert terms("تحرير")[0] not in features.counts
    assert terms("الجنيه")[0] not in features.counts
    assert features.quantities.get("نقط") == {200.0}


@pytest.mark.parametrize(
    ("figure_at", "kept"),
    [
        pytest.param(49, True, id="last-lead-word-with-its-unit-after-the-lead"),
        pytest.param(50, False, id="figure-after-the-lead"),
    ],
)
def test_a_figure_at_the_end_of_the_lead_keeps_its_unit(figure_at: int, kept: bool) -> None:
    words = ["كلمة"] * 60
    words[figure_at], words[figure_at + 1] = "22.75", "جنيه"
    terms = Terms()
    features = featurize(_dated([" ".join(words)]), terms, sketch=False)
    assert features.quantities == ({terms("جنيه")[0]: {22.75}} if kept else {})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("سجل الجنيه 22.75 جنيه للدولار", {"جنيه": {22.75}}, id="a-figure"),
        pytest.param("وبحلول الساعة 1044 بتوقيت جرينتش", {}, id="clock-time-with-zone"),
        pytest.param("وبحلول الساعة 08:09 صباحا", {}, id="clock-time-minutes-not-a-figure"),
        pytest.param("قرر البنك يوم 3 نوفمبر تحرير", {}, id="day-of-month"),
        pytest.param("منذ 2016 تحرير سعر الصرف", {}, id="a-year"),
        pytest.param("تعطل الموقع حتى 15:45 ثم عاد", {}, id="colon-time-is-no-score"),
        pytest.param("فاز المغرب 3-0 ثم 2:1", {"score": {0.3, 1.2}}, id="scores"),
    ],
)
def test_dates_and_clock_times_are_not_figures(text: str, expected: dict[str, set[float]]) -> None:
    terms = Terms()
    words = " ".join([text] + ["كلمة"] * 50)
    features = featurize(_dated([words]), terms, sketch=False)
    keyed = {(k if k == "score" else terms(k)[0]): v for k, v in expected.items()}
    assert features.quantities == keyed


@pytest.mark.parametrize(
    ("further", "expected"),
    [
        pytest.param("سجل الدولار 13 جنيها", {"جنيه": {13.0}}, id="digits-further-down"),
        pytest.param("وبحلول الساعة 10:44 بتوقيت جرينتش", {}, id="clock-time-further-down"),
        pytest.param("بلغ ثلاثة عشر جنيها", {}, id="spelled-out-only-in-the-lead"),
    ],
)
def test_figures_further_down_are_kept_apart_from_the_lead(
    further: str, expected: dict[str, set[float]]
) -> None:
    terms = Terms()
    body = " ".join(["كلمة"] * 60 + [further] + ["كلمة"] * 20)
    features = featurize(_dated([body]), terms, sketch=False)
    assert features.quantities == {}
    assert features.body_quantities == {terms(k)[0]: v for k, v in expected.items()}


@pytest.mark.parametrize(
    ("lead", "opening", "expected"),
    [
        pytest.param("تعطل الموقع اليوم الاثنين", "وعاد مساء الثلاثاء", {0}, id="the-lead-names-it"),
        pytest.param("", "طوال يوم الاربعاء ثم امس الخميس", {2}, id="first-of-the-opening"),
        pytest.param("", "", set(), id="none-named"),
    ],
)
def test_the_event_weekday_comes_from_the_lead_else_the_opening(
    lead: str, opening: str, expected: set[int]
) -> None:
    words = (lead.split() + ["كلمة"] * 60)[:60] + opening.split() + ["كلمة"] * 20
    features = featurize(_dated([" ".join(words)]), Terms(), sketch=False)
    assert features.weekdays == expected


def test_a_weekday_beyond_the_opening_is_not_the_event_day() -> None:
    words = ["كلمة"] * 120 + ["يوم", "الخميس"]
    features = featurize(_dated([" ".join(words)]), Terms(), sketch=False)
    assert features.weekdays == set()


def test_digit_words_are_the_words_with_a_digit() -> None:
    from siyaq.relate.features import _HAS_DIGIT, _digit_words

    samples = ["", "كلمة", "3", "نحو 300 نقطة", "2016 بدأ", "بلغ ٣٠٠ و 15% من 12-13 الى 7",
               "a1b 22 c", "x 1", "1 2 3 4", "النهاية 5"]
    for text in samples:
        split = text.split()
        assert _digit_words(split) == [i for i, w in enumerate(split) if _HAS_DIGIT.search(w)]



WIRE = ("أطلقت الهيئة العامة للسياحة والتراث الوطني حملة لتفتيش المنشآت السياحية في المنطقة"
        " الشمالية بعد شكاوى من الزوار، وأغلقت عشر منشآت خالفت شروط الترخيص والسلامة. وقال"
        " مدير فرع الهيئة إن الحملة ستستمر حتى نهاية موسم الصيف وستشمل الفنادق والشقق المفروشة"
        " والمخيمات السياحية في المحافظات كلها.")


@pytest.mark.parametrize(
    ("dateline", "alike"),
    [("سبق- تبوك: ", 1.0), ("بدر الجبل –سبق –تبوك: ", 1.0), ("واس- الرياض: ", 1.0),
     ("عين اليوم – تبوك ", 0.95)],
    ids=["outlet-city-colon", "author-outlet-city", "agency-city", "outlet-dash-city"],
)
def test_a_reprints_own_dateline_is_no_part_of_its_sketch(dateline: str, alike: float) -> None:
    """A reprint opens with its outlet's dateline; the copied text is the same, so the
    sketches agree (all but a shingle when a bare city stays behind)."""
    terms = Terms()
    plain = featurize(Article(id="a", content_hash="a", origin="t", body=[WIRE]), terms)
    reprint = featurize(Article(id="b", content_hash="b", origin="t", body=[dateline + WIRE]),
                        terms)
    assert plain.signature is not None and reprint.signature is not None
    assert minhash.similarity(plain.signature, reprint.signature) >= alike
