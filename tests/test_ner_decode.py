"""The numpy decoder must tag exactly as crfsuite does with the same model and features."""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import reduce
from pathlib import Path

import numpy as np
import pytest

from siyaq.analyze.ner_decode import CompiledCRF, FastTagger, word_pairs
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_scorer import NONE
from siyaq.analyze.ner_text import tokenize
from siyaq.analyze.ner_train import CRF_MODEL, lexicon_path, weights_path
from siyaq.analyze.ner_viterbi import viterbi

TEXTS = [
    "وصل وزير الخارجية الفرنسي جان إيف لودريان إلى بيروت أمس في زيارة تستمر يومين .",
    "وقال المتحدث باسم الأمم المتحدة إن مجلس الأمن سيجتمع في نيويورك الأسبوع المقبل .",
    "أعلنت شركة أرامكو السعودية عن أرباح قياسية في الربع الثالث من العام .",
    "وفاز نادي الهلال على النصر في الرياض بهدفين مقابل هدف .",
    "ويقع مخيم الزعتري شمال الأردن قرب الحدود مع سوريا .",
    "باريس",
]


@pytest.fixture(scope="module")
def fast() -> FastTagger:
    lexicon = Lexicon.load(lexicon_path(CRF_MODEL))
    return FastTagger(CompiledCRF.load(weights_path(CRF_MODEL)), FeatureExtractor(lexicon))


def _sentences() -> list[list[str]]:
    sentences = [[t.text for t in tokenize(text)] for text in TEXTS]
    shuffled = random.Random(3)
    for words in list(sentences):  # scrambled orders exercise the context features
        copy = list(words)
        shuffled.shuffle(copy)
        sentences.append(copy)
    return sentences


def test_tags_equal_crfsuite(fast: FastTagger) -> None:
    pycrfsuite = pytest.importorskip("pycrfsuite")
    reference = pycrfsuite.Tagger()
    reference.open(str(CRF_MODEL))
    sentences = _sentences()
    expected = [reference.tag(fast.extractor.sentence_features(words)) for words in sentences]
    assert fast.tag_sentences(sentences) == expected
    assert any(tag != "O" for tags in expected for tag in tags)  # the check is not vacuous


def test_batch_and_single_decoding_agree(fast: FastTagger) -> None:
    sentences = _sentences()
    assert fast.tag_sentences(sentences) == [fast.tag_sentences([s])[0] for s in sentences]


def test_empty_sentences_keep_their_place(fast: FastTagger) -> None:
    tags = fast.tag_sentences([[], ["باريس"], []])
    assert [len(t) for t in tags] == [0, 1, 0]


def test_viterbi_prefers_transitions() -> None:
    # Two labels; emissions slightly favour label 1 at step 2, transitions forbid 0 -> 1.
    emissions = [np.array([[2.0, 0.0], [0.0, 0.5]])]
    transitions = np.array([[0.0, -5.0], [0.0, 0.0]])
    assert viterbi(emissions, transitions) == [[0, 0]]
    assert viterbi(emissions, np.zeros((2, 2))) == [[0, 1]]



def _step_by_step(scores: np.ndarray, transitions: np.ndarray) -> list[int]:
    """Textbook Viterbi with an argmax at every step (the first of equal scores wins)."""
    score, back = scores[0], []
    for row in scores[1:]:
        candidates = score[:, None] + transitions
        back.append(candidates.argmax(axis=0))
        score = candidates.max(axis=0) + row
    path = [int(score.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return path[::-1]


@pytest.mark.parametrize(
    ("seed", "lengths", "spread"),
    [
        pytest.param(5, (7, 1, 12, 3, 12), 2, id="mixed-lengths-ties"),
        pytest.param(6, (1,), 2, id="one-token"),
        pytest.param(7, (1, 1, 1), 0, id="length-1-all-equal"),
        pytest.param(8, (20,), 0, id="all-scores-equal"),
        pytest.param(9, (2, 30, 1, 5, 30, 4), 1, id="many-ties-longest-in-the-middle"),
        pytest.param(10, (13, 6, 1, 9), None, id="random-floats"),
    ],
)
def test_viterbi_equals_step_by_step_argmax(
    seed: int, lengths: tuple[int, ...], spread: int | None
) -> None:
    # Small integers give many equal candidates, so the tie-breaking is exercised.
    rng = np.random.default_rng(seed)

    def draw(*shape: int) -> np.ndarray:
        if spread is None:
            return rng.normal(size=shape)
        return rng.integers(-spread, spread + 1, shape).astype(float)

    transitions = draw(9, 9)
    emissions = [draw(n, 9) for n in lengths]
    assert viterbi(emissions, transitions) == [_step_by_step(e, transitions) for e in emissions]

def test_compiled_weights_round_trip(tmp_path: Path, fast: FastTagger) -> None:
    path = tmp_path / "w.npz"
    fast.crf.save(path)
    loaded = CompiledCRF.load(path)
    assert loaded.labels == fast.crf.labels
    assert loaded.attributes == fast.crf.attributes
    assert np.allclose(loaded.weights, fast.crf.weights, atol=1e-6)


def test_lexicon_round_trip(tmp_path: Path) -> None:
    lexicon = Lexicon(clusters={"حلب": "1/2/3"}, seen={"جيفري"}, trained_on="all")
    lexicon.add(("الأمم", "المتحدة"), "ORG")
    lexicon.add(("حلب",), "LOC")
    lexicon.add(("حلب",), "PERS")
    path = tmp_path / "lex.json.gz"
    lexicon.save(path)
    loaded = Lexicon.load(path)
    assert loaded.phrases == lexicon.phrases
    assert loaded.words == lexicon.words
    assert loaded.longest == lexicon.longest
    assert (loaded.clusters, loaded.seen) == (lexicon.clusters, lexicon.seen)
    assert loaded.trained_on == "all"
    assert loaded.phrase_type(("امم", "متحده")) == "ORG"
    assert loaded.words["حلب"] == "LOC|PERS"


def test_emissions_are_crfsuites_sums(fast: FastTagger) -> None:
    """Each token's scores are the sum of the weights of its crfsuite feature strings."""
    for words in _sentences():
        rows = fast._rows(words)
        emissions = fast.emissions(rows, np.asarray(rows, dtype=np.intp), [len(words)])
        features = fast.extractor.sentence_features(words)
        expected = np.stack([fast.crf.score(f) for f in features])
        assert np.allclose(emissions, expected, rtol=0, atol=1e-9)


def test_word_blocks_equal_summing_the_feature_strings(fast: FastTagger) -> None:
    """Bitwise: a word's block adds the same weights in the same order as its strings would."""
    words = [w for words in _sentences() for w in words] + ODD_WORDS
    rows = fast._rows(words)
    crf = fast.crf
    for word, row in zip(words, rows, strict=True):
        view = fast.extractor.make_view(word)
        parts = [view.own, *view.by_offset.values()]
        expected = [
            reduce(np.add, (crf.weights[crf.attributes[f]] for f in part if f in crf.attributes),
                   np.zeros(len(crf.labels)))  # one feature after the other, like crfsuite
            for part in parts
        ]
        assert np.array_equal(fast._words.table[row], np.stack(expected))


def test_a_full_cache_is_emptied_between_texts_not_inside_one(
    fast: FastTagger, monkeypatch: pytest.MonkeyPatch
) -> None:
    sentences = _sentences()
    expected = fast.tag_sentences(sentences)
    small = FastTagger(fast.crf, fast.extractor)
    monkeypatch.setattr("siyaq.analyze.ner_decode.WORDS_LIMIT", 8)
    for _ in range(2):  # the second round starts from an emptied cache
        assert small.tag_sentences(sentences) == expected
        assert [small.tag_sentences([s])[0] for s in sentences] == expected


@pytest.mark.parametrize("limit", [12, 30, 60], ids=["limit-12", "limit-30", "limit-60"])
def test_evicting_the_least_recently_read_words_changes_no_tag(
    fast: FastTagger, monkeypatch: pytest.MonkeyPatch, limit: int
) -> None:
    sentences = _sentences()
    expected = fast.tag_sentences(sentences)
    small = FastTagger(fast.crf, fast.extractor)
    monkeypatch.setattr("siyaq.analyze.ner_decode.WORDS_LIMIT", limit)
    for _ in range(3):
        assert [small.tag_sentences([s])[0] for s in sentences] == expected
        assert len(small._words.index) <= limit
        assert len(small._words.norms) == len(small._words.index)


def test_eviction_keeps_the_words_read_last(
    fast: FastTagger, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = FastTagger(fast.crf, fast.extractor)
    monkeypatch.setattr("siyaq.analyze.ner_decode.WORDS_LIMIT", 10)
    first = ["دمشق", "حلب", "حمص", "درعا", "إدلب", "الرقة"]
    small._rows(first)
    small._rows(["دمشق", "حلب"])  # read again: the most recent
    rows = small._rows(["بيروت", "عمان", "القاهرة", "الرياض", "بغداد"])  # 11 > 10: evict to 5
    index = small._words.index
    assert {"دمشق", "حلب"} <= index.keys()
    assert "حمص" not in index  # read only once, first
    assert len(index) == 10
    assert [small._words.norms[r] for r in rows] == [fast.normalized(w) for w in
                                                      ["بيروت", "عمان", "القاهرة", "الرياض", "بغداد"]]


ODD_WORDS = ["وبالعراق", "للأمم", "والرئيس", "2020", "e-mail", "ـ", "\u202a", "و", "ال", "بها", "Ab", "ة"]


def _keys_of_strings(fast: FastTagger, word: str) -> list[int]:
    """describe()'s feature strings looked up one by one, each with the positions that see it."""
    own = fast.extractor.describe(word)
    seen_by = [2 if i == 0 or i > own.near else 1 if i > own.far else 0
               for i in range(len(own.features))]
    return [fast._scorer.key(f, s) for f, s in zip(own.features, seen_by, strict=True)]


@pytest.mark.parametrize("word", ODD_WORDS + [w for s in _sentences()[:5] for w in s])
def test_feature_keys_are_describes_strings(fast: FastTagger, word: str) -> None:
    own = fast._keys.own(word)
    assert own.keys == _keys_of_strings(fast, word)
    described = fast.extractor.describe(word)
    assert (own.norm, own.stem, own.starts) == (described.norm, described.stem, described.starts)


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(ODD_WORDS, id="odd-words"),
        pytest.param(["", "باريس", ""], id="empty-words"),
        pytest.param(["سطر\nآخر", "وبالعراق"], id="newline-inside-a-word"),
    ],
)
def test_words_normalized_together_as_one_by_one(fast: FastTagger, words: list[str]) -> None:
    assert fast._keys.all_own(words) == [fast._keys.own(w) for w in words]


def _weighted(keys: Sequence[int]) -> list[int]:
    return [key for key in keys if key != NONE]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(ODD_WORDS, id="odd-words"),
        pytest.param(["", "ال", "الا", "وال", "ولل", "بالله"], id="short-and-clitic-only"),
        pytest.param([w for s in _sentences()[:20] for w in s], id="corpus-sentences"),
    ],
)
def test_batch_keys_are_normalized_keys_in_order(fast: FastTagger, words: list[str]) -> None:
    """The batch leaves NONE where normalized() leaves a feature out; the weighted keys (all the
    scorer adds) must be the same, in the same order."""
    keys = fast._keys
    norms = keys.normalize_all(words)
    batch = keys.batch(norms)
    one_by_one = [keys.normalized(norm) for norm in norms]
    assert [_weighted(row) for row in batch.keys] == [_weighted(o.keys) for o in one_by_one]
    assert (batch.norms, batch.stems, batch.starts) == (
        [o.norm for o in one_by_one], [o.stem for o in one_by_one], [o.starts for o in one_by_one]
    )


def test_spellings_that_normalize_alike_share_a_row(fast: FastTagger) -> None:
    tagger = FastTagger(fast.crf, fast.extractor)
    rows = tagger._rows(["أحمد", "احمد", "أَحْمَد", "محمد"])
    assert rows[0] == rows[1] == rows[2] != rows[3]
    assert len(tagger._words.norms) == 2
    alone = FastTagger(fast.crf, fast.extractor)
    assert np.array_equal(tagger._words.table[rows[2]], alone._words.table[alone._rows(["أَحْمَد"])[0]])


def _pair_rows_by_string(attributes: dict[str, int], first: str, second: str
                         ) -> tuple[int, int] | None:
    """The plain lookup word_pairs() replaces: the "b-=a|b" and "b+=a|b" strings."""
    pair = f"{first}|{second}"
    rows = (attributes.get("b-=" + pair, -1), attributes.get("b+=" + pair, -1))
    return None if rows == (-1, -1) else rows


def test_word_pairs_answer_as_the_feature_strings() -> None:
    attributes = {"b-=a|b": 0, "b+=a|b": 1, "b+=x|y": 2, "b-=a|b|c": 3, "b+=||z": 4, "w=a": 5}
    pairs = word_pairs(attributes)
    splits = [("a", "b"), ("x", "y"), ("a", "b|c"), ("a|b", "c"), ("", "|z"), ("|", "z"),
              ("a", "c"), ("b", "a"), ("w", "a")]
    for first, second in splits:
        assert pairs.get(first, {}).get(second) == _pair_rows_by_string(attributes, first, second)


def test_word_pairs_of_the_shipped_model(fast: FastTagger) -> None:
    attributes = fast.crf.attributes
    pairs = word_pairs(attributes)
    weighted = [a[3:] for a in attributes if a.startswith(("b-=", "b+="))]
    assert weighted  # the check is not vacuous
    for pair in weighted:
        first, _, second = pair.partition("|")
        assert pairs[first][second] == _pair_rows_by_string(attributes, first, second)
    # A pair of two words that each occur in pairs, but not together.
    first, second = next(iter(pairs)), weighted[0].rpartition("|")[2]
    assert pairs[first].get(second) == _pair_rows_by_string(attributes, first, second)
