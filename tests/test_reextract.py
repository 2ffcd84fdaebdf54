"""siyaq reextract: an archive built by an older release (here: stubs that extract worse on
purpose, or fail) holds, after re-extraction, what a fresh ingest of the same pages holds,
on both stores; failed pages this release reads get their article, and nothing stored is
lost (an article no longer extracted stays as it was)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from siyaq.analyze import Analyzer, step_over
from siyaq.arabic.language import language_step
from siyaq.extract import extract_step
from siyaq.extract.base import article_id_for
from siyaq.extract.closings import closing_lines_step
from siyaq.model import ContentType, IngestReport, Page, Record
from siyaq.pipeline import Step, run
from siyaq.reextract import ReextractionReport, reextract
from siyaq.sources.decode import decode_step
from siyaq.sources.jsonl import record_for_line, record_for_value
from siyaq.sources.trec import trec_records
from siyaq.store import Store, shared_queries
from siyaq.store.base import SearchQuery
from test_reanalyze import PAGES

APP_LINE = "حمّلوا تطبيق الصحيفة لتصلكم الأخبار أولا بأول"
READ_ALSO = "اقرأ أيضا: افتتاح مدرسة جديدة في الزرقاء"
# Six records of one outlet, each closing with the outlet's app promotion (fictional).
RECORDS = [
    {"url": f"https://paper.example/news/{n}", "title": title, "date": "2023-03-0" + str(n),
     "body": [f"{lead} وقال مسؤول في الوزارة إن العمل سيستمر خلال الأسابيع المقبلة.",
              f"وأضاف أن المرحلة رقم {n} من الخطة تبدأ في {title}.",
              *([READ_ALSO] if n == 1 else []), APP_LINE]}
    for n, (title, lead) in enumerate([
        ("افتتاح مستشفى جديد في الزرقاء", "افتتحت وزارة الصحة مستشفى جديدا في الزرقاء."),
        ("حملة لتشجير الطرق في إربد", "أطلقت البلدية حملة لزراعة ألف شجرة على طرق إربد."),
        ("تعديل مواعيد الدوام المدرسي", "أعلنت وزارة التربية تعديل مواعيد الدوام المدرسي."),
        ("خط حافلات سريع في العقبة", "بدأ تشغيل خط حافلات سريع يربط وسط العقبة بالميناء."),
        ("مسابقة وطنية للقراءة", "أطلقت وزارة الثقافة مسابقة وطنية للقراءة بين الطلاب."),
        ("صيانة شبكة المياه في السلط", "بدأت سلطة المياه صيانة الشبكة الرئيسية في السلط."),
    ], start=1)
]

TREC_WITHOUT_TEXT = """<DOC>
<DOCNO>D1</DOCNO>
<URL>https://corpus.example/d1</URL>
<TITLE>نتائج الجولة الأولى بالأرقام</TITLE>
<TEXT>

</TEXT>
</DOC>
"""


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer.build()


def _chain(analyzer: Analyzer, *, closings: bool = True,
           old: Callable[[Record], None] | None = None) -> list[Step]:
    """Ingest's chain with one analyzer; ``old`` spoils each extracted record as an older
    release would have, ``closings`` off as before closing lines were learned."""
    def spoil(records: Iterable[Record]) -> Iterator[Record]:
        for record in records:
            if old is not None and record.error is None:
                old(record)
            yield record

    def analyze(records: Iterable[Record]) -> Iterator[Record]:
        return step_over(records, analyzer.analyze)

    steps: list[Step] = [decode_step, extract_step, spoil]
    return [*steps, *([closing_lines_step()] if closings else []), language_step, analyze]


def _dumps() -> list[Record]:
    return [Record(Page(text.encode(), name, ContentType.TEXT, url=f"https://news.example/{name}"))
            for name, text in PAGES.items()]


def _jsonl() -> list[Record]:
    return [record_for_line(json.dumps(item, ensure_ascii=False).encode(), f"feed.jsonl#line {n}",
                            n) for n, item in enumerate(RECORDS, start=1)]


def _csv_rows() -> list[Record]:
    """The same records as CSV rows: their raw bytes are no item a source reads again."""
    return [record_for_value(item, f"row {n}".encode(), f"feed.csv#line {n}", f"csv line {n}")
            for n, item in enumerate(RECORDS, start=1)]


def _archive(make: Callable[[], Store], records: list[Record], steps: list[Step]) -> Store:
    store = make()
    store.put_records(run(records, *steps), IngestReport())
    return store


def _articles(store: Any) -> list[tuple[Any, ...]]:
    """What extraction and analysis put in the archive: the articles and their rows."""
    rows = []
    for sql in ("SELECT id, title, published_at, data FROM articles",
                "SELECT article_id, text, canonical_key, type FROM mentions",
                "SELECT article_id, position, speaker_key, data FROM quotes",
                "SELECT canonical_key, type, article_count FROM entity_counts"):
        rows.append(sorted(tuple(row) for row in store.conn.execute(sql).fetchall()))
    return rows


def _worse_extraction(record: Record) -> None:
    """An older extractor: the title lost, a share bar left in the body, no date."""
    assert record.article is not None
    record.article.title = None
    record.article.body.append("شارك الخبر على فيسبوك وتويتر")
    record.article.published_at = record.article.published_text = None


def _fails_port(record: Record) -> None:
    if record.page.origin == "port.txt":
        record.article, record.error = None, "no article: older release gave up on this page"


def test_worse_extraction_is_replaced(new_archive: Callable[[], Store], analyzer: Analyzer,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = _archive(new_archive, _dumps(), _chain(analyzer))
    old = _archive(new_archive, _dumps(), _chain(analyzer, old=_worse_extraction))
    assert _articles(old) != _articles(fresh)
    monkeypatch.setattr(shared_queries, "CHUNK", 2)  # writes land between the reads
    report = reextract(old, steps=_chain(analyzer), batch_size=2)
    assert _articles(old) == _articles(fresh)
    assert (report.pages, report.articles, report.rewritten) == (len(PAGES), len(PAGES),
                                                                 len(PAGES))
    assert report.changed == len(PAGES)
    assert (report.failures, report.kept_failing, report.not_written) == (0, {}, 0)
    again = reextract(old, steps=_chain(analyzer))
    assert (again.articles, again.rewritten, again.changed) == (len(PAGES), 0, 0)


def test_worker_processes_write_what_one_process_writes(new_archive: Callable[[], Store],
                                                         analyzer: Analyzer) -> None:
    """`--workers 2` runs ingest's own chain in two processes (each loads the models) and
    leaves the archive exactly as one process does, failures retried the same way."""
    pages = [*_dumps(), Record(Page(b"\x00\x01", "binary.bin", ContentType.TEXT),
                               error="no article: older release gave up on this page")]
    one = _archive(new_archive, pages, _chain(analyzer, old=_worse_extraction))
    two = _archive(new_archive, pages, _chain(analyzer, old=_worse_extraction))
    by_one = reextract(one, batch_size=2)
    by_two = reextract(two, batch_size=2, workers=2)
    assert _articles(two) == _articles(one)
    assert by_two.workers == 2 and by_two.rewritten == by_one.rewritten == len(PAGES)
    assert (by_two.failures, by_two.still_failing) == (by_one.failures, by_one.still_failing)
    with pytest.raises(ValueError, match="workers=1"):
        reextract(one, steps=_chain(analyzer), workers=2)


def test_an_older_json_layout_is_rewritten_not_changed(new_archive: Callable[[], Store],
                                                       analyzer: Analyzer) -> None:
    """An archive written before a field existed (its JSON lacks `section` and `byline`) is
    rewritten for this release's JSON; nothing in its articles changed."""
    old: Any = _archive(new_archive, _dumps(), _chain(analyzer))
    for id_, data in old.conn.execute("SELECT id, data FROM articles").fetchall():
        fields = {k: v for k, v in json.loads(data).items() if k not in ("section", "byline")}
        old.conn.execute("UPDATE articles SET data = ? WHERE id = ?",
                         (json.dumps(fields, ensure_ascii=False), id_))
    report = reextract(old, steps=_chain(analyzer))
    assert (report.rewritten, report.changed) == (len(PAGES), 0)
    assert reextract(old, steps=_chain(analyzer)).rewritten == 0


@pytest.mark.parametrize(("records", "restored"), [(_jsonl, len(RECORDS)), (_csv_rows, 0)],
                         ids=["jsonl-read-again", "csv-from-stored-article"])
def test_structured_records_lose_their_closing_lines(
        new_archive: Callable[[], Store], analyzer: Analyzer, records: Callable[[], list[Record]],
        restored: int) -> None:
    """Records that came with their body: a JSON item is read again by its source, a CSV row
    from its stored article; either way closing lines learned since move to the widgets, and
    the teasers stay (the stored body no longer holds them)."""
    old = _archive(new_archive, records(), _chain(analyzer, closings=False))
    assert all(a.body[-1] == APP_LINE for a in old.iter_articles())
    assert sorted(t.text for a in old.iter_articles() for t in a.teasers) == [READ_ALSO]
    report = reextract(old, steps=_chain(analyzer))
    assert (report.rewritten, report.restored) == (len(RECORDS), restored)
    for article in old.iter_articles():
        assert APP_LINE not in article.body and len(article.body) == 2
        assert [(w.kind, w.text) for w in article.widgets] == [("footer", APP_LINE)]
        assert article.title and article.published_at is not None
    assert sorted(t.text for a in old.iter_articles() for t in a.teasers) == [READ_ALSO]
    fresh = _archive(new_archive, records(), _chain(analyzer))
    assert _articles(old) == _articles(fresh)


def test_a_record_read_again_gives_its_author(new_archive: Callable[[], Store],
                                              analyzer: Analyzer) -> None:
    """An older release ignored a record's author field; read again from the raw item, the
    record has it as its byline."""
    def no_author(record: Record) -> None:
        assert record.article is not None
        record.article.byline = None

    def with_author() -> list[Record]:
        items = [{**item, "author": f"مراسل {n} - عمان"} for n, item in enumerate(RECORDS)]
        return [record_for_line(json.dumps(item, ensure_ascii=False).encode(), f"a.jsonl#{n}", n)
                for n, item in enumerate(items)]

    old = _archive(new_archive, with_author(), _chain(analyzer, old=no_author))
    assert {a.byline for a in old.iter_articles()} == {None}
    reextract(old, steps=_chain(analyzer))
    assert sorted(a.byline or "" for a in old.iter_articles()) == [
        f"مراسل {n} - عمان" for n in range(len(RECORDS))]
    assert _articles(old) == _articles(_archive(new_archive, with_author(), _chain(analyzer)))


def test_a_page_cut_short_stays_marked(new_archive: Callable[[], Store],
                                       analyzer: Analyzer) -> None:
    cut = "file cut short: the page is what came before the cut (EOFError: ended)"
    records = _dumps()
    records[0].page.warnings = [cut]
    store = _archive(new_archive, records, _chain(analyzer, old=_worse_extraction))
    reextract(store, steps=_chain(analyzer))
    warnings = {article.origin: article.warnings for article in store.iter_articles()}
    assert warnings.pop(records[0].page.origin) == [cut]
    assert all(found == [] for found in warnings.values())


def test_failed_pages_are_retried(new_archive: Callable[[], Store], analyzer: Analyzer) -> None:
    """A TREC document with no text is read again by its source and still fails (never an
    article of its markup); not retried: a file that could not be read, and a structured
    record no source reads again (a CSV row)."""
    [empty_doc] = trec_records(TREC_WITHOUT_TEXT.encode(), "corpus.txt")
    row = Record(Page("عنوان,اقرأ أيضا: خبر آخر".encode(), "t.csv#line 2", ContentType.ARTICLE),
                 error="no article: structured record's body is only links to other articles")
    records = [*_dumps(), empty_doc, row, Record(Page(b"", "gone.txt", ContentType.TEXT),
                                                 error="cannot read gone.txt: no such file")]
    old = _archive(new_archive, records, _chain(analyzer, old=_fails_port))
    failed = sorted(old.failures())
    assert [origin for origin, _ in failed] == ["corpus.txt#D1", "gone.txt", "port.txt",
                                                "t.csv#line 2"]
    report = reextract(old, steps=_chain(analyzer))
    assert (report.failures, report.recovered) == (4, 1)
    assert report.not_retried == {"no bytes stored": 1,
                                  "a structured record its source cannot read again": 1}
    assert sum(report.still_failing.values()) == 1 and report.articles == len(PAGES) - 1
    assert sorted(old.failures()) == [f for f in failed if f[0] != "port.txt"]
    recovered = old.get_article_by_url("https://news.example/port.txt")
    assert recovered is not None and recovered.title and recovered.mentions
    hits = old.search(SearchQuery("ميناء الحديدة"))
    assert [hit.article_id for hit in hits] == [recovered.id]
    assert reextract(old, steps=_chain(analyzer)).recovered == 0


def test_a_page_still_failing_keeps_its_error(new_archive: Callable[[], Store],
                                              analyzer: Analyzer) -> None:
    page = Page("\n".join(["الرئيسية", "اتصل بنا", "تسجيل الدخول"]).encode(), "menu.txt",
                ContentType.TEXT, url="https://news.example/menu")
    old = _archive(new_archive, [Record(page)], _chain(analyzer))
    [(_, error)] = old.failures()
    report = reextract(old, steps=_chain(analyzer))
    assert (report.failures, report.recovered, sum(report.still_failing.values())) == (1, 0, 1)
    assert old.failures() == [("menu.txt", error)]


def test_an_article_no_longer_extracted_is_kept(new_archive: Callable[[], Store],
                                                analyzer: Analyzer) -> None:
    """An older release made an article of a page this one finds none in: it is counted, not
    deleted (the user decides; nothing stored is lost)."""
    menu = Page("\n".join(["الرئيسية", "اتصل بنا", "تسجيل الدخول"]).encode(), "menu.txt",
                ContentType.TEXT, url="https://news.example/menu")
    [water] = run(_dumps()[:1], *_chain(analyzer))
    assert water.article is not None
    made_up = Record(menu, article=replace(
        water.article, id=article_id_for(menu), content_hash=menu.content_hash,
        origin=menu.origin, url=menu.url, body=list(water.article.body)))
    old = new_archive()
    old.put_records([water, made_up], IngestReport())
    before = _articles(old)
    report = reextract(old, steps=_chain(analyzer))
    assert report.articles == 2 and sum(report.kept_failing.values()) == 1
    assert _articles(old) == before


def test_another_version_of_a_stored_article_is_left(new_archive: Callable[[], Store],
                                                    analyzer: Analyzer) -> None:
    """A failed page whose address the archive holds an article for (another version of the
    page, stored after it) is not recovered over that article."""
    text = PAGES["water.txt"]
    first = Record(Page(text.encode(), "v1.txt", ContentType.TEXT, url="https://news.example/w"),
                   error="no article: older release gave up on this page")
    second = Record(Page((text + "\nتحديث").encode(), "v2.txt", ContentType.TEXT,
                         url="https://news.example/w"))
    old = _archive(new_archive, [first, second], _chain(analyzer))
    stored = old.get_article_by_url("https://news.example/w")
    report = reextract(old, steps=_chain(analyzer))
    assert (report.failures, report.other_version, report.recovered) == (1, 1, 0)
    assert old.get_article_by_url("https://news.example/w") == stored
    assert len(old.failures()) == 1


def test_report_counts_add_up(new_archive: Callable[[], Store], analyzer: Analyzer) -> None:
    old = _archive(new_archive, [*_dumps(), *_jsonl()], _chain(analyzer, old=_fails_port))
    report = reextract(old, steps=_chain(analyzer))
    assert isinstance(report, ReextractionReport)
    assert report.pages == report.articles + report.failures == len(PAGES) + len(RECORDS)
    assert report.failures == report.recovered + report.other_version + sum(
        report.not_retried.values()) + sum(report.still_failing.values())


HTML_PAGE = """<!doctype html><html lang="ar"><head><meta charset="utf-8">
<title>افتتاح جسر جديد فوق نهر الوادي</title>
<link rel="canonical" href="https://news.example/bridge">
</head><body><article><h1>افتتاح جسر جديد فوق نهر الوادي</h1>
<p>افتتح وزير الأشغال العامة سامي الحداد اليوم جسرا جديدا فوق نهر الوادي يربط ضفتي المدينة.</p>
<p>وقال الحداد إن الجسر سيخفف الازدحام في وسط المدينة ويختصر زمن الرحلة إلى النصف.</p>
<p>وبلغت كلفة المشروع أربعين مليون دينار بتمويل من الحكومة والبلديات المجاورة.</p>
</article></body></html>"""


def test_an_html_page_keyed_by_its_canonical_address(new_archive: Callable[[], Store],
                                                     analyzer: Analyzer) -> None:
    """A file's page has no URL; its article takes the canonical one (and a hash of its own):
    the page is still found as its article's current version, and a failure recovered so."""
    def page() -> Record:
        return Record(Page(HTML_PAGE.encode(), "bridge.html", ContentType.HTML))

    old = _archive(new_archive, [page()], _chain(analyzer, old=_worse_extraction))
    report = reextract(old, steps=_chain(analyzer))
    assert (report.pages, report.articles, report.rewritten) == (1, 1, 1)
    fresh = _archive(new_archive, [page()], _chain(analyzer))
    assert _articles(old) == _articles(fresh)
    article = old.get_article_by_url("https://news.example/bridge")
    assert article is not None and article.title == "افتتاح جسر جديد فوق نهر الوادي"

    def gives_up(record: Record) -> None:
        record.article, record.error = None, "no article: older release gave up on this page"
    failed = _archive(new_archive, [page()], _chain(analyzer, old=gives_up))
    assert reextract(failed, steps=_chain(analyzer)).recovered == 1
    assert failed.failures() == [] and _articles(failed) == _articles(fresh)


def test_only_the_current_version_of_a_changed_page_is_read(
        new_archive: Callable[[], Store], analyzer: Analyzer) -> None:
    text = PAGES["water.txt"]
    versions = [Record(Page((text + extra).encode(), f"v{n}.txt", ContentType.TEXT,
                            url="https://news.example/w"))
                for n, extra in enumerate(["", "\nوأكد الوزير أن العمل مستمر."], start=1)]
    old = _archive(new_archive, versions, _chain(analyzer, old=_worse_extraction))
    report = reextract(old, steps=_chain(analyzer))
    assert (report.pages, report.articles, report.rewritten) == (1, 1, 1)
    article = old.get_article_by_url("https://news.example/w")
    assert article is not None and article.origin == "v2.txt" and article.title
