"""Records to and from plain JSON-able dicts (for the store and the exports).

Conversion is driven by the dataclass field types, so a new record type needs no code here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
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
    names = _field_names(type(record))  # type: ignore[arg-type]  # classes are hashable
    return {name: _plain(getattr(record, name)) for name in names}


# Values written as they are; checked first, since most are (a record store rewrites a
# million of them per analysis: the generic checks cost about 30 microseconds a record).
_AS_IS = (str, int, float, type(None))


def _plain(value: Any) -> Any:
    if isinstance(value, _AS_IS):
        return value
    if isinstance(value, OffsetMap):
        return value.to_list()
    if _is_dataclass_type(type(value)):  # type: ignore[arg-type]
        return to_dict(value)
    if isinstance(value, (tuple, list, frozenset, set)):
        return [_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


@cache
def _is_dataclass_type(cls: type) -> bool:
    return dataclasses.is_dataclass(cls)


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
    """Rebuild a record of type ``cls`` from :func:`to_dict` output."""
    return _decoder(cls)(data)  # type: ignore[arg-type]


@cache
def _hints(cls: type) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in typing.get_type_hints(cls, vars(R)).items() if k in names}


def _as_is(value: Any) -> Any:
    return value


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """The function rebuilding a value of type ``tp`` from its plain form (``None`` stays
    ``None`` at every level), worked out once per type."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _or_none(_decoder(args[0])) if len(args) == 1 else _as_is
    if tp is OffsetMap:
        return _or_none(OffsetMap.from_list)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _or_none(_record_decoder(tp))
    if origin is tuple:
        inner = typing.get_args(tp)
        item = _decoder(inner[0]) if inner else _as_is
        if item is _as_is:
            return _or_none(tuple)
        return _or_none(lambda value: tuple(map(item, value)))
    if origin is frozenset:
        return _or_none(frozenset)
    if origin in (Mapping, dict):
        return _or_none(dict)
    return _as_is


def _record_decoder(cls: type) -> Callable[[Mapping[str, Any]], Any]:
    fields = [(name, _decoder(tp)) for name, tp in _hints(cls).items()]

    def decode(data: Mapping[str, Any]) -> Any:
        return cls(**{name: item(data[name]) for name, item in fields if name in data})

    return decode


def _or_none(fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else fn(value)
