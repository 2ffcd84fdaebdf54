"""The document vote: types the first decoding gave a stem elsewhere in a text, decoded again."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from siyaq.analyze.ner_decode import CompiledCRF, FastTagger
from siyaq.analyze.ner_document import DOCUMENT_VOTE, decode_with_vote, vote_bonus
from siyaq.analyze.ner_features import FeatureExtractor
from siyaq.analyze.ner_lexicon import Lexicon
from siyaq.analyze.ner_text import tokenize
from siyaq.analyze.ner_train import CRF_MODEL, lexicon_path, weights_path
from siyaq.analyze.ner_viterbi import best_labels
from siyaq.cli.main import cli

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC"]


def test_no_bonus_without_a_name_tagged_elsewhere() -> None:
    assert vote_bonus(["O", "O"], ["سامر", "سامر"], LABELS, 2.0) is None
    # tagged once and written once: nothing else to vote
    assert vote_bonus(["B-PERS", "O"], ["سامر", "قال"], LABELS, 2.0) is None
    # stems shorter than three letters never vote (clitic debris, single letters)
    assert vote_bonus(["B-LOC", "O"], ["اب", "اب"], LABELS, 2.0) is None


def _dense(found: tuple[list[int], np.ndarray] | None, tokens: int) -> np.ndarray:
    bonus = np.zeros((tokens, len(LABELS)))
    if found is not None:
        bonus[found[0]] = found[1]
    return bonus


def test_a_token_does_not_vote_for_itself() -> None:
    bonus = _dense(vote_bonus(["B-PERS", "O", "O"], ["سامر", "قال", "سامر"], LABELS, 2.0), 3)
    assert not bonus[0].any()  # its only evidence would be its own tag
    assert not bonus[1].any()
    assert bonus[2].tolist() == [0.0, 2.0, 2.0, 0.0, 0.0]


def test_shares_follow_the_other_occurrences_types() -> None:
    tags = ["B-PERS", "B-PERS", "B-LOC", "O"]
    bonus = _dense(vote_bonus(tags, ["نوران"] * 4, LABELS, 3.0), 4)
    assert bonus[3].tolist() == pytest.approx([0.0, 2.0, 2.0, 1.0, 1.0])
    assert bonus[0].tolist() == pytest.approx([0.0, 1.5, 1.5, 1.5, 1.5])  # one PERS, one LOC
    assert bonus[2].tolist() == pytest.approx([0.0, 3.0, 3.0, 0.0, 0.0])


def test_tokens_agreeing_with_all_others_are_left_out() -> None:
    # Raising the type a token already has, on every such token, cannot change the best path.
    assert vote_bonus(["B-PERS", "O", "B-PERS"], ["سامر", "قال", "سامر"], LABELS, 2.0) is None
    tokens, _ = vote_bonus(["B-PERS", "B-PERS", "O"], ["سامر"] * 3, LABELS, 2.0) or ([], None)
    assert tokens == [2]


def test_a_weak_outside_score_is_pulled_to_the_name() -> None:
    transitions = np.zeros((len(LABELS), len(LABELS)))
    scores = np.array([
        [0.0, 3.0, 0.0, 0.0, 0.0],  # a clear name
        [1.0, 0.0, 0.0, 0.0, 0.0],
        [1.0, 0.5, 0.0, 0.0, 0.0],  # the same stem, "O" by a little
        [5.0, 0.0, 0.0, 0.0, 0.0],  # the same stem, "O" by far: the context decides
    ])
    stems = ["سامر", "قال", "سامر", "سامر"]
    before = scores.copy()
    assert decode_with_vote(scores, [4], transitions, None, LABELS, stems, 0.0) == [
        "B-PERS", "O", "O", "O"]
    assert decode_with_vote(scores, [4], transitions, None, LABELS, stems, 1.0) == [
        "B-PERS", "O", "B-PERS", "O"]
    assert (scores == before).all()


@pytest.fixture(scope="module")
def fast() -> FastTagger:
    lexicon = Lexicon.load(lexicon_path(CRF_MODEL))
    return FastTagger(CompiledCRF.load(weights_path(CRF_MODEL)), FeatureExtractor(lexicon), 0.5)


def test_the_tagger_default_is_off_and_the_vote_decodes_a_text(fast: FastTagger) -> None:
    assert DOCUMENT_VOTE == 0.0 and fast.document_vote == 0.0
    text = ("قال سامر نوران إن الوفد وصل إلى مدينة زهراباد أمس . وأضاف نوران أن زهراباد "
            "تستعد للقاء . ورحب نوران بالوفد .")
    words = [t.text for t in tokenize(text)]
    lengths = [words.index(".") + 1]
    lengths += [words.index(".", lengths[0]) + 1 - lengths[0]]
    lengths.append(len(words) - sum(lengths))
    plain, norms = fast.tag_text(words, lengths)
    scores, _ = fast.scores(words, lengths)
    scores[:, fast.crf.labels.index("O")] -= 0.5
    labels = fast.crf.labels
    assert plain == [labels[t] for t in best_labels(scores, lengths, fast.crf.transitions, None)]
    fast.document_vote = 2.0
    try:
        voted, _ = fast.tag_text(words, lengths)
    finally:
        fast.document_vote = 0.0
    assert voted == decode_with_vote(scores, lengths, fast.crf.transitions, None, labels,
                                     fast.stems(norms), 2.0)
    assert len(voted) == len(words)


def test_evaluate_takes_a_document_vote(tmp_path: Path) -> None:
    path = tmp_path / "gold.txt"
    path.write_text("قال O\nسامر B-PERS\nنوران I-PERS\n. O\nوصل O\nنوران B-PERS\n. O\n",
                    encoding="utf-8")
    args = ["evaluate", "ner", str(path), "--article-size", "2", "--json"]
    result = CliRunner().invoke(cli, [*args, "--document-vote", "2"])
    assert result.exit_code == 0, result.output
    assert "document vote 2.0" in " ".join(json.loads(result.output)["notes"])
    refused = CliRunner().invoke(cli, [*args, "--tagger", "neural", "--document-vote", "2"])
    assert refused.exit_code != 0 and "--document-vote" in refused.output
