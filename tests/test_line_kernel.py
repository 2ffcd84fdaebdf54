"""The C line kernel gives exactly what the Python path gives, and refuses bad input cleanly.

Every case runs split_lines and fold both ways (``kernel=None`` is the Python path) on strings
chosen to break a C shortcut: Unicode whitespace at the ends and inside, invisible marks,
diacritics and tatweel, Arabic-Indic digits, every kind of punctuation, characters whose
lowercase is special (Σ, İ, Kelvin sign), astral characters, NULs, a 1 MB line. Without a built
kernel the comparisons are skipped (the Python path is then the only one).
"""

from __future__ import annotations

import random
import sys

import pytest

from siyaq.extract.lines import DumpLine, split_lines, split_lines_python
from siyaq.extract.scan import LineKernel, line_kernel
from siyaq.extract.stamps import fold

KERNEL = line_kernel()
needs_kernel = pytest.mark.skipif(KERNEL is None, reason="siyaq._line_kernel is not built")

CASES = {
    "arabic-diacritics": "أَهْلاً وَسَهْلاً بِكُمْ فِي الْمَوْقِعِ",
    "tatweel": "الـــعـــربـــيـــة ـ بداية\u0640",
    "superscript-alef": "هٰذا رحمٰن",
    "alef-ya-forms": "إلى آخر ٱلقرية أو مؤسسة على",
    "latin": "Hello World, THIS is a TEST of Latin text.",
    "mixed": "قال Reuters إن 2020 كان عاماً صعباً (AFP)",
    "arabic-indic-digits": "نشر في ٥ أكتوبر ٢٠٢١ - ١٠:٣٠ م ۱۲۳۴",
    "tabs": "\tكلمة\tأخرى\t2020-01-03\t",
    "unicode-spaces": "\u2003\u3000الخبر\u2003الأول\u3000\u2009x\u202fy\u205f\u1680z\u2003",
    "nbsp": "\xa0تاريخ\xa0النشر\xa0: 2020/02/06\xa0",
    "other-whitespace": "\x0ba\x0cb\x1cc\x1dd\x1ee\x1ff\x85g\u2028h\u2029i\r",
    "invisible-marks": "\u200fتاريخ النشر\u200e : 23:54\u202c \u2066x\u2069 \ufeffbom\u200b",
    "marks-only": "\u200b\u200e\ufeff",
    "marks-around-spaces": "\u200f \u00a0 text \u200e \u202a",
    "diacritics-at-ends": "\u064bبداية السطر نهايته\u064e",
    "diacritic-only-line": "\u064b\u064c \u0640",
    "ascii-punctuation": "a.b,c:d;e!f?g\"h'i(j)k[l]m{n}o-p/q|r*s@t#u%v&w+x=y<z>~`^\\_",
    "arabic-punctuation": "قال، ثم؛ لماذا؟ «نعم» “لا” ‘ربما’ – — … · © ٪ $ • ٫ ٬ ۔",
    "rare-punctuation": "a\u2e2eb\u060dc\u066dd\u06ddf\u2022g\u00bfh\u00a1i\u3001j\uff01k",
    "underscore-word": "snake_case __init__ _ __",
    "words-over-40": " ".join(["كلمة."] * 45),
    "words-exactly-40": " ".join(["word"] * 40),
    "lower-special": "ΣΑΣ ΟΔΟΣ İstanbul \u212a\u212b \u2126 Ⅻ Ⓐ ǅ",
    "final-sigma-at-line-end": "ΑΣ\nΣ\nΑΣ ΣΑ",
    "astral": "\U0001f600 نص \U0001d400\U0001d7ce \U00020000 \U0001f130",
    "nul": "a\x00b \x00 \x00",
    "empty": "",
    "newlines-only": "\n\n\n",
    "spaces-only": "   \u2003 \n\t\n",
    "blank-lines-between": "\n\nالأول\n\n\n  \nالثاني\nالثالث\n \u200b\nالرابع\n",
    "latin-1-letters": "Café Ünïcödé ÀÉÎÕÜ ß ÿ µ ª º",
    "latin-extended": "Łódź Ħ Ǆ ǅ ǆ ſ ẞ",
    "greek-cyrillic": "Москва ΑΘΗΝΑ",
    "presentation-forms": "\ufefb\ufef7 \ufdf2 \ufe8d",
    "hebrew-syriac": "שלום ܐܒܓ",
    "cjk": "中文 テキスト 한국어",
    "digits-other-scripts": "१२३ ১২৩ ๑๒๓ ２０２０",
}


@needs_kernel
@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_kernel_lines_equal_python_lines(text: str) -> None:
    assert split_lines(text, KERNEL) == split_lines_python(text)


@needs_kernel
@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_kernel_fold_equals_python_fold(text: str) -> None:
    assert fold(text, KERNEL) == fold(text, None)


@needs_kernel
@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_kernel_lines_of_joined_cases(text: str) -> None:
    """Each case as one line of a page (the blank_before and index facts cross lines)."""
    page = "\n".join(["سطر قبل", text, "", "سطر بعد", text])
    assert split_lines(page, KERNEL) == split_lines_python(page)


def test_facts_of_a_known_line() -> None:
    """Both paths compute the documented facts, not just the same ones."""
    for kernel in (KERNEL, None):
        (line,) = split_lines("\n \u200f\xa0أَحمد قال: Hello ٢٠٢٠\u2003\n", kernel)
        assert line == DumpLine(0, "أَحمد قال: Hello ٢٠٢٠", "احمد قال: hello 2020",
                                "احمد قال hello 2020", 4, 11, 5, 0, True)


@needs_kernel
def test_a_one_megabyte_line() -> None:
    text = ("كلمة عربية، word " * 60_000)[:1_000_000] + "\u064b"
    assert split_lines(text, KERNEL) == split_lines_python(text)
    assert fold(text, KERNEL) == fold(text, None)


@needs_kernel
@pytest.mark.parametrize("text", ["a\ud800b", "\udfff", "سطر\nآخر \udc80 هنا"],
                         ids=["inside-word", "alone", "second-line"])
def test_lone_surrogates_raise_what_python_raises(text: str) -> None:
    """UTF-8 cannot encode a lone surrogate: the kernel hands the text to the Python path."""
    with pytest.raises(UnicodeEncodeError):
        split_lines_python(text)
    with pytest.raises(UnicodeEncodeError):
        split_lines(text, KERNEL)
    assert fold(text, KERNEL) == fold(text, None)


@needs_kernel
def test_every_code_point_folds_as_python_folds() -> None:
    """One character at a time, so no other character on the line can hide a wrong shortcut
    (a line with a character of special case is lowered by str.lower as a whole)."""
    assert KERNEL is not None
    chars = [chr(c) for c in range(sys.maxunicode + 1)]
    wrong = [c for c in chars if KERNEL.fold(c) != fold(c, None)]
    assert wrong == []


@needs_kernel
def test_every_code_point_in_lines() -> None:
    """All of Unicode, sixteen characters to a line between spaces: strip, split, \\w, letter
    counts and folding for every character next to others."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    lines = [
        " ".join(chars[i : i + 4]) + "x" + "".join(chars[i + 4 : i + 16])
        for i in range(0, len(chars), 16)
    ]
    # Pages of 64 lines: the Python path replaces each distinct rare mark across its page.
    pages = ["\n".join(lines[i : i + 64]) for i in range(0, len(lines), 64)]
    wrong = [page for page in pages if split_lines(page, KERNEL) != split_lines_python(page)]
    assert wrong == []


# Characters that each meet a different branch of the kernel, for random pages.
_FUZZ_ALPHABET = [
    *"أإآٱىةؤاب تثجحخدذرزسشصضطظعغفقكلمنهوي٠١٢٣٤٥٦٧٨٩۰۹ًٌٍَُِّْـٰ",
    *"abcXYZ_09 .,:;!?-()[]\"'\t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000\u200b\u200e\u200f",
    *"\u202a\u2066\ufeffΣΑσİ\u212a\x00\U0001f600\U0001d400é«»،؛؟…–—",
]


@needs_kernel
@pytest.mark.parametrize("seed", range(4), ids=[f"seed{seed}" for seed in range(4)])
def test_random_pages(seed: int) -> None:
    """Random pages of tricky characters (and some of any code point): same lines, same fold."""
    rng = random.Random(seed)
    for _ in range(1000):
        if rng.random() < 0.2:
            codes = (rng.randint(0, sys.maxunicode) for _ in range(rng.randint(0, 80)))
            text = "".join(chr(c) for c in codes if not 0xD800 <= c <= 0xDFFF)
        else:
            text = "".join(rng.choice(_FUZZ_ALPHABET) for _ in range(rng.randint(0, 80)))
        assert split_lines(text, KERNEL) == split_lines_python(text), repr(text)
        assert fold(text, KERNEL) == fold(text, None), repr(text)


@needs_kernel
@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a"]], ids=["none", "bytes", "int", "list"])
def test_kernel_rejects_non_str(bad: object) -> None:
    assert KERNEL is not None
    with pytest.raises(TypeError, match="must be str"):
        KERNEL.split_lines(bad, DumpLine)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="must be str"):
        KERNEL.fold(bad)  # type: ignore[arg-type]


@needs_kernel
def test_kernel_checks_its_arguments() -> None:
    kernel: LineKernel | None = KERNEL
    assert kernel is not None
    with pytest.raises(TypeError, match="must be callable"):
        kernel.split_lines("a", 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="takes 2 arguments"):
        kernel.split_lines("a")  # type: ignore[call-arg]


@needs_kernel
def test_an_error_in_make_propagates() -> None:
    def make(*args: object) -> None:
        raise RuntimeError("no lines today")

    assert KERNEL is not None
    with pytest.raises(RuntimeError, match="no lines today"):
        KERNEL.split_lines("a\nb", make)


def test_pure_python_switch_gives_no_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYAQ_PURE_PYTHON", "1")
    assert line_kernel() is None
