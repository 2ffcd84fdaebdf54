"""The template filters that stand between stored text and the page."""

from __future__ import annotations

import pytest

from siyaq.web.render import arabic_count, arabic_time, origin_name, safe_url, snippet


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("قال <mark>الوزير</mark> إن", "قال <mark>الوزير</mark> إن"),
        ("a &lt;b&gt; &amp; <mark>c</mark>", "a &lt;b&gt; &amp; <mark>c</mark>"),
        ("<script>alert(1)</script><mark>x</mark>",
         "&lt;script&gt;alert(1)&lt;/script&gt;<mark>x</mark>"),
        ('<mark onclick="x">y</mark>', "&lt;mark onclick=&quot;x&quot;&gt;y</mark>"),
        ("", ""),
    ],
    ids=["marks-kept", "escaped-text-unchanged", "raw-script-escaped", "mark-with-attribute",
         "empty"],
)
def test_snippet_keeps_only_mark_tags(stored: str, shown: str) -> None:
    assert str(snippet(stored)) == shown


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://alkhabar.example/a", "https://alkhabar.example/a"),
        ("http://x.example/?p=1", "http://x.example/?p=1"),
        ("javascript:alert(1)", None),
        (" JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("/relative/path", None),
        (None, None),
    ],
    ids=["https", "http", "javascript", "javascript-mixed-case", "data", "relative", "none"],
)
def test_only_http_urls_become_links(url: str | None, link: str | None) -> None:
    assert safe_url(url) == link


@pytest.mark.parametrize(
    ("iso", "shown"),
    [
        ("2024-03-11T14:05:00", "11 مارس 2024، 14:05"),
        ("2024-03-11T16:30:00+03:00", "11 مارس 2024، 16:30 (UTC+03:00)"),
        ("2024-12-01", "1 ديسمبر 2024"),
        ("2024-04-03T00:00:00", "3 أبريل 2024"),
        ("2024-04-03T00:00:00+02:00", "3 أبريل 2024، 00:00 (UTC+02:00)"),
        ("not a date", "not a date"),
        (None, ""),
    ],
    ids=["naive", "with-zone", "date-only", "naive-midnight-is-a-date", "aware-midnight",
         "unparsable", "none"],
)
def test_arabic_time(iso: str | None, shown: str) -> None:
    assert arabic_time(iso) == shown


@pytest.mark.parametrize(
    ("origin", "shown"),
    [("/srv/data/samples/a.example/page.txt", "page.txt"),
     ("/srv/feed.jsonl#line 3", "feed.jsonl#line 3"), ("C:\\data\\p.html", "p.html"),
     ("page.txt", "page.txt"), (None, "")],
    ids=["posix", "jsonl-line", "windows", "bare", "none"],
)
def test_origin_shows_no_server_folders(origin: str | None, shown: str) -> None:
    assert origin_name(origin) == shown


@pytest.mark.parametrize(
    ("count", "shown"),
    [
        pytest.param(0, "0 نتيجة", id="none"),
        pytest.param(1, "نتيجة واحدة", id="one"),
        pytest.param(2, "نتيجتان", id="two"),
        pytest.param(3, "3 نتائج", id="three"),
        pytest.param(10, "10 نتائج", id="ten"),
        pytest.param(11, "11 نتيجة", id="eleven"),
        pytest.param(20, "20 نتيجة", id="twenty"),
        pytest.param(102, "102 نتيجة", id="hundred-and-two"),
        pytest.param(105, "105 نتائج", id="hundred-and-five"),
    ],
)
def test_results_are_counted_in_arabic(count: int, shown: str) -> None:
    assert arabic_count(count, "result") == shown


@pytest.mark.parametrize(
    ("reason", "shown"),
    [
        pytest.param("not Arabic (language en)", "ليس بالعربية (اللغة: en)", id="language"),
        pytest.param("no body (headline only)", "بلا نص (عنوان فقط)", id="headline-only"),
        pytest.param("body too short (12 words, fewer than 40)", "نص قصير جدا (12 كلمة، أقل من 40)",
                     id="too-short"),
        pytest.param("no other report of this event found in its time window",
                     "لم يوجد تقرير آخر عن هذا الحدث في نافذته الزمنية", id="alone"),
        pytest.param("some new reason", "some new reason", id="unknown-as-is"),
    ],
)
def test_lone_story_reasons_in_arabic(reason: str, shown: str) -> None:
    from siyaq.web.render import lone_reason

    assert lone_reason(reason) == shown


@pytest.mark.parametrize(
    ("warning", "shown"),
    [
        pytest.param("file cut short: the page is what came before the cut (EOFError: ended)",
                     "الملف مقطوع: النص المعروض هو ما سبق موضع القطع، وقد ينقصه آخره", id="cut"),
        pytest.param("analysis skipped: body of 2000000 characters",
                     "لم يُحلَّل النص لطوله (2000000 حرفا): لا أسماء ولا أقوال ولا تواريخ مستخرجة "
                     "منه", id="too-long"),
        pytest.param("analysis failed: ValueError: x",
                     "تعذّر تحليل النص: لا أسماء ولا أقوال ولا تواريخ مستخرجة منه", id="failed"),
        pytest.param("invalid UTF-8: 1 byte replaced by U+FFFD (1 of 4,611 non-ASCII bytes were "
                     "not UTF-8)", "في الملف 1 بايت ليست بترميز UTF-8: قُرئت بترميز آخر أو "
                     "استُبدل بها الرمز �", id="damaged-utf8"),
        pytest.param("some new warning", "some new warning", id="unknown-as-is"),
    ],
)
def test_article_warnings_in_arabic(warning: str, shown: str) -> None:
    from siyaq.web.render import article_warning

    assert article_warning(warning) == shown


def _date(text: str, value: str | None) -> dict[str, object]:
    return {"text": text, "value": value, "granularity": "day", "relative": True}


@pytest.mark.parametrize(
    ("dates", "shown"),
    [
        pytest.param([_date("السبت", "2018-10-20"), _date("2 أكتوبر", "2018-10-02"),
                      _date("السبت", "2018-10-20")],
                     [("السبت", "2018-10-20", 2), ("2 أكتوبر", "2018-10-02", 1)],
                     id="repeats-counted-in-first-order"),
        pytest.param([_date("الخميس", "2020-02-06"), _date("الخميس", "2020-01-30")],
                     [("الخميس", "2020-02-06", 1), ("الخميس", "2020-01-30", 1)],
                     id="one-word-two-days-kept-apart"),
        pytest.param([], [], id="none"),
    ],
)
def test_an_articles_dates_are_shown_once_each(dates: list[dict[str, object]],
                                               shown: list[tuple[str, str, int]]) -> None:
    from siyaq.web.render import distinct_dates

    assert [(d["text"], d["value"], d["times"]) for d in distinct_dates(dates)] == shown


def _months(*counts: int) -> list[dict[str, object]]:
    return [{"month": f"2020-{i + 1:02d}", "articles": n} for i, n in enumerate(counts)]


@pytest.mark.parametrize(
    ("counts", "rows"),
    [
        pytest.param((4, 0, 0, 0, 0, 7), ["2020-01", (4, "2020-02", "2020-05"), "2020-06"],
                     id="a-long-silence-is-one-row"),
        pytest.param((4, 0, 0, 7), ["2020-01", "2020-02", "2020-03", "2020-04"],
                     id="a-short-silence-is-listed"),
        pytest.param((4, 0, 0, 0), ["2020-01", (3, "2020-02", "2020-04")],
                     id="a-silence-at-the-end"),
        pytest.param((5,), ["2020-01"], id="one-month"),
        pytest.param((), [], id="none"),
    ],
)
def test_silent_months_in_a_row_are_one_row(counts: tuple[int, ...], rows: list[object]) -> None:
    from siyaq.views_archive import quiet_months

    shown = [(r["silent"], r["first"], r["last"]) if "silent" in r else r["month"]
             for r in quiet_months(_months(*counts))]
    assert shown == rows
