import dataclasses
import json
from datetime import date, datetime

import pytest

from siyaq.model import Article, DateMention, Granularity, Mention, Quote, Teaser, Widget
from siyaq.serialize import article_from_dict, article_json, article_to_dict, plain_json


def test_article_round_trips_through_dict() -> None:
    article = Article(
        id="a1",
        content_hash="h",
        origin="x.txt",
        title="عنوان",
        published_at=datetime(2020, 2, 6, 23, 54),
        body=["فقرة أولى", "فقرة ثانية"],
        teasers=[Teaser(text="خبر", published_at=datetime(2025, 9, 15, 18, 25))],
        widgets=[Widget(kind="comments", text="تعليقات الفيسبوك")],
        mentions=[Mention(text="جيفري", type="PERS", start=0, end=5, canonical="جيمس جيفري")],
        quotes=[Quote(text="لا نريد", start=1, end=8, speaker="جيمس جيفري")],
        dates=[
            DateMention(text="أمس", start=0, end=3, value="2020-02-05", granularity=Granularity.DAY)
        ],
        event_date=date(2020, 2, 5),
    )
    assert article_from_dict(article_to_dict(article)) == article


def _full_article() -> Article:
    return Article(
        id="a2", content_hash="h2", origin="y.txt", title="قال \"المبعوث\"",
        published_at=datetime(2020, 2, 6, 23, 54), updated_at=datetime(2020, 2, 7, 8, 0),
        body=["فقرة\nمع سطر", "ثانية \u200f"],
        teasers=[Teaser(text="خبر", published_at=None)],
        mentions=[Mention(text="جيفري", type="PERS", start=0, end=5, in_title=True)],
        quotes=[Quote(text="لا نريد", start=1, end=8, speaker=None)],
        dates=[DateMention(text="ديسمبر الماضي", start=2, end=9, value="2019-12",
                           granularity=Granularity.MONTH, relative=True)],
        event_date=date(2020, 2, 5), warnings=["title: two candidates"],
    )


@pytest.mark.parametrize("article", [
    pytest.param(Article(id="e", content_hash="h", origin="o"), id="empty"),
    pytest.param(_full_article(), id="every-field-kind"),
])
def test_article_json_is_the_text_of_the_dict(article: Article) -> None:
    assert article_json(article) == json.dumps(article_to_dict(article), ensure_ascii=False)
    assert article_from_dict(json.loads(article_json(article))) == article


def _non_default(field_type: str, n: int) -> object:
    """A value of the field's type that no default has, different for every field."""
    if field_type.startswith("bool"):
        return n % 2 == 0  # alternating, so True and False both appear
    if field_type.startswith("int"):
        return 100 + n
    if "Granularity" in field_type:
        return Granularity.MONTH
    return f"value {n}"


@pytest.mark.parametrize("cls", [Mention, Quote, DateMention], ids=lambda c: c.__name__)
def test_analysis_results_pickle_every_field(cls: type) -> None:
    """Their own __reduce__ (fast, for ingest workers) must carry every field, in order."""
    import dataclasses
    import pickle

    values = {f.name: _non_default(str(f.type), n) for n, f in enumerate(dataclasses.fields(cls))}
    item = cls(**values)
    restored = pickle.loads(pickle.dumps(item))
    assert type(restored) is cls
    assert {f.name: getattr(restored, f.name) for f in dataclasses.fields(cls)} == values


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param(Quote("نريد حلا", 10, 18, "جيمس جيفري", "جيمس جيفري", "قال"), id="direct"),
        pytest.param(Quote("إن الوضع صعب", 0, 12, None, None, None, False, True), id="no-speaker"),
        pytest.param(Quote('"quoted" \\ \n\u200f', 1, 2, "A", "B", "أكد"), id="escapes"),
    ],
)
def test_plain_json_is_asdict_dumped(quote: Quote) -> None:
    assert plain_json(quote) == json.dumps(dataclasses.asdict(quote), ensure_ascii=False)


def _model_dataclasses() -> list[type]:
    import siyaq.model as model

    return [c for c in vars(model).values()
            if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == model.__name__]


@pytest.mark.parametrize("cls", _model_dataclasses(), ids=lambda c: c.__name__)
def test_field_table_is_the_fields_json_writes(cls: type) -> None:
    """The JSON encoder reads __dataclass_fields__ for speed: a ClassVar or InitVar added to a
    model class would appear there and not in fields(), and be written as a field."""
    assert list(cls.__dataclass_fields__) == [f.name for f in dataclasses.fields(cls)]
