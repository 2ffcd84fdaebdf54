"""New words' feature keys in C (siyaq._crf_kernel.word_keys, src/native/keys_kernel.c) are the
Python batch's to the object: the same rows, stems and starts, for the shipped model and for
made-up tables that reach every branch; bad input raises instead of crashing."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import pytest

from siyaq.analyze.ner_decode import CompiledCRF, FastTagger
from siyaq.analyze.ner_features import FeatureExtractor, word_shape
from siyaq.analyze.ner_keys import SHAPES, FeatureKeys, KeysKernel, keys_kernel
from siyaq.analyze.ner_lexicon import TRIGGERS, Lexicon
from siyaq.analyze.ner_scorer import NONE
from siyaq.analyze.ner_text import _PROCLITICS, tokenize
from siyaq.analyze.ner_train import CRF_MODEL, lexicon_path, weights_path

KERNEL = keys_kernel()
pytestmark = pytest.mark.skipif(KERNEL is None, reason="siyaq._crf_kernel is not built")

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة"
ODD = ["", "|", "=", "a|b", "w=x", "ال", "الا", "وال", "ولل", "لل", "و", "ـ", "\u202a", "\u200f",
       "\u0600", "\u06ff", "\u0700", "\u05ff", "ﻻ", "\U0001f600", "\U0001d7ce", "²", "Ⅻ", "ǅ",
       "É", "é", "Ab", "ab", "AB", "2020", "٢٠٢٠", "a1", "1a", "e-mail", "!!", "\uffff",
       "\U0010ffff", "\x00", "\n", " ", "ة", "ى", "إلى", "x" * 5000, "ب" * 5000]


@pytest.fixture(scope="module")
def fast() -> FastTagger:
    lexicon = Lexicon.load(lexicon_path(CRF_MODEL))
    return FastTagger(CompiledCRF.load(weights_path(CRF_MODEL)), FeatureExtractor(lexicon))


@pytest.fixture(scope="module")
def kernel() -> KeysKernel:
    assert KERNEL is not None
    return KERNEL


def _random_words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    alphabets = [ARABIC, "abcXYZ", "0123456789٠١٢٣", ARABIC + "abc12|=-_.\u064b\u0640",
                 "".join(map(chr, range(0x0600, 0x0700)))]
    words = []
    for _ in range(count):
        letters = rng.choice(alphabets)
        word = "".join(rng.choice(letters) for _ in range(rng.choice([1, 2, 3, 4, 5, 7, 12])))
        words.append(rng.choice(["", "", *_PROCLITICS]) + word)
    return words


def _lexicon_words(lexicon: Lexicon) -> list[str]:
    """Words the lexicon and model know, alone and behind every clitic and the article."""
    known = [*list(lexicon.clusters)[:3000], *list(lexicon.words)[:1500], *TRIGGERS,
             *list(lexicon.seen_types)[:1500], *(p[0] for p in list(lexicon.phrases)[:1000])]
    return known + [c + w for c in [*_PROCLITICS, "ال"] for w in known[::7]]


def _corpus_words() -> list[str]:
    text = ("وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت أمس، وقال المتحدث باسم الأمم "
            "المتحدة إن مجلس الأمن سيجتمع في نيويورك. أعلنت شركة أرامكو السعودية (2020) عن "
            "أرباح قياسية؛ وفاز نادي الهلال على النصر في الرياض بهدفين - e-mail: info@x.sa")
    return [t.text for t in tokenize(text)]


def _assert_same(keys: FeatureKeys, norms: list[str]) -> None:
    ours, theirs = keys.batch(norms), keys.batch_python(norms)
    assert keys.kernel is not None
    for i, (row, expected) in enumerate(zip(ours.keys, theirs.keys, strict=True)):
        assert row == expected, (i, norms[i])
    assert (ours.norms, ours.stems, ours.starts) == (theirs.norms, theirs.stems, theirs.starts)


WORD_SETS = {
    "odd": lambda lexicon: ODD,
    "random": lambda lexicon: _random_words(1, 4000),
    "lexicon": _lexicon_words,
    "corpus": lambda lexicon: _corpus_words(),
}


@pytest.mark.parametrize("normalized", [True, False], ids=["normalized", "as-written"])
@pytest.mark.parametrize("words", WORD_SETS.values(), ids=WORD_SETS.keys())
def test_rows_equal_pythons_with_the_shipped_model(fast: FastTagger, words: Any,
                                                   normalized: bool) -> None:
    keys = fast._keys
    chosen = words(keys.extractor.lexicon)
    _assert_same(keys, keys.normalize_all(chosen) if normalized else chosen)


def _dense_keys(fast: FastTagger, words: Sequence[str], kernel: KeysKernel) -> FeatureKeys:
    """The shipped extractor with a key for every feature the words have: every lookup finds
    something, so a wrong slice or a wrong dict shows in the rows."""
    templates: dict[str, dict[str, int]] = {}
    for word in words:
        for feature in fast.extractor.describe(word).features:
            name, _, value = feature.partition("=")
            template = templates.setdefault(name, {})
            template.setdefault(value, 3 * (sum(map(len, templates.values())) + 1))
    return FeatureKeys(fast.extractor, templates, kernel)


def test_rows_equal_pythons_when_every_feature_has_a_key(fast: FastTagger,
                                                          kernel: KeysKernel) -> None:
    words = [*_corpus_words(), *_random_words(2, 1500), *_lexicon_words(fast.extractor.lexicon)]
    keys = _dense_keys(fast, words, kernel)
    norms = keys.normalize_all(words)
    _assert_same(keys, norms)
    weighted = [sum(key != NONE for key in row) for row in keys.batch(norms).keys]
    assert sum(weighted) > 15 * len(norms)  # most features found: the check is not vacuous


def test_python_batch_keeps_normalizeds_weighted_keys(fast: FastTagger) -> None:
    """The C batch is held to batch_python, and batch_python to normalized() (the decoder's
    own tests see the C batch when it is built)."""
    keys = fast._keys
    norms = keys.normalize_all([*ODD, *_random_words(3, 500), *_corpus_words()])
    one_by_one = [keys.normalized(norm) for norm in norms]
    batch = keys.batch_python(norms)
    assert [[k for k in row if k != NONE] for row in batch.keys] == [
        [k for k in own.keys if k != NONE] for own in one_by_one]


def _shape_keys(fast: FastTagger, kernel: KeysKernel) -> FeatureKeys:
    """Tables whose shape keys are 0..5 and nothing else has weight."""
    templates = {"shape": {name: 3 * n for n, name in enumerate(SHAPES)}}
    return FeatureKeys(fast.extractor, templates, kernel)


def test_word_shapes_over_every_code_point(fast: FastTagger, kernel: KeysKernel) -> None:
    keys = _shape_keys(fast, kernel)
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    words = chars + [f"a{c}" for c in chars[::5]] + [f"{c}1" for c in chars[1::5]] + ["", "Ab"]
    shapes = [row[7] for row in keys.batch(words).keys]  # bias, w, s, t, c, cc, gw, shape
    expected = [3 * SHAPES.index(word_shape(word)) for word in words]
    assert shapes == expected


def test_every_shape_is_one_of_shapes() -> None:
    assert {word_shape(w) for w in ODD} == set(SHAPES)


def _made_up_lexicon(fast: FastTagger) -> Lexicon:
    lexicon = Lexicon(phrases={("حلب",): "LOC", ("",): "ORG"}, words={"حلب": "LOC", "زيد": ""},
                      seen_types={"حلب": "LOC", "عمر": ""}, longest={"حلب": 3})
    lexicon.clusters = {
        "حلب": "01/0110/011010/0110101/01101011/011010111/0110101110",  # deeper than the model
        "بحلب": "",  # false: the clitic-free form's path counts
        "زيد": "10/1011",
        "والزيد": "11/1100/110011",
    }
    return lexicon


def test_rows_equal_pythons_with_a_made_up_lexicon(fast: FastTagger, kernel: KeysKernel) -> None:
    extractor = FeatureExtractor(_made_up_lexicon(fast))
    words = ["حلب", "بحلب", "وحلب", "والحلب", "زيد", "والزيد", "عمر", "وعمر", "", "x"]
    _assert_same(_dense_keys(replace(fast, extractor=extractor), words, kernel), words)
    # the shipped model's templates: the deep path's last levels have none
    _assert_same(replace(FeatureKeys.build(extractor, fast._scorer), kernel=kernel), words)


def test_a_path_of_one_level_raises_as_in_python(fast: FastTagger, kernel: KeysKernel) -> None:
    lexicon = _made_up_lexicon(fast)
    lexicon.clusters["حلب"] = "0110"
    keys = FeatureKeys.build(FeatureExtractor(lexicon), fast._scorer)
    keys = replace(keys, kernel=kernel)
    with pytest.raises(IndexError):
        keys.batch_python(["حلب"])
    with pytest.raises(IndexError, match="fewer than two levels"):
        keys.batch(["حلب"])
    lexicon.clusters["حلب"] = 5  # type: ignore[assignment]
    with pytest.raises(TypeError, match="cluster path must be a str"):
        keys.batch(["حلب"])


def _tables(fast: FastTagger) -> Any:
    return fast._keys._tables


BAD_TABLES = {
    "too-short": lambda t: tuple(t)[:-1],
    "not-a-tuple": lambda t: list(t),
    "dict-is-a-list": lambda t: t._replace(w=[]),
    "bias-is-a-str": lambda t: t._replace(bias="0"),
    "shapes-too-few": lambda t: t._replace(shapes=t.shapes[:-1]),
    "levels-not-dicts": lambda t: t._replace(levels=([],)),
    "lengths-too-many": lambda t: t._replace(lengths=(*t.lengths, 0)),
    "clitics-shortest-first": lambda t: t._replace(proclitics=tuple(reversed(t.proclitics))),
    "empty-clitic": lambda t: t._replace(proclitics=("",)),
    "article-of-three": lambda t: t._replace(article="الا"),
}


@pytest.mark.parametrize("broken", BAD_TABLES.values(), ids=BAD_TABLES.keys())
def test_bad_tables_raise(fast: FastTagger, kernel: KeysKernel, broken: Any) -> None:
    with pytest.raises((TypeError, ValueError), match="tables"):
        kernel.word_keys(broken(_tables(fast)), ["باريس"])


@pytest.mark.parametrize(
    ("norms", "error"),
    [(("باريس",), "list of str"), ("باريس", "list of str"), (["باريس", 3], "strs"),
     ([b"x"], "strs")],
)
def test_bad_words_raise(fast: FastTagger, kernel: KeysKernel, norms: Any, error: str) -> None:
    with pytest.raises(TypeError, match=error):
        kernel.word_keys(_tables(fast), norms)


def test_wants_two_arguments(fast: FastTagger, kernel: KeysKernel) -> None:
    with pytest.raises(TypeError, match="2 arguments"):
        kernel.word_keys(_tables(fast))  # type: ignore[call-arg]


def test_no_words_and_no_leaks(fast: FastTagger, kernel: KeysKernel) -> None:
    tables = _tables(fast)
    assert kernel.word_keys(tables, []) == ([], [], [])
    words = fast._keys.normalize_all([*_corpus_words(), *ODD])
    value = next(iter(tables.w.values()))
    before = [sys.getrefcount(x) for x in (tables.w, value, tables.none, words[0])]
    for _ in range(50):
        kernel.word_keys(tables, words)
    assert [sys.getrefcount(x) for x in (tables.w, value, tables.none, words[0])] == before
