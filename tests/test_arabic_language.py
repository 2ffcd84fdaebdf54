import pytest

from siyaq.arabic.language import (
    _ARABIC_RUN,
    _LETTER_RUN,
    ARABIC_LETTER,
    LETTER,
    _count,
    detect_language,
    language_step,
)
from siyaq.model import Article, ContentType, Page, Record

TEXTS = [
    pytest.param("أعلنت الولايات المتحدة أنها لا تسعى إلى إسقاط الرئيس السوري في هذه المرحلة",
                 "ar", id="arabic"),
    pytest.param("این یک متن فارسی است که برای آزمایش نوشته شده و باید تشخیص داده شود",
                 "fa", id="persian"),
    pytest.param("یہ ایک اردو جملہ ہے جو جانچ کے لیے لکھا گیا ہے اور اس میں الفاظ ہیں",
                 "ur", id="urdu"),
    pytest.param("The United States said on Thursday that it is not seeking the fall of Assad",
                 "en", id="english"),
    pytest.param("Les États-Unis ont déclaré jeudi qu'ils ne cherchent pas la chute du régime",
                 "fr", id="french"),
    pytest.param("Die Vereinigten Staaten sagten, dass sie nicht den Sturz von Assad wollen",
                 "de", id="german"),
    pytest.param("Соединённые Штаты заявили, что не добиваются свержения Асада", "ru",
                 id="russian"),
    pytest.param("قال", None, id="too-short"),
    pytest.param("12345 67890 !!! ...", None, id="no-letters"),
]


@pytest.mark.parametrize(("text", "language"), TEXTS)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_arabic_with_a_persian_name_stays_arabic() -> None:
    text = "التقى وزير الخارجية الإيراني في طهران مع نظيره وبحث معه الأوضاع في المنطقة گلستان"
    assert detect_language(text) == "ar"


def _record(title: str, body: list[str], error: str | None = None) -> Record:
    page = Page(b"x", "t.txt", ContentType.TEXT)
    article = Article(id="a", content_hash="h", origin="t.txt", title=title, body=body)
    return Record(page, article, error)


def test_language_step_sets_language_from_title_and_body() -> None:
    records = [
        _record("عنوان الخبر", ["أعلنت الحكومة اليوم عن خطة جديدة لدعم المدارس في المدن"]),
        _record("Title", ["The government announced a new plan for the schools of the city"]),
        _record("x", ["y"]),
    ]
    out = list(language_step(records))
    assert [r.article.language for r in out if r.article] == ["ar", "en", None]


def test_language_step_passes_pages_without_article() -> None:
    record = Record(Page(b"", "e.txt", ContentType.TEXT), None, "no article: empty")
    assert list(language_step([record])) == [record]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("قال المبعوث الأمريكي جيمس جيفري إن 2020", id="arabic-and-digits"),
        pytest.param("x² ½ ٣ ab_cd 12 — ﷺ ﻻ", id="numerics-underscore-presentation-forms"),
        pytest.param("Привет мир, hello ومرحبا", id="mixed-scripts"),
    ],
)
def test_run_counts_are_per_character_counts(text: str) -> None:
    assert _count(_LETTER_RUN, text) == len(LETTER.findall(text))
    assert _count(_ARABIC_RUN, text) == len(ARABIC_LETTER.findall(text))
