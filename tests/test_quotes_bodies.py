"""An organisation noun with a nationality (`وقالت الخارجية السعودية`) is not the fuller name
of another body of that kind met earlier (`الخارجية الكندية`); without one, or for a club or a
company described by its nationality, it still is (stop 39, from ANT seed 2555)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "هذه التصريحات لا تستند إلى أدلة أو حقائق"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param("وطالبت الخارجية الكندية بالإفراج عن النشطاء.\nوقالت الخارجية السعودية "
                     f'في بيان: "{SAID}".', {"الخارجية الكندية": "ORG"}, "الخارجية السعودية",
                     id="another-nations-ministry"),
        pytest.param("التقى الوزيران على هامش اجتماع وزراء خارجية رابطة دول جنوب شرق آسيا.\n"
                     f'وقالت الخارجية الأمريكية إن الوزيرين "{SAID}".', {"آسيا": "LOC"},
                     "الخارجية الأمريكية", id="a-state-body-not-another-kind"),
        pytest.param("وأدانت الحكومة الإيرانية الهجوم.\nكما قالت الحكومة السورية في بيان "
                     f'إن "{SAID}".', {"الحكومة الإيرانية": "ORG"}, "الحكومة السورية",
                     id="another-government"),
        pytest.param("وأعلن نادي ليفربول تعاقده مع اللاعب.\nوقال النادي الإنجليزي في بيان: "
                     f'"{SAID}".', {"نادي ليفربول": "ORG"}, "نادي ليفربول",
                     id="guard-a-club-described-by-its-nationality"),
        pytest.param("وقالت الحكومة اليمنية إن الميناء محاصر.\nوأشارت الحكومة الشرعية إلى "
                     f'أن "{SAID}".', {"الحكومة اليمنية": "ORG"}, "الحكومة اليمنية",
                     id="guard-an-adjective-that-is-no-nationality"),
    ],
)
def test_a_body_with_a_nationality_is_that_nations(
        text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param('أظهرت دراسة أجراها معهد "يوروستات" الأوروبي للإحصاءات أن السكان أثرى.\n'
                     f'وأشار المعهد في بيان إلى أن "{SAID}".', {"يوروستات": "MISC"},
                     "معهد يوروستات", id="an-institute-named-in-marks"),
        pytest.param("أصدر منتدى المؤسسات النقدية تقريره السنوي.\nوقال المنتدى في تقريره "
                     f'"{SAID}".', {}, "منتدى المؤسسات النقدية", id="a-forum"),
    ],
)
def test_an_institute_is_the_one_named_before(
        text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)


@pytest.mark.parametrize(
    ("text", "names", "found"),
    [
        pytest.param("كشفت منظمة العفو الدولية أن الشباب يرغبون في الهجرة.\nوبحسب المنظمة، فإن "
                     "الأشهر الثلاثة الأولى شهدت محاولة آلاف العبور إلى أوروبا.",
                     {"منظمة العفو الدولية": "ORG"}, ("منظمة العفو الدولية", "الأشهر الثلاثة"),
                     id="the-organisation-named-before"),
        pytest.param("ذكرت صحيفة دون بالون أن الإدارة تفكر في المدرب.\nوبحسب الصحيفة فإن "
                     "رونالدو يخشى قدوم النجم المصري إلى الفريق.", {"دون بالون": "ORG"},
                     ("صحيفة دون بالون", "رونالدو يخشى"), id="the-paper-named-before"),
        pytest.param("كشفت منظمة العفو الدولية أن الشباب يرغبون في الهجرة.\nووفقا للمعلومات، "
                     "فإن الأشهر الثلاثة الأولى شهدت محاولة آلاف العبور إلى أوروبا.",
                     {"منظمة العفو الدولية": "ORG"}, None, id="guard-what-is-known"),
    ],
)
def test_a_credit_to_a_body_named_before_opens_its_statement(
        text: str, names: dict[str, str], found: tuple[str, str] | None) -> None:
    quotes = said_everywhere(text, names)
    if found is None:
        assert len(quotes) == 1
    else:
        assert any(speaker == found[0] and said.startswith(found[1]) for speaker, said in quotes)
