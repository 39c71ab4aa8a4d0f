"""Vectorised word tokens and word-shingle hashes for a batch of texts.

Pure helpers, no I/O.  A whole batch of documents is tokenised at once in numpy over the UTF-8
bytes of the casefolded texts, so no Python object is made per token or per shingle.

Definitions (a reference implementation in the tests follows them literally):

* The text is casefolded (:meth:`str.casefold`).
* A *separator* is an ASCII character that is not a letter or digit, or a character in
  U+0080–U+00BF (Latin-1 controls, no-break space, ``«`` ``»`` ``£``...) or in U+2000–U+206F
  (general punctuation: typographic quotes, dashes, ellipsis, special spaces).  Every other
  character (ASCII letters and digits, and all other non-ASCII characters) is a word character;
  a *token* is a maximal run of word characters.
* The hash of a token: its UTF-8 bytes are cut into 8-byte little-endian words ``w_0, w_1..``
  (the last one zero-padded; a token never contains a zero byte), and
  ``h = TOKEN_SEED; h = mix64(h ^ w_i)`` for each word in turn.  Most tokens are one word, so
  hashing costs a few operations per token, not per byte.
* The hash of the shingle of tokens ``t_i .. t_{i+k-1}`` is
  ``mix64(sum_j hash(t_{i+j}) * SHINGLE_KEYS[j] mod 2**64) >> 32`` (a ``uint32``).  A document
  with fewer than ``k`` (but at least one) tokens has a single shingle made of all its tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import xxhash

DEFAULT_K = 5  # words per shingle

_MASK64 = (1 << 64) - 1
_CHUNK_CHARS = 1 << 19  # characters per tokenising chunk (working arrays fit in L2/L3 cache)


def _keys(seed: int, count: int) -> np.ndarray:
    """``count`` fixed odd 64-bit keys derived from ``seed`` (deterministic across runs)."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, 2**63, size=count, dtype=np.uint64) * np.uint64(2) + np.uint64(1)


TOKEN_SEED = 0x243F6A8885A308D3  # start value of every token hash
_BYTE_MASKS = np.array([(1 << (8 * n)) - 1 for n in range(8)] + [_MASK64], dtype=np.uint64)
SHINGLE_KEYS: np.ndarray = _keys(0x5EED_0002, 64)  # supports k <= 64

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def mix64(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser over a ``uint64`` array (wrapping arithmetic, new array)."""
    x = x ^ (x >> np.uint64(30))
    x *= _M1
    x ^= x >> np.uint64(27)
    x *= _M2
    x ^= x >> np.uint64(31)
    return x


def mix64_int(x: int) -> int:
    """SplitMix64 finaliser of one Python int (same result as :func:`mix64`)."""
    x &= _MASK64
    x ^= x >> 30
    x = (x * int(_M1)) & _MASK64
    x ^= x >> 27
    x = (x * int(_M2)) & _MASK64
    return x ^ (x >> 31)


def _word_table() -> bytes:
    """``bytes.translate`` table: 1 for a byte that may be part of a word, else 0."""
    return bytes(
        1 if c >= 128 or chr(c).isalnum() else 0  # non-ASCII: decided per character later
        for c in range(256)
    )


_WORD_TABLE = _word_table()


@dataclass(frozen=True, slots=True)
class TokenBatch:
    """Token hashes of a batch of documents.

    ``hashes[bounds[d]:bounds[d + 1]]`` are the token hashes of document ``d``, in order.
    """

    hashes: np.ndarray  # uint64, one per token
    bounds: np.ndarray  # int64, len = n_docs + 1

    @property
    def n_docs(self) -> int:
        return len(self.bounds) - 1


def _encode(texts: Sequence[str]) -> tuple[bytes, np.ndarray]:
    """UTF-8 bytes of the casefolded texts, each preceded and the last also followed by
    ``\n``, and each document's byte start (the last entry is the end)."""
    encoded = [t.casefold().encode("utf-8") for t in texts]
    lengths = np.fromiter((len(e) + 1 for e in encoded), dtype=np.int64, count=len(encoded))
    starts = np.ones(len(encoded) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    starts[1:] += 1
    return b"\n" + b"\n".join(encoded) + b"\n", starts


def _word_mask(raw: bytes) -> np.ndarray:
    """True at bytes that belong to a word character."""
    word = np.frombuffer(raw.translate(_WORD_TABLE), dtype=bool).copy()
    if raw.isascii():
        return word
    data = np.frombuffer(raw, dtype=np.uint8)
    lead = np.flatnonzero((data == 0xC2) | (data == 0xE2))
    lead = lead[lead + 2 < len(data)]  # the buffer ends with b"\n": no overrun below
    second = data[lead + 1]
    # U+0080..U+00BF is C2 80..C2 BF (two bytes)
    latin = lead[(data[lead] == 0xC2) & (second >= 0x80) & (second <= 0xBF)]
    word[latin] = False
    word[latin + 1] = False
    # U+2000..U+206F is E2 80 80..E2 81 AF (three bytes)
    third = data[lead + 2]
    general = (data[lead] == 0xE2) & ((second == 0x80) | ((second == 0x81) & (third <= 0xAF)))
    punct = lead[general]
    word[punct] = False
    word[punct + 1] = False
    word[punct + 2] = False
    return word


def _token_hashes(raw: bytes, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Hashes of the tokens ``raw[starts[i]:ends[i]]`` (see the module docstring)."""
    padded = np.frombuffer(raw + bytes(8), dtype=np.uint8)
    # every (unaligned) 8-byte little-endian window of the buffer, as a strided view
    windows = np.ndarray(shape=(len(raw),), dtype="<u8", buffer=padded, strides=(1,))
    lengths = ends - starts
    first = windows[starts] & _BYTE_MASKS[np.minimum(lengths, 8)]
    hashes = mix64(first ^ np.uint64(TOKEN_SEED))
    long = np.flatnonzero(lengths > 8)  # rare: continue 8 bytes at a time
    offset = 8
    while len(long):
        left = np.minimum(lengths[long] - offset, 8)
        piece = windows[starts[long] + offset] & _BYTE_MASKS[left]
        hashes[long] = mix64(hashes[long] ^ piece)
        offset += 8
        long = long[lengths[long] > offset]
    return hashes


def _tokenize_chunk(texts: Sequence[str]) -> TokenBatch:
    raw, doc_starts = _encode(texts)
    word = _word_mask(raw)
    # the buffer starts and ends with a separator, so changes alternate: start, end, start...
    edges = np.flatnonzero(word[1:] != word[:-1]) + 1
    if len(edges) == 0:
        return TokenBatch(np.zeros(0, np.uint64), np.zeros(len(texts) + 1, np.int64))
    tok_starts, tok_ends = edges[0::2], edges[1::2]
    hashes = _token_hashes(raw, tok_starts, tok_ends)
    bounds = np.searchsorted(tok_starts, doc_starts).astype(np.int64)
    return TokenBatch(hashes, bounds)


def text_chunks(texts: Sequence[str], chunk_chars: int | None = None) -> list[tuple[int, int]]:
    """Consecutive index ranges ``[lo, hi)`` of about ``chunk_chars`` characters each."""
    limit = _CHUNK_CHARS if chunk_chars is None else chunk_chars
    out: list[tuple[int, int]] = []
    lo, size = 0, 0
    for i, text in enumerate(texts):
        size += len(text) + 1
        if size >= limit:
            out.append((lo, i + 1))
            lo, size = i + 1, 0
    if lo < len(texts):
        out.append((lo, len(texts)))
    return out


def tokenize_batch(texts: Sequence[str]) -> TokenBatch:
    """Hashes of the word tokens of every text (see the module docstring), all at once.

    Texts are processed in chunks of about :data:`_CHUNK_CHARS` so the working arrays stay in
    cache; the result is one batch.
    """
    if not texts:
        return TokenBatch(np.zeros(0, np.uint64), np.zeros(1, np.int64))
    parts = [_tokenize_chunk(texts[lo:hi]) for lo, hi in text_chunks(texts)]
    if len(parts) == 1:
        return parts[0]
    offsets = np.cumsum([0] + [len(p.hashes) for p in parts[:-1]])
    bounds = np.concatenate(
        [parts[0].bounds[:1]] + [p.bounds[1:] + off for p, off in zip(parts, offsets, strict=True)]
    )
    return TokenBatch(np.concatenate([p.hashes for p in parts]), bounds)


def shingles_from_tokens(tokens: TokenBatch, k: int = DEFAULT_K) -> tuple[np.ndarray, np.ndarray]:
    """``uint32`` shingle hashes of every document and their bounds (like :class:`TokenBatch`).

    Shingles never cross documents; a document with ``1 <= n < k`` tokens gets one shingle of
    all its tokens, an empty document none.
    """
    if not 1 <= k <= len(SHINGLE_KEYS):
        raise ValueError(f"shingle size must be in 1..{len(SHINGLE_KEYS)}, got {k}")
    h, bounds = tokens.hashes, tokens.bounds
    n = len(h)
    counts = np.diff(bounds)
    if n == 0:
        return np.zeros(0, np.uint32), np.zeros(len(bounds), np.int64)
    combined = h * SHINGLE_KEYS[0]
    for j in range(1, k):
        combined[:-j] += h[j:] * SHINGLE_KEYS[j]
    starts = bounds[:-1]
    # shingle starts: every token with k - 1 tokens after it in its document
    keep = np.zeros(n + 1, dtype=np.int8)
    full = counts >= k
    np.add.at(keep, starts[full], 1)
    np.add.at(keep, bounds[1:][full] - k + 1, -1)
    keep_mask = np.cumsum(keep[:n]) > 0
    short = np.flatnonzero((counts > 0) & (counts < k))
    if len(short):  # one shingle of all the tokens of a short document, at its first token
        first = starts[short]
        part = np.zeros(len(short), dtype=np.uint64)
        for j in range(k):
            inside = j < counts[short]
            part += np.where(inside, h[np.minimum(first + j, n - 1)], 0) * SHINGLE_KEYS[j]
        combined[first] = part
        keep_mask[first] = True
    out = (mix64(combined[keep_mask]) >> np.uint64(32)).astype(np.uint32)
    per_doc = np.maximum(counts - k + 1, np.minimum(counts, 1))
    out_bounds = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(per_doc, out=out_bounds[1:])
    return out, out_bounds


def shingle_hashes(texts: Sequence[str], k: int = DEFAULT_K) -> tuple[np.ndarray, np.ndarray]:
    """``uint32`` word ``k``-shingle hashes of every text and per-document bounds."""
    return shingles_from_tokens(tokenize_batch(texts), k)


def shingle_set(text: str, k: int = DEFAULT_K) -> np.ndarray:
    """Sorted distinct shingle hashes of one text."""
    hashes, _ = shingle_hashes([text], k)
    return np.unique(hashes)


def shingle_sets(texts: Sequence[str], k: int = DEFAULT_K) -> list[np.ndarray]:
    """Sorted distinct shingle hashes of every text (one vectorised pass, then a split)."""
    hashes, bounds = shingle_hashes(texts, k)
    return [np.unique(hashes[bounds[i] : bounds[i + 1]]) for i in range(len(texts))]


def exact_keys(tokens: TokenBatch) -> list[int]:
    """A 64-bit key per document of its normalised text (its token sequence).

    Texts that differ only in case, whitespace or punctuation get the same key; an empty
    document gets the key of the empty sequence.
    """
    hashes, bounds = tokens.hashes, tokens.bounds
    return [
        xxhash.xxh3_64_intdigest(hashes[bounds[i] : bounds[i + 1]].tobytes())
        for i in range(tokens.n_docs)
    ]
