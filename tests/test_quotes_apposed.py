"""A title, where the office is, then its holder between commas (stop 35, from ANT seed
2548): `وقال قائد قوات التحالف في الساحل الغربي لليمن، العميد الركن عبد السلام الشحي،
لـ"سكاي نيوز عربية" إن` is the brigadier's; the outlet in marks is whom he told, and the same
title later (`وأشار قائد قوات التحالف في الساحل الغربي إلى أن`) is him again."""

from __future__ import annotations

from quote_support import said_everywhere

TEXT = ("بدأت قوات التحالف عمليات عسكرية واسعة باتجاه مدينة الحديدة.\n"
        "وقال قائد قوات التحالف العربي في الساحل الغربي لليمن، العميد الركن عبد السلام الشحي، "
        "لـ\"سكاي نيوز عربية\" إن العمليات تدور في أكثر من اتجاه حتى تحقق أهدافها.\n"
        "وأشار قائد قوات التحالف العربي في الساحل الغربي إلى أن عناصر الميليشيات يبيعون "
        "أسلحتهم لتأمين وسيلة هروب.")
NAMES = {"عبد السلام الشحي": "PERS", "سكاي نيوز عربية": "ORG"}


def test_the_holder_named_after_the_place_speaks() -> None:
    found = said_everywhere(TEXT, NAMES)
    assert found[0] == ("عبد السلام الشحي", "العمليات تدور في أكثر من اتجاه حتى تحقق أهدافها")


def test_guard_the_outlet_told_is_no_quote() -> None:
    assert all(quote != "سكاي نيوز عربية" for _, quote in said_everywhere(TEXT, NAMES))


def test_the_same_title_later_is_the_same_man() -> None:
    found = said_everywhere(TEXT, NAMES)
    assert found[-1] == ("عبد السلام الشحي",
                         "عناصر الميليشيات يبيعون أسلحتهم لتأمين وسيلة هروب")
