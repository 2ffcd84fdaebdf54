"""Arabic text normalization: every rule named, documented and applied in one translate pass.

Two forms:

* ``normalize_light`` keeps the text as a reader would write it, only removing what is invisible
  or typographic: presentation forms -> base letters (NFKC), zero-width and bidi controls removed,
  tatweel removed, Arabic-Indic and Persian digits -> ASCII. Use it for display and exact matching.
* ``normalize_search`` applies every rule: the light ones, plus hamza forms of alef -> ا,
  alef maqsura ى -> ي, ta marbuta ة -> ه, Persian yeh/keheh -> Arabic yeh/kaf, diacritics removed,
  and Latin letters lower-cased. Writers are inconsistent about exactly these letters (إسرائيل /
  اسرائيل, مستشفى / مستشفي, المدينة / المدينه), so search must treat them as one.
"""

from __future__ import annotations

import re
import unicodedata

# Rule: presentation forms. Old encoders and PDFs emit contextual glyphs (ﻻ, ﺍ, ﷲ) instead of
# letters; NFKC maps them to the base letters. Limited to these blocks so NFKC does not touch
# anything else (e.g. superscripts or fullwidth Latin in quoted text).
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")

# Rule: zero-width and bidi controls. Invisible, but they split or glue words for the tokenizer:
# ZWSP, ZWNJ, ZWJ, LRM, RLM, LRE..RLO, LRI..PDI, ALM, word joiner, BOM, soft hyphen.
CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e" \
    "\u2066\u2067\u2068\u2069\u061c\u2060\ufeff\u00ad"

# Rule: tatweel (kashida) only stretches a word for justification: كتـــاب == كتاب.
TATWEEL = "\u0640"

# Rule: digits. Arabic-Indic (٠-٩) and Extended/Persian (۰-۹) digits become ASCII so a date or a
# number is found however it was typed.
INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
ASCII_DIGITS = "01234567890123456789"

# Rule: diacritics (tashkeel): tanween, fatha, damma, kasra, shadda, sukun, maddah/hamza above and
# below as marks, superscript alef (U+0670), and the Quranic annotation marks. Most news text is
# unvocalized; a vocalized word must match its bare form. The Latin combining marks (U+0300-036F)
# go too, so a decomposed é never splits a word (the search form folds accents).
DIACRITICS = "".join(
    chr(c)
    for lo, hi in ((0x0300, 0x036F), (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670),
                   (0x06D6, 0x06DC), (0x06DF, 0x06E8), (0x06EA, 0x06ED))
    for c in range(lo, hi + 1)
)

# Rule: hamza forms of alef (أ إ آ) and alef wasla (ٱ) -> bare alef: writers drop hamzas freely.
# Rule: alef maqsura ى -> ي and ta marbuta ة -> ه: both are often written the other way.
# Rule: Persian yeh ی and keheh ک -> Arabic ي / ك: Arabic typed on Persian keyboards uses them.
SEARCH_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي", "ک": "ك"}

# Compiled once; tuples and patterns are immutable constants, not state. Deletions run as one
# regex pass and substitutions as str.replace calls: about 5x faster than str.translate with a
# dict, which matters because normalization runs over every indexed article.
LIGHT_DELETE = re.compile(f"[{CONTROLS}{TATWEEL}]+")
SEARCH_DELETE = re.compile(f"[{CONTROLS}{TATWEEL}{DIACRITICS}]+")
DIACRITICS_DELETE = re.compile(f"[{DIACRITICS}]+")
DIGIT_PAIRS = tuple(zip(INDIC_DIGITS, ASCII_DIGITS, strict=True))
LETTER_PAIRS = tuple(SEARCH_LETTERS.items())
HAS_INDIC_DIGIT = re.compile(f"[{INDIC_DIGITS}]")
# One scan tells whether the two rare rules (presentation forms, Indic digits) apply at all.
NEEDS_FOLDING = re.compile(f"[{INDIC_DIGITS}\ufb50-\ufdff\ufe70-\ufefe]")


def _nfkc(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFKC", match.group())


def fold_presentation_forms(text: str) -> str:
    """Presentation-form glyphs -> base letters (ﻻ -> لا, ﷲ -> الله)."""
    return PRESENTATION_FORMS.sub(_nfkc, text)


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits -> ASCII digits."""
    if HAS_INDIC_DIGIT.search(text) is None:
        return text
    for indic, ascii_digit in DIGIT_PAIRS:
        text = text.replace(indic, ascii_digit)
    return text


def normalize_light(text: str) -> str:
    """Display/matching form: presentation forms, controls, tatweel, digits."""
    return ascii_digits(LIGHT_DELETE.sub("", fold_presentation_forms(text)))


def normalize_search(text: str) -> str:
    """Search form: every rule (light rules, letters, diacritics, Latin lower case)."""
    return normalize_search_cased(text).lower()


def name_key(name: str) -> str:
    """How entity names and speakers are compared: search-normalized, single spaces."""
    return " ".join(normalize_search(name).split())


def article_twin(key: str) -> str:
    """A one-word name key with the article ال added or taken off (`يورو` <-> `اليورو`,
    `عراق` <-> `العراق`): the same entity written with or without ال. Several words, or a
    word too short to tell, give the key itself."""
    if " " in key or len(key) < 3:
        return key
    if key.startswith("ال"):
        return key[2:] if len(key) >= 5 else key
    return "ال" + key


LONG_VOWELS = str.maketrans("", "", "اىي")  # the letters transliterations add or leave out
SPELLING_LETTERS = 4  # shorter skeletons are other names (`سعيد` and `سعد`, `حسين` and `حسن`)


def spelling_key(word: str) -> str:
    """A normalized word as its transliterations of a foreign name share it: the ا/ي inside
    it left out, its first and last letter kept (`بوتين` and `بوتن`, `انستاغرام` and
    `انستغرام`; `سليماني` stays apart from `سليمان`). A word that would keep fewer than
    SPELLING_LETTERS letters is its own key."""
    if len(word) <= 2:
        return word
    skeleton = word[0] + word[1:-1].translate(LONG_VOWELS) + word[-1]
    return skeleton if len(skeleton) >= SPELLING_LETTERS else word


def normalize_search_cased(text: str) -> str:
    """Every search rule but lower-casing: the indexing path lower-cases word by word, once
    per distinct word, instead of over every article's whole text."""
    if NEEDS_FOLDING.search(text) is not None:
        text = ascii_digits(fold_presentation_forms(text))
    text = SEARCH_DELETE.sub("", text)
    for variant, letter in LETTER_PAIRS:
        text = text.replace(variant, letter)
    return text


# A hashtag's marks and quotation marks, read as spaces in a name as shown (name_as_shown).
_NOT_IN_A_NAME = str.maketrans(dict.fromkeys("#_«»\"“”„", " "))


def name_as_shown(text: str) -> str:
    """A written name as a reader is shown it: the light rules, diacritics off, a hashtag's
    marks (`#`, `_` between its words) read as spaces, any run of spaces (no-break ones too) one
    space. `دونالد #ترمب`, `دونالد_ترمب` and `روسيّا` are the spellings `دونالد ترمب` and `روسيا`;
    the letters themselves (`ترمب` / `ترامب`, `أمريكا` / `امريكا`) are kept as written.
    Quotation marks are no part of a name either: `تنظيم «داعش` (the span began inside the
    quotation) is the spelling `تنظيم داعش`."""
    shown = strip_diacritics(normalize_light(text)).translate(_NOT_IN_A_NAME)
    return " ".join(shown.split())


def strip_diacritics(text: str) -> str:
    """Only the diacritics rule (for callers that want to keep letter forms)."""
    return DIACRITICS_DELETE.sub("", text)
