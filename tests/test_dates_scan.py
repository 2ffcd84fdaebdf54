"""The text scanner shared by the date and quote finders: its words, normalization and number
starts must be exactly what the regex engine and the plain normalizer give."""

from __future__ import annotations

import re

import pytest

from siyaq.analyze.dates_scan import TextScanner
from siyaq.analyze.dates_text import normalize

WORD = re.compile(r"\w+")
NUMBER = re.compile(r"\d+")


@pytest.fixture(scope="module")
def scanner() -> TextScanner:
    return TextScanner()


TEXTS = [
    pytest.param("قال الوزير أمس: «سنبدأ غدا».", id="plain-arabic"),
    pytest.param("غداً الأربعاءَ، وصـــل الوفدُ", id="diacritics-and-tatweel"),
    pytest.param("في ٢٠٢٠/٠٢/٠٦ و۱۲ يناير", id="indic-digits"),
    pytest.param("snake_case و café 3.5% (AT&T)", id="latin-underscore-punctuation"),
    pytest.param("تغريدة 👍 نصها 𝐀𝐁 ثم 𝟕", id="beyond-the-bmp"),
    pytest.param("", id="empty"),
    pytest.param("،،، ...", id="no-words"),
    pytest.param("كلمة", id="one-word"),
    pytest.param("\ud800مكسور", id="lone-surrogate"),
]


@pytest.mark.parametrize("text", TEXTS)
def test_words_are_the_regex_words_of_the_normalized_text(scanner: TextScanner, text: str) -> None:
    scanned = scanner.scan(text)
    assert scanned.norm.text == normalize(text)
    matches = list(WORD.finditer(scanned.norm.text))
    assert scanned.tokens.norms == [m.group() for m in matches]
    assert scanned.tokens.starts == [m.start() for m in matches]
    assert scanned.tokens.ends == [m.end() for m in matches]
    assert scanned.numbers == [m.span() for m in NUMBER.finditer(scanned.norm.text)]


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        pytest.param("وصل غداً الوفد", "غدا", "غداً", id="tanween-kept-with-its-word"),
        pytest.param("قـــال الوزير", "قال", "قـــال", id="tatweel-inside"),
        pytest.param("أنَّ القرار", "ان", "أنَّ", id="shadda-and-fatha"),
    ],
)
def test_offsets_map_back_to_the_original(
    scanner: TextScanner, text: str, word: str, original: str
) -> None:
    scanned = scanner.scan(text)
    i = scanned.tokens.norms.index(word)
    start, end = scanned.norm.span(scanned.tokens.starts[i], scanned.tokens.ends[i])
    assert text[start:end] == original


def test_the_last_scan_is_reused_for_the_same_text_only(scanner: TextScanner) -> None:
    first = scanner.scan("قال الوزير")
    assert scanner.scan("".join(["قال", " الوزير"])) is first  # equal text, another object
    assert scanner.scan("قال المتحدث") is not first


def _every_code_point() -> str:
    """Each code point of the BMP (surrogates aside) and a few beyond, after a letter and a
    space in turn, so that each one starts, continues and ends words."""
    chars = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000] + ["𝐀", "😀", "𝟕"]
    return "".join(f"{c}ب{c} {c}" for c in chars)


@pytest.mark.parametrize("text", [*TEXTS, pytest.param(_every_code_point(), id="every-char")])
def test_the_c_split_gives_the_numpy_words(text: str) -> None:
    """The words split in C (siyaq._token_kernel) are those of the numpy path, to the offset."""
    with_kernel, without = TextScanner(), TextScanner()
    if with_kernel._split is None:
        pytest.skip("siyaq._token_kernel is not built")
    without._split = None
    assert with_kernel.scan(text).tokens == without.scan(text).tokens
    if len(text) < 1000:
        matches = list(WORD.finditer(with_kernel.scan(text).norm.text))
        assert with_kernel.scan(text).tokens.norms == [m.group() for m in matches]
