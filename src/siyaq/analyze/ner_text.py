"""Text primitives of the entity tagger: normalization, tokens with spans, sentences, clitics.

The shipped CRF model was trained on features computed with exactly these rules, so they live
here (owned by the tagger) rather than in a shared module that may change under the model.
"""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter
from typing import NamedTuple

# Diacritics, tatweel, and the invisible direction and joining marks (U+200B..U+200F, U+202A..
# U+202E, U+2066..U+2069, BOM) that some sources glue to words: ANERcorp has القاهرة+RLM.
_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_FOLD = str.maketrans(
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
# A word is letters, digits and the marks inside them; everything else is one-character punctuation.
_TOKEN = re.compile(r"[^\W_]+(?:[\u064b-\u065f\u0670\u0640][^\W_]*)*|[^\w\s\u200b-\u200f]")
_new_token = tuple.__new__  # Token(...) without NamedTuple's Python-level __new__
SENTENCE_END = frozenset({".", "؟", "!", "?"})

# Proclitics that glue to a name: conjunctions, prepositions, and لل (= ل + ال).
_PROCLITICS = (
    "وبال", "وكال", "وال", "بال", "فال", "كال", "ولل", "فلل", "لل", "و", "ف", "ب", "ل", "ك",
)
_CLITIC_LETTERS = frozenset(clitic[0] for clitic in _PROCLITICS)


class Token(NamedTuple):
    """A word or punctuation mark and its character span. A tuple: a text has ~1000 of them
    and a tuple is built several times faster than a dataclass instance."""

    text: str
    start: int
    end: int


def normalize(text: str) -> str:
    """Search-style folding: no diacritics or tatweel, one alef, ى→ي, ة→ه, ASCII digits."""
    return _DIACRITICS.sub("", text).translate(_FOLD)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words and single punctuation characters with their character spans (shifted by offset)."""
    tokens: list[Token] = []
    add = tokens.append
    position = 0
    find = text.find
    for chunk in text.split():
        # Tokens never span whitespace (str.split's and \s are the same characters), and a
        # chunk of letters and digits only is one word: the regex is only run on the rest.
        position = find(chunk, position)
        end = position + len(chunk)
        if chunk.isalnum():
            add(_new_token(Token, (chunk, position + offset, end + offset)))
        else:
            for m in _TOKEN.finditer(text, position, end):
                add(_new_token(Token, (m.group(), m.start() + offset, m.end() + offset)))
        position = end
    return tokens


def sentence_lengths(tokens: list[Token]) -> list[int]:
    """How many tokens each of sentences(tokens) has, without building the lists."""
    texts = map(itemgetter(0), tokens)  # Token.text, read in C
    ends = [i + 1 for i in compress(range(len(tokens)), map(SENTENCE_END.__contains__, texts))]
    if not ends or ends[-1] != len(tokens):
        ends.append(len(tokens))
    lengths = [end - start for start, end in zip([0, *ends[:-1]], ends, strict=True)]
    return [n for n in lengths if n]


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
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            rest = word[len(clitic) :]
            if clitic.endswith("ال"):
                return "ال" + rest
            if clitic.endswith("لل"):
                return "ال" + rest
            return rest
    return word


def strip_article(word: str) -> str:
    """The word without a leading ال when at least 2 letters remain."""
    return word[2:] if word.startswith("ال") and len(word) >= 4 else word


def word_stem(word: str) -> str:
    """The form names are matched on: normalized, without proclitics or the article."""
    return strip_article(strip_proclitics(normalize(word)))
