"""The desk label an agency prints before a headline: `عام / سمو أمير منطقة مكة يوافق …`.

The Saudi Press Agency files 363 of SaudiNewsNet's 369 releases under a desk (`عام` 224,
`اقتصادي` 43, `ثقافي` 31, `سياسي` 27, `رياضي` 22, `اجتماعي` 10, `تقرير` 4), written into the
title before a slash. The label moves from the title to ``Article.section``: lists, search
results and story titles show the headline, and the desk is kept. Only a known desk word before
` / ` is a label (`ترامب / بوتين` or `فرنسا: …` are headlines).
"""

from __future__ import annotations

import re

from siyaq.model import Article

SECTIONS = ("عام", "محلي", "محليات", "دولي", "عربي", "سياسي", "اقتصادي", "إقتصادي", "ثقافي",
            "رياضي", "اجتماعي", "تقرير", "صحي", "صحة", "منوعات", "تقنية", "علوم", "فني",
            "عاجل", "خاص")
_LABEL = re.compile(r"^\s*(" + "|".join(SECTIONS) + r")\s*/\s*(?=\S+\s+\S+)")


def take_section_label(article: Article) -> None:
    """``عام / headline`` -> section ``عام``, title ``headline`` (two words at least left)."""
    if not article.title:
        return
    found = _LABEL.match(article.title)
    if found is not None:
        article.section = article.section or found.group(1)
        article.title = article.title[found.end():]
