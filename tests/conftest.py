"""Shared fixtures: a small Arabic page dump written for the tests, and the shared-data gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from siyaq.config import shared_data_dir

# A fictional page dump in the shape of real ones: title twice, a stamp, body, furniture.
SAMPLE_DUMP = """\
وزير المياه: سد النهضة الجديد يكتمل قبل نهاية العام

وزير المياه: سد النهضة الجديد يكتمل قبل نهاية العام

تاريخ النشر : 10:15 - 2023/05/17

أعلن وزير المياه والري سامي الحداد أن أعمال بناء السد الجديد على نهر الوادي ستكتمل قبل نهاية العام الجاري، بعد تأخر دام عامين بسبب نقص التمويل.
وقال الحداد في مؤتمر صحفي عقده أمس الثلاثاء في العاصمة: "لقد تجاوزنا أصعب المراحل، وسيبدأ تشغيل المحطة الأولى خلال الصيف المقبل".
وأضاف أن الحكومة خصصت مبلغا إضافيا قدره ثلاثمئة مليون دينار لاستكمال المشروع، مشيرا إلى أن الشركة المنفذة التزمت بالجدول الزمني الجديد.
ويهدف المشروع إلى توفير مياه الري لأكثر من مئة ألف هكتار من الأراضي الزراعية في المحافظات الجنوبية.

تعليقات الفيسبوك

اقرأ أيضا

ارتفاع أسعار الخضروات في الأسواق المحلية مع بداية موسم الصيف وتراجع ال
09:40 - 2023/05/17
منتخب الناشئين يتأهل إلى نهائي البطولة العربية بعد فوزه على نظيره في مبار
08:05 - 2023/05/17
"""


@pytest.fixture
def sample_dump() -> str:
    return SAMPLE_DUMP


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or skip the test when it is absent."""
    path = shared_data_dir()
    if path is None:
        pytest.skip("../shared/data is not present")
    return path
