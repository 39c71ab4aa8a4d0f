"""`ingest --date-order` says how all-numeric feed dates are read (12/03/2026)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newstrace.cli import main
from newstrace.config.ingest import IngestSettings
from newstrace.stages.ingest.article import normalize_date
from newstrace.stages.ingest.readers import record_article


@pytest.mark.parametrize(("order", "want"), [
    (None, "2026-12-03"), ("DMY", "2026-03-12"), ("MDY", "2026-12-03"),
])  # fmt: skip
def test_slash_dates_follow_the_order(order: str | None, want: str) -> None:
    assert normalize_date("12/03/2026", order) == want
    assert normalize_date("12.03.2026", order) == "2026-03-12"  # dotted: always day first
    assert normalize_date("2026-03-12", order) == "2026-03-12"


def test_records_and_the_cli_take_the_order(tmp_path: Path) -> None:
    rec = {"id": "a", "text": "The ferry was suspended after an engine fault on Thursday.",
           "published": "12/03/2026"}  # fmt: skip
    got = record_article(rec, "feed.jsonl#a", "jsonl", IngestSettings(date_order="DMY"), "feed")
    assert not isinstance(got, str) and getattr(got, "published", None) == "2026-03-12"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    db = str(tmp_path / "x.db")
    res = CliRunner().invoke(main, ["--db", db, "-q", "ingest", "--date-order", "DMY", str(feed)])
    assert res.exit_code == 0, res.output
    out = tmp_path / "x.jsonl"
    CliRunner().invoke(main, ["--db", db, "export", "--format", "jsonl", "-o", str(out)])
    arts = [json.loads(line) for line in out.read_text().splitlines()]
    assert [a["published"] for a in arts if a.get("type") == "article"] == ["2026-03-12"]
