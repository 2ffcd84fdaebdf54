"""Silver sentences for the CRF (ner_silver), the ensemble's three decodings, and the teacher."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from siyaq.analyze.entities import EntityTagger
from siyaq.analyze.ner_data import spans
from siyaq.analyze.ner_decode import FastTagger
from siyaq.analyze.ner_ensemble import EnsembleTagger
from siyaq.analyze.ner_silver import (
    MAX_TOKENS,
    MIN_TOKENS,
    SilverSentence,
    article_sentences,
    keep,
    load_teacher,
    news_articles,
    silver,
    token_tags,
)
from siyaq.analyze.ner_text import sentence_lengths, token_columns
from siyaq.analyze.ner_train import CRF_MODEL, NEURAL_MODEL, TrainOptions, silver_sentences
from siyaq.model import Article, Mention

SENTENCES = [
    "قال الرئيس السوري بشار الأسد في دمشق إن الجيش سيدخل إدلب قريبا .",
    "واجتمع وزير الخارجية الأمريكي مايك بومبيو مع نظيره الروسي سيرغي لافروف في موسكو .",
    "وأعلنت الأمم المتحدة أن مجلس الأمن سيعقد جلسة طارئة في نيويورك يوم الخميس .",
    "شكرا .",  # too short to be kept
]


@pytest.fixture(scope="module")
def teacher() -> EntityTagger:
    return load_teacher(CRF_MODEL, NEURAL_MODEL)


def _mention(text: str, start: int, end: int, type_: str) -> Mention:
    return Mention(text=text[start:end], type=type_, start=start, end=end, canonical=text[start:end])


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("زار بشار الأسد حلب", [(4, 14, "PERS"), (15, 18, "LOC")],
         ["O", "B-PERS", "I-PERS", "B-LOC"]),
        # A mention without its clitic (وحلب -> حلب) tags the whole token, as ANERcorp does.
        ("ووصل وحلب", [(6, 9, "LOC")], ["O", "B-LOC"]),
        # Two mentions side by side stay two names; a token keeps its first tag.
        ("مصر سوريا", [(0, 3, "LOC"), (4, 9, "LOC"), (4, 9, "ORG")], ["B-LOC", "B-LOC"]),
        ("لا أحد", [], ["O", "O"]),
    ],
    ids=["two-names", "clitic-left-out", "adjacent-and-first-wins", "none"],
)
def test_token_tags_from_mentions(
    text: str, found: list[tuple[int, int, str]], expected: list[str]
) -> None:
    mentions = [_mention(text, start, end, type_) for start, end, type_ in found]
    assert token_tags(token_columns(text), mentions) == expected


@pytest.mark.parametrize(
    ("tags", "agreed", "rule", "kept"),
    [
        (["B-LOC", "O"], True, "agreed", True),
        (["B-LOC", "O"], False, "agreed", False),
        (["O", "O"], True, "agreed", False),  # no name: never kept
        (["B-LOC", "O"], False, "named", True),
        (["O", "O"], True, "named", False),
    ],
    ids=["agreed-named", "disputed", "agreed-empty", "named-disputed", "named-empty"],
)
def test_keep_rules(tags: list[str], agreed: bool, rule: str, kept: bool) -> None:
    assert keep(SilverSentence(["حلب", "."], tags, agreed), rule) is kept


def test_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown silver rule"):
        keep(SilverSentence(["حلب"], ["B-LOC"], True), "sure")


@pytest.mark.parametrize("sentence", range(3), ids=["assad", "pompeo", "un"])
def test_tag_each_is_the_three_taggers(teacher: EntityTagger, sentence: int) -> None:
    """One scoring, three decodings: the ensemble's, the CRF's and the network's own tags."""
    words = SENTENCES[sentence].split()
    ensemble = teacher.decoder
    assert isinstance(ensemble, EnsembleTagger)
    both, crf, neural, norms = ensemble.tag_each(words, [len(words)])
    plain = EnsembleTagger(ensemble.crf, ensemble.neural)
    assert (both, norms) == plain.tag_text(words, [len(words)])
    assert crf == ensemble.crf.tag_text(words, [len(words)])[0]
    assert neural == ensemble.neural.tag_text(words, [len(words)])[0]


def test_article_sentences_are_the_annotated_body(teacher: EntityTagger) -> None:
    article = Article(id="a", content_hash="", origin="test", title="بشار الأسد في دمشق",
                      body=SENTENCES)
    found = article_sentences(article, teacher)
    lengths = sentence_lengths(token_columns(article.text).words)
    assert [len(s.words) for s in found] == [n for n in lengths if MIN_TOKENS <= n <= MAX_TOKENS]
    assert [" ".join(s.words) for s in found] == SENTENCES[:3]
    # The tags are annotate()'s body mentions (title mentions are not counted in).
    body = [m for m in article.mentions if not m.in_title]
    named = sum(len(spans(s.tags)) for s in found)
    assert named == len(body) > 0
    ensemble = teacher.decoder
    assert isinstance(ensemble, EnsembleTagger)
    for sentence in found:
        words = sentence.words
        _, crf, neural, _ = ensemble.tag_each(words, [len(words)])
        alone = spans(crf) == spans(neural) == spans(sentence.tags)
        assert sentence.agreed is alone


def test_silver_takes_the_first_kept_in_order(teacher: EntityTagger) -> None:
    articles = [Article(id=str(i), content_hash="", origin="test", body=[text])
                for i, text in enumerate(SENTENCES)]
    every = [s for a in articles for s in article_sentences(a, teacher) if keep(s, "named")]
    taken = list(silver(iter(articles), teacher, 2, "named"))
    assert [s.words for s in taken] == [s.words for s in every[:2]]
    assert list(silver(iter(articles), teacher, 0, "named")) == []


def test_a_teacher_must_record(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="load_teacher"):
        article_sentences(Article(id="a", content_hash="", origin="t", body=["حلب"]),
                          EntityTagger.load(None, "crf"))


@pytest.mark.parametrize(
    ("model", "tagger", "neural", "kind"),
    [
        (CRF_MODEL, "ensemble", None, EnsembleTagger),  # a CRF file with the shipped network
        (None, "ensemble", NEURAL_MODEL, EnsembleTagger),  # the shipped CRF, a network file
        (CRF_MODEL, "crf", None, FastTagger),
    ],
    ids=["crf-file-ensemble", "network-file-ensemble", "crf-file"],
)
def test_load_combines_given_files(
    model: Path | None, tagger: str, neural: Path | None, kind: type
) -> None:
    assert isinstance(EntityTagger.load(model, tagger, neural).decoder, kind)


def test_no_news_corpus_means_no_silver(tmp_path: Path) -> None:
    logged: list[str] = []
    options = TrainOptions(silver=100)
    assert silver_sentences(tmp_path, options, logged.append) == []
    assert "without silver" in logged[0]
    assert list(news_articles(tmp_path)) == []


def test_table_vectors_give_back_the_networks_rows() -> None:
    """A network's word vectors read as a word2vec model: the same int8 rows once quantized."""
    from siyaq.analyze.ner_neural import NeuralWeights
    from siyaq.analyze.ner_neural_train import TableVectors
    from siyaq.analyze.ner_vectors import quantize, vector_table

    table = TableVectors.of(NEURAL_MODEL)
    words, rows = vector_table(table, [])
    ints, scales = quantize(np.vstack([np.zeros((1, rows.shape[1]), np.float32), rows]))
    shipped = NeuralWeights.load(NEURAL_MODEL)
    assert ["", *words] == sorted(shipped.vocabulary.words, key=shipped.vocabulary.words.get)
    assert np.array_equal(ints, shipped.vectors)
    assert np.allclose(scales, shipped.scales)


@pytest.mark.parametrize("tagger", ["crf", "neural"], ids=["crf", "neural"])
def test_evaluate_takes_a_network_only_for_the_ensemble(tmp_path: Path, tagger: str) -> None:
    from click.testing import CliRunner

    from siyaq.cli.main import cli

    gold = tmp_path / "gold.txt"
    gold.write_text("زار O\nحلب B-LOC\n. O\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "ner", str(gold), "--tagger", tagger,
                                      "--neural", str(NEURAL_MODEL), "--json"])
    assert result.exit_code == 2
    assert "--neural goes with --tagger ensemble" in result.output


def test_evaluate_an_ensemble_of_given_files(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from siyaq.cli.main import cli

    gold = tmp_path / "gold.txt"
    gold.write_text("قال O\nبشار B-PERS\nالأسد I-PERS\nفي O\nدمشق B-LOC\n. O\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", "ner", str(gold), "--model", str(CRF_MODEL),
                                      "--tagger", "ensemble", "--neural", str(NEURAL_MODEL),
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert f"model: ensemble of {CRF_MODEL} and {NEURAL_MODEL}" in data["notes"]
    assert data["metrics"]["micro f1"] == 1.0
