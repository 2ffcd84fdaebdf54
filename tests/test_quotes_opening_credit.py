"""A source credited at the opening of a sentence (`ووفقا لشبكة "سكاي سبورتس"، فقد …`) is the
cue's own speaker, so a bare verb after it goes on with that source rather than with the one
quoted before it; `وبحسب ما ورد،` (as reported) names nobody, even when the tagger read
`ورد` as a body. Found in stop 43's seed 2567."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

REPORTS = "ذكرت تقارير صحفية أن النادي رفض عرضا جديدا من برشلونة للتعاقد مع لاعبه."
CREDIT = ("ووفقا لشبكة \"سكاي سبورتس\"، فقد عرض برشلونة على النادي مبلغ 45 مليون جنيه "
          "إسترليني.")
GOES_ON = "وأشارت إلى أن النادي غير راغب في التخلي عن اللاعب في الوقت الراهن."


@pytest.mark.parametrize(
    ("source", "names"),
    [pytest.param("سكاي سبورتس", {"سكاي سبورتس": "ORG"}, id="outlet-in-marks"),
     pytest.param("رويترز", {"رويترز": "ORG"}, id="agency")],
)
def test_a_bare_verb_goes_on_with_the_opening_source(source: str, names: dict[str, str]) -> None:
    text = "\n".join([REPORTS, CREDIT.replace("\"سكاي سبورتس\"", source), GOES_ON])
    found = said_everywhere(text, names)
    assert [who for who, _ in found] == [
        "تقارير صحفية", f"شبكة {source}", f"شبكة {source}"]
    assert found[-1][1].startswith("النادي غير راغب")


def test_as_reported_names_nobody() -> None:
    text = ("وبحسب ما ورد، فإن السلطات الصينية قامت بالفعل بتأخير سيارات فورد في الموانئ "
            "الصينية.")
    found = said_everywhere(text, {"ورد": "ORG"})
    assert all(who != "ما ورد" for who, _ in found)
