"""Words for comparing articles: normalised, stemmed terms, numbers and shingles.

Everything in relate/ reads text through ``terms`` and ``words`` so the tokenizer can be swapped
for siyaq.arabic.analyzer in one place once it lands.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable

import Stemmer  # PyStemmer: Snowball's Arabic stemmer

from siyaq.arabic.stem import MAX_STEMMED

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_WORD = re.compile(r"[^\W_]+")  # letters and digits; Arabic comma and semicolon are not words
_NUMBER = re.compile(r"\d+(?:[.,٫]\d+)?")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_NON_ASCII_DIGIT = re.compile("[" + "".join(map(chr, _DIGITS)) + "]")  # what _DIGITS changes
_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
# Chained str.replace is ~30x faster than str.translate on Arabic (non-Latin-1) text.
_REPLACEMENTS = tuple(
    (chr(code), chr(value) if isinstance(value, int) else str(value))
    for code, value in {**_DIGITS, **_LETTERS}.items()
)
# Clitic prefixes stripped before stemming (longest first); Snowball keeps the conjunction و.
_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل")

# Function words carry no event information; kept short on purpose (IDF handles the rest).
_STOP_TEXT = (
    "في من الى إلى على عن مع ان أن إن لا ما لم لن قد كان كانت يكون هذا هذه ذلك تلك التي الذي الذين"
    " هو هي هم او أو ثم حيث كما بعد قبل بين خلال عند حتى منذ اي أي كل بعض غير اذا إذا لكن بل وقد"
    " وفي ومن وان وأن وهو وهي وكان كذلك ايضا أيضا عليه عليها فيه فيها منه منها له لها الا إلا يتم"
    " قال وقال اكد أكد وأكد واضاف وأضاف اضاف أضاف مشيرا مؤكدا اليوم امس أمس"
)
STOPWORDS = frozenset(_STOP_TEXT.split())


def normalize(text: str) -> str:
    """Arabic-Indic digits to ASCII, alef/ya/ta-marbuta unified, diacritics and tatweel removed."""
    for source, target in _REPLACEMENTS:
        if source in text:
            text = text.replace(source, target)
    return _DIACRITICS.sub("", text).lower()


_STOP_NORMALIZED = frozenset(normalize(w) for w in STOPWORDS)


def words(text: str) -> list[str]:
    """Normalised word tokens (no stemming): the units of near-duplicate shingles."""
    return _WORD.findall(normalize(text))


class Terms:
    """Content terms of a text: stop words and bare numbers dropped, clitics stripped, stemmed.

    One instance per run: it memoises stems (news vocabulary repeats a lot)."""

    __slots__ = ("_cache", "_content", "_kinds", "_stemmer", "_units")

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("arabic")
        self._cache: dict[str, str] = {}
        self._units: dict[str, str | None] = {}
        self._content: dict[str, str] = {}  # word -> its term, "" when it is not a content word
        self._kinds: dict[str, str] | None = None  # stem -> event class, built when first asked

    def event_stems(self) -> dict[str, str]:
        """Stem -> event class (relate.events), with this run's stemmer."""
        if self._kinds is None:
            from siyaq.relate.events import kind_stems

            self._kinds = kind_stems(self)
        return self._kinds

    def unit(self, word: str) -> str | None:
        """The term of a figure's unit word (`نقطة` -> `نقط`), memoised: figures repeat units."""
        if word not in self._units:
            found = self(word)
            self._units[word] = found[0] if found else None
        return self._units[word]

    def __call__(self, text: str) -> list[str]:
        # One memo lookup per word (map runs in C); only words never seen go through Python.
        found: list[str | None] = list(map(self._content.get, ws := words(text)))
        if None in found:
            found = [t if t is not None else self._content_term(w)
                     for t, w in zip(found, ws, strict=True)]
        return list(filter(None, found))  # no None is left: drops the "" of non-content words

    def _content_term(self, word: str) -> str:
        """The word's term, or "" for a stop word, a bare number or a single letter."""
        keep = word not in _STOP_NORMALIZED and not word.isdigit() and len(word) > 1
        term = self._content[word] = self._stem(word) if keep else ""
        return term

    def written(self, text: str) -> list[tuple[str, str]]:
        """(word as written, without diacritics; its term) for each content word of the text."""
        written = _WORD.findall(_DIACRITICS.sub("", text))
        normal = words(text)
        if len(written) != len(normal):  # normalising never splits or joins words; be safe
            return [(w, t[0]) for w in written if len(t := self(w)) == 1]
        return [(w, self._stem(n)) for w, n in zip(written, normal, strict=True)
                if n not in _STOP_NORMALIZED and not n.isdigit() and len(n) > 1]

    def _stem(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            stem = self._cache[word] = _stem(word, self._stemmer)
        return stem


# The prefixes by length, longest first: two prefixes of one length never both start a word,
# so looking up the word's first 4, 3, 2, 1 letters finds the prefix the loop over _PREFIXES
# would (one set lookup per length instead of a startswith per prefix).
_PREFIX_LENGTHS = tuple(
    (size, frozenset(p for p in _PREFIXES if len(p) == size))
    for size in sorted({len(p) for p in _PREFIXES}, reverse=True)
)


def _stem(word: str, stemmer: Stemmer.Stemmer) -> str:
    """The word's term: clitic prefix stripped, then Snowball's stem. A word longer than
    MAX_STEMMED letters (no Arabic word is; a junk run such as 800,000 كs is) is its own term:
    Snowball's time grows with the square of the word's length. Every text goes through here,
    so an article and what it is compared with keep such a word alike."""
    if len(word) > MAX_STEMMED:
        return word
    for size, prefixes in _PREFIX_LENGTHS:
        if len(word) - size >= 3 and word[:size] in prefixes:
            word = word[size:]
            break
    stem: str = stemmer.stemWord(word)
    return stem if len(stem) >= 2 else word


def surface_forms(texts: Iterable[str], stems: Collection[str], terms: Terms) -> dict[str, str]:
    """A readable written form for each stem: its most frequent word in the texts (ties: the
    shorter, then the first seen), diacritics and tatweel removed. Stems such as حمل or صحه
    mean nothing to a reader; the word they came from does."""
    seen: dict[str, Counter[str]] = {}
    for text in texts:
        for word, term in terms.written(text):
            if term in stems:
                seen.setdefault(term, Counter())[word] += 1
    return {stem: min(forms.items(), key=lambda kv: (-kv[1], len(kv[0])))[0]
            for stem, forms in seen.items()}


def numbers(text: str) -> set[str]:
    """Numbers in the text (ASCII digits, no thousands separators or trailing zeros)."""
    found = set()
    if _NON_ASCII_DIGIT.search(text):  # translate is slow on Arabic text; most has none
        text = text.translate(_DIGITS)
    for match in _NUMBER.findall(_THOUSANDS.sub("", text)):
        value = match.replace(",", ".").replace("٫", ".")
        if "." in value:
            value = value.rstrip("0").rstrip(".")
        found.add(value.lstrip("0") or "0")
    return found
