"""Small hand-written articles and an in-memory store for the relate tests (no shared data)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime

from siyaq.model import Article, EntitySummary, IngestReport, Quote, Record, SearchHit, Story
from siyaq.store.base import SearchQuery

DAM = [
    "أعلن وزير المياه سامي الحداد يوم الثلاثاء اكتمال بناء سد الوادي الكبير في المحافظة الجنوبية"
    " بتكلفة بلغت 300 مليون دينار، بعد تأخر دام عامين بسبب نقص التمويل وخلافات مع الشركة المنفذة.",
    "وقال الحداد في مؤتمر صحفي عقده في العاصمة إن السد سيوفر مياه الري لأكثر من مئة ألف هكتار من"
    " الأراضي الزراعية، وإن تشغيل المحطة الأولى سيبدأ خلال الصيف المقبل بعد اختبارات السلامة.",
]
DAM_OTHER_OUTLET = [
    "افتتح وزير المياه سامي الحداد الثلاثاء سد الوادي الكبير جنوب البلاد، بعد أن اكتمل بناؤه بكلفة"
    " 300 مليون دينار إثر تأخر استمر عامين بسبب نقص التمويل والخلافات مع الشركة المنفذة للمشروع.",
    "وأوضح الحداد للصحفيين في العاصمة أن السد الجديد سيروي أكثر من مئة ألف هكتار من الأراضي"
    " الزراعية، مؤكدا أن المحطة الأولى ستعمل في الصيف المقبل عقب انتهاء اختبارات السلامة الفنية.",
]
# Same minister and dam, another event two days later: a different statement with other figures.
DAM_FOLLOW_UP = [
    "أعلن وزير المياه سامي الحداد يوم الخميس رفع أسعار مياه الري بنسبة 15 في المئة في المحافظة"
    " الجنوبية، لتغطية كلفة تشغيل سد الوادي الكبير، وسط احتجاج نقابة المزارعين على القرار الجديد.",
    "وقال رئيس نقابة المزارعين إن الزيادة ستثقل كاهل صغار المزارعين الذين تضرروا من الجفاف خلال"
    " العامين الماضيين، مطالبا الحكومة بتأجيل تطبيق الأسعار الجديدة إلى ما بعد موسم الحصاد.",
]
FOOTBALL = [
    "فاز منتخب الوادي على نظيره منتخب الساحل بثلاثة أهداف مقابل هدف في المباراة النهائية لبطولة"
    " كأس الأمم الإقليمية التي أقيمت مساء السبت على الملعب الأولمبي وسط حضور جماهيري كبير جدا.",
    "وسجل المهاجم كريم الناصر هدفين في الشوط الثاني، فيما أضاف زميله هدفا ثالثا من ركلة جزاء، ليحرز"
    " المنتخب اللقب للمرة الأولى في تاريخه بعد خسارته النهائي في النسختين الماضيتين أمام المنافس.",
]


def article(article_id: str, body: list[str], *, host: str, when: str | None = "2023-05-16T10:00",
            title: str | None = None, language: str | None = "ar", url: str | None = None) -> Article:
    return Article(
        id=article_id, content_hash=article_id, origin=f"test#{article_id}",
        url=url or f"https://{host}/{article_id}", host=host, title=title, body=list(body),
        published_at=datetime.fromisoformat(when) if when else None, language=language,
    )


class FakeStore:
    """The part of the Store protocol relate/ uses, in memory."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self.articles: dict[str, Article] = {}
        self.stories: dict[str, Story] = {}
        self.add(articles)

    def add(self, articles: Iterable[Article]) -> list[str]:
        added = []
        for item in articles:
            self.articles[item.id] = item
            added.append(item.id)
        return added

    def get_article(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def iter_articles(self) -> Iterator[Article]:
        return iter(list(self.articles.values()))

    def articles_published_between(self, start: datetime, end: datetime) -> Iterator[Article]:
        dated = [a for a in self.articles.values() if a.published_at or a.fetched_at]
        dated.sort(key=lambda a: a.published_at or a.fetched_at or start)
        return iter([a for a in dated if start <= (a.published_at or a.fetched_at or start) <= end])

    def put_stories(self, stories: Iterable[Story]) -> None:
        for story in stories:
            for other in self.stories.values():
                if other.id != story.id:
                    other.article_ids = [i for i in other.article_ids if i not in story.article_ids]
            self.stories[story.id] = Story(story.id, list(story.article_ids), story.title,
                                           story.first_published, story.last_published,
                                           dict(story.copies))
        self.stories = {k: v for k, v in self.stories.items() if v.article_ids}

    def get_story(self, story_id: str) -> Story | None:
        return self.stories.get(story_id)

    def get_story_of(self, article_id: str) -> Story | None:
        return next((s for s in self.stories.values() if article_id in s.article_ids), None)

    def iter_stories(self) -> Iterator[Story]:
        return iter(list(self.stories.values()))

    def delete_stories(self) -> None:
        self.stories.clear()

    def close(self) -> None:
        pass

    # The rest of the protocol: relate/ must not need it.
    def put_records(self, records: Iterable[Record], report: IngestReport) -> None:
        raise NotImplementedError

    def has_content(self, content_hash: str) -> bool:
        raise NotImplementedError

    def get_article_by_url(self, url: str) -> Article | None:
        raise NotImplementedError

    def search(self, query: SearchQuery) -> list[SearchHit]:
        raise NotImplementedError

    def failures(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def entities(self, type: str | None = None, top: int = 50) -> list[EntitySummary]:
        raise NotImplementedError

    def entity(self, name: str) -> EntitySummary | None:
        raise NotImplementedError

    def quotes(
        self, speaker: str | None = None, query: str | None = None, limit: int = 50
    ) -> list[tuple[str, Quote]]:
        raise NotImplementedError
