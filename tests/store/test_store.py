"""The SQLite store: migrations, idempotent inserts, search, records, crash safety."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newstrace.errors import NotFoundError, StoreError
from newstrace.records import Alignment, Provenance, RecordSet, Span
from newstrace.stages.ingest import make_article
from newstrace.store import Store
from newstrace.store.migrations import MIGRATIONS


def _articles(n: int) -> list:
    return [
        make_article(f"Article number {i} reports that the council approved plan {i}.", source="t")
        for i in range(n)
    ]


def test_new_database_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        assert store.schema_version == len(MIGRATIONS)
        mode = store.db.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_reopening_keeps_articles(tmp_path: Path) -> None:
    arts = _articles(3)
    with Store(tmp_path / "a.db") as store:
        assert store.add_articles(arts) == (3, 0)
    with Store(tmp_path / "a.db") as store:
        assert [a.id for a in store.articles()] == [a.id for a in arts]
        assert store.articles()[0] == arts[0]


def test_adding_the_same_articles_again_adds_nothing(tmp_path: Path) -> None:
    arts = _articles(4)
    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts[:2])
        assert store.add_articles(arts) == (2, 2)
        assert store.article_count() == 4


def test_unanalyzed_ids_follow_saved_records(tmp_path: Path) -> None:
    arts = _articles(3)
    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts)
        assert store.unanalyzed_ids() == [a.id for a in arts]
        al = Alignment(Span(arts[0].id, 0, 10), Span(arts[1].id, 5, 15), "verbatim", 0.97)
        rs = RecordSet(articles=tuple(arts), alignments=(al,))
        store.save_records(rs, ["alignments"], [arts[0].id, arts[1].id])
        assert store.unanalyzed_ids() == [arts[2].id]
        assert store.load_records("alignments") == (al,)


def test_saving_records_replaces_previous_ones(tmp_path: Path) -> None:
    arts = _articles(2)
    p1 = Provenance(arts[0].id, 0.5, "partially", {arts[1].id: 0.5})
    p2 = Provenance(arts[0].id, 0.9, "wholly", {arts[1].id: 0.9})
    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts)
        store.save_records(RecordSet(provenance=(p1,)), ["provenance"], [])
        store.save_records(RecordSet(provenance=(p2,)), ["provenance"], [])
        assert store.load_records("provenance") == (p2,)


def test_full_text_search_finds_words_and_reports_bad_queries(tmp_path: Path) -> None:
    arts = _articles(3) + [make_article("Flooding closes the riverside road again.", source="t")]
    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts)
        hits = store.search("flooding")
        assert [a.id for a, _ in hits] == [arts[3].id]
        assert "[Flooding]" in hits[0][1]
        assert store.search("nonexistentword") == []
        with pytest.raises(StoreError):
            store.search('"unbalanced')


def test_article_lookup_by_prefix_and_missing(tmp_path: Path) -> None:
    arts = _articles(2)
    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts)
        assert store.article(arts[0].id[:8]).id == arts[0].id
        with pytest.raises(NotFoundError):
            store.article("zzzz")


def test_a_failing_batch_rolls_back_and_earlier_batches_survive(tmp_path: Path) -> None:
    arts = _articles(3)

    def stream():
        yield from arts
        raise RuntimeError("crash mid-ingest")

    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts[:1])
        with pytest.raises(RuntimeError):
            store.add_articles(stream())
    with Store(tmp_path / "a.db") as store:
        # the committed article survives; the interrupted batch left no partial rows
        assert [a.id for a in store.articles()] == [arts[0].id]


def test_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a newstrace database"):
        Store(bad)


def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    other = tmp_path / "photos.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE albums (name TEXT)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not a newstrace database"):
        Store(other)
    con = sqlite3.connect(other)
    tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    journal = con.execute("PRAGMA journal_mode").fetchone()[0]
    con.close()
    assert tables == ["albums"] and journal != "wal"


def test_an_id_prefix_is_taken_literally(tmp_path: Path) -> None:
    arts = _articles(3)
    with Store(tmp_path / "a.db") as store:
        store.add_articles(arts)
        one = arts[0].id
        assert store.article(one[:3].upper()).id == one  # hex digits in either case
        for pattern in (one[0] + "_" + one[2:], one[:2] + "%"):
            with pytest.raises(NotFoundError):
                store.article(pattern)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.db"
    Store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_stage_state_round_trip(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        assert store.get_state("cluster") is None
        store.set_state("cluster", b"\x00\x01state")
        assert store.get_state("cluster") == b"\x00\x01state"


def test_checkpoint_empties_the_write_ahead_log_unless_a_reader_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    wal = tmp_path / "w.db-wal"
    with Store(db) as store:
        store.add_articles(_articles(200))
        assert wal.stat().st_size > 0
        reader = sqlite3.connect(db)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM articles").fetchone()  # a snapshot held open
        store.add_articles(_articles(210)[200:])
        assert store.checkpoint() is False  # the reader's snapshot still needs the log
        reader.rollback()
        reader.close()
        assert store.checkpoint() is True
        assert wal.stat().st_size == 0


def test_checkpoint_gives_up_at_once_while_a_reader_holds_a_snapshot(tmp_path: Path) -> None:
    """The checkpoint after analyze must not wait for a reader (the web app mid-request) for
    the store's busy timeout: the reader here lets go only once the checkpoint has returned,
    or after 20 s, and a checkpoint that waited for it would then succeed."""
    import threading

    db = tmp_path / "w.db"
    held, returned = threading.Event(), threading.Event()

    def read() -> None:
        reader = sqlite3.connect(db)
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM articles").fetchone()
        held.set()
        returned.wait(20)
        reader.rollback()
        reader.close()

    with Store(db) as store:
        store.add_articles(_articles(200))
        thread = threading.Thread(target=read)
        thread.start()
        assert held.wait(20)
        store.add_articles(_articles(210)[200:])
        try:
            assert store.checkpoint() is False
        finally:
            returned.set()
            thread.join()
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 30000  # restored
        assert store.checkpoint() is True
