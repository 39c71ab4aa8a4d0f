"""Candidate article pairs for alignment, without comparing all pairs.

Two inverted indexes, both bounded by document frequency, both built in batch (numpy and
``scipy.sparse``, no Python loop per article, n-gram or posting):

1. **Word n-gram fingerprints** (as passim, with word n-grams instead of character n-grams):
   the 64-bit hashes of every article's word ``n``-grams (vectorised tokeniser of
   :mod:`newstrace.text.shingles`); n-grams whose document frequency lies in ``[2, max_df]``
   are kept and every pair of articles sharing at least ``min_shared`` of them is a candidate.
   Cost: O(total tokens) to hash and sort plus O(sum over kept n-grams of df^2) <=
   O(kept n-grams x max_df^2) to emit pairs; the df cap keeps common phrases ("the prime
   minister said") from producing quadratic blow-up.  All such pairs are kept: two shared
   rare 5-grams are strong evidence, and a wire story copied by many outlets must keep every
   copy paired with its source.
2. **Sentence vectors** for paraphrase (rewrites share few n-grams): every sentence is a
   tf-idf vector of its rare content stems (stop words and stems in more than ``max_df``
   sentences dropped); sentences are multiplied against all others in blocks of rows (a sparse
   product whose cost is bounded by the postings of the rare stems they share).  A sentence
   pair of two articles with cosine >= ``sentence_cosine`` (over the rare stems) adds its
   *full* cosine lower bound (the rare-stem dot product divided by the norms over all content
   stems) to its article pair's score; each article keeps only its ``top_k`` best-scoring
   partners.  Without that cap the pairs per article grow with the corpus (every extra
   article brings more sentences sharing a name or a rare word by chance): 48 per article on
   the 10k synthetic corpus.

Both accept an optional publication-date window (pairs whose known dates are further apart
than ``window_days`` are dropped, before ranking) and an optional exclusion by group (pairs
inside one duplicate group are not candidates and take no top-k slot).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import scipy.sparse as sp

from newstrace.records import Article
from newstrace.stages.align.sentences import DocSentences
from newstrace.text.shingles import SHINGLE_KEYS, mix64, tokenize_batch

# Word 5-grams with df in [2, 100] shared by >= 2 articles: on seeds 000/001 (wire copy) they
# share 14 such 5-grams; unrelated news on the same topic (000/004) share 0-1.  passim's default
# df cap is 100 as well.
NGRAM = 5
MAX_DF = 100
MIN_SHARED = 2
# Sentence-vector candidates: cosine of rare content-stem tf-idf vectors; 0.5 keeps the
# paraphrased sentence pairs of seeds 002/003 (checked by hand) while unrelated topical
# sentences on PAN13 no-plagiarism pairs stay below it.
SENTENCE_COSINE = 0.5
# Sentence-index partners kept per article (a pair is kept when it is in the top K of either
# article), ranked by the score of sentence_scores.  Chosen on bench/synth.py seed 1, 10k
# articles, 1,000 injected reuse pairs, all of which the uncapped index finds (478,985 sentence
# pairs, 48 per article, 4% of them linked by the aligner).  Gold pairs kept by the union of
# the n-gram pairs and the top K sentence pairs (pairs per article): K=3: 991 (2.2), K=5: 997
# (3.3), K=8: 999 (4.9), K=10: 1000 (6.1).  Ranking by the plain sum of sentence-pair scores
# kept 997 at K=5 and 999 at K=10; by the maximum rare-stem cosine, the sentence index alone
# kept 829 at K=5 (956 with the sum).  End to end (bench/bench_align.py), of the 176
# paraphrase pairs the uncapped index linked, ranking by the plain sum lost 3 at K=5 and 1 at
# K=10; this score at K=10 loses none.  In that corpus a story has ~8 articles, which share
# names and outrank a paraphrase source; real stories are larger, so K is a floor, not a fit.
TOP_K = 10
_BLOCK = 4096  # sentence rows per sparse product block
_PAIR_CHUNK = 1 << 22  # n-gram posting pairs emitted per step before they are counted
_TEXT_CHUNK = 2000  # texts hashed per step


@dataclass(frozen=True, slots=True)
class CandidateParams:
    ngram: int = NGRAM
    max_df: int = MAX_DF
    min_shared: int = MIN_SHARED
    sentence_cosine: float = SENTENCE_COSINE
    sentences: bool = True
    top_k: int = TOP_K
    window_days: int | None = None


# --- n-gram index ---


def _doc_grams(texts: Sequence[str], n: int, first: int) -> tuple[np.ndarray, np.ndarray]:
    """(hash, document) of the distinct word n-grams of each text, sorted by (hash, document);
    documents are numbered from ``first``."""
    tokens = tokenize_batch(texts)
    h, bounds = tokens.hashes, tokens.bounds
    if len(h) < n:
        return np.zeros(0, np.uint64), np.zeros(0, np.int32)
    combined = h[: len(h) - n + 1] * SHINGLE_KEYS[0]
    for j in range(1, n):
        combined += h[j : len(h) - n + 1 + j] * SHINGLE_KEYS[j]
    doc = np.repeat(np.arange(len(texts), dtype=np.int32), np.diff(bounds))[: len(combined)]
    # an n-gram starting at token i lies inside one document when token i + n - 1 is in it too
    inside = np.arange(len(combined)) + n - 1 < bounds[1:][doc]
    grams, doc = mix64(combined[inside]), doc[inside] + np.int32(first)
    order = np.lexsort((doc, grams))
    grams, doc = grams[order], doc[order]
    new = np.ones(len(grams), dtype=bool)
    new[1:] = (grams[1:] != grams[:-1]) | (doc[1:] != doc[:-1])
    return grams[new], doc[new]


def _ngram_postings(
    texts: Sequence[str], n: int, max_df: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Postings of the n-grams with document frequency in ``[2, max_df]``: the documents
    (grouped by n-gram, ascending within a group), each group's start and its size.

    Texts are hashed :data:`_TEXT_CHUNK` at a time, so only the (hash, document) arrays of
    the whole corpus (12 bytes per distinct n-gram of a document) are held at once."""
    parts = [
        _doc_grams(texts[lo : lo + _TEXT_CHUNK], n, lo) for lo in range(0, len(texts), _TEXT_CHUNK)
    ]
    grams = np.concatenate([g for g, _ in parts]) if parts else np.zeros(0, np.uint64)
    order = np.argsort(grams, kind="stable")  # stable: documents stay ascending per n-gram
    grams = grams[order]
    starts = np.flatnonzero(np.concatenate(([True], grams[1:] != grams[:-1])))
    del grams
    sizes = np.diff(np.append(starts, len(order)))
    keep = (sizes >= 2) & (sizes <= max_df)
    starts, sizes = starts[keep], sizes[keep]
    # gather only the kept postings, in the sorted order
    offsets = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    within = np.arange(offsets[-1]) - np.repeat(offsets[:-1], sizes)
    docs = np.concatenate([d for _, d in parts]) if parts else np.zeros(0, np.int32)
    members = docs[order[np.repeat(starts, sizes) + within]].astype(np.int64)
    return members, offsets[:-1], sizes


def _posting_pairs(doc: np.ndarray, start: np.ndarray, size: int) -> np.ndarray:
    """Pair keys ``a * 2**32 + b`` (a < b) of the postings of equal ``size`` at ``start``."""
    members = doc[start[:, None] + np.arange(size)]  # (postings, size), sorted within rows
    iu, ju = np.triu_indices(size, 1)
    return (members[:, iu] << 32 | members[:, ju]).ravel()


def _count_keys(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    keys, counts = np.unique(np.concatenate(parts), return_counts=True)
    return keys, counts


def ngram_pair_arrays(
    texts: Sequence[str], params: CandidateParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, as arrays, with their number of shared df-bounded n-grams."""
    doc, start, df = _ngram_postings(texts, params.ngram, params.max_df)
    chunks: list[tuple[np.ndarray, np.ndarray]] = []
    pending: list[np.ndarray] = []
    size_pending = 0
    for size in np.unique(df).tolist():
        starts = start[df == size]
        step = max(1, _PAIR_CHUNK // (size * (size - 1) // 2))
        for lo in range(0, len(starts), step):
            pending.append(_posting_pairs(doc, starts[lo : lo + step], size))
            size_pending += len(pending[-1])
            if size_pending >= _PAIR_CHUNK:
                chunks.append(_count_keys(pending))
                pending, size_pending = [], 0
    chunks.append(_count_keys(pending))
    keys = np.concatenate([k for k, _ in chunks])
    counts = np.concatenate([c for _, c in chunks])
    keys, inverse = np.unique(keys, return_inverse=True)
    shared = np.bincount(inverse, weights=counts).astype(np.int64)
    ok = shared >= params.min_shared
    keys, shared = keys[ok], shared[ok]
    return keys >> 32, keys & 0xFFFFFFFF, shared


def ngram_pairs(texts: Sequence[str], params: CandidateParams) -> Counter[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, with the number of shared df-bounded n-grams."""
    a, b, shared = ngram_pair_arrays(texts, params)
    pairs = zip(a.tolist(), b.tolist(), strict=True)
    return Counter(dict(zip(pairs, shared.tolist(), strict=True)))


# --- sentence index ---


def _sentence_matrices(
    docs: Sequence[DocSentences], n_stop: int, max_df: int
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray, np.ndarray]:
    """Rare-stem tf-idf rows, their owners, their rare-stem norms and their content norms."""
    width = max(d.counts.shape[1] for d in docs if len(d))
    owner = np.repeat(np.arange(len(docs), dtype=np.int64), [len(d) for d in docs])
    m = sp.vstack([d.matrix(width) for d in docs if len(d)]).tocsc()
    df = np.diff(m.indptr)
    content = (df >= 1) & (np.arange(width) >= n_stop)
    idf = np.zeros(width)
    idf[content] = np.log(m.shape[0] / df[content])
    weighted = sp.csr_matrix(m @ sp.diags(idf))
    sq = weighted.multiply(weighted)
    full = np.sqrt(np.asarray(sq.sum(axis=1)).ravel())
    rare = np.flatnonzero(content & (df >= 2) & (df <= max_df))
    r = weighted[:, rare].tocsr()
    rnorm = np.sqrt(np.asarray(r.multiply(r).sum(axis=1)).ravel())
    full[full == 0] = 1.0
    rnorm[rnorm == 0] = 1.0
    return r, owner, rnorm, full


def _best_per_sentence(keys: np.ndarray, side: np.ndarray, score: np.ndarray) -> np.ndarray:
    """Per distinct key (sorted): the sum over its sentences ``side`` of their best score."""
    order = np.lexsort((side, keys))
    keys, side, score = keys[order], side[order], score[order]
    first = np.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (side[1:] != side[:-1])
    starts = np.flatnonzero(first)
    best = np.maximum.reduceat(score, starts)
    _, inverse = np.unique(keys[starts], return_inverse=True)
    return np.bincount(inverse, weights=best)


def _block_bounds(owner: np.ndarray, block: int) -> list[tuple[int, int]]:
    """Row ranges of about ``block`` rows that never cut an article's sentences apart."""
    bounds = [0]
    while bounds[-1] < len(owner):
        stop = min(bounds[-1] + block, len(owner))
        if stop < len(owner):  # move the cut back to the first row of that row's article
            cut = int(np.searchsorted(owner, owner[stop], side="left"))
            stop = cut if cut > bounds[-1] else int(np.searchsorted(owner, owner[stop], "right"))
        bounds.append(stop)
    return list(zip(bounds[:-1], bounds[1:], strict=True))


def sentence_scores(
    docs: Sequence[DocSentences], n_stop: int, params: CandidateParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Article pairs ``(i, j)``, ``i < j``, with a sentence pair of rare-stem cosine at least
    ``sentence_cosine``, and their score: over those sentence pairs, the sum over the
    sentences of ``i`` of their best content-cosine lower bound, the same over the sentences of
    ``j``, and the smaller of the two (each sentence counts once, so two articles of one story
    naming the same people in many sentences do not add up every combination)."""
    empty = np.zeros(0, np.int64)
    if sum(1 for d in docs if len(d)) < 2:
        return empty, empty, np.zeros(0)
    m, owner, rnorm, full = _sentence_matrices(docs, n_stop, params.max_df)
    mt = m.T.tocsc()
    keys: list[np.ndarray] = []
    scores: list[np.ndarray] = []
    for lo, hi in _block_bounds(owner, _BLOCK):
        block = (m[lo:hi] @ mt).tocoo()
        row = block.row.astype(np.int64) + lo
        col = block.col.astype(np.int64)
        a, b = owner[row], owner[col]
        ok = (a < b) & (block.data >= params.sentence_cosine * rnorm[row] * rnorm[col])
        if not ok.any():
            continue
        row, col, key = row[ok], col[ok], a[ok] << 32 | b[ok]
        score = block.data[ok] / (full[row] * full[col])
        # all sentences of an article lie in one block: every key is complete here
        keys.append(np.unique(key))
        scores.append(
            np.minimum(_best_per_sentence(key, row, score), _best_per_sentence(key, col, score))
        )
    if not keys:
        return empty, empty, np.zeros(0)
    key = np.concatenate(keys)
    return key >> 32, key & 0xFFFFFFFF, np.concatenate(scores)


def sentence_pairs(
    docs: Sequence[DocSentences], n_stop: int, params: CandidateParams
) -> set[tuple[int, int]]:
    """Article pairs with at least one pair of sentences of high rare-stem cosine (uncapped)."""
    a, b, _ = sentence_scores(docs, n_stop, params)
    return set(zip(a.tolist(), b.tolist(), strict=True))


def top_k(a: np.ndarray, b: np.ndarray, score: np.ndarray, k: int) -> np.ndarray:
    """Indices of the pairs that are among the ``k`` best-scoring pairs of ``a`` or of ``b``
    (ties broken by the partner's index, so the result does not depend on input order)."""
    if len(a) == 0:
        return np.zeros(0, np.int64)
    node = np.concatenate([a, b])
    other = np.concatenate([b, a])
    sc = np.concatenate([score, score])
    pid = np.tile(np.arange(len(a), dtype=np.int64), 2)
    order = np.lexsort((other, -sc, node))
    node, pid = node[order], pid[order]
    first = np.ones(len(node), dtype=bool)
    first[1:] = node[1:] != node[:-1]
    group_start = np.maximum.accumulate(np.where(first, np.arange(len(node)), 0))
    rank = np.arange(len(node)) - group_start
    return np.unique(pid[rank < k])


# --- filters and the combined candidates ---


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _allowed(
    a: np.ndarray,
    b: np.ndarray,
    articles: Sequence[Article],
    window_days: int | None,
    groups: np.ndarray | None,
) -> np.ndarray:
    """Mask of pairs inside the date window (if any) and not inside one group."""
    ok = np.ones(len(a), dtype=bool)
    if window_days is not None:
        days = np.array(
            [d.toordinal() if (d := _day(x.published)) else -1 for x in articles], dtype=np.int64
        )
        da, db = days[a], days[b]
        ok &= (da < 0) | (db < 0) | (np.abs(da - db) <= window_days)
    if groups is not None:
        ok &= (groups[a] < 0) | (groups[a] != groups[b])
    return ok


def candidate_pairs(
    articles: Sequence[Article],
    docs: Sequence[DocSentences],
    n_stop: int,
    params: CandidateParams | None = None,
    groups: np.ndarray | None = None,
) -> list[tuple[int, int]]:
    """Sorted candidate pairs of article indices ``(i, j)``, ``i < j``.

    ``groups``: an optional group number per article (-1 for none); pairs inside one group
    (duplicates, aligned elsewhere) are left out before the sentence pairs are ranked.
    """
    params = params or CandidateParams()
    a, b, _ = ngram_pair_arrays([x.text for x in articles], params)
    keep = _allowed(a, b, articles, params.window_days, groups)
    keys = [a[keep] << 32 | b[keep]]
    if params.sentences:
        sa, sb, score = sentence_scores(docs, n_stop, params)
        ok = _allowed(sa, sb, articles, params.window_days, groups)
        sa, sb, score = sa[ok], sb[ok], score[ok]
        best = top_k(sa, sb, score, params.top_k)
        keys.append(sa[best] << 32 | sb[best])
    merged = np.unique(np.concatenate(keys))
    return list(zip((merged >> 32).tolist(), (merged & 0xFFFFFFFF).tolist(), strict=True))
