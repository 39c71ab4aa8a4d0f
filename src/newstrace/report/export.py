"""Exports of the whole analysis: one JSON document, JSON Lines, or Parquet tables.

The schema is documented in ``docs/export.md``; ``SCHEMA_VERSION`` changes whenever a field
changes meaning or disappears.
"""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TextIO

from newstrace import __version__
from newstrace import records as R
from newstrace.errors import ConfigError
from newstrace.records import RecordSet
from newstrace.serialize import FIELD_KINDS, RECORD_KINDS, to_dict

SCHEMA_VERSION = 1
FORMATS = ("json", "jsonl", "parquet")


def article_dict(article: Any, with_text: bool = True) -> dict[str, Any]:
    d = to_dict(article)
    d.pop("offsets")
    if not with_text:
        d.pop("text")
        d.pop("original")
    return d


def record_dict(
    record: Any, articles: Mapping[str, R.Article], with_text: bool = False
) -> dict[str, Any]:
    """A record as a JSON-able dict whose spans also give their place in the article's
    **original** text: ``original_start`` / ``original_end`` beside the clean-text
    ``start`` / ``end`` (``None`` when the article is not in ``articles``); with
    ``with_text``, also the ``text`` they cover (a listing for people to read; the exports
    point into the articles and copy no text)."""
    return _with_original(to_dict(record), articles, with_text)


def _with_original(value: Any, articles: Mapping[str, R.Article], with_text: bool) -> Any:
    if isinstance(value, list):
        return [_with_original(v, articles, with_text) for v in value]
    if not isinstance(value, dict):
        return value
    if value.keys() >= _SPAN_KEYS:
        art = articles.get(value["article_id"])
        o_start, o_end = art.to_original(value["start"], value["end"]) if art else (None, None)
        out = {**value, "original_start": o_start, "original_end": o_end}
        if with_text:
            out["text"] = art.text[value["start"] : value["end"]] if art else None
        return out
    return {k: _with_original(v, articles, with_text) for k, v in value.items()}


_SPAN_KEYS = frozenset(("article_id", "start", "end"))


def by_id(records: RecordSet) -> dict[str, R.Article]:
    return {a.id: a for a in records.articles}


def document(records: RecordSet, with_text: bool = True) -> dict[str, Any]:
    """The whole analysis as one JSON-able dict."""
    out: dict[str, Any] = {
        "newstrace": __version__,
        "schema": SCHEMA_VERSION,
        "articles": [article_dict(a, with_text) for a in records.articles],
    }
    arts = by_id(records)
    for name in FIELD_KINDS:
        out[name] = [record_dict(r, arts) for r in getattr(records, name)]
    return out


def jsonl_lines(records: RecordSet, with_text: bool = True) -> Iterator[dict[str, Any]]:
    """One object per record, each with a ``type`` field ("article", "alignment", ...)."""
    yield {"type": "meta", "newstrace": __version__, "schema": SCHEMA_VERSION}
    for a in records.articles:
        yield {"type": "article", **article_dict(a, with_text)}
    arts = by_id(records)
    for name, kind in FIELD_KINDS.items():
        for r in getattr(records, name):
            yield {"type": kind, **record_dict(r, arts)}


def write_json(records: RecordSet, out: TextIO, with_text: bool = True) -> None:
    json.dump(document(records, with_text), out, ensure_ascii=False, indent=1)
    out.write("\n")


def write_jsonl(records: RecordSet, out: TextIO, with_text: bool = True) -> None:
    for line in jsonl_lines(records, with_text):
        out.write(json.dumps(line, ensure_ascii=False) + "\n")


@contextmanager
def replaced(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to, renamed over ``path`` once the block
    ends without an error: a failed write (a full disk, an interrupt) leaves the previous
    file whole instead of a truncated one, and no half-written file behind.  A symbolic link
    is written through (its target is replaced, not the link), and what is no regular file
    (a named pipe, a device, ``/dev/stdout``) is written to as it is: renamed over, a pipe's
    reader got nothing and a device node became a file (a review)."""
    if path.exists() and not path.is_file() and not path.is_dir():  # (links followed)
        yield path
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        with suppress(OSError):
            tmp.unlink()


def check_target(path: Path, format: str) -> None:
    """Refuse, before any work, a place an export cannot be written to: a folder for a
    ``json``, ``jsonl`` or ``html`` file, a file for the ``parquet`` folder, a file in the
    way of a folder above it."""
    if format not in ("json", "jsonl", "parquet", "html"):
        raise ConfigError(f"unknown export format {format!r} (json, jsonl or parquet)")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise ConfigError(f"cannot write {path}: {parent} is a file, not a folder")
            break
    if format == "parquet" and path.exists() and not path.is_dir():
        raise ConfigError(f"{path} is a file: the parquet export writes a folder of tables "
                          "(give a folder's name)")  # fmt: skip
    if format != "parquet" and path.is_dir():
        raise ConfigError(f"{path} is a folder: the {format} export writes one file "
                          f"(give a file's name, e.g. {path / _default_name(format)})")  # fmt: skip


def _default_name(format: str) -> str:
    return "report.html" if format == "html" else f"analysis.{format}"


def write_file(records: RecordSet, path: Path, format: str, with_text: bool = True) -> Path:
    """Write the ``json`` or ``jsonl`` export to ``path`` (see :func:`replaced`)."""
    writer = write_jsonl if format == "jsonl" else write_json
    with replaced(path) as tmp, tmp.open("w", encoding="utf-8") as fh:
        writer(records, fh, with_text)
    return path


def write_parquet(records: RecordSet, directory: Path, with_text: bool = True) -> list[Path]:
    """One Parquet file per table (articles.parquet, alignments.parquet, ...).

    Spans become structs and maps JSON strings; every table has the typed columns of its
    record (:func:`arrow_schema`), also when it is empty.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    directory.mkdir(parents=True, exist_ok=True)
    dropped = {"offsets"} | (set() if with_text else {"text", "original"})
    tables: dict[str, tuple[list[dict[str, Any]], pa.Schema]] = {
        "articles": (
            [_parquet_safe(article_dict(a, with_text)) for a in records.articles],
            arrow_schema(R.Article, dropped),
        )
    }
    arts = by_id(records)
    for name, kind in FIELD_KINDS.items():
        rows = [_parquet_safe(record_dict(r, arts)) for r in getattr(records, name)]
        tables[name] = rows, arrow_schema(RECORD_KINDS[kind])
    written = []
    for name, (rows, schema) in tables.items():
        path = directory / f"{name}.parquet"
        with replaced(path) as tmp:
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
        written.append(path)
    return written


def arrow_schema(cls: type, dropped: set[str] | frozenset[str] = frozenset()) -> Any:
    """The Parquet columns of a record class, from its type hints, so that a table has
    typed columns even when it is empty or a column holds only nulls.  Spans are structs,
    tuples lists, free-form maps JSON strings (as :func:`_parquet_safe` writes them)."""
    import pyarrow as pa

    hints = typing.get_type_hints(cls, vars(R))
    return pa.schema(
        [
            pa.field(f.name, _arrow_type(hints[f.name]))
            for f in dataclasses.fields(cls)
            if f.name not in dropped
        ]
    )


def _arrow_type(tp: Any) -> Any:
    import pyarrow as pa

    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(tp) if a is not type(None)]
        return _arrow_type(inner)
    if origin is tuple:
        return pa.list_(_arrow_type(typing.get_args(tp)[0]))
    if tp is R.Span:
        return pa.struct(
            [("article_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
             ("original_start", pa.int64()), ("original_end", pa.int64())]
        )  # fmt: skip
    simple = {str: pa.string(), float: pa.float64(), int: pa.int64(), bool: pa.bool_()}
    if tp in simple:
        return simple[tp]
    if origin in (dict, Mapping) or tp is Any:
        return pa.string()  # JSON text
    raise TypeError(f"no Parquet type for {tp!r}")


def _parquet_safe(row: dict[str, Any]) -> dict[str, Any]:
    """Maps with free-form keys become JSON strings (Parquet structs need fixed keys)."""
    out = {}
    for key, value in row.items():
        if isinstance(value, dict) and not value.keys() >= _SPAN_KEYS:
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out
