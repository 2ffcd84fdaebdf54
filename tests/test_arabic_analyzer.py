import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.arabic.normalize import name_key
from siyaq.arabic.stem import make_stemmer


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def test_stopwords_dropped_and_words_stemmed(analyzer: Analyzer) -> None:
    assert analyzer.terms("في المدرسة من الكتاب") == ["مدرس", "كتاب"]


@pytest.mark.parametrize(
    ("query", "indexed"),
    [
        pytest.param("إسرائيل", "اسرائيل", id="hamza"),
        pytest.param("مستشفى", "المستشفي", id="maqsura-and-article"),
        pytest.param("الحكومة", "حكومته", id="ta-marbuta-pronoun"),
        pytest.param("كتاب", "كِتَابٌ", id="diacritics"),
        pytest.param("٢٠٢٠", "2020", id="digits"),
        pytest.param("كتاب", "كتـــاب", id="tatweel"),
        pytest.param("reuters", "REUTERS", id="latin-case"),
        pytest.param("covid 19", "COVID-19", id="run-with-digits"),
    ],
)
def test_query_and_index_meet(analyzer: Analyzer, query: str, indexed: str) -> None:
    assert analyzer.terms(query) == analyzer.terms(indexed)


def test_spans_and_fast_path_agree(analyzer: Analyzer) -> None:
    text = "أعلنت الولايات المتحدة، على لسان المبعوث: «لا نسعى لإسقاط الأسد» ٢٠٢٠ كِتَابٌ"
    tokens = analyzer.analyze_tokens(text)
    assert [t.term for t in tokens] == analyzer.terms(text)
    assert all(analyzer.terms(text[t.start : t.end]) == [t.term] for t in tokens)


def test_index_text_is_space_joined_terms(analyzer: Analyzer) -> None:
    assert analyzer.index_text("الكتاب والمدرسة") == "كتاب مدرس"


def test_other_stemmer_is_used_when_given() -> None:
    assert Analyzer(make_stemmer("none")).terms("الكتاب") == ["الكتاب"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("برونزي 147 ﷼ الفضي", id="rial-ligature"),
        pytest.param("قال النبي ﷺ في الحديث", id="multiword-ligature"),
        pytest.param("﴿ولا ينبئك مثل خبير﴾", id="ornate-parentheses"),
        pytest.param("cafe\u0301 ب3 x_y ٢٠٢٠م", id="mixed-runs"),
        pytest.param("كلمة\u200bكلمة \u200fنص\u200e", id="invisible-controls"),
        pytest.param("İstanbul ÉTATS-UNIS Straße x_Y", id="latin-case-folding"),
    ],
)
def test_indexing_path_equals_span_path(analyzer: Analyzer, text: str) -> None:
    # terms() normalizes the whole text first; iter_tokens normalizes token by token.
    assert [t.term for t in analyzer.iter_tokens(text)] == analyzer.terms(text)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("جيمس  جيفري", "جيمس جيفري", id="double-space"),
        pytest.param("\u00a0بشار\tالأسد\n", "بشار الاسد", id="nbsp-tab-newline"),
        pytest.param("Donald TRUMP", "donald trump", id="latin-lowered"),
        pytest.param("   ", "", id="blank"),
    ],
)
def test_name_key_memo_gives_name_key(name: str, key: str) -> None:
    analyzer = Analyzer()
    assert name_key(name) == key
    assert analyzer.name_key(name) == key
    assert analyzer.name_key(name) == key  # from the memo
