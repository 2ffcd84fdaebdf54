"""The shared-corpus readers, on small archives written here in the corpora's own formats."""

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest

from siyaq.sources.corpora import ant_documents, paragraphs, saudinewsnet_items


def test_saudinewsnet_items_in_archive_order(tmp_path: Path) -> None:
    for day, titles in (("2015-07-22", ["ج"]), ("2015-07-21", ["أ", "ب"])):
        with zipfile.ZipFile(tmp_path / f"{day}.zip", "w") as zipped:
            zipped.writestr(f"{day}.json", json.dumps([{"title": t} for t in titles]))
    found = [(origin, item["title"]) for origin, item in saudinewsnet_items(tmp_path)]
    assert found == [("2015-07-21.zip/2015-07-21.json#0", "أ"),
                     ("2015-07-21.zip/2015-07-21.json#1", "ب"),
                     ("2015-07-22.zip/2015-07-22.json#0", "ج")]


def test_ant_documents_are_their_tags(tmp_path: Path) -> None:
    xml = ("<DOC>\n<DOCNO> ant-1 </DOCNO><TITLE>عنوان</TITLE><TEXT>\nنص الخبر\n</TEXT></DOC>"
           "<DOC><DOCNO>ant-2</DOCNO><SRC>وكالة</SRC><TEXT>ثان</TEXT></DOC>").encode()
    with tarfile.open(tmp_path / "ant.tar.xz", "w:xz") as tar:
        folder = tarfile.TarInfo("folder")
        folder.type = tarfile.DIRTYPE  # a member that is no file is passed over
        tar.addfile(folder)
        member = tarfile.TarInfo("folder/docs.xml")
        member.size = len(xml)
        tar.addfile(member, io.BytesIO(xml))
    assert list(ant_documents(tmp_path)) == [
        {"DOCNO": "ant-1", "TITLE": "عنوان", "TEXT": "نص الخبر"},
        {"DOCNO": "ant-2", "SRC": "وكالة", "TEXT": "ثان"},
    ]


@pytest.mark.parametrize(("content", "expected"), [
    pytest.param(" أولى \n\n ثانية\n", ["أولى", "ثانية"], id="blank-lines-dropped"),
    pytest.param(None, [], id="missing"),
])
def test_paragraphs(content: str | None, expected: list[str]) -> None:
    assert paragraphs(content) == expected
