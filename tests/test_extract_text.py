"""Text-dump cleaning: the seed page from shared data, and small fictional dumps written here."""

from __future__ import annotations

from datetime import datetime

import pytest

from siyaq.config import shared_data_dir
from siyaq.extract.base import NoArticle
from siyaq.extract.cleaner import LearnedLabeler
from siyaq.extract.rules import RuleLabeler
from siyaq.extract.templates import SiteTemplates
from siyaq.extract.text import LineLabeler, extract_text_dump
from siyaq.model import Article, ContentType, Page

LEDE = "أعلن وزير النقل سامر الخطيب اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين بعد ثلاث سنوات من العمل."
SECOND = "وقال الخطيب في مؤتمر صحفي إن الرحلة ستستغرق أقل من ساعة، مشيرا إلى أن أسعار التذاكر ستبقى في متناول الجميع."
THIRD = "وأضاف أن الوزارة تعمل على خطين جديدين يربطان الموانئ الجنوبية بالعاصمة خلال العامين المقبلين."
TITLE = "افتتاح خط القطار السريع بين المدينتين"


def dump(
    text: str, url: str | None = "https://news.example/a/1", *, labeler: str = "rules"
) -> Article:
    page = Page(content=text.encode(), origin="test", content_type=ContentType.TEXT, url=url, text=text)
    chosen: LineLabeler | None = None
    if labeler == "rules":
        chosen = RuleLabeler()
    elif labeler == "learned":
        chosen = LearnedLabeler()
    return extract_text_dump(page, labeler=chosen)


@pytest.mark.shared
@pytest.mark.parametrize("labeler", ["rules", "default", "learned"])
def test_seed_page_matches_the_guide(labeler: str) -> None:
    data = shared_data_dir()
    seed = data / "seed" / "000_098a03f4986f0988.txt" if data else None
    if seed is None or not seed.exists():
        pytest.skip("shared data absent")
    if labeler == "learned" and not LearnedLabeler.available():
        pytest.skip("no shipped cleaner model")
    article = dump(seed.read_text(encoding="utf-8"), labeler=labeler)
    assert article.title == "الولايات المتحدة: لا نسعى لإسقاط الأسد أو خروج روسيا من سوريا"
    assert article.published_at == datetime(2020, 2, 6, 23, 54)
    assert article.timezone_stated is False
    assert len(article.body) == 6
    assert article.body[0].startswith("أعلنت الولايات المتحدة")
    assert article.body[-1].endswith("مدينة سراقب.")
    assert [w.kind for w in article.widgets] == ["comments"]
    assert len(article.teasers) == 8
    assert all(t.published_at is not None and t.block == "في نفس السياق" for t in article.teasers)
    assert article.teasers[0].published_at == datetime(2025, 9, 15, 18, 25)


def test_repeated_title_stamp_and_related_block() -> None:
    text = (
        f"{TITLE}\n\n{TITLE}\nنشر في 14:10 - 2024/03/02\n{LEDE}\n{SECOND}\n{THIRD}\n\n"
        "شارك فيسبوك تويتر واتساب\nأخبار ذات صلة\n"
        "ارتفاع أسعار الوقود في الأسواق المحلية مع بداية\n12:00 - 2024/03/02\n"
        "المنتخب يفوز على ضيفه بهدفين في مباراة ودية\n11:30 - 2024/03/02\n"
        "جميع الحقوق محفوظة © 2024\n"
    )
    article = dump(text)
    assert article.title == TITLE
    assert article.published_at == datetime(2024, 3, 2, 14, 10)
    assert article.body == [LEDE, SECOND, THIRD]
    assert [t.published_at for t in article.teasers] == [
        datetime(2024, 3, 2, 12, 0), datetime(2024, 3, 2, 11, 30)
    ]
    assert {w.kind for w in article.widgets} >= {"share", "footer"}


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        (f"{LEDE}\n{SECOND}\n{THIRD}", None, [LEDE, SECOND, THIRD]),
        (f"{TITLE}\n{LEDE}\n{SECOND}", TITLE, [LEDE, SECOND]),
        (f"الرئيسية / أخبار / محليات\n{TITLE}\nالقاهرة - واس\n{LEDE}\n{SECOND}", TITLE, [LEDE, SECOND]),
        (f"{LEDE}\nوكالات", None, [LEDE]),
        (f"{TITLE}\n{LEDE}\nمحطات المشروع\n{SECOND}", TITLE, [LEDE, "محطات المشروع", SECOND]),
        (
            "توفي الفنان الكبير صالح عبد الله بعد صراع مع\nالمرض عن عمر 80 عاما.\n" + SECOND,
            None,
            ["توفي الفنان الكبير صالح عبد الله بعد صراع مع", "المرض عن عمر 80 عاما.", SECOND],
        ),
    ],
    ids=["body-only", "title-body", "breadcrumb-dateline", "credit", "subheading", "hard-wrapped-lede"],
)
def test_title_and_body(text: str, title: str | None, body: list[str]) -> None:
    article = dump(text)
    assert article.title == title
    assert article.body == body


def test_body_split_by_inline_ads_and_read_also() -> None:
    text = (
        f"{TITLE}\n{LEDE}\nإعلان\n{SECOND}\nاقرأ أيضا: ارتفاع أسعار الوقود في الأسواق المحلية\n"
        f"{THIRD}\nAdvertisement\n{LEDE.replace('اليوم', 'أمس')}"
    )
    article = dump(text)
    assert article.body == [LEDE, SECOND, THIRD, LEDE.replace("اليوم", "أمس")]
    assert [w.kind for w in article.widgets] == ["ad", "ad"]
    assert len(article.teasers) == 1


def test_mixed_language_page_keeps_arabic_body_and_drops_embeds() -> None:
    tweet = "We are aware that some people are having trouble accessing our apps right now."
    article = dump(f"{TITLE}\n{LEDE}\n{tweet}\n— Example (@example) October 4, 2021\n{SECOND}")
    assert article.body == [LEDE, SECOND]
    assert any(tweet in w.text for w in article.widgets)


def test_english_page_is_cleaned_too() -> None:
    lines = [
        "Trains resume between the two cities",
        "The transport minister opened the new high-speed line on Monday, after three years of work.",
        "He said the trip would take less than an hour, and that fares would stay affordable.",
        "Related articles",
        "Fuel prices rise in local markets",
    ]
    article = dump("\n".join(lines))
    assert article.title == lines[0]
    assert article.body == lines[1:3]


def test_page_of_short_lines_keeps_them() -> None:
    entries = ["10:05 وصول الوفد إلى المطار", "10:40 بدء الاجتماع الأول", "11:15 مؤتمر صحفي مشترك"]
    article = dump("تغطية مباشرة لزيارة الوفد\n" + "\n".join(entries))
    assert article.title == "تغطية مباشرة لزيارة الوفد"
    assert article.body == entries


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("\n  \n\u200f\n", "empty"),
        ("خطأ 404\nالصفحة غير موجودة\nالعودة إلى الرئيسية", "404"),
        ("تسجيل الدخول\nاسم المستخدم\nكلمة المرور\nسجل الدخول لمتابعة القراءة", "login"),
        (
            "الرئيسية\n"
            + "\n".join(f"خبر عاجل رقم {i} عن الأحداث الجارية في المنطقة\n1{i}:00 - 2024/03/02" for i in range(6)),
            "listing",
        ),
    ],
    ids=["empty", "blank-lines", "not-found", "login-wall", "home-page"],
)
def test_no_article_pages(text: str, reason: str) -> None:
    with pytest.raises(NoArticle, match=reason):
        dump(text)


def test_crlf_and_bom_extract_like_the_clean_file() -> None:
    clean = f"{TITLE}\n{LEDE}\n{SECOND}"
    messy = "\ufeff" + clean.replace("\n", "\r\n")
    assert dump(messy).body == dump(clean).body
    assert dump(messy).title == dump(clean).title


def test_site_templates_drop_lines_an_outlet_repeats() -> None:
    def page(n: int, body: str) -> Page:
        text = f"شبكة الأخبار المحلية\nعاجل من المحافظة\n{TITLE} {n}\n{body}\nتابعونا على قناتنا"
        return Page(content=text.encode(), origin=str(n), content_type=ContentType.TEXT,
                    url=f"https://local.example/{n}", text=text)

    pages = [page(n, body) for n, body in enumerate([LEDE, SECOND, THIRD, LEDE])]
    templates = SiteTemplates.learn(pages, min_pages=3)
    assert "عاجل من المحافظه" in templates.lines_by_host["local.example"]
    article = extract_text_dump(pages[1], templates=templates, labeler=RuleLabeler())
    assert article.title == f"{TITLE} 1"
    assert article.body == [SECOND]
    assert SiteTemplates.learn(pages[:2], min_pages=3).lines_by_host == {}


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ارتفاع أسعار الاسمنت في الأسواق", None),
        ("الاسم *", "comments"),
        ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comments"),
        ("شارك فيسبوك تويتر واتساب", "share"),
        ("الرئيسية / أخبار / محليات", "menu"),
        ("جميع الحقوق محفوظة © 2024", "footer"),
        ("المصدر: وكالات", "credit"),
        ("إعلان", "ad"),
    ],
    ids=["word-inside-text", "form-field", "form-notice", "share-bar", "breadcrumb", "footer",
         "credit", "ad"],
)
def test_furniture_lexicon(line: str, kind: str | None) -> None:
    from siyaq.extract.lexicon import furniture_kind
    from siyaq.extract.lines import split_lines

    found = furniture_kind(split_lines(line)[0])
    assert (found.value if found else None) == kind


def test_ranked_most_read_box_on_a_short_article() -> None:
    text = (
        f"{TITLE}\nآخر تحديث: الأحد ١٧ آذار ٢٠٢٤ - ١٩:٢٥\n{LEDE}\n{SECOND}\nالأكثر قراءة\n"
        "١\nهزة أرضية خفيفة تضرب الساحل\n١٥:٠٢\n٢\nافتتاح معرض الكتاب في العاصمة\n١١:٤٥\n"
        "٣\nالمنتخب يتأهل إلى النهائي\n١٣:٠٥\n٤\nارتفاع أسعار الوقود\n٠٩:٣٠\n"
    )
    article = dump(text)
    assert article.body == [LEDE, SECOND]
    assert article.published_at == datetime(2024, 3, 17, 19, 25)
    assert [t.text for t in article.teasers][:2] == ["هزة أرضية خفيفة تضرب الساحل", "افتتاح معرض الكتاب في العاصمة"]
    assert [t.published_text for t in article.teasers] == ["١٥:٠٢", "١١:٤٥", "١٣:٠٥", "٠٩:٣٠"]


@pytest.mark.parametrize(
    "text",
    [
        "أخبار ذات صلة:",
        "  «الرئيسية» / أخبار_محلية — 2020 ",
        "Top of Form — اقرأ أيضاً… (AFP)",
        "شاركها: فيسبوك | تويتر | واتساب",
        "ﻻ ٣٤ x_y é ٣",
        "عاجل:\tالرئيس\u2003يصل  إلى © 2024",
        "تاريخ النشر : 14:05 - 2024/03/11 ٪ ×",
        "Москва ΑΘΗΝΑ שלום 中文 Ελλάδα Ünïcödé ǅ ẞ",
        "\u0640ـ ٥ \u064b ﻻ ﷲ ڤ ݐ ࢠ",
    ],
    ids=["header", "breadcrumb", "mixed", "share", "forms", "tabs", "stamp", "scripts",
         "arabic-blocks"],
)
def test_line_facts_match_their_definitions(text: str) -> None:
    """split_lines computes keys and letter counts the fast way; they stay the plain definitions:
    non-word runs collapsed to one space, letters (str.isalpha) counted by script."""
    import re

    from siyaq.extract.lines import split_lines
    from siyaq.extract.stamps import fold

    (line,) = split_lines(text)
    assert line.key == " ".join(re.sub(r"[^\w]+", " ", fold(line.text)).split())
    assert line.words == len(line.text.split())
    arabic = [c for c in line.text if c.isalnum() and (
        "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" or "\u0750" <= c <= "\u077f"
        or "\u0870" <= c <= "\u08ff")]
    letters = [c for c in line.text if c.isalpha() and c not in arabic]
    latin = [c for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f"
             or "\u1e00" <= c <= "\u1eff"]
    assert (line.arabic, line.latin, line.other) == (
        len(arabic), len(latin), len(letters) - len(latin))


def test_rule_labeler_memo_changes_no_label() -> None:
    """The rule labeler keeps its verdicts on short lines by text: labels with a warm memo, and
    with one emptied every few lines, are the labels of a fresh labeler."""
    from pathlib import Path

    from siyaq.evaluate.extraction import read_gold
    from siyaq.extract.lines import split_lines

    gate = Path(__file__).parent / "fixtures" / "dumps" / "gate.jsonl"
    texts = [gold.text for gold in read_gold(gate)]
    warm, tiny = RuleLabeler(), RuleLabeler(memo_size=3)
    for _ in range(2):
        for text in texts:
            expected = RuleLabeler().label(split_lines(text))
            assert warm.label(split_lines(text)) == expected
            assert tiny.label(split_lines(text)) == expected


SCRIPT_LINES = {
    # text: (Arabic, Latin, other) letters; marks, punctuation and digits other than Arabic-Indic
    # ones count nowhere
    "russian": ("Президент заявил: «Мы готовы».", (0, 0, 23)),
    "greek": ("Η κυβέρνηση ανακοίνωσε μέτρα.", (0, 0, 25)),
    "hebrew": ("הממשלה הודיעה", (0, 0, 12)),
    "accented-latin": ("Le président a déclaré à Genève", (0, 26, 0)),
    "vietnamese": ("Hà Nội", (0, 5, 0)),
    "cjk": ("東京都の新しい政策。", (0, 0, 9)),
    "arabic-with-marks": ("أَعْلَنَ الوزير ٢٠٢٤ — «نعم»", (17, 0, 0)),
    "arabic-indic-time": ("١٥:٠٢", (4, 0, 0)),
    "ascii-time": ("15:02", (0, 0, 0)),
    "presentation-forms": ("ﻻ ﷲ ﻣﺮﺣﺒﺎ", (7, 0, 0)),
    "arabic-and-english": ("قال Reuters إن", (5, 7, 0)),
}


@pytest.mark.parametrize("kernel", [True, False], ids=["kernel", "python"])
@pytest.mark.parametrize(
    ("text", "counts"), list(SCRIPT_LINES.values()), ids=list(SCRIPT_LINES)
)
def test_letters_are_counted_by_script(text: str, counts: tuple[int, int, int],
                                       kernel: bool) -> None:
    """Only Arabic-script letters count as Arabic: Cyrillic, Greek, Hebrew, accented Latin and
    CJK lines were Arabic by their UTF-8 byte surplus (CJK twice)."""
    from siyaq.extract.lines import split_lines
    from siyaq.extract.scan import LINE_KERNEL

    if kernel and LINE_KERNEL is None:
        pytest.skip("siyaq._line_kernel is not built")
    (line,) = split_lines(text, LINE_KERNEL if kernel else None)
    assert (line.arabic, line.latin, line.other) == counts


FOREIGN_PAGES = {
    "russian": (
        "Поезда снова ходят между двумя городами",
        "Министр транспорта открыл новую скоростную линию в понедельник, после трёх лет работы.",
        "Он сказал, что поездка займёт меньше часа, а цены на билеты останутся доступными.",
    ),
    "greek": (
        "Τα τρένα κυκλοφορούν ξανά ανάμεσα στις δύο πόλεις",
        "Ο υπουργός μεταφορών εγκαινίασε τη νέα γραμμή τη Δευτέρα, μετά από τρία χρόνια εργασιών.",
        "Είπε ότι το ταξίδι θα διαρκεί λιγότερο από μία ώρα και ότι τα εισιτήρια θα μείνουν φθηνά.",
    ),
    "french": (
        "Les trains reprennent entre les deux villes",
        "Le ministre a inauguré lundi la nouvelle ligne à grande vitesse, après trois années de travaux.",
        "Il a précisé que le trajet durerait moins d'une heure et que les tarifs resteraient modérés.",
    ),
}


@pytest.mark.parametrize("lines", list(FOREIGN_PAGES.values()), ids=list(FOREIGN_PAGES))
def test_page_in_another_script_is_no_arabic_page(lines: tuple[str, str, str]) -> None:
    """A page in another script is cleaned like an English one (its lines have letters), and
    is not an Arabic page for the rules or the CRF's page facts."""
    from siyaq.extract.lines import page_arabic_share, split_lines

    assert page_arabic_share(split_lines("\n".join(lines))) == 0.0
    article = dump("\n".join(lines))
    assert article.title == lines[0]
    assert article.body == list(lines[1:])


@pytest.mark.parametrize(
    "embed",
    ["Президент заявил, что переговоры продолжатся на следующей неделе.",
     "Ο πρωθυπουργός δήλωσε ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.",
     "大統領は来週も交渉を続けると述べた。"],
    ids=["russian", "greek", "japanese"],
)
def test_embed_in_another_script_is_dropped_from_an_arabic_page(embed: str) -> None:
    """Before, a Cyrillic, Greek or CJK embed counted as Arabic and stayed in the body."""
    article = dump(f"{TITLE}\n{LEDE}\n{embed}\n{SECOND}")
    assert article.body == [LEDE, SECOND]
    assert any(embed in w.text for w in article.widgets)


@pytest.mark.parametrize(
    ("with_title", "expected"),
    [pytest.param(False, f"{LEDE}\n{SECOND}", id="body-as-the-gold-article-body"),
     pytest.param(True, f"{TITLE}\n{LEDE}\n{SECOND}", id="title-line-first")],
)
def test_the_benchmark_scores_the_body(with_title: bool, expected: str) -> None:
    """`siyaq evaluate extraction --flatten` scores the body, as the benches' gold
    `articleBody` is; `siyaq-default+title` keeps the numbers scored to stop 44."""
    from siyaq.evaluate.extraction import dump_system

    assert dump_system(RuleLabeler(), with_title)(f"{TITLE}\n{LEDE}\n{SECOND}") == expected
    assert dump_system(RuleLabeler(), with_title)("") == ""
