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
# mean of the best other cosine of its source row and of its target column (0 when none; in
# short texts, see EMBED_CLAIM), and (3) the two sentences do not contradict each other on
# facts: when both hold numbers, at least half of the shorter set must be shared; when both
# hold capitalised names, at least one must be shared.  Chosen on Webis-CPC-11 (balanced 400)
# and the ECB+ other-event control (200 pairs), Yes / ECB+: cosine 0.6 alone (the old rule)
# 0.965 / 0.480; 0.7: 0.905 / 0.205; 0.8: 0.845 / 0.105; best-match + facts: 0.950 / 0.315;
# + margin (ratio to the mean top-2) 1.1 / 1.15 / 1.2: 0.920 / 0.220, 0.905 / 0.120, 0.900 /
# 0.085 (cosine 0.55).  Names are capitalised words that are not sentence initial (also after
# an opening quote or bracket, or after ".They"), without titles ("Mrs") or a possessive "'s".
# Before that fix '"But I told you"' had the name "But": Webis Yes / ECB+ articles /
# passage-sized 0.938 / 0.052 / 0.098, after it 0.946 / 0.052 / 0.098 (all 1,000 Webis pairs,
# 400 ECB+ pairs, with the corroboration rule of align.py; docs/results.md).
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
# Competitive linking for short texts: a runner-up in a column (row) that another sentence
# holds as its mutual best match with cosine >= EMBED_CLAIM does not count against a pair.
# In two short texts on one subject every sentence is close to every other, and a faithful
# sentence-by-sentence rewrite is a set of mutual best pairs that the plain margin rejects
# ([[0.77, 0.65], [0.52, 0.81]]).  Applied when both texts have <= EMBED_CLAIM_TEXT sentences
# (0: off).  Chosen on Webis-CPC-11 (all 1,000) against the ECB+ other-event control (400
# pairs; articles / cut to Webis passage size), Yes / articles / passage-sized: off 0.946 /
# 0.022 / 0.098; claim 0.55 0.952 / 0.022 / 0.102; 0.6 0.950 / 0.022 / 0.102; 0.65, 0.7, 0.75
# 0.950 / 0.022 / 0.098 (0.7 at texts <= 4, 5, 6 sentences or any length: the same); any
# mutual best claims: 0.954 / 0.022 / 0.105.  Re-paired control 0.000 in all.
EMBED_CLAIM = 0.7
EMBED_CLAIM_TEXT = 5
# An embed seed corroborates a pair of texts (align.corroborated: a pair linked only by weak
# paraphrase passages is dropped) only when both texts have <= EMBED_CORROBORATE_TEXT
# sentences: a strong sentence match in a short passage covers much of it, while in two
# articles one close sentence is what two reports on one subject share.  Chosen on Webis
# (1,000) and the ECB+ control (400), Yes / articles / passage-sized: any size 0.950 / 0.052 /
# 0.098; <= 5, 6 or 8 sentences 0.950 / 0.022 / 0.098 (8: 0.025); <= 3 0.934 / 0.022 / 0.095.
EMBED_CORROBORATE_TEXT = 6
_NAME = re.compile(r"\b[A-Z][A-Za-z'-]+")
_OPENERS = " \t\n\"'`([{*_-\u2018\u2019\u201c\u201d\u2014"  # skipped before a capitalised word
_ENDS = ".!?:;"  # a capitalised word after these (or first in the sentence) is no name
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "rev", "gen", "gov", "sen"})
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
    short = max(len(a), len(b)) <= EMBED_CLAIM_TEXT
    ok = standout(sims, threshold, EMBED_MARGIN, claim=EMBED_CLAIM if short else None)
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


def standout(
    sims: np.ndarray, threshold: float, margin: float, claim: float | None = None
) -> np.ndarray:
    """Mask of cells >= ``threshold`` that are their row's and column's best by ``margin``.

    ``claim``: runner-ups in a column (row) that is another row's (column's) mutual best
    match with cosine >= ``claim`` do not count (see :data:`EMBED_CLAIM`).
    """
    best = (sims >= sims.max(axis=1, keepdims=True)) & (sims >= sims.max(axis=0, keepdims=True))
    if claim is not None:
        row2, col2 = _free_runner_up(sims, best, best & (sims >= claim))
    else:
        row2, col2 = _runner_up(sims, 1), _runner_up(sims, 0)
    beat = sims >= margin * (row2[:, None] + col2[None, :]) / 2
    return (sims >= threshold) & best & beat


def _free_runner_up(
    sims: np.ndarray, best: np.ndarray, claims: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Runner-up of each row (column) outside the columns (rows) that ``claims`` holds.

    ``best`` (mutual best cells) are never their own runner-up.
    """
    cols, rows = np.asarray(claims.any(axis=0)), np.asarray(claims.any(axis=1))
    row2 = np.where(cols[None, :] | best, -np.inf, sims).max(axis=1)
    col2 = np.where(rows[:, None] | best, -np.inf, sims).max(axis=0)
    return np.maximum(row2, 0.0), np.maximum(col2, 0.0)


def _names(text: str) -> set[str]:
    """Capitalised words that are not the first word of a sentence (after quotes, brackets)."""
    out = set()
    for m in _NAME.finditer(text):
        before = text[: m.start()].rstrip(_OPENERS)
        word = m.group(0).lower().removesuffix("'s").strip("'-")
        if word in _TITLES or not before or before[-1] in _ENDS and not _title(before):
            continue
        out.add(word)
    return out


def _title(before: str) -> bool:
    """Whether ``before`` ends in an abbreviated title ("Mrs."), not a sentence end."""
    word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
    return before.endswith(".") and word.lower() in _TITLES


def names(text: str) -> set[str]:
    """The names of ``text``: capitalised words that are not the first word of a sentence,
    lower-cased, without a possessive "'s"."""
    return _names(text)


def facts_agree(a: str, b: str) -> bool:
    """False when two sentences name different numbers or different names (see above)."""
    na, nb = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if na and nb and len(na & nb) < NUMBER_AGREE * min(len(na), len(nb)):
        return False
    ma, mb = _names(a), _names(b)
    return not (ma and mb and not ma & mb)
