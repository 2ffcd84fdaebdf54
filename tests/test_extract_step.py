"""The extraction step owns its text-dump labeler: built once per stream, no module-level cache."""

from __future__ import annotations

import pytest

import siyaq.extract.text as text_module
from siyaq.extract import extract_step
from siyaq.extract.lines import DumpLine, LineLabel
from siyaq.extract.rules import RuleLabeler
from siyaq.model import ContentType, Page, Record

LEDE = "أعلن وزير النقل سامر الخطيب اليوم افتتاح الخط الجديد للقطار السريع بين المدينتين بعد ثلاث سنوات من العمل."


class CountingLabeler:
    """Rules underneath; counts the pages it labels."""

    def __init__(self) -> None:
        self.pages = 0
        self._rules = RuleLabeler()

    def label(self, lines: list[DumpLine]) -> list[LineLabel]:
        self.pages += 1
        return self._rules.label(lines)


def _record(n: int) -> Record:
    text = f"خبر رقم {n} عن القطار السريع\n{LEDE}"
    return Record(Page(content=text.encode(), origin=f"t{n}", content_type=ContentType.TEXT, text=text))


@pytest.mark.parametrize("pages", [0, 1, 5], ids=["empty-stream", "one-page", "five-pages"])
def test_step_builds_one_labeler_per_stream(monkeypatch: pytest.MonkeyPatch, pages: int) -> None:
    built: list[CountingLabeler] = []

    def build() -> CountingLabeler:
        built.append(CountingLabeler())
        return built[-1]

    monkeypatch.setattr(text_module, "default_labeler", build)
    records = list(extract_step(_record(n) for n in range(pages)))
    assert len(records) == pages
    assert all(r.article is not None and r.article.body == [LEDE] for r in records)
    assert len(built) == 1 and built[0].pages == pages


def test_default_labeler_is_not_cached() -> None:
    assert text_module.default_labeler() is not text_module.default_labeler()
    assert not hasattr(text_module.default_labeler, "cache_info")
