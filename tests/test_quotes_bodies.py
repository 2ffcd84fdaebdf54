"""A definite body with a word after it that reads like a name (`البعثة الأممية بأفغانستان`,
`الشرطة الأفغانية ومسؤولون`) speaks as that body, not as the word (stop 41: 99 speakers and 37
statements of 10,000 ANT articles, most of them `قرارا`, `نسبة`, `روستوف` before); a picture
or a video a body posts speaks for it as a statement does (`نشرت البعثة صورة ذكرت فيها`)."""

from __future__ import annotations

import pytest

from quote_support import said_everywhere

SAID = "فرق حقوق الإنسان في الميدان تتأكد من الحقائق"


@pytest.mark.parametrize(
    ("text", "names", "speaker"),
    [
        pytest.param(f"وقالت البعثة الأممية بأفغانستان إن {SAID}.", {"أفغانستان": "LOC"},
                     "البعثة الأممية", id="a-place-after-the-body"),
        pytest.param(f"قالت الشرطة الأفغانية ومسؤولون في وزارة الداخلية إن {SAID}.",
                     {"وزارة الداخلية": "ORG"}, "الشرطة الأفغانية", id="joined-sources"),
        pytest.param(f"وقالت الحكومة المصرية إن {SAID}.", {}, "الحكومة المصرية",
                     id="guard-the-body-alone"),
    ],
)
def test_a_body_speaks_as_itself(text: str, names: dict[str, str], speaker: str) -> None:
    assert said_everywhere(text, names)[-1] == (speaker, SAID)


def test_a_picture_posted_speaks_for_who_posted_it() -> None:
    text = ("قالت الرئاسة الأفغانية إن الغارة استهدفت مقاتلين.\n"
            "ونشرت البعثة الأممية، الثلاثاء، صورة ذكرت فيها أن " + SAID + ".")
    assert said_everywhere(text, {"الرئاسة الأفغانية": "ORG"})[-1] \
        == ("البعثة الأممية", SAID)


def test_a_credited_titles_holder_between_commas_is_the_source() -> None:
    said = "ينص الاتفاق مع الجماعة على خروج المقاتلين وعائلاتهم من البلدة"
    text = f"وبحسب مراسل بي بي سي في سوريا، عساف عبود، {said}."
    assert said_everywhere(text, {"بي بي سي": "ORG", "عساف عبود": "PERS"})[-1] == (
        "عساف عبود", said)


def test_armed_policemen_are_no_name_of_the_police() -> None:
    """`رجال شرطة مسلحين` (armed policemen) gives `الشرطة` no fuller name: an indefinite
    participle says what kind, not which body (stop 42, ANT seed 2563)."""
    text = ("وأظهرت لقطات مصورة رجال شرطة مسلحين يطوقون المنطقة حول الكاتدرائية.\nودعت الشرطة "
            'في منشور لها على "تويتر" المواطنين إلى عدم ترويج الشائعات، حيث قالت: "أطلق '
            'زملاؤنا النار على شخص في حالة هياج".')
    assert said_everywhere(text, {})[-1] == (
        "الشرطة", "أطلق زملاؤنا النار على شخص في حالة هياج")


def test_the_body_is_not_its_spokesman_who_spoke_before() -> None:
    """`وقالت الحكومة` after `وقال متحدث باسم رابطة ضباط السجون`: the government, not the
    spokesman who spoke last (stop 42, ANT seed 2563)."""
    text = ("وقال متحدث باسم رابطة ضباط السجون إن الأرقام تعكس المشاكل الحقيقية.\nوقالت "
            "الحكومة إنها بصدد استثمار 14 مليون جنيه سنويا لمواجهة المجرمين.")
    assert said_everywhere(text, {})[-1][0] == "الحكومة"


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        pytest.param("في البرلمان المنتهية ولايته", "البرلمان العراقي", id="whose-term-ended"),
        pytest.param("في البرلمان الاتحادي", "البرلمان الاتحادي", id="guard-its-own-adjective"),
    ],
)
def test_an_adjective_of_the_bodys_term_is_not_its_name(between: str, speaker: str) -> None:
    """`البرلمان المنتهية ولايته` (the parliament whose term has ended): `المنتهية` is the
    term's, so `وأكد البرلمان` is the parliament named before, not `البرلمان المنتهية` (stop
    49, an ANT France 24 report)."""
    said = "إعادة الفرز يجب أن تتم يدويا بدون استخدام أي آلات"
    text = (f"اتخذ البرلمان العراقي الأربعاء قرارا بإعادة العد اليدوي للأصوات.\nوعقد 173 نائبا "
            f"{between} جلسة استثنائية.\nوأكد البرلمان الأربعاء أن {said}.")
    assert said_everywhere(text, {})[-1] == (speaker, said)
