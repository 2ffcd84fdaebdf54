"""The stories a run reads and writes: a cache over the store, saved in batches."""

from __future__ import annotations

from datetime import datetime

from siyaq.model import Story
from siyaq.relate.features import Features, article_time
from siyaq.store.base import Store


class StoryBook:
    __slots__ = ("_dirty", "_moved", "_times", "_touched", "store", "stories", "story_of")

    def __init__(self, store: Store) -> None:
        self.store = store
        self.stories: dict[str, Story] = {}
        self.story_of: dict[str, str] = {}
        self._times: dict[str, datetime | None] = {}
        self._dirty: set[str] = set()
        self._touched: set[str] = set()  # stories changed since the last merge pass
        self._moved: set[str] = set()  # articles taken out of a story to be placed again

    def touched(self) -> list[str]:
        """Stories changed since the last call (sorted: runs are reproducible)."""
        found = sorted(s for s in self._touched if self.stories[s].article_ids)
        self._touched.clear()
        return found

    def merge(self, keep: str, gone: str) -> None:
        """Move every report of one story into the other; the older id stays."""
        first, second = self.stories[keep], self.stories[gone]
        if _earlier(second.first_published, first.first_published):
            first, second = second, first
        first.article_ids += second.article_ids
        first.copies.update(second.copies)
        for member in second.article_ids:
            self.story_of[member] = first.id
        for moment in (second.first_published, second.last_published):
            if moment is not None:
                first.first_published = min(filter(None, (first.first_published, moment)))
                first.last_published = max(filter(None, (first.last_published, moment)))
        first.title = first.title or second.title
        second.article_ids = []
        second.copies = {}
        self._dirty |= {first.id, second.id}
        self._touched.add(first.id)

    def members(self, story_id: str) -> list[str]:
        return self.stories[story_id].article_ids

    def attach(self, article_id: str, time: datetime | None = None) -> bool:
        """Know the stored story of an already placed article, and when it was published;
        False if it has none."""
        if time is not None:
            self._times.setdefault(article_id, time)
        if article_id in self.story_of:
            return True
        story = self.store.get_story_of(article_id)
        if story is None:
            return False
        self._remember(story)
        return True

    def _remember(self, story: Story) -> None:
        known = self.stories.setdefault(story.id, story)
        for member in known.article_ids:
            self.story_of[member] = known.id

    def detach(self, article_id: str) -> None:
        """Take an article out of its current story before placing it again (re-ingest)."""
        if article_id not in self.story_of:
            stored = self.store.get_story_of(article_id)
            if stored is None:
                return
            self._remember(stored)
        story = self.stories[self.story_of.pop(article_id)]
        self._moved.add(article_id)
        story.article_ids.remove(article_id)
        story.copies.pop(article_id, None)
        story.copies = {k: v for k, v in story.copies.items() if v != article_id}
        self._dirty.add(story.id)

    def open(self, features: Features) -> str:
        story = Story(id=self._free_id(features.id), article_ids=[], title=None)
        self.stories[story.id] = story
        return self.join(features, story.id)

    def _free_id(self, article_id: str) -> str:
        """s-<article id>, unless an article placed again finds that story still holding the
        reports that joined it: then s-<article id>-2, -3, ... (taking the id over would take
        its reports' story from them)."""
        base = story_id = f"s-{article_id}"
        number = 1
        while self._held(story_id, check_store=article_id in self._moved):
            number += 1
            story_id = f"{base}-{number}"
        return story_id

    def _held(self, story_id: str, check_store: bool) -> bool:
        story = self.stories.get(story_id)
        if story is None and check_store:
            story = self.store.get_story(story_id)
        return story is not None and bool(story.article_ids)

    def join(self, features: Features, story_id: str, copy_of: str | None = None) -> str:
        story = self.stories[story_id]
        story.article_ids.append(features.id)
        self.story_of[features.id] = story_id
        self._times[features.id] = features.time
        if story.title is None or _earlier(features.time, story.first_published):
            story.title = features.title or story.title
        if features.time is not None:
            story.first_published = min(filter(None, (story.first_published, features.time)))
            story.last_published = max(filter(None, (story.last_published, features.time)))
        if copy_of is not None:
            self._record_copy(story, features, copy_of)
        self._dirty.add(story_id)
        self._touched.add(story_id)
        return story_id

    def _record_copy(self, story: Story, features: Features, copy_of: str) -> None:
        """The earliest of a group of copies is its canonical article."""
        canonical = story.copies.get(copy_of, copy_of)
        if _earlier(features.time, self._time_of(canonical)):
            for copy, target in story.copies.items():
                if target == canonical:
                    story.copies[copy] = features.id
            story.copies[canonical] = features.id
        else:
            story.copies[features.id] = canonical

    def _time_of(self, article_id: str) -> datetime | None:
        """When an article was published: known for those placed or in the window this run,
        else read once from the store (a canonical copy stored by an earlier run)."""
        if article_id not in self._times:
            article = self.store.get_article(article_id)
            self._times[article_id] = article_time(article) if article is not None else None
        return self._times[article_id]

    def flush(self) -> None:
        if self._dirty:
            self.store.put_stories([self.stories[s] for s in sorted(self._dirty)])
            self._dirty.clear()


def _earlier(moment: datetime | None, than: datetime | None) -> bool:
    return moment is not None and (than is None or moment < than)
