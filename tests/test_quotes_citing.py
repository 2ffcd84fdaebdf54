"""`قالت X نقلا عن Y إن …` (stop 52): the statement is Y's, relayed by X, as with `نقلت X عن Y`;
X stays the speaker when Y is evidence (`نتائج التشريح`) or no subject (words in marks)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "الطريق سيفتح غدا أمام السيارات"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وكانت وكالات أنباء روسية قالت نقلا عن وزارة الصحة إن {SAID}.", {},
                     "وزارة الصحة", id="agencies-citing-the-ministry"),
        pytest.param(f"وقالت صحيفة نيويورك تايمز، الخميس، نقلاً عن مسؤولين أميركيين إن {SAID}.",
                     {"نيويورك تايمز": "ORG"}, "مسؤولين أميركيين", id="after-the-day"),
        pytest.param(f"وأفاد مراسل العربية في باريس نقلا عن وزير الداخلية الفرنسي بأن {SAID}.",
                     {"العربية": "ORG", "باريس": "LOC"}, "وزير الداخلية الفرنسي",
                     id="the-correspondent-citing-the-minister"),
        pytest.param(f"وذكرت تقارير إعلامية، نقلا عن نتائج تشريح الجثة، أن {SAID}.", {},
                     "تقارير إعلامية", id="guard-findings-name-no-one"),
        pytest.param(f"وذكرت تقارير إعلامية، نقلا عن نتائج التشريح، أن {SAID}.", {},
                     "تقارير إعلامية", id="guard-results-name-no-one"),
    ],
)
def test_the_one_cited_speaks(text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)
