"""The whole pipeline on real files: sources -> decode -> extract -> analyze -> SQLite -> views."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from siyaq.ingest import ingest_paths
from siyaq.model import IngestReport
from siyaq.store import Store, open_store
from siyaq.views import article_view, search_view

ENGLISH_PAGE = """Council approves new budget

Published: 12 March 2024

The city council approved a new budget on Tuesday after a long debate about road repairs and schools.
The mayor said the plan would be reviewed again in the autumn, when revenue figures are known.
"""


def _ingest(tmp_path: Path, *paths: Path | str) -> tuple[Store, IngestReport]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    store = open_store(tmp_path / "archive.db")
    report = ingest_paths([str(p) for p in paths], store, relate=False)
    return store, report


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _only_article(store: Store) -> dict[str, Any]:
    articles = list(store.iter_articles())
    assert len(articles) == 1
    return article_view(store, articles[0].id)


def test_sample_dump_end_to_end(tmp_path: Path, sample_dump: str) -> None:
    store, _report = _ingest(tmp_path, _write(tmp_path / "in" / "page.txt", sample_dump))
    data = _only_article(store)
    assert data["title"] == "وزير المياه: سد النهضة الجديد يكتمل قبل نهاية العام"
    assert data["published_at"] == "2023-05-17T10:15:00"
    assert data["timezone_stated"] is False
    assert len(data["body"]) == 4
    assert not any("اقرأ أيضا" in p or "تعليقات" in p for p in data["body"])
    assert len(data["teasers"]) == 2
    assert data["language"] == "ar"


@pytest.mark.parametrize(
    "encoding",
    ["cp1256", "iso-8859-6", "utf-8-sig"],
    ids=["windows-1256", "iso-8859-6", "utf8-bom"],
)
def test_legacy_encodings_extract_like_utf8(
    tmp_path: Path, sample_dump: str, encoding: str
) -> None:
    clean_store, _ = _ingest(tmp_path / "clean", _write(tmp_path / "a" / "p.txt", sample_dump))
    # CRLF line ends on top of the legacy encoding: both must not change the result.
    raw = sample_dump.replace("\n", "\r\n").encode(encoding)
    other_store, _ = _ingest(tmp_path / "other", _write(tmp_path / "b" / "p.txt", raw))
    clean, other = _only_article(clean_store), _only_article(other_store)
    for field in ("title", "published_at", "body", "teasers"):
        assert other[field] == clean[field], field


def test_bad_inputs_are_counted_kept_and_the_batch_goes_on(
    tmp_path: Path, sample_dump: str
) -> None:
    folder = tmp_path / "in"
    _write(folder / "good.txt", sample_dump)
    _write(folder / "empty.txt", b"")
    _write(folder / "binary.txt", bytes(range(256)) * 20)
    _write(folder / "huge.txt", "كلمة " * 1_000_000)  # a 5 MB single line
    _write(folder / "english.txt", ENGLISH_PAGE)
    _write(
        folder / "feed.jsonl",
        '{"url": "https://x.example/1", "title": "t", "body": ["نص"]}\n{not json\n',
    )
    store, report = _ingest(tmp_path, folder, tmp_path / "missing.txt")
    failed = " | ".join(f"{k}={v}" for k, v in report.failed.items())
    assert "empty" in failed and "binary" in failed and "not exist" in failed and "JSON" in failed
    stored = {a.origin.split("#")[0].rsplit("/", 1)[-1]: a for a in store.iter_articles()}
    assert "good.txt" in stored
    assert stored["english.txt"].language == "en"
    assert any("analysis skipped" in w for w in stored["huge.txt"].warnings)
    origins = " ".join(origin for origin, _ in store.failures())
    assert "empty.txt" in origins and "binary.txt" in origins


def test_reingest_is_a_no_op_and_a_changed_page_updates(tmp_path: Path, sample_dump: str) -> None:
    page = _write(tmp_path / "in" / "page.txt", sample_dump)
    store, _first = _ingest(tmp_path, page)
    again = ingest_paths([str(page)], store, relate=False)
    assert again.stored == 0 and again.unchanged == 1
    _write(page, sample_dump.replace("ثلاثمئة مليون", "أربعمئة مليون"))
    changed = ingest_paths([str(page)], store, relate=False)
    assert changed.updated == 1
    data = _only_article(store)
    assert any("أربعمئة مليون" in p for p in data["body"])


def test_gzipped_html_and_text_are_read(tmp_path: Path, sample_dump: str) -> None:
    html = (
        "<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر المهم</h1>"
        + "".join(f"<p>{line}</p>" for line in sample_dump.splitlines()[6:10])
        + "</article></body></html>"
    )
    _write(tmp_path / "in" / "a.html.gz", gzip.compress(html.encode("utf-8")))
    _write(tmp_path / "in" / "b.txt.gz", gzip.compress(sample_dump.encode("utf-8")))
    _store, report = _ingest(tmp_path, tmp_path / "in")
    assert report.stored == 2


def test_search_finds_other_word_forms_and_filters(tmp_path: Path, sample_dump: str) -> None:
    store, _ = _ingest(tmp_path, _write(tmp_path / "in" / "page.txt", sample_dump))
    assert search_view(store, "المشاريع")["count"] >= 0  # plural form; never raises
    hits = search_view(store, "مشروع")["hits"]
    assert hits, "a singular query finds المشروع / لاستكمال المشروع"
    late = search_view(store, "مشروع", published_from=datetime(2024, 1, 1))
    assert late["count"] == 0


@pytest.mark.parametrize(
    "query",
    ['"', "NEAR(a b)", "title:x", "a*", "^x", "(", "-", "AND OR NOT", "'; DROP TABLE articles;--"],
    ids=["quote", "near", "column", "star", "caret", "paren", "minus", "operators", "sql"],
)
def test_hostile_queries_never_raise(tmp_path: Path, sample_dump: str, query: str) -> None:
    store, _ = _ingest(tmp_path, _write(tmp_path / "in" / "page.txt", sample_dump))
    result = search_view(store, query)
    assert isinstance(result["hits"], list)


def _siyaq(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "siyaq.cli", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_ingest_search_show_export(tmp_path: Path, sample_dump: str) -> None:
    db = tmp_path / "cli.db"
    page = _write(tmp_path / "in" / "page.txt", sample_dump)
    assert _siyaq("ingest", str(page), "--json", db=db).returncode == 0
    found = json.loads(_siyaq("search", "السد", "--json", db=db).stdout)
    assert found["count"] == 1
    shown = json.loads(_siyaq("show", found["hits"][0]["id"], "--json", db=db).stdout)
    assert shown["published_at"] == "2023-05-17T10:15:00"
    exported = _siyaq("export", "--format", "jsonl", db=db).stdout.splitlines()
    assert [json.loads(line)["id"] for line in exported] == [shown["id"]]
    missing = _siyaq("show", "nope", db=db)
    assert missing.returncode != 0 and "nope" in missing.stderr


def test_killed_ingest_resumes_without_duplicates(tmp_path: Path, sample_dump: str) -> None:
    folder = tmp_path / "in"
    for i in range(600):
        _write(folder / f"p{i:04d}.txt", sample_dump.replace("سامي الحداد", f"سامي الحداد {i}"))
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "siyaq.cli", "ingest", str(folder), "--db", str(db), "--json"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not db.exists():
        time.sleep(0.05)
    time.sleep(1.0)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rerun = subprocess.run(cmd, capture_output=True, text=True, check=True)
    assert json.loads(rerun.stdout)["failed"] == {}
    store = open_store(db)
    ids = [a.id for a in store.iter_articles()]
    assert len(ids) == len(set(ids)) == 600
    assert all(a.body for a in store.iter_articles())


def test_failed_analysis_keeps_the_article_with_a_warning(
    tmp_path: Path, sample_dump: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import siyaq.analyze.quotes

    def broken(article: object, finder: object = None) -> None:
        raise ValueError("quote finder broke")

    monkeypatch.setattr(siyaq.analyze.quotes, "annotate_quotes", broken)
    store, report = _ingest(tmp_path, _write(tmp_path / "in" / "page.txt", sample_dump))
    assert report.stored == 1 and report.warned == {"analysis failed": 1}
    data = _only_article(store)
    assert data["body"] and "quote finder broke" in data["warnings"][0]


def test_worker_processes_build_the_same_archive(tmp_path: Path, sample_dump: str) -> None:
    folder = tmp_path / "in"
    for i in range(12):
        _write(folder / f"p{i:02d}.txt", sample_dump.replace("سامي الحداد", f"سامي الحداد {i}"))
    _write(folder / "empty.txt", b"")
    archives = {}
    for workers in (1, 2):
        store = open_store(tmp_path / f"w{workers}.db")
        report = ingest_paths([str(folder)], store, relate=False, workers=workers, batch_size=5)
        assert (report.stored, report.failed) == (12, {"empty file": 1})
        archives[workers] = sorted(
            (a.id, a.title, tuple(a.body), len(a.mentions), len(a.quotes))
            for a in store.iter_articles()
        )
    assert archives[1] == archives[2]


@pytest.mark.parametrize(("tagger", "workers"), [("neural", 1), ("ensemble", 2)],
                         ids=["neural-in-process", "ensemble-in-workers"])
def test_ingest_runs_the_chosen_entity_tagger(tmp_path: Path, sample_dump: str, tagger: str,
                                              workers: int) -> None:
    """The tagger named at ingest is the one that tags, in this process and in workers alike."""
    from siyaq.analyze.entities import EntityTagger

    page = _write(tmp_path / "in" / "page.txt", sample_dump)
    store = open_store(tmp_path / "archive.db")
    ingest_paths([str(page)], store, relate=False, workers=workers, tagger=tagger)
    (stored,) = list(store.iter_articles())
    expected = EntityTagger.load(None, tagger)
    again = stored.__class__(id="x", content_hash="", origin="", title=stored.title,
                             body=list(stored.body))
    expected.annotate(again)
    default = stored.__class__(id="y", content_hash="", origin="", title=stored.title,
                               body=list(stored.body))
    EntityTagger.load().annotate(default)
    found = [(m.text, m.type) for m in stored.mentions]
    assert found == [(m.text, m.type) for m in again.mentions]
    # the default CRF tags this page otherwise, so the case shows which tagger ran
    assert found != [(m.text, m.type) for m in default.mentions]


def test_cli_ingest_refuses_an_unknown_tagger(tmp_path: Path, sample_dump: str) -> None:
    page = _write(tmp_path / "in" / "page.txt", sample_dump)
    refused = _siyaq("ingest", str(page), "--tagger", "bert", db=tmp_path / "t.db")
    assert refused.returncode != 0 and "bert" in refused.stderr
