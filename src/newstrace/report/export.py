"""Exports of the whole analysis: one JSON document, JSON Lines, or Parquet tables.

The schema is documented in ``docs/export.md``; ``SCHEMA_VERSION`` changes whenever a field
changes meaning or disappears.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newstrace import __version__
from newstrace.records import RecordSet
from newstrace.serialize import FIELD_KINDS, to_dict

SCHEMA_VERSION = 1
FORMATS = ("json", "jsonl", "parquet")


def article_dict(article: Any, with_text: bool = True) -> dict[str, Any]:
    d = to_dict(article)
    d.pop("offsets")
    if not with_text:
        d.pop("text")
        d.pop("original")
    return d


def document(records: RecordSet, with_text: bool = True) -> dict[str, Any]:
    """The whole analysis as one JSON-able dict."""
    out: dict[str, Any] = {
        "newstrace": __version__,
        "schema": SCHEMA_VERSION,
        "articles": [_parquet_safe(article_dict(a, with_text)) for a in records.articles],
    }
    for name in FIELD_KINDS:
        out[name] = [to_dict(r) for r in getattr(records, name)]
    return out


def jsonl_lines(records: RecordSet, with_text: bool = True) -> Iterator[dict[str, Any]]:
    """One object per record, each with a ``type`` field ("article", "alignment", ...)."""
    yield {"type": "meta", "newstrace": __version__, "schema": SCHEMA_VERSION}
    for a in records.articles:
        yield {"type": "article", **article_dict(a, with_text)}
    for name, kind in FIELD_KINDS.items():
        for r in getattr(records, name):
            yield {"type": kind, **to_dict(r)}


def write_json(records: RecordSet, out: TextIO, with_text: bool = True) -> None:
    json.dump(document(records, with_text), out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_jsonl(records: RecordSet, out: TextIO, with_text: bool = True) -> None:
    for line in jsonl_lines(records, with_text):
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


def write_parquet(records: RecordSet, directory: Path, with_text: bool = True) -> list[Path]:
    """One Parquet file per table (articles.parquet, alignments.parquet, ...).

    Nested values (spans, maps) become structs; empty tables are still written with no rows.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[dict[str, Any]]] = {
        "articles": [_parquet_safe(article_dict(a, with_text)) for a in records.articles]
    }
    for name in FIELD_KINDS:
        tables[name] = [_parquet_safe(to_dict(r)) for r in getattr(records, name)]
    written = []
    for name, rows in tables.items():
        path = directory / f"{name}.parquet"
        table = pa.Table.from_pylist(rows) if rows else pa.table({})
        pq.write_table(table, path)
        written.append(path)
    return written


def _parquet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """Maps with free-form keys become JSON strings (Parquet structs need fixed keys)."""
    out = {}
    for key, value in row.items():
        if isinstance(value, dict) and not {"article_id", "start", "end"} <= set(value):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out
