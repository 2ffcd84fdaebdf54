"""Synthetic Arabic page dumps for training the cleaner: real articles in generated furniture.

Real article text (title, author, paragraphs, e.g. from SaudiNewsNet) is wrapped in the furniture
Arabic news pages print: menus, breadcrumbs, stamps in many formats, datelines, share bars,
inline ads and "read also" boxes, captions, comment forms, related blocks with times, footers.
Every generated line carries its label, so no hand labeling is needed. Training-time only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from siyaq.extract.lines import LineLabel

NAV = ["الرئيسية", "أخبار", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة وفنون", "منوعات",
       "تقارير", "مقالات", "فيديو", "صور", "كتاب الرأي", "اتصل بنا", "من نحن", "English",
       "الأخبار العاجلة", "سياسة", "تكنولوجيا", "صحة", "حوادث", "برلمان", "الطقس"]
RELATED = ["في نفس السياق", "اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "مواضيع ذات صلة",
           "الأكثر قراءة", "الأكثر مشاهدة", "شاهد أيضاً", "اخترنا لك", "قد يهمك", "آخر الأخبار"]
COMMENTS = ["تعليقات الفيسبوك", "التعليقات", "اترك تعليقاً", "أضف تعليق"]
COMMENT_FORM = ["لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
                "الاسم *", "البريد الإلكتروني *", "إرسال التعليق", "التعليق"]
SHARE = ["شارك", "شاركها.", "فيسبوك تويتر واتساب", "مشاركة", "طباعة", "تابعونا على فيسبوك",
         "Facebook Twitter WhatsApp Telegram", "نسخ الرابط", "3 دقائق قراءة", "حفظ"]
FOOTER = ["جميع الحقوق محفوظة © {y}", "تصميم وتطوير: شركة الحلول الرقمية", "سياسة الخصوصية",
          "من نحن | اتصل بنا | أعلن معنا", "Powered by WordPress", "زر الذهاب إلى الأعلى"]
CREDITS = ["وكالات", "المصدر: وكالات", "المصدر: واس", "(رويترز)", "/انتهى/"]
ADS = ["إعلان", "Advertisement", "مساحة إعلانية"]
CITIES = ["الرياض", "جدة", "القاهرة", "دبي", "بيروت", "عمان", "الرباط", "تونس", "بغداد", "الدوحة"]
AGENCIES = ["واس", "وكالات", "سانا", "قنا", "وام", "الأناضول", "رويترز"]
MONTHS = [["يناير", "كانون الثاني"], ["فبراير", "شباط"], ["مارس", "آذار"], ["أبريل", "نيسان"],
          ["مايو", "أيار"], ["يونيو", "حزيران"], ["يوليو", "تموز"], ["أغسطس", "آب"],
          ["سبتمبر", "أيلول"], ["أكتوبر", "تشرين الأول"], ["نوفمبر", "تشرين الثاني"],
          ["ديسمبر", "كانون الأول"]]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_SENTENCE = re.compile(r"(?<=[.!؟])\s+")


@dataclass(slots=True)
class SourceArticle:
    title: str
    author: str
    paragraphs: list[str]


@dataclass(slots=True)
class LabeledDump:
    lines: list[str] = field(default_factory=list)
    labels: list[LineLabel] = field(default_factory=list)

    def add(self, text: str, label: LineLabel) -> None:
        if text.strip():
            self.lines.append(text)
            self.labels.append(label)


def paragraphs_of(content: str, rng: random.Random) -> list[str]:
    """Paragraphs as printed; a blob without breaks is cut every one to three sentences."""
    parts = [p.strip() for p in re.split(r"\n\s*\n|\n", content) if p.strip()]
    if len(parts) > 1:
        return parts
    sentences = _SENTENCE.split(content.strip())
    paragraphs: list[str] = []
    while sentences:
        take = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return paragraphs


def stamp_text(when: datetime, rng: random.Random) -> str:
    month = rng.choice(MONTHS[when.month - 1])
    hm = f"{when:%H:%M}"
    ampm = f"{(when.hour % 12) or 12:02d}:{when:%M} {'م' if when.hour >= 12 else 'ص'}"
    day = WEEKDAYS[when.weekday()]
    shapes = [
        f"تاريخ النشر : {hm} - {when:%Y/%m/%d}", f"نشر في {when.day} {month} {when.year} - {ampm}",
        f"آخر تحديث: {day} {when:%d/%m/%Y} {hm}", f"{day}، {when.day} {month} {when.year} {ampm}",
        f"{when.day} {month} {when.year}", f"{when:%Y-%m-%d %H:%M}", f"{hm} - {when:%Y/%m/%d}",
        f"نشر بتاريخ {when:%d-%m-%Y}", f"{day} {when.day} {month} {when.year} - {hm} بتوقيت مكة",
    ]
    text = rng.choice(shapes)
    return text.translate(_INDIC) if rng.random() < 0.15 else text


def _teaser_text(other: SourceArticle, rng: random.Random) -> str:
    if rng.random() < 0.5 or not other.paragraphs:
        return other.title
    lead = other.paragraphs[0]
    return lead[: rng.randint(60, 110)] + rng.choice(["", "", "…", " ..."])


class PageMaker:
    """Builds one labeled dump around an article, with furniture drawn from ``others``."""

    def __init__(
        self, rng: random.Random, others: list[SourceArticle], foreign: list[str] | None = None
    ) -> None:
        self.rng = rng
        self.others = others
        self.foreign = foreign or ["We are aware that some people are having trouble."]

    def make(self, article: SourceArticle) -> LabeledDump:
        page = LabeledDump()
        when = datetime(2015, 1, 1) + timedelta(minutes=self.rng.randint(0, 5_000_000))
        excerpt = self.rng.random() < 0.45  # a page beginning, like a copied excerpt
        if not excerpt:
            self._head(page, article, when)
        else:
            article = self._excerpt_head(page, article, when)
        self._body(page, article)
        if not excerpt:
            self._tail(page, when)
        return page

    def _head(self, page: LabeledDump, article: SourceArticle, when: datetime) -> None:
        rng = self.rng
        if rng.random() < 0.5:
            items = rng.sample(NAV, rng.randint(2, 8))
            if rng.random() < 0.5:
                page.add(" | ".join(items), LineLabel.MENU)
            else:
                for item in items:
                    page.add(item, LineLabel.MENU)
        if rng.random() < 0.3:
            page.add(" / ".join(["الرئيسية", *rng.sample(NAV[1:], 2)]), LineLabel.MENU)
        if rng.random() < 0.15:
            page.add(rng.choice(NAV), LineLabel.MENU)  # category label above the title
        with_title = rng.random() < 0.75
        stamp_first = rng.random() < 0.2
        if stamp_first and rng.random() < 0.6:
            page.add(stamp_text(when, rng), LineLabel.STAMP)
        if with_title:
            for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
                page.add(article.title, LineLabel.TITLE)
        if not stamp_first and rng.random() < 0.6:
            page.add(stamp_text(when, rng), LineLabel.STAMP)
        self._byline(page, article)
        if rng.random() < 0.2:
            page.add(rng.choice(SHARE), LineLabel.SHARE)
        if rng.random() < 0.15:
            caption = rng.choice(self.others).title.split()[: rng.randint(3, 7)]
            tail = rng.choice(["", " - أرشيفية", " (أرشيفية)"])
            page.add(" ".join(caption) + tail, LineLabel.OTHER)

    def _excerpt_head(
        self, page: LabeledDump, article: SourceArticle, when: datetime
    ) -> SourceArticle:
        """Copied page beginnings: often the bare title, sometimes a caption, a dateline, a
        category label or nothing at all above the lede."""
        rng = self.rng
        roll = rng.random()
        if roll < 0.1:
            page.add(rng.choice(NAV), LineLabel.MENU)
        if roll < 0.05 and article.paragraphs:  # a meta snippet "title … lede" above the title
            page.add(f"{article.title}  … {article.paragraphs[0]}", LineLabel.BODY)
            article = SourceArticle(article.title, article.author, article.paragraphs[1:])
        if roll < 0.5:
            page.add(article.title, LineLabel.TITLE)
            if rng.random() < 0.15:
                page.add(stamp_text(when, rng), LineLabel.STAMP)
        elif roll < 0.6:
            caption = rng.choice(self.others).title.split()[: rng.randint(3, 7)]
            page.add(" ".join(caption), LineLabel.OTHER)
        if rng.random() < 0.2:
            self._byline(page, article)
        return article

    def _byline(self, page: LabeledDump, article: SourceArticle) -> None:
        rng = self.rng
        if rng.random() > 0.35:
            return
        city, agency = rng.choice(CITIES), rng.choice(AGENCIES)
        shapes = [f"{city} - {agency}", f"{city}: {agency}", f"كتب: {article.author or 'المحرر'}",
                  f"{article.author or 'فريق التحرير'} –", f"{city}-{agency}"]
        if article.author and len(article.author.split()) <= 6:
            shapes.append(article.author)
        page.add(rng.choice(shapes), LineLabel.BYLINE)

    def _body(self, page: LabeledDump, article: SourceArticle) -> None:
        rng = self.rng
        paragraphs = article.paragraphs
        if rng.random() < 0.35:
            paragraphs = paragraphs[: rng.randint(1, max(1, len(paragraphs)))]
        for index, paragraph in enumerate(paragraphs):
            if index and rng.random() < 0.06:
                page.add(rng.choice(ADS), LineLabel.AD)
            if index and rng.random() < 0.05:
                teaser = f"{rng.choice(RELATED[1:3])}: {rng.choice(self.others).title}"
                page.add(teaser, LineLabel.TEASER)
            if index and rng.random() < 0.05:
                page.add(" ".join(rng.choice(self.others).title.split()[:4]), LineLabel.BODY)
            if index and rng.random() < 0.04:  # an embedded post in another language
                page.add(rng.choice(self.foreign), LineLabel.OTHER)
            if index == 1 and rng.random() < 0.04:  # image alt text and caption, printed twice
                caption = " ".join(rng.choice(self.others).title.split()[:8])
                page.add(caption, LineLabel.OTHER)
                page.add(caption + rng.choice(["", " ()"]), LineLabel.OTHER)
            words = paragraph.split()
            wrap = 0.25 if index == 0 and not page.lines else 0.08
            if len(words) > 14 and rng.random() < wrap:  # a hard-wrapped sentence
                cut = rng.randint(6, len(words) - 4)
                page.add(" ".join(words[:cut]), LineLabel.BODY)
                page.add(" ".join(words[cut:]), LineLabel.BODY)
            else:
                page.add(paragraph, LineLabel.BODY)
        if rng.random() < 0.2:
            page.add(rng.choice(CREDITS), LineLabel.CREDIT)

    def _tail(self, page: LabeledDump, when: datetime) -> None:
        rng = self.rng
        blocks = [self._share, self._comments, self._related, self._related, self._footer]
        rng.shuffle(blocks)
        for block in blocks[: rng.randint(1, len(blocks))]:
            block(page, when)

    def _share(self, page: LabeledDump, when: datetime) -> None:
        page.add(self.rng.choice(SHARE), LineLabel.SHARE)
        if self.rng.random() < 0.3:
            tags = "، ".join(self.rng.sample(NAV, 3))
            page.add(f"الوسوم: {tags}", LineLabel.MENU)

    def _comments(self, page: LabeledDump, when: datetime) -> None:
        page.add(self.rng.choice(COMMENTS), LineLabel.COMMENTS)
        for line in self.rng.sample(COMMENT_FORM, self.rng.randint(0, 3)):
            page.add(line, LineLabel.COMMENTS)

    def _related(self, page: LabeledDump, when: datetime) -> None:
        rng = self.rng
        page.add(rng.choice(RELATED), LineLabel.HEADER)
        timed = rng.random() < 0.6
        for _ in range(rng.randint(2, 8)):
            page.add(_teaser_text(rng.choice(self.others), rng), LineLabel.TEASER)
            if timed:
                when -= timedelta(minutes=rng.randint(5, 600))
                page.add(f"{when:%H:%M} - {when:%Y/%m/%d}", LineLabel.TEASER)

    def _footer(self, page: LabeledDump, when: datetime) -> None:
        for line in self.rng.sample(FOOTER, self.rng.randint(1, 3)):
            page.add(line.format(y=when.year), LineLabel.FOOTER)
