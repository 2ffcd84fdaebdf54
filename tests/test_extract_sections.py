"""A desk label printed before a headline (`عام / …`) is the article's section, not title."""

from __future__ import annotations

import pytest

from siyaq.extract.sections import take_section_label
from siyaq.model import Article


@pytest.mark.parametrize(("title", "section", "headline"), [
    ("عام / سمو أمير منطقة مكة يوافق على تطوير الخيمة", "عام",
     "سمو أمير منطقة مكة يوافق على تطوير الخيمة"),
    ("اقتصادي/ ارتفاع أسعار النفط في آسيا", "اقتصادي", "ارتفاع أسعار النفط في آسيا"),
    ("ترامب / بوتين: قمة في هلسنكي", None, "ترامب / بوتين: قمة في هلسنكي"),
    ("فرنسا: إضراب في قطاع النقل", None, "فرنسا: إضراب في قطاع النقل"),
    ("عام / تقرير", None, "عام / تقرير"),
    ("العام الدراسي / الجديد يبدأ الأحد", None, "العام الدراسي / الجديد يبدأ الأحد"),
], ids=["desk-general", "desk-no-space", "two-names", "kicker-colon", "too-little-left",
        "word-that-only-starts-so"])
def test_desk_label(title: str, section: str | None, headline: str) -> None:
    article = Article("a", "h", "o", title=title)
    take_section_label(article)
    assert (article.section, article.title) == (section, headline)
