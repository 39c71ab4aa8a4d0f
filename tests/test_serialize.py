"""Records survive the round trip through plain dicts (store and exports rely on it)."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import newstrace
from newstrace import records as R
from newstrace.serialize import FIELD_KINDS, RECORD_KINDS, from_dict, to_dict
from newstrace.stages.ingest import make_article
from newstrace.text.offsets import OffsetMap

ids = st.text("abcdef0123456789", min_size=1, max_size=8)
spans = st.builds(
    lambda a, s, n: R.Span(a, s, s + n), ids, st.integers(0, 1000), st.integers(0, 500)
)


@given(spans, spans, st.sampled_from(["verbatim", "edited", "paraphrase"]), st.floats(0, 1))
def test_alignment_round_trip(src: R.Span, tgt: R.Span, kind: str, score: float) -> None:
    al = R.Alignment(src, tgt, kind, score)
    assert from_dict(R.Alignment, json.loads(json.dumps(to_dict(al)))) == al


@given(ids, spans, st.one_of(st.none(), spans), st.one_of(st.none(), st.text(max_size=20)))
def test_quote_round_trip(aid: str, content: R.Span, cue: R.Span | None, who: str | None) -> None:
    q = R.Quote(aid, content, "direct", cue, None, who, None)
    assert from_dict(R.Quote, json.loads(json.dumps(to_dict(q)))) == q


def test_every_record_kind_round_trips() -> None:
    span = R.Span("a", 1, 5)
    samples = {
        "duplicate_group": R.DuplicateGroup("g", "near", "a", ("a", "b"), 0.9),
        "alignment": R.Alignment(span, R.Span("b", 0, 4), "edited", 0.7, True),
        "provenance": R.Provenance("a", 0.3, "partially", {"b": 0.3}, ("c",), ("d",)),
        "reuse_pair": R.ReusePair("b", "a", "derived", "date", 0.2, 0.3, 2, ("edited",)),
        "story": R.Story("s", "Label", ("a", "b"), "2024-01-01", "2024-01-02", ("X",), "l1"),
        "storyline": R.Storyline("l1", "Label", ("s",)),
        "quote": R.Quote("a", span, "mixed", span, span, "Someone", "pattern"),
        "claim": R.Claim("a", span, 75e6, "GBP", "about", span, None),
        "mention": R.Mention("a", span, "person", "Some One", "title"),
        "finding": R.Finding("s", "omits", ("a", "b"), (span,), {"n": 1}),
    }
    assert set(samples) == set(RECORD_KINDS)
    for kind, record in samples.items():
        back = from_dict(RECORD_KINDS[kind], json.loads(json.dumps(to_dict(record))))
        assert back == record, kind


def test_article_round_trip_keeps_offsets() -> None:
    a = make_article("Some   text\nwith  odd   spacing that is long enough to keep.", source="x")
    back = from_dict(R.Article, json.loads(json.dumps(to_dict(a))))
    assert back == a
    assert back.to_original(0, 4) == a.to_original(0, 4)


# --- the conversions as first written (one generic pass per value), to check the cached ones


def _reference_to_dict(record: object) -> dict:
    return {f.name: _reference_plain(getattr(record, f.name)) for f in dataclasses.fields(record)}  # type: ignore[arg-type]


def _reference_plain(value: object) -> object:
    if isinstance(value, OffsetMap):
        return value.to_list()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _reference_to_dict(value)
    if isinstance(value, (tuple, list, frozenset, set)):
        return [_reference_plain(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _reference_plain(v) for k, v in value.items()}
    return value


def _reference_from_dict(cls: type, data: Mapping) -> object:
    hints = {
        k: v
        for k, v in typing.get_type_hints(cls, vars(R)).items()
        if k in {f.name for f in dataclasses.fields(cls)}
    }
    kwargs = {name: _reference_typed(hints[name], data[name]) for name in hints if name in data}
    return cls(**kwargs)


def _reference_typed(tp: object, value: object) -> object:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _reference_typed(args[0], value) if len(args) == 1 else value
    if tp is OffsetMap:
        return OffsetMap.from_list(value)  # type: ignore[arg-type]
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _reference_from_dict(tp, value)  # type: ignore[arg-type]
    if origin is tuple:
        inner = typing.get_args(tp)
        return tuple(_reference_typed(inner[0], v) for v in value) if inner else tuple(value)  # type: ignore[attr-defined]
    if origin is frozenset:
        return frozenset(value)  # type: ignore[arg-type]
    if origin in (Mapping, dict):
        return dict(value)  # type: ignore[call-overload]
    return value


def test_the_conversions_equal_the_generic_ones_on_an_analysed_corpus(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1] / "examples"
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(root / "corpus")
        c.add(root / "more")
        c.analyze()
        records = c.store.record_set()
    kinds = {**FIELD_KINDS, "articles": "article"}
    seen = 0
    for field_name in kinds:
        for record in getattr(records, field_name):
            plain = to_dict(record)
            assert plain == _reference_to_dict(record)
            back = json.loads(json.dumps(plain))
            assert from_dict(type(record), back) == _reference_from_dict(type(record), back)
            assert from_dict(type(record), back) == record
            seen += 1
    assert seen > 500 and all(getattr(records, f) for f in ("alignments", "quotes", "stories"))
