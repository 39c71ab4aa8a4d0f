"""When the machine refuses a write (a full disk, a read-only database), a command says so in
one line instead of a traceback, keeps what was committed, and never leaves a previous export
or report truncated."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from newstrace.cli import main
from newstrace.report import export
from newstrace.store import Store

STORY = (
    "Council approves riverside flood barrier after years of delay\n\n"
    "The Ashford council voted on Tuesday to build a flood barrier along the river, "
    "ending a decade of argument about who should pay for it."
)


def _full(*args: Any, **kwargs: Any) -> Any:
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    raise exc


def _invoke(db: Path, *args: str) -> Any:
    return CliRunner().invoke(main, ["--db", str(db), "-q", *args])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    db = tmp_path / "n.db"
    assert _invoke(db, "ingest", str(tmp_path / "in")).exit_code == 0
    return db


def test_a_full_disk_during_ingest_is_a_message_not_a_traceback(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "more.txt").write_text(STORY.replace("Tuesday", "Monday"), encoding="utf-8")
    monkeypatch.setattr(Store, "_insert", _full)
    result = _invoke(corpus, "ingest", str(tmp_path / "more.txt"))
    assert result.exit_code == 4, result.output
    said = " ".join(result.output.split())
    assert "disk is full" in said and "committed before is kept" in said
    assert "Traceback" not in result.output and not isinstance(result.exception, sqlite3.Error)
    with Store(corpus) as store:
        assert len(store.articles()) == 1


def test_a_full_disk_keeps_the_previous_export_whole(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "x.json"
    assert _invoke(corpus, "export", "--format", "json", "-o", str(out)).exit_code == 0
    before = out.read_text(encoding="utf-8")

    def half_then_full(records: Any, fh: Any, with_text: bool = True) -> None:
        fh.write('{"newstrace": ')
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export, "write_json", half_then_full)
    result = _invoke(corpus, "export", "--format", "json", "-o", str(out))
    assert result.exit_code == 1
    said = " ".join(result.output.split())
    assert "cannot write" in said and "No space left" in said
    assert out.read_text(encoding="utf-8") == before
    assert json.loads(before)["articles"]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failed_report_keeps_the_previous_report(
    tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "r.html"
    out.write_text("<p>yesterday's report</p>", encoding="utf-8")

    def full(self: Path, *args: Any, **kwargs: Any) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    result = _invoke(corpus, "report", "--html", str(out))
    monkeypatch.undo()
    assert result.exit_code == 1 and "cannot write" in result.output
    assert out.read_text(encoding="utf-8") == "<p>yesterday's report</p>"


@pytest.mark.parametrize(
    ("fmt", "where", "said"),
    [
        ("json", "folder", "is a folder: the json export writes one file"),
        ("jsonl", "folder", "is a folder: the jsonl export writes one file"),
        ("parquet", "file", "is a file: the parquet export writes a folder"),
        ("json", "under a file", "is a file, not a folder"),
    ],
)
def test_an_export_to_the_wrong_kind_of_place_is_a_message_not_a_traceback(
    tmp_path: Path, corpus: Path, fmt: str, where: str, said: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("kept", encoding="utf-8")
    target = {"folder": "folder", "file": "file", "under a file": "file/out.json"}[where]
    result = _invoke(corpus, "export", "--format", fmt, "-o", str(tmp_path / target))
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    said_out = " ".join(result.output.split())  # the console wraps long lines
    assert said in said_out and said_out.startswith("error:")
    assert (tmp_path / "file").read_text(encoding="utf-8") == "kept"
    assert list((tmp_path / "folder").iterdir()) == []


def test_an_export_through_a_link_writes_its_target(tmp_path: Path, corpus: Path) -> None:
    # a symbolic link is written through, not replaced by a file (a review)
    target = tmp_path / "real.json"
    target.write_text("{}", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert _invoke(corpus, "export", "--format", "json", "-o", str(link)).exit_code == 0
    assert link.is_symlink() and json.loads(target.read_text(encoding="utf-8"))["articles"]


def test_an_export_to_a_named_pipe_is_read_from_the_pipe(tmp_path: Path, corpus: Path) -> None:
    # a pipe (or a device, /dev/stdout) is written to as it is: renamed over, the pipe's reader
    # got nothing and the pipe became a file (a review)
    import os
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = _invoke(corpus, "export", "--format", "jsonl", "-o", str(pipe))
    reader.join(timeout=30)
    assert result.exit_code == 0, result.output
    assert got and b'"type": "article"' in got[0]
    assert not pipe.is_file()
