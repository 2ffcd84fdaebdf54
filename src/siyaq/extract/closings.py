"""Closing lines: what an outlet prints under many of its articles is furniture, not text.

Records from corpora and feeds arrive with their body already cut out of the page, yet many
still end in the outlet's own lines: an app promotion (`يمكنكم استلام إشعارات بأهم الموضوعات
بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي`, under 863 of ANT's 3,799 BBC reports), an
opinion disclaimer (`جميع المقالات المنشورة تمثل رأي كتابها فقط`), a credit (`فرانس24/ أ ف
ب`). Such a line is learned per host in one pass, with no per-site code: a short last paragraph
that closes at least ``min_articles`` articles of the host with as many different titles (the
copies of one syndicated article share their last paragraph and are not a template). It moves
from the body to the article's widgets (kind ``footer``), kept, not lost.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from siyaq.extract.lines import line_key
from siyaq.model import Article, Record, Widget
from siyaq.pipeline import Step, batched

MAX_WORDS = 30  # longer closing paragraphs are text (a syndicated article's last sentences)
MIN_ARTICLES = 5
CLOSING_DEPTH = 4  # closing paragraphs learned from, per article (a writer's SMS codes: four)
SENTENCE_WORDS = 12  # from this many words a closing line must close twice as many articles
BATCH = 500  # records learned from before any of them is cut (lazy: one batch in memory)


@dataclass(slots=True)
class ClosingLines:
    """Per host: how many articles each short last paragraph closed, and under which titles."""

    min_articles: int = MIN_ARTICLES
    closed: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    titles: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def learn(self, articles: Iterable[Article]) -> None:
        for article in articles:
            if article.host is None:
                continue
            for key in _closing_keys(article):
                self.closed[article.host][key] += 1
                seen = self.titles.setdefault((article.host, key), set())
                if len(seen) < 2 * self.min_articles:  # enough for either bar
                    seen.add(article.title or article.id)

    def is_template(self, host: str | None, key: str) -> bool:
        # A sentence of some length may be background an outlet repeats for a while (`ويعاني
        # قرابة 400 ألف شخص ... في الغوطة الشرقية`, under a week of reports): twice the bar.
        needed = self.min_articles * (2 if key.count(" ") >= SENTENCE_WORDS else 1)
        if host is None or self.closed[host][key] < needed:
            return False
        return len(self.titles.get((host, key), ())) >= needed

    def cut(self, article: Article) -> int:
        """Move the article's closing template lines to its widgets; how many moved. The first
        paragraph always stays (a body of one line is no template's)."""
        moved: list[str] = []
        while len(article.body) > 1:
            last = article.body[-1]
            key = _key(last)
            if key is None or not self.is_template(article.host, key):
                break
            moved.append(article.body.pop())
        article.widgets.extend(Widget("footer", text) for text in reversed(moved))
        return len(moved)


def _closing_keys(article: Article) -> set[str]:
    """The keys of the body's last CLOSING_DEPTH paragraphs (never its first): an outlet may
    close with two lines of its own (a credit above an app promotion)."""
    tail = article.body[1:][-CLOSING_DEPTH:]
    return {key for key in map(_key, tail) if key is not None}


def _key(paragraph: str) -> str | None:
    """The paragraph's folded, punctuation-free key when it is short enough to be template."""
    if len(paragraph.split()) > MAX_WORDS:
        return None
    return line_key(paragraph) or None


def closing_lines_step(batch_size: int = BATCH, min_articles: int = MIN_ARTICLES) -> Step:
    """The step: each batch is learned from, then cut; what was learned stays for the batches
    after it (in a worker process, for its later chunks), so an outlet's closing line is known
    even in a batch with one article of it."""
    known = ClosingLines(min_articles)

    def step(records: Iterable[Record]) -> Iterator[Record]:
        for batch in batched(records, batch_size):
            articles = [r.article for r in batch if r.error is None and r.article is not None]
            known.learn(articles)
            for article in articles:
                known.cut(article)
            yield from batch

    return step
