"""An input with skipped records is read again under other reading options; one read in
full is not, and the same options do not read it twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import main
from newstrace.store import Store

BODY = (
    "The harbour authority approved a second ferry berth on Monday after a year of talks "
    "with the island councils, which had asked for more sailings in the winter months."
)
OTHER = (
    "The county library will open until nine in the evening from next month, the council "
    "said, after a survey found that most readers wanted later hours on weekdays."
)


def invoke(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--db", str(db), "-q", *args])
    return result.exit_code, result.output


def _count(db: Path) -> int:
    with Store(db, readonly=True) as store:
        return store.article_count()


def _skips(db: Path) -> int:
    with Store(db, readonly=True) as store:
        return len(store.skips())


def test_a_record_skipped_for_its_field_is_read_with_the_right_field(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"body": BODY, "headline": "Ferry berth"}) + "\n", "utf-8")
    db = tmp_path / "n.db"
    code, output = invoke(db, "ingest", str(feed))
    assert code == 0 and _count(db) == 0
    assert _skips(db) == 1
    code, output = invoke(db, "ingest", str(feed))  # the same options: nothing new to try
    assert "unchanged" in output and _count(db) == 0 and _skips(db) == 1
    code, output = invoke(db, "ingest", "--text-field", "body", str(feed))
    assert code == 0 and "added 1 article" in output and _count(db) == 1
    code, output = invoke(db, "ingest", "--text-field", "body", str(feed))
    assert "unchanged" in output and _count(db) == 1


def test_a_partly_skipped_input_adds_only_what_it_lacked(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"text": BODY}, {"text": OTHER + " " + "More words follow here. " * 40}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    db = tmp_path / "n.db"
    invoke(db, "ingest", "--max-bytes", "400", str(feed))
    assert _count(db) == 1 and _skips(db) == 1
    invoke(db, "ingest", "--max-bytes", "500", str(feed))  # still too small: not logged twice
    assert _count(db) == 1 and _skips(db) == 1
    code, output = invoke(db, "ingest", "--max-bytes", "100000", str(feed))
    assert code == 0 and "added 1 article" in output and _count(db) == 2
    assert _skips(db) == 0  # the skip the last reading undid is no longer reported


def test_an_input_read_in_full_is_not_read_again_under_other_options(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": BODY, "source": "Harbour Post"}) + "\n", "utf-8")
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(feed))
    code, output = invoke(db, "ingest", "--source", "Other Paper", str(feed))
    assert "unchanged" in output and _count(db) == 1


def test_read_again_the_records_held_are_not_added_again_under_other_options(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": BODY}) + "\n" + json.dumps({"text": " "}) + "\n", "utf-8")
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(feed))
    assert _count(db) == 1 and _skips(db) == 1
    # another outlet would give the held record another id: it is left as it was read
    code, output = invoke(db, "ingest", "--source", "Harbour Post", str(feed))
    assert code == 0 and _count(db) == 1 and _skips(db) == 1


def test_a_record_held_is_not_listed_as_skipped_by_a_reading_that_cannot_read_it(
    tmp_path: Path,
) -> None:
    feed = tmp_path / "feed.jsonl"
    rows = [{"text": BODY}, {"body": OTHER}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    db = tmp_path / "n.db"
    invoke(db, "ingest", str(feed))
    assert _count(db) == 1 and _skips(db) == 1
    result = CliRunner().invoke(
        main, ["--db", str(db), "-q", "--strict", "ingest", "--text-field", "body", str(feed)]
    )
    assert result.exit_code == 0, result.output  # nothing skipped: both records are held
    assert _count(db) == 2 and _skips(db) == 0
    with Store(db, readonly=True) as store:
        assert store.stats()["inputs"] == 1


def test_read_again_under_another_spelling_of_its_path_its_old_skips_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    feed = tmp_path / "feed.jsonl"
    rows = [{"text": BODY}, {"text": OTHER + " " + "More words follow here. " * 40}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    db = tmp_path / "n.db"
    invoke(db, "ingest", "--max-bytes", "400", "feed.jsonl")
    assert _count(db) == 1 and _skips(db) == 1
    invoke(db, "ingest", "--max-bytes", "100000", str(feed))
    assert _count(db) == 2 and _skips(db) == 0
