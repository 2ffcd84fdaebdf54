"""Tokenization with character spans.

A word token is a maximal run of letters and combining marks, so a vocalized word (كِتَابٌ) or a
word with tatweel (كتـــاب) stays whole; a zero-width (non-)joiner or other invisible control
inside a word (Persian می‌خواهم) is kept inside it. Digits form their own tokens (any script:
١٢ and 12 alike), so ``2020/02/06`` gives three number tokens and ``ب3`` gives two tokens.
Anything else (punctuation, spaces, symbols) separates tokens. Spans are offsets into the
text given, which is what snippets and entity taggers need.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Combining marks that Python's \w does not count as word characters: Arabic tashkeel and
# Quranic marks, superscript alef, and the Latin combining diacritics block.
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
# Presentation forms count as letters even where Unicode calls them symbols (﷼ is a ligature of
# ريال), because normalization turns them into letters.
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufefe"
_LETTER = rf"[^\W\d_]|[{_MARKS}{_PRESENTATION}]"
# Invisible characters (ZWNJ/ZWJ, ZWSP, bidi marks, soft hyphen, BOM) inside a word stay inside
# it, as normalization deletes them: tokenizing before or after normalizing gives the same words.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff\u00ad"
TOKEN_PATTERN = re.compile(rf"(?:{_LETTER})(?:{_LETTER}|[{_INVISIBLE}]+(?={_LETTER}))*|\d+")

# On search-normalized text (no marks, no invisible controls left) this simpler pattern gives
# the same words as TOKEN_PATTERN; WORD_RUN is cheaper still and gives runs of them (a run like
# ب3 or x_y holds several words, split with PLAIN_TOKEN).
WORD_RUN = re.compile(r"\w+")
PLAIN_TOKEN = re.compile(r"[^\W\d_]+|\d+")


@dataclass(slots=True, frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def tokenize(text: str) -> list[Token]:
    """Word and number tokens with their (start, end) offsets in text."""
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_PATTERN.finditer(text)]


def words(text: str) -> list[str]:
    """Token texts only (the fast path when offsets are not needed)."""
    return TOKEN_PATTERN.findall(text)


def normalized_words(normalized: str) -> list[str]:
    """Words of text already in search form (siyaq.arabic.normalize.normalize_search).

    Equal to ``words`` of the original text normalized word by word (no marks or invisible
    controls are left to join or split words), with a simpler pattern: the indexing path."""
    return PLAIN_TOKEN.findall(normalized)
