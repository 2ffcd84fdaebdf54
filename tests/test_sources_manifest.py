from pathlib import Path

import pytest

from siyaq.sources import read_paths


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text("نص الخبر الأول", encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص الخبر الثاني", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"title": "t", "body": ["نص"]}\n', encoding="utf-8")
    (tmp_path / "urls.tsv").write_text(
        "# file\turl\na.txt\thttps://www.alkhabar.example/news/1\nfeed.jsonl\thttps://x.example/f\n",
        encoding="utf-8",
    )
    return tmp_path


def test_manifest_gives_a_dump_its_address(folder: Path) -> None:
    urls = {Path(r.page.origin.split("#")[0]).name: r.page.url for r in read_paths([str(folder)])}
    assert urls["a.txt"] == "https://www.alkhabar.example/news/1"
    assert urls["b.txt"] is None  # not listed: no address invented


def test_manifest_never_names_the_records_of_a_multi_page_file(folder: Path) -> None:
    records = [r for r in read_paths([str(folder / "feed.jsonl")])]
    assert records and all(r.page.url is None for r in records)


def test_folder_without_manifest_reads_as_before(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    assert [r.page.url for r in read_paths([str(tmp_path)])] == [None]
