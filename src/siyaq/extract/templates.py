"""Site templates: lines an outlet prints on many of its pages are furniture, not article text.

Learned in one pass over a batch of pages (or pages read back from the store), per host, with
no per-site code: a line (folded, punctuation-free) that recurs on at least ``min_share`` of a
host's pages, and on at least ``min_pages`` of them, is template. Long lines are never template
(syndicated articles repeat whole paragraphs across pages; those are text, not furniture).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from siyaq.extract.base import host_of
from siyaq.extract.lines import DumpLine, split_lines
from siyaq.model import ContentType, Page, Record

MAX_TEMPLATE_WORDS = 20


@dataclass(slots=True)
class SiteTemplates:
    """Per-host sets of line keys known to be furniture."""

    lines_by_host: dict[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def learn(
        cls, pages: Iterable[Page], *, min_pages: int = 3, min_share: float = 0.5
    ) -> SiteTemplates:
        """One pass: count, per host, on how many pages each short line occurs."""
        seen: dict[str, Counter[str]] = defaultdict(Counter)
        page_count: Counter[str] = Counter()
        for page in pages:
            host = host_of(page.url)
            if host is None or page.text is None:
                continue
            page_count[host] += 1
            keys = {line.key for line in split_lines(page.text) if line.words <= MAX_TEMPLATE_WORDS}
            seen[host].update(key for key in keys if key)
        templates = cls()
        for host, counts in seen.items():
            floor = max(min_pages, min_share * page_count[host])
            frequent = frozenset(key for key, n in counts.items() if n >= floor)
            if frequent:
                templates.lines_by_host[host] = frequent
        return templates

    def split(
        self, host: str | None, lines: list[DumpLine]
    ) -> tuple[list[DumpLine], list[DumpLine]]:
        """(lines to label, template lines) for a page of ``host``; kept lines are renumbered."""
        known = self.lines_by_host.get(host or "")
        if not known:
            return lines, []
        kept = [line for line in lines if line.key not in known or line.words > MAX_TEMPLATE_WORDS]
        dropped = [line for line in lines if line.key in known and line.words <= MAX_TEMPLATE_WORDS]
        for index, line in enumerate(kept):
            line.index = index
        return kept, dropped

    def merged(self, other: SiteTemplates) -> SiteTemplates:
        """Both sets of templates, host by host (union of the known lines)."""
        hosts = self.lines_by_host.keys() | other.lines_by_host.keys()
        empty: frozenset[str] = frozenset()
        return SiteTemplates({
            host: self.lines_by_host.get(host, empty) | other.lines_by_host.get(host, empty)
            for host in hosts
        })

    def __len__(self) -> int:
        return len(self.lines_by_host)


def templated_extract_step(
    batch_size: int = 500, *, min_pages: int = 3, min_share: float = 0.5
) -> Callable[[Iterable[Record]], Iterator[Record]]:
    """A drop-in for siyaq.extract.extract_step that learns site templates per batch.

    Records are taken ``batch_size`` at a time (the step stays lazy, one batch in memory);
    templates learned from the text dumps of each batch are kept, host by host, for the batches
    after it, so an outlet's furniture is known even when a later batch has one page of it.
    """
    from siyaq.extract import extract_record
    from siyaq.extract.text import default_labeler
    from siyaq.pipeline import batched

    def step(records: Iterable[Record]) -> Iterator[Record]:
        known, labeler = SiteTemplates(), default_labeler()
        for batch in batched(records, batch_size):
            texts = [
                r.page for r in batch
                if r.error is None and r.page.content_type is ContentType.TEXT
            ]
            learned = SiteTemplates.learn(texts, min_pages=min_pages, min_share=min_share)
            known = known.merged(learned)
            for record in batch:
                extract_record(record, known, labeler)
            yield from batch

    return step
