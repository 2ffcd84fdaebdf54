"""The cleaner's fast paths give exactly what the plain per-line code gives.

Each shortcut (whole-page encoding in split_lines, the stamp patterns skipped by cheap checks,
tail checks instead of regex scans) is compared with a straightforward reference on lines chosen
to break it: Arabic-Indic digits, RTL and invisible marks, Unicode spaces at the ends, empty and
enormous lines, binary junk.
"""

from __future__ import annotations

import re

import pytest

from siyaq.extract import rules, stamps
from siyaq.extract.lines import DumpLine, split_lines
from siyaq.extract.scan import LONG_TEXT, delete_chars
from siyaq.extract.stamps import fold
from siyaq.extract.text import _words_up_to

TRICKY = {
    "stamp-indic-digits": "نشر في ٥ أكتوبر ٢٠٢١ - ١٠:٣٠ م",
    "stamp-rtl-marks": "\u200fتاريخ النشر\u200e : 23:54 - 2020/02/06\u202c",
    "stamp-iso-offset": "2021-10-04T11:44:00+03:00",
    "stamp-named-zone": "نشر في 10:00 بتوقيت مكة 2020/01/03",
    "stamp-gmt": "October 4, 2021 11:44 AM GMT",
    "stamp-offset-at-end": "2020/01/03 10:00 +03:00",
    "stamp-month-only": "date 2021-10 عاد فيسبوك",
    "stamp-dotted": "03.02.2020 - 14.75",
    "month-name-no-separator": "12 شباط فبراير 2020",
    "year-no-date": "مونديال قطر 2022 .. المغرب يتأهل",
    "hijri": "3/ 4/ 1436",
    "impossible-day": "31/02/2020",
    "unicode-spaces-at-ends": "\u2003\u3000الخبر الأول 2020/01/03\u2003",
    "tabs-inside": "كلمة\tأخرى\t2020-01-03",
    "nbsp": "تاريخ\xa0النشر\xa0: 2020/02/06",
    "diacritics-at-ends": "\u064bبداية السطر 2020/01/03 نهايته\u064e",
    "latin-and-arabic": "Reuters رويترز 2020-01-03 12:00 UTC",
    "empty": "",
    "spaces-only": "   \u2003 ",
    "enormous": "كلام " * 20_000 + "2020/01/03",
    "enormous-digits": "2020-" * 20_000,
    "binary-junk": bytes(range(256)).decode("latin-1") * 40,
    "sentence-end-then-space": "وانتهى الاجتماع.  ",
    "closing-quote": "قال «نعم»",
}
IDS = list(TRICKY)
TEXTS = list(TRICKY.values())


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_stamp_search_skips_only_patterns_that_cannot_match(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folded = [fold(text), *fold(text).split("\n"), fold(text)[:80]]
    fast = [stamps.find_stamp_folded(f) for f in folded]
    # The reference: every pattern tried, the zone regex run on every stamp.
    monkeypatch.setattr(stamps, "_candidate_patterns", lambda _: stamps._PATTERNS)
    monkeypatch.setattr(stamps, "_may_name_zone", lambda *_: True)
    assert fast == [stamps.find_stamp_folded(f) for f in folded]


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_zone_check_never_hides_a_zone(text: str) -> None:
    folded = fold(text)
    for start in range(0, min(len(folded), 60), 7):
        for end in range(start, min(len(folded), 90) + 1, 5):
            if stamps._ZONE_RE.search(folded, start, end):
                assert stamps._may_name_zone(folded, start, end)


def _reference_lines(text: str) -> list[tuple[object, ...]]:
    """split_lines' facts computed line by line, each line folded and encoded on its own."""
    rows: list[tuple[object, ...]] = []
    blank = False
    for raw in re.sub("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]", "", text).split("\n"):
        stripped = raw.replace("\xa0", " ").strip()
        if not stripped:
            blank = True
            continue
        folded = fold(raw.replace("\xa0", " ")).strip()
        rows.append((stripped, folded, len(stripped.split()), *_script_counts(stripped), blank))
        blank = False
    return rows


def _script_counts(text: str) -> tuple[int, int, int]:
    """(Arabic, Latin, other) letters one character at a time: Arabic-script letters and digits,
    ASCII and accented Latin letters, the letters of every other script."""
    arabic = latin = other = 0
    for char in text:
        code = ord(char)
        if (0x600 <= code <= 0x6FF or 0x750 <= code <= 0x77F or 0x870 <= code <= 0x8FF
                or 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF):
            arabic += char.isalnum()
        elif char.isalpha():
            if char.isascii() or 0xC0 <= code <= 0x24F or 0x1E00 <= code <= 0x1EFF:
                latin += 1
            else:
                other += 1
    return arabic, latin, other


def _facts(line: DumpLine) -> tuple[object, ...]:
    return (line.text, line.folded, line.words, line.arabic, line.latin, line.other,
            line.blank_before)


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_split_lines_matches_per_line_reference(text: str) -> None:
    page = f"{text}\n\n  {text}  \nسطر آخر\n{text}\t"
    lines = split_lines(page)
    assert [_facts(line) for line in lines] == _reference_lines(page)
    for line in lines:
        if line.words <= 40:
            assert line.key == " ".join(re.findall(r"\w+", line.folded))


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
def test_tail_checks_match_their_regexes(text: str) -> None:
    sentence_end = re.compile(r"[.!?؟…:\"”»)]\s*$")
    closed = re.compile(r"[.!؟?\"”»]\s*$")
    punct = re.compile(r"[،,؛;!؟?\"“”«»]|[.:](?!\d)")
    for variant in (text, text.strip(), text + "\n", text[-50:]):
        line = DumpLine(0, variant, variant, variant, 1, 0, 0, 0, False)
        assert line.ends_sentence == bool(sentence_end.search(variant))
        assert rules._closed(variant) == bool(closed.search(variant))
        assert bool(rules._SENTENCE_PUNCT.search(variant)) == bool(punct.search(variant))


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [([], 0), (["واحد اثنان"], 2), (["a b c"] * 30, 60), (["x " * 100], 60), (["", " "], 0)],
    ids=["none", "short", "many-short", "one-long", "blank"],
)
def test_body_words_are_counted_up_to_the_cap(paragraphs: list[str], expected: int) -> None:
    assert _words_up_to(paragraphs, 60) == expected
    assert _words_up_to(paragraphs, 60) == min(60, sum(len(p.split()) for p in paragraphs))


FURNITURE = {
    "credit-agency": "وكالات",
    "credit-source": "المصدر: رويترز",
    "credit-then-form": "المصدر " + "كلمة " * 14 + "your email",
    "credit-long": "المصدر " + "كلمة " * 14,
    "form-inside": "لن يتم نشر عنوان بريدك الإلكتروني",
    "form-field": "الاسم *",
    "share-bar": "شارك 12 تويتر 3",
    "share-counts-only": "12 34",
    "share-with-other-word": "شارك الخبر اليوم",
    "footer": "جميع الحقوق محفوظة © 2024",
    "breadcrumb": "الرئيسية / أخبار / محليات",
    "plain": "الحكومة تطلق خطة لدعم المزارعين",
    "indic-digits": "شارك ١٢",
}


def _reference_furniture(line: DumpLine) -> object:
    """lexicon.furniture_kind's tests one by one, as before the combined key search."""
    from siyaq.extract import lexicon as lx
    from siyaq.extract.lines import LineLabel

    key = line.key
    if line.words > 25:
        return None
    if key in lx._AD_KEYS:
        return LineLabel.AD
    if key in lx._MENU_KEYS or (line.words <= 12 and lx._BREADCRUMB.search(line.text)):
        return LineLabel.MENU
    if lx._FOOTER.search(line.folded):
        return LineLabel.FOOTER
    if line.words <= 12 and lx._CREDIT.match(key):
        return LineLabel.CREDIT
    if key in lx._COMMENT_FIELDS or lx._COMMENT_FORM_RE.search(key):
        return LineLabel.COMMENTS
    words = key.split()
    if line.words <= 12 and words and len(words) <= 12:
        distinct = set(words)
        unnamed = distinct.difference(lx._SHARE_WORDS)
        if len(unnamed) < len(distinct) and all(w.isdigit() for w in unnamed):
            return LineLabel.SHARE
    return None


@pytest.mark.parametrize("text", [*FURNITURE.values(), *TEXTS], ids=[*FURNITURE, *IDS])
def test_furniture_kind_matches_separate_tests(text: str) -> None:
    from siyaq.extract.lexicon import furniture_kind

    for line in split_lines(f"{text}\n{text[:60]}\n{text[-60:]}"):
        assert furniture_kind(line) == _reference_furniture(line)


@pytest.mark.parametrize("text", TEXTS, ids=IDS)
@pytest.mark.parametrize("length", [10, LONG_TEXT - 1, LONG_TEXT, 5000])
def test_delete_chars_is_the_class_sub(text: str, length: int) -> None:
    marked = "\u064eأ\u200fـ\u2067ً\ufeff" + text
    page = (marked * (length // max(len(marked), 1) + 1))[:length]
    diacritics = stamps._DIACRITICS
    assert delete_chars(page, diacritics, stamps._DIACRITIC_CHARS) == diacritics.sub(
        "", page
    )
    assert fold(page) == fold(page[: LONG_TEXT - 1]) + fold(page[LONG_TEXT - 1 :])

