"""Shared fixtures: a small Arabic page dump written for the tests, the shared-data gate, and
archives on every store backend."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np
import pytest

from siyaq.arabic.analyzer import Analyzer
from siyaq.config import shared_data_dir
from siyaq.store import Store, open_store

# A fictional page dump in the shape of real ones: title twice, a stamp, body, furniture.
SAMPLE_DUMP = """\
وزير المياه: سد النهضة الجديد يكتمل قبل نهاية العام

وزير المياه: سد النهضة الجديد يكتمل قبل نهاية العام

تاريخ النشر : 10:15 - 2023/05/17

أعلن وزير المياه والري سامي الحداد أن أعمال بناء السد الجديد على نهر الوادي ستكتمل قبل نهاية العام الجاري، بعد تأخر دام عامين بسبب نقص التمويل.
وقال الحداد في مؤتمر صحفي عقده أمس الثلاثاء في العاصمة: "لقد تجاوزنا أصعب المراحل، وسيبدأ تشغيل المحطة الأولى خلال الصيف المقبل".
وأضاف أن الحكومة خصصت مبلغا إضافيا قدره ثلاثمئة مليون دينار لاستكمال المشروع، مشيرا إلى أن الشركة المنفذة التزمت بالجدول الزمني الجديد.
ويهدف المشروع إلى توفير مياه الري لأكثر من مئة ألف هكتار من الأراضي الزراعية في المحافظات الجنوبية.

تعليقات الفيسبوك

اقرأ أيضا

ارتفاع أسعار الخضروات في الأسواق المحلية مع بداية موسم الصيف وتراجع ال
09:40 - 2023/05/17
منتخب الناشئين يتأهل إلى نهائي البطولة العربية بعد فوزه على نظيره في مبار
08:05 - 2023/05/17
"""


@pytest.fixture
def sample_dump() -> str:
    return SAMPLE_DUMP


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or skip the test when it is absent."""
    path = shared_data_dir()
    if path is None:
        pytest.skip("../shared/data is not present")
    return path


# --- archives on every store backend -------------------------------------------------------
# `.ci/run` starts a throwaway PostgreSQL server and sets SIYAQ_TEST_POSTGRES to its URL
# (`make test-postgres` does the same locally); without it the PostgreSQL cases skip.
POSTGRES_ENV = "SIYAQ_TEST_POSTGRES"


@pytest.fixture(params=["sqlite", "postgres"])
def new_archive(request: pytest.FixtureRequest,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[], Store]]:
    """A factory of empty archives on one backend; each call gives a fresh, separate one."""
    opened: list[Store] = []
    schemas: list[str] = []
    dsn = os.environ.get(POSTGRES_ENV)
    if request.param == "postgres" and not dsn:
        pytest.skip(f"no PostgreSQL server ({POSTGRES_ENV} is not set)")

    def make() -> Store:
        if request.param == "sqlite":
            store = open_store(tmp_path_factory.mktemp("archive") / "archive.db")
        else:
            store = _postgres_archive(str(dsn), schemas)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()
    _drop_schemas(str(dsn), schemas)


@pytest.fixture
def new_pg() -> Iterator[Callable[[], Store]]:
    """A factory of empty PostgreSQL archives, each in a schema of its own."""
    dsn = os.environ.get(POSTGRES_ENV)
    if not dsn:
        pytest.skip(f"no PostgreSQL server ({POSTGRES_ENV} is not set)")
    schemas: list[str] = []
    opened: list[Store] = []

    def make() -> Store:
        opened.append(_postgres_archive(dsn, schemas))
        return opened[-1]

    yield make
    for store in opened:
        store.close()
    _drop_schemas(dsn, schemas)


def _postgres_archive(dsn: str, schemas: list[str], analyzer: Analyzer | None = None) -> Store:
    """A PostgreSQL archive in a schema of its own, so tests never see each other's rows."""
    import psycopg

    from siyaq.store.postgres import PostgresStore

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    schemas.append(schema)
    # A URL, not key=value conninfo: it is also what a user passes as --db.
    options = quote(f"-c search_path={schema}")
    return PostgresStore(f"{dsn}{'&' if '?' in dsn else '?'}options={options}", analyzer)


def _drop_schemas(dsn: str, schemas: list[str]) -> None:
    if not schemas:
        return
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as admin:
        for schema in schemas:
            admin.execute(f"DROP SCHEMA {schema} CASCADE")


class _FakeKeyedVectors:
    """gensim's `wv` for the given words: fixed pseudo-random 100-dim vectors."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.index_to_key = words
        self.key_to_index = {word: i for i, word in enumerate(words)}

    def __getitem__(self, word: str) -> np.ndarray:
        return np.random.default_rng(len(word)).normal(size=100).astype(np.float32)


class FakeWordVectors:
    """A stand-in for a gensim word2vec model (the network's tests need no gensim)."""

    def __init__(self, words: tuple[str, ...]) -> None:
        self.wv = _FakeKeyedVectors(words)


@pytest.fixture(scope="session")
def fake_word_vectors() -> Callable[[tuple[str, ...]], FakeWordVectors]:
    return FakeWordVectors


def _large_random_weights(net: Any) -> None:
    """Every trainable weight of a torch network drawn from N(0, 0.3), so that a difference
    between torch and numpy would show; the padding character stays 0, as training keeps it."""
    import torch

    with torch.no_grad():
        for parameter in net.parameters():
            if parameter.requires_grad:
                parameter.normal_(0, 0.3)
        net.char_emb.weight[0] = 0.0


@pytest.fixture(scope="session")
def large_random_weights() -> Callable[[Any], None]:
    return _large_random_weights


def run_at_once(*calls: Callable[[], None]) -> None:
    """Run the calls in threads started together, and wait for all (two writers at once)."""
    import threading

    threads = [threading.Thread(target=call) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
