"""A passage side stretched over a huge text (a site dump holding hundreds of articles) is not
compared character by character with the other side: the character-level steps of the
aligner narrow it first or leave the passage as it is, with the same answers on normal ones."""

from __future__ import annotations

import pytest

from newstrace.stages.align import align as A

COPY = (
    "The ferry operator said on Friday that crossings to Kestrel Bay would resume on Monday "
    "after a week of repairs to the linkspan, and that tickets already bought stay valid."
)
FILLER = " ".join(f"Item {k}: the parish council met and noted the minutes." for k in range(2000))


def _boom(*_: object, **__: object) -> object:
    raise AssertionError("compared a huge side character by character")


def test_refine_narrows_a_long_side_to_the_copy() -> None:
    long = FILLER + " " + COPY + " " + FILLER
    lo, hi = A._refine_window(COPY, long)
    assert hi - lo <= 3 * len(COPY)
    assert long.index(COPY) >= lo and long.index(COPY) + len(COPY) <= hi
    assert A._refine_window(COPY, FILLER) is None  # no piece of it occurs: no near copy
    short_long = "Earlier: " + COPY + " Later."
    assert A._refine_window(COPY, short_long) == (0, len(short_long))  # not narrowed


def test_refine_finds_the_copy_inside_a_huge_side() -> None:
    src = FILLER + " " + COPY + " " + FILLER
    d = (0, len(src), 0, len(COPY), 1.0)
    a, b, *_ = A._refine(src, COPY, d)
    assert src[a:b] == COPY


def test_peel_and_edge_trim_leave_a_lopsided_passage(monkeypatch: pytest.MonkeyPatch) -> None:
    src = FILLER + " " + COPY
    d = (0, len(src), 0, len(COPY), 0.5)
    monkeypatch.setattr(A.LCSseq, "opcodes", _boom)
    monkeypatch.setattr(A.fuzz, "partial_ratio", _boom)
    assert A._trim_edges(src, COPY, d) == d
    assert A._peel(src, None, COPY, None, d, 40) == d  # type: ignore[arg-type]


def test_kind_skips_the_ratio_it_cannot_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    src = FILLER + " " + COPY
    monkeypatch.setattr(A.fuzz, "ratio", _boom)
    kind = A._kind(src, COPY, (0, len(src), 0, len(COPY), 0.42))
    assert (kind.kind, kind.score) == ("paraphrase", 0.42)
