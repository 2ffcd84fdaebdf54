import pytest

from siyaq.arabic.tokens import tokenize, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("كِتَابٌ جديد", ["كِتَابٌ", "جديد"], id="diacritics-stay-inside"),
        pytest.param("كتـــاب", ["كتـــاب"], id="tatweel-inside"),
        pytest.param("قال: «نعم»، ثم ذهب.", ["قال", "نعم", "ثم", "ذهب"], id="punctuation"),
        pytest.param("2020/02/06", ["2020", "02", "06"], id="date-digits"),
        pytest.param("٢٣:٥٤", ["٢٣", "٥٤"], id="indic-digits"),
        pytest.param("ب3 مليارات", ["ب", "3", "مليارات"], id="digit-splits-word"),
        pytest.param("می\u200cخواهم", ["می\u200cخواهم"], id="zwnj-inside-word"),
        pytest.param("\u200fسوريا", ["سوريا"], id="control-at-edge-dropped"),
        pytest.param("Assad's army", ["Assad", "s", "army"], id="latin"),
        pytest.param("", [], id="empty"),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert words(text) == expected
    assert [t.text for t in tokenize(text)] == expected


def test_spans_point_into_the_original_text() -> None:
    text = "أعلنت «الولايات المتحدة» ٢٠٢٠، كِتَابٌ."
    tokens = tokenize(text)
    assert [text[t.start : t.end] for t in tokens] == [t.text for t in tokens]
    assert tokens[1].start == text.index("الولايات")
    assert tokens[3].is_number and not tokens[0].is_number
