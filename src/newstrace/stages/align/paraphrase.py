"""Sentence-level paraphrase scoring without a downloaded model.

A sentence pair that misses the tf-isf seed thresholds (synonyms and reordering lower both
cosine and Dice) can still be a rewrite.  The scorer combines, per candidate pair:

- tf-isf cosine on stems (from the aligner),
- content-word containment: the share of the shorter sentence's non-stop-word stems found in
  the other sentence (stems come from the light suffix stripper, so "announced"/"announcing"
  match),
- number agreement: figures in both sentences must overlap, or one round the other, when
  both have any (:func:`.sentences.figures_agree`).
"""

from __future__ import annotations

import math

import numpy as np

from newstrace.stages.align.sentences import DocSentences, figures_agree

# Compared on Webis-CPC-11 (all 1,000 pairs) and Clough-Stevenson (lexical mode, passages >= 40
# chars, validation cosine 0.34): (cosine 0.2, containment 0.5): Webis Yes linked 0.772,
# Clough 4-class LOO accuracy 0.758; (0.1, 0.4): 0.778 and 0.695; re-paired control 0.000 in
# both.  Looser pairs (0.05, 0.3 with validation 0.1) reach Yes 0.936 but link same-topic news
# articles that share no text, so they are not the default (docs/results.md).
PARA_CONTAINMENT = 0.5
PARA_COSINE = 0.2
PARA_MIN_CONTENT = 3  # fewest content stems the shorter sentence must have

# --- Search-space correction (multiple comparisons, cf. BLAST E-values).  Two texts of m and
# n sentences offer m*n sentence pairs; the chance that one of them looks like a paraphrase by
# accident grows with m*n.  A size-scaled threshold is t(m*n) = base + slope * ln(m*n / ref),
# clipped to [base - below, base + above]: looser for short passages, stricter for long
# articles.  slope 0 (the default) switches it off.  Sweep on Webis-CPC-11 + the ECB+ controls
# in docs/results.md ("search-space correction").
SIZE_REF = 1.0  # search-space size (sentence pairs) at which ``base`` applies when slope > 0
SIZE_SLOPE_COSINE = 0.0  # per unit of ln(m*n), paraphrase tf-isf cosine
SIZE_SLOPE_CONTAINMENT = 0.0  # per unit of ln(m*n), content-stem containment
SIZE_SLOPE_VALIDATE = 0.0  # per unit of ln(m*n), fragment cosine of the validation
SIZE_BELOW = 1.0  # how far below its base a threshold may fall
SIZE_ABOVE = 0.0  # how far above its base a threshold may rise (0: only ever loosened)


def size_scaled(
    base: float,
    slope: float,
    cells: int,
    ref: float | None = None,
    below: float | None = None,
    above: float | None = None,
) -> float:
    """``base`` moved by ``slope`` per unit of ln(cells / ref), clipped to [-below, +above]
    (``None``: the module's SIZE_REF, SIZE_BELOW, SIZE_ABOVE)."""
    if not slope:
        return base
    ref = SIZE_REF if ref is None else ref
    below = SIZE_BELOW if below is None else below
    above = SIZE_ABOVE if above is None else above
    t = base + slope * math.log(max(cells, 1) / ref)
    return min(max(t, base - below), base + above)


def para_thresholds(cells: int) -> tuple[float, float]:
    """Paraphrase (cosine, containment) thresholds for a pair with ``cells`` sentence pairs."""
    return (
        size_scaled(PARA_COSINE, SIZE_SLOPE_COSINE, cells),
        size_scaled(PARA_CONTAINMENT, SIZE_SLOPE_CONTAINMENT, cells),
    )


def validate_threshold(base: float, cells: int) -> float:
    """Fragment-cosine validation threshold for a pair with ``cells`` sentence pairs."""
    return size_scaled(base, SIZE_SLOPE_VALIDATE, cells)


def paraphrase_scores(
    src: DocSentences,
    tgt: DocSentences,
    ii: np.ndarray,
    jj: np.ndarray,
    cos: np.ndarray,
    dice: np.ndarray,
) -> np.ndarray:
    """Boolean mask over candidate sentence pairs ``(ii[k], jj[k])``: rated a paraphrase."""
    ok = np.zeros(len(ii), dtype=bool)
    min_cos, min_contained = para_thresholds(len(src) * len(tgt))
    for k in np.flatnonzero(cos >= min_cos).tolist():
        i, j = int(ii[k]), int(jj[k])
        a, b = src.content[i], tgt.content[j]
        short = min(len(a), len(b))
        if short < PARA_MIN_CONTENT or len(a & b) / short < min_contained:
            continue
        if not figures_agree(src.numbers[i], tgt.numbers[j]):
            continue
        ok[k] = True
    return ok
