"""Language identification from script and letter statistics, and the pipeline step using it.

First the dominant script decides (Arabic, Latin, Cyrillic, ...). Within the Arabic script,
Persian and Urdu have letters Arabic does not use (پ چ ژ گ ک ی, and ٹ ڈ ڑ ں ے ہ for Urdu) and
very common words of their own (است، این، که / ہے، میں، کے); Arabic has ة ى and ي/ك where Persian
writes ی/ک. Within the Latin script, the language with most hits among its commonest words wins.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

from siyaq.arabic.tokens import words
from siyaq.model import Record

MIN_LETTERS = 20  # below this there is no evidence worth a guess
SAMPLE_CHARS = 4000  # the opening of a text is as telling as all of it, and cheaper

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
# Script of a letter by code point range, checked in order; first match wins.
SCRIPTS = (
    ("arabic", 0x0600, 0x06FF), ("arabic", 0x0750, 0x077F), ("arabic", 0xFB50, 0xFDFF),
    ("arabic", 0xFE70, 0xFEFF), ("latin", 0x0041, 0x024F), ("cyrillic", 0x0400, 0x04FF),
    ("hebrew", 0x0590, 0x05FF), ("greek", 0x0370, 0x03FF), ("devanagari", 0x0900, 0x097F),
    ("kana", 0x3040, 0x30FF), ("hangul", 0xAC00, 0xD7AF), ("han", 0x4E00, 0x9FFF),
)
SCRIPT_LANGUAGE = {"cyrillic": "ru", "hebrew": "he", "greek": "el", "devanagari": "hi",
                   "kana": "ja", "hangul": "ko", "han": "zh"}


def _script(char: str) -> str | None:
    code = ord(char)
    for name, low, high in SCRIPTS:
        if low <= code <= high:
            return name
    return None


def script_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for char in text:
        if char.isalpha():
            script = _script(char)
            if script is not None:
                counts[script] += 1
    return counts


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little to tell."""
    sample = text[:SAMPLE_CHARS]
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
    tokens = words(text)
    hits = {lang: sum(t in vocab for t in tokens) for lang, vocab in ARABIC_SCRIPT_WORDS.items()}
    letters = Counter(c for c in text if c in PERSIAN_LETTERS | URDU_LETTERS | ARABIC_ONLY_LETTERS)
    urdu = sum(letters[c] for c in URDU_LETTERS)
    persian = sum(letters[c] for c in PERSIAN_LETTERS)
    arabic = sum(letters[c] for c in ARABIC_ONLY_LETTERS)
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
