"""The C token kernel splits exactly as the regex does, and refuses bad input cleanly.

Every case runs token_columns both ways (``kernel=None`` is the regex path) on strings chosen
to break a C shortcut: Arabic marks inside and at the start of words, tatweel, every kind of
whitespace, the zero-width and direction marks, digits of other scripts, numerics that are not
digits (², ½), astral characters, lone surrogates, NULs. Without a built kernel the comparisons
are skipped (the regex path is then the only one).
"""

from __future__ import annotations

import random
import sys

import pytest

from siyaq.analyze.ner_text import Tokens, token_columns, token_kernel

KERNEL = token_kernel()
needs_kernel = pytest.mark.skipif(KERNEL is None, reason="siyaq._token_kernel is not built")

CASES = {
    "empty": "",
    "seed-sentence": "وقال جيفري في مؤتمر صحفي أمس الأربعاء: «نريد حلاً سياسياً».",
    "marks-inside-and-leading": "قَالَ \u064bبداية \u0670هٰذا \u0651",
    "tatweel": "الـــعـــربـــيـــة ـ \u0640",
    "punctuation-runs": "!!؟؟... ،،؛ «»“”\"' ()[]{} -–— /\\ @#%&*+=<>|~^`",
    "whitespace-kinds": "\ta\nb\rc\x0bd\x0ce\x1cf\x85g\xa0h\u1680i\u2003j\u2028k\u3000l",
    "zero-width-and-direction": "x\u200by\u200cz\u200dw\u200ev\u200fu\u202ae\u2066f\ufeffg",
    "digits-of-scripts": "٢٠٢٠ ۱۲۳ 2020/02/06 १२३ ๑๒๓ 12:30",
    "numerics-not-digits": "x² ½ ¾ Ⅻ ① ⁵",
    "latin-and-accents": "Reuters, AFP: Élysée naïve ÇA façade İstanbul ß",
    "astral": "😀 𝐀𝐁 𠀀𠀁 a😀b",
    "lone-surrogates": "a\ud800b \udfff c",
    "nul-and-controls": "a\x00b\x01 c\x7f",
    "presentation-forms": "ﻻ ﷲ ﷺ ﻹ",
}


def _both(text: str, offset: int = 0) -> tuple[Tokens, Tokens]:
    return token_columns(text, offset, kernel=KERNEL), token_columns(text, offset, kernel=None)


@needs_kernel
@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
@pytest.mark.parametrize("offset", [0, 17], ids=["offset-0", "offset-17"])
def test_kernel_tokens_are_the_regex_tokens(text: str, offset: int) -> None:
    fast, plain = _both(text, offset)
    assert fast == plain


@needs_kernel
@pytest.mark.parametrize(
    ("first", "stop"),
    [pytest.param(0, 0x3000, id="latin-to-cjk-punctuation"),
     pytest.param(0x3000, 0x10000, id="rest-of-bmp"),
     pytest.param(0x10000, sys.maxunicode + 1, id="astral")],
)
def test_every_code_point_alone_and_between_letters(first: int, stop: int) -> None:
    """Each character alone, after a letter and before a mark: the three places where a
    word may begin, go on, or be cut. Joined into one text per block with spaces around, so
    each character meets the same neighbours as alone."""
    chars = [chr(code) for code in range(first, stop) if code != ord("_")]
    for size in (1, 512):
        for start in range(0, len(chars), size):
            text = " ".join(f"{c} ب{c}\u064e" for c in chars[start : start + size])
            fast, plain = _both(text)
            assert fast == plain, chars[start]
        if stop > 0x10000:
            break  # the astral block one by one would take minutes: in blocks it is covered


@needs_kernel
@pytest.mark.parametrize("seed", range(20), ids=[f"seed-{n}" for n in range(20)])
def test_random_texts(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "".join(CASES.values()).replace("_", "") + "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 2000)))
    fast, plain = _both(text, rng.randint(0, 10**6))
    assert fast == plain


def test_a_text_with_an_underscore_takes_the_full_regex() -> None:
    """The full regex cuts words at "_" (the kernel's \\w would not): such a text never
    reaches the kernel."""
    text = "a_b قال_ها"
    assert token_columns(text, kernel=KERNEL) == token_columns(text, kernel=None)
    assert token_columns(text, kernel=None).words == ["a", "b", "قال", "ها"]


@needs_kernel
@pytest.mark.parametrize(
    ("args", "error"),
    [pytest.param((b"bytes", 0), TypeError, id="bytes"),
     pytest.param(("text",), TypeError, id="one-argument"),
     pytest.param(("text", "0"), TypeError, id="offset-not-int"),
     pytest.param(("text", 2**80), OverflowError, id="offset-too-large")],
)
def test_bad_arguments_raise(args: tuple[object, ...], error: type[Exception]) -> None:
    assert KERNEL is not None
    with pytest.raises(error):
        KERNEL.split_tokens(*args)  # type: ignore[arg-type]


# The list helpers (siyaq.analyze.ner_lists): the C loops against the Python expressions.
_WORDS = ["وقال", "O", "B-PERS", "O", "", "جيفري", "O", "I-PERS", "وقال"]


@needs_kernel
@pytest.mark.parametrize("container", [frozenset({"وقال", "O"}), {"جيفري": 1}, set(), ["O"]])
def test_positions_in_is_the_python_expression(container: object) -> None:
    from collections.abc import Container

    from siyaq.analyze import ner_lists

    assert isinstance(container, Container)
    fast = ner_lists.positions_in(_WORDS, container)
    assert fast == ner_lists.positions_in(_WORDS, container, kernel=None)
    assert fast == [i for i, word in enumerate(_WORDS) if word in container]


@needs_kernel
@pytest.mark.parametrize("value", ["O", "".join(["O"]), "absent", -1])
def test_positions_eq_and_ne_are_the_python_expressions(value: object) -> None:
    from siyaq.analyze import ner_lists

    rows = [3, -1, 700, -1, 10**20, -1]
    for items in (_WORDS, rows, []):
        for pick in (ner_lists.positions_eq, ner_lists.positions_ne):
            assert pick(items, value) == pick(items, value, kernel=None)
            assert pick(tuple(items), value) == pick(items, value, kernel=None)


@needs_kernel
def test_get_all_and_take_are_the_python_expressions() -> None:
    from siyaq.analyze import ner_lists

    index = {word: i for i, word in enumerate(_WORDS[:6])}
    assert ner_lists.get_all(index, _WORDS, -1) == ner_lists.get_all(index, _WORDS, -1, None)
    assert ner_lists.get_all(index, [], -1) == []
    rows = [0, 5, 5, -1, 2, 400]
    norms = [f"w{i}" for i in range(401)]
    assert ner_lists.take(norms, rows) == ner_lists.take(norms, rows, kernel=None)
    with pytest.raises(IndexError):
        ner_lists.take(norms, [401])
    with pytest.raises(TypeError):
        ner_lists.get_all(index, [["unhashable"]], -1)


@needs_kernel
def test_list_helpers_refuse_what_they_do_not_read() -> None:
    from siyaq import _token_kernel as kernel

    with pytest.raises(TypeError):
        kernel.positions_in(("a",), {"a"})  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kernel.get_all([("a", 1)], ["a"], -1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        kernel.take(["a"], [0], 1)  # type: ignore[call-arg]


@needs_kernel
@pytest.mark.parametrize("text", ["!" * 5000, "a " * 3000, "،ب" * 2000, "x😀" * 1500])
def test_dense_tokens_grow_the_kernel_buffer(text: str) -> None:
    """More tokens than the kernel's first guess (a quarter of the characters)."""
    fast, plain = _both(text, 3)
    assert fast == plain
