"""Words and shapes of page furniture that hold across sites: no per-site entries.

Entries are folded (see siyaq.extract.stamps.fold) and punctuation-free, like ``DumpLine.key``.
"""

from __future__ import annotations

import re

from siyaq.extract.lines import DumpLine, LineLabel, split_lines
from siyaq.extract.stamps import fold
from siyaq.model import Teaser

# Headers that open a block of related items: everything under them is teasers.
RELATED_HEADERS = {
    fold(h) for h in (
        "في نفس السياق", "في ذات السياق", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "اقرا ايضا",
        "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "مقالات ذات صلة", "ذات صلة",
        "أخبار متعلقة", "مواضيع متعلقة", "الأكثر قراءة", "الأكثر قراءه", "الأكثر زيارة",
        "الأكثر مشاهدة", "الأكثر تداولا", "الأكثر تعليقا", "الأكثر شعبية", "شاهد أيضا",
        "شاهد أيضاً", "شاهد ايضا", "اخترنا لك", "قد يهمك", "قد يعجبك أيضا", "المزيد من الأخبار",
        "آخر الأخبار", "أحدث الأخبار", "أخبار عاجلة", "الأخبار الرئيسية", "أهم الأخبار",
        "أقرأ أيضا", "تابع أيضا", "مقالات مشابهة", "أخبار مشابهة", "المزيد", "اقرأ المزيد",
        "related", "related articles", "related posts", "related stories", "read more",
        "read also", "see also", "more stories", "most read", "most popular", "trending",
        "you may also like", "recommended", "latest news", "more from",
    )
}
COMMENT_HEADERS = {
    fold(h) for h in (
        "تعليقات الفيسبوك", "تعليقات فيسبوك", "التعليقات", "تعليقات", "اترك تعليقا",
        "اترك تعليقاً", "أضف تعليق", "أضف تعليقك", "اضف تعليقا", "شارك برأيك", "علق",
        "اكتب تعليقك", "تعليقك", "comments", "leave a comment", "leave a reply", "add comment",
    )
}
_COMMENT_FORM = ("لن يتم نشر عنوان بريدك", "الحقول الالزاميه", "your email", "required fields",
                 "ارسال التعليق", "post comment")
# Form field labels: only when the whole line is the label ("الاسم *"), never inside text.
_COMMENT_FIELDS = {"الاسم", "الاسم الكامل", "البريد الالكتروني", "الموقع الالكتروني", "التعليق",
                   "name", "email", "website", "comment"}

_COMMENT_FORM_RE = re.compile("|".join(re.escape(form) for form in _COMMENT_FORM))
_SHARE_WORDS = {
    "شارك", "شاركها", "مشاركه", "مشاركة", "شارك الخبر", "طباعه", "طباعة", "ارسال", "نسخ الرابط",
    "فيسبوك", "فيس بوك", "تويتر", "واتساب", "واتس اب", "تلغرام", "تليجرام", "لينكدان", "بريد",
    "انستغرام", "يوتيوب", "facebook", "twitter", "whatsapp", "telegram", "linkedin", "email",
    "print", "share", "tweet", "pinterest", "reddit", "messenger", "x", "copy link", "تابعونا",
    "تابعونا على", "تابعنا", "على", "عبر", "google", "news", "جوجل", "نيوز", "قراءه", "دقائق",
    "دقيقه", "حفظ", "save", "min", "read",
}
_AD_KEYS = {"اعلان", "اعلانات", "advertisement", "ad", "sponsored", "مساحه اعلانيه", "اعلان ممول"}
_MENU_KEYS = {
    "الرئيسيه", "زر الذهاب الي الاعلي", "العوده للاعلي", "الي الاعلي", "exit mobile version",
    "back to top", "skip to content", "menu", "القائمه", "بحث", "search", "home", "rss",
    "english", "english english", "تسجيل الدخول", "login", "اشترك", "subscribe", "النسخه الكامله",
}
_FOOTER = re.compile(
    r"(جميع الحقوق محفوظه|حقوق النشر|all rights reserved|copyright|©|تصميم وتطوير|تطوير وتصميم|"
    r"powered by|برمجه وتصميم|سياسه الخصوصيه|privacy policy|اتصل بنا|من نحن|terms of use)"
)
_CREDIT = re.compile(
    r"^(?:وكالات|المصدر\b.{0,40}|مصدر\b.{0,40}|source\b.{0,40}|ترجمه\b.{0,40}|"
    r"\(?تغطيه صحفيه.*|\(?اعداد.{0,40}\)?|/?انتهي/?|المحرر.{0,30}|رويترز|فرانس برس|"
    r"ا ف ب|واس|قنا|وام|سانا|بترا|الاناضول)$"
)
# Credit lines and comment-form text in one search of the key: the credit branch is anchored at
# the start, so the leftmost match is a credit when the key is one, else a form cue when any.
_KEY_CUES = re.compile(f"(?P<credit>{_CREDIT.pattern})|{_COMMENT_FORM_RE.pattern}")
_CAPTION_TAILS = ("ارشيفيه", "ارشيف", "صوره ارشيفيه", "صوره", "getty", "afp", "reuters", "ap")
_BREADCRUMB = re.compile(r"\s(?:/|»|>|›|\\)\s")


# Label by value through a plain dict: calling the enum class for the lookup costs several
# times more, and rules and features ask for every line.
_LABELS = {label.value: label for label in LineLabel}


def lexicon_kind(line: DumpLine) -> LineLabel | None:
    """header_kind or furniture_kind, computed once per line (rules and features both ask)."""
    if line.lexicon is None:
        kind = header_kind(line) or furniture_kind(line)
        line.lexicon = kind.value if kind is not None else ""
    return _LABELS[line.lexicon] if line.lexicon else None


def header_kind(line: DumpLine) -> LineLabel | None:
    """HEADER for a related-items header line, COMMENTS for a comments header, else None."""
    if line.words > 6:
        return None
    if line.key in RELATED_HEADERS:
        return LineLabel.HEADER
    if line.key in COMMENT_HEADERS:
        return LineLabel.COMMENTS
    return None


_INLINE_RELATED = re.compile(
    "^(?:" + "|".join(re.escape(h) for h in sorted(RELATED_HEADERS, key=len, reverse=True)
                      if len(h) > 6) + ") "
)


def inline_related(line: DumpLine) -> bool:
    """A one-line "read also" item: the header and the teaser on the same line."""
    return line.words <= 30 and bool(_INLINE_RELATED.match(line.key))


MAX_TEASER_WORDS = 25  # a headline under a bare "read also" header in a given body
# In running text a header is followed by a mark (`اقرأ أيضا: …`); prose that merely opens
# with its words (`آخر الأخبار تقول …`) is not a link.
_HEADER_MARK = re.compile(r"[^:：\-–|»\n]{2,30}[:：\-–|»]")
_MORE_LINK = re.compile(r"\W*(?:للمزيد|لمزيد من التفاصيل|للاطلاع)\s*[:：\-–|]")


def body_and_read_also(paragraphs: list[str]) -> tuple[list[str], list[Teaser]]:
    """A body given as paragraphs (JSON, CSV, TREC, feeds) with its "read also" links written
    into it (`اقرأ أيضا: …`, ANT's articles have them), split into the body and those links
    as teasers; a bare header line goes, and the headline under it is a teaser."""
    body: list[str] = []
    teasers: list[Teaser] = []
    under_header = False
    for paragraph in paragraphs:
        lines = split_lines(paragraph)
        line = lines[0] if len(lines) == 1 else None
        if line is not None and _read_also(line, paragraph):
            teasers.append(Teaser(text=line.text))
        elif line is not None and header_kind(line) is LineLabel.HEADER:
            under_header = True
            continue
        elif under_header and line is not None and line.words <= MAX_TEASER_WORDS:
            teasers.append(Teaser(text=line.text))
        else:
            body.append(paragraph)
        under_header = False
    return body, teasers


def _read_also(line: DumpLine, paragraph: str) -> bool:
    """`اقرأ أيضا: …`, France 24's `للمزيد - …` (too short a header for the dump cleaner's
    list, where it would catch prose): a header, a mark, a headline."""
    if line.words > 30:
        return False
    return bool(_MORE_LINK.match(paragraph)) or (
        inline_related(line) and bool(_HEADER_MARK.match(paragraph)))


def furniture_kind(line: DumpLine) -> LineLabel | None:
    """The widget kind of a stand-alone furniture line, judged on the line alone."""
    key = line.key
    if line.words > 25:  # furniture is short; running text skips every test below
        return None
    if key in _AD_KEYS:
        return LineLabel.AD
    if key in _MENU_KEYS or (line.words <= 12 and _BREADCRUMB.search(line.text)):
        return LineLabel.MENU
    if _FOOTER.search(line.folded):
        return LineLabel.FOOTER
    cue = _KEY_CUES.search(key)
    if cue is not None and cue.lastgroup == "credit":
        if line.words <= 12:
            return LineLabel.CREDIT
        cue = _COMMENT_FORM_RE.search(key)  # a long credit-shaped key may still hold a form cue
    if key in _COMMENT_FIELDS or cue is not None:
        return LineLabel.COMMENTS
    if line.words <= 12 and _is_share(key):
        return LineLabel.SHARE
    return None


def _is_share(key: str) -> bool:
    """Share-bar words and counts only, at least one word named (a set difference, in C)."""
    words = key.split()
    if not words or len(words) > 12:
        return False
    distinct = set(words)
    if distinct.isdisjoint(_SHARE_WORDS):
        return False
    unnamed = distinct.difference(_SHARE_WORDS)
    # Split words are never empty, so the joined ones are all digits when each word is.
    return not unnamed or "".join(unnamed).isdigit()


_CAPTION_SPLIT = re.compile(r"\s[-–|]\s|[(\[]")


def is_caption(line: DumpLine) -> bool:
    """Image captions marked as such (``فيسبوك - أرشيفية``)."""
    if line.words > 12:
        return False
    tail = _CAPTION_SPLIT.split(line.folded)[-1].strip(" )]").strip()
    return tail in _CAPTION_TAILS


_BYLINE_END = re.compile(r"(?:[:–\-|/]+|//)\s*$")
_BYLINE_PAIR = re.compile(r"[^\s\-–]+\s?[-–]\s?[^\s\-–]+")  # الرياض-سانا
_BYLINE_SHAPE = re.compile(
    r"^[^.،,؟?!]{2,40}\s*(?:[-–|]|//)\s*[^.،,؟?!]{2,30}$|^[^()]{3,30}\([^()]{2,20}\)$"
)


def is_byline(line: DumpLine) -> bool:
    """Author, agency or dateline lines: short and shaped ``X –``, ``X - Y``, ``Name (City)``."""
    if line.words > 7 or line.words == 0:
        return False
    if _BYLINE_END.search(line.text):
        return True
    if _BYLINE_PAIR.fullmatch(line.text):
        return True
    return line.words <= 4 and bool(_BYLINE_SHAPE.match(line.text))
