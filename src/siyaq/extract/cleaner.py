"""The learned line labeler: a linear-chain CRF over a dump's lines, stacked on the rules.

The CRF decides what belongs to the article (title, stamp, byline, body) and what does not; the
rule labeler still names the furniture it rejects (which block, which widget kind), because
that naming is lexical and the training pages do not label it. The model ships in
``siyaq/resources/cleaner.crfsuite``; ``siyaq train cleaner`` rebuilds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from siyaq.extract.features import page_features
from siyaq.extract.lines import DumpLine, LineLabel
from siyaq.extract.rules import RuleLabeler

MODEL_NAME = "cleaner.crfsuite"
# What the CRF predicts; everything else is OTHER to it.
ARTICLE_LABELS = (LineLabel.TITLE, LineLabel.STAMP, LineLabel.BYLINE, LineLabel.BODY)
_ARTICLE_VALUES = {label.value: label for label in ARTICLE_LABELS}
BODY, OTHER = LineLabel.BODY.value, LineLabel.OTHER.value
RECOVER_BODY = 0.4  # P(body) above which a line the CRF rejected is kept
BLOCK_GAP = 4  # body lines at most this many lines apart are one block
STRAY_BLOCK = 0.2  # a body block with fewer words than this share of the largest one is dropped


def default_model_path() -> Path:
    return Path(str(resources.files("siyaq") / "resources" / MODEL_NAME))


def coarse(label: LineLabel) -> str:
    """The label as the CRF sees it: the article parts, or "other"."""
    return label.value if label in ARTICLE_LABELS else LineLabel.OTHER.value


class LearnedLabeler:
    """Labels lines with the CRF; same ``label`` method as RuleLabeler, so it slots in."""

    def __init__(self, model_path: Path | None = None) -> None:
        import pycrfsuite

        path = model_path or default_model_path()
        if not path.exists():
            raise FileNotFoundError(f"cleaner model missing: {path} (run `siyaq train cleaner`)")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._rules = RuleLabeler()

    @classmethod
    def available(cls, model_path: Path | None = None) -> bool:
        return (model_path or default_model_path()).exists()

    def label(self, lines: list[DumpLine]) -> list[LineLabel]:
        if not lines:
            return []
        rule_labels = self._rules.label(lines)
        predicted = self._tagger.tag(page_features(lines, rule_labels))
        predicted = self._recover_body(predicted)
        if BODY not in predicted:
            # A page is an article or it is not; when the CRF keeps no line at all, the rules'
            # body (still checked for 404, login and listing pages) beats an empty result.
            return rule_labels
        return merge(rule_labels, drop_stray_blocks(lines, predicted))

    def _recover_body(self, predicted: list[str]) -> list[str]:
        """Lines the CRF rejects by a small margin are body: Viterbi keeps the single best
        path, and on long pages a body line next to a widget often loses by a hair. Measured
        on the unused half of the bench training pages (docs/extraction.md)."""
        marginal = self._tagger.marginal
        return [
            BODY if tag == OTHER and marginal(BODY, i) > RECOVER_BODY else tag
            for i, tag in enumerate(predicted)
        ]


def drop_stray_blocks(lines: Sequence[DumpLine], predicted: list[str]) -> list[str]:
    """The body is one region: body lines are grouped into blocks (at most ``BLOCK_GAP``
    lines apart) and blocks far smaller than the largest (a comment, a teaser lead in a
    sidebar) go back to "other"."""
    blocks: list[list[int]] = []
    for i, tag in enumerate(predicted):
        if tag != BODY:
            continue
        if blocks and i - blocks[-1][-1] <= BLOCK_GAP:
            blocks[-1].append(i)
        else:
            blocks.append([i])
    words = [sum(lines[i].words for i in block) for block in blocks]
    floor = STRAY_BLOCK * max(words, default=0)
    kept = list(predicted)
    for block, count in zip(blocks, words, strict=True):
        if count < floor:
            for i in block:
                kept[i] = OTHER
    return kept


def merge(rule_labels: Sequence[LineLabel], predicted: Iterable[str]) -> list[LineLabel]:
    """Keep the CRF's article decisions; where it says "not article", keep the rules' furniture
    kind (or OTHER when the rules had wanted the line in the article)."""
    merged: list[LineLabel] = []
    for rule, tag in zip(rule_labels, predicted, strict=True):
        article_part = _ARTICLE_VALUES.get(tag)
        if article_part is LineLabel.STAMP and rule is LineLabel.TEASER:
            merged.append(rule)  # a teaser's own time is not the article's stamp
        elif article_part is not None:
            merged.append(article_part)
        elif rule in ARTICLE_LABELS:
            merged.append(LineLabel.OTHER)
        else:
            merged.append(rule)
    return merged


class HybridLabeler:
    """The default: rules on short dumps, the CRF on long ones.

    Measured (docs/extraction.md): on page beginnings and short dumps (dev set, the gate corpus)
    the rules are more exact; on whole pages flattened to text, with menus, sidebars and comment
    threads, the CRF is clearly better. The switch is by the number of non-empty lines.
    """

    def __init__(self, model_path: Path | None = None, *, long_page: int = 40) -> None:
        self._rules = RuleLabeler()
        self._learned = LearnedLabeler(model_path)
        self._long_page = long_page

    def label(self, lines: list[DumpLine]) -> list[LineLabel]:
        if len(lines) <= self._long_page:
            return self._rules.label(lines)
        return self._learned.label(lines)
