"""Vectorised tokens and shingles agree with a literal reference implementation."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newstrace.text.arrays import sorted_unique
from newstrace.text.shingles import (
    SHINGLE_KEYS,
    TOKEN_SEED,
    exact_keys,
    mix64_int,
    shingle_hashes,
    shingle_set,
    shingle_sets,
    text_chunks,
    tokenize_batch,
)

MASK = (1 << 64) - 1


def ref_is_word_char(ch: str) -> bool:
    code = ord(ch)
    if code < 128:
        return ch.isalnum()
    return not (0x80 <= code <= 0xBF or 0x2000 <= code <= 0x206F)


def ref_tokens(text: str) -> list[str]:
    tokens, current = [], []
    for ch in text.casefold():
        if ref_is_word_char(ch):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def ref_token_hash(token: str) -> int:
    data = token.encode("utf-8")
    h = TOKEN_SEED
    for i in range(0, len(data), 8):
        h = mix64_int(h ^ int.from_bytes(data[i : i + 8], "little"))
    return h


def ref_shingles(text: str, k: int) -> list[int]:
    hashes = [ref_token_hash(t) for t in ref_tokens(text)]
    if not hashes:
        return []
    n = max(len(hashes) - k + 1, 1)
    out = []
    for i in range(n):
        acc = sum(h * int(SHINGLE_KEYS[j]) for j, h in enumerate(hashes[i : i + k])) & MASK
        out.append(mix64_int(acc) >> 32)
    return out


ALPHABET = (
    ["a", "b", "e", "z", "Q", "7", "é", "ß", "İ", "ж", "中", "😀"]
    + [" ", " ", "\n", ".", ",", "-", "'", "’", "“", "—", "\u00a0", "£", "…", "\t"]
    + ["longlonglongtoken", "supercalifragilistic"]
)


def random_text(rng: random.Random) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 60)))


def test_tokens_and_shingles_match_reference_on_random_texts() -> None:
    rng = random.Random(7)
    texts = [random_text(rng) for _ in range(300)]
    for k in (1, 3, 5):
        hashes, bounds = shingle_hashes(texts, k)
        assert len(bounds) == len(texts) + 1
        for i, text in enumerate(texts):
            got = hashes[bounds[i] : bounds[i + 1]].tolist()
            assert got == ref_shingles(text, k), (k, text)


def test_token_hashes_match_reference() -> None:
    rng = random.Random(3)
    texts = [random_text(rng) for _ in range(200)]
    batch = tokenize_batch(texts)
    for i, text in enumerate(texts):
        got = batch.hashes[batch.bounds[i] : batch.bounds[i + 1]].tolist()
        assert got == [ref_token_hash(t) for t in ref_tokens(text)]


def test_chunking_does_not_change_results(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    texts = [random_text(rng) for _ in range(120)]
    whole = tokenize_batch(texts)
    import newstrace.text.shingles as mod

    monkeypatch.setattr(mod, "_CHUNK_CHARS", 50)
    assert len(text_chunks(texts)) > 10
    chunked = tokenize_batch(texts)
    assert np.array_equal(whole.hashes, chunked.hashes)
    assert np.array_equal(whole.bounds, chunked.bounds)


def test_shingles_do_not_cross_documents() -> None:
    _, bounds = shingle_hashes(["one two three", "four five six seven eight nine", ""], 5)
    assert np.diff(bounds).tolist() == [1, 2, 0]


def test_exact_keys_fold_case_space_and_punctuation() -> None:
    keys = exact_keys(
        tokenize_batch(["Hello,  World!", "hello world", "“Hello” — world…", "hello worlds"])
    )
    assert keys[0] == keys[1] == keys[2]
    assert keys[3] != keys[0]


def test_shingle_set_is_sorted_and_distinct() -> None:
    s = shingle_set("a b c d e a b c d e a b c d e", 5)
    assert np.all(np.diff(s.astype(np.int64)) > 0)
    assert len(s) == 5


def test_results_do_not_share_the_reused_work_arrays() -> None:
    """Work arrays are kept between calls; what a call returned must not change after it."""
    rng = random.Random(5)
    long_texts = [random_text(rng) * 40 for _ in range(60)]
    short_texts = [random_text(rng) for _ in range(5)]
    first_h, first_b = shingle_hashes(long_texts, 5)
    tokens = tokenize_batch(long_texts)
    kept = [first_h.copy(), first_b.copy(), tokens.hashes.copy(), tokens.bounds.copy()]
    for later in (short_texts, short_texts + long_texts, long_texts * 3):
        shingle_hashes(later, 3)
        tokenize_batch(later)
        for got, want in zip([first_h, first_b, tokens.hashes, tokens.bounds], kept, strict=True):
            assert np.array_equal(got, want), later[:1]
    again_h, _ = shingle_hashes(long_texts, 5)
    assert np.array_equal(again_h, kept[0])


def test_threads_tokenise_alike() -> None:
    """Each thread has its own work arrays: concurrent batches equal sequential ones."""
    from concurrent.futures import ThreadPoolExecutor

    rng = random.Random(9)
    batches = [[random_text(rng) * rng.randint(1, 30) for _ in range(40)] for _ in range(8)]
    sequential = [shingle_hashes(b, 5) for b in batches]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda b: shingle_hashes(b, 5), batches * 3))
    for i, (h, bounds) in enumerate(parallel):
        want_h, want_b = sequential[i % len(batches)]
        assert np.array_equal(h, want_h)
        assert np.array_equal(bounds, want_b)


def test_shingle_sets_equal_per_document_unique() -> None:
    rng = random.Random(13)
    texts = [random_text(rng) * rng.randint(0, 4) for _ in range(80)] + ["", "a b c d e a b c d e"]
    hashes, bounds = shingle_hashes(texts, 5)
    sets = shingle_sets(texts, 5)
    assert len(sets) == len(texts)
    for i, got in enumerate(sets):
        want = np.unique(hashes[bounds[i] : bounds[i + 1]])
        assert got.dtype == np.uint32
        assert np.array_equal(got, want)


@pytest.mark.parametrize("k", range(1, 7))
def test_batches_of_fewer_tokens_than_k_match_reference(k: int) -> None:
    """A whole batch (a last chunk, one short article) may hold fewer tokens than ``k``."""
    words = ["Alpha", "beta", "ß", "gamma", "İ", "delta", "x" * 17]
    for n in range(2 * k + 1):  # n tokens in all, in one text or in two
        text = " — ".join(words[i % len(words)] for i in range(n))
        for texts in ([text], [text, "", "pi"]):
            hashes, bounds = shingle_hashes(texts, k)
            sets = shingle_sets(texts, k)
            for i, text in enumerate(texts):
                want = ref_shingles(text, k)
                assert hashes[bounds[i] : bounds[i + 1]].tolist() == want, (k, texts)
                assert sets[i].tolist() == sorted(set(want))


def test_work_arrays_kept_by_a_thread_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A huge text is tokenised in arrays of its own: a thread keeps at most _KEEP_BYTES."""
    import threading

    import newstrace.text.arrays as mod

    monkeypatch.setattr(mod, "_KEEP_BYTES", 4 << 20, raising=False)
    pair = tokenize_batch(["Alpha beta"]).hashes.tolist()
    result: dict[str, object] = {}

    def run() -> None:  # a fresh thread: its work arrays go with it
        hashes, _ = shingle_hashes(["Alpha beta " * 200_000], 2)
        result["tokens"] = tokenize_batch(["Alpha beta " * 200_000]).hashes
        result["shingles"] = sorted_unique(hashes).tolist()
        result["kept"] = sum(a.nbytes for a in mod.workspace()._arrays.values())

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert isinstance(result["kept"], int) and 0 < result["kept"] <= 4 << 20
    assert result["shingles"] == sorted(set(ref_shingles("Alpha beta Alpha", 2)))
    tokens = result["tokens"]
    assert isinstance(tokens, np.ndarray) and tokens.tolist() == pair * 200_000
