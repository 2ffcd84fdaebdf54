from datetime import date, datetime

from siyaq.model import Article, DateMention, Granularity, Mention, Quote, Teaser, Widget
from siyaq.serialize import article_from_dict, article_to_dict


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
