"""Vectorised tokens and shingles agree with a literal reference implementation."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newstrace.text.shingles import (
    SHINGLE_KEYS,
    TOKEN_SEED,
    exact_keys,
    mix64_int,
    shingle_hashes,
    shingle_set,
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
