"""Three fictional outlets kept as HTML pages, each with its own markup habits."""

from __future__ import annotations

import json
from html import escape

from sample import Sample
from text_outlets import MONTHS, WEEKDAYS

ARABIC_FONTS = "'Noto Naskh Arabic', Tahoma, sans-serif"


def e(text: str) -> str:
    return escape(text, quote=True)


def head(s: Sample, site: str, url: str, iso: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>{e(s.title)} | {e(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{e(url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(site)}">
<meta property="og:title" content="{e(s.title)}">
<meta property="og:url" content="{e(url)}">
<meta property="og:description" content="{e(s.body[0][:160])}">
<meta property="article:published_time" content="{iso}">
<style>body {{ font-family: {ARABIC_FONTS}; }}</style>
{extra}</head>
"""


def sada_iso(s: Sample) -> str:
    return f"{s.dt:%Y-%m-%dT%H:%M}:00+03:00"


def render_sada(s: Sample, url: str, teasers: list[tuple[Sample, str]]) -> str:
    """A news portal: JSON-LD, nav, breadcrumbs, figure caption, aside, comments, share bar."""
    visible = f"{s.dt.day} {MONTHS[s.dt.month - 1]} {s.dt.year} - {s.dt:%H:%M}"
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
                     "datePublished": sada_iso(s), "mainEntityOfPage": url,
                     "publisher": {"@type": "Organization", "name": "صدى الأخبار"}},
                    ensure_ascii=False)
    paragraphs = "\n".join(f"<p>{e(p)}</p>" for p in s.body)
    related = "\n".join(
        f'<li><a href="{e(u)}">{e(t.title)}</a> <time datetime="{sada_iso(t)}">'
        f"{t.dt:%H:%M}</time></li>" for t, u in teasers)
    return head(s, "صدى الأخبار", url, sada_iso(s),
                f'<script type="application/ld+json">{ld}</script>\n') + f"""<body>
<header class="site-header">
<a class="logo" href="https://sada-news.example/">صدى الأخبار</a>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li>
<li><a href="/economy">اقتصاد</a></li><li><a href="/sports">رياضة</a></li>
<li><a href="/culture">ثقافة</a></li></ul></nav>
</header>
<main>
<div class="breadcrumbs"><a href="/">الرئيسية</a> › <a href="/news">أخبار</a></div>
<article class="news-article">
<h1>{e(s.title)}</h1>
<div class="meta">صدى الأخبار - <time datetime="{sada_iso(s)}">{visible}</time></div>
<figure><img src="/img/{s.slug}.jpg" alt=""><figcaption>صورة أرشيفية</figcaption></figure>
<div class="article-body">
{paragraphs}
</div>
<div class="share-bar">شارك: <a href="#">فيسبوك</a> <a href="#">إكس</a> <a href="#">واتساب</a></div>
</article>
<aside class="related"><h2>أخبار ذات صلة</h2><ul>
{related}
</ul></aside>
<section class="comments"><h3>التعليقات</h3><p>لا توجد تعليقات بعد. كن أول من يعلق.</p></section>
</main>
<footer><p>© {s.dt.year} صدى الأخبار. جميع الحقوق محفوظة.</p><a href="/about">من نحن</a></footer>
</body>
</html>
"""


def nabd_iso(s: Sample) -> str:
    return f"{s.dt:%Y-%m-%dT%H:%M}:00+02:00"


def render_nabd(s: Sample, url: str, teasers: list[tuple[Sample, str]]) -> str:
    """A WordPress-like blog: entry-content with an inline 'اقرأ أيضا' link, related posts,
    a comment form."""
    paragraphs = [f"<p>{e(p)}</p>" for p in s.body]
    if teasers:  # an inline teaser inside the content div, as WordPress plugins insert them
        first, link = teasers[0]
        paragraphs.insert(2, f'<p><strong>اقرأ أيضا:</strong> <a href="{e(link)}">{e(first.title)}</a></p>')
    if s.credit:
        paragraphs.append(f'<p class="source">{e(s.credit)}</p>')
    related = "\n".join(
        f'<div class="related-post"><a href="{e(u)}">{e(t.title)}</a>'
        f'<span class="date">{t.dt:%d/%m/%Y}</span></div>' for t, u in teasers)
    body = "\n".join(paragraphs)
    return head(s, "نبض اليوم", url, nabd_iso(s)) + f"""<body class="single-post">
<div id="top-menu"><a href="/">الرئيسية</a> | <a href="/category/arab">عربي</a> | <a href="/category/world">دولي</a> | <a href="/category/economy">اقتصاد</a></div>
<div id="content">
<h1 class="entry-title">{e(s.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{nabd_iso(s)}">{s.dt:%d/%m/%Y %H:%M}</time></span> <span class="author">كتب: فريق التحرير</span></div>
<div class="entry-content">
{body}
</div>
<div class="sharedaddy"><h3>شارك هذا:</h3><a href="#">فيسبوك</a><a href="#">تويتر</a></div>
<div class="related-posts"><h3>مقالات ذات صلة</h3>
{related}
</div>
<div id="respond"><h3>اترك تعليقاً</h3><form><textarea name="comment"></textarea><button>إرسال التعليق</button></form></div>
</div>
<footer id="colophon">نبض اليوم © {s.dt.year} - يعمل بواسطة ووردبريس</footer>
</body>
</html>
"""


def render_shorfa(s: Sample, url: str, teasers: list[tuple[Sample, str]]) -> str:
    """A small site: no JSON-LD, a visible Arabic date and a datetime without a time zone,
    a 'most read' box and a short footer."""
    iso = f"{s.dt:%Y-%m-%dT%H:%M}"
    visible = f"{WEEKDAYS[s.dt.weekday()]} {s.dt.day} {MONTHS[s.dt.month - 1]} {s.dt.year} | {s.dt:%H:%M}"
    paragraphs = "\n".join(f"<p>{e(p)}</p>" for p in s.body)
    most_read = "\n".join(
        f'<li><a href="{e(u)}">{e(t.title)}</a><small>{t.dt:%H:%M}</small></li>' for t, u in teasers)
    return head(s, "الشرفة", url, iso) + f"""<body>
<div class="topbar"><span>الشرفة</span> <a href="/">الرئيسية</a> <a href="/news">الأخبار</a> <a href="/opinion">رأي</a></div>
<div class="container">
<div class="post">
<h1>{e(s.title)}</h1>
<span class="date"><time datetime="{iso}">{visible}</time></span>
{paragraphs}
<div class="tags">الوسوم: <a href="#">أخبار</a></div>
</div>
<div class="sidebar"><h4>الأكثر قراءة</h4><ol>
{most_read}
</ol></div>
</div>
<div class="footer">الشرفة 2024 ©</div>
</body>
</html>
"""


def feed_line(s: Sample, url: str) -> str:
    """One structured article of the agency's JSONL feed."""
    return json.dumps({"url": url, "title": s.title, "published": f"{s.dt:%Y-%m-%dT%H:%M}:00+03:00",
                       "source": "وكالة المدار للأنباء", "language": "ar", "body": s.body},
                      ensure_ascii=False)
