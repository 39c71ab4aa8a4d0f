"""Offset maps: identity, builder, per-character positions, composition, round trip."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newstrace.text.offsets import OffsetBuilder, OffsetMap, blanked, compose


def test_identity_maps_each_position_to_itself() -> None:
    m = OffsetMap.identity(10)
    assert [m.to_original(i) for i in range(11)] == list(range(11))
    assert m.span(2, 5) == (2, 5)
    assert m.span(4, 4) == (4, 4)


def test_out_of_range_positions_raise() -> None:
    m = OffsetMap.identity(3)
    with pytest.raises(IndexError):
        m.to_original(4)
    with pytest.raises(IndexError):
        m.to_original(-1)


def test_builder_copy_and_insert() -> None:
    original = "a  b\n\nc"
    b = OffsetBuilder()
    b.copy("a", 0)
    b.insert(" ", 1)
    b.copy("b", 3)
    b.insert("\n\n", 4)
    b.copy("c", 6)
    text, m = b.build(len(original))
    assert text == "a b\n\nc"
    assert [m.to_original(i) for i in range(len(text))] == [0, 1, 3, 4, 4, 6]
    assert m.span(0, len(text)) == (0, len(original))


def test_from_positions_is_exact() -> None:
    positions = [0, 1, 2, 5, 6, 6, 9]
    m = OffsetMap.from_positions(positions, 10)
    assert [m.to_original(i) for i in range(len(positions))] == positions
    assert m.to_original(len(positions)) == 10
    assert len(m.clean) == 4  # anchors only where the run breaks
    assert OffsetMap.from_positions([], 5).clean_length == 0


def test_to_list_round_trip() -> None:
    m = OffsetMap.from_positions([3, 4, 8, 9], 12)
    assert OffsetMap.from_list(m.to_list()) == m


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=3), max_size=40))
def test_from_positions_round_trips_any_monotone_positions(steps: list[int]) -> None:
    positions: list[int] = []
    p = 0
    for step in steps:
        p += step
        positions.append(p)
    m = OffsetMap.from_positions(positions, p + 1)
    assert [m.to_original(i) for i in range(len(positions))] == positions


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ab \n", max_size=40),
)
def test_compose_of_two_cleanups_maps_to_the_same_characters(original: str) -> None:
    # inner: drop newlines; outer: drop spaces.  Composition maps c -> original directly.
    mid_chars = [(ch, i) for i, ch in enumerate(original) if ch != "\n"]
    mid = "".join(ch for ch, _ in mid_chars)
    inner = OffsetMap.from_positions([i for _, i in mid_chars], len(original))
    out_chars = [(ch, i) for i, ch in enumerate(mid) if ch != " "]
    out = "".join(ch for ch, _ in out_chars)
    outer = OffsetMap.from_positions([i for _, i in out_chars], len(mid))
    both = compose(outer, inner)
    for i, ch in enumerate(out):
        assert original[both.to_original(i)] == ch


def test_span_index_answers_as_a_scan_of_every_span() -> None:
    import random

    from newstrace.text.offsets import SpanIndex

    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            s = rng.randrange(0, 60)
            spans.append((s, s + rng.randrange(0, 15)))
        index = SpanIndex(spans)
        for _ in range(30):
            a = rng.randrange(0, 70)
            b = a + rng.randrange(0, 10)
            assert index.overlaps(a, b) == any(s < b and a < e for s, e in spans)


def test_blanked_keeps_offsets_and_line_breaks() -> None:
    text = 'He said "one\ntwo" and left.'
    quote = (text.index('"'), text.rindex('"') + 1)
    out = blanked(text, [quote, (text.index("left"), 99)])
    assert len(out) == len(text)
    assert out == "He said " + " " * 4 + "\n" + " " * 4 + " and " + " " * 5
    assert blanked(text, [quote], "\n") == "He said " + "\n" * 9 + " and left."
    # overlapping and out-of-order spans blank their union once
    assert blanked("abcdef", [(3, 5), (1, 4)]) == "a    f"
    assert blanked("abc", []) == "abc"
