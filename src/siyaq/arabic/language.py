"""Language identification from script and letter statistics, and the pipeline step using it.

First the dominant script decides (Arabic, Latin, Cyrillic, ...). Within the Arabic script,
Persian and Urdu have letters Arabic does not use (پ چ ژ گ ک ی, and ٹ ڈ ڑ ں ے ہ for Urdu) and
very common words of their own (است، این، که / ہے، میں، کے); Arabic has ة ى and ي/ك where Persian
writes ی/ک. Within the Latin script, the language with most hits among its commonest words wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator

from siyaq.arabic.tokens import words
from siyaq.model import Record

MIN_LETTERS = 20  # below this there is no evidence worth a guess
SAMPLE_CHARS = 1000  # the opening of a text is as telling as all of it, and cheaper

PERSIAN_LETTERS = frozenset("پچژگکی")
URDU_LETTERS = frozenset("ٹڈڑںےہھ")
ARABIC_ONLY_LETTERS = frozenset("ةىيك")



def _vocab(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARABIC_SCRIPT_WORDS = {
    "ar": _vocab("في من على إلى الى أن ان التي الذي عن مع هذا هذه كان قد"),
    "fa": _vocab("است این که را می با های برای از آن شد بود یک ما"),
    "ur": _vocab("ہے میں کے کی اور سے کو نے ہیں پر"),
}
LATIN_WORDS = {
    "en": _vocab("the of and to in is that for was with on said are by"),
    "fr": _vocab("le la les de des et est une du que dans pour sur au"),
    "es": _vocab("el la los las del que y en por con una para es se"),
    "de": _vocab("der die das und ist nicht mit den von zu ein im sich"),
    "it": _vocab("il di che la per non del della sono una nel gli"),
    "tr": _vocab("ve bir bu ile için da de olarak olan gibi çok"),
}
# Letters of each script by code point ranges. Counting is one C-level regex pass per script
# (a Python loop over characters cost ~5 ms per article: more than the whole rest of indexing).
SCRIPT_RANGES = {
    "arabic": "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f"
              "\ufb50-\ufdff\ufe70-\ufefc",
    "latin": "A-Za-z\u00c0-\u024f",
    "cyrillic": "\u0400-\u04ff",
    "hebrew": "\u05d0-\u05ea",
    "greek": "\u0370-\u03ff",
    "devanagari": "\u0900-\u097f",
    "kana": "\u3040-\u30ff",
    "hangul": "\uac00-\ud7af",
    "han": "\u4e00-\u9fff",
}
SCRIPT_LANGUAGE = {"cyrillic": "ru", "hebrew": "he", "greek": "el", "devanagari": "hi",
                   "kana": "ja", "hangul": "ko", "han": "zh"}


# Compiled once at import: patterns are immutable, and a tuple keeps the table constant.
SCRIPT_PATTERNS = tuple((name, re.compile(f"[{chars}]")) for name, chars in SCRIPT_RANGES.items())
ARABIC_LETTER = SCRIPT_PATTERNS[0][1]
LETTER = re.compile(r"[^\W\d_]")
# Runs, for counting: a match per word instead of per letter (a string object each) halves
# the cost of the language test every article goes through.
_ARABIC_RUN = re.compile(f"{ARABIC_LETTER.pattern}+")
_LETTER_RUN = re.compile(f"{LETTER.pattern}+")


def _count(runs: re.Pattern[str], text: str) -> int:
    """How many characters of text the one-character class that `runs` repeats matches."""
    return sum(map(len, runs.findall(text)))


def script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for name, pattern in SCRIPT_PATTERNS:
        found = len(pattern.findall(text))
        if found:
            counts[name] = found
    return counts


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:SAMPLE_CHARS]
    letters = _count(_LETTER_RUN, sample)
    if letters < MIN_LETTERS:
        return None
    # Shortcut for the common case (two regex passes instead of one per script).
    if 2 * _count(_ARABIC_RUN, sample) > letters:
        return _arabic_script_language(sample)
    counts = script_counts(sample)
    if sum(counts.values()) < MIN_LETTERS:
        return None
    script = counts.most_common(1)[0][0]
    if script == "arabic":
        return _arabic_script_language(sample)
    if script == "latin":
        return _latin_language(sample)
    if script == "han" and counts["kana"]:
        return "ja"  # Japanese mixes kanji with kana; Chinese has no kana
    return SCRIPT_LANGUAGE.get(script)


def _arabic_script_language(text: str) -> str:
    urdu = sum(text.count(c) for c in URDU_LETTERS)
    persian = sum(text.count(c) for c in PERSIAN_LETTERS)
    if urdu == 0 and persian == 0:
        return "ar"  # no letter Arabic lacks: nothing to weigh
    arabic = sum(text.count(c) for c in ARABIC_ONLY_LETTERS)
    tokens = words(text)
    hits = {lang: sum(t in vocab for t in tokens) for lang, vocab in ARABIC_SCRIPT_WORDS.items()}
    if urdu > arabic and hits["ur"] >= max(hits["fa"], hits["ar"]) and hits["ur"] > 0:
        return "ur"
    if persian > arabic or hits["fa"] > hits["ar"]:
        return "fa"
    return "ar"


def _latin_language(text: str) -> str | None:
    tokens = [t.lower() for t in words(text)]
    hits = {lang: sum(t in vocab for t in tokens) for lang, vocab in LATIN_WORDS.items()}
    best = max(hits, key=lambda lang: hits[lang])
    return best if hits[best] > 0 else None


def language_step(records: Iterable[Record]) -> Iterator[Record]:
    """Pipeline step: set article.language from title and body when an article exists."""
    for record in records:
        article = record.article
        if article is not None and record.error is None:
            article.language = detect_language(f"{article.title or ''}\n{article.text}")
        yield record
