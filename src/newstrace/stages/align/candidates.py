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
   the 10k synthetic corpus.  Two short texts (:data:`SHORT_SENTENCES`) that are each
   other's best short partner are a pair down to :data:`SHORT_COSINE` (a flash rewritten in
   other words; at most one such pair per text).

Both accept an optional publication-date window (pairs whose known dates are further apart
than ``window_days`` are dropped, before ranking) and an optional exclusion by group (pairs
inside one duplicate group are not candidates and take no top-k slot).

**Incremental search** (``query``: a mask of the new articles): the indexes still cover the
whole corpus (document frequencies and idf depend on every article), but only postings and
sentence rows of query articles are turned into pairs, and only pairs touching a query article
are returned -- exactly those of a full run.  For the top-k rule that needs the complete
partner list of both ends of a pair: the rows of the query articles are multiplied against all
sentences, then the rows of their old partners (to rank the pair among the old article's
partners too); nothing else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import scipy.sparse as sp

from newstrace.records import Article
from newstrace.stages.align.paraphrase import PARA_COSINE
from newstrace.stages.align.sentences import DocSentences, SentenceTable
from newstrace.text.arrays import sorted_unique
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
# Two short texts (at most SHORT_SENTENCES sentences each: briefs, flashes, quoted passages)
# that are each other's best short partner are a pair down to the aligner's paraphrase seed
# cosine (PARA_COSINE): a rewrite of one or two sentences shares few rare stems.  Webis-CPC-11
# as one corpus of 2,000 texts (docs/results.md): Yes linked to their original 0.644 ->
# 0.700, texts linked to another original 0.0055 -> 0.0055; the same-topic control, 982 ECB+
# news leads as one corpus, 42 -> 42 pairs across events (728 -> 732 within).  The floor
# alone for every short pair gave 0.738 but 87 pairs across events and flooded a feed of
# short items (taken back); best partner of either end 0.714 and 43; floors of 0.1 to 0.3
# give 0.686-0.700.  3 as a brief or a flash; 5 gives the same figures.
SHORT_SENTENCES = 3
SHORT_COSINE = PARA_COSINE
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
# A sentence of a mass copy group's duplicate (not its canonical copy) is its own, and stays
# in the sentence index, when fewer than this share of its content stems occur in the
# canonical copy: a paragraph the paper added, not one of the story's sentences edited (a
# near copy shares >= 0.8 of its word 5-gram shingles with the canonical copy, so its edited
# sentences keep most of their stems).  Set a priori at one half, not tuned.
OWN_SENTENCE = 0.5
_BLOCK = 4096  # sentence rows per sparse product block
_PAIR_CHUNK = 1 << 22  # n-gram posting pairs emitted per step before they are counted
_TEXT_CHUNK = 2000  # texts hashed per step
_SORT_ENTRIES = 1 << 21  # (n-gram, document) entries sorted per step (by hash range)
_ROWS = 1 << 16  # sentences weighted per step
_TOPK_ENTRIES = 1 << 22  # scored (article, partner) entries held before they are ranked
_ENTRIES = 1 << 22  # stem entries counted per step (32 MB as int64); not tuned
_ARTICLES = 4096  # articles whose stems are counted per step; not tuned


@dataclass(frozen=True, slots=True)
class CandidateParams:
    ngram: int = NGRAM
    max_df: int = MAX_DF
    min_shared: int = MIN_SHARED
    sentence_cosine: float = SENTENCE_COSINE
    sentences: bool = True
    top_k: int = TOP_K
    window_days: int | None = None


@dataclass(frozen=True, slots=True)
class Copies:
    """The duplicate groups of a corpus, for the indexes: a group number per article (-1 when
    in none) and which articles are their groups' canonical copies.

    A story reprinted word for word by more outlets than ``max_df`` would otherwise push every
    one of its n-grams and stems over the document-frequency cap, and its partial reprints and
    rewrites would find no partner at all.  So a group counts once: in an n-gram's postings
    only its canonical copy (else its first member holding the n-gram) stands for it -- a
    member's own n-grams still pair it (a chain through a near duplicate) -- and the sentence
    index holds the sentences of canonical copies, and of the other members only their own
    sentences (:func:`hidden_rows`: a paragraph a copy added, which a rewrite may take; its
    other sentences are near copies of the canonical's, and links to them would be withdrawn
    as explained by the canonical copy)."""

    group: np.ndarray
    canonical: np.ndarray
    # per article: its place in article-id order, so the member standing for an n-gram its
    # canonical copy lacks is the same whatever order the members were added in (None: the
    # corpus order)
    rank: np.ndarray | None = None

    @property
    def hidden(self) -> np.ndarray:
        """Articles the sentence index shows only their own sentences of: duplicates of a
        canonical copy."""
        return (self.group >= 0) & ~self.canonical

    def hidden_rows(self, table: SentenceCounts) -> np.ndarray:
        """Per sentence of ``table``: left out of the sentence index (:func:`hidden_rows`)."""
        rank = np.arange(len(self.group)) if self.rank is None else self.rank
        return hidden_rows(table, self.group, self.canonical, rank)


@dataclass(slots=True)
class Recheck:
    """Old pairs (aligned in an earlier analysis) whose place among the sentence index's top
    partners is decided again in an incremental search: those with an end that a new article
    joins as a partner, or in ``changed`` (bool per article: e.g. an article a new copy hid
    from the index).  The other end's partner list is completed too (its rows multiplied
    against all sentences), so the pair is judged as one search of the whole corpus judges
    it; ``lapsed`` gets the keys of those no longer among either end's top ``k``, and
    ``promoted`` the pairs of two old articles that the completed lists hold and a search of
    the old articles alone would not have paired (a slot freed by a word the batch made
    common, or the weights' drift with the corpus's size): one analysis of the whole corpus
    aligns them, and no earlier one did.  ``hidden_before``: the articles the index showed
    only their own sentences of before the batch (duplicates in a mass copy group then), for
    that search (default: those of ``before``); ``before``: those groups (their sentences
    shown as :meth:`Copies.hidden_rows` shows them; without it every sentence of a
    ``hidden_before`` article was hidden)."""

    old: np.ndarray  # keys i << 32 | j (i < j), sorted
    changed: np.ndarray  # bool per article
    hidden_before: np.ndarray | None = None
    before: Copies | None = None
    # per pair key: whether the pair was never aligned with no passage (the kept record of
    # such pairs, :class:`.heldlinks.HeldLinks`); None when not known
    never_empty: Callable[[np.ndarray], np.ndarray] | None = None
    rows_cache: tuple[SentenceCounts, np.ndarray | None] | None = field(
        default=None, repr=False, compare=False
    )
    lapsed: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    promoted: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))

    def __post_init__(self) -> None:
        if self.hidden_before is None and self.before is not None:
            self.hidden_before = self.before.hidden

    def touching(self, ends: np.ndarray) -> np.ndarray:
        """The old pairs with an end marked in ``ends`` (bool per article)."""
        return self.old[ends[self.old >> 32] | ends[self.old & 0xFFFFFFFF]]

    def shown_again(self, query: np.ndarray, hidden: np.ndarray | None) -> np.ndarray:
        """Per article: old ones the index left out before the batch and shows now (``hidden``
        now: e.g. a copy that a new copy's credit made its mass group's canonical copy).
        Their pairs with old articles were never searched."""
        if self.hidden_before is None:
            return np.zeros(len(query), dtype=bool)
        now = np.zeros(len(query), dtype=bool) if hidden is None else hidden
        return self.hidden_before & ~now & ~query

    def rows_before(self, table: SentenceCounts) -> np.ndarray | None:
        """Per sentence: left out of the index before the batch (None: none was); worked
        out once per table."""
        if self.rows_cache is not None and self.rows_cache[0] is table:
            return self.rows_cache[1]
        rows = None
        if self.before is not None:
            rows = self.before.hidden_rows(table)
        elif self.hidden_before is not None:
            rows = np.repeat(self.hidden_before, np.diff(table.doc_ptr))
        self.rows_cache = (table, rows)
        return rows

    def rows_shown_again(
        self, table: SentenceCounts, query: np.ndarray, now: np.ndarray | None
    ) -> np.ndarray:
        """Per article: old ones with a sentence the index left out before the batch and
        shows now (``now``: per sentence, left out now).  Their pairs through it with old
        articles were never searched."""
        then = self.rows_before(table)
        if then is None:
            return np.zeros(len(query), dtype=bool)
        again = then if now is None else then & ~now
        return _any_row(table, again) & ~query


# --- n-gram index ---


def _doc_grams(
    texts: Sequence[str], n: int, first: int, only: _Wanted | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(hash, document) of the distinct word n-grams of each text, sorted by (hash, document);
    documents are numbered from ``first``; with ``only``, just the n-grams it holds."""
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
    if only is not None:
        held = only.holds(grams)
        grams, doc = grams[held], doc[held]
    order = np.lexsort((doc, grams))
    grams, doc = grams[order], doc[order]
    new = np.ones(len(grams), dtype=bool)
    new[1:] = (grams[1:] != grams[:-1]) | (doc[1:] != doc[:-1])
    return grams[new], doc[new]


def shared_ngrams(a: str, b: str, n: int = NGRAM) -> int:
    """How many distinct word ``n``-grams (the index's hashes) texts ``a`` and ``b`` share,
    document frequencies aside."""
    grams, docs = _doc_grams([a, b], n, 0)
    both = (grams[1:] == grams[:-1]) & (docs[1:] != docs[:-1])
    return int(np.count_nonzero(both))


def _one_copy_each(
    grams: np.ndarray, docs: np.ndarray, copies: Copies
) -> tuple[np.ndarray, np.ndarray]:
    """The (hash, document) entries without further members of a duplicate group that
    already holds the n-gram (its canonical copy kept first, else its member first in
    ``copies.rank``); the entries left keep their order."""
    group = copies.group[docs]
    if not (group >= 0).any():
        return grams, docs
    key = np.where(group >= 0, group, -1 - docs.astype(np.int64))  # one key per non-member
    later = (~copies.canonical[docs]).astype(np.int8)
    first_of = docs if copies.rank is None else copies.rank[docs]
    order = np.lexsort((first_of, later, key, grams))
    g, k = grams[order], key[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (g[1:] != g[:-1]) | (k[1:] != k[:-1])
    keep = np.sort(order[first])
    return grams[keep], docs[keep]


def _kept_postings(
    grams: np.ndarray, docs: np.ndarray, max_df: int, copies: Copies | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Of (hash, document) entries (documents ascending within equal hashes): the documents
    of the n-grams with document frequency in ``[2, max_df]``, grouped by n-gram in hash
    order, and the group sizes.  With ``copies``, a duplicate group counts once (see
    :class:`Copies`)."""
    if copies is not None:
        grams, docs = _one_copy_each(grams, docs, copies)
    order = np.argsort(grams, kind="stable")  # stable: documents stay ascending per n-gram
    grams = grams[order]
    starts = np.flatnonzero(np.concatenate(([True], grams[1:] != grams[:-1])))
    del grams
    sizes = np.diff(np.append(starts, len(order)))
    keep = (sizes >= 2) & (sizes <= max_df)
    starts, sizes = starts[keep], sizes[keep]
    within = np.arange(sizes.sum()) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    return docs[order[np.repeat(starts, sizes) + within]].astype(np.int64), sizes


@dataclass(frozen=True, slots=True)
class _Wanted:
    """A set of n-gram hashes to keep (those of the documents searched): a bitmap of their
    low bits, then an exact look-up of the entries it lets through (the hashes are mixed, so
    the bitmap alone passes about ``len(hashes) / 2**_WANTED_BITS`` of the others)."""

    hashes: np.ndarray  # uint64, sorted, distinct
    bitmap: np.ndarray  # bool, 2**_WANTED_BITS

    @classmethod
    def of(cls, hashes: np.ndarray) -> _Wanted:
        bitmap = np.zeros(1 << _WANTED_BITS, dtype=bool)
        bitmap[(hashes & np.uint64(_WANTED_MASK)).astype(np.int64)] = True
        return cls(hashes, bitmap)

    def holds(self, grams: np.ndarray) -> np.ndarray:
        """Per hash of ``grams``, whether it is one of :attr:`hashes`."""
        out = self.bitmap[(grams & np.uint64(_WANTED_MASK)).astype(np.int64)]
        maybe = np.flatnonzero(out)
        at = np.searchsorted(self.hashes, grams[maybe])
        found = at < len(self.hashes)
        found[found] = self.hashes[at[found]] == grams[maybe[found]]
        out[maybe[~found]] = False
        return out


# Bits of the look-up bitmap of :class:`_Wanted` (16 MB of bools): with the n-grams of a few
# hundred searched articles (~10^5 hashes) it lets through under 1% of the others.
_WANTED_BITS = 24
_WANTED_MASK = (1 << _WANTED_BITS) - 1
# Searched documents, as a share of all, up to which only their n-grams are indexed (above
# it the look-up costs more than the entries it drops save); not tuned.
_WANTED_SHARE = 0.25


def _wanted(texts: Sequence[str], n: int, query: np.ndarray | None) -> _Wanted | None:
    """The n-grams of the ``query`` documents when they are few (None: index all): a
    posting holds a query document only if its n-gram is one of them, and the postings of
    those n-grams are whole (every document holding one), so the pairs touching a query
    document and their counts are those of the whole index."""
    if query is None or np.count_nonzero(query) > _WANTED_SHARE * len(query):
        return None
    searched = np.flatnonzero(query)
    hashes = [
        _doc_grams([texts[i] for i in searched[lo : lo + _TEXT_CHUNK]], n, 0)[0]
        for lo in range(0, len(searched), _TEXT_CHUNK)
    ]
    return _Wanted.of(sorted_unique(np.concatenate(hashes)) if hashes else np.zeros(0, np.uint64))


def _ngram_postings(
    texts: Sequence[str],
    n: int,
    max_df: int,
    copies: Copies | None = None,
    query: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Postings of the n-grams with document frequency in ``[2, max_df]``: the documents
    (grouped by n-gram, ascending within a group), each group's start and its size; with
    ``query`` (a bool mask over ``texts``), possibly only the postings of the n-grams the
    query documents hold (:func:`_wanted`), which are all that can pair one.

    Texts are hashed :data:`_TEXT_CHUNK` at a time; only their (hash, document) arrays (12
    bytes per distinct n-gram of a document, each chunk's sorted by hash) are held, and they
    are merged and sorted one hash range at a time (about :data:`_SORT_ENTRIES` entries)."""
    only = _wanted(texts, n, query)
    parts = [
        _doc_grams(texts[lo : lo + _TEXT_CHUNK], n, lo, only)
        for lo in range(0, len(texts), _TEXT_CHUNK)
    ]
    ranges = max(1, -(-sum(len(g) for g, _ in parts) // _SORT_ENTRIES))
    edges = [np.uint64(k * (1 << 64) // ranges) for k in range(1, ranges)]
    cuts = [[0, *np.searchsorted(g, edges).tolist(), len(g)] for g, _ in parts]
    members: list[np.ndarray] = [np.zeros(0, np.int64)]
    sizes: list[np.ndarray] = [np.zeros(0, np.int64)]
    for k in range(ranges if parts else 0):
        grams = np.concatenate([g[c[k] : c[k + 1]] for (g, _), c in zip(parts, cuts, strict=True)])
        docs = np.concatenate([d[c[k] : c[k + 1]] for (_, d), c in zip(parts, cuts, strict=True)])
        got = _kept_postings(grams, docs, max_df, copies)
        members.append(got[0])
        sizes.append(got[1])
    size = np.concatenate(sizes)
    offsets = np.zeros(len(size) + 1, dtype=np.int64)
    np.cumsum(size, out=offsets[1:])
    return np.concatenate(members), offsets[:-1], size


def _posting_pairs(
    doc: np.ndarray, start: np.ndarray, size: int, query: np.ndarray | None = None
) -> np.ndarray:
    """Pair keys ``a * 2**32 + b`` (a < b) of the postings of equal ``size`` at ``start``
    (only pairs touching a ``query`` document, if given)."""
    members = doc[start[:, None] + np.arange(size)]  # (postings, size), sorted within rows
    iu, ju = np.triu_indices(size, 1)
    a, b = members[:, iu].ravel(), members[:, ju].ravel()
    if query is not None:
        hit = query[a] | query[b]
        a, b = a[hit], b[hit]
    return a << 32 | b


def _count_keys(parts: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    keys, counts = np.unique(np.concatenate(parts), return_counts=True)
    return keys, counts


def ngram_pair_arrays(
    texts: Sequence[str],
    params: CandidateParams,
    query: np.ndarray | None = None,
    copies: Copies | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairs ``(i, j)``, ``i < j``, as arrays, with their number of shared df-bounded n-grams
    (only pairs touching a ``query`` document, if given: a bool mask over ``texts``; a
    duplicate group of ``copies`` counts once)."""
    doc, start, df = _ngram_postings(texts, params.ngram, params.max_df, copies, query)
    if query is not None and len(start):  # postings without a query document give no pair
        hit = np.add.reduceat(query[doc].astype(np.int64), start) > 0
        start, df = start[hit], df[hit]
    chunks: list[tuple[np.ndarray, np.ndarray]] = []
    pending: list[np.ndarray] = []
    size_pending = 0
    for size in sorted_unique(df).tolist():
        starts = start[df == size]
        step = max(1, _PAIR_CHUNK // (size * (size - 1) // 2))
        for lo in range(0, len(starts), step):
            pending.append(_posting_pairs(doc, starts[lo : lo + step], size, query))
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


def ngram_pairs(
    texts: Sequence[str], params: CandidateParams, query: np.ndarray | None = None
) -> Counter[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, with the number of shared df-bounded n-grams."""
    a, b, shared = ngram_pair_arrays(texts, params, query)
    pairs = zip(a.tolist(), b.tolist(), strict=True)
    return Counter(dict(zip(pairs, shared.tolist(), strict=True)))


# --- sentence index ---


@dataclass(frozen=True, slots=True)
class SentenceCounts:
    """What the sentence index reads of a corpus: per sentence, its distinct stem ids and
    their counts (CSR arrays), sentences grouped by article."""

    doc_ptr: np.ndarray  # sentences of article d: doc_ptr[d]:doc_ptr[d + 1]
    row_ptr: np.ndarray
    stems: np.ndarray
    stem_counts: np.ndarray
    width: int  # number of stem ids
    n_stop: int  # ids below are stop words

    @classmethod
    def of(cls, docs: SentenceTable | Sequence[DocSentences], n_stop: int | None = None
           ) -> SentenceCounts:  # fmt: skip
        """From a table, or from per-article sentence data of one vocabulary (``n_stop``)."""
        if isinstance(docs, SentenceTable):
            return cls(docs.doc_ptr, docs.row_ptr, docs.stems, docs.stem_counts,
                       max(len(docs.vocab), 1), docs.n_stop)  # fmt: skip
        if n_stop is None:
            raise ValueError("n_stop is needed with per-article sentence data")
        sizes = np.array([len(d) for d in docs], dtype=np.int64)
        nnz = np.array([d.counts.nnz for d in docs], dtype=np.int64)
        rows = [np.diff(d.counts.indptr) for d in docs]
        return cls(
            _cumulative(sizes),
            _cumulative(np.concatenate(rows) if rows else np.zeros(0, np.int64)),
            np.concatenate([d.counts.indices for d in docs]) if len(nnz) else np.zeros(0, np.int32),
            np.concatenate([d.counts.data for d in docs]) if len(nnz) else np.zeros(0),
            max([d.counts.shape[1] for d in docs] + [1]),
            n_stop,
        )

    @property
    def owner(self) -> np.ndarray:
        """The article of every sentence (int64)."""
        return np.repeat(np.arange(len(self.doc_ptr) - 1, dtype=np.int64), np.diff(self.doc_ptr))


def _cumulative(sizes: np.ndarray) -> np.ndarray:
    out = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=out[1:])
    return out


def _spans(ptr: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions ``ptr[i]:ptr[i + 1]`` of every ``items[i]``, concatenated, and the
    place in ``items`` each comes from."""
    a, b = ptr[items], ptr[items + 1]
    lengths = b - a
    first = np.repeat(a - np.cumsum(lengths) + lengths, lengths)
    return first + np.arange(int(lengths.sum()), dtype=np.int64), np.repeat(
        np.arange(len(items), dtype=np.int64), lengths
    )


def _any_row(table: SentenceCounts, rows: np.ndarray) -> np.ndarray:
    """Per article: whether one of its sentences is marked in ``rows`` (bool per sentence)."""
    marked = np.concatenate(([0], np.cumsum(rows, dtype=np.int64)))
    return marked[table.doc_ptr[1:]] > marked[table.doc_ptr[:-1]]


def _row_df(table: SentenceCounts, rows: np.ndarray) -> np.ndarray:
    """Per stem id: the sentences marked in ``rows`` (bool per sentence) holding it, read
    :data:`_ARTICLES` x 32 sentences at a time."""
    out = np.zeros(table.width, dtype=np.int64)
    marked = np.flatnonzero(rows)
    step = _ARTICLES * 32
    for lo in range(0, len(marked), step):
        at, _ = _spans(table.row_ptr, marked[lo : lo + step])
        out += np.bincount(table.stems[at], minlength=table.width)
    return out


def hidden_rows(
    table: SentenceCounts, group: np.ndarray, canonical: np.ndarray, rank: np.ndarray
) -> np.ndarray:
    """Per sentence of ``table``: left out of the sentence index, as a mass copy group's
    near copy of its canonical copy's sentence.

    The articles of a group (``group`` per article, -1 when in none) other than its
    ``canonical`` copies keep their *own* sentences, those of which fewer than
    :data:`OWN_SENTENCE` of the content stems occur in the group's canonical copy (a
    paragraph a paper added to the wire story): a rewrite of it has no other partner.  An
    own sentence that several members hold (the same stems, the same counts) is shown once,
    in the member first in ``rank`` (id order), as the n-gram index keeps one member per
    n-gram."""
    sizes = np.diff(table.doc_ptr)
    members = (group >= 0) & ~canonical
    out = np.repeat(members, sizes)
    if not members.any():
        return out
    # per (group, content stem): held by the group's canonical copy
    heads = np.flatnonzero((group >= 0) & canonical)
    crow, chead = _spans(table.doc_ptr, heads)
    cat, crow_at = _spans(table.row_ptr, crow)
    cstem = table.stems[cat].astype(np.int64)
    ckey = group[heads[chead[crow_at]]] * table.width + cstem
    held = np.unique(ckey[cstem >= table.n_stop])
    # the members' sentences, their content stems and how many the canonical copy holds
    docs = np.flatnonzero(members)
    mrow, mdoc = _spans(table.doc_ptr, docs)
    owner = docs[mdoc]
    at, which = _spans(table.row_ptr, mrow)
    stem = table.stems[at].astype(np.int64)
    content = stem >= table.n_stop
    inside = content & np.isin(group[owner[which]] * table.width + stem, held)
    n_content = np.bincount(which, content, minlength=len(mrow))
    n_inside = np.bincount(which, inside, minlength=len(mrow))
    own = (n_content > 0) & (n_inside < OWN_SENTENCE * n_content)
    if not own.any():
        return out
    # one member per group shows each distinct own sentence (stems and counts alike): the
    # key is the wrapping sum of the mixed (stem, count) entries of the sentence
    value = mix64(
        (stem.astype(np.uint64) << np.uint64(20)) ^ table.stem_counts[at].astype(np.uint64)
    )
    total = np.concatenate((np.zeros(1, np.uint64), np.cumsum(value, dtype=np.uint64)))
    bounds = np.concatenate(([0], np.cumsum(np.diff(table.row_ptr)[mrow])))
    key = (total[bounds[1:]] - total[bounds[:-1]])[own]
    rows, holder = mrow[own], owner[own]
    hgroup = group[holder]
    order = np.lexsort((rank[holder], key, hgroup))
    key, hgroup, rows, holder = key[order], hgroup[order], rows[order], holder[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (key[1:] != key[:-1]) | (hgroup[1:] != hgroup[:-1])
    shown_by = np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    out[rows[holder == holder[shown_by]]] = False
    return out


def _row_norms(data: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Per row of a CSR matrix: the norm of its entries (summed as ``scipy.sparse`` sums a row,
    ``np.add.reduceat`` over the non-empty rows, so the values are the same to the bit)."""
    out = np.zeros(len(indptr) - 1)
    rows = np.flatnonzero(np.diff(indptr))
    if len(rows):
        out[rows] = np.add.reduceat(data * data, indptr[rows])
    return np.sqrt(out)


def _sentence_matrices(
    table: SentenceCounts, max_df: int, hidden: np.ndarray | None = None
) -> tuple[sp.csr_matrix, np.ndarray, np.ndarray]:
    """Rare-stem tf-idf rows, their rare-stem norms and their content norms.

    Built from the table's count arrays :data:`_ROWS` sentences at a time (each step holds a
    few arrays of its own entries only), with the values ``scipy.sparse`` gives for
    ``counts @ diags(idf)`` restricted to the content and then to the rare columns.  The
    ``hidden`` sentences (bool per sentence, :func:`hidden_rows`) get empty rows and no say
    in the document frequencies."""
    n, width = len(table.row_ptr) - 1, table.width
    shown, counted = None, n  # sentences counted for the idf
    if hidden is not None and hidden.any():
        shown = np.repeat(~hidden, np.diff(table.row_ptr))  # per stem entry
        counted = int(np.count_nonzero(~hidden))
    df = np.bincount(table.stems if shown is None else table.stems[shown], minlength=width)
    content = (df >= 1) & (np.arange(width) >= table.n_stop)
    idf = np.zeros(width)
    idf[content] = np.log(counted / df[content])
    rare = content & (df >= 2) & (df <= max_df)
    column = np.cumsum(rare) - 1  # new index of a rare stem
    full = np.zeros(n)
    data: list[np.ndarray] = []
    indices: list[np.ndarray] = []
    sizes: list[np.ndarray] = []
    for lo in range(0, n, _ROWS):
        hi = min(lo + _ROWS, n)
        ptr = table.row_ptr[lo : hi + 1]
        stems = table.stems[ptr[0] : ptr[-1]]
        w = table.stem_counts[ptr[0] : ptr[-1]] * idf[stems]
        kept = np.concatenate(([0], np.cumsum(w != 0)))[ptr - ptr[0]]
        full[lo:hi] = _row_norms(w[w != 0], kept)
        sel = rare[stems] & (w != 0)
        if shown is not None:
            sel &= shown[ptr[0] : ptr[-1]]
        data.append(w[sel])
        indices.append(column[stems[sel]].astype(np.int32))
        sizes.append(np.diff(np.concatenate(([0], np.cumsum(sel)))[ptr - ptr[0]]))
    indptr = np.zeros(n + 1, dtype=np.int64)
    if sizes:
        np.cumsum(np.concatenate(sizes), out=indptr[1:])
    r = sp.csr_matrix(
        (np.concatenate(data) if data else np.zeros(0), np.concatenate(indices) if indices
         else np.zeros(0, np.int32), indptr),
        shape=(n, int(rare.sum())),
    )  # fmt: skip
    rnorm = _row_norms(r.data, r.indptr)
    full[full == 0] = 1.0
    rnorm[rnorm == 0] = 1.0
    return r, rnorm, full


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


def _block_scores(
    m: sp.csr_matrix,
    mt: sp.csr_matrix,
    rows: np.ndarray,
    owner: np.ndarray,
    query: np.ndarray | None,
    norms: tuple[np.ndarray, np.ndarray],
    cosine: float,
    short: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Pair keys and scores from the sentence ``rows`` (all the rows of their articles)
    against every sentence.  A pair of two query articles (or, without ``query``, any pair) is
    taken from the rows of its lower article only; norms and sides are those of the lower
    article first, so every key's score is the same whichever rows produced it.  ``query``
    may be -1 for articles whose pairs are to be left out (found by an earlier query).
    ``short`` (bool per article): only pairs of two of them, at ``cosine``."""
    rnorm, full = norms
    block = (m[rows] @ mt).tocoo()
    row, col = rows[block.row], block.col.astype(np.int64)
    a, b = owner[row], owner[col]
    if query is None:
        ok = a < b
    else:
        qb = query[b]
        ok = (a != b) & ((a < b) | (qb == 0)) & (qb >= 0)
    if short is not None:
        ok &= short[a] & short[b]
    lo = np.where(a < b, row, col)
    hi = np.where(a < b, col, row)
    ok &= block.data >= cosine * rnorm[lo] * rnorm[hi]
    if not ok.any():
        return None
    lo, hi, data = lo[ok], hi[ok], block.data[ok]
    key = owner[lo] << 32 | owner[hi]
    score = data / (full[lo] * full[hi])
    # all sentences of an article lie in one block: every key is complete here
    best = np.minimum(_best_per_sentence(key, lo, score), _best_per_sentence(key, hi, score))
    return sorted_unique(key), best


@dataclass(frozen=True, slots=True)
class SentenceIndex:
    """The rare-stem sentence matrix of a corpus, ready to be queried by sentence rows."""

    m: sp.csr_matrix  # sentences x rare stems, tf-idf
    mt: sp.csr_matrix  # its transpose (CSR: a product with a CSC one would convert it)
    rnorm: np.ndarray  # per sentence: norm over its rare stems
    full: np.ndarray  # per sentence: norm over all its content stems
    owner: np.ndarray  # per sentence: its article

    @classmethod
    def build(
        cls, table: SentenceCounts, max_df: int, hidden: np.ndarray | None = None
    ) -> SentenceIndex:
        m, rnorm, full = _sentence_matrices(table, max_df, hidden)
        return cls(m, m.T.tocsr(), rnorm, full, table.owner)

    def blocks(
        self, cosine: float, query: np.ndarray | None = None, short: np.ndarray | None = None
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Pair keys and scores, one block of rows at a time (every pair once; with
        ``short``, only pairs of two of its articles)."""
        owner = self.owner
        rows = np.arange(len(owner)) if query is None else np.flatnonzero(query[owner] > 0)
        if short is not None:
            rows = rows[short[owner[rows]]]
        for lo, hi in _block_bounds(owner[rows], _BLOCK):
            norms = (self.rnorm, self.full)
            got = _block_scores(self.m, self.mt, rows[lo:hi], owner, query, norms, cosine, short)
            if got is not None:
                yield got

    def scores(
        self, cosine: float, query: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:func:`sentence_scores` of the pairs touching ``query`` (default: all pairs)."""
        got = list(self.blocks(cosine, query))
        if not got:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
        key = np.concatenate([k for k, _ in got])
        return key >> 32, key & 0xFFFFFFFF, np.concatenate([v for _, v in got])


def _few_sentences(table: SentenceCounts) -> bool:
    return int(np.count_nonzero(np.diff(table.doc_ptr))) < 2


def sentence_scores(
    docs: SentenceTable | Sequence[DocSentences],
    n_stop: int | None,
    params: CandidateParams,
    query: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Article pairs ``(i, j)``, ``i < j``, with a sentence pair of rare-stem cosine at least
    ``sentence_cosine``, and their score: over those sentence pairs, the sum over the
    sentences of ``i`` of their best content-cosine lower bound, the same over the sentences of
    ``j``, and the smaller of the two (each sentence counts once, so two articles of one story
    naming the same people in many sentences do not add up every combination).

    ``docs``: a table, or per-article sentence data of one vocabulary whose first ``n_stop``
    ids are stop words.  ``query`` (bool per article): only the pairs touching a query
    article (all of them)."""
    table = SentenceCounts.of(docs, n_stop)
    if _few_sentences(table):
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    return SentenceIndex.build(table, params.max_df).scores(params.sentence_cosine, query)


def sentence_pairs(
    docs: SentenceTable | Sequence[DocSentences], n_stop: int | None, params: CandidateParams
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
    return sorted_unique(pid[rank < k])


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
    return pair_filter(articles, window_days, groups)(a, b)


class _TopK:
    """The ``k`` best partners of every article, fed pair scores in pieces (each pair once):
    the same as :func:`top_k` over all of them, holding about ``limit`` entries at a time
    instead of every scored pair."""

    def __init__(self, k: int, limit: int, rank: np.ndarray) -> None:
        self.k, self.limit = k, limit
        self.rank = rank  # per article: its place in id order, which wins a tie of scores
        self.parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self.size = 0

    def add(
        self, a: np.ndarray, b: np.ndarray, score: np.ndarray, ends: np.ndarray | None = None
    ) -> None:
        """Score the pairs ``(a[k], b[k])``; with ``ends`` (bool per article), only the
        partner lists of the articles it marks are kept (the others are never asked for)."""
        node, other, sc = np.concatenate([a, b]), np.concatenate([b, a]), np.tile(score, 2)
        if ends is not None:
            keep = ends[node]
            node, other, sc = node[keep], other[keep], sc[keep]
        self.parts.append((node, other, sc))
        self.size += len(node)
        if self.size > self.limit:
            self._reduce()

    def _reduce(self) -> None:
        node, other, sc = (np.concatenate(x) for x in zip(*self.parts, strict=True))
        node, other, sc = _near_best(node, other, sc, self.k)
        order = np.lexsort((self.rank[other], -sc, node))
        node, other, sc = node[order], other[order], sc[order]
        first = np.ones(len(node), dtype=bool)
        first[1:] = node[1:] != node[:-1]
        group_start = np.maximum.accumulate(np.where(first, np.arange(len(node)), 0))
        keep = np.arange(len(node)) - group_start < self.k
        self.parts = [(node[keep], other[keep], sc[keep])]
        self.size = int(keep.sum())

    def keys(self) -> np.ndarray:
        """Keys ``i << 32 | j`` (i < j) of the pairs among the best of either end."""
        if not self.parts:
            return np.zeros(0, np.int64)
        self._reduce()
        node, other, _ = self.parts[0]
        return sorted_unique(np.minimum(node, other) << 32 | np.maximum(node, other))


def id_rank(articles: Sequence[Article]) -> np.ndarray:
    """Per article: its place in article-id order.  A tie of scores goes to the partner first
    in it, not the first in the corpus, so the pairs do not depend on the order articles
    were added in (two identical briefs of two outlets tie for every partner)."""
    rank = np.empty(len(articles), dtype=np.int64)
    rank[sorted(range(len(articles)), key=lambda i: articles[i].id)] = np.arange(len(articles))
    return rank


def _near_best(
    node: np.ndarray, other: np.ndarray, sc: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The entries of each node scoring at least its k-th best score rounded to float32: a
    superset of its exact top ``k`` (rounding is monotone, so ties can only grow), found with
    one sort of a packed (node, -score) key instead of the three of an exact ranking.
    Negative or NaN scores (none in practice) are left to the exact ranking: their float32
    bits are not ordered like the scores (NaN would rank first instead of last)."""
    if len(node) <= 4 * k or not len(node) or not sc.min() >= 0 or node.max() >= 1 << 31:
        return node, other, sc
    # float32 bits of a score >= 0 are ordered like the score (+ 0 turns -0.0 into 0.0)
    bits = (sc.astype(np.float32) + np.float32(0)).view(np.uint32).astype(np.int64)
    key = np.sort(node.astype(np.int64) << 32 | (0xFFFFFFFF - bits))
    first = np.ones(len(key), dtype=bool)
    first[1:] = (key[1:] >> 32) != (key[:-1] >> 32)
    start = np.flatnonzero(first)
    size = np.diff(np.append(start, len(key)))
    kth = np.where(size >= k, key[np.minimum(start + k - 1, len(key) - 1)], np.iinfo(np.int64).max)
    mine = node.astype(np.int64) << 32 | (0xFFFFFFFF - bits)
    keep = mine <= kth[np.searchsorted(key[start] >> 32, node)]
    return node[keep], other[keep], sc[keep]


def _crossed_rare_stems(
    table: SentenceCounts,
    max_df: int,
    query: np.ndarray | None,
    hidden: np.ndarray | None,
    hidden_before: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Per article, two marks of the old ones shown in the index (not in ``query``, a
    sentence of theirs not ``hidden``): holding a stem the batch took past ``max_df``
    sentences (rare among the old articles' sentences, not rare now: a name rare on the
    first day of a story and common a week later), whose pairs through it are no pairs of
    one search of the whole corpus, and holding a stem the batch brought back under it (a
    mass copy group's copies' sentences left out of the index: ``hidden`` now,
    ``hidden_before`` before the batch, default ``hidden``, bool per sentence), which pairs
    them anew.  Their old pairs are decided again even if they get no new partner.  The
    document frequencies are those of :func:`_sentence_matrices` (sentences holding the
    stem, hidden ones left out); the old articles' are all of them less the batch's and
    those hidden before, and the table is read :data:`_ENTRIES` stem entries at a time,
    without a per-entry mask."""
    n_docs = len(table.doc_ptr) - 1
    lost, regained = np.zeros(n_docs, dtype=bool), np.zeros(n_docs, dtype=bool)
    if query is None or not query.any():
        return lost, regained
    n_rows = len(table.row_ptr) - 1
    now = np.zeros(n_rows, dtype=bool) if hidden is None else hidden
    then = now if hidden_before is None else hidden_before
    total = np.zeros(table.width, dtype=np.int64)
    for lo in range(0, len(table.stems), _ENTRIES):  # bincount copies its input to int64
        total += np.bincount(table.stems[lo : lo + _ENTRIES], minlength=table.width)
    after = total - _row_df(table, now)
    before = total - _row_df(table, np.repeat(query, np.diff(table.doc_ptr)) | then)
    went = (before >= 2) & (before <= max_df) & (after > max_df)
    came = (before > max_df) & (after >= 2) & (after <= max_df)
    went[: table.n_stop] = came[: table.n_stop] = False
    old = ~query & _any_row(table, ~now)  # an article wholly hidden has no pairs to decide
    return _holding(table, went) & old, _holding(table, came) & old


def _holding(table: SentenceCounts, stems: np.ndarray) -> np.ndarray:
    """Per article: whether a sentence of it holds one of the ``stems`` (bool per stem id)."""
    out = np.zeros(len(table.doc_ptr) - 1, dtype=bool)
    if not stems.any():
        return out
    starts = table.row_ptr[table.doc_ptr]  # first stem entry of each article
    for lo in range(0, len(table.stems), _ENTRIES):
        hit = lo + np.flatnonzero(stems[table.stems[lo : lo + _ENTRIES]])
        out[np.searchsorted(starts, hit, side="right") - 1] = True
    return out


def _ranked_sentence_keys(
    articles: Sequence[Article],
    table: SentenceCounts,
    params: CandidateParams,
    groups: np.ndarray | None,
    query: np.ndarray | None,
    copies: Copies | None = None,
    recheck: Recheck | None = None,
) -> np.ndarray:
    """Keys of the sentence-index pairs among the top k of either end (touching ``query``).

    Scores are ranked block by block (:class:`_TopK`), so the uncapped pair list (hundreds
    of pairs per article on a large corpus) is never held at once.  ``recheck``: old pairs
    to decide again (:class:`Recheck`), those no longer kept put in its ``lapsed``."""
    if _few_sentences(table):
        return np.zeros(0, np.int64)
    hidden = None if copies is None else copies.hidden_rows(table)
    index = SentenceIndex.build(table, params.max_df, hidden)
    allowed = pair_filter(articles, params.window_days, groups)
    short = _short_articles(table)
    lost = regained = np.zeros(len(articles), dtype=bool)
    if query is not None and recheck is not None:
        lost, regained = _crossed_rare_stems(
            table, params.max_df, query, hidden, recheck.rows_before(table)
        )
    decided = _short_touched(index, short, allowed, query, lost | regained)
    rank = id_rank(articles)
    best = _TopK(params.top_k, max(_TOPK_ENTRIES, 4 * params.top_k * len(articles)), rank)
    marks = None if query is None else query.astype(np.int8)
    partners = np.zeros(len(articles), dtype=bool)
    for key, score in index.blocks(params.sentence_cosine, marks):
        a, b = key >> 32, key & 0xFFFFFFFF
        ok = allowed(a, b)
        best.add(a[ok], b[ok], score[ok])
        partners[a[ok]] = partners[b[ok]] = True
    rechecked = np.zeros(0, np.int64)
    if marks is not None:  # complete the partner lists of the old ends too
        if recheck is not None and query is not None:
            rechecked = recheck.touching(partners | recheck.changed | lost | regained | decided)
            partners[rechecked >> 32] = partners[rechecked & 0xFFFFFFFF] = True
            shown = recheck.rows_shown_again(table, query, hidden)
            # their new pairs with old articles are searched
            partners |= regained | decided | shown
            decided |= partners  # a rechecked old pair may be kept as two best short partners
        marks = np.where(marks > 0, -1, partners.astype(np.int8))  # pairs with new ones: done
        for key, score in index.blocks(params.sentence_cosine, marks):
            a, b = key >> 32, key & 0xFFFFFFFF
            ok = allowed(a, b)
            # Only the partners' lists decide which pairs with new articles are kept.
            best.add(a[ok], b[ok], score[ok], ends=partners)
    mutual = _mutual_short(index, short, allowed, decided, rank)
    keys = sorted_unique(np.concatenate([best.keys(), mutual]))
    if recheck is not None and len(rechecked):
        recheck.lapsed = rechecked[~np.isin(rechecked, keys)]
    if recheck is not None and query is not None:
        both_old = ~query[keys >> 32] & ~query[keys & 0xFFFFFFFF]
        fresh = keys[both_old & ~np.isin(keys, recheck.old)]
        if recheck.never_empty is not None:  # those never aligned: none gave nothing
            recheck.promoted = fresh[recheck.never_empty(fresh)]
        else:
            recheck.promoted = _unpaired_before(table, params, fresh, query, recheck, allowed, rank)
    if query is not None:
        keys = keys[query[keys >> 32] | query[keys & 0xFFFFFFFF]]
    return keys


def _short_articles(table: SentenceCounts) -> np.ndarray:
    """Per article: whether it has 1 to :data:`SHORT_SENTENCES` sentences."""
    sizes = np.diff(table.doc_ptr)
    return (sizes > 0) & (sizes <= SHORT_SENTENCES)


def _short_touched(
    index: SentenceIndex,
    short: np.ndarray,
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    query: np.ndarray | None,
    crossed: np.ndarray | None = None,
) -> np.ndarray:
    """The short articles whose best short partner is decided in this search: all of them,
    or in an incremental search (``query``) the new ones, those holding a stem the batch
    took past the cap or brought back under it (``crossed``, bool per article: their
    scores changed), and their short partners (the others' best partners are as before, no
    new article being among their partners and no score of theirs changed)."""
    if query is None:
        return short.copy()
    touched = short & (query if crossed is None else query | crossed)
    if touched.any():
        for key, _ in index.blocks(SHORT_COSINE, touched.astype(np.int8), short):
            ok = allowed(key >> 32, key & 0xFFFFFFFF)
            touched[key[ok] >> 32] = touched[key[ok] & 0xFFFFFFFF] = True
    return touched


def _mutual_short(
    index: SentenceIndex,
    short: np.ndarray,
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    decided: np.ndarray,
    rank: np.ndarray,
) -> np.ndarray:
    """Keys of the pairs of two short articles (:data:`SHORT_SENTENCES`) that are each
    other's best short partner at :data:`SHORT_COSINE`, one end in ``decided`` (bool per
    article; their best partners' best partners are looked up too)."""
    n = len(short)
    decided = decided & short
    if not decided.any():
        return np.zeros(0, np.int64)
    score, partner = np.full(n, -1.0), np.full(n, -1, dtype=np.int64)
    _best_short(index, allowed, short, decided, score, partner, rank)
    more = np.zeros(n, dtype=bool)
    more[partner[decided & (partner >= 0)]] = True
    more &= ~decided
    if more.any():
        _best_short(index, allowed, short, more, score, partner, rank)
    a = np.flatnonzero(decided & (partner >= 0))
    b = partner[a]
    mutual = partner[b] == a
    a, b = a[mutual], b[mutual]
    return sorted_unique(np.minimum(a, b) << 32 | np.maximum(a, b))


def _best_short(
    index: SentenceIndex,
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    short: np.ndarray,
    rows: np.ndarray,
    score: np.ndarray,
    partner: np.ndarray,
    rank: np.ndarray,
) -> None:
    """Set ``score`` and ``partner`` (per article) to the best short partner of each article
    of ``rows`` (bool per article), the one first in ``rank`` (id order) on a tie; the
    entries of the others are left as they were (a partial list would be wrong for them)."""
    for key, sc in index.blocks(SHORT_COSINE, rows.astype(np.int8), short):
        a, b = key >> 32, key & 0xFFFFFFFF
        ok = allowed(a, b)
        node, other = np.concatenate([a[ok], b[ok]]), np.concatenate([b[ok], a[ok]])
        value = np.tile(sc[ok], 2)
        order = np.lexsort((rank[other], -value, node))
        node, other, value = node[order], other[order], value[order]
        first = np.ones(len(node), dtype=bool)
        first[1:] = node[1:] != node[:-1]
        node, other, value = node[first], other[first], value[first]
        mine = rows[node]
        node, other, value = node[mine], other[mine], value[mine]
        held = partner[node]
        earlier = (held < 0) | (rank[other] < rank[np.maximum(held, 0)])
        better = (value > score[node]) | ((value == score[node]) & earlier)
        score[node[better]], partner[node[better]] = value[better], other[better]


def _unpaired_before(
    table: SentenceCounts,
    params: CandidateParams,
    keys: np.ndarray,
    query: np.ndarray,
    recheck: Recheck,
    allowed: Callable[[np.ndarray, np.ndarray], np.ndarray],
    rank: np.ndarray,
) -> np.ndarray:
    """The pairs of old articles among ``keys`` that a search of the old articles alone
    (used when the pairs aligned with no passage are not known, :class:`Recheck`)
    (the batch and the sentences hidden before, ``recheck.rows_before``, left out of the index
    and its frequencies) does
    not pair: among the top ``k`` of neither end, nor two best short partners.  Only the
    ends' rows are searched, so this costs about what completing their lists cost (on the
    100k synthetic corpus with 1,000 articles added later, 20 of the align stage's 80 s;
    searching the completed ends first and the other ends of the keys left after saved 1 s).
    A pair without carried passages that this search pairs was aligned before and found
    nothing (or only what the records hold), and is not aligned again."""
    if not len(keys):
        return keys
    n = len(query)
    ends = np.zeros(n, dtype=bool)
    ends[keys >> 32] = ends[keys & 0xFFFFFFFF] = True
    gone = np.repeat(query, np.diff(table.doc_ptr))
    then = recheck.rows_before(table)
    index = SentenceIndex.build(table, params.max_df, gone if then is None else gone | then)
    best = _TopK(params.top_k, max(_TOPK_ENTRIES, 4 * params.top_k * n), rank)
    marks = np.where(query, -1, ends.astype(np.int8)).astype(np.int8)
    for key, score in index.blocks(params.sentence_cosine, marks):
        a, b = key >> 32, key & 0xFFFFFFFF
        ok = allowed(a, b)
        best.add(a[ok], b[ok], score[ok], ends=ends)
    mutual = _mutual_short(index, _short_articles(table), allowed, ends, rank)
    return keys[~np.isin(keys, best.keys()) & ~np.isin(keys, mutual)]


def pair_filter(
    articles: Sequence[Article], window_days: int | None, groups: np.ndarray | None
) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """:func:`_allowed` with the publication days parsed once."""
    days = None
    if window_days is not None:
        days = np.array(
            [d.toordinal() if (d := _day(x.published)) else -1 for x in articles], dtype=np.int64
        )

    def allowed(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        ok = np.ones(len(a), dtype=bool)
        if days is not None and window_days is not None:
            da, db = days[a], days[b]
            ok &= (da < 0) | (db < 0) | (np.abs(da - db) <= window_days)
        if groups is not None:
            ok &= (groups[a] < 0) | (groups[a] != groups[b])
        return ok

    return allowed


def ngram_candidates(
    articles: Sequence[Article],
    params: CandidateParams,
    groups: np.ndarray | None = None,
    query: np.ndarray | None = None,
    copies: Copies | None = None,
) -> np.ndarray:
    """Pair keys ``i << 32 | j`` of the n-gram index (filtered as :func:`candidate_pairs`)."""
    a, b, _ = ngram_pair_arrays([x.text for x in articles], params, query, copies)
    keep = _allowed(a, b, articles, params.window_days, groups)
    return a[keep] << 32 | b[keep]


def sentence_candidates(
    articles: Sequence[Article],
    docs: SentenceTable | Sequence[DocSentences],
    params: CandidateParams,
    groups: np.ndarray | None = None,
    query: np.ndarray | None = None,
    n_stop: int | None = None,
    copies: Copies | None = None,
    recheck: Recheck | None = None,
) -> np.ndarray:
    """Pair keys ``i << 32 | j`` of the sentence index (empty when it is switched off);
    ``recheck``: old pairs decided again in an incremental search (:class:`Recheck`)."""
    if not params.sentences:
        return np.zeros(0, np.int64)
    table = SentenceCounts.of(docs, n_stop)
    return _ranked_sentence_keys(articles, table, params, groups, query, copies, recheck)


def key_pairs(*keys: np.ndarray) -> list[tuple[int, int]]:
    """The sorted distinct pairs of the given pair-key arrays."""
    merged = sorted_unique(np.concatenate(keys))
    return list(zip((merged >> 32).tolist(), (merged & 0xFFFFFFFF).tolist(), strict=True))


def candidate_pairs(
    articles: Sequence[Article],
    docs: SentenceTable | Sequence[DocSentences],
    n_stop: int | None = None,
    params: CandidateParams | None = None,
    groups: np.ndarray | None = None,
    query: np.ndarray | None = None,
    copies: Copies | None = None,
) -> list[tuple[int, int]]:
    """Sorted candidate pairs of article indices ``(i, j)``, ``i < j``.

    ``docs``: the corpus's :class:`.sentences.SentenceTable`, or per-article sentence data
    of one vocabulary whose first ``n_stop`` ids are stop words.

    ``groups``: an optional group number per article (-1 for none); pairs inside one group
    (duplicates, aligned elsewhere) are left out before the sentence pairs are ranked.
    ``query``: an optional bool mask of new articles; then only the pairs touching one of
    them are returned (the same as those of a run without ``query``).
    ``copies``: duplicate groups counted once by both indexes (see :class:`Copies`).
    """
    params = params or CandidateParams()
    return key_pairs(
        ngram_candidates(articles, params, groups, query, copies),
        sentence_candidates(articles, docs, params, groups, query, n_stop, copies),
    )
