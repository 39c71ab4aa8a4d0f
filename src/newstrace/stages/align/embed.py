"""Optional embed mode: paraphrase seeds from all-MiniLM-L6-v2 sentence embeddings.

The model is loaded offline by :mod:`newstrace.stages.embedding`; without the ``embed`` extra
:func:`available` is False and the aligner stays lexical.

Embeddings are cached per text (xxhash of the text), so an article met in many pairs, or a
passage met again in a control pairing, is encoded once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
import xxhash

from newstrace.stages.align.paraphrase import size_scaled
from newstrace.stages.embedding import available, encode

__all__ = ["available", "embed_seeds", "sentence_vectors"]

# A sentence pair becomes an embed-mode seed when (1) its MiniLM cosine is >= EMBED_SEED,
# (2) it is each sentence's best match and beats the runner-ups: cosine >= EMBED_MARGIN x the
# mean of the best other cosine of its source row and of its target column (0 when none), and
# (3) the two sentences do not contradict each other on facts: when both hold numbers, at least
# half of the shorter set must be shared; when both hold capitalised names (not sentence
# initial), at least one must be shared.  Chosen on Webis-CPC-11 (balanced 400) and the ECB+
# other-event control (200 pairs), Yes / ECB+: cosine 0.6 alone (the old rule) 0.965 / 0.480;
# 0.7: 0.905 / 0.205; 0.8: 0.845 / 0.105; best-match + facts: 0.950 / 0.315; + margin (ratio
# to the mean top-2) 1.1 / 1.15 / 1.2: 0.920 / 0.220, 0.905 / 0.120, 0.900 / 0.085 (cosine
# 0.55).  No setting tried keeps Yes >= 0.95 with the ECB+ control <= 0.10 (docs/results.md).
EMBED_SEED = 0.55
EMBED_MARGIN = 1.5  # = ratio 1.2 to the mean of the top-2 cosines of the row and column
NUMBER_AGREE = 0.5  # share of the shorter number set the other sentence must hold
# Search-space correction of EMBED_SEED (see paraphrase.size_scaled): the cosine threshold
# moves by EMBED_SIZE_SLOPE per unit of ln(m*n / EMBED_SIZE_REF) for texts of m and n
# sentences, within [-EMBED_SIZE_BELOW, +EMBED_SIZE_ABOVE].  Slope 0 (default) switches it off.
EMBED_SIZE_SLOPE = 0.0
EMBED_SIZE_REF = 1.0
EMBED_SIZE_BELOW = 1.0
EMBED_SIZE_ABOVE = 1.0
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)\b[A-Z][A-Za-z'-]+")
_CACHE_SIZE = 50_000
_cache: dict[str, np.ndarray] = {}


def sentence_vectors(text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
    """L2-normalised embeddings of the sentences ``spans`` of ``text`` (cached per text)."""
    key = xxhash.xxh3_128_hexdigest(text.encode("utf-8")) + f":{len(spans)}"
    hit = _cache.get(key)
    if hit is not None:
        return hit
    if not spans:
        return np.zeros((0, 384), dtype=np.float32)
    arr = encode([text[s:e] for s, e in spans])
    if len(_cache) >= _CACHE_SIZE:
        _cache.clear()
    _cache[key] = arr
    return arr


def embed_seeds(
    src_text: str,
    src_spans: Sequence[tuple[int, int]],
    tgt_text: str,
    tgt_spans: Sequence[tuple[int, int]],
    threshold: float | None = None,
) -> list[tuple[int, int, float]]:
    """Sentence pairs ``(i, j, cosine)`` passing the seed rule above (``threshold``: cosine)."""
    a = sentence_vectors(src_text, src_spans)
    b = sentence_vectors(tgt_text, tgt_spans)
    if not len(a) or not len(b):
        return []
    sims = a @ b.T
    if threshold is None:
        threshold = seed_threshold(len(a) * len(b))
    ok = standout(sims, threshold, EMBED_MARGIN)
    out = []
    for i, j in zip(*np.nonzero(ok), strict=True):
        s, t = src_spans[i], tgt_spans[j]
        if facts_agree(src_text[s[0] : s[1]], tgt_text[t[0] : t[1]]):
            out.append((int(i), int(j), float(sims[i, j])))
    return out


def seed_threshold(cells: int) -> float:
    """Embed seed cosine for a pair of texts with ``cells`` sentence pairs."""
    return size_scaled(
        EMBED_SEED, EMBED_SIZE_SLOPE, cells, EMBED_SIZE_REF, EMBED_SIZE_BELOW, EMBED_SIZE_ABOVE
    )


def _runner_up(sims: np.ndarray, axis: int) -> np.ndarray:
    """Second-highest value along ``axis`` (0 where there is only one)."""
    if sims.shape[axis] < 2:
        shape = sims.shape[1 - axis]
        return np.zeros(shape, dtype=sims.dtype)
    return np.sort(sims, axis=axis).take(-2, axis=axis)


def standout(sims: np.ndarray, threshold: float, margin: float) -> np.ndarray:
    """Mask of cells >= ``threshold`` that are their row's and column's best by ``margin``."""
    row2, col2 = _runner_up(sims, 1), _runner_up(sims, 0)
    best = (sims >= sims.max(axis=1, keepdims=True)) & (sims >= sims.max(axis=0, keepdims=True))
    beat = sims >= margin * (row2[:, None] + col2[None, :]) / 2
    return (sims >= threshold) & best & beat


def _names(text: str) -> set[str]:
    text = text.strip()
    return {m.group(0).lower() for m in _NAME.finditer(text) if m.start() > 0}


def facts_agree(a: str, b: str) -> bool:
    """False when two sentences name different numbers or different names (see above)."""
    na, nb = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if na and nb and len(na & nb) < NUMBER_AGREE * min(len(na), len(nb)):
        return False
    ma, mb = _names(a), _names(b)
    return not (ma and mb and not ma & mb)
