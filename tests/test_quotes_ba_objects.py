"""A verb whose object comes with ب (`ندد X بالتقرير`, `تعهدت X بالرد`) ends its subject at
that object, so that a participle or a joined verb after it speaks for X, not for `X بالتقرير`
(stop 51, from ANT seed 2579 and the speakers of all of ANT)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

QUOTE = "خطوة تنم عن عنصرية بغيضة ضد الشعب"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f'وندد الأزهر بالقانون، مؤكدا أنه "{QUOTE}".', {}, "الأزهر",
                     id="a-condemnation-then-a-participle"),
        pytest.param(f'وندد المتحدث باسم الجيش تامر الرفاعي بالتقرير، مؤكدا أنه "{QUOTE}".',
                     {"تامر الرفاعي": "PERS"}, "تامر الرفاعي", id="a-title-with-its-own-ba"),
        pytest.param(f'تعهدت وزارة الخارجية الروسية بالرد في أسرع وقت، معتبرة أن "{QUOTE}".',
                     {}, "وزارة الخارجية الروسية", id="a-pledge-of-an-untagged-body"),
        pytest.param(f'وتعهد الأمير محمد بن سلمان بأن "{QUOTE}".', {"محمد بن سلمان": "PERS"},
                     "محمد بن سلمان", id="guard-bin-inside-a-name"),
    ],
)
def test_the_ba_object_is_no_part_of_the_speaker(
        text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names) == [(speaker, QUOTE)]


def test_a_title_that_takes_ba_keeps_its_holder() -> None:
    # `المكلف بتشكيل الحكومة` is the title's own ب, before the name: the pledge is his
    text = (f'وتعهد رئيس الوزراء المكلف بتشكيل الحكومة الجديدة، الدكتور عمر الرزاز، بأن '
            f'"{QUOTE}".')
    assert said_everywhere(text, {"عمر الرزاز": "PERS"}) == [("عمر الرزاز", QUOTE)]
