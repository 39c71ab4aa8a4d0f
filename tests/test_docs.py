"""docs/export.md describes every table the exports write."""

from __future__ import annotations

from pathlib import Path

from newstrace.serialize import FIELD_KINDS, RECORD_KINDS

DOC = (Path(__file__).resolve().parents[1] / "docs" / "export.md").read_text(encoding="utf-8")


def test_every_exported_table_and_record_is_documented() -> None:
    for name, kind in FIELD_KINDS.items():
        assert f"`{name}.parquet`" in DOC, name
        assert f'"{name}":' in DOC, name
        assert f"`{kind}`" in DOC, kind
    for cls in RECORD_KINDS.values():
        assert f"**{cls.__name__}**" in DOC, cls.__name__
