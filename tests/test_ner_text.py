"""The tagger's text primitives: folding, tokens with spans, sentences, clitics, BIO spans."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from siyaq.analyze import ner_aliases, ner_text
from siyaq.analyze.ner_data import read_anercorp, spans, split
from siyaq.analyze.ner_text import (
    _TOKEN,
    normalize,
    sentence_lengths,
    sentences,
    strip_proclitics,
    text_sentence_lengths,
    token_columns,
    tokenize,
    word_stem,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("إدلب", "ادلب"),
        ("مُحَمَّد", "محمد"),
        ("مصطفى", "مصطفي"),
        ("المتحدة", "المتحده"),
        ("٢٠٢٠", "2020"),
        ("الـرئيس", "الرئيس"),
    ],
    ids=["hamza-alef", "diacritics", "alef-maqsura", "ta-marbuta", "indic-digits", "tatweel"],
)
def test_normalize_folds_spelling_variants(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_tokens_keep_their_spans_and_split_punctuation() -> None:
    text = 'قال جيمس: "لا نريد"، وتابع.'
    tokens = tokenize(text, offset=10)
    assert [t.text for t in tokens] == ["قال", "جيمس", ":", '"', "لا", "نريد", '"', "،", "وتابع", "."]
    for token in tokens:
        assert text[token.start - 10 : token.end - 10] == token.text


def test_words_with_diacritics_stay_one_token() -> None:
    assert [t.text for t in tokenize("مُحَمَّد عَلِي")] == ["مُحَمَّد", "عَلِي"]


def test_sentences_end_at_sentence_punctuation() -> None:
    parts = sentences(tokenize("وصل الوفد. هل انتهى؟ نعم"))
    assert [[t.text for t in s] for s in parts] == [["وصل", "الوفد", "."], ["هل", "انتهى", "؟"], ["نعم"]]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("وسوريا", "سوريا"), ("بالعراق", "العراق"), ("للامم", "الامم"), ("علي", "علي"), ("وال", "وال"),
     ("وبالعراق", "العراق"), ("فللبيت", "البيت"), ("وبالا", "بالا"), ("لله", "لله"), ("ولله", "لله"),
     ("كالبحر", "البحر"), ("ليد", "ليد"), ("", "")],
    ids=["wa", "bi-al", "li-al", "no-clitic", "too-short", "wa-bi-al", "fa-lil", "longest-too-long",
         "short-lil", "wa-then-short", "ka-al", "three-letters", "empty"],
)
def test_strip_proclitics(word: str, expected: str) -> None:
    assert strip_proclitics(word) == expected


def test_word_stem_drops_clitics_and_article() -> None:
    assert word_stem("وبالعراق") == word_stem("العراق") == word_stem("عراق") == "عراق"


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PERS", "I-PERS", "O", "B-LOC"], [(0, 2, "PERS"), (3, 4, "LOC")]),
        (["O", "I-ORG", "I-ORG"], [(1, 3, "ORG")]),
        (["B-LOC", "B-LOC"], [(0, 1, "LOC"), (1, 2, "LOC")]),
        (["B-LOC", "I-ORG"], [(0, 1, "LOC"), (1, 2, "ORG")]),
        (["O", "O"], []),
    ],
    ids=["two-entities", "stray-inside-starts", "adjacent", "type-change", "none"],
)
def test_bio_spans_follow_conlleval(tags: list[str], expected: list[tuple[int, int, str]]) -> None:
    assert spans(tags) == expected


def test_read_anercorp_cuts_sentences_and_cleans_tags(tmp_path: Path) -> None:
    path = tmp_path / "mini.txt"
    path.write_text(
        "زار O\nبشار B-PERS\nالأسد I-PERS\nحلب B-LOC\n. O\nوصل O\nبلا\nالوفد B-FOO\n! O\nاخر O\n",
        encoding="utf-8",
    )
    data = read_anercorp(path)
    assert [s.words for s in data] == [["زار", "بشار", "الأسد", "حلب", "."], ["وصل", "الوفد", "!"], ["اخر"]]
    assert data[1].tags == ["O", "O", "O"]  # unknown types become O


def test_dev_split_is_the_last_fifteen_percent(tmp_path: Path) -> None:
    path = tmp_path / "twenty.txt"
    path.write_text("".join(f"كلمة{i} O\n. O\n" for i in range(20)), encoding="utf-8")
    data = read_anercorp(path)
    assert len(data) == 20
    assert split(data, "dev") == data[17:]
    assert split(data, "train") + split(data, "dev") == split(data, "all") == data


def _regex_tokens(text: str, offset: int) -> list[tuple[str, int, int]]:
    """The tokenizer's definition: every match of its regex over the whole text."""
    return [(m.group(), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  وصل\tالوفد\n\nإلى بيروت.  ",
        "قال: «لا» — ثم_مضى… (2020) e-mail a_b",
        "مُحَمَّد ـعلي \u200bزيد\u200c عمرو \u064bبدء \u0610علامة",
        "x\x1cy\x1fz\x85w\xa0v\u2028u\u3000t",
        "؟!?.،؛",
        "َ كتبَ ـ ـقال ١٢٣ 4٥ والــحقُ.",
        "a_b _x y_ __ بشار_الأسد",
    ],
    ids=["empty", "whitespace", "punctuation", "marks-and-zero-width", "unicode-spaces", "ends",
         "lone-mark-tatweel-digits", "underscores"],
)
def test_fast_tokenize_equals_the_regex(text: str) -> None:
    # token_columns() splits on the regex and sums lengths for the offsets.
    assert [tuple(t) for t in tokenize(text, offset=3)] == _regex_tokens(text, 3)
    columns = token_columns(text, offset=3)
    assert list(zip(*columns, strict=True)) == _regex_tokens(text, 3)


def test_sentence_lengths_match_sentences() -> None:
    for text in ["", "نعم", "وصل الوفد. هل انتهى؟ نعم", ". . نعم!", "لا؟"]:
        tokens = tokenize(text)
        words = [t.text for t in tokens]
        assert sentence_lengths(words) == [len(s) for s in sentences(tokens)]


_FUZZ_CHARS = "بشار aZ9٣_\u064b\u0650\u0670\u0640\u0610\u06d6 \n\t\u200b\u200f\u202b\ufeff.,«»-"


@pytest.mark.parametrize("seed", range(4), ids=[f"seed{seed}" for seed in range(4)])
def test_random_texts_tokenize_as_the_regex(seed: int) -> None:
    # Both splits (with and without "_" in the text) against the regex's own matches.
    rng = random.Random(seed)
    for _ in range(300):
        text = "".join(rng.choice(_FUZZ_CHARS) for _ in range(rng.randrange(30)))
        assert list(zip(*token_columns(text, 5), strict=True)) == _regex_tokens(text, 5)


def _lengths_token_by_token(text: str, offset: int) -> list[int]:
    """The reference: a sentence ends after each end mark that is no dot inside a word, and
    before each token with a line break in front of it."""
    words, starts, ends = token_columns(text, offset)
    cuts = {len(words)}
    for i, word in enumerate(words):
        if i and "\n" in text[ends[i - 1] - offset : starts[i] - offset]:
            cuts.add(i)
        if word in ner_text.SENTENCE_END and not (
                word == "." and ner_text.inner_dot(text, starts[i] - offset)):
            cuts.add(i + 1)
    bounds = [0, *sorted(cuts)]
    return [b - a for a, b in itertools.pairwise(bounds) if b > a]


@pytest.mark.parametrize("seed", range(4), ids=[f"seed{seed}" for seed in range(4)])
def test_sentence_lengths_from_the_text_equal_those_token_by_token(seed: int) -> None:
    # The ends found in the text (with and without "_", the kernel's and the regex's split)
    # give the lengths of a per-token reading, at any offset.
    rng = random.Random(seed)
    chars = _FUZZ_CHARS + ".؟!?؟.\n" + "بي.سي.3.5"
    texts = ["", ".", "؟؟", "نعم.", ". . نعم!", "وصل الوفد. هل انتهى؟ نعم", "a_b. c?"]
    texts += ["".join(rng.choice(chars) for _ in range(rng.randrange(40))) for _ in range(300)]
    for text in texts:
        for offset in (0, 7):
            tokens = token_columns(text, offset)
            assert text_sentence_lengths(text, tokens, offset) == _lengths_token_by_token(
                text, offset)
            if "\n" not in text and "." not in text:
                assert text_sentence_lengths(text, tokens, offset) == sentence_lengths(
                    tokens.words)


@pytest.mark.parametrize(
    ("text", "lengths"),
    [
        pytest.param("ارتفع 3.5 في المئة. وقال", [7, 1], id="a-decimal-ends-nothing"),
        pytest.param("قالت (بي.بي.سي) إن", [9], id="an-acronym-ends-nothing"),
        pytest.param("انتهى الاجتماع.وقال الوزير", [3, 2], id="a-missing-space-still-ends"),
        pytest.param("عنوان بلا نقطة\nوقال الوزير", [3, 2], id="a-line-break-ends"),
        pytest.param("جملة.\n\nسطر", [2, 1], id="a-full-stop-and-lines-end-once"),
    ],
)
def test_sentences_end_at_full_stops_and_line_breaks(text: str, lengths: list[int]) -> None:
    assert text_sentence_lengths(text, token_columns(text)) == lengths


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        pytest.param("قالت (بي.بي.سي) إن", "O O B-ORG O B-ORG O B-MISC O O",
                     "O O B-ORG I-ORG I-ORG I-ORG I-ORG O O", id="parts-tagged-apart"),
        pytest.param("محطة إيه.بي.سي نيوز", "O O O B-ORG O B-ORG I-ORG",
                     "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG", id="a-name-going-on-after-it"),
        pytest.param("موقع بي.بي.سي", "O O O O O O", "O O O O O O", id="no-part-tagged"),
        pytest.param("العربية.نت قالت", "B-ORG O B-ORG O", "B-ORG O B-ORG O",
                     id="a-long-part-is-no-acronym"),
    ],
)
def test_a_dotted_acronym_is_one_name(text: str, tags: str, expected: str) -> None:
    tokens = token_columns(text)
    found = tags.split()
    ner_text.tag_dotted_runs(found, ner_text.dotted_runs(text, tokens))
    assert found == expected.split()


@pytest.mark.parametrize("seed", [1, 2, 3], ids=["seed-1", "seed-2", "seed-3"])
def test_dotted_acronyms_are_found_as_the_pattern_finds_them(seed: int) -> None:
    # The search tries the pattern only at dots before a letter; it must find what the pattern
    # scanning every character finds, on texts dense in dots, letters, digits, _ and marks.
    rnd = random.Random(seed)
    alphabet = "اب.ي.د_ 12-\u064e.a."
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 24)))
        assert [m.span() for m in ner_text._dotted_matches(text)] == \
            [m.span() for m in ner_text._DOTTED.finditer(text)], text


@pytest.mark.parametrize(
    "block",
    [range(0x0600, 0x0700), range(0x0750, 0x0780), range(0x08A0, 0x0900), range(0x0000, 0x0250),
     range(0x2000, 0x2070), range(0xFB50, 0xFF00)],
    ids=["arabic", "arabic-supplement", "arabic-extended", "latin", "punctuation-marks",
         "presentation-forms"],
)
def test_every_character_tokenizes_as_the_regex(block: range) -> None:
    # Each character alone, after a letter and before one: the plain split's class ranges
    # (Arabic letters before \w) must give the sets of the regex's definition.
    for char in map(chr, block):
        for text in (char, f"ب{char}", f"{char}ب", f"ب{char}ب", f" {char} "):
            assert list(zip(*token_columns(text), strict=True)) == _regex_tokens(text, 0)


@pytest.mark.parametrize(
    ("first", "stop"),
    [(0, 0x800), (0x800, 0x10000), (0x10000, 0x110000)],
    ids=["to-arabic", "rest-of-bmp", "astral"],
)
@pytest.mark.parametrize("table", ["fold", "light"])
def test_translation_tables_translate_as_their_dicts(first: int, stop: int, table: str) -> None:
    # Every code point, alone and amid Arabic text: the tuple gives what str.maketrans gave.
    mapping = ner_text._FOLD_MAP if table == "fold" else ner_aliases._LIGHT_MAP
    indexed = ner_text._FOLD if table == "fold" else ner_aliases._LIGHT
    text = "".join(map(chr, range(first, stop)))
    assert text.translate(indexed) == text.translate(mapping)
    mixed = "أحمد ى" + text[:5000] + "ة٣"
    assert mixed.translate(indexed) == mixed.translate(mapping)


@pytest.mark.parametrize("seed", range(3), ids=[f"seed{seed}" for seed in range(3)])
def test_normalize_agrees_with_the_dict_translation(seed: int) -> None:
    rng = random.Random(seed)
    chars = "أإآٱىةیکاب٠٩۰۹ \u064b\u0640\u200f\ufeffaZ«“"
    for _ in range(500):
        text = "".join(rng.choice(chars) for _ in range(rng.randrange(20)))
        plain = ner_text._DIACRITICS.sub("", text).translate(ner_text._FOLD_MAP)
        assert normalize(text) == plain
