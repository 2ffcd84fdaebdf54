"""A short name joins the fullest name the article gave, but not one where its words are
only a father's (`الملك سلمان بن عبدالعزيز` is not `الأمير محمد بن سلمان بن عبدالعزيز`, whose
father he is), nor a son's description (`ابن تشاريتي` is not Charity); a lone word with no
other full name still may (`وقال سلمان` in an interview of `محمد بن سلمان`), and a family name
written with `بن` still joins (`بن دغر`). Found on ANT seed 2564 (stop 42)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere
from siyaq.analyze.quotes_coreference import full_name, known_name

SON = "محمد بن سلمان بن عبدالعزيز آل سعود"


@pytest.mark.parametrize(
    ("short", "known", "expected"),
    [
        pytest.param("سلمان بن عبدالعزيز", [SON], "سلمان بن عبدالعزيز", id="the-father"),
        pytest.param("سلمان", ["سلمان بن عبدالعزيز", SON], "سلمان بن عبدالعزيز",
                     id="the-father-when-he-was-named"),
        pytest.param("سلمان", [SON], SON, id="a-lone-word-with-no-other"),
        pytest.param("محمد بن سلمان", [SON], SON, id="the-son-by-his-own-name"),
        pytest.param("بن دغر", ["أحمد عبيد بن دغر"], "أحمد عبيد بن دغر", id="family-bin"),
        pytest.param("برافمان", ["بن برافمان"], "بن برافمان", id="a-given-name-ben"),
        pytest.param("تشاريتي", ["ابن تشاريتي"], "تشاريتي", id="not-her-son"),
    ],
)
def test_a_short_name_joins_a_full_name_not_its_son(
        short: str, known: list[str], expected: str) -> None:
    names = [known_name(name, name.replace("أ", "ا")) for name in known]
    assert full_name(short, short.replace("أ", "ا"), names) == expected


def test_the_king_is_not_his_son() -> None:
    text = ("قال العاهل السعودي، الملك سلمان بن عبدالعزيز، إن بلاده ستتصدى لأي محاولات "
            "عدائية.\nوأشاد المجلس بلقاء ولي العهد الأمير محمد بن سلمان بن عبدالعزيز آل سعود "
            "بالرئيس الأمريكي.")
    found = said_everywhere(text, {"سلمان بن عبدالعزيز": "PERS", SON: "PERS"})
    assert found[0] == ("سلمان بن عبدالعزيز", "بلاده ستتصدى لأي محاولات عدائية")


def test_on_the_tongue_of_a_minister_is_his_saying() -> None:
    text = ("قال العاهل السعودي، الملك سلمان، إن بلاده ستتصدى لأي محاولات عدائية.\n"
            "ونقلت الوكالة على لسان وزير الإعلام عصام بن سعد بن سعيد قوله: \"إن مجلس الوزراء "
            "قدر ما عبر عنه الرئيس الأمريكي\".")
    found = said_everywhere(text, {"سلمان": "PERS", "عصام بن سعد بن سعيد": "PERS"})
    assert found[-1] == ("عصام بن سعد بن سعيد", "إن مجلس الوزراء قدر ما عبر عنه الرئيس الأمريكي")
