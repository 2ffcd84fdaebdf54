"""An outlet named in marks after its noun speaks under that name: `شبكة "سكاي" الأميركية`
(the adjective after the closing mark is no part of the name), a spelled acronym as one part
(`شبكة "بي بي سي"`, `إي إس بي إن`, whose last letter إن is no complementizer), but `أف أس
بي` (the FSB) then إن is. Found in stop 43's seed 2567 (ESPN's أن read as the clause)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

CLAUSE = "بوغبا ضاق ذرعا بالانتقادات التي يوجهها له المدرب"

CASES = [
    pytest.param(f'وأوردت شبكة "سكاي" الأميركية أن {CLAUSE}.', {"سكاي": "ORG"},
                 "شبكة سكاي", id="one-word-name-then-adjective"),
    pytest.param(f'وذكرت شبكة "بي بي سي" أن {CLAUSE}.', {"بي بي سي": "ORG"},
                 "شبكة بي بي سي", id="spelled-acronym"),
    pytest.param(f'وأوردت شبكة "إي أس بي أن" الأميركية أن {CLAUSE}.',
                 {"إي أس بي أن": "ORG"}, "شبكة إي أس بي أن", id="espn-ends-with-an"),
    pytest.param(f'وقال جهاز المخابرات الروسية "أف أس بي" إن {CLAUSE}.',
                 {"أف أس بي": "ORG"}, "أف أس بي", id="fsb-then-inna"),
]


@pytest.mark.parametrize(("text", "names", "speaker"), CASES)
def test_an_outlet_in_marks_speaks_under_its_name(text: str, names: dict[str, str],
                                                   speaker: str) -> None:
    found = said_everywhere(text, names)
    assert [(who, said) for who, said in found] == [(speaker, CLAUSE)]


def test_espn_in_a_colon_quote_is_not_its_opening() -> None:
    """`لشبكة "إي إس بي إن" التلفزيونية: …`: the speech starts after the colon, not at إن."""
    text = ('وقال إبراهيموفيتش في تصريحات لشبكة "إي إس بي إن" التلفزيونية: مشاهدة المباريات '
            "أمر مختلف لأنه يتولد لدي انطباع بأنني أقوم بالأمور على نحو أفضل.")
    found = said_everywhere(text, {"إبراهيموفيتش": "PERS", "إي إس بي إن": "ORG"})
    assert found == [("إبراهيموفيتش", "مشاهدة المباريات أمر مختلف لأنه يتولد لدي انطباع "
                      "بأنني أقوم بالأمور على نحو أفضل")]
