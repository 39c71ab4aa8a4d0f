"""A record id met with two different texts in one feed is reported (both are kept)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newstrace.cli import main
from newstrace.store import Store

TEXT = (
    "The Harwick council voted on Tuesday to close the Mill Road bridge from March, after "
    "engineers found deep cracks in two of its arches."
)


def _ingest(tmp_path: Path, records: list[dict[str, str]]) -> tuple[str, int]:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    db = tmp_path / "n.db"
    result = CliRunner().invoke(main, ["--db", str(db), "ingest", str(feed)])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        return result.output, store.article_count()


def test_one_id_with_two_texts_is_reported_and_both_are_kept(tmp_path: Path) -> None:
    update = TEXT.replace("March", "April")
    out, n = _ingest(tmp_path, [{"id": "r-7", "text": TEXT}, {"id": "r-7", "text": update}])
    assert n == 2
    assert "1 record id(s) met with another text" in out and "r-7" in out


def test_one_record_repeated_is_not_reported_as_a_reused_id(tmp_path: Path) -> None:
    out, n = _ingest(tmp_path, [{"id": "r-7", "text": TEXT}, {"id": "r-7", "text": TEXT}])
    assert n == 1
    assert "met with another text" not in out and "repeated" in out
