"""A feminine description (`قالت الممثلة الإباحية`) stands for the woman named before, not for
a man who spoke last (`أكد المحامي مايكل كوهين`), nor for a man named after the same title
with a preposition between (`ممثلة إباحية، تورطت في مزاعم … مع دونالد ترامب`: whom the story
is about, not the title's holder). Found on ANT seed 2564 (stop 42)."""

from __future__ import annotations

from quote_support import said_everywhere

NAMES = {"دونالد ترامب": "PERS", "ترامب": "PERS", "ستورمي دانييلز": "PERS",
         "مايكل كوهين": "PERS", "كوهين": "PERS"}
OPENING = ("تقدمت ممثلة إباحية، تورطت في مزاعم إقامة علاقة مع دونالد ترامب، بدعوى قضائية ضد "
           "الرئيس الأمريكي.\nوتقول ستورمي دانييلز إن العقد الذي أبرمته معه لاغ تماما.\n"
           "وفي فبراير الماضي، أكد المحامي الشخصي لترامب، مايكل كوهين، إنه دفع لها مبلغا "
           "كبيرا.\n")
CLAIM = "بدأت علاقتها معه عام 2006 بعد وقت قصير"


def test_the_actress_is_the_woman_named_before() -> None:
    text = OPENING + f"وفي مقابلة مع مجلة عام 2011، قالت الممثلة الإباحية إنها {CLAIM}."
    assert said_everywhere(text, NAMES)[-1] == ("ستورمي دانييلز", CLAIM)


def test_a_man_named_with_a_preposition_after_the_title_is_not_its_holder() -> None:
    text = ("تقدمت ممثلة إباحية، تورطت في مزاعم إقامة علاقة مع دونالد ترامب، بدعوى قضائية.\n"
            f"وقالت الممثلة إنها {CLAIM}.")
    assert said_everywhere(text, {"دونالد ترامب": "PERS"})[-1][0] != "دونالد ترامب"


def test_a_masculine_description_still_takes_the_man() -> None:
    text = OPENING + f"وقال المحامي إنه {CLAIM}."
    assert said_everywhere(text, NAMES)[-1] == ("مايكل كوهين", CLAIM)
