"""The outlet of inputs that name none: the file name, or the ingest's ``source`` setting."""

from __future__ import annotations

import io
import json
from pathlib import Path

from newstrace.config.ingest import IngestSettings
from newstrace.records import Article
from newstrace.stages.ingest import discover, read

TEXT = "The council voted on Tuesday to build a flood barrier along the river.\n"


def _sources(paths: list[Path], settings: IngestSettings, stdin: bytes = b"") -> list[str | None]:
    out: list[str | None] = []
    for item in discover([str(p) for p in paths]):
        for got in read(item, settings, stdin=io.BytesIO(stdin)):
            assert isinstance(got, Article), got
            out.append(got.source)
    return out


def test_a_file_naming_no_outlet_is_known_by_its_file_name(tmp_path: Path) -> None:
    (tmp_path / "echo_0412.txt").write_text(TEXT, "utf-8")
    assert _sources([tmp_path], IngestSettings()) == ["echo_0412"]


def test_the_source_setting_names_the_outlet_of_files_that_name_none(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    (tmp_path / "b.txt").write_text("---\nsource: Riverton Post\n---\n" + TEXT, "utf-8")
    record = {"text": TEXT, "url": "https://www.example.org/news/1"}
    (tmp_path / "c.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    settings = IngestSettings(source="Riverton Echo")
    # the setting fills in only where the input names no outlet (front matter, URL win)
    assert _sources([tmp_path], settings) == ["Riverton Echo", "Riverton Post", "example.org"]
    assert _sources([Path("-")], settings, TEXT.encode()) == ["Riverton Echo"]
