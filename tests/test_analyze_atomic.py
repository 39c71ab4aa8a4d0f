"""An analysis is all or nothing, and one runs at a time per store.

Its outputs (records, the story-clustering state, the kept sentence rows of the align stage,
the "analysed" marks) are written in one transaction at its end: an analysis that fails (or is
killed) part-way leaves the store exactly as before, and the next one gives the same result as
if the failure had never happened.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newstrace
from newstrace.errors import StoreError
from newstrace.stages import resolve
from newstrace.stages.align.sentences import packed_format
from newstrace.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"
MORE = ROOT / "examples" / "more"


def _snapshot(store: Store) -> tuple:
    """Everything an analysis writes, in comparable form."""
    names, rows = store.sentence_data(packed_format())
    records = store.record_set()
    return (
        store.get_state("cluster"),
        names,
        rows,
        sorted(store.unanalyzed_ids()),
        records.alignments,
        records.provenance,
        records.stories,
        records.quotes,
    )


def test_a_failing_stage_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with newstrace.open(tmp_path / "a.db") as c:
        c.add(CORPUS)
        c.analyze()
        c.add(MORE)
        before = _snapshot(c.store)
        assert before[3], "the second batch must be waiting for analysis"

        def boom(records: object, settings: object) -> object:
            raise RuntimeError("killed in the last stage")

        # resolve runs after align and cluster, whose state used to be saved on the spot
        monkeypatch.setattr(resolve, "run", boom)
        with pytest.raises(RuntimeError, match="killed"):
            c.analyze()
        assert _snapshot(c.store) == before
        monkeypatch.undo()
        c.analyze()
        recovered = _snapshot(c.store)
    with newstrace.open(tmp_path / "b.db") as c:  # the same two steps with no failure
        c.add(CORPUS)
        c.analyze()
        c.add(MORE)
        c.analyze()
        clean = _snapshot(c.store)
    assert recovered[0] == clean[0] and recovered[3] == [] == clean[3]
    assert recovered[4:] == clean[4:]


def test_a_second_writer_is_refused_at_once(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    with newstrace.open(db) as first, newstrace.open(db) as second:
        first.add(MORE)
        with first.store.exclusive("analyze"):
            with pytest.raises(StoreError, match=r"busy.*analyze, pid \d+"):
                second.analyze()
            assert second.store.unanalyzed_ids()  # nothing was analysed by the refused run
        second.analyze()  # the lock is gone with its holder
        assert not second.store.unanalyzed_ids()


def test_writes_inside_a_transaction_roll_back_together(tmp_path: Path) -> None:
    with Store(tmp_path / "t.db") as store:
        store.set_state("x", b"old")
        with pytest.raises(ValueError), store.transaction():
            store.set_state("x", b"new")
            store.set_state("y", b"new")
            raise ValueError("abort")
        assert store.get_state("x") == b"old" and store.get_state("y") is None
        with store.transaction():
            store.set_state("x", b"new")
        assert store.get_state("x") == b"new"
