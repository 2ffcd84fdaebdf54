"""Telling bytes apart: binary or text, and which legacy charset an Arabic page was saved in.

Arabic sites still serve windows-1256 and ISO-8859-6. Both decode most bytes without error, so
the choice is made by plausibility: the right charset gives whole Arabic words, the wrong one
gives replacement characters (ISO-8859-6 leaves many bytes unassigned) or Arabic words with
French letters inside them (windows-1256 puts é, ç, ô... where ISO-8859-6 has Arabic letters).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Magic numbers of formats that are never a page.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"), (b"\x89PNG", "PNG"), (b"PK\x03\x04", "ZIP"), (b"\x1f\x8b", "gzip"),
    (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"), (b"GIF89a", "GIF"), (b"\x7fELF", "ELF"),
    (b"\xd0\xcf\x11\xe0", "OLE2 document"), (b"Rar!", "RAR"), (b"7z\xbc\xaf", "7z"),
    (b"\xfd7zXZ", "xz"), (b"OggS", "Ogg"), (b"wOFF", "WOFF font"), (b"wOF2", "WOFF2 font"),
    (b"SQLite format 3\x00", "SQLite"),
)
# Bytes that plain text does not contain (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
_BINARY_SAMPLE = 8192
_CONTROL_LIMIT = 0.02  # a few stray NULs are stripped; more than 2% means binary

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
# WHATWG: a page declaring Latin-1 or ASCII is decoded as windows-1252.
_WESTERN_ALIASES = {"latin_1": "cp1252", "ascii": "cp1252", "iso8859_1": "cp1252"}
ARABIC_LEGACY = ("cp1256", "iso8859_6")
_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")
_C1_OR_REPLACEMENT = re.compile("[\x80-\x9f\ufffd]")
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0640]")  # harakat and tatweel
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\ufb50-\ufeff]")
_NOT_ARABIC_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u05ff\u0900-\u1fff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f]+")
SAMPLE_BYTES = 16384  # what charset-normalizer sees
JUDGED_BYTES = 4096  # what each candidate decoding is judged on: a few hundred words suffice


def sniff_binary(data: bytes) -> str | None:
    """Why the bytes are binary ("PDF", "37% control bytes"), or None for text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data[4:8] == b"ftyp":
        return "MP4"
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample.translate(None, _NOT_CONTROL))
    if sample and controls / len(sample) > _CONTROL_LIMIT:
        return f"{round(100 * controls / len(sample))}% control bytes"
    return None


def codec_name(label: str | None) -> str | None:
    """Python's codec name for a charset label, or None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    name = name.replace("-", "_")
    return _WESTERN_ALIASES.get(name, name)


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its head (``<meta charset>`` or http-equiv)."""
    match = _META_CHARSET.search(data[:16384])
    return codec_name(match.group(1).decode("ascii")) if match else None


@dataclass(slots=True)
class Plausibility:
    letters: int  # non-ASCII letters in words of one script
    bad: int  # replacement characters, C1 controls, letters in mixed-script words

    @property
    def score(self) -> int:
        return self.letters - 4 * self.bad

    @property
    def bad_share(self) -> float:
        total = self.letters + self.bad
        return self.bad / total if total else 0.0


def plausibility(text: str) -> Plausibility:
    """How much of the non-ASCII text reads as words of a single script.

    Implausible: replacement characters and C1 controls; words mixing scripts (an Arabic word
    with é inside); Latin words made mostly of accented letters (Arabic read as Latin-1); and
    Arabic with more vowel marks than news text ever has (Cyrillic read as ISO-8859-6).
    Each word is judged with a few regex tests, never character by character.
    """
    found = Plausibility(0, len(_C1_OR_REPLACEMENT.findall(text)))
    arabic = 0
    for word in _WORD.findall(text):
        count = len(word) - len(word.encode("ascii", "ignore"))
        if _word_is_implausible(word, count):
            found.bad += count
        else:
            found.letters += count
            arabic += count if _ARABIC_LETTER.search(word) else 0
    marks = len(_ARABIC_MARKS.findall(text))
    if marks > arabic // 4:
        found.bad += marks
    return found


def _word_is_implausible(word: str, non_ascii: int) -> bool:
    if _ARABIC_LETTER.search(word):
        return bool(_NOT_ARABIC_LETTER.search(word))
    if _LATIN_WORD.fullmatch(word):
        return 2 * non_ascii > len(word)  # "ÃÚáäÊ": Arabic bytes read as Latin-1
    return bool(_LATIN_LETTER.search(word))  # Cyrillic, Greek... mixed with Latin


def legacy_candidates(sample: bytes, declared: str | None) -> list[str]:
    """Declared charset first, then charset-normalizer's guess, then the Arabic legacy pair."""
    candidates = [declared] if declared else []
    guess = _normalizer_guess(sample)
    if guess and guess not in candidates:
        candidates.append(guess)
    return candidates + [c for c in ARABIC_LEGACY if c not in candidates]


def _normalizer_guess(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return codec_name(best.encoding) if best is not None else None


def _judged_part(data: bytes) -> bytes:
    """A slice with text in it: past the markup of an HTML head when there is one."""
    start = data.find(b"<body")
    start = start if 0 <= start < len(data) - JUDGED_BYTES else 0
    return data[start: start + JUDGED_BYTES]


def choose_legacy(data: bytes, declared: str | None) -> tuple[str, Plausibility]:
    """The most plausible legacy charset for bytes that are not UTF-8; ties go to the earlier
    candidate, so a declared charset wins when it reads as well as any other."""
    sample = data[:SAMPLE_BYTES]
    best: tuple[str, Plausibility] | None = None
    for name in legacy_candidates(sample, declared):
        found = plausibility(_judged_part(data).decode(name, errors="replace"))
        if best is None or found.score > best[1].score:
            best = (name, found)
    assert best is not None  # the Arabic pair is always a candidate
    return best
