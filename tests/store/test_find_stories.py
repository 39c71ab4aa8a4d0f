"""Stories and storylines read by id from the store: a story by its id or a unique prefix of
it (the ambiguous prefix answered with the stories it matches), storylines by their ids."""

from __future__ import annotations

from pathlib import Path

from newstrace.records import RecordSet, Story, Storyline
from newstrace.store import Store

STORIES = (
    Story("s1a2b3c4d5e6f", "Harbour wall repaired", ("a1",), storyline="l1"),
    Story("s1a2ffffffff0", "Ferry back in service", ("a2",), storyline="l1"),
    Story("s9000000000aa", "Library reopens", ("a3",), storyline="l2"),
    Story("s_9%", "Odd id", ("a4",)),
)
LINES = (Storyline("l1", "harbour", ("s1a2b3c4d5e6f", "s1a2ffffffff0")),
         Storyline("l2", "library", ("s9000000000aa",)))  # fmt: skip


def _store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.db")
    store.save_records(RecordSet(stories=STORIES, storylines=LINES), ["stories", "storylines"], [])
    return store


def test_a_story_by_its_id_or_a_unique_prefix(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        assert [s.label for s in store.find_stories("s9000000000aa")] == ["Library reopens"]
        assert [s.label for s in store.find_stories("s9")] == ["Library reopens"]
        assert [s.id for s in store.find_stories("s1a2b")] == ["s1a2b3c4d5e6f"]


def test_an_ambiguous_prefix_gives_every_story_it_matches_and_an_unknown_id_none(
    tmp_path: Path,
) -> None:
    with _store(tmp_path) as store:
        assert [s.id for s in store.find_stories("s1a2")] == ["s1a2b3c4d5e6f", "s1a2ffffffff0"]
        assert len(store.find_stories("s", limit=3)) == 3
        assert store.find_stories("s7") == [] and store.find_stories("") != []
        # LIKE's wildcards are taken literally
        assert [s.id for s in store.find_stories("s_")] == ["s_9%"]
        assert store.find_stories("s_1") == []


def test_storylines_by_their_ids(tmp_path: Path) -> None:
    with _store(tmp_path) as store:
        assert store.records_with_ids("storylines", ["l2", "l1", "l9"]) == list(LINES)
        assert store.records_with_ids("stories", []) == []
