"""Schema 2 (sentence data kept for the align stage): old stores are migrated in place, and
the kept data is read back only in the format it was written in."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.errors import StoreError
from newstrace.stages.ingest import make_article
from newstrace.store import Store, sqlite
from newstrace.store.migrations import MIGRATIONS


def _articles(n: int) -> list:
    return [make_article(f"Story {i}: the council approved plan {i}.") for i in range(n)]


def test_a_schema_1_store_is_migrated_and_keeps_its_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    arts = _articles(3)
    with monkeypatch.context() as m:
        m.setattr(sqlite, "MIGRATIONS", MIGRATIONS[:1])  # the store as version 1 wrote it
        with Store(tmp_path / "old.db") as store:
            store.add_articles(arts)
            assert store.schema_version == 1
            tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
            assert "sentence_rows" not in tables
    with Store(tmp_path / "old.db") as store:
        assert store.schema_version == len(MIGRATIONS) >= 2
        assert [a.id for a in store.articles()] == [a.id for a in arts]
        assert store.sentence_data("f1") == ([], {})  # nothing kept yet
        store.save_sentence_data("f1", ["a", "b"], {arts[0].id: b"\x01\x02"})
    with Store(tmp_path / "old.db") as store:
        assert store.sentence_data("f1") == (["a", "b"], {arts[0].id: b"\x01\x02"})


def test_sentence_data_grows_and_is_dropped_on_reset_or_new_format(tmp_path: Path) -> None:
    with Store(tmp_path / "a.db") as store:
        store.save_sentence_data("f1", ["a", "b"], {"x": b"1"})
        store.save_sentence_data("f1", ["a", "b", "c"], {"y": b"2"})
        assert store.sentence_data("f1") == (["a", "b", "c"], {"x": b"1", "y": b"2"})
        assert store.sentence_data("f2") == ([], {})  # another format is not read
        with pytest.raises(StoreError, match="do not begin"):
            store.save_sentence_data("f1", ["a", "b", "z", "d"], {"z": b"3"})
        with pytest.raises(StoreError, match="do not begin"):
            store.save_sentence_data("f1", ["a"], {"z": b"3"})
        assert store.sentence_data("f1") == (["a", "b", "c"], {"x": b"1", "y": b"2"})
        store.save_sentence_data("f1", ["q"], {"z": b"3"}, reset=True)
        assert store.sentence_data("f1") == (["q"], {"z": b"3"})
        store.save_sentence_data("f2", ["r", "s"], {"w": b"4"})  # a new format replaces all
        assert store.sentence_data("f2") == (["r", "s"], {"w": b"4"})
        assert store.sentence_data("f1") == ([], {})
