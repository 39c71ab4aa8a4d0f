"""A database in a place newstrace may not write (a read-only mount, an archive, another
user's folder) is read as it is, and a write to it is refused with a message.

SQLite reads a WAL database through a ``-shm`` file beside it, which it cannot create there:
the writable open fails with SQLITE_CANTOPEN, and so does a plain read-only one.  The tests
run as any user (root ignores file modes), so the refusals are simulated by a connection
class that fails as SQLite does in such a folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newstrace.errors import StoreError
from newstrace.stages.ingest import make_article
from newstrace.store import Store

_connect = sqlite3.connect


def _cantopen() -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("unable to open database file")
    exc.sqlite_errorcode = sqlite3.SQLITE_CANTOPEN  # type: ignore[attr-defined]
    return exc


class _NoShm(sqlite3.Connection):
    """A connection whose every statement fails: no ``-shm`` file can be made."""

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        raise _cantopen()


def _read_only_folder(database: Any, *args: Any, uri: bool = False, **kwargs: Any) -> Any:
    if uri and "immutable=1" in str(database):
        return _connect(database, *args, uri=uri, **kwargs)
    return _connect(database, *args, uri=uri, factory=_NoShm, **kwargs)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "n.db"
    with Store(path) as store:
        store.add_articles([make_article("The mill will reopen in 2028.", source="Courier")])
        assert store.checkpoint()
    return path


def test_a_database_in_a_read_only_folder_is_read(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite3, "connect", _read_only_folder)
    with Store(db) as store:
        assert store.readonly
        assert [a.source for a in store.articles()] == ["Courier"]
    with Store(db, readonly=True) as store:  # the web app's way in
        assert len(store.articles()) == 1


def test_a_write_to_it_is_refused_with_a_message(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite3, "connect", _read_only_folder)
    with Store(db) as store, pytest.raises(StoreError, match="read-only"), store.exclusive("x"):
        pass


def test_unsaved_changes_in_its_log_are_not_read_past(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Path(f"{db}-wal").write_bytes(b"x" * 100)  # a log the reader would have to apply
    monkeypatch.setattr(sqlite3, "connect", _read_only_folder)
    with pytest.raises(StoreError, match="cannot read"):
        Store(db)


def test_a_damaged_file_is_still_not_a_newstrace_database(tmp_path: Path) -> None:
    path = tmp_path / "n.db"
    path.write_bytes(b"not a database at all, but long enough to have a header" * 20)
    with pytest.raises(StoreError, match="not a newstrace database"):
        Store(path)


def test_another_programs_file_read_only_is_not_called_an_older_newstrace(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE notes (x)")
    monkeypatch.setattr(sqlite3, "connect", _read_only_folder)
    with pytest.raises(StoreError, match="not a newstrace database") as info:
        Store(path)
    assert "older newstrace" not in str(info.value)
