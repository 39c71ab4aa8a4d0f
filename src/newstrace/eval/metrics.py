"""Generic evaluation metrics.

PAN text-alignment measures follow Potthast, Stein, Barrón-Cedeño & Rosso (2010), "An
Evaluation Framework for Plagiarism Detection" (COLING), as used by the PAN scorer: a case
``s`` and a detection ``r`` are each a pair of character ranges (suspicious/target side and
source side) within one document pair; ``r`` detects ``s`` when they overlap on both sides;
``s ⊓ r`` is the character overlap on both sides when ``r`` detects ``s``, else empty.

- precision = mean over r of |⋃_s (s ⊓ r)| / |r|
- recall = mean over s of |⋃_r (s ⊓ r)| / |s|
- granularity = mean over detected s of the number of detections detecting s
- plagdet = F1 / log2(1 + granularity)

|x| counts characters on both sides.  With no detections precision is 0, with no cases recall
is 0 (as in the PAN scorer).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Passage:
    """A case or a detection: ranges ``[start, end)`` in the target and source documents."""

    pair: Hashable  # identifies the document pair
    tgt_start: int
    tgt_end: int
    src_start: int
    src_end: int

    @property
    def size(self) -> int:
        return (self.tgt_end - self.tgt_start) + (self.src_end - self.src_start)


@dataclass(frozen=True, slots=True)
class PlagdetScore:
    precision: float
    recall: float
    granularity: float
    plagdet: float
    cases: int
    detections: int


def _overlap(a0: int, a1: int, b0: int, b1: int) -> tuple[int, int] | None:
    lo, hi = max(a0, b0), min(a1, b1)
    return (lo, hi) if lo < hi else None


def union_length(ranges: Iterable[tuple[int, int]]) -> int:
    """Total length covered by half-open ranges."""
    total = 0
    end = -1
    for s, e in sorted(ranges):
        if e <= end:
            continue
        total += e - max(s, end)
        end = e
    return total


def _detects(r: Passage, s: Passage) -> bool:
    return (
        _overlap(r.tgt_start, r.tgt_end, s.tgt_start, s.tgt_end) is not None
        and _overlap(r.src_start, r.src_end, s.src_start, s.src_end) is not None
    )


def _covered(x: Passage, others: Sequence[Passage]) -> int:
    """|⋃_o (x ⊓ o)| over ``others`` that overlap ``x`` on both sides."""
    tgt: list[tuple[int, int]] = []
    src: list[tuple[int, int]] = []
    for o in others:
        if not _detects(o, x):
            continue
        t = _overlap(x.tgt_start, x.tgt_end, o.tgt_start, o.tgt_end)
        s = _overlap(x.src_start, x.src_end, o.src_start, o.src_end)
        if t is not None and s is not None:
            tgt.append(t)
            src.append(s)
    return union_length(tgt) + union_length(src)


def plagdet(cases: Sequence[Passage], detections: Sequence[Passage]) -> PlagdetScore:
    """PAN precision, recall, granularity and plagdet of ``detections`` against ``cases``."""
    by_pair_s: dict[Hashable, list[Passage]] = defaultdict(list)
    by_pair_r: dict[Hashable, list[Passage]] = defaultdict(list)
    for s in cases:
        by_pair_s[s.pair].append(s)
    for r in detections:
        by_pair_r[r.pair].append(r)
    rec_sum = 0.0
    grans: list[int] = []
    for s in cases:
        rs = by_pair_r.get(s.pair, [])
        if s.size:
            rec_sum += _covered(s, rs) / s.size
        n = sum(1 for r in rs if _detects(r, s))
        if n:
            grans.append(n)
    prec_sum = sum(_covered(r, by_pair_s.get(r.pair, [])) / r.size for r in detections if r.size)
    precision = prec_sum / len(detections) if detections else 0.0
    recall = rec_sum / len(cases) if cases else 0.0
    gran = sum(grans) / len(grans) if grans else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PlagdetScore(
        precision, recall, gran, f1 / math.log2(1 + gran), len(cases), len(detections)
    )


def f1_score(tp: int, fp: int, fn: int) -> float:
    """F1 from counts (0 when undefined)."""
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0
