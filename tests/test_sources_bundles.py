"""Bundles (.zip, .tar.*): each member read by its own format, as a file in a folder is."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

import siyaq.sources.bundles as bundles
from siyaq.model import ContentType
from siyaq.sources import read_paths

TEXT = "عنوان الخبر\nنص الخبر الأول، وفيه ما يكفي من الكلام."
HTML = "<html><head><title>خبر</title></head><body><p>نص الخبر</p></body></html>"
MEMBERS = {
    "day/2015-07-21.json": json.dumps([{"url": "https://a.example/1", "title": "عنوان",
                                        "content": "فقرة أولى\nفقرة ثانية"},
                                       {"url": "https://a.example/2", "text": TEXT}],
                                      ensure_ascii=False),
    "pages/one.txt": TEXT,
    "pages/two.html": HTML,
    "pages/photo.jpg": "\xff\xd8\xff",
    "pages/.DS_Store": "x",
}
EXPECTED = [
    ("day/2015-07-21.json#item 1", ContentType.ARTICLE, "https://a.example/1"),
    ("day/2015-07-21.json#item 2", ContentType.TEXT, "https://a.example/2"),
    ("pages/one.txt", ContentType.TEXT, None),
    ("pages/two.html", ContentType.HTML, None),
]


def _bundle(path: Path) -> Path:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zipped:
            for name, text in MEMBERS.items():
                zipped.writestr(name, text.encode("utf-8"))
        return path
    with tarfile.open(path, "w:" + {".gz": "gz", ".xz": "xz", ".tar": ""}[path.suffix]) as tar:
        for name, text in MEMBERS.items():
            data = text.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize("name", ["corpus.zip", "corpus.tar", "corpus.tar.gz", "corpus.tar.xz"],
                         ids=["zip", "tar", "tar-gz", "tar-xz"])
def test_members_are_read_by_their_format(tmp_path: Path, name: str) -> None:
    path = _bundle(tmp_path / name)
    skipped: list[str] = []
    records = list(read_paths([str(tmp_path)], on_skipped=skipped.append))
    assert [(r.page.origin, r.page.content_type, r.page.url, r.error) for r in records] == [
        (f"{path}/{origin}", kind, url, None) for origin, kind, url in EXPECTED]
    assert records[0].page.given_body == ["فقرة أولى", "فقرة ثانية"]
    assert records[2].page.content.decode() == TEXT
    assert skipped == [f"{path}/pages/photo.jpg"]  # a hidden member is not reported


def test_a_cut_bundle_gives_what_it_read_and_one_error(tmp_path: Path) -> None:
    path = _bundle(tmp_path / "corpus.tar.gz")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    records = list(read_paths([str(path)]))
    assert records[-1].error is not None
    assert records[-1].error.startswith("truncated or corrupt bundle after")
    assert all(r.error is None for r in records[:-1])


def test_not_a_zip_at_all(tmp_path: Path) -> None:
    path = tmp_path / "corpus.zip"
    path.write_bytes(b"not a zip file")
    [record] = list(read_paths([str(path)]))
    assert record.error == ("truncated or corrupt bundle after 0 records: BadZipFile: File is "
                            "not a zip file")


def test_a_member_over_the_cap_is_one_failure(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundles, "MAX_MEMBER_BYTES", 100)  # the JSON member is larger
    path = _bundle(tmp_path / "corpus.zip")
    records = list(read_paths([str(path)]))
    assert records[0].page.origin == f"{path}/day/2015-07-21.json"
    assert records[0].error is not None and records[0].error.startswith("bundle member too large")
    assert [r.page.origin for r in records[1:]] == [f"{path}/pages/one.txt",
                                                     f"{path}/pages/two.html"]


def test_a_bundles_documentation_is_no_page(tmp_path: Path) -> None:
    path = tmp_path / "corpus.zip"
    with zipfile.ZipFile(path, "w") as zipped:
        zipped.writestr("corpus/LICENSE.txt", b"Creative Commons Attribution 4.0")
        zipped.writestr("corpus/pages/one.txt", TEXT.encode("utf-8"))
    skipped: list[str] = []
    records = list(read_paths([str(path)], on_skipped=skipped.append))
    assert [r.page.origin for r in records] == [f"{path}/corpus/pages/one.txt"]
    assert skipped == [f"{path}/corpus/LICENSE.txt"]


class _Unseekable(io.RawIOBase):
    """A pipe-like target: zipfile then writes each member's sizes after its data."""

    def __init__(self) -> None:
        super().__init__()
        self.written = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.written += data
        return len(data)


def _zip_bytes(streamed: bool) -> bytes:
    target: io.RawIOBase | io.BytesIO = _Unseekable() if streamed else io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, text in MEMBERS.items():
            zipped.writestr(name, text.encode("utf-8"))
    return bytes(target.written) if isinstance(target, _Unseekable) else target.getvalue()


@pytest.mark.parametrize("streamed", [False, True], ids=["sizes-in-headers", "sizes-after-data"])
def test_a_zip_without_its_table_of_contents_gives_every_member(tmp_path: Path,
                                                                 streamed: bool) -> None:
    data = _zip_bytes(streamed)
    path = tmp_path / "corpus.zip"
    path.write_bytes(data[: data.index(b"PK\x01\x02")])  # cut where the table of contents starts
    records = list(read_paths([str(path)]))
    assert [(r.page.origin, r.page.content_type, r.page.url, r.error) for r in records[:-1]] == [
        (f"{path}/{origin}", kind, url, None) for origin, kind, url in EXPECTED]
    assert records[2].page.content.decode() == TEXT
    assert records[-1].error == ("truncated or corrupt bundle after 4 records: BadZipFile: no "
                                 "table of contents; 5 members read from their own headers")


def test_a_zip_cut_inside_a_page_gives_the_page_up_to_the_cut(tmp_path: Path) -> None:
    data = _zip_bytes(streamed=False)
    path = tmp_path / "corpus.zip"
    path.write_bytes(data[: data.index(b"pages/two.html") + 60])  # into two.html's data
    records = list(read_paths([str(path)]))
    assert [r.page.origin for r in records[:-1]] == [f"{path}/{origin}" for origin, _, _ in
                                                     EXPECTED]
    cut = records[-2]
    assert cut.error is None and 0 < len(cut.page.content) < len(HTML.encode())
    assert HTML.encode().startswith(cut.page.content)
    assert cut.page.warnings == ["file cut short: the page is what came before the cut (the zip "
                                 "ends inside it)"]
    assert all(r.page.warnings == [] for r in records[:-2])
    assert records[-1].error == (
        "truncated or corrupt bundle after 4 records: EOFError: zip member pages/two.html is "
        "cut short; it and 2 members before it read from their own headers")


def test_a_zip_of_one_json_array_cut_short_gives_the_items_before_the_cut(
        tmp_path: Path) -> None:
    items = [{"url": f"https://a.example/{n}", "title": f"عنوان {n}",
              "content": f"الفقرة الأولى من الخبر رقم {n}.\nالفقرة الثانية."} for n in range(200)]
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zipped:
        zipped.writestr("2015-07-21.json", json.dumps(items, ensure_ascii=False).encode())
    data = target.getvalue()
    path = tmp_path / "2015-07-21.zip"
    path.write_bytes(data[: len(data) // 2])  # the day's one file, half of it
    records = list(read_paths([str(path)]))
    read = [r for r in records if r.error is None]
    assert 50 < len(read) < 200
    assert [r.page.url for r in read] == [f"https://a.example/{n}" for n in range(len(read))]
    assert all(r.page.warnings == [] for r in read)  # each item read is whole
    assert records[-1].error is not None and "is cut short" in records[-1].error
