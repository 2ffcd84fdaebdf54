"""Entity keys across the archive and full names within an article."""

from __future__ import annotations

import pytest

from siyaq.analyze.ner_aliases import canonical_name, join_full_names, light_normalize
from siyaq.model import Mention


@pytest.mark.parametrize(
    ("variants", "type_"),
    [
        (["داعش", "تنظيم الدولة", "الدولة الإسلامية", "تنظيم الدولة الاسلامية"], "ORG"),
        (["الأمم المتحدة", "الامم المتحدة", "الأمم المتّحدة", "الامم المتحده"], "ORG"),
        (["أمريكا", "امريكا", "أميركا", "الولايات المتحدة", "الولايات المتحدة الأمريكية"], "LOC"),
        (["إدلب", "ادلب", "إِدْلِب"], "LOC"),
        (["سوريا", "سورية"], "LOC"),
        (["سلمان بن عبد العزيز", "سلمان بن عبدالعزيز"], "PERS"),
        (["عبد الله صالح", "عبدالله صالح", "عبدُ الله صالح"], "PERS"),
        (["مؤسسة عبد اللطيف جميل", "مؤسسة عبداللطيف جميل"], "ORG"),
        (["الحوثيين", "الحوثيون", "ميليشيات الحوثي", "جماعة أنصار الله"], "ORG"),
        (["نتنياهو", "نتانياهو", "بنيامين نتانياهو"], "PERS"),
        (["بي.بي.سي", "بي بي سي"], "ORG"),
        (["العربية.نت", "العربية نت"], "ORG"),
        (["كيم جونغ-أون", "كيم جونغ أون", "كيم جونغ‐أون"], "PERS"),
        (["كيم جونغ - أون", "كيم جونغ أون", "كيم جونغ- أون", "كيم جونغ -أون"], "PERS"),
        (["جان - كلود يونكر", "جان كلود يونكر", "جان-كلود يونكر"], "PERS"),
        (["أنغيلا ميركل", "أنجيلا ميركل", "انجيلا ميركل"], "PERS"),
        (["شي جين بينغ", "شي جينبينغ"], "PERS"),
        (["حسن نصرالله", "حسن نصر الله"], "PERS"),
        (["مكتب التحقيقات الفيدرالي", "إف.بي.آي", "إف بي آي", "مكتب التحقيقات الاتحادي"], "ORG"),
        (["دونالد ترامب", "دونالد جيه ترامب", "ترمب"], "PERS"),
    ],
    ids=["isis", "un", "usa", "spelling-only", "syria", "abd-spaced-or-joined",
         "abd-with-marks", "abd-in-an-organisation", "houthis", "netanyahu-spellings",
         "dotted-acronym", "dotted-site-name", "hyphen-between-letters", "spaced-hyphen",
         "spaced-hyphen-after-the-first-name", "merkel-spellings", "xi-jinping-spaced",
         "nasrallah-spaced", "fbi", "trump-middle-initial"],
)
def test_variants_share_one_key(variants: list[str], type_: str) -> None:
    keys = {canonical_name(v, type_) for v in variants}
    assert len(keys) == 1, keys


def test_a_hyphen_before_a_number_stays() -> None:
    assert canonical_name("اف- 35", "MISC") == "اف- 35"  # a plane, not `اف 35`
    assert canonical_name("اف-35", "MISC") == "اف-35"


def test_key_is_stable_under_reapplication() -> None:
    for text in ["أميركا", "إِدْلِب", "تنظيم الدولة", "«مجلس الأمن الدولي»", "عبد الله"]:
        key = canonical_name(text, "ORG")
        assert canonical_name(key, "ORG") == key


def test_different_entities_keep_different_keys() -> None:
    assert canonical_name("روسيا", "LOC") != canonical_name("سوريا", "LOC")
    assert canonical_name("حلب", "LOC") != canonical_name("حماة", "LOC")
    assert canonical_name("عبد الله", "PERS") != canonical_name("عبد الرحمن", "PERS")


def test_light_normalize_keeps_ta_marbuta_for_display() -> None:
    assert light_normalize(" «مُعرّة   النعمان» ") == "معرة النعمان"


def _mention(text: str, type_: str, start: int, in_title: bool = False) -> Mention:
    return Mention(text, type_, start, start + len(text), canonical_name(text, type_), in_title)


def test_short_names_join_the_full_name_in_any_order() -> None:
    mentions = [
        _mention("الأسد", "PERS", 0, in_title=True),
        _mention("بشار الأسد", "PERS", 10),
        _mention("الأسد", "LOC", 40),  # mis-typed by the tagger: the person is meant
        _mention("سامي الحداد", "PERS", 60),
        _mention("الحداد", "PERS", 90),
        _mention("سامي", "PERS", 99),  # a first name alone is not joined (too ambiguous)
    ]
    join_full_names(mentions)
    assert [m.canonical for m in mentions] == [
        "بشار الاسد", "بشار الاسد", "بشار الاسد", "سامي الحداد", "سامي الحداد", "سامي",
    ]
    assert mentions[2].type == "PERS"


def test_unrelated_names_are_not_joined() -> None:
    mentions = [_mention("محمد علي", "PERS", 0), _mention("أحمد علي", "PERS", 20)]
    join_full_names(mentions)
    assert [m.canonical for m in mentions] == ["محمد علي", "احمد علي"]
