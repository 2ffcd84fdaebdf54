"""The date grammar: the rules that read dates in normalized Arabic text, and the words each
rule's matches can start with (the finder tries a rule only where one of its first words is)."""

from __future__ import annotations

from datetime import date

from siyaq.analyze import dates_rules as r
from siyaq.analyze.dates_lexicon import CURRENT_WORDS, Pieces, alternation, gregorian_months
from siyaq.analyze.dates_text import HOUR_WORDS, day_ordinals
from siyaq.arabic.months import HIJRI_MONTHS, WEEKDAYS

DIGITS = "#"  # the trigger key of any number (`2020`, `ال19`)


def first_words() -> dict[str, frozenset[str]]:
    """For each rule, the (normalized) words its matches can start with."""
    weekdays = frozenset(WEEKDAYS)
    months = frozenset(m.split()[0] for m in gregorian_months()) | {"شهر"}
    hijri = frozenset(m.split()[0] for m in HIJRI_MONTHS) | {"شهر"}
    ordinals = frozenset(w.split()[0] for w in day_ordinals())
    hours = frozenset(w.split()[0] for w in HOUR_WORDS)
    day = ordinals | {DIGITS}
    before_time = frozenset({"بعد", "الظهر", "وقت"})
    return {
        "textual_dmy": weekdays | day,
        "textual_mdy": weekdays | months,
        "month_year": months,
        "month_relative": months,
        "month_named": months,
        "month_alone": months,
        "numeric_ymd": frozenset({DIGITS}),
        "numeric_dmy": frozenset({DIGITS}),
        "numeric_us": frozenset({DIGITS}),
        "numeric_dm": frozenset({DIGITS}),
        "numeric_dm_cued": frozenset({DIGITS}),
        "year": frozenset({"عام", "العام", "سنه", "السنه", "لعام", "لسنه"}),
        "hijri": day | hijri,
        "relative_day": frozenset({"اول", "امس", "البارحه", "اليوم", "غدا", "بعد"}),
        "weekday_relative": weekdays,
        "weekday_nth": weekdays,
        "weekday": weekdays,
        "period": day | {"هذا", "هذه", "الاسبوع", "الشهر", "العام", "السنه"},
        "ago": frozenset({"قبل", "بعد", "منذ"}),
        "clock": before_time | {DIGITS, "الساعه"},
        "hour": before_time | {"الساعه"},
        "hour_marked": before_time | hours | {DIGITS},
        "hour_fraction": before_time | hours,
        # Cued by the word before (في, عند): tried at the number or hour word itself, since
        # في is among the commonest words of any text.
        "hour_at": hours,
        "hour_at_digits": frozenset({DIGITS}),
        "fixed": frozenset({DIGITS, "الساعه", "منتصف", "وقت", "الظهيره", "الظهر"}),
    }


def date_rules(p: Pieces) -> list[r.Rule]:
    cur = alternation(CURRENT_WORDS)
    mod = rf"{p.past}|{p.next}|{cur}"
    wd = rf"(?P<wd>{p.weekday})\s*[,،]?\s*"
    in_year = r"(?:(?:من\s+)?(?:عام|العام|سنه|السنه)\s+)?"  # `في يوليو عام 2014`
    rules = [
        (
            "textual_dmy",
            rf"(?P<core>(?:{wd})?(?<!تشرين\s)(?<!كانون\s)(?P<d>{p.day})(?:\s*[./\-]\s*|\s+)"
            rf"(?:من\s+)?(?:شهر\s+)?"
            rf"(?P<mon>{p.months})(?:\s*[.,،/\-]?\s*{in_year}(?P<y>{p.year})|\s+(?P<mod>{mod})"
            rf"|\s+من\s+(?:العام|السنه)\s+(?P<ymod>{mod}))?)(?!\w)",
            r.resolve_textual,
        ),
        (
            "textual_mdy",
            rf"(?P<core>(?:{wd})?(?P<mon>{p.months})\s*[\-/]?\s*(?P<d>\d{{1,2}}(?!\d)(?![.,٫]\d)|{p.ordinal})"
            rf"(?:\s*[,،]?\s*(?P<y>{p.year}))?(?P<mod>)?)(?!\w)",
            r.resolve_textual,
        ),
        (
            "month_year",
            rf"(?P<core>(?:شهر\s+)?(?P<mon>{p.months})\s*[,،/\-]?\s*{in_year}(?P<y>\d{{4}}))(?!\d)",
            r.resolve_month_year,
        ),
        (
            "month_relative",
            rf"(?P<core>(?:شهر\s+)?(?P<mon>{p.months})\s+(?:(?P<mod>{mod})"
            rf"|من\s+(?:العام|السنه)\s+(?P<ymod>{mod})))(?!\w)",
            r.resolve_month_relative,
        ),
        ("month_named", rf"(?P<core>شهر\s+(?P<mon>{p.months}))(?!\w)", r.resolve_month_relative),
        # `تشرين الثاني/نوفمبر`, `يونيو (حزيران)`: the second name belongs to the first, and
        # makes an ambiguous one (`آب` father, `مارس` practise) a month.
        (
            "month_alone",
            rf"(?P<core>(?P<mon>(?:{p.month})(?:\s*/\s*(?:{p.month})|\s+(?:{p.month})(?!\w)"
            rf"|\s*\(\s*(?:{p.month})\s*\))"
            rf"|(?:{p.safe_month})))(?!\w)",
            r.resolve_month_relative,
        ),
        (
            "numeric_ymd",
            r"(?P<core>(?P<ymd>(?P<y>\d{4}))\s*(?P<sep>[/.\-])\s*(?P<a>\d{1,2})\s*(?P=sep)"
            r"\s*(?P<b>\d{1,2}))(?!\d)",
            r.resolve_numeric,
        ),
        (
            "numeric_dmy",
            r"(?P<core>(?P<a>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<b>\d{1,2})\s*(?P=sep)\s*"
            r"(?P<y>\d{4}|\d{2}))(?!\d|[/.\-]\d)",
            r.resolve_numeric,
        ),
        (
            "numeric_us",
            r"(?P<core>(?P<us>(?P<a>\d{1,2})/(?P<b>\d{1,2})),\s*(?P<y>\d{4}|\d{2}))(?!\d)",
            r.resolve_numeric,
        ),
        (
            "numeric_dm",
            r"(?P<core>(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2}))(?![\d/]|\s*[/,]\s*\d)",
            r.resolve_numeric,
        ),
        (
            "numeric_dm_cued",
            r"(?:(?<=في\s)|(?<=يوم\s)|(?<=بتاريخ\s)|(?<=الموافق\s))(?P<core>(?P<a>\d{1,2})[.\-](?P<b>\d{1,2}))"
            r"(?![\d.\-%])(?!\s*(?:مليون|مليار|الف|بالمئه|في\s+المئه|دولار|نقط|درج))",
            r.resolve_numeric,
        ),
        (
            "year",
            r"(?P<core>(?:عام|العام|سنه|السنه|لعام|لسنه)\s+(?P<y>\d{4})"
            r"(?:\s*(?P<h>ه|هجريه|هجري)(?!\w))?)(?!\d)",
            r.resolve_year,
        ),
        (
            "hijri",
            rf"(?P<core>(?:(?P<d>{p.day})\s+(?:من\s+)?)?(?:شهر\s+)?(?P<hm>{p.hijri})\s+"
            r"(?:(?:عام|سنه|لعام)\s+)?(?P<y>1[3-5]\d\d)(?!\d)(?:\s*(?:هجريه|هجري|ه)(?!\w))?)",
            r.resolve_hijri,
        ),
        (
            "relative_day",
            r"(?P<core>(?P<rel>اول\s+(?:من\s+)?امس|امس\s+الاول(?!\s+من(?!\w))|امس|البارحه|"
            rf"(?<!ذلك\s)(?<!نفس\s)(?<!ذات\s)(?<!عين\s)(?<!عين\s\()(?<!عكاظ\s)(?<!في\s(?=اليوم\s*(?:[.,،]|في\s|الواحد|$)))(?:(?<![«\"“])|(?!اليوم[»\"”]))اليوم(?!\s+(?!(?:{p.weekday}|الساعه)(?!\w))ال\w)(?!\s+(?:ذاته|نفسه|عينه)(?!\w))"
            rf"|غدا|بعد\s+(?:غد|الغد))(?:\s*[,،(]?\s*(?:يوم\s+)?(?P<wd>{p.weekday})\)?)?)(?!\w)",
            r.resolve_relative_day,
        ),
        (
            "weekday_relative",
            rf"(?P<core>(?P<wd>{p.weekday})\s+(?P<mod>{p.past}|{p.next}))(?!\w)",
            r.resolve_weekday,
        ),
        (
            "weekday_nth",
            rf"(?P<core>(?P<wd>{p.weekday})\s+(?P<nth>الاول|الثاني|الثالث|الرابع|الخامس))"
            r"(?!\w)(?!\s+(?:عشر|و\w))",
            r.resolve_weekday,
        ),
        (
            "weekday",
            rf"(?<!صلاه\s)(?<!خطبه\s)(?<!خطب\s)(?P<core>(?P<wd>{p.weekday}))(?!\w)(?!\s+عشر)",
            r.resolve_weekday,
        ),
        (
            "period",
            rf"(?P<core>(?:(?P<d>{p.day})\s+(?:من\s+)?)?(?:(?P<this>هذا|هذه)\s+)?"
            rf"(?P<unit>الاسبوع|الشهر|العام|السنه)(?:\s+(?P<mod>{mod}))?"
            rf"(?:\s+(?:يوم\s+)?(?P<wd>{p.weekday}))?)(?!\w)",
            _resolve_period,
        ),
        (
            "ago",
            # not `يوما بعد يوم` (day after day), nor `بعد يوم واحد فقط من …` (after another
            # event, not the publication)
            r"(?<!يوما\s)(?<!يوم\s)(?<!شهرا\s)(?<!عاما\s)(?<!سنه\s)"
            rf"(?P<core>(?P<dir>قبل|بعد|منذ)\s+(?:(?P<n>\d{{1,3}}|{p.card})\s+)?(?P<unit>{p.unit}))"
            r"(?!\w)(?!(?:\s+واحد\w?)?(?:\s+فقط)?\s*(?:من|علي)\s)(?!\s*\d)"
            rf"(?!\s+(?:{p.weekday}))(?!\s+(?:{p.hijri}|{p.month})(?!\w))",  # قبل شهر رمضان
            _resolve_ago,
        ),
    ]
    return [r.compile_rule(name, pattern, resolve, p) for name, pattern, resolve in rules]


_PLURAL_UNITS = frozenset({"ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين"})


def _resolve_ago(m: r.Match, ref: date | None) -> r.Resolved | None:
    if m["n"] is None and m["unit"] in _PLURAL_UNITS:  # `قبل أيام`: a few days, no number
        return None
    return r.resolve_ago(m, ref)


def _resolve_period(m: r.Match, ref: date | None) -> r.Resolved | None:
    if not (m["this"] or m["mod"]):  # a bare `الشهر` or `العام` is no date
        return None
    if m["wd"] and not m["unit"].endswith("سبوع"):
        return None
    if m["d"] and m["unit"] != "الشهر":
        return None
    return r.resolve_period(m, ref)
