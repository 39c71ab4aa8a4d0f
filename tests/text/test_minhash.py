"""MinHash signatures: determinism, unbiased Jaccard estimates, LSH candidates."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newstrace.text.minhash import (
    EMPTY,
    band_keys,
    candidate_pairs,
    candidate_probability,
    estimated_jaccard,
    exact_jaccard,
    lsh_threshold,
    minhash_signatures,
    signature_bytes,
    signature_from_bytes,
    signatures_and_keys,
    signatures_from_shingles,
)
from newstrace.text.shingles import mix64_int, shingle_hashes, shingle_set

WORDS = [f"w{i}" for i in range(3000)]


def doc(rng: random.Random, n: int = 200) -> list[str]:
    return [rng.choice(WORDS) for _ in range(n)]


def test_signatures_are_deterministic_and_chunk_independent() -> None:
    rng = random.Random(1)
    texts = [" ".join(doc(rng)) for _ in range(50)]
    a = minhash_signatures(texts)
    b = minhash_signatures(list(reversed(texts)))[::-1]
    c = minhash_signatures(texts, workers=2)
    assert a.shape == (50, 128) and a.dtype == np.uint32
    assert np.array_equal(a, b) and np.array_equal(a, c)
    assert not np.array_equal(a, minhash_signatures(texts, seed=2))


def test_signature_equals_min_over_permutations_reference() -> None:
    text = "the quick brown fox jumps over the lazy dog again and again"
    hashes, bounds = shingle_hashes([text])
    sig = signatures_from_shingles(hashes, bounds, 16, seed=5)[0]
    from newstrace.text.minhash import permutations

    a, b = permutations(16, 5).astype(np.uint64)
    ref = [min(((int(a[i]) * int(h) + int(b[i])) % 2**32) for h in hashes) for i in range(16)]
    assert sig.tolist() == ref


def test_empty_document_gets_empty_signature_and_no_pairs() -> None:
    sig = minhash_signatures(["", "", "!!!"])
    assert np.all(sig == EMPTY)
    assert len(candidate_pairs(sig, 16, 8)) == 0


def test_signature_bytes_round_trip() -> None:
    sig = minhash_signatures(["a b c d e f g h"])[0]
    data = signature_bytes(sig)
    assert len(data) == 4 * 128
    assert np.array_equal(signature_from_bytes(data), sig)


def test_estimated_jaccard_close_to_exact_on_random_texts() -> None:
    """Estimates within 4 standard deviations of the exact Jaccard; mean error near zero."""
    rng = random.Random(42)
    pairs = []
    for _ in range(60):
        base = doc(rng, 300)
        other = list(base)
        rate = rng.uniform(0.0, 0.15)
        for i in range(len(other)):
            if rng.random() < rate:
                other[i] = rng.choice(WORDS)
        pairs.append((" ".join(base), " ".join(other)))
    texts = [t for p in pairs for t in p]
    sig = minhash_signatures(texts)
    errors = []
    for i, (x, y) in enumerate(pairs):
        exact = exact_jaccard(shingle_set(x), shingle_set(y))
        est = float(estimated_jaccard(sig[2 * i], sig[2 * i + 1]))
        sd = max(np.sqrt(exact * (1 - exact) / 128), 1 / 128)
        assert abs(est - exact) <= 4 * sd, (exact, est)
        errors.append(est - exact)
    assert abs(float(np.mean(errors))) < 0.02


def test_exact_jaccard() -> None:
    a = np.array([1, 2, 3, 4], dtype=np.uint32)
    b = np.array([3, 4, 5], dtype=np.uint32)
    assert exact_jaccard(a, b) == 2 / 5
    assert exact_jaccard(a[:0], b[:0]) == 0.0


def test_candidates_find_near_copies_and_skip_unrelated() -> None:
    rng = random.Random(5)
    base = doc(rng, 400)
    near = list(base)
    near[100] = "changed"
    texts = [" ".join(base), " ".join(doc(rng, 400)), " ".join(near), " ".join(doc(rng, 400))]
    pairs = candidate_pairs(minhash_signatures(texts), 16, 8)
    assert pairs.tolist() == [[0, 2]]


def test_candidates_new_mask_and_large_buckets() -> None:
    text = " ".join(doc(random.Random(9), 100))
    sig = minhash_signatures([text] * 10)
    allp = candidate_pairs(sig, 16, 8, window=3)
    assert len(allp) == 9 + 8 + 7  # each member paired with the next 3 in its bucket
    new = np.zeros(10, dtype=bool)
    new[9] = True
    only_new = candidate_pairs(sig, 16, 8, new=new)
    assert only_new.tolist() == [[i, 9] for i in range(9)]


def test_s_curve_helpers() -> None:
    assert abs(lsh_threshold(16, 8) - 0.707) < 0.001
    assert candidate_probability(0.9, 16, 8) > 0.99
    assert candidate_probability(0.3, 16, 8) < 0.002


def ref_band_keys(sig: np.ndarray, bands: int, rows: int) -> list[list[int]]:
    """Band keys literally: band + sum of a band's values times fixed odd keys, mixed."""
    rng = np.random.default_rng(0xBA4D)
    mult = [int(m) for m in rng.integers(0, 2**63, size=rows, dtype=np.uint64) * 2 + 1]
    mask = (1 << 64) - 1
    return [
        [
            mix64_int((b + sum(int(row[b * rows + r]) * mult[r] for r in range(rows))) & mask)
            for b in range(bands)
        ]
        for row in sig
    ]


def test_band_keys_match_reference_across_runs_of_documents() -> None:
    rng = np.random.default_rng(3)
    sig = rng.integers(0, 2**32, size=(5000, 128), dtype=np.uint64).astype(np.uint32)
    keys = band_keys(sig, 9, 13)
    picks = [0, 1, 4095, 4096, 4999]  # both sides of a run boundary
    assert keys[picks].tolist() == ref_band_keys(sig[picks], 9, 13)


def test_candidates_equal_all_pairs_sharing_a_bucket() -> None:
    """Small buckets: exactly the pairs that share a band key in some band."""
    rng = random.Random(21)
    bases = [doc(rng, 120) for _ in range(30)]
    texts = []
    for base in bases:  # each base with a few edited copies: shared buckets in some bands
        for _ in range(rng.randint(1, 4)):
            edited = list(base)
            for _ in range(rng.randint(0, 8)):
                edited[rng.randrange(len(edited))] = rng.choice(WORDS)
            texts.append(" ".join(edited))
    sig = minhash_signatures(texts)
    keys = band_keys(sig, 16, 8)
    want = {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if (keys[i] == keys[j]).any()
    }
    got = {tuple(p) for p in candidate_pairs(sig, 16, 8).tolist()}
    assert want and got == want


def test_a_chunk_of_one_short_text_is_signed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each text in a chunk of its own (as a short last chunk): signatures and keys are those
    of the texts signed in one chunk, for texts of 0 to 7 tokens."""
    import newstrace.text.shingles as shingles_mod

    texts = [" ".join(WORDS[:n]) for n in range(8)] + ["Photo: AP", "x"]
    for k in (3, 5):
        whole = signatures_and_keys(texts, 32, k)
        monkeypatch.setattr(shingles_mod, "_CHUNK_CHARS", 1)
        alone = signatures_and_keys(texts, 32, k)
        monkeypatch.undo()
        for got, want in zip(alone, whole, strict=True):
            assert np.array_equal(got, want)


def test_band_keys_of_other_integer_types() -> None:
    """Signatures held as int64 (stored, or built by hand) band as their uint32 values."""
    rng = np.random.default_rng(4)
    sig = rng.integers(0, 2**32, size=(50, 64), dtype=np.uint64).astype(np.uint32)
    sig = np.concatenate([sig, sig[:5]])  # five pairs of equal signatures
    want = band_keys(sig, 8, 8)
    for dtype in (np.int64, np.uint64):
        assert np.array_equal(band_keys(sig.astype(dtype), 8, 8), want)
    pairs = candidate_pairs(sig.astype(np.int64), 8, 8)
    assert np.array_equal(pairs, candidate_pairs(sig, 8, 8)) and len(pairs) == 5


def test_keys_and_counts_from_chunks_in_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exact keys and token counts read each chunk's token hashes (a thread's reused work
    array) before its next chunk: many chunks in threads equal one pass without chunks."""
    import newstrace.text.shingles as shingles_mod
    from newstrace.text.shingles import exact_keys, tokenize_batch

    rng = random.Random(17)
    texts = [" ".join(doc(rng, rng.randint(0, 300))) for _ in range(120)] + ["", "Photo: AP"]
    want_keys = exact_keys(tokenize_batch(texts))
    want_counts = np.diff(tokenize_batch(texts).bounds)
    whole = signatures_and_keys(texts, 64)
    monkeypatch.setattr(shingles_mod, "_CHUNK_CHARS", 3000)
    for workers in (1, 3):
        sig, keys, counts = signatures_and_keys(texts, 64, workers=workers)
        assert np.array_equal(sig, whole[0])
        assert keys.tolist() == want_keys and np.array_equal(counts, want_counts)
