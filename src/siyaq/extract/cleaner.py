"""The learned line labeler: a linear-chain CRF over a dump's lines, stacked on the rules.

The CRF decides what belongs to the article (title, stamp, byline, body) and what does not; the
rule labeler still names the furniture it rejects (which block, which widget kind), because
that naming is lexical and the training pages do not label it. A second, small CRF over the
page's blocks of body lines (siyaq.extract.blocks) then drops the blocks that are not the
article. Both models ship in ``siyaq/resources/`` (``cleaner.crfsuite``,
``cleaner-blocks.crfsuite``); ``siyaq train cleaner`` rebuilds them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from siyaq.extract.blocks import BlockJudge, default_block_model_path, find_blocks
from siyaq.extract.features import TextFacts, page_features
from siyaq.extract.lines import DumpLine, LineLabel
from siyaq.extract.rules import RuleLabeler, comment_thread, solid_body
from siyaq.extract.trees import TreeScorer, TreeUse, stack_feature

MODEL_NAME = "cleaner.crfsuite"
# What the CRF predicts; everything else is OTHER to it.
ARTICLE_LABELS = (LineLabel.TITLE, LineLabel.STAMP, LineLabel.BYLINE, LineLabel.BODY)
_ARTICLE_VALUES = {label.value: label for label in ARTICLE_LABELS}
BODY, OTHER = LineLabel.BODY.value, LineLabel.OTHER.value
RECOVER_BODY = 0.4  # P(body) above which a line the CRF rejected is kept
# and, for a whole sentence inside the kept body or up to RECOVER_ABOVE lines above it, this
# (chosen on the 5-fold outputs of the flattened bench: 0.1-0.3 and 5-20 lines all gain
# +0.002 to +0.003 on scrapinghub and +0.001 on WCXB; docs/lab/extraction.md, stop 45)
RECOVER_PROSE = 0.2
RECOVER_ABOVE = 5
# P(body) a line above the body's first whole sentence needs to stay (5 folds: 0.7-1.0 all
# give scrapinghub +0.005 to +0.007 and WCXB −0.0002 to +0.0004; docs/lab/extraction.md)
KEEP_HEAD = 0.8
LONG_PAGE = 40  # the default labeler gives dumps of more non-empty lines than this to the CRF
FALLBACK_SHARE = 0.5  # of the likeliest rule body line's P(body), when the CRF keeps none
STRAY_BLOCK = 0.2  # a body block with fewer words than this share of the largest one is dropped


def default_model_path() -> Path:
    return Path(str(resources.files("siyaq") / "resources" / MODEL_NAME))


def coarse(label: LineLabel) -> str:
    """The label as the CRF sees it: the article parts, or "other"."""
    return label.value if label in ARTICLE_LABELS else LineLabel.OTHER.value


class LearnedLabeler:
    """Labels lines with the CRF; same ``label`` method as RuleLabeler, so it slots in."""

    def __init__(
        self, model_path: Path | None = None, block_model: Path | None = None,
        rules: RuleLabeler | None = None, trees: TreeScorer | None = None,
        tree_use: TreeUse | None = None,
    ) -> None:
        """``block_model``: the block CRF (default: the shipped one, when it is there); without
        one, small stray blocks are dropped by their share of the largest block's words.
        ``rules``: the rule labeler to stack on (one is made when not given). ``trees``: line
        trees (siyaq.extract.trees; off by default, they did not pass the bar), used as
        ``tree_use`` says (a model_path CRF trained with their feature when stacked)."""
        import pycrfsuite

        path = model_path or default_model_path()
        if not path.exists():
            raise FileNotFoundError(f"cleaner model missing: {path} (run `siyaq train cleaner`)")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._rules = rules or RuleLabeler()
        self._facts: dict[str, TextFacts] = {}  # features of short lines by text (bounded)
        block_path = block_model or default_block_model_path()
        self._blocks = BlockJudge(block_path) if block_path.exists() else None
        self._trees = trees
        self._tree_use = tree_use or TreeUse()

    @classmethod
    def available(cls, model_path: Path | None = None) -> bool:
        return (model_path or default_model_path()).exists()

    def label(self, lines: list[DumpLine]) -> list[LineLabel]:
        if not lines:
            return []
        rule_labels, predicted, p_body = self.first_pass(lines)
        _cut_comment_thread(lines, predicted)
        if BODY not in predicted:
            # A page is an article or it is not; when the CRF keeps no line at all, the rules'
            # body (still checked for 404, login and listing pages) beats an empty result.
            return likeliest_rule_body(rule_labels, p_body)
        if self._blocks is None:
            return merge(rule_labels, drop_stray_blocks(lines, predicted))
        blocks = find_blocks(lines, [tag == BODY for tag in predicted])
        title = title_line(rule_labels, predicted)
        for block, keep in zip(blocks, self._blocks.kept(lines, blocks, p_body, title),
                                strict=True):
            if not keep:
                for i in block.members:
                    predicted[i] = OTHER
        _recover_prose(lines, predicted, p_body, title)
        _trim_head(lines, predicted, p_body)
        return merge(rule_labels, predicted)

    def first_pass(self, lines: list[DumpLine]) -> tuple[list[LineLabel], list[str], list[float]]:
        """The rules' labels, the line CRF's tags and every line's P(body).

        Lines the CRF rejects by a small margin are body: Viterbi keeps the single best path,
        and on long pages a body line next to a widget often loses by a hair. Measured on the
        unused half of the bench training pages (docs/extraction.md)."""
        rule_labels = self._rules.label(lines)
        features = page_features(lines, rule_labels, self._facts)
        p_trees = self._trees.p_article(lines, features).tolist() if self._trees else None
        use = self._tree_use
        if p_trees is not None and use.stacked:
            for feats, p in zip(features, p_trees, strict=True):
                feats.append(stack_feature(p))
        predicted = self._tagger.tag(features)
        marginal = self._tagger.marginal
        # P(body) serves the recovery (lines tagged other) and the blocks (lines tagged body).
        p_body = [
            marginal(BODY, i) if tag in (BODY, OTHER) else 0.0 for i, tag in enumerate(predicted)
        ]
        if p_trees is not None and not use.stacked:
            p_body, predicted = mixed(predicted, p_body, p_trees, use)
            if use.replace:
                return rule_labels, predicted, p_body
        predicted = [
            BODY if tag == OTHER and p_body[i] > RECOVER_BODY else tag
            for i, tag in enumerate(predicted)
        ]
        return rule_labels, predicted, p_body


def _recover_prose(lines: Sequence[DumpLine], predicted: list[str], p_body: Sequence[float],
                   title: int | None) -> None:
    """Whole sentences the CRF rejected among the kept body, or a few lines above it (below
    the title), are body when P(body) is not low: between image captions, `Report` links and
    embeds a paragraph loses by a wide margin (a BBC page lost 8 of its 26 paragraphs so)."""
    kept = [i for i, tag in enumerate(predicted) if tag == BODY]
    if not kept:
        return
    low = kept[0] - RECOVER_ABOVE
    if title is not None and title < kept[0]:
        low = max(low, title + 1)
    for i in range(max(low, 0), kept[-1]):
        if predicted[i] == OTHER and p_body[i] > RECOVER_PROSE and solid_body(lines[i]):
            predicted[i] = BODY


def _trim_head(lines: Sequence[DumpLine], predicted: list[str], p_body: Sequence[float]) -> None:
    """Kept lines above the first whole sentence of the body that are no sentence themselves
    (headlines of a list or a video carousel, a byline, `Updated on …`) go unless the CRF is
    sure of them: an article opens with its lede."""
    kept = [i for i, tag in enumerate(predicted) if tag == BODY]
    first = next((i for i in kept if solid_body(lines[i])), None)
    if first is None:
        return
    for i in kept:
        if i >= first:
            break
        if p_body[i] < KEEP_HEAD:
            predicted[i] = OTHER


def _cut_comment_thread(lines: list[DumpLine], predicted: list[str]) -> None:
    """Body lines from where a comment thread begins are not the article. When the CRF kept
    only the thread, nothing is left and the rules' body (the text above it) is taken."""
    start = comment_thread(lines)
    if start is not None:
        for i in range(start, len(predicted)):
            if predicted[i] == BODY:
                predicted[i] = OTHER


def likeliest_rule_body(rule_labels: list[LineLabel], p_body: list[float]) -> list[LineLabel]:
    """The rules' labels, without the body lines the CRF finds less than half as likely as the
    likeliest of them (a headline list the rules took for running text beside the article)."""
    body = [i for i, label in enumerate(rule_labels) if label is LineLabel.BODY]
    floor = FALLBACK_SHARE * max((p_body[i] for i in body), default=0.0)
    return [LineLabel.OTHER if label is LineLabel.BODY and p_body[i] < floor else label
            for i, label in enumerate(rule_labels)]


def mixed(
    predicted: list[str], p_crf: list[float], p_trees: list[float], use: TreeUse
) -> tuple[list[float], list[str]]:
    """P(body) mixed from the CRF's and the trees' (lines the CRF tags title, stamp or byline
    keep P 0 and their tag); with ``use.replace``, body/other tags by that P alone."""
    weight = use.crf_weight
    p_body = [
        weight * crf + (1 - weight) * tree if tag in (BODY, OTHER) else 0.0
        for tag, crf, tree in zip(predicted, p_crf, p_trees, strict=True)
    ]
    if use.replace:
        predicted = [
            tag if tag not in (BODY, OTHER) else BODY if p > use.threshold else OTHER
            for tag, p in zip(predicted, p_body, strict=True)
        ]
    return p_body, predicted


def title_line(rule_labels: Sequence[LineLabel], predicted: Sequence[str]) -> int | None:
    """The CRF's title line, else the rules'."""
    title = LineLabel.TITLE.value
    found = next((i for i, tag in enumerate(predicted) if tag == title), None)
    if found is None:
        found = next((i for i, lab in enumerate(rule_labels) if lab is LineLabel.TITLE), None)
    return found


def drop_stray_blocks(lines: Sequence[DumpLine], predicted: list[str]) -> list[str]:
    """Without the block model: the body is one region, so body blocks (lines at most
    ``BLOCK_GAP`` apart) far smaller than the largest (a comment, a sidebar lead) are dropped."""
    blocks = find_blocks(lines, [tag == BODY for tag in predicted])
    floor = STRAY_BLOCK * max((block.words for block in blocks), default=0)
    kept = list(predicted)
    for block in blocks:
        if block.words < floor:
            for i in block.members:
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

    def __init__(
        self, model_path: Path | None = None, *, long_page: int = LONG_PAGE,
        block_model: Path | None = None, trees: TreeScorer | None = None,
        tree_use: TreeUse | None = None,
    ) -> None:
        self._rules = RuleLabeler()  # one memo of line verdicts for both paths
        self._learned = LearnedLabeler(model_path, block_model, self._rules, trees, tree_use)
        self._long_page = long_page

    def label(self, lines: list[DumpLine]) -> list[LineLabel]:
        if len(lines) <= self._long_page:
            return self._rules.label(lines)
        return self._learned.label(lines)
