"""Records to and from plain JSON-able dicts (for the store and the exports).

Conversion is driven by the dataclass field types, so a new record type needs no code here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from functools import cache
from typing import Any, TypeVar

from newstrace import records as R
from newstrace.text.offsets import OffsetMap

T = TypeVar("T")

RECORD_KINDS: dict[str, type] = {
    "duplicate_group": R.DuplicateGroup,
    "alignment": R.Alignment,
    "provenance": R.Provenance,
    "reuse_pair": R.ReusePair,
    "story": R.Story,
    "storyline": R.Storyline,
    "quote": R.Quote,
    "claim": R.Claim,
    "mention": R.Mention,
    "finding": R.Finding,
}
# RecordSet field -> record kind stored for it
FIELD_KINDS: dict[str, str] = {
    "duplicates": "duplicate_group",
    "alignments": "alignment",
    "provenance": "provenance",
    "pairs": "reuse_pair",
    "stories": "story",
    "storylines": "storyline",
    "quotes": "quote",
    "claims": "claim",
    "mentions": "mention",
    "findings": "finding",
}


def to_dict(record: Any) -> dict[str, Any]:
    """A JSON-able dict of a record (Spans as dicts, OffsetMaps as nested lists)."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        out[f.name] = _plain(getattr(record, f.name))
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, OffsetMap):
        return value.to_list()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_dict(value)
    if isinstance(value, (tuple, list, frozenset, set)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a record of type ``cls`` from :func:`to_dict` output."""
    hints = _hints(cls)  # type: ignore[arg-type]  # classes are hashable
    kwargs = {name: _typed(hints[name], data[name]) for name in hints if name in data}
    return cls(**kwargs)


@cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls, vars(R)).items() if k in names}


def _typed(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _typed(args[0], value) if len(args) == 1 else value
    if tp is OffsetMap:
        return OffsetMap.from_list(value)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return from_dict(tp, value)
    if origin is tuple:
        inner = typing.get_args(tp)
        return tuple(_typed(inner[0], v) for v in value) if inner else tuple(value)
    if origin is frozenset:
        return frozenset(value)
    if origin in (Mapping, dict):
        return dict(value)
    return value
