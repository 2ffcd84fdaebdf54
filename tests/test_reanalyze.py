"""siyaq reanalyze: an archive analysed by an older siyaq (here: a stub analysis, wrong on
purpose) holds, after reanalysis, exactly what a fresh ingest of the same pages holds (the
articles, their mention and quote rows, the entity listing), on both stores; pages stay as
they were, and a second run changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from siyaq.analyze import Analyzer, analyze_article, clear_analysis, step_over
from siyaq.ingest import processing_steps
from siyaq.model import (
    Article,
    ContentType,
    DateMention,
    IngestReport,
    Mention,
    Page,
    Quote,
    Record,
)
from siyaq.pipeline import run
from siyaq.reanalyze import ReanalysisReport, reanalyze
from siyaq.store import Store, shared_queries
from siyaq.store import entity_spellings as spellings
from siyaq.store.records import prepare_stored

# Fictional pages in the shape of real text dumps: names, statements, relative dates.
PAGES: dict[str, str] = {
    "water.txt": """\
وزير المياه: سد النهضة الجديد يكتمل قبل نهاية العام

تاريخ النشر : 10:15 - 2023/05/17

أعلن وزير المياه والري سامي الحداد أن أعمال بناء السد الجديد على نهر الوادي ستكتمل قبل نهاية العام الجاري، بعد تأخر دام عامين بسبب نقص التمويل.
وقال الحداد في مؤتمر صحفي عقده أمس الثلاثاء في العاصمة عمان: "لقد تجاوزنا أصعب المراحل، وسيبدأ تشغيل المحطة الأولى خلال الصيف المقبل".
وأضاف أن الحكومة خصصت مبلغا إضافيا قدره ثلاثمئة مليون دينار لاستكمال المشروع.
""",
    "port.txt": """\
الأمم المتحدة تدعو إلى فتح ميناء الحديدة أمام المساعدات

تاريخ النشر : 08:30 - 2023/06/04

دعت الأمم المتحدة اليوم الأحد إلى فتح ميناء الحديدة أمام سفن المساعدات الإنسانية دون تأخير.
وقال المتحدث باسم المنظمة ستيفان دوجاريك في بيان: "إن ملايين الأشخاص في اليمن يعتمدون على الواردات التي تمر عبر هذا الميناء".
وأشار إلى أن برنامج الأغذية العالمي يستعد لإرسال شحنات جديدة من القمح إلى صنعاء خلال الأسبوع المقبل.
""",
    "council.txt": """\
مجلس الوزراء السعودي يقر ميزانية الرياض للعام المقبل

تاريخ النشر : 19:05 - 2023/09/12

أقر مجلس الوزراء السعودي في جلسته التي عقدها أمس الاثنين برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز ميزانية جديدة لمدينة الرياض.
وأوضح وزير المالية محمد الجدعان أن الميزانية تركز على مشروعات النقل العام والإسكان.
وقال الجدعان: "نتوقع أن تنتهي المرحلة الأولى من مشروع القطار في شهر مارس المقبل".
""",
    "long.txt": """\
تقرير مطول عن مشروعات الطاقة في الأردن

تاريخ النشر : 12:00 - 2023/10/01

""" + "\n".join(
        f"وقال المهندس خالد العمري إن المرحلة رقم {i} من مشروع الطاقة الشمسية في محافظة معان"
        f" تضم {i * 40} لوحا جديدا وستربط بالشبكة الوطنية قبل نهاية الشهر رقم {i}."
        for i in range(1, 13)) + "\n",
    "english.txt": """\
Council approves new budget

Published: 12 March 2024

The city council approved a new budget on Tuesday after a long debate about road repairs and schools.
The mayor said the plan would be reviewed again in the autumn, when revenue figures are known.
""",
}
MAX_CHARS = 1200  # long.txt is longer: its analysis is skipped with a warning, every time
KEPT = "decoding: a warning of another step, which reanalysis keeps"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build()


def _records() -> list[Record]:
    """The pages decoded, extracted and language-tagged, not analysed; one warning of another
    step on each article."""
    pages = [Record(Page(text.encode(), name, ContentType.TEXT,
                         url=f"https://news.example/{name}")) for name, text in PAGES.items()]
    records = list(run(pages, *processing_steps(analyze=False)))
    for record in records:
        assert record.ok and record.article is not None, record.error
        record.article.warnings.append(KEPT)
    return records


def _old_analysis(article: Article) -> None:
    """What an older siyaq may have left: another name, a wrong date and quote, and for
    one article a failure after the first results (as a real failure leaves them)."""
    article.mentions = [Mention("الوادي", "PERS", 0, 6, canonical="وادي")]
    article.dates = [DateMention("أمس", 0, 3, "2001-01-01")]
    article.event_date = date(2001, 1, 1)
    article.quotes = [Quote("كلام قديم", 0, 9, speaker="قائل قديم")]
    if article.origin == "port.txt":
        raise RuntimeError("old tagger broke")


def _store(make: Callable[[], Store], analyze: Callable[[Article], None],
           stale_english: bool = False) -> Store:
    store = make()
    records = _records()
    for record in records:  # an old siyaq may have analysed every language
        if stale_english and record.article and record.article.language != "ar":
            record.article.mentions = [Mention("Council", "ORG", 0, 7)]
    store.put_records(step_over(records, analyze, MAX_CHARS), IngestReport())
    return store


def _rows(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Everything the analysis puts in an archive's tables, in a fixed order."""
    queries = {
        "mentions": "SELECT article_id, text, text_key, canonical, canonical_key, type,"
                    " sort_time FROM mentions",
        "quotes": "SELECT article_id, position, speaker_key, canonical_key, sort_time, data"
                  " FROM quotes",
        "entity_counts": "SELECT canonical_key, type, article_count FROM entity_counts",
        "entity_spellings": "SELECT canonical_key, canonical, text, type, text_key,"
                            " mention_count, first_seen, last_seen FROM entity_spellings",
        "articles": "SELECT id, data FROM articles",
    }
    return {name: sorted(tuple(row) for row in store.conn.execute(sql).fetchall())
            for name, sql in queries.items()}


def _untouched(store: Any) -> list[tuple[Any, ...]]:
    """What reanalysis must leave as it is: the pages and each article's updated_at."""
    pages = store.conn.execute("SELECT content_hash, content, article_id, error, stored_at"
                               " FROM pages ORDER BY content_hash").fetchall()
    times = store.conn.execute("SELECT id, updated_at FROM articles ORDER BY id").fetchall()
    return [*map(tuple, pages), *map(tuple, times)]


def _views(store: Store) -> dict[str, Any]:
    return {
        "entities": store.entities(top=50),
        "people": store.entities(type="PERS", top=50),
        "quotes": sorted((aid, q.text, q.speaker or "") for aid, q in store.quotes(limit=50)),
    }


@pytest.fixture
def archives(new_archive: Callable[[], Store], analyzer: Analyzer
             ) -> tuple[Store, Store]:
    """(an archive from a fresh ingest, the same pages analysed by the old stub)."""
    return (_store(new_archive, analyzer.analyze),
            _store(new_archive, _old_analysis, stale_english=True))


def test_fresh_archive_has_names_and_quotes(archives: tuple[Store, Store]) -> None:
    """The comparisons below mean something: the fresh analysis found names and statements,
    and the old archive's rows differ from them."""
    fresh, old = archives
    rows = _rows(fresh)
    assert len(rows["mentions"]) >= 10 and len(rows["quotes"]) >= 2
    assert _rows(old)["mentions"] != rows["mentions"]


@pytest.mark.parametrize("batch_size", [1, 2, 200], ids=["batch-1", "batch-2", "batch-200"])
def test_reanalysis_gives_a_fresh_ingest(archives: tuple[Store, Store], analyzer: Analyzer,
                                         batch_size: int, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    fresh, old = archives
    # Reading pages of 3 articles, writing batches of 1 or 2: writes land between reads.
    monkeypatch.setattr(shared_queries, "CHUNK", 3)
    untouched = _untouched(old)
    report = reanalyze(old, analyzer, batch_size=batch_size, max_chars=MAX_CHARS)
    assert _rows(old) == _rows(fresh)
    assert _views(old) == _views(fresh)
    assert _untouched(old) == untouched
    assert report.articles == len(PAGES) and report.not_written == 0
    assert report.analysed == 3
    assert report.skipped == {"language en": 1, "analysis skipped: body too long": 1}


def test_worker_processes_give_what_one_process_gives(archives: tuple[Store, Store]) -> None:
    """`--workers 2`: the analysis built once in each of two processes, batches of 2 in
    flight while this process writes; the archive ends as a fresh ingest, counts included."""
    fresh, old = archives
    report = reanalyze(old, batch_size=2, max_chars=MAX_CHARS, workers=2)
    assert _rows(old) == _rows(fresh)
    assert (report.workers, report.articles, report.analysed) == (2, len(PAGES), 3)
    assert report.skipped == {"language en": 1, "analysis skipped: body too long": 1}
    with pytest.raises(ValueError, match="workers=1"):
        reanalyze(old, Analyzer.build(), workers=2)


def test_analysis_warnings_are_replaced(archives: tuple[Store, Store],
                                        analyzer: Analyzer) -> None:
    fresh, old = archives
    before = {a.origin: a.warnings for a in old.iter_articles()}
    assert before["port.txt"] == [KEPT, "analysis failed: RuntimeError: old tagger broke"]
    reanalyze(old, analyzer, max_chars=MAX_CHARS)
    after = {a.origin: a.warnings for a in old.iter_articles()}
    assert after == {a.origin: a.warnings for a in fresh.iter_articles()}
    assert after["port.txt"] == after["water.txt"] == [KEPT]
    assert after["long.txt"] == before["long.txt"] == [
        KEPT, f"analysis skipped: body of {len(old.get_article(_id(old, 'long.txt')).text)}"
              " characters"]


def _id(store: Store, origin: str) -> str:
    return next(a.id for a in store.iter_articles() if a.origin == origin)


def test_report_counts_and_a_second_run_changes_nothing(archives: tuple[Store, Store],
                                                        analyzer: Analyzer) -> None:
    fresh, old = archives
    mentions = sum(len(a.mentions) for a in fresh.iter_articles())
    quotes = sum(len(a.quotes) for a in fresh.iter_articles())
    first = reanalyze(old, analyzer, max_chars=MAX_CHARS)
    # Every article had the stub's (or the English one's hand-set) results; the long one
    # had none, as now, but its stub date is gone (dates are not counted as a change).
    assert (first.changed, first.mentions_before, first.quotes_before) == (4, 4, 3)
    assert (first.mentions_after, first.quotes_after) == (mentions, quotes)
    assert first.rewritten == 4  # all but the long one, skipped then as now
    written: list[str] = []
    put = old.put_analyses

    def spy(items: Any) -> int:
        items = list(items)
        written.extend(item.record.article.id for item in items)
        return put(items)

    old.put_analyses = spy  # type: ignore[method-assign]
    second = reanalyze(old, analyzer, max_chars=MAX_CHARS)
    assert second.changed == second.rewritten == 0 and written == []
    assert (second.mentions_before, second.quotes_before) == (mentions, quotes)
    assert (second.mentions_after, second.quotes_after) == (mentions, quotes)
    assert _rows(old) == _rows(fresh)


def test_put_analyses_never_inserts(new_archive: Callable[[], Store],
                                    analyzer: Analyzer) -> None:
    store = _store(new_archive, analyzer.analyze)
    stored = next(iter(store.iter_articles()))
    stranger = Article(id="not-stored", content_hash="x", origin="nowhere.txt",
                       body=["قال سامي الحداد إن العمل مستمر."], language="ar",
                       mentions=[Mention("سامي الحداد", "PERS", 4, 15)])
    rows = _rows(store)
    missing = store.put_analyses(prepare_stored(a, store.analyzer)  # type: ignore[attr-defined]
                                 for a in (stranger, stored))
    assert missing == 1
    assert store.get_article("not-stored") is None
    assert store.article_count() == len(PAGES)
    assert _rows(store) == rows  # the stored one written back as it was


def test_put_analyses_leaves_an_article_reingested_meanwhile(
        new_archive: Callable[[], Store], analyzer: Analyzer) -> None:
    """Read, then re-ingested by another process before the batch is written back: the
    re-ingested version stays (it would otherwise be lost: its page is stored, so ingesting
    it again would skip it)."""
    store = _store(new_archive, analyzer.analyze)
    read = list(store.iter_articles())
    page = Page(b"a newer version", "water.txt", ContentType.TEXT, url="https://news.example/w")
    newer = replace(read[0], content_hash=page.content_hash, title="عنوان جديد", mentions=[])
    store.put_records([Record(page, newer)], IngestReport())
    missing = store.put_analyses(prepare_stored(a, store.analyzer)  # type: ignore[attr-defined]
                                 for a in read)
    assert missing == 1
    assert store.get_article(newer.id) == newer


def test_report_is_empty_on_an_empty_archive(new_archive: Callable[[], Store],
                                             analyzer: Analyzer) -> None:
    report = reanalyze(new_archive(), analyzer)
    assert (report.articles, report.analysed, report.changed, report.skipped) == (0, 0, 0, {})
    assert isinstance(report, ReanalysisReport)


@pytest.mark.parametrize(
    ("warnings", "kept"),
    [
        pytest.param([], [], id="none"),
        pytest.param([KEPT], [KEPT], id="other-step"),
        pytest.param(["analysis failed: ValueError: x", KEPT, "analysis skipped: body of 9"],
                     [KEPT], id="both-analysis-warnings"),
        pytest.param(["extraction: analysis failed elsewhere"],
                     ["extraction: analysis failed elsewhere"], id="prefix-only-at-start"),
    ],
)
def test_clear_analysis(warnings: list[str], kept: list[str]) -> None:
    article = Article(id="a", content_hash="h", origin="o", body=["نص"], warnings=warnings,
                      mentions=[Mention("نص", "MISC", 0, 2)], quotes=[Quote("نص", 0, 2)],
                      dates=[DateMention("نص", 0, 2, "2020-01-01")],
                      event_date=date(2020, 1, 1))
    clear_analysis(article)
    assert (article.mentions, article.quotes, article.dates, article.event_date) == (
        [], [], [], None)
    assert article.warnings == kept


@pytest.mark.parametrize(
    ("language", "body", "outcome", "called"),
    [
        pytest.param("ar", ["نص قصير"], None, True, id="arabic"),
        pytest.param(None, ["نص قصير"], None, True, id="undetected"),
        pytest.param("en", ["short text"], "language en", False, id="english"),
        pytest.param("ar", ["ن" * 30], "analysis skipped: body too long", False, id="too-long"),
    ],
)
def test_analyze_article(language: str | None, body: list[str], outcome: str | None,
                         called: bool) -> None:
    seen: list[str] = []
    article = Article(id="a", content_hash="h", origin="o", body=body, language=language)
    assert analyze_article(article, lambda a: seen.append(a.id), max_chars=20) == outcome
    assert seen == (["a"] if called else [])


def test_analyze_article_failure_is_a_warning() -> None:
    def broken(article: Article) -> None:
        raise ValueError("bad")

    article = Article(id="a", content_hash="h", origin="o", body=["نص"], language="ar")
    assert analyze_article(article, broken) == "analysis failed: ValueError"
    assert article.warnings == ["analysis failed: ValueError: bad"]


@pytest.mark.parametrize(("table", "column"), [("mentions", "text_key"), ("quotes", "speaker_key")])
def test_rows_keyed_otherwise_are_written_back(archives: tuple[Store, Store], analyzer: Analyzer,
                                               table: str, column: str) -> None:
    """An archive whose analysis is what this release finds, but whose rows an older release
    keyed otherwise (another name_key): only those articles are written back, and then the
    rows are this release's."""
    fresh, _ = archives
    rows = _rows(fresh)
    fresh.conn.execute(  # type: ignore[attr-defined]
        f"UPDATE {table} SET {column} = 'مفتاح قديم' WHERE article_id = ?",
        (rows[table][0][0],))
    # The spellings such an archive got when this release first opened it: its mentions'.
    fresh.conn.execute("DELETE FROM entity_spellings")  # type: ignore[attr-defined]
    fresh.conn.execute(spellings.FILL_FROM_MENTIONS)  # type: ignore[attr-defined]
    assert _rows(fresh) != rows
    report = reanalyze(fresh, analyzer, max_chars=MAX_CHARS)
    assert (report.changed, report.rewritten) == (0, 1)
    assert _rows(fresh) == rows
