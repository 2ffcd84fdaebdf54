"""The flattened-page evaluation's scoring and its baseline systems (the other tools' rows)."""

from __future__ import annotations

import importlib.util

import pytest

from siyaq.evaluate.extraction import baseline_systems, lines_as_html, shingle_prf

ARTICLE = (
    "The city council voted on Tuesday to rebuild the old bridge over the river, after years "
    "of debate about its cost and the traffic it would bring into the town centre, where the "
    "shops and the market have suffered since the crossing was closed to lorries and buses.\n"
    "Residents who had campaigned for the new crossing said they were relieved, and the mayor "
    "promised that work would begin before the end of the summer and finish within two years, "
    "with a temporary footbridge for the people who cross the river every day to go to work.\n"
    "Opponents of the plan argued that the money should have gone to schools and to the "
    "hospital, which has been waiting for a new wing since the last election in the region, and "
    "they said that they would take the question to the courts if the council did not listen."
)
DUMP = "Home\nNews\nSport\nWeather\n" + ARTICLE + "\nShare\nTweet\nCopyright 2024 The Daily"


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        pytest.param("a b c d e", "a b c d e", (1.0, 1.0, 1.0), id="same"),
        pytest.param("", "", (1.0, 1.0, 1.0), id="both-empty"),
        pytest.param("", "a b c d", (0.0, 0.0, 0.0), id="nothing-extracted"),
        pytest.param("a b c d e f", "a b c d", (1 / 3, 1.0, 0.5), id="extra-text"),
        pytest.param("A, B. C! D", "a b c d", (1.0, 1.0, 1.0), id="case-and-punctuation"),
    ],
)
def test_shingle_prf(predicted: str, gold: str, expected: tuple[float, float, float]) -> None:
    assert shingle_prf(predicted, gold) == pytest.approx(expected)


def test_lines_become_paragraphs_escaped() -> None:
    assert lines_as_html("a < b\nc") == "<html><body><p>a &lt; b</p><p>c</p></body></html>"


def test_simple_baselines() -> None:
    systems = baseline_systems()
    assert systems["keep-all"](DUMP) == DUMP
    assert systems["line-heuristic"](DUMP) == ARTICLE  # long, punctuated lines only


@pytest.mark.parametrize(
    ("name", "module"),
    [
        pytest.param("trafilatura(p-per-line)", "trafilatura", id="trafilatura"),
        pytest.param("justext(p-per-line)", "justext", id="justext"),
        pytest.param("resiliparse(p-per-line)", "resiliparse", id="resiliparse"),
    ],
)
def test_installed_tools_run_on_the_dump(name: str, module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} not installed (an evaluation-only comparison)")
    kept = baseline_systems()[name](DUMP)
    assert "rebuild the old bridge" in kept  # each keeps the article's paragraphs (jusText:
    # those of more than 200 characters, its "long" paragraphs)


def test_line_cleaner_variant_keeps_the_article_of_an_html_page() -> None:
    """`siyaq evaluate html --line-cleaner`: the HTML body, then the dump cleaner over it."""
    from siyaq.evaluate.html import BenchPage, cleaned_extractor

    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n"))
    html = (f"<html><head><title>Bridge vote</title></head><body><nav>Home News</nav>"
            f"<article><h1>Council votes to rebuild the bridge</h1>{paragraphs}</article>"
            "<footer>Copyright 2024 The Daily</footer></body></html>")
    found = cleaned_extractor()(BenchPage("p1", html, "https://example.com/bridge"))
    assert found.body.split("\n") == ARTICLE.split("\n")
    assert "Copyright" not in found.body and "Home" not in found.body


def test_flatten_scores_use_the_benchmarks_formula() -> None:
    """Mean P and mean R over pages, then F1 of the two means (the benchmark's evaluate.py),
    beside the per-page F1 mean this command printed before."""
    from siyaq.evaluate.extraction import score_outputs

    gold = "one two three four five six"
    outputs = [gold, gold + " seven eight nine ten eleven twelve"]  # exact, then 3x the text
    scores = score_outputs(outputs, [gold, gold])
    precision = (1.0 + 3 / 9) / 2  # 3 of 9 shingles right on the second page
    assert scores["precision"] == pytest.approx(precision)
    assert scores["recall"] == pytest.approx(1.0)
    assert scores["f1"] == pytest.approx(2 * precision / (precision + 1.0))
    assert scores["page_mean_f1"] == pytest.approx((1.0 + 0.5) / 2)


def test_flatten_benchmark_precision_skips_empty_outputs() -> None:
    """A page where nothing was extracted has no precision (the benchmark skips it) but
    recall 0; per page it counts as 0 throughout."""
    from siyaq.evaluate.extraction import score_outputs

    gold = "one two three four five"
    scores = score_outputs([gold, ""], [gold, gold])
    assert scores["precision"] == pytest.approx(1.0)
    assert scores["recall"] == pytest.approx(0.5)
    assert scores["page_mean_precision"] == pytest.approx(0.5)


def test_folds_partition_the_bench_and_fold_zero_is_held_out() -> None:
    """Cross-validation leaves out each fold in turn; the shipped models left out fold 0."""
    from siyaq.extract.training import FOLDS, BenchPage

    pages = [BenchPage(id=f"bench/{n:03d}", html="", body="") for n in range(200)]
    folds = [page.fold for page in pages]
    assert set(folds) == set(range(FOLDS))
    assert all(page.held_out is (page.fold == 0) for page in pages)
    assert min(folds.count(k) for k in range(FOLDS)) >= 20  # by hash: roughly even
