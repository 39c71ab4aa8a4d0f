"""The candidate index of online clustering lists recent (open) stories only: a story out of
the time window moves to the index of closed stories when compacted (consulted only for
backdated articles), and comes back when it takes an article again."""

from __future__ import annotations

from datetime import date, timedelta

from newstrace.config.stories import StorySettings
from newstrace.stages.cluster.features import ArticleFeatures
from newstrace.stages.cluster.online import Clusterer
from newstrace.stages.cluster.state import ClusterState

DAY0 = date(2024, 1, 1)
SETTINGS = StorySettings(compact_every=4, story_window_days=14.0)


def _article(aid: str, topic: int, day: int) -> ArticleFeatures:
    """An article of synthetic event ``topic``: its own terms and names plus shared filler."""
    body = {f"t{topic}w{i}": 1.0 for i in range(6)} | {"report": 1.0, "today": 1.0}
    ents = {f"name{topic}": 1.0, f"place{topic}": 1.0}
    return ArticleFeatures(
        article_id=aid,
        body=body,
        lead={f"t{topic}w0": 1.0},
        entities=ents,
        numbers={},
        names={k: k.title() for k in ents},
        title=None,
        published=(DAY0 + timedelta(days=day)).isoformat(),
    )


def _indexed(st: ClusterState, closed: bool = False) -> set[str]:
    index = st.closed_index if closed else st.story_index
    return {sid for posting in index.values() for sid in posting}


def _stream(c: Clusterer, events: range, day_of: dict[int, int], per_event: int = 3) -> None:
    for topic in events:
        for k in range(per_event):
            c.add(_article(f"a{topic}-{k}", topic, day_of[topic]))


def test_closed_stories_leave_the_index_and_stay_in_the_state() -> None:
    st = ClusterState()
    c = Clusterer(st, SETTINGS)
    _stream(c, range(3), {t: 0 for t in range(3)})
    old = set(st.stories)
    assert len(old) == 3 and old <= _indexed(st)
    # a month later: other events; the first three are out of the window and compacted
    _stream(c, range(3, 9), {t: 30 for t in range(3, 9)})
    assert all(st.stories[sid].compact for sid in old)
    assert not old & _indexed(st)
    assert _indexed(st, closed=True) == old
    assert all(st.assignment[f"a{t}-0"] in old for t in range(3))  # still stories
    assert _indexed(st) == {sid for sid, s in st.stories.items() if not s.compact}


def test_index_holds_open_stories_only_on_a_long_stream() -> None:
    st = ClusterState()
    c = Clusterer(st, SETTINGS)
    events = range(60)
    _stream(c, events, {t: 3 * t for t in events})  # a new event every 3 days
    open_now = {sid for sid, s in st.stories.items() if not s.compact}
    assert len(st.stories) == 60
    assert _indexed(st) <= open_now
    assert len(open_now) < 15  # about 14 days of events, not the whole stream


def test_a_closed_story_joined_again_is_indexed_again() -> None:
    st = ClusterState()
    c = Clusterer(st, SETTINGS)
    _stream(c, range(2), {0: 0, 1: 0})
    _stream(c, range(2, 6), {t: 30 for t in range(2, 6)})
    sid = st.assignment["a0-0"]
    assert st.stories[sid].compact and sid not in _indexed(st)
    # a late copy of an article of the closed story (linked to it by reuse), dated with it
    late = _article("late-copy", 0, 1)
    assert c.add(late, links=["a0-0"]) == sid
    assert not st.stories[sid].compact
    assert sid in _indexed(st)


def test_a_backdated_article_finds_a_closed_story_and_a_current_one_does_not() -> None:
    st = ClusterState()
    c = Clusterer(st, SETTINGS)
    _stream(c, range(2), {0: 0, 1: 0})
    _stream(c, range(2, 6), {t: 30 for t in range(2, 6)})
    sid = st.assignment["a0-0"]
    assert c.add(_article("current", 0, 30)) != sid  # event 0 again, a month on: new story
    assert c.add(_article("archive", 0, 2)) == sid  # dated with the closed story: joins it
