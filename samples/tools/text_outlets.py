"""Three fictional outlets that we keep as text dumps (a page copied out of a browser): each with
its own stamp format and furniture, the way real dumps differ from site to site."""

from __future__ import annotations

from sample import Sample

MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                 "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
WEEKDAYS = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def alkhabar_stamp(s: Sample) -> str:
    return f"{s.dt:%H:%M} - {s.dt:%Y/%m/%d}"


def alrased_stamp(s: Sample) -> str:
    return f"{s.dt.day} {MONTHS[s.dt.month - 1]} {s.dt.year}"


def almasdar_stamp(s: Sample) -> str:
    d = s.dt
    text = f"{WEEKDAYS[d.weekday()]} {d.day} {LEVANT_MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"
    return text.translate(INDIC)


def render_alkhabar(s: Sample, teasers: list[Sample]) -> str:
    """Like the seed page: title twice, 'تاريخ النشر' stamp, body, comments, 'في نفس السياق'."""
    lines = [s.title, "", s.title, "", f"تاريخ النشر : {alkhabar_stamp(s)}", "", *s.body]
    if s.credit:
        lines.append(s.credit)
    lines += [" ", "", "تعليقات الفيسبوك", "", "في نفس السياق", ""]
    for t in teasers:
        lines += [t.body[0][:100], alkhabar_stamp(t)]
    return "\n".join(lines) + "\n"


def render_alrased(s: Sample, teasers: list[Sample]) -> str:
    """Menu lines first, 'نشر في' date-only stamp, paragraphs apart, share lines, 'اقرأ أيضا'."""
    lines = ["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "منوعات", "اتصل بنا", "",
             s.title, "", f"نشر في {alrased_stamp(s)}", ""]
    for paragraph in s.body:
        lines += [paragraph, ""]
    if s.credit:
        lines += [s.credit, ""]
    lines += ["شارك الخبر", "فيسبوك", "تويتر", "واتساب", "نسخ الرابط", "", "اقرأ أيضا", ""]
    for t in teasers:
        lines += [t.title, alrased_stamp(t), ""]
    lines.append(f"جميع الحقوق محفوظة © {s.dt.year} الراصد")
    return "\n".join(lines) + "\n"


def render_almasdar(s: Sample, teasers: list[Sample]) -> str:
    """Site banner, 'آخر تحديث' stamp in Arabic-Indic digits, share line, comments, numbered
    'الأكثر قراءة' list, copyright."""
    lines = ["المصدر 24 | أخبار على مدار الساعة", "", s.title,
             f"آخر تحديث: {almasdar_stamp(s)}", "", *s.body, "",
             "مشاركة: فيسبوك | إكس | تيليجرام", "", "التعليقات (٠)", "أضف تعليقك", "",
             "الأكثر قراءة"]
    for number, t in enumerate(teasers, 1):
        lines += [str(number).translate(INDIC), t.title, f"{t.dt:%H:%M}".translate(INDIC)]
    lines += ["", f"© {s.dt.year} المصدر 24. جميع الحقوق محفوظة.".translate(INDIC)]
    return "\n".join(lines) + "\n"
