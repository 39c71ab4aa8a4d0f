"""Passage alignment of one (source, target) pair of texts.

The method follows Sanchez-Perez, Sidorov & Gelbukh (PAN 2014), written from the paper:

1. **Seeding.** Sentences become tf-isf vectors (term frequency x inverse *sentence*
   frequency over the sentences of both texts, stems, stop words kept).  A sentence pair is a
   seed when its cosine and its Dice coefficient on term sets both pass a threshold, or when
   the paraphrase scorer (:mod:`.paraphrase`) rates it as a rewrite.
2. **Extension.** Seeds are clustered: sorted by target sentence and cut where consecutive
   seeds are more than ``gap`` sentences apart, then the same in the source, recursively until
   nothing splits.  This tolerates inserted, deleted and reordered sentences.  A cluster is
   validated by the cosine of its two fragments (sum of sentence vectors); a failing cluster is
   re-clustered with a smaller gap.
3. **Filtering.** Overlapping detections in the target keep the better one; detections shorter
   than ``min_chars`` on either side are dropped.
4. **Summaries.** When the source side of the detections is far longer than the target side
   (a summary), the pair is re-run with a larger source gap.  Otherwise, detections whose
   target sentences match source sentences far apart, in jumps (:mod:`.summary`: a summary of
   a long source stretch, not a copy) take as their source side the stretch their
   (very low-threshold) seeds cover (``widen_scattered``; ``widen`` does it for every
   detection, experimental).
5. **Edges.** Near-verbatim detections are trimmed at character level: the longer side to
   where the shorter one matches (:func:`_refine`), then both sides to the first and last long
   exact run (:func:`_trim_edges`).

Cost for texts of ``n`` and ``m`` sentences: O(n * m) for the block-wise similarity product
(in numpy, 512 source rows at a time), O(s log s) for ``s`` seeds.  Small pairs (news
articles) use dense numpy arrays built from each text's cached column ids; large pairs keep
``scipy.sparse`` (see :data:`_DENSE_MAX_CELLS`).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TypeAlias

import numpy as np
import scipy.sparse as sp
from rapidfuzz import fuzz
from rapidfuzz.distance import LCSseq
from threadpoolctl import threadpool_limits

from newstrace.stages.align import cited, compounds, synonyms
from newstrace.stages.align.paraphrase import (
    PARA_CONTAINMENT,
    PARA_MIN_CONTENT,
    para_thresholds,
    paraphrase_scores,
    validate_threshold,
)
from newstrace.stages.align.sentences import (
    MIN_SENTENCE_WORDS,
    DocSentences,
    Vocabulary,
    doc_sentences,
    figures_agree,
    row_classes,
    stem,
)
from newstrace.stages.align.summary import (
    MIN_MATCHES,
    extend_target,
    scattered_span,
    target_groups,
)
from newstrace.text.arrays import sorted_unique
from newstrace.text.credits import staff_lines
from newstrace.text.marks import may_quote, quoted_spans
from newstrace.text.sentences import sentence_spans
from newstrace.text.stopwords import ENGLISH_STOP_WORDS

# --- Parameters (defaults: Sanchez-Perez et al. 2014; the PAN13 train measurements that
# confirmed or changed them are in docs/results.md) ---
# A paraphrase sentence holding a quote of the other text gives way to the quote unless the
# two share this many words outside it (:func:`_frames`): a review's sentence around a quoted
# synopsis line shares one or none, a rewrite retelling the rest of the sentence it quotes
# from shares the sentence's names and facts (three to six in the invented cases).  Chosen by
# reasoning on those cases; the gates did not move.
FRAME_SHARED_WORDS = 3
FRAME_PREFIX = 5  # letters of a word compared (a cheap stem, in any language)
_FRAME_WORD = re.compile(r"[^\W\d_]{4,}")
SEED_COSINE = 0.33  # tf-isf cosine of a seed sentence pair
SEED_DICE = 0.33  # Dice coefficient of stem sets of a seed pair
VALIDATE_COSINE = 0.34  # fragment cosine a cluster must reach
GAP = 4  # max sentence gap inside one passage (both texts)
GAP_SUMMARY = 24  # source gap for summaries
GAP_SUMMARY_TGT = 4  # target gap for summaries
SUMMARY_SEED = 0.33  # cosine and Dice of seeds in the summary pass
SUMMARY_VALIDATE = 0.34  # fragment cosine in the summary pass
SUMMARY_RATIO = 3.0  # source/target length ratio that triggers the summary pass
BEST_RATIO = 0.0  # keep seeds within this share of the best seed of their sentence
TRIM_RATIO = 0.0  # drop cluster-end seeds weaker than this share of the median seed
MIN_CHARS = 150  # shortest passage kept (characters, each side); PAN setting
# kind thresholds on rapidfuzz ratio (0-100) of the two fragments, chosen by eye on PAN13
# train no-obfuscation (ratio ~100) vs random-obfuscation (55-85) pairs.  A "verbatim"
# passage must also have the same words in the same order (case, punctuation and spacing
# aside): in a long passage 5% of characters can hold several changed figures (a 1,240-char
# copy with four numbers altered has ratio 99.3), and a changed figure is what a reader of
# the kind needs to see, so such a passage is "edited".
VERBATIM_RATIO = 95.0
# A passage whose sentences were moved about (a release's paragraphs or quotes reordered by
# a paper) has a low character ratio though its words are the same: with a token-sort ratio
# of at least this it is "edited", not "paraphrase" (an audit; VERBATIM_RATIO's value, not
# tuned).
REORDERED_RATIO = 95.0
EDITED_RATIO = 70.0
_TOKEN = re.compile(r"\w+")
# The character ratio of two passages costs about the product of their lengths / 64: two
# 600 KB sides of one passage took 8 s.  Above this many character pairs (20,000 characters
# each side, well beyond any passage of the benchmarks) the ratio is taken over the two
# sides' words in lower case instead (about 30 times fewer pairs).  Set a priori.
KIND_MAX_CELLS = 400_000_000
# isf = log((n + ISF_SMOOTH) / df).  Without smoothing a term shared by the only two sentences
# of a short pair weighs nothing; on Webis-CPC-11 (all pairs) Yes linked went 0.34 / 0.68 /
# 0.73 for 0 / 4 / 8; PAN13 train plagdet unchanged (0.8586 -> 0.8588, long documents).
ISF_SMOOTH = 8.0
# Character-level trimming of the longer side (see _refine).  PAN13 train, paraphrase seeds
# off, overall plagdet: none 0.8588; ratio 90 / share 0.8: 0.8692; 80 / 0.95: 0.8751;
# 75 / 1.0 (any length difference): 0.8764.
REFINE_RATIO = 75.0  # partial ratio of the shorter side within the longer one needed to trim
REFINE_SHARE = 1.0  # trim only when the shorter side is under this share of the longer one
REFINE_MIN_CUT = 20  # characters; smaller trims keep the sentence boundary
# A longer side over REFINE_NARROW times the shorter is first narrowed to where the shorter
# side's exact pieces point (:func:`_refine_window`); each piece counts at its first
# REFINE_PIECE_HITS occurrences.  Chosen so that no detection of the benchmarks is narrowed
# (PAN13 slice and 10k bench unchanged); only a side stretched over a huge text is.
REFINE_NARROW = 8
REFINE_PIECE_HITS = 8
REFINE_PIECES = 32
# Partial ratio costs about the product of the two lengths it compares, and more on text that
# repeats itself (one 10,000 x 10,000-character passage: 18 s; a 600 KB article quoting half
# of a 1.2 MB one as one passage: over ten minutes).  Above this many character pairs (a
# passage of 10,000 characters on each side, ten times a long news passage) the longer side
# is left untrimmed, as a detection the partial ratio finds no close match for is.  Set a
# priori from those timings; no detection of the benchmarks comes near it.
REFINE_MAX_CELLS = 100_000_000
# Edge trim of copied passages (_trim_edges): both sides are cut to the first and last exact
# character run of at least EDGE_MIN_RUN characters, when such runs cover EDGE_COVER of the
# trimmed passage (a near copy) and the trimmed passage keeps EDGE_KEEP of the shorter side.
# Drops neighbouring sentences pulled in on both sides by loose seeds.  Tuned on PAN13 *train*
# (every 15th pair of each class): no-obfuscation plagdet 0.919 -> 0.936 (P 0.860 -> 0.892),
# random/translation/summary within +-0.002; (run, cover, keep) (20, 0.8, 0.5): 0.933;
# (30, 0.8, 0.5): 0.926; (8, 0.8, 0.5): 0.935; (12, 0.6, 0.5): random 0.878 -> 0.872;
# without the keep test a single short run trimmed whole rewritten passages (random 0.67).
EDGE_MIN_RUN = 12
EDGE_COVER = 0.8
EDGE_KEEP = 0.5
# The edge trim's character LCS keeps a bit per pair of characters: a 600 KB passage against
# another failed with std::bad_alloc (about 45 GB) and ended the analysis.  Above this many
# character pairs (50 MB of bits: 20,000 characters each side, well beyond any passage of the
# benchmarks) the passage is kept as found.  Set a priori from that memory bound.
EDGE_MAX_CELLS = 400_000_000
# Edge sentences of a copied passage that are not copied (_peel): a loose seed can pull the
# copier's own first sentence ("The Weekly was not at the show, but ...", sharing "at the
# show") and the source's lead into one sentence-level passage with a copied quote; the
# character-level trims then cut the source mid-sentence and keep the copier's sentence as
# reused.  An edge sentence of either side whose best window in the other side has a
# rapidfuzz partial ratio under PEEL_RATIO is left out, when what remains of the two sides is
# a copy (ratio >= PEEL_COPY).  Chosen on an audit's invented pair (the two edge sentences:
# 48 and 45; the copied sentences: 100) and PAN13 (see docs/results.md): a copied sentence
# with edits scores 70+ against its source fragment, a neighbouring on-topic sentence 40-55.
PEEL_RATIO = 60.0
PEEL_COPY = 90.0
# A sentence that shares an exact run of PEEL_RUN characters with the other side is (partly)
# copied and is never left out: the bounds of a copied stretch need not be sentence bounds (on
# PAN13 train, where they are not, peeling without this test cut half-copied edge sentences:
# no-obfuscation plagdet 0.947 -> 0.937).  The audit's pair shares 15 characters (" at the
# Kelsey show"), an invented intro 27.
PEEL_RUN = 30
# A passage whose longer side is over PEEL_MAX_SPREAD times its shorter is not peeled, nor are
# its edges trimmed (`_trim_edges`): peeling a few edge sentences cannot make it a near copy,
# and testing each edge sentence against a side stretched over a site dump (4.8 MB) took
# minutes (an audit).  The benchmarks are unchanged by it (PAN13 slice, 10k bench).
PEEL_MAX_SPREAD = 3.0
# Whole-document summaries (PAN13 summary class: the source side is the whole source document,
# 4-16x longer than the summary).  A detection whose target sentences hold seeds scattered over
# a long source stretch gets that stretch as its source side (_widen_summaries); detections whose
# source sides then overlap are merged.  Tuned on PAN13 *train* (238 annotated summary pairs),
# summary plagdet: off 0.336; widening seeds at cosine/Dice 0.33: 0.370, 0.2: 0.459, 0.15:
# 0.587, 0.1: 0.749, 0.05: 0.816 (precision 0.999-1.0 throughout); min seeds 5 instead of 3
# at 0.1: 0.720.  Merging the summary-pass detections into one hull: 0.333 -> 0.336.
SUMMARY_HULL = True
WIDEN_MIN_SEEDS = 3  # distinct source sentences the widening cluster needs
WIDEN_SEED = 0.05  # cosine and Dice of the seeds used to find the summarised stretch
MERGE = True
# Paraphrase passages that follow each other with no sentence between them, or 1 to
# BRIDGE_GAP unmatched sentences on both sides, are joined (`_bridge`).  Chosen on an
# invented press release and its rewrite (the gap: one sentence rewritten too freely to
# seed); Webis, Clough, the PAN13 100-pair slice with paraphrase seeds and the 10k synthetic
# bench gave the same scores with gaps 0, 1 and 2.  1, not 2: the sentences bridged over
# count as reused, and a review found two independent reports of one fire whose target share
# a gap of 2 took from 0.43 to 0.75.  A gap must be on both sides (an audit found a
# paragraph a rewrite inserted counted as reused).
BRIDGE = True
# Gap filling (:func:`_fill_gaps`): a sentence pair between two passages of a linked pair, in
# order on both sides, is a rewrite when its tf-isf cosine and content-stem containment reach
# these (set a priori at about half the paraphrase seed thresholds PARA_COSINE /
# PARA_CONTAINMENT: the order and the link are the rest of the evidence; 0.1 / 0.2 and 0.2 /
# 0.3 gave the same Clough, Webis and PAN13 slice scores).
FILL_COSINE = 0.15
FILL_CONTAINMENT = 0.25
# Only gaps of at most FILL_MAX_GAP sentences on each side (the PAN setting's GAP) are filled,
# and none before the first passage or after the last: filling the sentence just outside
# the passages as well (in order, same thresholds) lowered Clough 4-class LOO 0.821 -> 0.789
# and did not help PAN13 (docs/results.md).
FILL_MAX_GAP = 4
BRIDGE_GAP = 1
# Stretch the target side of a triggered summary group over the neighbouring target sentences
# with confident matches (the first pass usually covers part of a summary).  PAN13 train
# subset (all summaries + every 15th other pair): summary 0.731 -> 0.764, others unchanged.
EXTEND_TARGET = True
# Corroboration: a pair of texts whose only evidence is *weak* paraphrase passages (kind
# "paraphrase", fragment cosine < WEAK_PARAPHRASE, covering < WEAK_COVER of either text) is
# not linked.  One loose sentence match between two texts on one topic is what independent
# writing looks like; a rewrite shows a stronger passage somewhere, or covers most of both
# texts (a paraphrased paragraph).  Weak passages of a pair that has a strong one are kept.
# Chosen on Webis-CPC-11 (all 1,000) and the ECB+ other-event control (1,000 pairs), lexical
# mode, (threshold, cover): Webis Yes linked / ECB+ articles / ECB+ passage-sized linked:
# off 0.772 / 0.061 / 0.034; (0.42, 0.3) 0.760 / 0.027 / 0.026; (0.45, 0.3) 0.756 / 0.019 /
# 0.026; (0.5, 0.3) 0.754 / 0.011 / 0.026; (0.45, 0.5) 0.734 / 0.019 / 0.014.  The product
# label's any-reuse F1 on Clough-Stevenson (a check, not tuned) is 0.947 off, 0.973 at all four.
# Summary-pass detections and, in embed mode, an embed seed in two short texts
# (embed.EMBED_CORROBORATE_TEXT) also corroborate a pair (their own rules are stricter).
WEAK_PARAPHRASE = 0.45
WEAK_COVER = 0.3
# A weak passage holding at least this many whole sentences on both sides also corroborates
# (consecutive matched sentences are a rewritten passage, not one loose match).  Synthetic 10k
# (bench_align.py), injected 3-sentence paraphrases recall / pair precision: without 0.673 /
# 0.870, 2 sentences 0.747 / 0.871 (18 more links, all true); Webis Yes 0.756 -> 0.758, ECB+
# articles 0.020 -> 0.021, passage-sized 0.026, Clough unchanged (3 sentences: Webis and ECB+
# as without; synthetic not measured).
WEAK_SENTENCES = 2
_BLOCK = 512
# Source rows scored at a time hold at most this many sentence pairs (each block makes a few
# dense arrays of its size): 512 rows against a 20,000-sentence text peaked at 820 MB.  32 MB
# an array; news pairs (a few dozen rows) are one block as before.
SEED_BLOCK_CELLS = 4_000_000
# BLAS threads while pairs are aligned (:func:`blas_limited`).  A news pair multiplies
# matrices of a few dozen rows, too small to split across threads; with OpenBLAS's default (a
# thread per core) the extra threads spin between products.  10k synthetic corpus, align
# stage, same records: 23.5 -> 19.8 CPU s with one thread; 3k slice, whole process, 3 runs
# each: CPU 1.15x less, wall time equal (2 cores, other jobs running).
BLAS_THREADS = 1


@dataclass(frozen=True, slots=True)
class AlignParams:
    """Tunable parameters of :func:`align_texts` (see the module constants)."""

    seed_cosine: float = SEED_COSINE
    seed_dice: float = SEED_DICE
    validate_cosine: float = VALIDATE_COSINE
    gap: int = GAP
    gap_summary: int = GAP_SUMMARY
    summary_ratio: float = SUMMARY_RATIO
    min_chars: int = MIN_CHARS
    paraphrase: bool = True  # add seeds from the paraphrase scorer
    summary: bool = True
    best_ratio: float = BEST_RATIO
    trim_ratio: float = TRIM_RATIO
    summary_seed: float = SUMMARY_SEED
    summary_validate: float = SUMMARY_VALIDATE
    gap_summary_tgt: int = GAP_SUMMARY_TGT
    refine: bool = True  # trim near-verbatim detections at character level
    embed: bool = False  # also seed with sentence-embedding similarity (needs torch)
    # widen the source side of every detection (experimental, off: PAN13 train summary plagdet
    # 0.336 -> 0.816, but on the 100-pair slice random obfuscation 0.880 -> 0.536)
    widen: bool = False
    # widen only detection groups that look like summaries (scattered best matches, see
    # :mod:`.summary`); PAN13 train numbers in docs/results.md
    widen_scattered: bool = True
    # pairs linked only by weak paraphrase passages are dropped (see WEAK_PARAPHRASE; 0: off)
    weak_paraphrase: float = WEAK_PARAPHRASE
    # WordNet synonyms count as shared words with paraphrase seeds on (:mod:`.synonyms`;
    # needs the texts' stems; setting reuse.align_synonyms)
    use_synonyms: bool = False
    # fill the gaps between the passages of a linked pair with sentence pairs that follow
    # them in order on both sides (:func:`_fill_gaps`; paraphrase seeds on)
    fill_gaps: bool = True
    # words of one text inside the other's quotation marks are verbatim passages whatever
    # the sentences around them (:mod:`.cited`; off in the PAN13 setting, whose books'
    # dialogue is not news quoting)
    quoted_runs: bool = True


@dataclass(frozen=True, slots=True)
class Detection:
    """An aligned passage pair as character offsets into the source and target texts."""

    src_start: int
    src_end: int
    tgt_start: int
    tgt_end: int
    kind: str
    score: float


# Pairs whose two restricted weight matrices hold at most this many cells are aligned with
# dense numpy arrays instead of scipy.sparse: building and multiplying tiny sparse matrices
# cost ~3 ms per pair (cProfile of bench/bench_align.py synth-10k --limit 3000), the dense path
# a fraction of that with the same results (floating sums reordered: ulp-level differences).
# Chosen so a dense pair stays under ~8 MB; news pairs are far below, long PAN documents not.
_DENSE_MAX_CELLS = 1_000_000

_Matrix: TypeAlias = np.ndarray | sp.csr_matrix


@dataclass(frozen=True, slots=True)
class _Pair:
    """Per-pair weighted sentence matrices (rows L2-normalised tf-isf), dense or sparse."""

    src: _Matrix
    tgt: _Matrix
    src_raw: _Matrix  # un-normalised tf-isf, for fragment vectors
    tgt_raw: _Matrix
    seed_cos: dict[tuple[int, int], float]  # cosine of every seed found so far
    embedded: set[tuple[int, int]]  # seeds vouched for by sentence embeddings (embed mode)


def _weights(src: DocSentences, tgt: DocSentences) -> _Pair:
    """tf-isf matrices of both texts restricted to the columns either one uses."""
    cols = sorted_unique(np.concatenate((src.cols, tgt.cols)))
    if (len(src) + len(tgt)) * len(cols) <= _DENSE_MAX_CELLS:
        return _dense_weights(src, tgt, cols)
    width = max(src.counts.shape[1], tgt.counts.shape[1])
    a, b = src.matrix(width), tgt.matrix(width)
    a, b = a[:, cols], b[:, cols]
    n = a.shape[0] + b.shape[0]
    df = np.asarray((a > 0).sum(axis=0)).ravel() + np.asarray((b > 0).sum(axis=0)).ravel()
    isf = _isf(n, df)
    scale = sp.diags(isf)
    a_raw, b_raw = sp.csr_matrix(a @ scale), sp.csr_matrix(b @ scale)
    return _Pair(_normalise(a_raw), _normalise(b_raw), a_raw, b_raw, {}, set())


def _dense_weights(src: DocSentences, tgt: DocSentences, cols: np.ndarray) -> _Pair:
    """:func:`_weights` for small pairs, as dense arrays (same values as the sparse path).

    Both texts share one array (source rows first), so each step is one numpy call."""
    m = len(src)
    at_src = np.searchsorted(cols, src.cols)[src.local]
    at_tgt = np.searchsorted(cols, tgt.cols)[tgt.local]
    raw = np.zeros((m + len(tgt), len(cols)), dtype=np.float64)
    raw[src.rows, at_src] = src.counts.data
    raw[tgt.rows + m, at_tgt] = tgt.counts.data
    # one stored entry per (sentence, term), none of them zero: entries per column = df
    df = np.bincount(np.concatenate((at_src, at_tgt)), minlength=len(cols))
    raw *= _isf(raw.shape[0], df)
    unit = _dense_normalise(raw)
    return _Pair(unit[:m], unit[m:], raw[:m], raw[m:], {}, set())


def _dense_normalise(m: np.ndarray) -> np.ndarray:
    norms = np.sqrt(np.einsum("ij,ij->i", m, m))
    norms[norms == 0] = 1.0
    return m * (1.0 / norms)[:, None]


def _isf(n: int, df: np.ndarray) -> np.ndarray:
    """Inverse sentence frequency, smoothed so that short texts keep shared terms."""
    if ISF_SMOOTH:
        return np.log((n + ISF_SMOOTH) / np.maximum(df, 1))
    isf = np.log(n / np.maximum(df, 1))
    isf[isf <= 0] = 1e-6  # a term in every sentence carries (almost) nothing
    return isf


def _normalise(m: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ m)


def _seeds(
    src: DocSentences, tgt: DocSentences, pair: _Pair, params: AlignParams
) -> list[tuple[int, int]]:
    """Seed sentence pairs (source index, target index).

    Every seed has a cosine above ``floor`` (a plain seed above ``seed_cosine``, a paraphrase
    seed above ``low``), so a block of sentence pairs whose cosines all stay at or below it
    is skipped before the Dice coefficients are computed: most candidate pairs of a large
    corpus have no seed at all, and this is where they leave (exact: the seeds are the same).
    Texts of many repeated sentences are scored one distinct sentence against one distinct
    sentence (:func:`_repeats`; the same seeds).
    """
    out: list[tuple[int, int, float]] = []
    classes = _repeats(src, tgt, pair, params)
    if classes is None:
        for start, hit, cos in _scored(src, tgt, pair.src, pair.tgt, None, params):
            _few_per_row(hit, cos)
            ii, jj = np.nonzero(hit)
            out.extend(zip((ii + start).tolist(), jj.tolist(), cos[ii, jj].tolist(), strict=True))
    else:
        out = _collapsed_seeds(src, tgt, pair, params, classes)
    for i, j, c in out:
        pair.seed_cos[(i, j)] = max(c, pair.seed_cos.get((i, j), 0.0))
    return _best_only(out, params.best_ratio)


def _scored(
    src: DocSentences,
    tgt: DocSentences,
    a: _Matrix,
    b: _Matrix,
    rows: tuple[np.ndarray, np.ndarray] | None,
    params: AlignParams,
) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """``(start, hit, cos)`` for each block of rows ``start:`` of ``a`` against all rows of
    ``b``, where a block has a seed: ``hit`` marks the seeds (plain and paraphrase), ``cos``
    the cosines.  ``rows``: the sentences of ``src`` and ``tgt`` that the rows of ``a`` and
    ``b`` are (None: row k is sentence k)."""
    bt = b.T if isinstance(b, np.ndarray) else b.T.tocsc()
    low = min(params.seed_cosine, para_thresholds(len(src) * len(tgt))[0])
    floor = low if params.paraphrase else params.seed_cosine
    dice_of: _Dice | None = None
    step = max(1, min(_BLOCK, SEED_BLOCK_CELLS // max(b.shape[0], 1)))
    for start in range(0, a.shape[0], step):
        stop = min(start + step, a.shape[0])
        cos = _array(a[start:stop] @ bt)
        if not (cos > floor).any():
            continue
        dice_of = dice_of or _Dice(a, b)
        dice = dice_of(start, stop)
        hit = (cos > params.seed_cosine) & (dice > params.seed_dice)
        if params.paraphrase:
            maybe = (cos > low) & ~hit
            if maybe.any():
                ii, jj = np.nonzero(maybe)
                si, tj = (ii + start, jj) if rows is None else (rows[0][ii + start], rows[1][jj])
                ok = paraphrase_scores(src, tgt, si, tj, cos[ii, jj], dice[ii, jj])
                hit[ii[ok], jj[ok]] = True
        _drop_figures_only(src, tgt, hit, start, rows)
        yield start, hit, cos


def _drop_figures_only(
    src: DocSentences,
    tgt: DocSentences,
    hit: np.ndarray,
    start: int,
    rows: tuple[np.ndarray, np.ndarray] | None,
) -> None:
    """Unmark the seeds of ``hit`` (rows from ``start``) whose two sentences have no content
    word in common but figures (each digit run a stem of its own): two notices giving the
    same hours, "entre las 8.00 y las 20.00 horas", matched on the figures and the words
    around them, which a language's stop-word list takes for function words (a review:
    two unrelated Spanish stories were linked)."""
    ii, jj = np.nonzero(hit)
    for i, j in zip(ii.tolist(), jj.tolist(), strict=True):
        si, tj = (i + start, j) if rows is None else (int(rows[0][i + start]), int(rows[1][j]))
        na, nb = _digit_runs(src.numbers[si]), _digit_runs(tgt.numbers[tj])
        if not (na and nb):
            continue
        a, b = src.content[si], tgt.content[tj]
        if a != b and len(a & b) <= len(na & nb):  # (a row of figures copied is a copy)
            hit[i, j] = False


def _digit_runs(figures: frozenset[str]) -> frozenset[str]:
    """The digit runs of ``figures`` (:func:`.sentences.figures`): each is a content stem of
    its own ("8.00": "8" and "00")."""
    return frozenset(r for f in figures for r in f.split("."))


# Texts of many repeated sentences (a results table, a list) are scored one distinct sentence
# against one distinct sentence, and the seeds copied back to every repeat, when the pair
# has at least COLLAPSE_MIN_CELLS sentence pairs and the distinct ones are at most
# COLLAPSE_SHARE of them.  Two tables of 50,000 rows drawn from 4,680 distinct lines: 2.5e9
# sentence pairs scored (over 300 s) against 2.2e7.  The seeds are the same either way (a
# pair small enough for dense arrays may see a cosine differ in its last bit), so the limits
# only keep the bookkeeping off ordinary pairs (news pairs hold a few thousand sentence pairs
# and repeat almost none); not tuned.
COLLAPSE_MIN_CELLS = 1_000_000
COLLAPSE_SHARE = 0.5


def _repeats(
    src: DocSentences, tgt: DocSentences, pair: _Pair, params: AlignParams
) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]] | None:
    """The classes of equal sentences of both texts (:func:`.sentences.row_classes`: first
    row of each, class of each row), when scoring them instead of the sentences pays."""
    cells = len(src) * len(tgt)
    if cells < COLLAPSE_MIN_CELLS:
        return None
    # the paraphrase test reads content stems and numbers: equal sentences agree on those too
    src_extra = tuple(zip(src.content, src.numbers, strict=True)) if params.paraphrase else None
    tgt_extra = tuple(zip(tgt.content, tgt.numbers, strict=True)) if params.paraphrase else None
    src_classes = row_classes(pair.src, src_extra)
    tgt_classes = row_classes(pair.tgt, tgt_extra)
    if len(src_classes[0]) * len(tgt_classes[0]) > COLLAPSE_SHARE * cells:
        return None
    return src_classes, tgt_classes


def _collapsed_seeds(
    src: DocSentences,
    tgt: DocSentences,
    pair: _Pair,
    params: AlignParams,
    classes: tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]],
) -> list[tuple[int, int, float]]:
    """The seeds of :func:`_seeds` (same order, same per-row cap) from distinct sentences."""
    (src_first, src_of), (tgt_first, tgt_of) = classes
    a, b = pair.src[src_first], pair.tgt[tgt_first]
    # the earliest SEED_MAX_PER_SENTENCE rows of each target class: no later one can be kept
    order = np.argsort(tgt_of, kind="stable")
    cuts = np.cumsum(np.bincount(tgt_of, minlength=len(tgt_first)))[:-1]
    members = [m[:SEED_MAX_PER_SENTENCE] for m in np.split(order, cuts)]
    kept: list[list[tuple[int, float]]] = [[] for _ in src_first]
    for start, hit, cos in _scored(src, tgt, a, b, (src_first, tgt_first), params):
        for r in np.flatnonzero(hit.any(axis=1)).tolist():
            kept[start + r] = _expanded(np.flatnonzero(hit[r]), cos[r], members)
    return [(i, j, c) for i, u in enumerate(src_of.tolist()) for j, c in kept[u]]


def _expanded(
    hit: np.ndarray, cos: np.ndarray, members: list[np.ndarray]
) -> list[tuple[int, float]]:
    """A source sentence's seeds (target row, cosine) in target order, from the target
    classes it seeds with (``hit``, their cosines ``cos``): as :func:`_few_per_row` keeps."""
    parts = [members[v] for v in hit.tolist()]
    js = np.concatenate(parts)
    cs = np.repeat(cos[hit], [len(p) for p in parts])
    if len(js) > SEED_MAX_PER_SENTENCE:
        top = np.lexsort((js, -cs))[:SEED_MAX_PER_SENTENCE]
        js, cs = js[top], cs[top]
    at = np.argsort(js)
    return list(zip(js[at].tolist(), cs[at].tolist(), strict=True))


# A sentence seeding with more than this many sentences of the other text is a line repeated
# there (a table row, a list item): only its best seeds by cosine are kept.  Two tables of
# 50,000 three-word rows made over 20 million seeds and the analysis was killed at 22 GB.
# News sentences have a handful of seeds at most; set a priori.
SEED_MAX_PER_SENTENCE = 32


def _few_per_row(hit: np.ndarray, cos: np.ndarray) -> None:
    """Keep at most :data:`SEED_MAX_PER_SENTENCE` seeds in each row of ``hit`` (in place):
    those of the highest cosine, the earlier column first among equals."""
    for r in np.flatnonzero(hit.sum(axis=1) > SEED_MAX_PER_SENTENCE).tolist():
        cols = np.flatnonzero(hit[r])
        keep = cols[np.argsort(-cos[r, cols], kind="stable")[:SEED_MAX_PER_SENTENCE]]
        hit[r] = False
        hit[r, keep] = True


class _Dice:
    """Dice coefficients of the stem sets of source rows ``start:stop`` x all target rows."""

    def __init__(self, a: _Matrix, b: _Matrix) -> None:
        self.a_bin = (a > 0).astype(np.float64)
        b_bin = (b > 0).astype(np.float64)
        self.a_len = np.asarray(self.a_bin.sum(axis=1)).ravel()
        self.b_len = np.asarray(b_bin.sum(axis=1)).ravel()
        self.bbt = b_bin.T if isinstance(b_bin, np.ndarray) else sp.csc_matrix(b_bin.T)

    def __call__(self, start: int, stop: int) -> np.ndarray:
        inter = _array(self.a_bin[start:stop] @ self.bbt)
        denom = self.a_len[start:stop, None] + self.b_len[None, :]
        return np.asarray(2.0 * inter / np.maximum(denom, 1.0))


def _array(m: _Matrix) -> np.ndarray:
    """``m`` as a dense numpy array (sparse products are densified)."""
    return m if isinstance(m, np.ndarray) else np.asarray(m.toarray())


def _best_only(seeds: list[tuple[int, int, float]], ratio: float) -> list[tuple[int, int]]:
    """Drop seeds far weaker than the best seed of both their sentences (stray matches)."""
    if ratio <= 0:
        return [(i, j) for i, j, _ in seeds]
    best_i: dict[int, float] = {}
    best_j: dict[int, float] = {}
    for i, j, c in seeds:
        best_i[i] = max(best_i.get(i, 0.0), c)
        best_j[j] = max(best_j.get(j, 0.0), c)
    return [(i, j) for i, j, c in seeds if c >= ratio * best_i[i] or c >= ratio * best_j[j]]


def _trim(
    group: list[tuple[int, int]], cos: dict[tuple[int, int], float], ratio: float
) -> list[tuple[int, int]]:
    """Drop seeds at either end (in target order) much weaker than the group's median seed."""
    if ratio <= 0 or len(group) < 3:
        return group
    ordered = sorted(group, key=lambda s: (s[1], s[0]))
    med = float(np.median([cos[s] for s in ordered]))
    lo, hi = 0, len(ordered)
    while hi - lo > 1 and cos[ordered[lo]] < ratio * med:
        lo += 1
    while hi - lo > 1 and cos[ordered[hi - 1]] < ratio * med:
        hi -= 1
    return ordered[lo:hi]


def _split(seeds: list[tuple[int, int]], axis: int, gap: int) -> list[list[tuple[int, int]]]:
    """Cut seeds sorted along ``axis`` where consecutive indices are more than ``gap`` apart."""
    ordered = sorted(seeds, key=lambda s: (s[axis], s[1 - axis]))
    groups: list[list[tuple[int, int]]] = [[ordered[0]]]
    for prev, cur in zip(ordered, ordered[1:], strict=False):
        if cur[axis] - prev[axis] > gap:
            groups.append([])
        groups[-1].append(cur)
    return groups


def _cluster(
    seeds: list[tuple[int, int]], src_gap: int, tgt_gap: int, axis: int = 1
) -> list[list[tuple[int, int]]]:
    """Recursive two-sided clustering of seeds (target first, then source, until stable)."""
    gap = tgt_gap if axis == 1 else src_gap
    groups = _split(seeds, axis, gap)
    if len(groups) == 1 and axis == 0:
        return groups
    if len(groups) == 1:
        return _cluster(groups[0], src_gap, tgt_gap, 0) if axis == 1 else groups
    out: list[list[tuple[int, int]]] = []
    for g in groups:
        out.extend(_cluster(g, src_gap, tgt_gap, 1 - axis))
    return out


def _fragment_cosine(pair: _Pair, s0: int, s1: int, t0: int, t1: int) -> float:
    """Cosine of the summed tf-isf vectors of source sentences s0..s1 and target t0..t1."""
    u, v = _row_sum(pair.src_raw, s0, s1 + 1), _row_sum(pair.tgt_raw, t0, t1 + 1)
    nu, nv = float(np.linalg.norm(u)), float(np.linalg.norm(v))
    return float(u @ v / (nu * nv)) if nu and nv else 0.0


def _row_sum(m: _Matrix, start: int, stop: int) -> np.ndarray:
    """The sum of rows ``start:stop`` of ``m``.  A sparse matrix's entries are added column
    by column in row order, as scipy's ``sum(axis=0)`` does (the same floats), without its
    slicing and matrix objects (0.3 ms a call; two 50,000-row tables validate 370,000
    clusters)."""
    if isinstance(m, np.ndarray):
        return m[start:stop].sum(axis=0)
    a, b = int(m.indptr[start]), int(m.indptr[stop])
    return np.bincount(m.indices[a:b], weights=m.data[a:b], minlength=m.shape[1])


def _extend(
    seeds: list[tuple[int, int]], pair: _Pair, params: AlignParams, src_gap: int, tgt_gap: int
) -> list[tuple[int, int, int, int, float]]:
    """Clusters of seeds as sentence ranges, validated, shrinking the gap on failure."""
    found: list[tuple[int, int, int, int, float]] = []
    cells = pair.src.shape[0] * pair.tgt.shape[0]
    for group in _cluster(seeds, src_gap, tgt_gap):
        group = _trim(group, pair.seed_cos, params.trim_ratio)
        s0 = min(s for s, _ in group)
        s1 = max(s for s, _ in group)
        t0 = min(t for _, t in group)
        t1 = max(t for _, t in group)
        sim = _fragment_cosine(pair, s0, s1, t0, t1)
        if sim > _validate(params, cells) or any(x in pair.embedded for x in group):
            found.append((s0, s1, t0, t1, sim))
        elif src_gap > 0 or tgt_gap > 0 and len(group) > 1:
            found.extend(_extend(group, pair, params, max(src_gap - 1, 0), max(tgt_gap - 1, 0)))
    return found


def _validate(params: AlignParams, cells: int) -> float:
    """Validation threshold; size-scaled only where paraphrase seeds are on (news, Webis)."""
    if not params.paraphrase:
        return params.validate_cosine
    return validate_threshold(params.validate_cosine, cells)


def _to_chars(
    ranges: list[tuple[int, int, int, int, float]], src: DocSentences, tgt: DocSentences
) -> list[tuple[int, int, int, int, float]]:
    return [
        (src.spans[s0][0], src.spans[s1][1], tgt.spans[t0][0], tgt.spans[t1][1], sim)
        for s0, s1, t0, t1, sim in ranges
    ]


def _resolve_overlaps(
    dets: list[tuple[int, int, int, int, float]],
) -> list[tuple[int, int, int, int, float]]:
    """Keep, of detections overlapping in the target, the one with more similarity x length."""
    ordered = sorted(dets, key=lambda d: -(d[4] * (d[3] - d[2] + d[1] - d[0])))
    kept: list[tuple[int, int, int, int, float]] = []
    # target sides of the kept ones, sorted: they do not overlap, so their ends rise too, and
    # ``d`` overlaps one iff the last to start before ``d`` ends reaches past ``d``'s start
    # (a scan of all kept ones made two 50,000-row tables' clusters quadratic: 217 s)
    sides: list[tuple[int, int]] = []
    for d in ordered:
        at = bisect_left(sides, (d[3], -1))
        if at == 0 or sides[at - 1][1] <= d[2]:
            kept.append(d)
            insort(sides, (d[2], d[3]))
    return sorted(kept, key=lambda d: d[2])


def _snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen ``[start, end)`` to word boundaries and trim surrounding whitespace (never
    leaving a combining mark apart from its letter: NFC cannot compose every one, e.g. the
    tone marks of "Ọ̀yọ́"), and the end mark of a sentence before it.  An edge inside a
    figure moves out of the figure instead: two sides agreeing on "7," of 7,412.6 and
    7,398.2 share no figure (a review: "The FTSE Eastern index closed at 7," was a
    verbatim passage between two days' market reports)."""
    inner = _number_at(text, start), _number_at(text, end)
    if inner[0] is not None and (inner[1] is None or inner[0][1] < inner[1][0]):
        start = inner[0][1]
    if inner[1] is not None and inner[1][0] > start:
        end = inner[1][0]
    while start > 0 and _within_word(text, start):
        start -= 1
    while end < len(text) and _within_word(text, end):
        end += 1
    while start < end and (
        text[start].isspace() or (text[start] in _ENDS and text[start + 1 : start + 2].isspace())
    ):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# A figure: digits with inner separators ("7,412.6")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A sentence's end mark, left out where a passage starts with it (".\n\nA partir de ...")
_ENDS = frozenset(".!?;:,")


def _number_at(text: str, i: int) -> tuple[int, int] | None:
    """The span of the figure of ``text`` that position ``i`` cuts (strictly inside it)."""
    if not 0 < i < len(text) or not (text[i - 1].isdigit() or text[i].isdigit()):
        return None
    lo = max(0, i - 40)
    for m in _FIGURE.finditer(text, lo, min(len(text), i + 40)):
        if m.start() < i < m.end() and m.start() > lo:
            return m.start(), m.end()
    return None


def _within_word(text: str, i: int) -> bool:
    """Whether ``0 < i < len(text)`` falls inside a word or before a combining mark."""
    before, after = text[i - 1], text[i]
    return _mark(after) or (
        (before.isalnum() or _mark(before)) and (after.isalnum() or _mark(after))
    )


def _mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _peel(
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
    d: tuple[int, int, int, int, float],
    min_chars: int,
) -> tuple[int, int, int, int, float]:
    """Leave out edge sentences of either side that the other side does not copy, when the
    rest of the passage is a copy (see PEEL_RATIO)."""
    if max(d[1] - d[0], d[3] - d[2]) > PEEL_MAX_SPREAD * min(d[1] - d[0], d[3] - d[2]):
        return d  # not a near copy with an odd edge sentence (and costly: see PEEL_MAX_SPREAD)
    s = _inner(src.spans, d[0], d[1])
    t = _inner(tgt.spans, d[2], d[3])
    if not s or not t or len(s) + len(t) < 3:
        return d
    s0, t0 = tuple(s), tuple(t)
    changed = True
    while changed:
        changed = False
        sides = ((s, t, src_text, tgt_text), (t, s, tgt_text, src_text))
        for side, other, text, other_text in sides:
            piece = other_text[other[0][0] : other[-1][1]]
            for at in (0, -1):
                if len(side) > 1 and _uncopied(text[slice(*side[at])], piece):
                    side.pop(at)
                    changed = True
    if len(s) == len(s0) and len(t) == len(t0):
        return d
    # an edge not peeled keeps its place (a passage may start or end inside a sentence)
    a0, a1 = d[0] if s[0] == s0[0] else s[0][0], d[1] if s[-1] == s0[-1] else s[-1][1]
    b0, b1 = d[2] if t[0] == t0[0] else t[0][0], d[3] if t[-1] == t0[-1] else t[-1][1]
    if min(a1 - a0, b1 - b0) < min_chars:
        return d
    if fuzz.ratio(src_text[a0:a1], tgt_text[b0:b1]) < PEEL_COPY:
        return d
    return (a0, a1, b0, b1, d[4])


def _uncopied(sentence: str, other: str) -> bool:
    """Whether ``sentence`` is not copied in ``other``: no window of it matches well and it
    shares no exact run of :data:`PEEL_RUN` characters."""
    # the exact-run test first: it is cheap, and a copied sentence usually passes it, whereas
    # partial_ratio of a long sentence against a long passage takes seconds (5,000 against
    # 100,000 characters: 2.7 s); score_cutoff lets it stop early, with the same answer
    if any(sentence[i : i + PEEL_RUN] in other for i in range(len(sentence) - PEEL_RUN + 1)):
        return False
    return fuzz.partial_ratio(sentence, other, score_cutoff=PEEL_RATIO) < PEEL_RATIO


def _inner(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The sentence spans inside ``[start, end)`` (spans sorted, not overlapping)."""
    out: list[tuple[int, int]] = []
    for k in range(bisect_left(spans, (start,)), len(spans)):
        if spans[k][1] > end:
            break
        out.append(spans[k])
    return out


def _refine(
    src_text: str, tgt_text: str, d: tuple[int, int, int, int, float]
) -> tuple[int, int, int, int, float]:
    """Trim the longer side of a near-verbatim detection to where the shorter side matches.

    Sentence-level extension can pull neighbouring on-topic sentences into one side; when the
    shorter side matches a window of the longer one almost exactly (rapidfuzz partial ratio
    >= :data:`REFINE_RATIO`), the longer side is cut to that window (at word boundaries).
    """
    s_len, t_len = d[1] - d[0], d[3] - d[2]
    if min(s_len, t_len) >= REFINE_SHARE * max(s_len, t_len):
        return d
    src_long = s_len > t_len
    short = tgt_text[d[2] : d[3]] if src_long else src_text[d[0] : d[1]]
    long_text, off = (src_text, d[0]) if src_long else (tgt_text, d[2])
    long = long_text[off : off + max(s_len, t_len)]
    window = _refine_window(short, long)
    if window is None:
        return d
    lo, hi = window
    if len(short) * (hi - lo) > REFINE_MAX_CELLS:
        return d
    al = fuzz.partial_ratio_alignment(short, long[lo:hi])
    if al is None or al.score < REFINE_RATIO:
        return d
    start, end = al.dest_start + lo, al.dest_end + lo
    if al.src_start == 0 and al.src_end == len(short):
        start, end = _anchored(long, short, start, end)
    a, b = _snap(long_text, off + start, off + end)
    lo, hi = (d[0], d[1]) if src_long else (d[2], d[3])
    a = lo if a - lo < REFINE_MIN_CUT else a  # keep sentence edges unless a real cut
    b = hi if hi - b < REFINE_MIN_CUT else b
    return (a, b, d[2], d[3], d[4]) if src_long else (d[0], d[1], a, b, d[4])


def _refine_window(short: str, long: str) -> tuple[int, int] | None:
    """The part ``[lo, hi)`` of ``long`` that :func:`_refine` compares ``short`` with: all of
    it, unless it is over :data:`REFINE_NARROW` times as long as ``short``.  Then the window
    of three times ``short``'s length around the start that most of ``short``'s exact
    :data:`PEEL_RUN`-character pieces (about :data:`REFINE_PIECES`, evenly spaced) point to
    (None: no piece occurs, so no near copy).
    Partial ratio costs the product of the lengths: a passage stretched over 235,000
    characters of a site dump took 3.8 s a call (an audit)."""
    if len(long) <= REFINE_NARROW * len(short):
        return 0, len(long)
    votes: Counter[int] = Counter()
    step = max(PEEL_RUN, len(short) // REFINE_PIECES)  # at most about REFINE_PIECES pieces
    for c in range(0, len(short) - PEEL_RUN + 1, step):
        piece, k, seen = short[c : c + PEEL_RUN], long.find(short[c : c + PEEL_RUN]), 0
        while k != -1 and seen < REFINE_PIECE_HITS:
            votes[(k - c) // PEEL_RUN] += 1
            k, seen = long.find(piece, k + 1), seen + 1
    if not votes:
        return None
    start = votes.most_common(1)[0][0] * PEEL_RUN
    return max(0, start - len(short)), min(len(long), start + 2 * len(short))


def _anchored(long: str, short: str, start: int, end: int) -> tuple[int, int]:
    """The window ``[start, end)`` of ``long`` that matches all of ``short``, each end moved
    to the nearest exact occurrence of ``short``'s first / last :data:`EDGE_MIN_RUN`
    characters.  The partial-ratio window is as long as ``short``, so when the two sides
    differ in length (edited figures, a dropped word) it can start a word early or late.
    The moved window is kept only when it matches ``short`` at least as well as the
    partial-ratio one: an occurrence found may belong to another sentence (the first words
    edited on the longer side and recurring later in the copy), and the window cut there
    would drop part of the copy."""
    slack = abs(len(long) - len(short)) + EDGE_MIN_RUN
    head, tail = short[:EDGE_MIN_RUN], short[-EDGE_MIN_RUN:]
    i = _nearest(long, head, start, slack)
    j = _nearest(long, tail, end - len(tail), slack)
    new_start = start if i is None else i
    new_end = end if j is None else j + len(tail)
    if new_start >= new_end or (new_start, new_end) == (start, end):
        return start, end
    moved = fuzz.ratio(short, long[new_start:new_end])
    return (new_start, new_end) if moved >= fuzz.ratio(short, long[start:end]) else (start, end)


def _nearest(text: str, piece: str, at: int, slack: int) -> int | None:
    """Start of the occurrence of ``piece`` in ``text`` nearest ``at``, within ``slack``."""
    lo, hi = max(0, at - slack), min(len(text), at + slack + len(piece))
    best: int | None = None
    k = text.find(piece, lo, hi)
    while k != -1:
        if best is None or abs(k - at) < abs(best - at):
            best = k
        k = text.find(piece, k + 1, hi)
    return best


def _trim_edges(
    src_text: str, tgt_text: str, d: tuple[int, int, int, int, float]
) -> tuple[int, int, int, int, float]:
    """Cut both sides of a near copy to its first and last long exact run (see EDGE_*)."""
    if max(d[1] - d[0], d[3] - d[2]) > PEEL_MAX_SPREAD * min(d[1] - d[0], d[3] - d[2]):
        return d  # not a near copy (:func:`_refine` trims a long side that holds one)
    a, b = src_text[d[0] : d[1]], tgt_text[d[2] : d[3]]
    if len(a) * len(b) > EDGE_MAX_CELLS:
        return d
    runs = [
        op
        for op in LCSseq.opcodes(a, b)
        if op.tag == "equal" and op.src_end - op.src_start >= EDGE_MIN_RUN
    ]
    if not runs:
        return d
    s0, t0 = _grow_back(a, b, runs[0].src_start, runs[0].dest_start)
    s1, t1 = _grow_on(a, b, runs[-1].src_end, runs[-1].dest_end)
    grown = (runs[0].src_start - s0) + (s1 - runs[-1].src_end)  # equal characters too
    covered = sum(op.src_end - op.src_start for op in runs) + grown
    if covered < EDGE_COVER * max(s1 - s0, t1 - t0):
        return d
    if min(s1 - s0, t1 - t0) < EDGE_KEEP * min(len(a), len(b)):
        return d
    if _moved(a, b, s0, s1) or _moved(b, a, t0, t1):
        return d
    src_a, src_b = _snap(src_text, d[0] + s0, d[0] + s1)
    tgt_a, tgt_b = _snap(tgt_text, d[2] + t0, d[2] + t1)
    return (src_a, src_b, tgt_a, tgt_b, d[4])


# A trimmed passage edge inside a sentence moves back to the sentence's edge when the part
# of the sentence it cut off is rewritten in the other side: at least this share of its
# content words (four letters or more, no stop words; stemmed) occur in the other side's
# passage.  Character trimming finds where the first exact run starts; a rewritten
# sentence's first words are reordered, not gone ("Nearly 12,000 households ... under a £2bn
# programme" against "A £2bn programme ... Nearly 12,000 households").  PAN13 train overall
# plagdet (P / R): off 0.8936 (0.9074 / 0.8865), on 0.8936 (0.9069 / 0.8871).  With 5-letter
# prefixes in place of stems ("theory" read as "theorem"), shares 0.4 / 0.6 / 0.8 gave
# 0.8926 / 0.8934 / 0.8937.  Clough-Stevenson: 9 of 95 answers' passages move (a light
# revision's source side started at "as vectors of identifiers"); see docs/results.md.
EDGE_REWRITTEN = 0.8
# One word is no sign of a rewrite: a dateline's place ("LOWMOOR, May 5 -") recurs in the
# copy it was stripped from.
EDGE_MIN_WORDS = 2


def _sentence_edges(
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
    before: tuple[int, int, int, int, float],
    d: tuple[int, int, int, int, float],
) -> tuple[int, int, int, int, float]:
    """``d`` (``before`` trimmed) with each side's edge moved back to its sentence's edge
    where the trimming cut off a rewritten part of that sentence (see EDGE_REWRITTEN)."""
    if d == before:
        return d
    s0, s1 = _whole(
        src_text, src.spans, (before[0], before[1]), (d[0], d[1]), tgt_text[d[2] : d[3]]
    )
    t0, t1 = _whole(tgt_text, tgt.spans, (before[2], before[3]), (d[2], d[3]), src_text[s0:s1])
    return (s0, s1, t0, t1, d[4])


def _whole(
    text: str,
    spans: Sequence[tuple[int, int]],
    before: tuple[int, int],
    now: tuple[int, int],
    other: str,
) -> tuple[int, int]:
    """``now`` (``before`` trimmed, a side of a passage) with a start or end inside a
    sentence that ``before`` held whole moved to that sentence's edge when the part cut off
    is rewritten in ``other``."""
    start, end = now
    a, b = _sentence_at(spans, start, len(text))
    if a < start < b and before[0] <= a and _rewritten_in(text[a:start], other):
        start = a
    a, b = _sentence_at(spans, end, len(text))
    if a < end < b and b <= before[1] and _rewritten_in(text[end:b], other):
        end = b
    return _snap(text, start, end)


def _sentence_at(spans: Sequence[tuple[int, int]], pos: int, size: int) -> tuple[int, int]:
    """The span of ``spans`` (sorted) that starts last at or before ``pos`` ((0, 0): none)."""
    at = bisect_right(spans, (pos, size + 1)) - 1
    return spans[at] if at >= 0 else (0, 0)


def _rewritten_in(piece: str, other: str) -> bool:
    """Whether ``piece`` has :data:`EDGE_MIN_WORDS` content words or more (stemmed as the
    aligner stems English) and at least :data:`EDGE_REWRITTEN` of them occur in ``other``."""
    words = _content_stems(piece)
    if len(words) < EDGE_MIN_WORDS:
        return False
    return len(words & _content_stems(other)) >= EDGE_REWRITTEN * len(words)


def _content_stems(text: str) -> set[str]:
    return {stem(w) for w in _FRAME_WORD.findall(text.lower()) if w not in ENGLISH_STOP_WORDS}


def _grow_back(a: str, b: str, i: int, j: int) -> tuple[int, int]:
    """Start of the exact run ending ``a[i:]`` / ``b[j:]`` moved back over equal characters.

    A longest common subsequence is not unique: the letters of a word just before a copied
    run can be matched to scattered letters earlier in the other text, so the run found may
    start after an identical word ("Riverton Borough ..." found from "Borough")."""
    while i > 0 and j > 0 and a[i - 1] == b[j - 1]:
        i, j = i - 1, j - 1
    return i, j


def _grow_on(a: str, b: str, i: int, j: int) -> tuple[int, int]:
    """End of the exact run ending at ``a[:i]`` / ``b[:j]`` moved on over equal characters."""
    while i < len(a) and j < len(b) and a[i] == b[j]:
        i, j = i + 1, j + 1
    return i, j


def _moved(text: str, other: str, start: int, end: int) -> bool:
    """Whether text cut from ``text`` outside ``[start, end)`` is copied in ``other`` (moved)."""
    for piece in (text[:start].strip(), text[end:].strip()):
        if len(piece) >= EDGE_MIN_RUN and fuzz.partial_ratio(piece, other) >= VERBATIM_RATIO:
            return True
    return False


def _drop_headings(
    src_text: str, tgt_text: str, d: tuple[int, int, int, int, float]
) -> tuple[int, int, int, int, float]:
    """Leave out a heading line ("PRESS RELEASE", "Ends") at either end of a side that the
    other side does not share: the sentence splitter joins such short lines to the next or
    previous sentence, so they would otherwise start or end a paraphrase passage."""
    # each side's words only if an edge line of the other is short enough to be a heading
    src_words = functools.cache(lambda: set(_TOKEN.findall(src_text[d[0] : d[1]].lower())))
    tgt_words = functools.cache(lambda: set(_TOKEN.findall(tgt_text[d[2] : d[3]].lower())))
    s0, s1 = _unshared_lines(src_text, d[0], d[1], tgt_words)
    t0, t1 = _unshared_lines(tgt_text, d[2], d[3], src_words)
    return (s0, s1, t0, t1, d[4])


def _unshared_lines(
    text: str, start: int, end: int, other: Callable[[], set[str]]
) -> tuple[int, int]:
    """``[start, end)`` without a first or last line of fewer than MIN_SENTENCE_WORDS words
    that are not all in ``other()`` (the other side's words); only a whole line is left out
    (a passage that starts or ends inside a line starts or ends a sentence there, not a
    heading)."""

    def heading(a: int, b: int) -> bool:
        words = _TOKEN.findall(text[a:b].lower())
        return 0 < len(words) < MIN_SENTENCE_WORDS and not set(words) <= other()

    for _ in range(HEAD_LINES):  # "PRESS RELEASE", then "From: Department of ..."
        while start < end and text[start] in " \t\r\n":
            start += 1
        nl = text.find("\n", start, end)
        if not (nl > 0 and _line_starts(text, start)):
            break
        if not (heading(start, nl) or _field(text, start, nl)):
            break
        start = nl
    nl = text.rfind("\n", start + 1, end)
    if nl > 0 and _line_ends(text, end) and (heading(nl, end) or _lead_in(text, nl, end)):
        end = nl
    return _snap(text, start, end)


# Heading and header-field lines left out of a passage's start, at most: a release's
# "PRESS RELEASE", "From: ..." and "Date: ..." (set by reading releases, not tuned)
HEAD_LINES = 3


def _field(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is a header field of a release or a memo ("From:
    Department for Housing and Communities", "Date: 14 May 2026") standing as a paragraph
    of its own: metadata, not text that was reused, even where the other side names the
    same department."""
    if not _FIELD_LINE.match(text, start, end):
        return False
    after = text[end:].lstrip(" \t\r")
    return after.startswith("\n") and after[1:].lstrip(" \t\r").startswith("\n")


# a header field: a label of releases, memos and web pages, a colon, a value without a
# sentence end ("Doctor Who: Peter Capaldi revealed" is a headline, which is text)
_FIELD_LINE = re.compile(
    r"[ \t]*(?:From|To|Date|Issued|Released?|Release date|Embargo(?:ed)?(?: until)?|"
    r"(?:Media |Press )?[Cc]ontacts?|Published(?: on)?|Posted(?: on)?|"
    r"(?:Last )?[Uu]pdated(?: on)?|Ref(?:erence)?|Subject|For immediate release)"
    r":[ \t]+[^\n]*[^.!?\s][ \t]*$",
    re.M,
)


def _lead_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (from a line break) is a paragraph of one line that
    introduces the next ("Councillor Tom Okafor, Leader of the Council, said:"): ending a
    passage, it holds none of what it introduces, which the passage does not reach.  A
    paragraph of its own, so that a hard-wrapped line ending in a colon is not one."""
    if not text[start:end].rstrip().endswith(":"):
        return False
    before = text[:start].rstrip(" \t\r")
    after = text[end:].lstrip(" \t\r")
    return before.endswith("\n") and (
        not after or after.startswith("\n") and after[1:].lstrip(" \t\r").startswith("\n")
    )


def _line_starts(text: str, pos: int) -> bool:
    """Whether only spaces stand between the previous line break (or the start) and ``pos``."""
    while pos > 0 and text[pos - 1] in " \t\r":
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _line_ends(text: str, pos: int) -> bool:
    """Whether only spaces stand between ``pos`` and the next line break (or the end)."""
    while pos < len(text) and text[pos] in " \t\r":
        pos += 1
    return pos == len(text) or text[pos] == "\n"


def same_words(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` hold the same words in the same order (case, punctuation and
    spacing aside; "4.2" and "2.4" differ)."""
    return _TOKEN.findall(a.lower()) == _TOKEN.findall(b.lower())


def _kind(src_text: str, tgt_text: str, d: tuple[int, int, int, int, float]) -> Detection:
    a, b = src_text[d[0] : d[1]], tgt_text[d[2] : d[3]]
    # the ratio cannot pass 200 * shorter / (sum of lengths): skip it when that is below
    # EDITED_RATIO (a side stretched over a huge text made each call tens of milliseconds)
    bound = 200.0 * min(len(a), len(b)) / max(len(a) + len(b), 1)
    ratio = _ratio(a, b) if bound >= EDITED_RATIO else 0.0
    if ratio >= VERBATIM_RATIO and same_words(a, b):
        kind, score = "verbatim", ratio / 100.0
    elif ratio >= EDITED_RATIO:
        kind, score = "edited", ratio / 100.0
    elif bound >= REORDERED_RATIO and (moved := fuzz.token_sort_ratio(a, b)) >= REORDERED_RATIO:
        kind, score = "edited", moved / 100.0  # the same words, sentences in another order
    else:
        kind, score = "paraphrase", d[4]
    return Detection(d[0], d[1], d[2], d[3], kind, round(float(score), 4))


def _ratio(a: str, b: str) -> float:
    """rapidfuzz's ratio of ``a`` and ``b``: of their characters, or of their words above
    :data:`KIND_MAX_CELLS`."""
    if len(a) * len(b) <= KIND_MAX_CELLS:
        return float(fuzz.ratio(a, b))
    return float(fuzz.ratio(_TOKEN.findall(a.lower()), _TOKEN.findall(b.lower())))


def _run(
    src: DocSentences,
    tgt: DocSentences,
    pair: _Pair,
    seeds: list[tuple[int, int]],
    params: AlignParams,
    src_gap: int,
    tgt_gap: int,
) -> list[tuple[int, int, int, int, float]]:
    ranges = _extend(seeds, pair, params, src_gap, tgt_gap)
    dets = _resolve_overlaps(_to_chars(ranges, src, tgt))
    return [d for d in dets if d[1] - d[0] >= params.min_chars and d[3] - d[2] >= params.min_chars]


def blas_limited() -> threadpool_limits:
    """A context in which BLAS uses :data:`BLAS_THREADS` threads: align many pairs inside one
    (entering it costs about a millisecond, so not once per pair)."""
    return threadpool_limits(limits=BLAS_THREADS, user_api="blas")


def align_texts(
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
    params: AlignParams | None = None,
) -> list[Detection]:
    """Reused passages between ``src_text`` and ``tgt_text`` (their sentence data given)."""
    params = params or AlignParams()
    out = _sentence_passages(src_text, src, tgt_text, tgt, params)
    if params.quoted_runs:
        out = _quoted_runs(src_text, src, tgt_text, tgt, out, params.min_chars)
    return out


def _quoted_runs(
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
    found: Sequence[Detection],
    min_chars: int,
) -> list[Detection]:
    """``found`` and the verbatim passages of words one text quotes from the other
    (:mod:`.cited`) that the sentence passages ``found`` do not hold already.  A paraphrase
    passage that is one sentence of the quoting text holding such a quote (a review's "The
    synopsis promises "<ten of its words>", and ...") gives way to the quote: the sentence
    matched the other's for the words it quotes, and the rest of it is the quoter's own.  A
    text with no mark a quote opens with (:func:`.marks.may_quote`, known per article) quotes
    nothing: most pairs leave without a scan for the marks."""
    # each run as (source start, end, target start, end)
    by_tgt = [
        (a0, a1, b0, b1) for b0, b1, a0, a1 in cited.quoted_runs(tgt_text, src_text, min_chars)
    ] if may_quote(tgt_text) else []  # fmt: skip
    by_src = cited.quoted_runs(src_text, tgt_text, min_chars) if may_quote(src_text) else []
    if not by_tgt and not by_src:
        return list(found)
    framed = {
        d for d in found
        if d.kind == "paraphrase"
        and (
            _frames(d, by_tgt, tgt.spans, False, src_text, tgt_text)
            or _frames(d, by_src, src.spans, True, src_text, tgt_text)
        )
    }  # fmt: skip
    kept = [d for d in found if d not in framed]
    src_taken = [(d.src_start, d.src_end) for d in kept]
    tgt_taken = [(d.tgt_start, d.tgt_end) for d in kept]
    runs = [
        Detection(a0, a1, b0, b1, "verbatim", 1.0)
        for a0, a1, b0, b1 in (*by_tgt, *by_src)
        if not _overlaps(a0, a1, src_taken) and not _overlaps(b0, b1, tgt_taken)
    ]
    return kept + sorted(runs, key=lambda d: (d.src_start, d.tgt_start))


def _frames(
    d: Detection,
    runs: Sequence[tuple[int, int, int, int]],
    spans: Sequence[tuple[int, int]],
    src_quotes: bool,
    src_text: str,
    tgt_text: str,
) -> bool:
    """Whether a run of ``runs`` (source start, end, target start, end) lies inside both sides
    of ``d``, the quoting side of ``d`` (the source's when ``src_quotes``) is at most one of
    ``spans`` (the quoting text's sentences), and outside the run the two sides share fewer
    than :data:`FRAME_SHARED_WORDS` words (a rewrite's "The Canal Street library shuts when
    March ends, with surveyors calling it "<eight words of the other>"" retells the rest of
    the other's sentence as well: it stays one paraphrase passage)."""
    inside = [
        (a0, a1, b0, b1)
        for a0, a1, b0, b1 in runs
        if d.src_start <= a0 and a1 <= d.src_end and d.tgt_start <= b0 and b1 <= d.tgt_end
    ]
    if not inside:  # most passages: no sentence count (a long text has a thousand)
        return False
    q0, q1 = (d.src_start, d.src_end) if src_quotes else (d.tgt_start, d.tgt_end)
    if sum(1 for s, e in spans if s < q1 and q0 < e) > 1:
        return False
    return any(
        len(
            _frame_words(src_text, (d.src_start, a0, a1, d.src_end))
            & _frame_words(tgt_text, (d.tgt_start, b0, b1, d.tgt_end))
        )
        < FRAME_SHARED_WORDS
        for a0, a1, b0, b1 in inside
    )


def _frame_words(text: str, bounds: tuple[int, int, int, int]) -> set[str]:
    """The words of ``text[start:end]`` outside ``[run0, run1)`` (``bounds``: start, run0,
    run1, end) of at least four letters and no stop words, cut to their first
    :data:`FRAME_PREFIX` letters (a cheap stem: "uncover" and "uncovering" are one word)."""
    start, run0, run1, end = bounds
    out: set[str] = set()
    for part in (text[start:run0], text[run1:end]):
        for w in _FRAME_WORD.findall(part.lower()):
            if w not in ENGLISH_STOP_WORDS:
                out.add(w[:FRAME_PREFIX])
    return out


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _sentence_passages(
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
    params: AlignParams,
) -> list[Detection]:
    """The sentence aligner's passages (:func:`align_texts` without quoted runs)."""
    if not len(src) or not len(tgt):
        return []
    english = src.language is None and tgt.language is None  # WordNet is English
    if src.language != tgt.language:
        src, tgt = _one_rule(src_text, tgt_text)
    if params.use_synonyms and params.paraphrase and src.names is not None and english:
        tgt = synonyms.relabel(src, tgt, src.names, synonyms.synonym_map())
    if params.paraphrase:
        tgt = compounds.relabel(src, tgt)
    pair = _weights(src, tgt)
    seeds = _seeds(src, tgt, pair, params)
    if params.embed:
        seeds = _add_embed_seeds(src_text, src, tgt_text, tgt, pair, seeds)
    seeds = _without_tag_seeds(seeds, src_text, src, tgt_text, tgt)
    if not seeds:
        return []
    dets = _run(src, tgt, pair, seeds, params, params.gap, params.gap)
    summarised = False
    if params.summary:
        first = bool(dets)
        dets, summarised = _summary_pass(dets, seeds, src, tgt, pair, params, (src_text, tgt_text))
        # a summary found without first-pass passages must span several target sentences
        summarised = summarised and (first or _sentences_spanned(dets, tgt) >= MIN_MATCHES)
    if params.refine:
        dets = [_peel(src_text, src, tgt_text, tgt, d, params.min_chars) for d in dets]
        dets = [
            _sentence_edges(
                src_text,
                src,
                tgt_text,
                tgt,
                d,
                _trim_edges(src_text, tgt_text, _refine(src_text, tgt_text, d)),
            )
            for d in dets
        ]
        # trimmed to its exact runs, a passage may fall under the floor (a stock phrase)
        dets = [d for d in dets if min(d[1] - d[0], d[3] - d[2]) >= params.min_chars]
    out = [_kind(src_text, tgt_text, _drop_headings(src_text, tgt_text, d)) for d in dets]
    out = [d for d in out if not _speech_tag_only(src_text, tgt_text, d)]
    out = [d for d in out if not _title_only(src_text, tgt_text, d)]
    out = [d for d in out if not _contributor_only(src_text, tgt_text, d)]
    out = _with_copied_credits(src_text, tgt_text, out)
    # summary-pass detections and embed seeds in short texts corroborate a pair (see above);
    # corroboration looks at the passages as matched, before bridging: a bridged passage
    # holds the unmatched sentences between two loose matches, which are no evidence
    embedded = _embed_corroborates(pair, len(src), len(tgt))
    weak = params.weak_paraphrase and not embedded and not summarised
    spans = (src.spans, tgt.spans)
    if weak and not corroborated(out, len(src_text), len(tgt_text), params, spans):
        return []
    if params.paraphrase and params.fill_gaps and out:
        out = _fill_gaps(out, src_text, src, tgt_text, tgt, pair)
    if params.paraphrase and BRIDGE:
        out = _bridge(out, src, tgt)
    return out


# A text's first line up to this long, with more text after it, is its title (a headline, a
# transcript's "Address by ... to ..." line).  Longest headline lines of the invented
# corpora's articles are about 90 characters; not tuned.
TITLE_CHARS = 120
# A first line closed by a full stop is a title only when its first sentence is in title
# case: every word of at least this many letters capitalised (shorter ones may be
# prepositions a title case leaves in lower case: "over", "from"; a heading may be followed
# by a note: "Address by ... to the National Assembly, Tolvane. Check against delivery.").
# A lead sentence full of names and offices ("Prime Minister Irena Castell of the Labour
# Party resigned on Tuesday ...") or a German one (its nouns capitalised) still has a
# lower-case verb or noun this long.  Chosen by reasoning.
TITLE_CASE_LETTERS = 5


def _title_only(src_text: str, tgt_text: str, d: Detection) -> bool:
    """Whether ``d`` is a paraphrase passage whose side in either text is that text's title
    line alone: each outlet writes its own headline, and a headline saying what a text is
    about ("Address by Prime Minister Irena Castell to the National Assembly") restates
    what the other text says of it ("Castell's address to the National Assembly
    yesterday ..."), not its words (an audit of political news: a transcript's heading made
    an analysis quoting the speech partly derived from it)."""
    if d.kind != "paraphrase":
        return False
    return _is_title(src_text, d.src_start, d.src_end) or _is_title(
        tgt_text, d.tgt_start, d.tgt_end
    )


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in the first line of ``text`` and that line is a title:
    at most :data:`TITLE_CHARS` long, more text after it, and without a closing mark, or
    closed by a full stop with its first sentence in title case (:data:`TITLE_CASE_LETTERS`),
    or by another mark with at least half its words capitalised (a headline in title case, a
    heading of names and offices, a statement's "..., Dorian Wexley said:"); a lead sentence
    standing alone on the first line of a text without a headline is no title."""
    first = len(text) - len(text.lstrip())
    nl = text.find("\n", first)
    if not (0 < nl - first <= TITLE_CHARS and start >= first and end <= nl):
        return False
    line = text[first:nl].rstrip()
    if not text[nl:].strip() or not line:
        return False
    if line[-1] == ".":
        s, e = sentence_spans(line)[0]
        long = [w for w in _TOKEN.findall(line, s, e) if len(w) >= TITLE_CASE_LETTERS]
        return all(w[0].isupper() for w in long if w.isalpha())
    words = _TOKEN.findall(line)
    capitalised = sum(w[0].isupper() for w in words)
    return line[-1] not in "!?:;\"\u201d'" or 2 * capitalised >= len(words)


# An opinion piece's closing line saying who wrote it ("Helen Varga is the Civic Union MP for
# Brightwater South."): up to this long, the text's last line, a name of two or more
# capitalised words (no Mr / Ms: a news story's last line may be "Mr Hale is the third
# minister to resign this year.") and "is" / "was" / "writes".  Chosen by reasoning.
CONTRIBUTOR_CHARS = 160
_CONTRIBUTOR = re.compile(
    r"[-\u2013\u2014*_\s]*(?!(?:Mr|Mrs|Ms|Miss)\b)[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019.-]+)+"
    r" (?:is|was|writes)\b"
)


def _contributor_only(src_text: str, tgt_text: str, d: Detection) -> bool:
    """Whether ``d`` is a paraphrase passage whose side in either text is that text's
    contributor line alone: an op-ed's "Helen Varga is the Civic Union MP for Brightwater
    South." restates who she is, as a news story's lead naming "the Brightwater South MP
    Helen Varga" does, not its words (an audit of opinion pieces: a story quoting the op-ed
    became partly derived from its contributor line)."""
    if d.kind != "paraphrase":
        return False
    return _is_contributor_line(src_text, d.src_start, d.src_end) or _is_contributor_line(
        tgt_text, d.tgt_start, d.tgt_end
    )


def _is_contributor_line(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies in the last line of ``text`` and that line is a
    contributor line (:data:`CONTRIBUTOR_CHARS`, :data:`_CONTRIBUTOR`) after other text."""
    body = text.rstrip()
    nl = body.rfind("\n")
    if nl < 0 or not body[:nl].strip() or start <= nl:
        return False
    line = body[nl + 1 :].strip()
    return len(line) <= CONTRIBUTOR_CHARS and _CONTRIBUTOR.match(line) is not None


def _with_copied_credits(src_text: str, tgt_text: str, dets: list[Detection]) -> list[Detection]:
    """``dets`` with a copied or edited passage grown over the staff credit line next to it
    on both sides when the two lines are the same (:func:`.credits.staff_lines`): the line
    is no sentence, so it seeds and joins nothing, but a reprint that keeps the wire's credit
    line copied it, and the boilerplate rules weigh it in the passage as before."""
    if not dets:
        return dets
    src_lines, tgt_lines = staff_lines(src_text), staff_lines(tgt_text)
    if not src_lines or not tgt_lines:
        return dets
    out = []
    for d in dets:
        if d.kind in ("verbatim", "edited"):
            s0 = _credit_next_to(src_text, src_lines, d.src_start, before=True)
            t0 = _credit_next_to(tgt_text, tgt_lines, d.tgt_start, before=True)
            if s0 and t0 and src_text[s0[0] : s0[1]] == tgt_text[t0[0] : t0[1]]:
                d = replace(d, src_start=s0[0], tgt_start=t0[0])
            s1 = _credit_next_to(src_text, src_lines, d.src_end, before=False)
            t1 = _credit_next_to(tgt_text, tgt_lines, d.tgt_end, before=False)
            if s1 and t1 and src_text[s1[0] : s1[1]] == tgt_text[t1[0] : t1[1]]:
                d = replace(d, src_end=s1[1], tgt_end=t1[1])
        out.append(d)
    return out


def _credit_next_to(
    text: str, lines: Sequence[tuple[int, int]], at: int, before: bool
) -> tuple[int, int] | None:
    """The staff credit line of ``lines`` just before (or after) ``at`` in ``text``, with
    only white space between them, if there is one."""
    for s, e in lines:
        gap = text[e:at] if before else text[at:s]
        if (e <= at if before else s >= at) and not gap.strip():
            return s, e
    return None


def _fill_gaps(
    dets: list[Detection],
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
    pair: _Pair,
) -> list[Detection]:
    """Passages of a linked pair plus the sentence pairs rewritten between them.

    A rewrite that follows its source sentence by sentence is found where a sentence pair
    shares enough words to seed; the sentences between two such passages are often the same
    sentences more freely reworded ("no one was injured" / "nobody was hurt", a sentence
    split in two).  In the rectangle of unmatched sentences between two passages that follow
    each other on both sides (at most :data:`FILL_MAX_GAP` sentences each), the sentence pairs
    reaching :data:`FILL_COSINE` and :data:`FILL_CONTAINMENT`, with no contradicting numbers,
    are chained in order on both sides (most total cosine), and each becomes a passage.  The
    pair is linked already: this adds coverage, never a link.
    """
    ordered = sorted(dets, key=lambda d: (d.tgt_start, d.src_start))
    src_ends, tgt_ends = [b for _, b in src.spans], [b for _, b in tgt.spans]
    src_sides = _union([(d.src_start, d.src_end) for d in dets])
    tgt_sides = _union([(d.tgt_start, d.tgt_end) for d in dets])
    added: list[tuple[int, int, int, int, float]] = []
    for p, d in itertools.pairwise(ordered):
        if d.src_start < p.src_end or d.tgt_start < p.tgt_end:
            continue  # not in the same order on both sides
        rows = _between(src.spans, src_ends, p.src_end, d.src_start)
        cols = _between(tgt.spans, tgt_ends, p.tgt_end, d.tgt_start)
        if not (rows and cols and len(rows) <= FILL_MAX_GAP and len(cols) <= FILL_MAX_GAP):
            continue
        # a sentence another passage holds (one found out of order) is matched already
        rows = [i for i in rows if not _held_by(src.spans[i], src_sides)]
        cols = [j for j in cols if not _held_by(tgt.spans[j], tgt_sides)]
        if rows and cols:
            added += _gap_chain(rows, cols, src, tgt, pair)
    if not added:
        return dets
    found = dets + [_kind(src_text, tgt_text, x) for x in added]
    return sorted(found, key=lambda x: (x.tgt_start, x.src_start))


def _between(
    spans: Sequence[tuple[int, int]], ends: Sequence[int], end: int, start: int
) -> list[int]:
    """Indices of the sentences lying wholly between character ``end`` and ``start`` (spans
    sorted and not overlapping, ``ends`` their ends): by bisection, as a text can hold tens of
    thousands of sentences and a pair many passages."""
    return list(range(bisect_left(spans, (end,)), bisect_right(ends, start)))


def _union(sides: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sides`` merged into sorted, disjoint spans."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(sides):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _held_by(span: tuple[int, int], union: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps one of the sorted, disjoint spans of ``union``."""
    k = bisect_right(union, (span[1],))  # the spans starting before ``span`` ends
    return k > 0 and union[k - 1][1] > span[0] and union[k - 1][0] < span[1]


def _gap_chain(
    rows: list[int], cols: list[int], src: DocSentences, tgt: DocSentences, pair: _Pair
) -> list[tuple[int, int, int, int, float]]:
    """The in-order chain of rewritten sentence pairs of one gap (see :func:`_fill_gaps`)."""
    cos = _array(pair.src[rows] @ pair.tgt[cols].T)
    ok = np.zeros(cos.shape, dtype=bool)
    for a, b in zip(*np.nonzero(cos >= FILL_COSINE), strict=True):
        ok[a, b] = _rewritten(rows[a], cols[b], src, tgt)
    out = []
    for a, b in _in_order(np.where(ok, cos, 0.0)):
        (s0, s1), (t0, t1) = src.spans[rows[a]], tgt.spans[cols[b]]
        out.append((s0, s1, t0, t1, float(cos[a, b])))
    return out


def _rewritten(i: int, j: int, src: DocSentences, tgt: DocSentences) -> bool:
    """Whether source sentence ``i`` and target sentence ``j`` share :data:`FILL_CONTAINMENT`
    of the shorter one's content stems (it having :data:`PARA_MIN_CONTENT`) and no numbers
    contradict."""
    x, y = src.content[i], tgt.content[j]
    short = min(len(x), len(y))
    if short < PARA_MIN_CONTENT or len(x & y) / short < FILL_CONTAINMENT:
        return False
    return figures_agree(src.numbers[i], tgt.numbers[j])


def _in_order(gain: np.ndarray) -> list[tuple[int, int]]:
    """Cells ``(a, b)`` of positive ``gain``, increasing in both ``a`` and ``b``, with the
    most total gain (longest-common-subsequence style)."""
    m, n = gain.shape
    best = np.zeros((m + 1, n + 1))
    for a in range(m):
        for b in range(n):
            best[a + 1, b + 1] = max(best[a, b] + gain[a, b], best[a, b + 1], best[a + 1, b])
    out = []
    a, b = m, n
    while a and b:
        if gain[a - 1, b - 1] > 0 and best[a, b] == best[a - 1, b - 1] + gain[a - 1, b - 1]:
            out.append((a - 1, b - 1))
            a, b = a - 1, b - 1
        elif best[a, b] == best[a - 1, b]:
            a -= 1
        else:
            b -= 1
    return out[::-1]


def _one_rule(src_text: str, tgt_text: str) -> tuple[DocSentences, DocSentences]:
    """Sentence data of two texts stemmed in two languages, stemmed again with one rule (the
    English one) on a vocabulary of their own: a German article quoting an English statement,
    the French half of a bilingual release labelled Dutch, or a copy whose short text was
    labelled another language shared no stems with its source, so not even a verbatim copy
    was found (an audit).  Such pairs are few; re-stemming costs ~1.6 ms per pair."""
    vocab = Vocabulary()
    return doc_sentences(src_text, vocab), doc_sentences(tgt_text, vocab)


# A line that only introduces a quote: a name or role and a reporting verb, then a colon or
# an opening quotation mark ("Chief executive Rhona Galbraith said: “").  Two releases of one
# organisation share it whenever the same person speaks in both (an audit: it was the only
# passage linking two unrelated releases, "derived, date").
_SPEECH_TAG = re.compile(
    r"[^.!?\n]{0,80}?\b(?:said|says|added|adds|told\s[\w ]{1,30}|commented|explained|stated"
    r"|announced|warned)\s*[:,]?\s*[\"“„«']?\s*",
    re.IGNORECASE,
)


# A passage of up to this many characters a side, each opening with a speech tag, whose
# words after the tags share fewer than TAG_REST_SHARED content stems (and under a fifth of
# the shorter side's) shares who spoke and nothing of what was said (a review: two releases
# of one council quoting one councillor on a library and on parks were "derived" through
# the tag, which opens the quote's sentence in UK releases, 'said: "This is ...').  Two
# sentences' worth (2 x 128 characters, the ECB+ median, plus a tag); 2 stems: one word in
# common is chance.  Chosen by reasoning, not tuned.
TAG_PASSAGE_CHARS = 400
TAG_REST_SHARED = 2
# A speech tag that opens a quotation: the reporting verb, then a colon or a quotation mark
_QUOTE_TAG = re.compile(
    r"[^.!?\n\"“„«]{0,80}?\b(?:said|says|added|adds|told\s[\w ]{1,30}|commented|explained"
    r"|stated|announced|warned)\s*(?::\s*[\"“„«']?|,?\s*[\"“„«'])\s*",
    re.IGNORECASE,
)


def _speech_tag_only(src_text: str, tgt_text: str, d: Detection) -> bool:
    """Whether either side of a passage is only a speech tag, or both open with one and say
    different things after it (:data:`TAG_PASSAGE_CHARS`): the two then share who spoke,
    not what was said ("Councillor Tom Okafor, Leader of the Council, said:" against a
    sentence of what he said, in other words)."""
    src, tgt = src_text[d.src_start : d.src_end], tgt_text[d.tgt_start : d.tgt_end]
    return speech_tag(tgt) or speech_tag(src) or _tags_say_other_things(src, tgt)


def _tags_say_other_things(src: str, tgt: str) -> bool:
    """Whether two passages both open with a speech tag opening a quotation and their words
    after it share fewer than :data:`TAG_REST_SHARED` content stems, or under a fifth of the
    shorter's."""
    if max(len(src), len(tgt)) > TAG_PASSAGE_CHARS:
        return False
    rests = _tag_rests(src, tgt)
    if rests is None:
        return False
    mine, theirs = rests
    shared = len(mine & theirs)
    return shared < TAG_REST_SHARED or shared < 0.2 * min(len(mine), len(theirs))


def _without_tag_seeds(
    seeds: list[tuple[int, int]],
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
) -> list[tuple[int, int]]:
    """``seeds`` without the sentence pairs that both open with a speech tag and whose words
    after it would not pass the paraphrase test's containment on their own, with a margin
    (at most :data:`.paraphrase.PARA_CONTAINMENT` of the shorter rest's content stems): the tag's
    name and title made up the match.  One speaker's tag ("Manager Tomasz Reyes said:
    "...") matched two quotes of different matches that shared "I thought the lads", and
    the passage it seeded ran on over the club's stock lines (a review: a club's report of
    one match was "partially derived", 0.48, from its report of another)."""
    if not may_quote(src_text) or not may_quote(tgt_text):
        return seeds
    out = []
    for i, j in seeds:
        (a0, a1), (b0, b1) = src.spans[i], tgt.spans[j]
        if not _tag_made_the_match(src_text[a0:a1], tgt_text[b0:b1]):
            out.append((i, j))
    return out


def _tag_rests(src: str, tgt: str) -> tuple[set[str], set[str]] | None:
    """The content stems after the speech tag opening a quotation of each of two texts, or
    None unless both open with one (:data:`_QUOTE_TAG`)."""
    a, b = _QUOTE_TAG.match(src), _QUOTE_TAG.match(tgt)
    if a is None or b is None:
        return None
    return _content_stems(src[a.end() :]), _content_stems(tgt[b.end() :])


def _tag_made_the_match(src: str, tgt: str) -> bool:
    """Whether two sentences both open with a speech tag opening a quotation and their rests
    share at most :data:`.paraphrase.PARA_CONTAINMENT` of the shorter's content stems."""
    rests = _tag_rests(src, tgt)
    if rests is None:
        return False
    mine, theirs = rests
    short = min(len(mine), len(theirs))
    return not short or len(mine & theirs) <= PARA_CONTAINMENT * short


def speech_tag(passage: str) -> bool:
    """Whether a passage is only a speech tag (see :data:`_SPEECH_TAG`): no reuse of text."""
    return len(passage) <= 100 and _SPEECH_TAG.fullmatch(passage) is not None


def _bridge(dets: list[Detection], src: DocSentences, tgt: DocSentences) -> list[Detection]:
    """Join consecutive paraphrase passages that follow each other on both sides (see
    :func:`_follows`): gap shrinking can cut a rewritten stretch at a sentence whose rewrite
    shares too few words to seed, which is then left out of both passages.  Verbatim and
    edited passages are kept apart (their kind is the user's evidence)."""
    out: list[Detection] = []
    for d in sorted(dets, key=lambda d: d.tgt_start):
        p = out[-1] if out else None
        if p and p.kind == d.kind == "paraphrase" and _follows(p, d, src, tgt):
            out[-1] = replace(p, src_end=d.src_end, tgt_end=d.tgt_end, score=max(p.score, d.score))
        else:
            out.append(d)
    return out


def _follows(p: Detection, d: Detection, src: DocSentences, tgt: DocSentences) -> bool:
    """Whether ``d`` follows ``p`` on both sides with a bridgeable gap: no sentence between
    them on either side, or 1 to BRIDGE_GAP on both (a sentence rewritten too freely to
    seed, opposite its source).  A gap on one side only is that side's own text (a paragraph
    a rewrite inserted, whichever side of the alignment the rewrite is on): not joined."""
    s_gap = _sentences_between(src.spans, p.src_end, d.src_start)
    t_gap = _sentences_between(tgt.spans, p.tgt_end, d.tgt_start)
    if s_gap == 0 and t_gap == 0:
        return True
    return 1 <= s_gap <= BRIDGE_GAP and 1 <= t_gap <= BRIDGE_GAP


def _sentences_between(spans: Sequence[tuple[int, int]], end: int, start: int) -> int:
    """Sentences lying wholly between character ``end`` and ``start`` (-1 if they overlap
    or ``start`` comes first)."""
    if start < end:
        return -1
    return sum(1 for a, b in spans if a >= end and b <= start)


def _sentences_spanned(dets: list[tuple[int, int, int, int, float]], tgt: DocSentences) -> int:
    """Most target sentences inside the target side of one detection."""
    return max((_inside(tgt.spans, d[2], d[3]) for d in dets), default=0)


def _summary_pass(
    dets: list[tuple[int, int, int, int, float]],
    seeds: list[tuple[int, int]],
    src: DocSentences,
    tgt: DocSentences,
    pair: _Pair,
    params: AlignParams,
    texts: tuple[str, str],
) -> tuple[list[tuple[int, int, int, int, float]], bool]:
    """Detections after the summary pass or widening, and whether either changed them
    (``texts``: the source's and the target's, see :func:`_quotes_source`)."""
    low = replace(
        params,
        seed_cosine=params.summary_seed,
        seed_dice=params.summary_seed,
        validate_cosine=params.summary_validate,
        paraphrase=False,
    )
    if _live_page(texts[0]):
        return dets, False
    lower = params.summary_seed < params.seed_cosine
    summary_seeds = _seeds(src, tgt, pair, low) if lower else seeds
    if summary_seeds and _looks_summary(dets, summary_seeds, src, tgt, params):
        summ = _run(src, tgt, pair, summary_seeds, low, params.gap_summary, params.gap_summary_tgt)
        if summ:
            return (_summary_hull(summ) if SUMMARY_HULL else summ), True
    elif dets and (params.widen or params.widen_scattered):
        widened = _widen(dets, src, tgt, pair, replace(low, widen=params.widen), texts)
        return widened, widened != dets
    return dets, False


def corroborated(
    dets: Sequence[Detection],
    src_len: int,
    tgt_len: int,
    params: AlignParams,
    sentences: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] | None = None,
) -> bool:
    """Whether some passage is more than a weak paraphrase (see :data:`WEAK_PARAPHRASE`);
    ``sentences``: the two texts' sentence spans, to count the sentences a passage holds."""
    for d in dets:
        if d.kind != "paraphrase" or d.score >= params.weak_paraphrase:
            return True
        src_share = (d.src_end - d.src_start) / max(src_len, 1)
        tgt_share = (d.tgt_end - d.tgt_start) / max(tgt_len, 1)
        if min(src_share, tgt_share) >= WEAK_COVER:
            return True
        if (
            sentences
            and min(
                _inside(sentences[0], d.src_start, d.src_end),
                _inside(sentences[1], d.tgt_start, d.tgt_end),
            )
            >= WEAK_SENTENCES
        ):
            return True
    return False


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> int:
    """Sentences of ``spans`` wholly inside ``[start, end)``."""
    return sum(1 for a, b in spans if a >= start and b <= end)


def _embed_corroborates(pair: _Pair, m: int, n: int) -> bool:
    """Whether an embed seed vouches for a pair of texts of ``m`` and ``n`` sentences."""
    if not pair.embedded:
        return False
    from newstrace.stages.align import embed

    return max(m, n) <= embed.EMBED_CORROBORATE_TEXT


def _add_embed_seeds(
    src_text: str,
    src: DocSentences,
    tgt_text: str,
    tgt: DocSentences,
    pair: _Pair,
    seeds: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Seeds plus sentence pairs close in embedding space (when the model is installed)."""
    from newstrace.stages.align import embed

    if not embed.available():
        return seeds
    have = set(seeds)
    for i, j, c in embed.embed_seeds(src_text, src.spans, tgt_text, tgt.spans):
        pair.embedded.add((i, j))
        pair.seed_cos.setdefault((i, j), c)
        if (i, j) not in have:
            have.add((i, j))
            seeds.append((i, j))
    return seeds


def _summary_hull(
    dets: list[tuple[int, int, int, int, float]],
) -> list[tuple[int, int, int, int, float]]:
    """One detection for a summary: the hull of the summary-pass detections."""
    t0, t1 = min(d[2] for d in dets), max(d[3] for d in dets)
    s0, s1 = min(d[0] for d in dets), max(d[1] for d in dets)
    return [(s0, s1, t0, t1, max(d[4] for d in dets))]


def _widen(
    dets: list[tuple[int, int, int, int, float]],
    src: DocSentences,
    tgt: DocSentences,
    pair: _Pair,
    params: AlignParams,
    texts: tuple[str, str],
) -> list[tuple[int, int, int, int, float]]:
    """Widen summary-like detections (all of them when ``params.widen``), then merge; not a
    group whose target quotes the source's words (:func:`_quotes_source`)."""
    chosen: list[tuple[int, int, int, int, float]] = []
    rest: list[tuple[int, int, int, int, float]] = []
    if params.widen:
        chosen = dets
    else:
        for group in target_groups(dets):
            span = scattered_span(group, src, tgt, pair.src, pair.tgt)
            if span is not None and _quotes_source(group, *texts):
                span = None
            if span is None:
                rest.extend(group)
            else:
                chosen.extend(extend_target(group, span) if EXTEND_TARGET else group)
    if not chosen:
        return dets
    wide = replace(params, seed_cosine=WIDEN_SEED, seed_dice=WIDEN_SEED, paraphrase=False)
    seeds = _seeds(src, tgt, pair, wide)
    out = _merge_overlaps(_widen_summaries(chosen, seeds, src, tgt) + rest, tgt.spans)
    if params.widen or all(_condensed([d]) for d in out if d not in dets):
        return out
    return dets  # a widened passage that condenses nothing: no summary


_Det5 = tuple[int, int, int, int, float]
# A summary condenses its source: when a passage the widening made has a source side under
# SUMMARY_GROUP_RATIO times its target side (its target stretched over a whole follow-up),
# the pair is no summary and its detections stand as found (a review: a radio interview's
# next-day follow-up, three weak passages among other people's reactions, was one passage
# over all of it, 1.0 of it "derived").  2.0, a priori: the pair-level summary spread
# (provenance.SUMMARY_SPREAD).
SUMMARY_GROUP_RATIO = 2.0


def _condensed(group: Sequence[_Det5]) -> bool:
    """Whether ``group``'s source hull is :data:`SUMMARY_GROUP_RATIO` times its target hull."""
    src = max(d[1] for d in group) - min(d[0] for d in group)
    tgt = max(d[3] for d in group) - min(d[2] for d in group)
    return src >= SUMMARY_GROUP_RATIO * tgt


# A live page runs newest entry first ("16:45 - ...", "14:05 - ..."): a wrap-up retelling some
# of its entries in time order jumps back along it as a summary does, and widening made the
# whole page its source (a review: 100% of a page of seven entries, of which the wrap-up used
# four).  A page with LIVE_ENTRIES lines or more opening with a time, most of them earlier
# than the one above, is not read as a summary's source.
LIVE_ENTRIES = 3
_TIMED_LINE = re.compile(
    r"^[ \t]*(\d{1,2})[:.](\d\d)(?:[ \t]*[ap]\.?m\.?)?[ \t]*[-\u2013\u2014|]", re.M | re.I
)


def _live_page(text: str) -> bool:
    """Whether ``text`` is a live page (see :data:`LIVE_ENTRIES`): timed lines, the later
    first (a transcript's or a schedule's times run forward: a summary condenses them)."""
    times = [int(h) * 60 + int(m) for h, m in _TIMED_LINE.findall(text)]
    if len(times) < LIVE_ENTRIES:
        return False
    back = sum(1 for x, y in zip(times, times[1:], strict=False) if y < x)
    return back * 2 > len(times) - 1


# A report of a speech, a debate or an interview picks its points in its own order, so its
# passages jump about the record as a summary's do, and widening made the whole record its
# source and stretched its share over the reactions between (a review: stories quoting 12-35%
# of a minister's speech came out "wholly" derived, 0.87-0.98).  A summary condenses and
# quotes a phrase at most; a report quotes the speaker's sentences: a group whose target
# holds a quoted sentence (opening with a capital) sharing a run of QUOTE_RUN_WORDS words
# with the source is not widened (a second review: a digest quoting one phrase of a report
# had lost its coverage).  Six words: a phrase two texts
# on one subject hardly share by chance (chosen by reasoning; PAN13's summary class is
# unchanged, docs/results.md).
QUOTE_RUN_WORDS = 6
_QUOTE_WORD = re.compile(r"\w+")


def _quotes_source(group: Sequence[tuple[int, int, int, int, float]], src: str, tgt: str) -> bool:
    """Whether a quote of ``tgt`` within the target side of ``group`` shares a run of
    :data:`QUOTE_RUN_WORDS` words with ``src`` (case ignored)."""
    if not src or not tgt or not may_quote(tgt):
        return False
    lo, hi = min(d[2] for d in group), max(d[3] for d in group)
    quotes = [(s, e) for s, e in quoted_spans(tgt) if s < hi and lo < e]
    if not quotes:
        return False
    have = _word_runs(src)
    for s, e in quotes:
        words = _QUOTE_WORD.findall(tgt, s, e)
        if not words or not words[0][:1].isupper():
            continue  # a phrase quoted ("a culture of denial"), as a summary may: no report
        words = [w.lower() for w in words]
        n = QUOTE_RUN_WORDS
        if any(tuple(words[k : k + n]) in have for k in range(len(words) - n + 1)):
            return True
    return False


@functools.lru_cache(maxsize=64)  # a record is asked about for each report of it
def _word_runs(text: str) -> frozenset[tuple[str, ...]]:
    """The runs of :data:`QUOTE_RUN_WORDS` words of ``text`` outside its quotes, in lower
    case: the record's own words (a transcript's, a debate's), not a quote it carries.  A
    run does not reach across a quote: the words either side of one are not a run."""
    quotes = quoted_spans(text) if may_quote(text) else []
    bounds = [0, *(x for span in quotes for x in span), len(text)]
    n, runs = QUOTE_RUN_WORDS, set[tuple[str, ...]]()
    for s, e in zip(bounds[::2], bounds[1::2], strict=True):  # the stretches between quotes
        words = [w.lower() for w in _QUOTE_WORD.findall(text, s, e)]
        runs.update(tuple(words[k : k + n]) for k in range(len(words) - n + 1))
    return frozenset(runs)


def _widen_summaries(
    dets: list[tuple[int, int, int, int, float]],
    seeds: list[tuple[int, int]],
    src: DocSentences,
    tgt: DocSentences,
) -> list[tuple[int, int, int, int, float]]:
    """Widen the source side of detections whose target is summarised from a long stretch.

    For each detection, the low-threshold seeds whose target sentence lies inside its target
    side are clustered along the source (gap :data:`GAP_SUMMARY`); when the largest cluster has
    at least :data:`WIDEN_MIN_SEEDS` distinct source sentences and spans at least
    :data:`SUMMARY_RATIO` times the target side, the source side becomes that cluster's hull.
    """
    out = []
    for d in dets:
        inside = [(s, t) for s, t in seeds if tgt.spans[t][0] >= d[2] and tgt.spans[t][1] <= d[3]]
        best: list[tuple[int, int]] = []
        if inside:
            best = max(_split(inside, 0, GAP_SUMMARY), key=len)
        rows = sorted({s for s, _ in best})
        if len(rows) >= WIDEN_MIN_SEEDS:
            a, b = src.spans[rows[0]][0], src.spans[rows[-1]][1]
            if b - a >= SUMMARY_RATIO * (d[3] - d[2]):
                d = (min(a, d[0]), max(b, d[1]), d[2], d[3], d[4])
        out.append(d)
    return out


def _merge_overlaps(
    dets: list[tuple[int, int, int, int, float]],
    tgt_spans: Sequence[tuple[int, int]],
) -> list[tuple[int, int, int, int, float]]:
    """Merge detections whose source sides overlap into their hull (both sides), unless
    more than :data:`GAP_SUMMARY_TGT` target sentences lie between their target sides: the
    hull would hold the target's own text between them as a passage (an audit: a feature
    restating four sentences of a press conference's transcript, far apart, one of them
    read as a summary, became one passage of 58% of the feature)."""
    if not MERGE:
        return dets
    out: list[tuple[int, int, int, int, float]] = []
    for d in sorted(dets, key=lambda d: d[0]):
        if out and d[0] < out[-1][1] and _target_gap(out[-1], d, tgt_spans) <= GAP_SUMMARY_TGT:
            p = out[-1]
            out[-1] = (p[0], max(p[1], d[1]), min(p[2], d[2]), max(p[3], d[3]), max(p[4], d[4]))
        else:
            out.append(d)
    return sorted(out, key=lambda d: d[2])


def _target_gap(
    a: tuple[int, int, int, int, float],
    b: tuple[int, int, int, int, float],
    spans: Sequence[tuple[int, int]],
) -> int:
    """Target sentences lying wholly between the target sides of two detections (0 when
    they overlap)."""
    first, second = sorted([(a[2], a[3]), (b[2], b[3])])
    return max(0, _sentences_between(spans, first[1], second[0]))


def _looks_summary(
    dets: list[tuple[int, int, int, int, float]],
    seeds: list[tuple[int, int]],
    src: DocSentences,
    tgt: DocSentences,
    params: AlignParams,
) -> bool:
    """Whether the seeds suggest a short target summarising a long source stretch."""
    if dets:
        s = sum(d[1] - d[0] for d in dets)
        t = sum(d[3] - d[2] for d in dets)
        return s >= params.summary_ratio * t
    s_idx = sorted({s for s, _ in seeds})
    t_idx = sorted({t for _, t in seeds})
    if len(s_idx) < 2:
        return False
    s_len = src.spans[s_idx[-1]][1] - src.spans[s_idx[0]][0]
    t_len = tgt.spans[t_idx[-1]][1] - tgt.spans[t_idx[0]][0]
    return s_len >= params.summary_ratio * max(t_len, 1)
