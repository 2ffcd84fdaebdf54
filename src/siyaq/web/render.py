"""Jinja2 templates and the filters they use. Autoescape is always on; the only markup that
reaches a page unescaped is a search snippet's <mark> tags, rebuilt here (see `snippet`)."""

from __future__ import annotations

import re
from datetime import datetime, time
from html import escape, unescape
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.templating import Jinja2Templates

from siyaq.views_archive import quiet_months

WEB_DIR = Path(__file__).resolve().parent
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
          "أكتوبر", "نوفمبر", "ديسمبر"]
ENTITY_LABELS = {"PERS": "أشخاص", "ORG": "منظمات", "LOC": "أماكن", "MISC": "أخرى"}
WIDGET_LABELS = {"comments": "تعليقات", "share": "مشاركة", "menu": "قائمة", "footer": "تذييل",
                 "credit": "نسبة", "ad": "إعلان", "other": "أخرى"}
_MARK = re.compile(r"(</?mark>)")


def snippet(value: str | None) -> Markup:
    """A store snippet as markup: the store promises everything but <mark> is escaped; we do
    not rely on it. Each text piece is unescaped and escaped again (a no-op on well-escaped
    text, a fix on raw text), so only <mark> and </mark> survive as tags."""
    pieces = _MARK.split(value or "")
    safe = [p if _MARK.fullmatch(p) else escape(unescape(p), quote=True) for p in pieces]
    return Markup("".join(safe))  # built from escaped pieces and the two literal tags


def safe_url(value: str | None) -> str | None:
    """Only http(s) addresses become links: a page's own URL could be `javascript:...`."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


def arabic_time(value: str | None) -> str:
    """'2024-03-11T14:05:00' -> '11 مارس 2024، 14:05'; a date alone when there is no time."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    day = f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    # A naive midnight is how a date-only stamp ("نشر في 3 أبريل 2024") is stored: showing
    # "00:00" would invent a time the page never gave.
    if len(value) <= 10 or (moment.tzinfo is None and moment.time() == time(0, 0)):
        return day
    offset = f"{moment:%z}"  # "+0300", or "" for a naive time
    zone = f" (UTC{offset[:3]}:{offset[3:]})" if offset else ""
    return f"{day}، {moment:%H:%M}{zone}"


# Counted nouns: (one, two, 3-10, 11+ and 0). Arabic counts in four forms: نتيجة واحدة،
# نتيجتان، 3 نتائج، 11 نتيجة (and 103 نتائج, 111 نتيجة).
COUNTED = {
    "result": ("نتيجة واحدة", "نتيجتان", "نتائج", "نتيجة"),
    "report": ("تقرير واحد", "تقريران", "تقارير", "تقريرا"),
    "article": ("مقال واحد", "مقالان", "مقالات", "مقالا"),
    "outlet": ("مصدر واحد", "مصدران", "مصادر", "مصدرا"),
    "time": ("مرة واحدة", "مرتان", "مرات", "مرة"),
    "month": ("شهر واحد", "شهران", "أشهر", "شهرا"),
}


def arabic_count(value: int, noun: str) -> str:
    """`value` of a counted noun in the form Arabic grammar wants (`COUNTED`)."""
    one, two, few, many = COUNTED[noun]
    if value == 1:
        return one
    if value == 2:
        return two
    return f"{value} {few if 3 <= value % 100 <= 10 else many}"


def page_link(params: Any, offset: int, path: str = "/search") -> str:
    """`path` with the same query parameters (a request's, or a dict) but `offset`: the link
    to another page of the same search, filters kept. Empty ones are left out, and offset=0
    too (the first page)."""
    items = params.multi_items() if hasattr(params, "multi_items") else params.items()
    kept = [(name, value) for name, value in items if name != "offset" and value]
    if offset > 0:
        kept.append(("offset", str(offset)))
    return f"{path}?{urlencode(kept)}"


# The reasons siyaq.relate gives for a story of one report, as an Arabic reader reads them.
_LONE_REASONS = [
    (re.compile(r"not Arabic \(language (\w+)\)"), "ليس بالعربية (اللغة: {0})"),
    (re.compile(r"no body \(headline only\)"), "بلا نص (عنوان فقط)"),
    (re.compile(r"body too short \((\d+) words, fewer than (\d+)\)"),
     "نص قصير جدا ({0} كلمة، أقل من {1})"),
    (re.compile(r"no other report of this event found in its time window"),
     "لم يوجد تقرير آخر عن هذا الحدث في نافذته الزمنية"),
]


def _in_arabic(value: str | None, table: list[tuple[re.Pattern[str], str]]) -> str:
    """A reason siyaq gives in English, as the table writes it in Arabic (else as is)."""
    for pattern, arabic in table:
        found = pattern.fullmatch(value or "")
        if found:
            return arabic.format(*found.groups())
    return value or ""


def lone_reason(value: str | None) -> str:
    """Why a story has one report, in Arabic when the reason is one siyaq gives (else as is)."""
    return _in_arabic(value, _LONE_REASONS)


_ARTICLE_WARNINGS = [
    (re.compile(r"file cut short: .*", re.S),
     "الملف مقطوع: النص المعروض هو ما سبق موضع القطع، وقد ينقصه آخره"),
    (re.compile(r"analysis skipped: body of (\d+) characters"),
     "لم يُحلَّل النص لطوله ({0} حرفا): لا أسماء ولا أقوال ولا تواريخ مستخرجة منه"),
    (re.compile(r"analysis failed: .*", re.S),
     "تعذّر تحليل النص: لا أسماء ولا أقوال ولا تواريخ مستخرجة منه"),
    (re.compile(r"invalid UTF-8: .*\(([\d,]+) of [\d,]+ non-ASCII bytes were not UTF-8\)", re.S),
     "في الملف {0} بايت ليست بترميز UTF-8: قُرئت بترميز آخر أو استُبدل بها الرمز �"),
]


def article_warning(value: str | None) -> str:
    """What went wrong with an article, for its reader: in Arabic when siyaq gave the reason
    (the exact reason stays in the JSON), else as is."""
    return _in_arabic(value, _ARTICLE_WARNINGS)


def distinct_dates(dates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An article's dates as its reader is shown them: each expression with its value once, in
    order of first use, with how often the text uses it (a report may say `السبت` six times)."""
    shown: dict[tuple[object, object], dict[str, Any]] = {}
    for found in dates:
        key = (found.get("text"), found.get("value"))
        if key in shown:
            shown[key]["times"] += 1
        else:
            shown[key] = {**found, "times": 1}
    return list(shown.values())


def origin_name(value: str | None) -> str:
    """The file name of a page's origin ("…/dir/page.txt#line 3" -> "page.txt#line 3"): enough
    to recognise it, without showing readers the server's folders."""
    return (value or "").replace("\\", "/").rsplit("/", 1)[-1]


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(WEB_DIR / "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(snippet=snippet, safe_url=safe_url, arabic_time=arabic_time,
                       origin_name=origin_name, arabic_count=arabic_count,
                       lone_reason=lone_reason, article_warning=article_warning,
                       distinct_dates=distinct_dates,
                       quiet_months=quiet_months, page_link=page_link)
    env.globals.update(entity_labels=ENTITY_LABELS, widget_labels=WIDGET_LABELS)
    return env


def templates() -> Jinja2Templates:
    return Jinja2Templates(env=environment())
