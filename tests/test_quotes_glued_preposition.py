"""`قالت طليب لـCNN الشهر الماضي:`: a word written with ل or ب and a tatweel is whom it was
said to, no part of the speaker's name; the name before it speaks (the tagger had missed
`رشيدة طليب`, and the quote went to the woman quoted before). Stop 43's seed 2567."""

from __future__ import annotations

from quote_support import said_everywhere


def test_a_name_ends_before_a_glued_preposition() -> None:
    text = ("قالت مديرة حملة طليب، أندي غوديريس، إن الفائز في الانتخابات التمهيدية سيفوز.\n"
            "وعن رسالتها، قالت طليب لـCNN الشهر الماضي: \"لا يتعلق الأمر فقط بأن تكون "
            "موجودا وتتباهى بإيمانك\".")
    found = said_everywhere(text, {"أندي غوديريس": "PERS"})
    assert found[-1] == ("طليب", "لا يتعلق الأمر فقط بأن تكون موجودا وتتباهى بإيمانك")
