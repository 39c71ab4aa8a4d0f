"""Trigger for summary-like detections: a short target passage condensing a long source stretch.

A first-pass detection of a summary covers one or two summary sentences and the source
sentence(s) they were written from; the gold source of a summary is the whole summarised
stretch.  Widening every detection's source side to where its low-threshold seeds lie
(:func:`newstrace.stages.align.align._widen_summaries`) fixes summaries but wrecks ordinary
reuse, where the target passage is a (rewritten) copy of a source passage of the same length.

The trigger looks at the *best source match* of each target sentence of a group of
target-adjacent detections (plus :data:`NEIGHBOURS` sentences either side, since the first pass
usually covers only part of a summary).  Only confident matches count (cosine and Dice at
least :data:`MATCH`).  In copied or rewritten passages consecutive target sentences match
consecutive source sentences (a diagonal: jumps of one sentence, source span about the target
span).  In a summary, consecutive sentences match source sentences several sentences apart,
spread over a source stretch several times the target span.  A group triggers when both the
median jump and the span ratio pass their thresholds.

Tuned on PAN13 *train* only (all 238 annotated summary pairs + every 15th pair of the other
classes, 506 pairs; widened detections scored per class).  Summary plagdet / other classes
(no-obfuscation, random, translation) with the trigger (match, span, jump):
off 0.336 / 0.919, 0.878, 0.890; widen everything 0.816 / 0.857, 0.610, 0.685;
(0.2, 2.0, 1.5) 0.765 / 0.931, 0.873, 0.890 (11 of 268 other pairs fire);
(0.2, 2.0, 2) 0.756 / 0.931, 0.873, 0.890 (9); (0.25, 2.0, 2) 0.731 / 0.926, 0.879, 0.890 (2);
(0.3, 2.5, 2) 0.721 / 0.926, 0.878, 0.890 (2); (0.15, 2.0, 2) 0.766 / 0.930, 0.853, 0.882 (23).
Single features were weaker: widening seeds' source span / target length >= 6 (no jump
test) gave 0.606 / 0.897, 0.806, 0.840.  The setting with few false triggers was chosen (the
other classes are 15x larger on the full split).  With :data:`COPY_MATCH`,
:data:`MIN_MATCHES` and the target stretch of ``align.EXTEND_TARGET``, on all of PAN13 train
(4,238 pairs): summary 0.336 -> 0.717, overall 0.877 -> 0.896 (docs/results.md).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp

from newstrace.stages.align.sentences import DocSentences, row_classes

MATCH = 0.25  # cosine and Dice a target sentence's best source match needs to count
# Best matches at or above this cosine are copies, not condensed sentences, and do not count:
# a reordered copy (e.g. wire text with paragraphs moved) also jumps around the source.
# PAN13 train subset (as above), summary plagdet: no cap 0.731; 0.95: 0.726; 0.9: 0.724; 0.8:
# 0.702 (random obfuscation 0.879 -> 0.868).  Other classes unchanged at 0.9.
COPY_MATCH = 0.9
NEIGHBOURS = 3  # target sentences either side of the detection group that are looked at
# At least this many confident matches: two matches make one jump, which a single stray
# neighbour can produce (subset: 2 -> 7 of 268 other pairs fire, 3 -> 1; summary 0.724 -> 0.692).
MIN_MATCHES = 3
MIN_SPAN_RATIO = 2.0  # source span of the best matches / their target span
MIN_JUMP = 2.0  # median |source index step| between consecutive matched target sentences
GROUP_GAP = 300  # characters between target sides of detections taken as one group

_Det = tuple[int, int, int, int, float]


def target_groups(dets: Sequence[_Det]) -> list[list[_Det]]:
    """Detections grouped by target adjacency (gaps of at most :data:`GROUP_GAP` characters)."""
    out: list[list[_Det]] = []
    for d in sorted(dets, key=lambda d: d[2]):
        if out and d[2] - max(x[3] for x in out[-1]) <= GROUP_GAP:
            out[-1].append(d)
        else:
            out.append([d])
    return out


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[int]:
    return [i for i, (a, b) in enumerate(spans) if a >= start and b <= end]


def _best_matches(
    src_w: np.ndarray | sp.csr_matrix, tgt_w: np.ndarray | sp.csr_matrix, cols: list[int]
) -> list[tuple[int, int]]:
    """(target sentence, best source sentence) for the ``cols`` whose best match is confident."""
    sub = tgt_w[cols]
    if isinstance(src_w, np.ndarray):
        cos = src_w @ np.asarray(sub).T
        best = cos.argmax(axis=0)
        top = cos[best, np.arange(len(cols))]
        src_bin, sub_bin = src_w[best] > 0, np.asarray(sub) > 0
        inter = np.count_nonzero(src_bin & sub_bin, axis=1)
        sizes = src_bin.sum(axis=1) + sub_bin.sum(axis=1)
    else:
        sub = sp.csr_matrix(sub)
        best, top = _best_rows(src_w, sub)
        src_bin, sub_bin = src_w[best] > 0, sub > 0
        inter = np.asarray(src_bin.multiply(sub_bin).sum(axis=1)).ravel()
        sizes = np.diff(src_bin.indptr) + np.diff(sub_bin.indptr)
    dice = 2.0 * inter / np.maximum(sizes, 1)
    return [
        (t, int(b))
        for t, b, c, k in zip(cols, best.tolist(), top.tolist(), dice.tolist(), strict=True)
        if MATCH <= c < COPY_MATCH and k >= MATCH
    ]


_last_rows: list[tuple[weakref.ref[sp.csr_matrix], np.ndarray]] = []


def _distinct_rows(m: sp.csr_matrix) -> np.ndarray:
    """The first row of each class of equal rows of ``m``, kept for the last matrix asked
    about: a pair's target groups are looked at one after another against one source."""
    if _last_rows and _last_rows[0][0]() is m:
        return _last_rows[0][1]
    first = row_classes(m)[0]
    _last_rows[:] = [(weakref.ref(m), first)]
    return first


# Cosines of the best-match search are computed this many (source row, target row) cells at a
# time: two texts of 20,000 sentences made one dense 3.2 GB array (50,000: 20 GB).  32 MB.
BEST_BLOCK_CELLS = 4_000_000


def _best_rows(src_w: sp.csr_matrix, sub: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """For each row of ``sub``, the first row of ``src_w`` of highest cosine and that cosine.

    Equal source rows give equal products, so each distinct row is multiplied once (a text
    of repeated lines, a table); the target rows are taken a block at a time."""
    first = _distinct_rows(src_w)
    distinct = src_w[first]
    step = max(1, BEST_BLOCK_CELLS // max(len(first), 1))
    best = np.empty(sub.shape[0], dtype=np.int64)
    top = np.empty(sub.shape[0], dtype=np.float64)
    for start in range(0, sub.shape[0], step):
        cos = (distinct @ sub[start : start + step].T).toarray()
        at = cos.argmax(axis=0)
        # classes are in order of their first row: the first class at the maximum holds the
        # first source row at it, as an argmax over all rows finds
        best[start : start + step] = first[at]
        top[start : start + step] = cos[at, np.arange(cos.shape[1])]
    return best, top


def scattered_span(
    group: Sequence[_Det],
    src: DocSentences,
    tgt: DocSentences,
    src_w: np.ndarray | sp.csr_matrix,
    tgt_w: np.ndarray | sp.csr_matrix,
) -> tuple[int, int] | None:
    """Target characters of the group's matched sentences, when they look like a summary.

    ``src_w``/``tgt_w`` are the pair's row-normalised tf-isf sentence matrices.  ``None``
    unless the group's target sentences match source sentences spread far apart, in jumps.
    """
    t0, t1 = min(d[2] for d in group), max(d[3] for d in group)
    inner = _inside(tgt.spans, t0, t1)
    if not inner:
        return None
    cols = list(range(max(0, inner[0] - NEIGHBOURS), min(len(tgt), inner[-1] + NEIGHBOURS + 1)))
    matches = _best_matches(src_w, tgt_w, cols)
    if len(matches) < MIN_MATCHES:
        return None
    rows = [s for _, s in matches]
    src_span = src.spans[max(rows)][1] - src.spans[min(rows)][0]
    start, end = tgt.spans[matches[0][0]][0], tgt.spans[matches[-1][0]][1]
    jump = float(np.median(np.abs(np.diff(rows))))
    if src_span >= MIN_SPAN_RATIO * max(end - start, 1) and jump >= MIN_JUMP:
        return start, end
    return None


def extend_target(group: Sequence[_Det], span: tuple[int, int]) -> list[_Det]:
    """The group with its first and last target sides stretched to cover ``span``."""
    out = sorted(group, key=lambda d: d[2])
    first, last = out[0], out[-1]
    out[0] = (first[0], first[1], min(first[2], span[0]), first[3], first[4])
    last = out[-1]
    out[-1] = (last[0], last[1], last[2], max(last[3], span[1]), last[4])
    return out
