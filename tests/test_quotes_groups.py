"""An unnamed group by the plural of a participle (`مساعدون`, `مقربون`, `محامون`, `مشرعون`)
speaks as written, as the listed ones (`مسؤولون`, `محللون`) did; before stop 36 such a
statement was dropped for want of a speaker (from ANT seed 2550)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        pytest.param("قال مساعدون للرئيس الأميركي دونالد ترامب الخميس، إن روسيا تسعى لاختراق "
                     "الانتخابات المقبلة.", {"دونالد ترامب": "PERS", "روسيا": "LOC"},
                     ("مساعدون", "روسيا تسعى لاختراق الانتخابات المقبلة"),
                     id="aides-of"),
        pytest.param("وقال مقربون من القتيل إنه كان يعاني من ضغوط كبيرة.", {},
                     ("مقربون من القتيل", "كان يعاني من ضغوط كبيرة"), id="close-to"),
        pytest.param("وقال محامون إن الأطفال غير مؤهلين للعودة.", {},
                     ("محامون", "الأطفال غير مؤهلين للعودة"), id="lawyers"),
        pytest.param("وقال ملادينوف إن الوضع صعب.\nوقال اقتصاديون إن الخطوة قد تؤدي إلى "
                     "انتقام بكين.", {"ملادينوف": "PERS"},
                     ("اقتصاديون", "الخطوة قد تؤدي إلى انتقام بكين"), id="a-nisba-plural"),
        pytest.param("وقال ملادينوف إن الوضع صعب.\nويقول فلسطينيون إن الحصول على تلك "
                     "التصاريح أمر مستحيل.", {"ملادينوف": "PERS"},
                     ("فلسطينيون", "الحصول على تلك التصاريح أمر مستحيل"),
                     id="a-people-by-their-nisba"),
        pytest.param("وذكر تلفزيون المنار أن الطائرات حلقت فوق المدينة.",
                     {"تلفزيون المنار": "ORG"},
                     ("تلفزيون المنار", "الطائرات حلقت فوق المدينة"),
                     id="guard-television-ends-the-same-way"),
        pytest.param("وقال ماكرون إن فرنسا ستواصل دعمها.", {},
                     ("ماكرون", "فرنسا ستواصل دعمها"), id="guard-a-name-of-the-pattern"),
        pytest.param("وقال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستواصل دعمها.",
                     {"إيمانويل ماكرون": "PERS"},
                     ("إيمانويل ماكرون", "فرنسا ستواصل دعمها"), id="guard-tagged-name"),
    ],
)
def test_an_unnamed_group_by_its_plural_speaks(
        text: str, names: dict[str, str], expected: tuple[str, str]) -> None:
    assert said_everywhere(text, names)[-1] == expected
