"""Quotation marks paired into spans (siyaq.analyze.quotes_spans.find_marked_spans)."""

from __future__ import annotations

import pytest

from siyaq.analyze.quotes_spans import find_marked_spans


def spans(text: str) -> list[tuple[str, bool]]:
    return [(text[s.start:s.end], s.closed) for s in find_marked_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('قال "نحن هنا" ثم غادر', [("نحن هنا", True)], id="straight-pair"),
        pytest.param("قال «نحن هنا» ثم غادر", [("نحن هنا", True)], id="guillemets"),
        pytest.param('قال "نرفض ما يقوم به "داعش" من جرائم" اليوم',
                     [('نرفض ما يقوم به "داعش" من جرائم', True)], id="a-name-nested"),
        pytest.param('وقال "سنواصل العمل حتى النهاية', [("سنواصل العمل حتى النهاية", False)],
                     id="unclosed-runs-to-the-line-end"),
        pytest.param('وأضاف" يتعين على السياسيين الاهتمام".', [(" يتعين على السياسيين الاهتمام",
                                                             True)],
                     id="a-mark-against-the-word-before"),
        pytest.param('تغيير سلوكها "المزعزع للاستقرار "وإلا ستواجه العزلة، مبديا "انفتاحه "على '
                     "اتفاق جديد", [("المزعزع للاستقرار ", True), ("انفتاحه ", True)],
                     id="every-mark-against-the-word-after"),
        pytest.param('ونيل الألقاب "أحب الفوز. وأضاف "أريد أن تكون لدي القدرة',
                     [('أحب الفوز. وأضاف "أريد أن تكون لدي القدرة', False)],
                     id="a-second-quote-after-a-verb-of-saying-does-not-pair"),
        pytest.param('قال "نحن هنا وأكد: "سنبقى هنا',
                     [('نحن هنا وأكد: "سنبقى هنا', False)],
                     id="a-second-quote-after-a-colon-does-not-pair"),
        pytest.param("أعلنت الشركة نظام “ويندوز 10″ المنتظر، وقال: «إنه الأفضل».",
                     [("ويندوز 10", True), ("إنه الأفضل", True)],
                     id="a-double-prime-closes"),
        pytest.param('وقال شين: "لا يوجد هاتف يقارع جالكسي إس 6″. وحسنت الشركة واجهته',
                     [("لا يوجد هاتف يقارع جالكسي إس 6", True)],
                     id="a-double-prime-closes-a-straight-mark"),
        pytest.param("شاشة 5″ كبيرة", [], id="a-double-prime-never-opens"),
    ],
)
def test_marks_pair_into_spans(text: str, expected: list[tuple[str, bool]]) -> None:
    assert spans(text) == expected
