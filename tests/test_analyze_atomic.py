"""An analysis is all or nothing, and one runs at a time per store.

Its outputs (records, the story-clustering state, the kept sentence rows of the align stage,
the "analysed" marks) are written in one transaction at its end: an analysis that fails (or is
killed) part-way leaves the store exactly as before, and the next one gives the same result as
if the failure had never happened.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import sys
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


def test_a_failed_commit_ends_the_transaction(tmp_path: Path) -> None:
    # a deferred foreign key fails at COMMIT and leaves SQLite's transaction open; later
    # writes must not silently join it (and be lost when the store is closed)
    with Store(tmp_path / "c.db") as store:
        store.db.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)")
        store.db.execute(
            "CREATE TABLE c (pid INTEGER REFERENCES p(id) DEFERRABLE INITIALLY DEFERRED)"
        )
        with pytest.raises(sqlite3.IntegrityError), store.transaction():
            store.db.execute("INSERT INTO c VALUES (42)")
        assert not store.db.in_transaction
        store.set_state("after", b"kept")
    with Store(tmp_path / "c.db") as store:
        assert store.get_state("after") == b"kept"


def test_an_error_sqlite_already_rolled_back_is_not_hidden(tmp_path: Path) -> None:
    # SQLite ends the transaction itself on some errors (full disk, I/O, interrupt): the
    # error must come out, not "cannot rollback - no transaction is active"
    with Store(tmp_path / "r.db") as store:
        with pytest.raises(ValueError, match="the cause"), store.transaction():
            store.set_state("x", b"1")
            store.db.execute("ROLLBACK")  # what SQLite does on such an error
            raise ValueError("the cause")
        assert store.get_state("x") is None


@pytest.mark.skipif(sys.platform == "win32", reason="the writer lock is POSIX only")
def test_a_lock_file_that_cannot_be_opened_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "d.db.lock").mkdir()
    refused = pytest.raises(StoreError, match="cannot lock")
    with Store(tmp_path / "d.db") as store, refused, store.exclusive("analyze"):
        pass


@pytest.mark.skipif(sys.platform == "win32", reason="the writer lock is POSIX only")
def test_a_lock_file_of_another_user_still_locks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "u.db"
    real_open = os.open

    def no_write_access(path: str, flags: int, *mode: int) -> int:
        if str(path).endswith(".lock") and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *mode)

    with Store(db) as first, Store(db) as second:
        with first.exclusive("analyze"):  # creates the lock file, as its owner
            monkeypatch.setattr(os, "open", no_write_access)
            busy = pytest.raises(StoreError, match=r"busy.*analyze, pid \d+")
            with busy, second.exclusive("analyze"):
                pass
        with second.exclusive("analyze"):  # free again: taken through a read-only descriptor
            pass


@pytest.mark.skipif(sys.platform == "win32", reason="the writer lock is POSIX only")
def test_a_file_system_without_locks_is_not_called_busy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.store import sqlite as store_module

    def no_locks(fd: int, op: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(store_module._flock, "flock", no_locks)
    refused = pytest.raises(StoreError, match="cannot lock .*No locks available")
    with Store(tmp_path / "n.db") as store, refused, store.exclusive("analyze"):
        pass


def test_analyze_leaves_no_write_ahead_log_behind(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with newstrace.open(db) as c:
        c.add(Path(__file__).resolve().parents[1] / "examples" / "more")
        c.analyze()
        wal = Path(f"{db}-wal")
        assert not wal.exists() or wal.stat().st_size == 0
