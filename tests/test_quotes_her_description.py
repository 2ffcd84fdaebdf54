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


def test_a_masculine_title_is_not_the_woman_named_before() -> None:
    """`ويقول الضابط السابق` after `وتقول لويز`: the article shows لويز is a woman, so the
    former officer is someone else (ANT seed 2573, stop 45)."""
    said_by_him = "يدير المكان تحت أنظار السلطات"
    text = ("وتقول لويز إنها تفضل العمل هنا على العمل في محطة للوقود.\n"
            f"ويقول الضابط السابق إنه \"{said_by_him}\".")
    speaker, quote = said_everywhere(text, {"لويز": "PERS"})[-1]
    assert quote == said_by_him
    assert speaker == "الضابط السابق"


def test_a_verb_joined_to_a_sentence_opened_by_a_woman_is_hers() -> None:
    """`ولكن ميلانيا كسرت الصمت … وأكدت أن` after a man spoke: the woman who opens the
    sentence, not the last speaker (ANT BB-internationalNews-1195, stop 45)."""
    hers = "كان يحمل رسالة بكل تأكيد"
    text = ("وقال الرئيس دونالد ترامب إن العبارة كانت رسالة إلى \"وسائل الإعلام الكاذبة\".\n"
            f"ولكن ميلانيا كسرت الصمت بشأن معطفها وأكدت في لقاء أن المعطف \"{hers}\".")
    names = {"دونالد ترامب": "PERS", "ميلانيا": "PERS"}
    assert said_everywhere(text, names)[-1] == ("ميلانيا", hers)
