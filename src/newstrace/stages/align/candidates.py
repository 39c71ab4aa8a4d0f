"""Candidate article pairs for alignment, without comparing all pairs.

Two indexes, both inverted, both bounded by document frequency:

1. **Word n-gram fingerprints** (as passim, with word n-grams instead of character n-grams):
   every article contributes the hashes of its lower-cased word ``n``-grams; n-grams whose
   document frequency lies in ``[2, max_df]`` are kept and every pair of articles sharing at
   least ``min_shared`` of them is a candidate.  Cost: O(total tokens) to hash plus
   O(sum over kept n-grams of df^2) <= O(kept n-grams x max_df^2) to emit pairs; the cap on df
   keeps common phrases ("the prime minister said") from producing quadratic blow-up.
2. **Sentence vectors** for paraphrase (rewrites share few n-grams): every sentence is a
   tf-idf vector of its content stems (stop words and stems in more than ``max_df`` sentences
   dropped); sentences are multiplied against all others in blocks of rows (a sparse product
   whose cost is bounded by the postings of the rare stems they share) and any two sentences
   of different articles with cosine >= ``sentence_cosine`` make their articles a candidate.

Both accept an optional publication-date window: pairs whose known dates are further apart
than ``window_days`` are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import scipy.sparse as sp
import xxhash

from newstrace.records import Article
from newstrace.stages.align.sentences import DocSentences

_WORD = re.compile(r"\w+")

# Word 5-grams with df in [2, 100] shared by >= 2 articles: on seeds 000/001 (wire copy) they
# share 14 such 5-grams; unrelated news on the same topic (000/004) share 0-1.  passim's default
# df cap is 100 as well.
NGRAM = 5
MAX_DF = 100
MIN_SHARED = 2
# Sentence-vector candidates: cosine of content-stem tf-idf vectors; 0.5 keeps the
# paraphrased sentence pairs of seeds 002/003 (checked by hand) while unrelated topical
# sentences on PAN13 no-plagiarism pairs stay below it.
SENTENCE_COSINE = 0.5
_BLOCK = 2048


@dataclass(frozen=True, slots=True)
class CandidateParams:
    ngram: int = NGRAM
    max_df: int = MAX_DF
    min_shared: int = MIN_SHARED
    sentence_cosine: float = SENTENCE_COSINE
    sentences: bool = True
    window_days: int | None = None


def _fingerprints(text: str, n: int) -> np.ndarray:
    """Unique 64-bit hashes of the lower-cased word n-grams of ``text``."""
    words = _WORD.findall(text.lower())
    if len(words) < n:
        return np.zeros(0, dtype=np.uint64)
    grams = (" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return np.unique(
        np.fromiter((xxhash.xxh3_64_intdigest(g.encode()) for g in grams), dtype=np.uint64)
    )


def ngram_pairs(texts: Sequence[str], params: CandidateParams) -> Counter[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, with the number of shared df-bounded n-grams."""
    hashes = [_fingerprints(t, params.ngram) for t in texts]
    if not hashes:
        return Counter()
    docs = np.concatenate([np.full(len(h), i, dtype=np.int64) for i, h in enumerate(hashes)])
    allh = np.concatenate(hashes)
    order = np.argsort(allh, kind="stable")
    allh, docs = allh[order], docs[order]
    uniq, start, counts = np.unique(allh, return_index=True, return_counts=True)
    keep = (counts >= 2) & (counts <= params.max_df)
    shared: Counter[tuple[int, int]] = Counter()
    for s, c in zip(start[keep].tolist(), counts[keep].tolist(), strict=True):
        members = docs[s : s + c].tolist()
        for a in range(c):
            for b in range(a + 1, c):
                shared[(members[a], members[b])] += 1
    return Counter({p: k for p, k in shared.items() if k >= params.min_shared})


def sentence_pairs(
    docs: Sequence[DocSentences], n_stop: int, params: CandidateParams
) -> set[tuple[int, int]]:
    """Article pairs with at least one pair of sentences of high content-stem cosine."""
    mats = [d.counts for d in docs if len(d)]
    if len(mats) < 2:
        return set()
    width = max(m.shape[1] for m in mats)
    owner = np.concatenate([np.full(len(d), i, dtype=np.int64) for i, d in enumerate(docs)])
    m = sp.vstack([d.matrix(width) for d in docs if len(d)]).tocsc()
    df = np.diff(m.indptr)
    usable = np.flatnonzero((df >= 2) & (df <= params.max_df) & (np.arange(width) >= n_stop))
    m = m[:, usable].tocsr()
    idf = np.log(m.shape[0] / df[usable])
    m = sp.csr_matrix(m @ sp.diags(idf))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    m = sp.csr_matrix(sp.diags(1.0 / norms) @ m)
    mt = m.T.tocsc()
    out: set[tuple[int, int]] = set()
    for start in range(0, m.shape[0], _BLOCK):
        block = (m[start : start + _BLOCK] @ mt).tocoo()
        hit = block.data >= params.sentence_cosine
        a = owner[block.row[hit] + start]
        b = owner[block.col[hit]]
        diff = a != b
        for x, y in zip(a[diff].tolist(), b[diff].tolist(), strict=True):
            out.add((x, y) if x < y else (y, x))
    return out


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def candidate_pairs(
    articles: Sequence[Article],
    docs: Sequence[DocSentences],
    n_stop: int,
    params: CandidateParams | None = None,
) -> list[tuple[int, int]]:
    """Sorted candidate pairs of article indices ``(i, j)``, ``i < j``."""
    params = params or CandidateParams()
    pairs = set(ngram_pairs([a.text for a in articles], params))
    if params.sentences:
        pairs |= sentence_pairs(docs, n_stop, params)
    if params.window_days is not None:
        days = [_day(a.published) for a in articles]
        window = params.window_days

        def close(p: tuple[int, int]) -> bool:
            d1, d2 = days[p[0]], days[p[1]]
            return d1 is None or d2 is None or abs((d1 - d2).days) <= window

        pairs = {p for p in pairs if close(p)}
    return sorted(pairs)
