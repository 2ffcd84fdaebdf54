"""`إلا أن`, `غير أن`, `بيد أن` after a verb's subject and object are "however": what follows is
the writer's turn, not the verb's reported clause (stop 41's random read: `أعلن ميلوس زيمان عن
عقد مؤتمر صحافي، إلا أنه بدلا من …`; 7 non-statements of 10,000 ANT articles dropped, and two
spans now start at the clause after the next verb)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("فقد أعلن ميلوس زيمان عن عقد مؤتمر صحافي يوم الخميس، إلا أنه بدلا من "
                     "إبلاغ الصحافيين بأنباء أمر اثنين من رجال الإطفاء بالخروج.",
                     {"ميلوس زيمان": "PERS"}, id="illa-anna"),
        pytest.param("وأبلغ بعض العاملين في يوتيوب عن وجود شخص يطلق النار، غير أنه ليس هناك "
                     "تأكيد لهذه المعلومات حتى الآن.", {"يوتيوب": "ORG"}, id="ghayr-anna"),
        pytest.param("كما أعلن تنظيم الدولة في بيان مسؤوليته عن الهجوم بيد أنه لم يقدم دليلا "
                     "على ذلك حتى الآن.", {"تنظيم الدولة": "ORG"}, id="bayd-anna"),
    ],
)
def test_however_is_no_reported_clause(text: str, names: dict[str, str]) -> None:
    assert said_everywhere(text, names) == []


def test_a_name_spelled_like_ghayr_still_speaks() -> None:
    said = "الدور كان صعبا للغاية عليه وعلى فريق العمل كله"
    text = f"وقال غير إن {said}."
    assert said_everywhere(text, {"غير": "PERS"})[-1] == ("غير", said)
