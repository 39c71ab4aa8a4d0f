"""newstrace's own exports in a folder being read are passed over; articles are not."""

from __future__ import annotations

import json
from pathlib import Path

from ingest_helpers import BODY, articles, read_path, skips

from newstrace.records import RecordSet
from newstrace.report.export import write_json, write_jsonl
from newstrace.stages.ingest.article import make_article


def _records() -> RecordSet:
    return RecordSet(articles=(make_article(BODY, id="a1", source="Riverton Post"),))


def test_a_json_and_a_jsonl_export_are_passed_over(tmp_path: Path) -> None:
    with open(tmp_path / "analysis.json", "w", encoding="utf-8") as out:
        write_json(_records(), out)
    with open(tmp_path / "analysis.jsonl", "w", encoding="utf-8") as out:
        write_jsonl(_records(), out)
    got = read_path(tmp_path)
    assert not articles(got)
    assert len(skips(got)) == 2  # one reason per file, not one per exported record
    assert all("newstrace export" in s.reason for s in skips(got))


def test_an_article_with_fields_named_like_an_exports_is_read(tmp_path: Path) -> None:
    record = {"text": BODY, "source": "Riverton Post", "newstrace": "yes", "schema": "story-v2"}
    (tmp_path / "one.json").write_text(json.dumps(record), "utf-8")
    (tmp_path / "many.jsonl").write_text(json.dumps({**record, "type": "meta"}) + "\n", "utf-8")
    assert len(articles(read_path(tmp_path))) == 2
