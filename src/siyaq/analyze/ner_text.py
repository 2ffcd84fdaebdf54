"""Text primitives of the entity tagger: normalization, tokens with spans, sentences, clitics.

The shipped CRF model was trained on features computed with exactly these rules, so they live
here (owned by the tagger) rather than in a shared module that may change under the model.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import partial
from itertools import accumulate, compress
from typing import NamedTuple, Protocol, cast

from siyaq import native

# Diacritics, tatweel, and the invisible direction and joining marks (U+200B..U+200F, U+202A..
# U+202E, U+2066..U+2069, BOM) that some sources glue to words: ANERcorp has القاهرة+RLM.
_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_FOLD_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian ya and kaf appear in pages typed on Persian keyboards
        "ک": "ك",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
    }
)


def translation_table(mapping: dict[int, str]) -> tuple[str, ...]:
    """A str.maketrans() mapping as a tuple indexed by code point, for str.translate: a dict
    raises (and translate clears) a KeyError for each character it does not map, nearly all
    of them; a tuple maps them to themselves. Past its end, an IndexError (a LookupError, as
    KeyError) leaves the character as it is, as the dict did: the same text, ~2x faster."""
    return tuple(mapping.get(code, chr(code)) for code in range(max(mapping) + 1))


_FOLD = translation_table(_FOLD_MAP)
# A word is letters, digits and the marks inside them; everything else is one-character punctuation.
# Possessive quantifiers: what follows each part may match nothing, so the greedy match is the
# first one found anyway; they only spare the engine its backtracking bookkeeping.
_TOKEN = re.compile(r"[^\W_]++(?:[\u064b-\u065f\u0670\u0640][^\W_]*+)*+|[^\w\s\u200b-\u200f]")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # gap, token, gap, token, …, gap
# The same split for a text without "_" (nearly all): there [^\W_] is \w, and a word is a letter
# then letters or marks: one character class repeated, the regex engine's fastest loop. The
# Arabic letters (all \w) and marks are listed as one range checked before the slower \w test,
# and the space (\s) before the rest of the punctuation class: the same sets, ~20% faster.
_PLAIN_SPLIT = re.compile(
    r"([\u0620-\u064a\w][\u0620-\u065f\u0670\w]*+|[^ \w\s\u200b-\u200f])"
)
SENTENCE_END = frozenset({".", "؟", "!", "?"})
# (Each is punctuation: wherever it stands in a text, it is a token of its own.)


class TokenKernel(Protocol):
    """siyaq._token_kernel (src/native/token_kernel.c)."""

    def split_tokens(self, text: str, offset: int, /) -> tuple[list[str], list[int], list[int]]:
        ...


def token_kernel() -> TokenKernel | None:
    """The C split, or None (not built, or SIYAQ_PURE_PYTHON set before this module loaded)."""
    found = native.kernel("_token_kernel")
    return None if found is None else cast("TokenKernel", found)


# Bound once, as extract.scan binds the line kernel: token_columns takes it as a default.
TOKEN_KERNEL = token_kernel()

# Proclitics that glue to a name: conjunctions, prepositions, and لل (= ل + ال).
_PROCLITICS = (
    "وبال", "وكال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "و", "ف", "ب", "ل", "ك",
)
_CLITIC_LETTERS = frozenset(clitic[0] for clitic in _PROCLITICS)
_PROCLITICS_BY_LENGTH = tuple(
    (size, frozenset(c for c in _PROCLITICS if len(c) == size))
    for size in sorted({len(c) for c in _PROCLITICS}, reverse=True)
)


class Token(NamedTuple):
    """A word or punctuation mark and its character span. A tuple: a text has ~1000 of them
    and a tuple is built several times faster than a dataclass instance."""

    text: str
    start: int
    end: int


_token = partial(tuple.__new__, Token)  # Token(...) built in C (no NamedTuple __new__)


def normalize(text: str) -> str:
    """Search-style folding: no diacritics or tatweel, one alef, ى→ي, ة→ه, ASCII digits."""
    return _DIACRITICS.sub("", text).translate(_FOLD)


class Tokens(NamedTuple):
    """A text's tokens as three columns (built in C, no object per token): the words, and the
    character offsets where each begins and ends."""

    words: list[str]
    starts: list[int]
    ends: list[int]


def token_columns(text: str, offset: int = 0, kernel: TokenKernel | None = TOKEN_KERNEL
                  ) -> Tokens:
    """Words and single punctuation characters with their character spans (shifted by offset).

    One regex split gives the gaps and the tokens alternately; running sums of their lengths
    are the offsets. This is the tagger's hot path: a text has ~1000 tokens. The C kernel, when
    built, makes the same tokens of a text without "_" (the plain split) without the gaps."""
    if kernel is not None and "_" not in text:
        return Tokens(*kernel.split_tokens(text, offset))
    parts = (_TOKEN_SPLIT if "_" in text else _PLAIN_SPLIT).split(text)
    bounds = list(accumulate(map(len, parts), initial=offset))
    return Tokens(parts[1::2], bounds[1:-1:2], bounds[2::2])


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """token_columns() as a list of Tokens."""
    return list(map(_token, zip(*token_columns(text, offset), strict=True)))


def sentence_lengths(words: list[str]) -> list[int]:
    """How many tokens each of sentences() has, from the token texts, without building lists."""
    ends = [i + 1 for i in compress(range(len(words)), map(SENTENCE_END.__contains__, words))]
    if not ends or ends[-1] != len(words):
        ends.append(len(words))
    lengths = [end - start for start, end in zip([0, *ends[:-1]], ends, strict=True)]
    return [n for n in lengths if n]


def text_sentence_lengths(text: str, tokens: Tokens, offset: int = 0) -> list[int]:
    """sentence_lengths(tokens.words) for tokens = token_columns(text, offset), from the few
    sentence-end characters of the text (each one is the token starting there): str.find
    runs over the text in C, half the cost of a set lookup per token."""
    found: list[int] = []
    for char in SENTENCE_END:
        at = text.find(char)
        while at >= 0:
            # Most full stops stand before a space: inner_dot() only for a dot glued on
            if char != "." or not text[at + 1 : at + 2].isalnum() or not inner_dot(text, at):
                found.append(at)
            at = text.find(char, at + 1)
    starts = tokens.starts
    ends = [bisect_left(starts, at + offset) + 1 for at in found]
    # A line break ends a sentence too (a heading or a teaser has no full stop): before the
    # first token of the next line.
    at = text.find("\n")
    while at >= 0:
        ends.append(bisect_left(starts, at + offset))
        at = text.find("\n", at + 1)
    ends = sorted(set(ends))
    size = len(starts)
    if not ends or ends[-1] != size:
        ends.append(size)
    lengths = [end - start for start, end in zip([0, *ends[:-1]], ends, strict=True)]
    return [n for n in lengths if n]


MAX_ACRONYM_PART = 3  # letters of a part of a dotted acronym: `إيه.بي.سي`, `إف.بي.آي`


def inner_dot(text: str, at: int) -> bool:
    """Is the dot at `at` inside a word, not after a sentence: a decimal (`3.5`), or between
    the short parts of an acronym (`بي.بي.سي`)? A missing space after a sentence's last word
    (`الاجتماع.وقال`) leaves a longer run on one side."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    if not (before.isalnum() and after.isalnum()):
        return False
    if before.isdigit() and after.isdigit():
        return True
    left = at
    while left > 0 and text[left - 1].isalnum() and at - left <= MAX_ACRONYM_PART:
        left -= 1
    right = at + 1
    while right < len(text) and text[right].isalnum() and right - at - 1 <= MAX_ACRONYM_PART:
        right += 1
    return at - left <= MAX_ACRONYM_PART and right - at - 1 <= MAX_ACRONYM_PART


_DOTTED = re.compile(r"(?<![\w.])[^\W_]{1,3}(?:\.[^\W_]{1,3})+(?![\w])")
_DOT_BEFORE_LETTER = re.compile(r"\.[^\W_]")


def dotted_runs(text: str, tokens: Tokens, offset: int = 0) -> list[tuple[int, int]]:
    """[first, last + 1) token ranges of dotted acronyms written without spaces (`بي.بي.سي`
    is five tokens: three parts and two dots); found by one regex over the text, since few
    texts hold any."""
    if not _glued_dot(text):  # most texts: a few full stops, each before a space
        return []
    starts = tokens.starts
    runs: list[tuple[int, int]] = []
    for found in _dotted_matches(text):
        first = bisect_left(starts, found.start() + offset)
        end = bisect_left(starts, found.end() + offset)
        if end - first >= 3:
            runs.append((first, end))
    return runs


def _dotted_matches(text: str) -> Iterator[re.Match[str]]:
    """_DOTTED.finditer(text), tried only where a dot is followed by a letter or digit: every
    match begins at the run of letters before its first such dot (a run that follows no word
    character nor dot), so the pattern is matched there instead of at every character of a
    text (a quarter of news bodies hold such a dot: a URL, a decimal, an acronym)."""
    done = 0
    for glued in _DOT_BEFORE_LETTER.finditer(text, 1):
        dot = glued.start()
        if dot < done or not text[dot - 1].isalnum():
            continue
        start = dot - 1
        while start > max(0, dot - 4) and text[start - 1].isalnum():
            start -= 1
        found = _DOTTED.match(text, start)
        if found is not None:
            done = found.end()
            yield found


def _glued_dot(text: str) -> bool:
    """Does a dot stand between two letters or digits anywhere in the text?"""
    at = text.find(".", 1)
    while 0 < at < len(text) - 1:
        if text[at + 1].isalnum() and text[at - 1].isalnum():
            return True
        at = text.find(".", at + 1)
    return False


def tag_dotted_runs(tags: list[str], runs: list[tuple[int, int]], offset: int = 0) -> None:
    """One entity over each dotted acronym that holds a tagged part, of that part's type
    (`بي.بي.سي` tagged `بي.` + `بي.` + `سي` is one name); a name going on after it (`إيه.بي.سي
    نيوز`) takes it in."""
    for first, end in runs:
        first, end = first + offset, end + offset
        kinds = [tag[2:] for tag in tags[first:end] if tag != "O"]
        if not kinds:
            continue
        begins = first == 0 or tags[first - 1][2:] != kinds[0] or tags[first][:1] == "B"
        tags[first] = ("B-" if begins else "I-") + kinds[0]
        tags[first + 1 : end] = ["I-" + kinds[0]] * (end - first - 1)
        if end < len(tags) and tags[end] == "B-" + kinds[0]:
            tags[end] = "I-" + kinds[0]


def sentences(tokens: list[Token]) -> list[list[Token]]:
    """Split after . ؟ ! (how ANERcorp was cut for training); never returns an empty sentence."""
    result: list[list[Token]] = []
    current: list[Token] = []
    for token in tokens:
        current.append(token)
        if token.text in SENTENCE_END:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def strip_proclitics(word: str) -> str:
    """The word without a leading و/ف/ب/ل/ك (keeping ال; لل becomes ال), when enough is left.

    Works on normalized words. Only one clitic group is removed, the longest that leaves ≥ 3
    letters, so short names such as وليد keep a reading; the tagger's features see both forms."""
    if word[:1] not in _CLITIC_LETTERS:  # most words: no clitic can match
        return word
    # Longest first, one set lookup per length (two clitics of one length never both match).
    for size, clitics in _PROCLITICS_BY_LENGTH:
        if len(word) - size >= 3 and word[:size] in clitics:
            # Every clitic group longer than one letter ends in ال or لل: the article stays.
            return "ال" + word[size:] if size > 1 else word[size:]
    return word


def strip_article(word: str) -> str:
    """The word without a leading ال when at least 2 letters remain."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


def word_stem(word: str) -> str:
    """The form names are matched on: normalized, without proclitics or the article."""
    return strip_article(strip_proclitics(normalize(word)))
