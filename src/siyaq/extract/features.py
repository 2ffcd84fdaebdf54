"""Per-line features for the learned cleaner: shapes that carry across sites and languages.

Every feature is a short string (crfsuite's binary attributes). The rule labeler's verdict is one
of them, so the model learns where the rules are right and where they are not; the rest describe
the line (length, closing punctuation, script, dates, lexicon hits), where it sits on the page,
whether it repeats, and the same facts for its neighbours.
"""

from __future__ import annotations

from collections import Counter

from siyaq.extract.blocks import COMMENT_CUE, HEADER_CUE
from siyaq.extract.lexicon import header_kind, inline_related, is_byline, is_caption, lexicon_kind
from siyaq.extract.lines import DumpLine, LineLabel, page_arabic_share
from siyaq.extract.rules import body_like, headline_shaped, solid_body
from siyaq.extract.stamps import starts_with_stamp_keyword_folded

_FURNITURE = {LineLabel.HEADER, LineLabel.TEASER, LineLabel.COMMENTS, LineLabel.SHARE,
              LineLabel.MENU, LineLabel.FOOTER, LineLabel.AD}
_WORD_BUCKETS = ((1, "1"), (2, "2"), (3, "3"), (5, "4-5"), (8, "6-8"), (14, "9-14"), (25, "15-25"),
                 (50, "26-50"))
_END_CLASSES = {".": "stop", "!": "excl", "?": "q", "؟": "q", ":": "colon", "،": "comma",
                ",": "comma", "…": "ellipsis", '"': "quote", "”": "quote", "»": "quote",
                ")": "paren", "|": "bar", "-": "dash", "–": "dash", "/": "slash"}


def _bucket(n: int) -> str:
    return next((name for limit, name in _WORD_BUCKETS if n <= limit), "51+")


_WORDS = [f"w={_bucket(n)}" for n in range(52)]


def _share(value: float) -> str:
    return "0" if value == 0 else "low" if value < 0.3 else "mid" if value < 0.7 else "high"


def _end(text: str) -> str:
    last = text[-1]
    if text.endswith(("...", "…")):
        return "ellipsis"
    if last.isdigit():
        return "digit"
    return _END_CLASSES.get(last, "letter" if last.isalpha() else "other")


def line_facts(line: DumpLine) -> list[str]:
    """What the line looks like on its own (also used, prefixed, for its neighbours)."""
    facts = _text_facts(line)
    return [*facts, "blank"] if line.blank_before else facts


def _text_facts(line: DumpLine) -> list[str]:
    """line_facts but the blank line above: what the line's text alone says."""
    text = line.text
    facts = [_WORDS[min(line.words, 51)], f"end={_end(text)}", f"ar={_share(line.arabic_share)}"]
    if "،" in text or ", " in text:
        facts.append("comma")
    if line.latin and line.arabic:
        facts.append("mixed")
    if body_like(line):
        facts.append("bodylike")
    if solid_body(line):
        facts.append("solid")
    if headline_shaped(line):
        facts.append("headline")
    if text[0] in "•*·-–▪►»>":
        facts.append("bullet")
    return facts


def _lexicon_facts(line: DumpLine) -> list[str]:
    facts: list[str] = []
    kind = lexicon_kind(line)
    if kind is not None:
        facts.append(f"lex={kind.value}")
    if line.words <= 16 and line.is_stamp():
        facts.append("stamp")
    elif starts_with_stamp_keyword_folded(line.folded):
        facts.append("stampkw")
    if inline_related(line):
        facts.append("inline_related")
    if line.words <= 12 and is_caption(line):
        facts.append("caption")
    if line.words <= 7 and is_byline(line):
        facts.append("byline")
    return facts


# Feature strings with a small number in them, spelled once instead of formatted for every line.
_POS = [f"pos={k}" for k in range(7)]
_REL = [f"rel={k}" for k in range(10)]
_FROM_END = [f"fromend={k}" for k in range(3)]
_BODY_IN = ["", *(f"body_in={k}" for k in range(1, 4))]
_DENSITY = [f"dens={k}" for k in range(5)]
_RELATIVE_LENGTH = [f"rl={k}" for k in range(5)]


def _position(i: int, n: int, first_body: int) -> list[str]:
    facts = [_POS[min(i, 6)], _REL[10 * i // max(n, 1)]]
    if i >= n - 3:
        facts.append(_FROM_END[n - 1 - i])
    delta = i - first_body
    facts.append("before_body" if delta < 0 else "first_body" if delta == 0 else "after_body")
    if -3 <= delta < 0:
        facts.append(_BODY_IN[-delta])
    return facts


def main_region(lines: list[DumpLine], rule_labels: list[LineLabel]) -> tuple[int, int]:
    """The densest run of text on the page (maximum-sum run, as in body-text extraction): long
    lines add, short lines and known furniture subtract. Returns [start, end)."""
    best, best_span, running, start = 0.0, (0, 0), 0.0, 0
    for i, line in enumerate(lines):
        score = -10.0 if rule_labels[i] in _FURNITURE else min(line.words, 40) - 8.0
        if running <= 0:
            running, start = score, i
        else:
            running += score
        if running > best:
            best, best_span = running, (start, i + 1)
    return best_span


def _region(i: int, span: tuple[int, int]) -> str:
    start, end = span
    if start <= i < end:
        return "in_main"
    distance = start - i if i < start else i - end + 1
    side = "above_main" if i < start else "below_main"
    return f"{side}={min(distance, 4)}"


def _density(body_before: list[int], i: int) -> str:
    """Share of body lines in the 7-line window around line i, from running counts of body
    lines (``body_before[k]`` is the number among the first k lines)."""
    start, end = max(0, i - 3), min(len(body_before) - 1, i + 4)
    return _DENSITY[(body_before[end] - body_before[start]) * 4 // (end - start)]


def _running_count(flags: list[bool]) -> list[int]:
    counts = [0]
    for flag in flags:
        counts.append(counts[-1] + flag)
    return counts


def _prefix_of_above(lines: list[DumpLine], i: int) -> bool:
    """The line opens one of the three lines above it (a meta snippet ``title … lede``)."""
    probe = lines[i].key + " "
    return any(line.key.startswith(probe) for line in lines[max(0, i - 3) : i])


_CUE_WINDOW = [f"cwin={k}" for k in range(4)]
# "hdr=<bucket>" by lines since the last header line: 0-3, 4-10, 11-30, 31+.
_SINCE_HEADER = [f"hdr={sum(k >= edge for edge in (4, 11, 31))}" for k in range(32)]


def document_facts(lines: list[DumpLine]) -> list[list[str]]:
    """The comment cues around each line ("2 days ago", "reply", "votes") and the lines since
    the last short header line (comments, related, guides…): what tells a comment thread or a
    sidebar in full sentences from the article above it. (The line's distance to the largest
    block of rule body lines was measured too and did not help.)"""
    search = COMMENT_CUE.search
    cue = [line.words <= 8 and search(line.folded) is not None for line in lines]
    cues = _running_count(cue)
    n = len(lines)
    facts: list[list[str]] = []
    since_header = -1
    for i, line in enumerate(lines):
        own = [_CUE_WINDOW[min(cues[min(n, i + 4)] - cues[max(0, i - 3)], 3)]]
        if cue[i]:
            own.append("ccue")
        if since_header >= 0:
            own.append(_SINCE_HEADER[min(i - since_header, 31)])
        if line.words <= 6 and (header_kind(line) is not None or HEADER_CUE.search(line.folded)):
            since_header = i
            own.append("hdrcue")
        facts.append(own)
    return facts


# A line's facts that its text alone decides: line_facts without "blank", and _lexicon_facts.
TextFacts = tuple[list[str], list[str]]
MEMO_WORDS = 30  # only short lines (furniture, headlines, stamps) are kept in a memo
MEMO_SIZE = 50_000


def _line_views(
    lines: list[DumpLine], memo: dict[str, TextFacts] | None
) -> tuple[list[list[str]], list[list[str]]]:
    """(line_facts, _lexicon_facts) of every line; with ``memo`` (a caller's bounded dict),
    those of short lines seen before are reused by text. The lists are shared: never mutated."""
    own: list[list[str]] = []
    lexical: list[list[str]] = []
    for line in lines:
        facts = memo.get(line.text) if memo is not None else None
        if facts is None:
            facts = (_text_facts(line), _lexicon_facts(line))
            if memo is not None and line.words <= MEMO_WORDS:
                if len(memo) >= MEMO_SIZE:
                    memo.clear()
                memo[line.text] = facts
        own.append([*facts[0], "blank"] if line.blank_before else facts[0])
        lexical.append(facts[1])
    return own, lexical


def page_features(
    lines: list[DumpLine], rule_labels: list[LineLabel],
    memo: dict[str, TextFacts] | None = None,
) -> list[list[str]]:
    """One feature list per line. ``memo``: see _line_views (the learned labeler keeps one)."""
    n = len(lines)
    counts = Counter(line.key for line in lines)
    first_body = next((i for i, lab in enumerate(rule_labels) if lab is LineLabel.BODY), n)
    own, lexical = _line_views(lines, memo)
    arabic_page = "page_ar" if page_arabic_share(lines) > 0.5 else "page_other"
    span = main_region(lines, rule_labels)
    body_before = _running_count([lab is LineLabel.BODY for lab in rule_labels])
    longest = max(line.words for line in lines)
    values = [lab.value for lab in rule_labels]
    # Neighbour views of each line's facts and rule label, built once per line instead of once
    # per neighbour (each line is a neighbour up to four times).
    as_prev = [[f"p:{fact}" for fact in facts] for facts in own]
    as_next = [[f"n:{fact}" for fact in facts] for facts in own]
    rule_as = {tag: [f"{tag}r={value}" for value in values] for tag in ("p", "n", "pp", "nn")}
    prefix = arabic_page + "|"
    document = document_facts(lines)
    features: list[list[str]] = []
    for i, line in enumerate(lines):
        rule = "r=" + values[i]
        region = _region(i, span)
        local = [rule, *own[i], *lexical[i], *_position(i, n, first_body), region,
                 f"{region}|{rule}", _density(body_before, i),
                 _RELATIVE_LENGTH[4 * line.words // longest], *document[i]]
        if i + 1 < n and not line.ends_sentence and lines[i + 1].words < 8 \
                and lines[i + 1].text.endswith(".") and not lines[i + 1].blank_before:
            local.append("wrapped")
        if i and _prefix_of_above(lines, i):
            local.append("prefix_of_above")
        # Each fact twice: shared across languages, and specific to this page's script, so
        # English training pages inform Arabic ones without overruling them.
        feats = ["bias", arabic_page, *local, *[prefix + fact for fact in local]]
        if counts[line.key] > 1:
            feats.append("repeated" if counts[line.key] == 2 else "repeated3")
        features.append(_with_neighbours(feats, i, n, rule_as, as_prev, as_next))
    return features


def _with_neighbours(
    feats: list[str], i: int, n: int, rule_as: dict[str, list[str]],
    as_prev: list[list[str]], as_next: list[list[str]],
) -> list[str]:
    """Append the neighbours' rule labels (and the adjacent lines' own facts), in the order
    p, n, pp, nn; a missing neighbour is ``<tag>=none``."""
    if i >= 1:
        feats.append(rule_as["p"][i - 1])
        feats += as_prev[i - 1]
    else:
        feats.append("p=none")
    if i + 1 < n:
        feats.append(rule_as["n"][i + 1])
        feats += as_next[i + 1]
    else:
        feats.append("n=none")
    feats.append(rule_as["pp"][i - 2] if i >= 2 else "pp=none")
    feats.append(rule_as["nn"][i + 2] if i + 2 < n else "nn=none")
    return feats
