"""A "word" longer than any Arabic word is never stemmed, in relate/ and in search alike.

Snowball strips a repeated suffix letter one at a time, moving the rest of the word each time:
'ك' * 800,000 on a title line took 78 s in stemWord at ingest. Words over MAX_STEMMED letters are
their own term, the same in every text that holds them, so an article and what it is compared
with (or a page and the query that looks for it) still meet. The stemmer is counted, not timed.
"""

from __future__ import annotations

import pytest
import Stemmer

from siyaq.arabic.analyzer import Analyzer
from siyaq.arabic.stem import MAX_STEMMED, SnowballStemmer
from siyaq.model import Article
from siyaq.relate.features import featurize
from siyaq.relate.text import Terms, normalize

LONG = "ك" * 5000  # what stemWord is quadratic on: a suffix letter repeated
SENTENCE = "أعلنت الولايات المتحدة أنها لا تسعى إلى خروج روسيا من الأراضي السورية"


class RecordingStemmer:
    """Snowball, remembering the length of every word it was given."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("arabic")
        self.lengths: list[int] = []

    def stemWord(self, word: str) -> str:  # PyStemmer's name
        self.lengths.append(len(word))
        return str(self._stemmer.stemWord(word))


def _terms() -> tuple[Terms, RecordingStemmer]:
    terms, recorder = Terms(), RecordingStemmer()
    terms._stemmer = recorder  # type: ignore[assignment]
    return terms, recorder


CASES = [
    pytest.param(LONG, LONG, id="bare"),
    pytest.param("وال" + LONG, "وال" + LONG, id="with-clitics-kept-whole"),
    pytest.param("ك" * (MAX_STEMMED + 1), "ك" * (MAX_STEMMED + 1), id="one-over-the-bound"),
    pytest.param("أ" + "ه" * 3000, "ا" + "ه" * 3000, id="normalized-not-stemmed"),
]


@pytest.mark.parametrize(("word", "term"), CASES)
def test_relate_terms_keep_a_long_word_unstemmed(word: str, term: str) -> None:
    terms, recorder = _terms()
    found = terms(f"{SENTENCE} {word} {SENTENCE}")
    assert term in found
    assert [t for _, t in terms.written(f"{SENTENCE} {word}")][-1] == term
    assert recorder.lengths and max(recorder.lengths) <= MAX_STEMMED


@pytest.mark.parametrize(
    ("length", "stemmed"),
    [pytest.param(MAX_STEMMED, True, id="at-the-bound"),
     pytest.param(MAX_STEMMED + 1, False, id="over-the-bound")],
)
def test_words_up_to_the_bound_are_still_stemmed(length: int, stemmed: bool) -> None:
    terms, recorder = _terms()
    word = "ال" + "ه" * (length - 2)
    assert (terms(word) != [word]) is stemmed
    assert bool(recorder.lengths) is stemmed


@pytest.mark.parametrize(
    "title",
    [pytest.param(f"{SENTENCE} {LONG}", id="title-line"),
     pytest.param(LONG, id="title-is-the-word")],
)
def test_featurize_never_hands_the_long_word_to_the_stemmer(title: str) -> None:
    terms, recorder = _terms()
    article = Article(id="a", content_hash="a", origin="t", title=title,
                      body=[f"{SENTENCE} {LONG}، {SENTENCE}.", SENTENCE + "."])
    features = featurize(article, terms)
    assert features.counts[normalize(LONG)] >= 2  # the title counts twice, the lead once
    assert max(recorder.lengths) <= MAX_STEMMED


def test_an_article_and_a_text_quoting_it_share_the_long_term() -> None:
    terms, _ = _terms()
    assert set(terms(f"{SENTENCE} {LONG}")) & set(terms(f"قال {LONG}")) == {LONG}


@pytest.mark.parametrize(("word", "term"), CASES)
def test_search_with_snowball_indexes_and_queries_a_long_word_alike(word: str, term: str) -> None:
    stemmer, recorder = SnowballStemmer(), RecordingStemmer()
    stemmer._stemmer = recorder
    analyzer = Analyzer(stemmer)
    text = f"{SENTENCE} {word}"
    indexed = analyzer.terms(text)
    assert indexed == [token.term for token in analyzer.iter_tokens(text)]  # query side
    assert indexed[-1] == term
    assert max(recorder.lengths) <= MAX_STEMMED
