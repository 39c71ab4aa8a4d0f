"""MinHash signatures and LSH banding, vectorised with numpy.  Pure helpers, no I/O.

Permutation ``i`` maps a ``uint32`` shingle hash ``h`` to ``(a_i * h + b_i) mod 2**32`` with
odd ``a_i`` (a bijection of the 32-bit space; its high bits are the multiply-shift universal
family, and the minimum is decided by the high bits).  Arithmetic mod ``2**32`` is native
``uint32`` wrap-around, about 10x faster in numpy than a ``% p`` over ``uint64`` with a
Mersenne prime (see docs/performance.md), and estimates stay unbiased (tested).  It is the
family of datasketch 2's default ``affine32`` scheme.
All permutations are applied at once over a ``(num_perm, n_shingles)`` block and reduced with
``np.minimum.reduceat`` per document: there is no Python loop over shingles.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import numpy as np

from newstrace.text.arrays import sorted_unique, workspace
from newstrace.text.shingles import (
    DEFAULT_K,
    exact_keys,
    mix64,
    shingles_from_tokens,
    text_chunks,
    tokenize_chunk,
)

DEFAULT_PERMUTATIONS = 128
DEFAULT_SEED = 1
EMPTY = np.uint32(0xFFFFFFFF)  # signature value of a document without shingles
_BLOCK = 8192  # shingles per block: a (128, 8192) uint32 block is 4 MB and stays in cache
_BAND_KEYS_SEED = 0xBA4D
_BAND_KEYS_DOCS = 4096  # documents per run of band keys: (4096, bands) uint64 stays in cache


@lru_cache(maxsize=8)
def permutations(num_perm: int = DEFAULT_PERMUTATIONS, seed: int = DEFAULT_SEED) -> np.ndarray:
    """The ``(2, num_perm)`` ``uint32`` coefficients ``a`` (odd) and ``b`` of the permutations.

    Cached (a generator per call cost more than the kernel on a small chunk); read-only.
    """
    rng = np.random.default_rng(seed)
    coef = rng.integers(0, 2**32, size=(2, num_perm), dtype=np.uint64).astype(np.uint32)
    coef[0] |= np.uint32(1)
    coef.setflags(write=False)
    return coef


def signatures_from_shingles(
    hashes: np.ndarray,
    bounds: np.ndarray,
    num_perm: int = DEFAULT_PERMUTATIONS,
    seed: int = DEFAULT_SEED,
) -> np.ndarray:
    """``(n_docs, num_perm)`` ``uint32`` MinHash signatures of per-document shingle hashes.

    ``hashes[bounds[d]:bounds[d + 1]]`` are the shingles of document ``d``; a document without
    shingles gets a row of :data:`EMPTY`.
    """
    coef = permutations(num_perm, seed)
    a, b = coef[0][:, None], coef[1][:, None]
    n_docs = len(bounds) - 1
    sig = np.full((n_docs, num_perm), EMPTY, dtype=np.uint32)
    counts = np.diff(bounds)
    nonempty = np.flatnonzero(counts > 0)
    if len(nonempty) == 0:
        return sig
    seg_starts = bounds[nonempty]
    hashes = np.asarray(hashes, dtype=np.uint32)
    # kept between calls: a fresh 4 MB block per chunk cost page faults that were a fifth
    # of the signature time (cold process)
    buffer = workspace().get("block", num_perm * _BLOCK, np.uint32).reshape(num_perm, _BLOCK)
    for lo in range(0, len(hashes), _BLOCK):
        hi = min(lo + _BLOCK, len(hashes))
        # documents whose shingles overlap [lo, hi): the first may have begun earlier
        first = np.searchsorted(seg_starts, lo, side="right") - 1
        last = np.searchsorted(seg_starts, hi, side="left")
        docs = nonempty[max(first, 0) : last]
        offsets = np.maximum(bounds[docs] - lo, 0)
        block = buffer[:, : hi - lo]
        np.multiply(a, hashes[lo:hi][None, :], out=block)
        np.add(block, b, out=block)
        mins = np.minimum.reduceat(block, offsets, axis=1).T
        sig[docs] = np.minimum(sig[docs], mins)
    return sig


def minhash_signatures(
    texts: Sequence[str],
    num_perm: int = DEFAULT_PERMUTATIONS,
    k: int = DEFAULT_K,
    seed: int = DEFAULT_SEED,
    *,
    workers: int = 1,
) -> np.ndarray:
    """``(len(texts), num_perm)`` ``uint32`` MinHash signatures of word ``k``-shingles.

    Texts are tokenised, shingled and hashed chunk by chunk (cache-sized working arrays).
    With ``workers > 1`` chunks run in threads (numpy releases the GIL in its kernels); the
    result does not depend on ``workers``.
    """
    return _signatures(texts, num_perm, k, seed, workers, with_keys=False)[0]


def signatures_and_keys(
    texts: Sequence[str],
    num_perm: int = DEFAULT_PERMUTATIONS,
    k: int = DEFAULT_K,
    seed: int = DEFAULT_SEED,
    *,
    workers: int = 1,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Signatures (as :func:`minhash_signatures`), exact keys and token counts in one pass.

    ``keys[d]`` is :func:`newstrace.text.shingles.exact_keys` of document ``d`` (its normalised
    text) as ``uint64``; ``counts[d]`` its number of tokens.
    """
    return _signatures(texts, num_perm, k, seed, workers, with_keys=True)


def _signatures(
    texts: Sequence[str], num_perm: int, k: int, seed: int, workers: int, *, with_keys: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    chunks = text_chunks(texts)
    out = np.empty((len(texts), num_perm), dtype=np.uint32)
    keys = np.zeros(len(texts), dtype=np.uint64)
    counts = np.zeros(len(texts), dtype=np.int64)

    def one(bounds: tuple[int, int]) -> None:
        lo, hi = bounds
        tokens = tokenize_chunk(texts[lo:hi], scratch=True)  # used before the next chunk
        hashes, sh_bounds = shingles_from_tokens(tokens, k, scratch=True)
        out[lo:hi] = signatures_from_shingles(hashes, sh_bounds, num_perm, seed)
        if with_keys:
            keys[lo:hi] = exact_keys(tokens)
            counts[lo:hi] = np.diff(tokens.bounds)

    if workers > 1 and len(chunks) > 1:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(one, chunks))
    else:
        for chunk in chunks:
            one(chunk)
    return out, keys, counts


def signature_bytes(signature: np.ndarray) -> bytes:
    """A signature row as little-endian bytes (for storing as a blob)."""
    return np.asarray(signature, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> np.ndarray:
    """The signature row stored by :func:`signature_bytes`."""
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def estimated_jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Share of equal signature positions (row-wise for 2-D inputs)."""
    return np.asarray(np.mean(np.asarray(sig_a) == np.asarray(sig_b), axis=-1))


def exact_jaccard(set_a: np.ndarray, set_b: np.ndarray) -> float:
    """Jaccard similarity of two sorted arrays of distinct values (0.0 if both are empty)."""
    union = len(set_a) + len(set_b)
    if union == 0:
        return 0.0
    inter = len(np.intersect1d(set_a, set_b, assume_unique=True))
    return inter / (union - inter)


def lsh_threshold(bands: int, rows: int) -> float:
    """Approximate Jaccard at which a pair becomes a candidate with probability ~1/2."""
    return float((1.0 / bands) ** (1.0 / rows))


def candidate_probability(jaccard: float, bands: int, rows: int) -> float:
    """Probability ``1 - (1 - s**r)**b`` that a pair of Jaccard ``s`` shares a band."""
    return float(1.0 - (1.0 - jaccard**rows) ** bands)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``(n_docs, bands)`` ``uint64`` bucket keys: one hash of each band's ``rows`` values."""
    if bands * rows > signatures.shape[1]:
        raise ValueError(f"{bands} x {rows} bands need more than {signatures.shape[1]} values")
    rng = np.random.default_rng(_BAND_KEYS_SEED)
    mult = rng.integers(0, 2**63, size=rows, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    keys = np.empty((len(signatures), bands), dtype=np.uint64)
    base = np.arange(bands, dtype=np.uint64)
    for lo in range(0, len(signatures), _BAND_KEYS_DOCS):  # cache-sized runs of documents
        values = signatures[lo : lo + _BAND_KEYS_DOCS, : bands * rows].reshape(-1, bands, rows)
        acc = np.empty(values.shape[:2], dtype=np.uint64)
        acc[:] = base  # each band's key starts at its number
        term = np.empty_like(acc)
        for r in range(rows):
            # unsafe: signatures of another integer type (stored, or made by hand) wrap
            # to uint64 as the .astype(np.uint64) of earlier versions did
            np.multiply(values[:, :, r], mult[r], out=term, dtype=np.uint64, casting="unsafe")
            acc += term
        keys[lo : lo + _BAND_KEYS_DOCS] = mix64(acc)
    return keys


def _pairs_in_runs(order: np.ndarray, run_id: np.ndarray, window: int) -> list[np.ndarray]:
    """Pairs of items ``d <= window`` apart within the same run of a sorted order."""
    out = []
    for d in range(1, window + 1):
        same = run_id[d:] == run_id[:-d]
        if not same.any():
            break
        out.append(np.stack([order[:-d][same], order[d:][same]], axis=1))
    return out


def candidate_pairs(
    signatures: np.ndarray,
    bands: int,
    rows: int,
    *,
    new: np.ndarray | None = None,
    window: int = 64,
) -> np.ndarray:
    """``(m, 2)`` sorted, distinct index pairs ``i < j`` sharing at least one LSH bucket.

    Documents without shingles never pair.  In a bucket larger than ``window + 1`` each member
    is paired with the next ``window`` members only (bounded work on boilerplate buckets; the
    connected components still join them).  With a boolean mask ``new``, only pairs with at
    least one new document are returned (incremental use).
    """
    valid = ~np.all(signatures == EMPTY, axis=1)
    return keyed_pairs(band_keys(signatures, bands, rows), valid, new=new, window=window)


def keyed_pairs(
    keys: np.ndarray,
    valid: np.ndarray,
    *,
    new: np.ndarray | None = None,
    window: int = 64,
) -> np.ndarray:
    """:func:`candidate_pairs` from the documents' :func:`band_keys` (kept from an earlier
    run, say) and whether each has shingles (``valid``)."""
    n, bands = keys.shape
    found: list[np.ndarray] = []
    idx = np.flatnonzero(valid)
    # one plain sort per band of (key, position) packed in 64 bits instead of a stable
    # argsort (3x slower): the key keeps its high 64 - b bits, the position takes the low b
    # bits.  Keys that differ only in their low bits join one bucket: with a million
    # documents, about 0.03 extra candidate pairs per band, which verification rejects.
    bits = max(int(len(idx) - 1).bit_length(), 1)
    low = np.uint64((1 << bits) - 1)
    position = np.arange(len(idx), dtype=np.uint64)
    by_band = np.ascontiguousarray(keys[idx].T)
    del keys  # from candidate_pairs, one copy of the band keys alive at a time
    for band in range(bands):
        packed = by_band[band]
        packed &= ~low
        packed |= position
        packed.sort()
        order = (packed & low).astype(np.int64)
        sorted_keys = packed >> np.uint64(bits)
        same = sorted_keys[1:] == sorted_keys[:-1]
        if not same.any():
            continue
        # keep only members of buckets with two or more documents
        shared = np.zeros(len(order), dtype=bool)
        shared[1:] |= same
        shared[:-1] |= same
        run_id = np.cumsum(np.concatenate([[True], ~same]))[shared]
        found.extend(_pairs_in_runs(idx[order][shared], run_id, window))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found).astype(np.int64), axis=1)
    if new is not None:
        pairs = pairs[new[pairs[:, 0]] | new[pairs[:, 1]]]
    codes = sorted_unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack([codes // n, codes % n], axis=1)
