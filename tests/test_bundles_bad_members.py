"""A zip member that cannot be read is that member's failure; the bundle reads on.

A zip's table of contents finds each member on its own, so one encrypted, oddly compressed,
damaged or long-named member must not take the members after it down (the whole ingest
crashed on the first two; the other two lost the rest of the bundle).
"""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from siyaq.sources import read_paths

TEXT = "عنوان الخبر\nنص الخبر الأول، وفيه ما يكفي من الكلام عن القطار والمعبر."
LOCAL, CENTRAL = b"PK\x03\x04", b"PK\x01\x02"
LONG = "ص" * 150 + "-" + "x" * 150  # a 301-character name: too long for a file name


def _zip(names: list[str]) -> bytearray:
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zipped:
        for number, name in enumerate(names):
            zipped.writestr(name, f"{TEXT}\n{number}".encode())
    return bytearray(target.getvalue())


def _headers(data: bytearray, signature: bytes) -> list[int]:
    found, at = [], data.find(signature)
    while at >= 0:
        found.append(at)
        at = data.find(signature, at + 1)
    return found


def _encrypted(data: bytearray) -> None:
    data[_headers(data, LOCAL)[0] + 6] |= 1  # general purpose flag bit 0: encrypted
    data[_headers(data, CENTRAL)[0] + 8] |= 1


def _deflate64(data: bytearray) -> None:
    data[_headers(data, LOCAL)[0] + 8] = 9  # compression method 9: Deflate64
    data[_headers(data, CENTRAL)[0] + 10] = 9


def _bad_crc(data: bytearray) -> None:
    data[data.find(TEXT.encode()) + 3] ^= 0xFF  # a byte of the first member's data


def _bad_local_header(data: bytearray) -> None:
    data[_headers(data, LOCAL)[0]: _headers(data, LOCAL)[0] + 4] = b"XXXX"


@pytest.mark.parametrize(
    ("first", "damage", "reason"),
    [
        pytest.param("a.txt", _encrypted, "encrypted zip member (password required)",
                     id="encrypted"),
        pytest.param("a.txt", _deflate64, "unsupported zip compression method 9 (Deflate64)",
                     id="deflate64"),
        pytest.param("a.txt", _bad_crc,
                     "cannot read bundle member: BadZipFile: Bad CRC-32 for file 'a.txt'",
                     id="bad-crc"),
        pytest.param("a.txt", _bad_local_header,
                     "cannot read bundle member: BadZipFile: Bad magic number for file header",
                     id="bad-local-header"),
    ],
)
def test_a_bad_member_is_one_failure_and_the_rest_is_read(
        tmp_path: Path, first: str, damage: Callable[[bytearray], None], reason: str) -> None:
    data = _zip([first, "b.txt", "c.txt"])
    damage(data)
    path = tmp_path / "corpus.zip"
    path.write_bytes(bytes(data))
    records = list(read_paths([str(path)]))
    assert [(r.page.origin, r.error) for r in records] == [
        (f"{path}/{first}", reason), (f"{path}/b.txt", None), (f"{path}/c.txt", None)]
    assert records[2].page.content.decode() == f"{TEXT}\n2"


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(f"{LONG}.txt", id="long-text"),
        pytest.param(f"day/{LONG}.json", id="long-json-in-a-folder"),
        pytest.param(f"{LONG}.html.gz", id="long-gzipped-html"),
    ],
)
@pytest.mark.parametrize("kind", ["zip", "tar"], ids=["zip", "tar"])
def test_a_member_with_a_long_name_is_read_by_its_format(tmp_path: Path, name: str,
                                                          kind: str) -> None:
    """The temporary copy is named by the member's format, not by its whole name."""
    import gzip
    import json

    page = json.dumps([{"url": "https://a.example/1", "title": "عنوان", "content": TEXT}])
    data = {".txt": TEXT.encode(), ".json": page.encode(),
            ".gz": gzip.compress(f"<html><body><p>{TEXT}</p></body></html>".encode())}
    members = {name: data[Path(name).suffix], "after.txt": TEXT.encode()}
    path = tmp_path / f"corpus.{kind}"
    _write_bundle(path, members)
    records = list(read_paths([str(path)]))
    assert [r.error for r in records] == [None, None]
    assert records[0].page.origin.startswith(f"{path}/{name}")
    assert records[1].page.origin == f"{path}/after.txt"


def _write_bundle(path: Path, members: dict[str, bytes]) -> None:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w") as zipped:
            for name, data in members.items():
                zipped.writestr(name, data)
        return
    with tarfile.open(path, "w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


@pytest.mark.parametrize("kind", ["zip", "tar"], ids=["zip", "tar"])
def test_a_bundle_with_no_files_is_one_failure(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"empty.{kind}"
    _write_bundle(path, {})
    assert [(r.page.origin, r.error) for r in read_paths([str(path)])] == [
        (str(path), "bundle holds no files")]


def test_the_ingest_goes_on_past_an_encrypted_member(tmp_path: Path) -> None:
    """The tester's case: a page beside a zip with an encrypted member crashed the ingest."""
    from click.testing import CliRunner

    from siyaq.cli.main import cli

    page = tmp_path / "page.txt"
    page.write_text(TEXT + "\nفقرة ثانية من الخبر.", encoding="utf-8")
    data = _zip(["enc.txt", "after.txt"])
    _encrypted(data)
    bundle = tmp_path / "enc.zip"
    bundle.write_bytes(bytes(data))
    result = CliRunner().invoke(cli, ["ingest", str(page), str(bundle), "--json",
                                      "--db", str(tmp_path / "a.db")])
    assert result.exit_code == 0, result.output
    assert "encrypted zip member (password required)" in result.output
    assert '"seen": 3' in result.output
