"""Dates and times in Arabic text, resolved against a publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hijridate import Hijri

from siyaq.analyze.dates import annotate_dates, find_dates
from siyaq.model import Article, DateMention, Granularity

# Thursday 6 February 2020, late evening: "yesterday" is Wednesday the 5th.
THURSDAY = datetime(2020, 2, 6, 23, 54)


def only(text: str, reference: datetime | date | None = THURSDAY) -> DateMention:
    found = find_dates(text, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "value", "granularity"),
    [
        pytest.param("عقد مؤتمرا صحفيا أمس الأربعاء في جنيف", "أمس الأربعاء", "2020-02-05",
                     Granularity.DAY, id="yesterday-with-weekday"),
        pytest.param("وقع الهجوم امس في المدينة", "امس", "2020-02-05", Granularity.DAY,
                     id="yesterday-bare-alef"),
        pytest.param("وصل الوفد أول أمس إلى العاصمة", "أول أمس", "2020-02-04", Granularity.DAY,
                     id="day-before-yesterday"),
        pytest.param("يبدأ الاجتماع غداً في الرياض", "غداً", "2020-02-07", Granularity.DAY,
                     id="tomorrow-with-tanween"),
        pytest.param("تنطلق القمة بعد غد في القاهرة", "بعد غد", "2020-02-08", Granularity.DAY,
                     id="day-after-tomorrow"),
        pytest.param("أعلنت الوزارة اليوم الخميس النتائج", "اليوم الخميس", "2020-02-06",
                     Granularity.DAY, id="today-with-weekday"),
        pytest.param("التقى الرئيس الاثنين الماضي بالوفد", "الاثنين الماضي", "2020-02-03",
                     Granularity.DAY, id="last-monday"),
        pytest.param("تعقد الجلسة يوم الأحد المقبل", "الأحد المقبل", "2020-02-09",
                     Granularity.DAY, id="next-sunday"),
        pytest.param("ارتفعت الأسعار الأسبوع الماضي", "الأسبوع الماضي", "2020-W05",
                     Granularity.WEEK, id="last-week"),
        pytest.param("تبدأ المفاوضات الأسبوع المقبل", "الأسبوع المقبل", "2020-W07",
                     Granularity.WEEK, id="next-week"),
        pytest.param("تراجع الإنتاج الشهر الماضي", "الشهر الماضي", "2020-01", Granularity.MONTH,
                     id="last-month"),
        pytest.param("تجرى الانتخابات العام المقبل", "العام المقبل", "2021", Granularity.YEAR,
                     id="next-year"),
        pytest.param("سجلت الشركة خسائر العام الماضي", "العام الماضي", "2019", Granularity.YEAR,
                     id="last-year"),
        pytest.param("تشن الفصائل هجمات منذ ديسمبر الماضي على المواقع", "ديسمبر الماضي",
                     "2019-12", Granularity.MONTH, id="since-last-december"),
        pytest.param("فقد الاتصال به قبل ثلاثة أيام", "قبل ثلاثة أيام", "2020-02-03",
                     Granularity.DAY, id="three-days-ago-words"),
        pytest.param("فقد الاتصال به قبل 3 أيام", "قبل 3 أيام", "2020-02-03", Granularity.DAY,
                     id="three-days-ago-digits"),
        pytest.param("تصل الشحنة بعد يومين", "بعد يومين", "2020-02-08", Granularity.DAY,
                     id="in-two-days"),
        pytest.param("تراجعت الأسهم منذ يوم الاثنين", "الاثنين", "2020-02-03", Granularity.DAY,
                     id="since-day-monday-is-no-day-ago"),
        pytest.param("اندلعت الاشتباكات يوم الثلاثاء", "الثلاثاء", "2020-02-04", Granularity.DAY,
                     id="bare-weekday-looks-back"),
        pytest.param("تنعقد الجلسة الجمعة", "الجمعة", "2020-02-07", Granularity.DAY,
                     id="bare-weekday-tomorrow"),
        pytest.param("يحل موعد السداد في 15 الشهر الجاري", "15 الشهر الجاري", "2020-02-15",
                     Granularity.DAY, id="day-of-this-month"),
        pytest.param("وصل الوفد ظهر أمس (الأربعاء) إلى المطار", "أمس (الأربعاء)", "2020-02-05",
                     Granularity.DAY, id="weekday-in-parentheses"),
        pytest.param("تتواصل الاحتجاجات منذ 24 ديسمبر (كانون الأول) الماضي",
                     "24 ديسمبر (كانون الأول) الماضي", "2019-12-24", Granularity.DAY,
                     id="month-with-its-other-name-in-parentheses"),
        pytest.param("تجرى الانتخابات في 5 مايو (أيار) من العام المقبل",
                     "5 مايو (أيار) من العام المقبل", "2021-05-05", Granularity.DAY,
                     id="of-next-year"),
    ],
)
def test_relative_expressions(text: str, span: str, value: str, granularity: Granularity) -> None:
    mention = only(text)
    assert (mention.text, mention.value, mention.granularity) == (span, value, granularity)
    assert mention.relative


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        pytest.param("صدر القرار بتاريخ 2020/02/06 صباحا", "2020-02-06", Granularity.DAY,
                     id="ymd-slashes"),
        pytest.param("صدر القرار في 06-02-2020", "2020-02-06", Granularity.DAY, id="dmy-dashes"),
        pytest.param("صدر القرار يوم 6/2/2020", "2020-02-06", Granularity.DAY,
                     id="dmy-day-first"),
        pytest.param("صدر القرار يوم ٦/٢/٢٠٢٠", "2020-02-06", Granularity.DAY,
                     id="arabic-indic-digits"),
        pytest.param("وقعت الاتفاقية في 15 كانون الثاني 2019", "2019-01-15", Granularity.DAY,
                     id="levantine-month"),
        pytest.param("وقعت الاتفاقية في 15 جانفي 2019", "2019-01-15", Granularity.DAY,
                     id="maghrebi-month"),
        pytest.param("وقعت الاتفاقية في 3 آب 2018", "2018-08-03", Granularity.DAY,
                     id="ab-with-day-and-year"),
        pytest.param("وقعت الاتفاقية يوم الثلاثاء 14 يناير 2020", "2020-01-14", Granularity.DAY,
                     id="weekday-day-month-year"),
        pytest.param("ولد الفنان في كانون الثاني / يناير1937", "1937-01", Granularity.MONTH,
                     id="double-month-name-glued-year"),
        pytest.param("ارتفع التضخم في آذار/مارس 2014", "2014-03", Granularity.MONTH,
                     id="month-year"),
        pytest.param("تسلم الحكم عام 1989 بعد انقلاب", "1989", Granularity.YEAR, id="year"),
        pytest.param("وقع في العاشر من سبتمبر 2001", "2001-09-10", Granularity.DAY,
                     id="ordinal-day"),
    ],
)
def test_explicit_dates(text: str, value: str, granularity: Granularity) -> None:
    mention = only(text)
    assert (mention.value, mention.granularity) == (value, granularity)
    assert not mention.relative


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        pytest.param("وتعقبها في تشرين الثاني/نوفمبر تدابير أخرى", "تشرين الثاني/نوفمبر",
                     "2019-11", id="levantine-second-is-no-day"),
        pytest.param("وصلت الشحنة في كانون الأول/ديسمبر", "كانون الأول/ديسمبر", "2019-12",
                     id="levantine-first-is-no-day"),
        pytest.param("أجريت الانتخابات في كانون الثاني / يناير", "كانون الثاني / يناير",
                     "2020-01", id="spaced-slash"),
        pytest.param("بدأ القصف في آذار/مارس بلا توقف", "آذار/مارس", "2020-03",
                     id="ambiguous-first-name-made-a-month"),
        pytest.param("أغلق المعبر في يونيو (حزيران)", "يونيو (حزيران)", "2020-06",
                     id="second-name-in-brackets"),
        pytest.param("منذ أكتوبر تشرين الأول تراجعت الأسعار", "أكتوبر تشرين الأول", "2019-10",
                     id="two-names-spaced"),
        pytest.param("تراجعت العقود تسليم أغسطس آب 1.3 بالمئة", "أغسطس آب", "2019-08",
                     id="a-decimal-after-it-is-no-day"),
        pytest.param("منذ مارس من العام الماضي تراجعت الأسعار", "مارس من العام الماضي", "2019-03",
                     id="of-last-year"),
    ],
)
def test_two_names_of_one_month_are_one_date(text: str, span: str, value: str) -> None:
    """`تشرين الثاني/نوفمبر` without a day is a month: the ordinal is the month's own name
    (it was read as the 2nd of November), and the two names make one mention."""
    mention = only(text)
    assert (text[mention.start:mention.end], mention.value, mention.granularity) == (
        span, value, Granularity.MONTH)


def test_year_less_date_takes_the_nearest_year() -> None:
    # 2 October, read on 6 February 2020: last October is four months away, next one eight.
    assert only("انتهت الهدنة في 2 أكتوبر").value == "2019-10-02"
    assert only("تبدأ الهدنة في 20 فبراير").value == "2020-02-20"


@pytest.mark.parametrize(
    ("text", "hijri"),
    [
        pytest.param("صدر المرسوم في 12 ربيع الأول 1441 هـ", (1441, 3, 12), id="rabi-al-awwal"),
        pytest.param("بدأ الصيام في 1 رمضان 1441هـ", (1441, 9, 1), id="ramadan-glued-ha"),
        pytest.param("الموافق 10 ذو الحجة 1440 هجرية", (1440, 12, 10), id="dhu-al-hijja"),
        pytest.param("الموافق 3/ 4/ 1436، إنا لله", (1436, 4, 3), id="numeric-day-first"),
        pytest.param("صدر في 1436/04/03 بيان", (1436, 4, 3), id="numeric-year-first"),
        pytest.param("يوم 3-4-1436هـ", (1436, 4, 3), id="numeric-glued-ha"),
    ],
)
def test_hijri_dates_convert_to_gregorian(text: str, hijri: tuple[int, int, int]) -> None:
    mention = only(text)
    assert mention.value == Hijri(*hijri).to_gregorian().isoformat()
    assert mention.granularity is Granularity.DAY


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("يبدأ حظر التجول الساعة العاشرة مساء", "T22:00", id="hour-word-evening"),
        pytest.param("وصلت الطائرة في 7:30 م", "T19:30", id="clock-pm-letter"),
        pytest.param("انطلق القطار 8 صباحا", "T08:00", id="digit-morning"),
        pytest.param("تبدأ الجلسة الساعة 12 ظهرا", "T12:00", id="noon"),
        pytest.param("وصل الوفد الثامنة والربع", "T08:15", id="quarter-past"),
        pytest.param("سجل الجنيه أدنى مستوى بحلول الساعة 1044 بتوقيت جرينتش", "T10:44",
                     id="hhmm"),
    ],
)
def test_times(text: str, value: str) -> None:
    assert only(text).value == value


def test_day_and_time_become_one_mention() -> None:
    mention = only("انطلقت المسيرة أمس الأربعاء في الساعة 7 مساء")
    assert (mention.value, mention.granularity) == ("2020-02-05T19:00", Granularity.HOUR)
    stamp = only("تاريخ النشر : 23:54 - 2020/02/06")
    assert (stamp.value, stamp.granularity) == ("2020-02-06T23:54", Granularity.MINUTE)


def test_named_weekday_wins_over_the_clock() -> None:
    # Published just after midnight on Friday: "yesterday Wednesday" is still the 5th.
    assert only("قال أمس الأربعاء", datetime(2020, 2, 7, 0, 30)).value == "2020-02-05"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("احتفلت المدارس باليوم الوطني للبلاد", id="national-day"),
        pytest.param("أقيمت صلاة الجمعة في المسجد الكبير", id="friday-prayer"),
        pytest.param("بلغت الصادرات في 3.5 مليون طن", id="decimal-number"),
        pytest.param("فاز الفريق للمرة السابعة", id="ordinal-not-hour"),
        pytest.param("وقعت الحادثة في ذلك اليوم", id="that-day"),
        pytest.param("عاد إلى بيت أبيه", id="ab-as-father"),
        pytest.param("تنشر صحيفة (عين اليوم) تقريرا مصورا", id="newspaper-named-today"),
        pytest.param("استقر المؤشر عند 4.103 نقطة", id="decimal-after-at"),
        pytest.param("وصل الوفد قبل يوم واحد من القمة", id="relative-to-another-event"),
        pytest.param("استقال بعد خمسة أيام فقط من فوزه باللقب", id="only-days-after-an-event"),
        pytest.param("تزداد قوته يوما بعد يوم في المنطقة", id="day-after-day"),
        pytest.param("يسير الضوء 300 ألف كيلومتر في الثانية، تقريبا", id="per-second"),
        pytest.param("قتلت فتاة في الثانية عشرة من العمر", id="an-age-of-twelve"),
        pytest.param("وفي الثانية علا صوته", id="the-second-round"),
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, THURSDAY) == []


def test_without_reference_only_explicit_dates_resolve() -> None:
    found = find_dates("أعلن أمس عن اتفاق وقع في 12 يناير 2020", None)
    assert [(m.text, m.value, m.relative) for m in found] == [
        ("أمس", None, True), ("12 يناير 2020", "2020-01-12", False)]


def test_offsets_point_into_the_original_text() -> None:
    text = "وأعلنَ الوزيرُ أمسِ الأربعاءَ، أنّ الاجتماعَ سيُعقدُ غداً في ١٥ شُباط ٢٠٢٠ الساعة ٩ صباحاً."
    found = find_dates(text, THURSDAY)
    assert len(found) == 3
    for mention in found:
        assert text[mention.start:mention.end] == mention.text
    assert [m.value for m in found] == ["2020-02-05", "2020-02-07", "2020-02-15T09:00"]


def _article(body: list[str], published: datetime | None) -> Article:
    return Article(id="a", content_hash="h", origin="test", body=body, published_at=published)


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        pytest.param(["أعلنت الحكومة خطة جديدة.", "وقال الوزير في مؤتمر عقده أمس الأربعاء إن…"],
                     THURSDAY, date(2020, 2, 5), id="relative-in-second-paragraph"),
        pytest.param(["وقعت الاتفاقية في 12 يناير 2015 بين البلدين."], THURSDAY, None,
                     id="background-date-too-old"),
        pytest.param(["وقع الزلزال في 3 فبراير 2020 فجرا."], None, date(2020, 2, 3),
                     id="explicit-without-publication"),
        pytest.param(["تفاصيل الخبر.", "لا تاريخ هنا.", "وقع ذلك أمس."], THURSDAY, None,
                     id="only-first-two-paragraphs"),
        pytest.param(["أقيمت ظهر اليوم الجمعة جنازة الفنان. وولد الفنان في 15 يناير 1937."],
                     None, None, id="birth-date-is-not-the-event"),
        pytest.param(["ولد الفنان في 15 يناير 2020 وتوفي في 20 يناير 2020."], None,
                     date(2020, 1, 20), id="birth-skipped-death-taken"),
        pytest.param(["احتفلت الشركة بذكرى تأسيسها في 5 فبراير 2020 أمس."], THURSDAY,
                     date(2020, 2, 5), id="anniversary-skipped-relative-taken"),
        pytest.param(["قرر البنك مساء اليوم الخميس رفع الفائدة.",
                      "وقرر البنك يوم الخميس 3 نوفمبر 2016 تحرير سعر الصرف."], None, None,
                     id="recap-after-unresolved-today"),
        pytest.param(["أعلن الديوان فجر اليوم وفاة الملك، في هذا اليوم الجمعة الموافق 3/ 4/ 1436."],
                     None, date(2015, 1, 23), id="today-named-by-hijri-date"),
        pytest.param(["توفي أمس الخميس، وأعلن اليوم الجمعة الموافق 3/ 4/ 1436 موعد الجنازة."],
                     None, None, id="another-relative-day-named"),
        pytest.param(["قرر البنك يوم الخميس 3 نوفمبر 2016 تحرير سعر الصرف."], THURSDAY, None,
                     id="recap-too-far-from-publication"),
    ],
)
def test_event_date(body: list[str], published: datetime | None, expected: date | None) -> None:
    article = _article(body, published)
    annotate_dates(article)
    assert article.event_date == expected
    for mention in article.dates:
        assert article.text[mention.start:mention.end] == mention.text


NUMBER_CONTEXTS = [
    "", "/05/2020", "-5-2020", ".5.2020", "/5, 2020", "/5", ".5", "-5", ":30", ":30:15 مساء",
    " مساء", " صباحا", " والربع مساء", " يناير 2020", " من يناير", " من الشهر الجاري",
    " الشهر الماضي", " رمضان 1436", " ربيع الاول 1436 هـ", " منتصف الليل", " 2020",
]


@pytest.mark.parametrize("cue", ["", "في ", "عند ", "يوم ", "الساعة "], ids=["bare", "fi", "inda", "yawm", "saa"])
@pytest.mark.parametrize("prefix", ["", "ال", "و"], ids=["no-prefix", "al", "wa"])
def test_number_rules_read_only_numbers_of_their_declared_lengths(cue: str, prefix: str) -> None:
    """The finder skips number rules that cannot read a number of that many digits: no rule
    may match one outside its NUMBER_LENGTHS (else results would depend on the skip)."""
    from siyaq.analyze.dates import NUMBER_LENGTHS
    from siyaq.analyze.dates_grammar import DIGITS, date_rules, first_words
    from siyaq.analyze.dates_lexicon import Pieces
    from siyaq.analyze.dates_text import normalize
    from siyaq.analyze.dates_times import time_rules

    pieces = Pieces()
    starts = first_words()
    rules = [r for r in date_rules(pieces) + time_rules(pieces) if DIGITS in starts[r.name]]
    assert {r.name for r in rules} >= set(NUMBER_LENGTHS)
    for digits in ("7", "12", "123", "2015", "12345", "123456"):
        for context in NUMBER_CONTEXTS + _lexicon_contexts():
            text = normalize(f"{cue}{prefix}{digits}{context}")
            for rule in rules:
                if rule.pattern.match(text, len(normalize(cue))) is not None:
                    assert len(digits) in NUMBER_LENGTHS.get(rule.name, (1, 2)), (rule.name, text)


def _lexicon_contexts() -> list[str]:
    """What may follow a number in a date or time, word by word of the lexicons: every month
    (maybe after من, شهر, a separator), hijri month, period, time of day, fraction, fixed
    time. A rule matching one with a follower not in NUMBER_FOLLOWERS fails the tests below."""
    from siyaq.analyze.dates_lexicon import AM_MARKERS, PM_MARKERS, gregorian_months
    from siyaq.analyze.dates_text import normalize
    from siyaq.arabic.months import HIJRI_MONTHS

    months = [normalize(m) for m in gregorian_months()]
    hijri = [normalize(m) for m in HIJRI_MONTHS]
    contexts = [f"{pre}{m}{post}" for m in months
                for pre in (" ", " من ", " شهر ", "/", " - ") for post in ("", " 2020", " الماضي")]
    contexts += [f"{pre}{m} 1436" for m in hijri for pre in (" ", " من ", " من شهر ", " شهر ")]
    contexts += [f" {this}{unit}" for this in ("", "هذا ", "هذه ", "من ", "من هذا ")
                 for unit in ("الاسبوع", "الشهر", "العام", "السنه")]
    markers = [*PM_MARKERS, *AM_MARKERS, "منتصف الليل", "في الليل"]
    contexts += [f"{frac}{m}" for m in markers
                 for frac in (" ", "", " والنصف ", " و 10 دقائق ", " الا ربع ", " وربع ")]
    contexts += [" منتصف الليل", " منتصف النهار", " منتصف الصباح", " وقت الظهيره", " الظهيره",
                 " الظهر", " منتصف-الليل"]
    return contexts


FOLLOWER_CONTEXTS = [
    *_lexicon_contexts(),
    *NUMBER_CONTEXTS,
    " / 05 / 2020", " - 5 - 2020", " . 5 . 2020", "  /5", " .5", "\t-5", " :30", "/5/20",
    "،5", "%", " %", " .", "/", ":", "-",
]


@pytest.mark.parametrize("cue", ["", "في ", "عند ", "يوم ", "الساعة "], ids=["bare", "fi", "inda", "yawm", "saa"])
@pytest.mark.parametrize("prefix", ["", "ال", "و"], ids=["no-prefix", "al", "wa"])
def test_number_rules_start_only_before_their_declared_followers(cue: str, prefix: str) -> None:
    """The finder skips number rules whose needed character (NUMBER_FOLLOWERS) does not
    follow the digits, past blanks: no such rule may match a number followed by another."""
    from siyaq.analyze.dates import NUMBER_FOLLOWERS
    from siyaq.analyze.dates_grammar import DIGITS, date_rules, first_words
    from siyaq.analyze.dates_lexicon import Pieces
    from siyaq.analyze.dates_text import normalize
    from siyaq.analyze.dates_times import time_rules

    pieces = Pieces()
    starts = first_words()
    rules = [r for r in date_rules(pieces) + time_rules(pieces) if r.name in NUMBER_FOLLOWERS]
    assert all(DIGITS in starts[r.name] for r in rules) and len(rules) == len(NUMBER_FOLLOWERS)
    for digits in ("7", "12", "2015"):
        for context in FOLLOWER_CONTEXTS:
            text = normalize(f"{cue}{prefix}{digits}{context}")
            follower = context.lstrip()[:1]
            for rule in rules:
                if rule.pattern.match(text, len(normalize(cue))) is not None:
                    assert follower and follower in NUMBER_FOLLOWERS[rule.name], (rule.name, text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وصل في 12/5/2020 ثم في 12 / 5 / 2020", id="dmy"),
        pytest.param("قال يوم 5/12, 2020 إنه", id="us"),
        pytest.param("في 12.5 و3-4 و12 / 5", id="day-month"),
        pytest.param("الساعة 10:30 صباحا و10:30 وال10 : 30", id="clock"),
        pytest.param("2020-02-05 و2020 / 02 / 05 و2020.02.05 و2015 عام", id="ymd"),
        pytest.param("بلغ 20 % من 12 مايو 2020 و12 ظهرا", id="no-follower"),
    ],
)
def test_the_follower_skip_changes_no_result(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from siyaq.analyze import dates

    reference = datetime(2020, 6, 1)
    gated = dates.DateFinder().find(text, reference)
    monkeypatch.setattr(dates, "NUMBER_FOLLOWERS", {})
    assert dates.DateFinder().find(text, reference) == gated


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("افتتح كوبري 6 أكتوبر الجديد أمس", [("أمس", "2020-02-05")], id="bridge"),
        pytest.param("احتفلوا بذكرى ثورة 25 يناير في الميدان", [], id="revolution"),
        pytest.param("تقع المدرسة في مدينة السادس من أكتوبر", [], id="city"),
        pytest.param("تسوق الناس في سوق الجمعة الشعبي", [], id="market"),
        pytest.param("وقعت هجمات 11 سبتمبر عام 2001", [("11 سبتمبر عام 2001", "2001-09-11")],
                     id="named-day-with-its-year-is-that-day"),
        pytest.param("ناقش المجلس أحداث أمس في الجلسة", [("أمس", "2020-02-05")],
                     id="a-day-said-is-no-name"),
        pytest.param("وصل الوزير إلى المدينة يوم الجمعة", [("الجمعة", "2020-02-07")],
                     id="the-city-with-al-is-no-name"),
    ],
)
def test_names_made_of_dates_are_not_dates(text: str, found: list[tuple[str, str]]) -> None:
    dates = find_dates(text, date(2020, 2, 6))
    assert [(d.text, d.value) for d in dates] == found


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        pytest.param("وصلت بعثة الفريق أمس الأول إلى تركيا", "أمس الأول", "2020-02-04",
                     id="day-before-yesterday-gulf"),
        pytest.param("فاز الفريق أمس الأول الثلاثاء على ضيفه", "أمس الأول الثلاثاء", "2020-02-04",
                     id="day-before-yesterday-with-weekday"),
        pytest.param("نشرت الأحكام الإدارية لعام ١٤٢٨هـ كاملة", "عام ١٤٢٨هـ", "2007",
                     id="hijri-year-indic-digits"),
        pytest.param("صدر القرار عام 1436 هـ بعد دراسة", "عام 1436 هـ", "2015", id="hijri-year"),
        pytest.param("وقع الحادث عند الساعة 12:58 صباح أمس", "الساعة 12:58 صباح أمس",
                     "2020-02-05T00:58", id="twelve-in-the-morning-is-after-midnight"),
        pytest.param("وصلت الحملة في 24 يوليو تموز عام 2014 إلى المدينة", "24 يوليو تموز عام 2014",
                     "2014-07-24", id="day-month-two-names-and-year-after-aam"),
        pytest.param("بدأت المفاوضات في مارس من العام 2011 بجنيف", "مارس من العام 2011", "2011-03",
                     id="month-of-the-year"),
        pytest.param("بدأ العمل عند الساعة العاشرة والثلث صباحا", "الساعة العاشرة والثلث صباحا",
                     "T10:20", id="a-third-past"),
    ],
)
def test_dates_read_on_news(text: str, span: str, value: str) -> None:
    """Errors found by reading a random sample of dates in real news (stop 13)."""
    found = only(text)
    assert (found.text, found.value) == (span, value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("تسبب الأرائك في آلام الظهر لدى كثيرين", id="the-back-is-no-noon"),
        pytest.param("شاركت المغنية جوان بيز في المهرجان", id="joan-is-no-june"),
        pytest.param("وزعت الوزارة موسوعة خطب الجمعة على الفروع", id="friday-sermons"),
        pytest.param("وفي اليوم ذاته تلقت الفرقة بلاغا آخر", id="the-same-day"),
        pytest.param("فبعد عام على ولادة التنظيم تغير كل شيء", id="a-year-after-an-event"),
        pytest.param("قصر الإجازة ما قبل شهر رمضان", id="before-the-month-of-ramadan"),
        pytest.param("يبدل ما بين 800 ومليون درهم يوميا في اليوم في بداية الشهر", id="per-day"),
        pytest.param("تنقطع الكهرباء لساعات طويلة في اليوم.", id="per-day-at-the-end"),
        pytest.param("عكاظ اليوم، واس - دبي", id="a-newspaper-named-today"),
        pytest.param("وقال الدكتور في حديث خاص لـ«اليوم»: إن الحاجة ماسة", id="the-paper-al-yawm"),
    ],
)
def test_words_that_are_no_dates_in_news(text: str) -> None:
    assert find_dates(text, THURSDAY) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("سأعود الظهر إلى المكتب", "T12:00", id="noon-after-a-verb"),
        pytest.param("بعد صلاة الظهر مباشرة", "T12:00", id="noon-prayer"),
        pytest.param("في جوان الماضي", "2019-06", id="june-maghreb-with-modifier"),
    ],
)
def test_the_same_words_still_dates(text: str, value: str) -> None:
    assert [d.value for d in find_dates(text, THURSDAY)] == [value]


NEXT_CONTEXTS = [
    " الظهر الساعة 3", " الظهر 3 مساء", " الظهر 3:30", " الظهر الثالثة والنصف", " الظهر",
    " غد", " الغد", " غد الخميس", " غدالخميس", " الغد، الجمعة", " غدا", " الغداء الساعة 3",
    " الغداء 3:30 مساء", " الظهيرة", " الظهيره", " العام", " الاسبوع الماضي", " الشهر المقبل",
    " السنة الجارية", " العام يوم الخميس", " يومين", " 3 ايام", " الساعة 3", " 3:30",
    " الثالثة والنصف", " منتصف الليل", " 12 ظهرا", " ساعات", " الشهر",
]


@pytest.mark.parametrize("clitic", ["", "و", "ب"])
def test_rules_at_trigger_words_need_their_declared_next_words(clitic: str) -> None:
    """The finder tries some rules at `بعد`, `وقت`, `هذا`, `هذه` only when the next word begins
    as NEXT_WORDS says: no such rule may match when it does not."""
    from siyaq.analyze.dates import NEXT_WORDS
    from siyaq.analyze.dates_grammar import date_rules
    from siyaq.analyze.dates_lexicon import Pieces
    from siyaq.analyze.dates_text import normalize
    from siyaq.analyze.dates_times import time_rules

    rules = {r.name: r for r in date_rules(Pieces()) + time_rules(Pieces())}
    for word, needs in NEXT_WORDS.items():
        for name, prefixes in needs.items():
            for context in NEXT_CONTEXTS:
                text = normalize(f"قال {clitic}{word}{context}")
                after = normalize(context).split()[0]
                if rules[name].pattern.match(text, len("قال ")) is not None:
                    assert after.startswith(prefixes), (name, text)


@pytest.mark.parametrize("context", NEXT_CONTEXTS)
def test_the_next_word_skip_changes_no_result(context: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from siyaq.analyze import dates

    reference = datetime(2020, 6, 1)
    text = " ".join(f"وصل {word}{context} ثم" for word in ("بعد", "وبعد", "وقت", "هذا", "وهذه"))
    gated = dates.DateFinder().find(text, reference)
    monkeypatch.setattr(dates, "NEXT_WORDS", {})
    assert dates.DateFinder().find(text, reference) == gated
