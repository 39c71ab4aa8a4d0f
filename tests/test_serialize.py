"""Records survive the round trip through plain dicts (store and exports rely on it)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newstrace import records as R
from newstrace.serialize import RECORD_KINDS, from_dict, to_dict
from newstrace.stages.ingest import make_article

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
