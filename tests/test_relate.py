"""update_stories / recluster / related on small hand-written articles in an in-memory store."""

from __future__ import annotations

import pytest

from siyaq.relate import recluster, related, update_stories
from test_relate_support import DAM, DAM_FOLLOW_UP, DAM_OTHER_OUTLET, FOOTBALL, FakeStore, article


def _story_members(store: FakeStore, article_id: str) -> set[str]:
    story = store.get_story_of(article_id)
    assert story is not None, f"{article_id} has no story"
    return set(story.article_ids)


def _archive() -> FakeStore:
    return FakeStore([
        article("a1", DAM, host="one.example", when="2023-05-16T10:00", title="اكتمال سد الوادي الكبير"),
        article("a2", DAM_OTHER_OUTLET, host="two.example", when="2023-05-16T12:30"),
        article("a3", DAM, host="three.example", when="2023-05-16T15:00"),  # wire copy of a1
        article("f1", DAM_FOLLOW_UP, host="one.example", when="2023-05-18T09:00"),
        article("s1", FOOTBALL, host="two.example", when="2023-05-20T22:00"),
    ])


def test_reports_of_one_event_share_a_story_and_others_do_not() -> None:
    store = _archive()
    update_stories(store, list(store.articles))
    assert _story_members(store, "a1") == {"a1", "a2", "a3"}
    assert _story_members(store, "f1") == {"f1"}
    assert _story_members(store, "s1") == {"s1"}


def test_copies_point_at_the_earliest_article() -> None:
    store = _archive()
    update_stories(store, list(store.articles))
    story = store.get_story_of("a3")
    assert story is not None
    assert story.copies == {"a3": "a1"}


def test_an_earlier_copy_ingested_later_becomes_canonical() -> None:
    store = _archive()
    update_stories(store, list(store.articles))
    store.add([article("a0", DAM, host="wire.example", when="2023-05-16T08:00")])
    update_stories(store, ["a0"])
    story = store.get_story_of("a0")
    assert story is not None
    assert story.copies == {"a1": "a0", "a3": "a0"}


def test_a_copy_ingested_in_a_later_run_points_at_the_stored_original() -> None:
    """Ingest is incremental: the original was stored and placed by an earlier run. Its copy,
    ingested later, is the copy; the original stays canonical."""
    store = FakeStore([article("a1", DAM, host="one.example", when="2023-05-16T10:00")])
    update_stories(store, ["a1"])
    store.add([article("a3", DAM, host="three.example", when="2023-05-16T15:00")])
    update_stories(store, ["a3"])
    story = store.get_story_of("a3")
    assert story is not None
    assert story.copies == {"a3": "a1"}


def test_a_later_runs_copy_keeps_a_canonical_that_left_the_window() -> None:
    """a2 copied a1 nearly three days later; a3 copies a2 two days after that, in a later run
    whose window holds a2 but no longer a1: a1, read from the store, stays canonical."""
    store = FakeStore([
        article("a1", DAM, host="one.example", when="2023-05-16T10:00"),
        article("a2", DAM, host="two.example", when="2023-05-19T08:00"),
    ])
    update_stories(store, ["a1", "a2"])
    store.add([article("a3", DAM, host="three.example", when="2023-05-21T09:00")])
    update_stories(store, ["a3"])
    story = store.get_story_of("a3")
    assert story is not None
    assert story.copies == {"a2": "a1", "a3": "a1"}


def test_recrawl_of_the_same_url_is_not_a_copy() -> None:
    store = _archive()
    update_stories(store, list(store.articles))
    store.add([article("a1b", DAM, host="one.example", url="https://one.example/a1")])
    update_stories(store, ["a1b"])
    story = store.get_story_of("a1b")
    assert story is not None and "a1" in story.article_ids
    assert "a1b" not in story.copies


def test_incremental_batches_give_the_same_stories_as_one_batch() -> None:
    store = _archive()
    for article_id in ["s1", "a2", "f1", "a1", "a3"]:
        update_stories(store, [article_id])
    assert _story_members(store, "a1") == {"a1", "a2", "a3"}
    report = recluster(store)
    assert report.articles == 5
    assert report.changed == 0


@pytest.mark.parametrize(
    ("body", "language", "reason_word"),
    [
        pytest.param([], "ar", "headline", id="headline-only"),
        pytest.param(DAM[0].split("،")[:1], "ar", "short", id="tiny-body"),
        pytest.param(DAM, "en", "Arabic", id="other-language"),
    ],
)
def test_bad_input_stays_a_singleton(body: list[str], language: str, reason_word: str) -> None:
    from siyaq.relate.features import featurize
    from siyaq.relate.text import Terms

    store = _archive()
    bad = article("bad", body, host="bad.example", language=language, title="اكتمال سد الوادي الكبير")
    store.add([bad])
    update_stories(store, list(store.articles))
    assert _story_members(store, "bad") == {"bad"}
    reason = featurize(bad, Terms()).reason
    assert reason is not None and reason_word in reason


@pytest.mark.parametrize(
    ("body", "language"),
    [
        pytest.param([], "ar", id="headline-only"),
        pytest.param(DAM[0].split("،")[:1], "ar", id="tiny-body"),
        pytest.param(DAM, "en", id="other-language"),
    ],
)
def test_bad_input_stored_by_an_earlier_run_stays_a_singleton(body: list[str], language: str) -> None:
    """A later run reads the window's stored articles as context: bad input among them must
    not become a candidate there either (its story's merge pass would take it in)."""
    store = _archive()
    bad = article("bad", body, host="bad.example", language=language,
                  when="2023-05-16T11:00", title="اكتمال سد الوادي الكبير")
    store.add([bad])
    update_stories(store, ["a1", "bad"])
    update_stories(store, ["a2", "a3", "f1", "s1"])
    assert _story_members(store, "bad") == {"bad"}
    assert _story_members(store, "a1") == {"a1", "a2", "a3"}


def test_recluster_reports_moves_after_a_story_was_broken_by_hand() -> None:
    """a3 split off its story by hand: recluster puts it back and counts the three articles
    whose set of fellow reports changed (a1, a2 and a3; f1 and s1 keep theirs)."""
    from siyaq.model import Story

    store = _archive()
    update_stories(store, list(store.articles))
    store.put_stories([Story(id="s-a1", article_ids=["a1", "a2"], title=None),
                       Story(id="s-a3", article_ids=["a3"], title=None)])
    report = recluster(store)
    assert report.changed == 3
    assert _story_members(store, "a1") == {"a1", "a2", "a3"}
    assert report.stories == 3


def test_related_lists_the_follow_up_with_reasons() -> None:
    store = _archive()
    update_stories(store, list(store.articles))
    found = related(store, "a1")
    ids = [r.article_id for r in found]
    assert "f1" in ids
    assert not {"a2", "a3"} & set(ids)  # the same story is not "related"
    follow_up = found[ids.index("f1")]
    assert follow_up.shared_terms
    if "s1" in ids:
        assert found[ids.index("s1")].score < follow_up.score


@pytest.mark.parametrize(
    ("second_when", "together"),
    [
        pytest.param("2023-05-17T09:00", True, id="next-day"),
        pytest.param("2023-05-26T09:00", False, id="outside-window"),
        pytest.param(None, True, id="undated-joins-batch"),
    ],
)
def test_time_window(second_when: str | None, together: bool) -> None:
    store = FakeStore([
        article("a1", DAM, host="one.example", when="2023-05-16T10:00"),
        article("a2", DAM_OTHER_OUTLET, host="two.example", when=second_when),
    ])
    update_stories(store, ["a1", "a2"])
    assert (_story_members(store, "a1") == {"a1", "a2"}) is together


def test_a_story_does_not_grow_beyond_its_window() -> None:
    """Daily genres (the same forecast every day) must not chain into one endless story."""
    store = FakeStore([
        article("d1", DAM, host="one.example", when="2023-05-16T10:00"),
        article("d2", DAM_OTHER_OUTLET, host="two.example", when="2023-05-18T10:00"),
        article("d3", DAM, host="three.example", when="2023-05-20T12:00"),
    ])
    update_stories(store, ["d1", "d2", "d3"])
    assert _story_members(store, "d1") == {"d1", "d2"}
    assert _story_members(store, "d3") == {"d3"}


def _republished(body: list[str], old: str = "", new: str = "") -> list[str]:
    """The text again under another outlet's dateline, one phrase changed if asked."""
    return ["عين الخبر – العاصمة " + body[0].replace(old, new), *body[1:]]


@pytest.mark.parametrize(
    ("third", "joins"),
    [
        pytest.param(_republished(DAM_OTHER_OUTLET), True, id="wire-copy-days-later"),
        pytest.param(_republished(DAM_OTHER_OUTLET, "300 مليون", "450 مليون"), False,
                     id="other-figures"),
    ],
)
def test_a_late_copy_joins_its_sources_story_past_the_window(third: list[str], joins: bool) -> None:
    """A wire text republished 3 days and 8 hours after the story began is a copy of a report
    in it; the same text with another figure is another edition, not a copy."""
    store = FakeStore([
        article("a1", DAM, host="one.example", when="2023-05-16T10:00"),
        article("a2", DAM_OTHER_OUTLET, host="two.example", when="2023-05-18T20:00"),
        article("a3", third, host="three.example", when="2023-05-19T18:00"),
    ])
    update_stories(store, ["a1", "a2", "a3"])
    assert _story_members(store, "a1") == ({"a1", "a2", "a3"} if joins else {"a1", "a2"})
    story = store.get_story_of("a3")
    assert story is not None
    assert (story.copies.get("a3") == "a2") is joins


def test_a_late_copy_is_judged_by_the_closest_report_of_the_story() -> None:
    """The earliest copy (the canonical one) is a looser version of the text (Jaccard ~0.7);
    the republished text reproduces a later report of the story almost word for word."""
    loose = [DAM_OTHER_OUTLET[0], DAM_OTHER_OUTLET[1].replace("للصحفيين في العاصمة", "في تصريحات صحفية")
             .replace("مؤكدا أن", "وأكد أن")]
    store = FakeStore([
        article("a1", loose, host="one.example", when="2023-05-16T10:00"),
        article("a2", DAM_OTHER_OUTLET, host="two.example", when="2023-05-18T20:00"),
        article("a3", _republished(DAM_OTHER_OUTLET), host="three.example", when="2023-05-19T18:00"),
    ])
    update_stories(store, ["a1", "a2", "a3"])
    assert _story_members(store, "a1") == {"a1", "a2", "a3"}


def test_an_article_re_placed_alone_leaves_its_old_story_to_the_others() -> None:
    """a1 opened story s-a1 and a2, a3 joined it; when a1 is ingested again with other text it
    opens a story of its own, which must not take over the id (and members) of s-a1."""
    store = _archive()
    update_stories(store, list(store.articles))
    assert _story_members(store, "a2") == {"a1", "a2", "a3"}
    store.add([article("a1", FOOTBALL, host="one.example", when="2023-05-16T10:00")])
    update_stories(store, ["a1"])
    assert _story_members(store, "a2") == {"a2", "a3"}
    assert _story_members(store, "a1") == {"a1"}


@pytest.mark.parametrize(
    "names",
    [pytest.param(["a", "b", "c", "d", "e"], id="ids-in-text-order"),
     pytest.param(["e", "d", "c", "b", "a"], id="ids-in-reverse-order"),
     pytest.param(["c", "e", "a", "d", "b"], id="ids-shuffled")],
)
def test_undated_stories_do_not_depend_on_the_order_articles_come_in(names: list[str]) -> None:
    texts = [DAM, DAM_OTHER_OUTLET, DAM_FOLLOW_UP, FOOTBALL, DAM]
    store = FakeStore([article(n, t, host=f"{n}.example", when=None)
                       for n, t in zip(names, texts, strict=True)])
    update_stories(store, list(store.articles))
    by_text = {n: i for i, n in enumerate(names)}
    groups = {frozenset(by_text[m] for m in s.article_ids) for s in store.iter_stories()
              if s.article_ids}
    assert groups == {frozenset({0, 1, 4}), frozenset({2}), frozenset({3})}
