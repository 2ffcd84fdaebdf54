"""Search evaluation: do the queries a reader types find the pages they were meant to find?

Gold pages carry the query they were collected with (``search_query``: a headline-like line,
e.g. `وفاة الفنان سمير غانم عن عمر 84 عاما`) and their context (``group``). The pages are
ingested as ``siyaq evaluate stories`` does; each distinct query is run through
``search_view`` (what the CLI, the API and the reader run). Recall: the query's own pages among
the hits; precision: hits of the query's context (a report of the same people and matter is
not a wrong hit).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from siyaq.evaluate.related import contexts
from siyaq.evaluate.report import Report
from siyaq.evaluate.stories import load_pages, read_gold


def evaluate_search(path: Path, *, limit: int = 10, source: str = "auto") -> Report:
    from siyaq.store import open_store
    from siyaq.views import search_view

    pages = read_gold(path)
    asked = _queries(path)
    context = contexts(pages)
    report = Report(name="search", dataset=str(path))
    found = precision = reciprocal = 0.0
    answered = partial = 0
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "eval.db")
        try:
            used, article_of = load_pages(pages, store, source)
            page_of = {article: page for page, article in article_of.items()}
            for query, wanted in asked.items():
                hits = search_view(store, query, limit=limit)["hits"]
                got = [page_of.get(hit["id"], "") for hit in hits]
                partial += sum(hit.get("matched") is not None for hit in hits)
                found += len(set(got) & wanted) / len(wanted)
                group = {context[p] for p in wanted}
                if got:
                    answered += 1
                    precision += sum(context.get(p) in group for p in got) / len(got)
                    first = next((i for i, p in enumerate(got, 1) if p in wanted), None)
                    reciprocal += 1 / first if first else 0.0
                else:
                    report.notes.append(f"no hit: {query}")
        finally:
            store.close()
    count = max(len(asked), 1)
    report.counts = {"queries": len(asked), "answered": answered, "limit": limit,
                     "hits_matching_some_words": partial}
    report.metrics = {f"recall_at_{limit}": found / count,
                      f"precision_at_{limit}": precision / max(answered, 1),
                      "mrr": reciprocal / count}
    report.notes.insert(0, f"articles from: {used}")
    return report


def _queries(path: Path) -> dict[str, set[str]]:
    """Each distinct search_query -> the ids of the pages collected with it."""
    asked: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row.get("search_query"):
                asked.setdefault(str(row["search_query"]), set()).add(str(row["id"]))
    return asked
