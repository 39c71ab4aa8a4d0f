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

from newstrace.text.arrays import Workspace, sorted_unique, workspace

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
    return _mix64_inplace(np.array(x, dtype=np.uint64))


def _mix64_inplace(x: np.ndarray, scratch: np.ndarray | None = None) -> np.ndarray:
    """:func:`mix64` of an owned ``uint64`` array in place (``scratch``: as long, or longer);
    returns ``x``."""
    tmp = np.empty_like(x) if scratch is None else scratch[: len(x)]
    for shift, mult in ((30, _M1), (27, _M2)):
        np.right_shift(x, np.uint64(shift), out=tmp)
        np.bitwise_xor(x, tmp, out=x)
        np.multiply(x, mult, out=x)
    np.right_shift(x, np.uint64(31), out=tmp)
    np.bitwise_xor(x, tmp, out=x)
    return x


def mix64_int(x: int) -> int:
    """SplitMix64 finaliser of one Python int (same result as :func:`mix64`)."""
    x &= _MASK64
    x ^= x >> 30
    x = (x * int(_M1)) & _MASK64
    x ^= x >> 27
    x = (x * int(_M2)) & _MASK64
    return x ^ (x >> 31)


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


def _encode(texts: Sequence[str], work: Workspace) -> tuple[np.ndarray, np.ndarray, bool]:
    """UTF-8 bytes of the casefolded texts, each preceded and the last also followed by
    ``\n``, as a ``uint8`` array with 8 zero bytes of padding at its end (so 8-byte windows
    never overrun); each document's byte start (the last entry is the end of the text
    bytes, where the padding begins); and whether all of it is ASCII."""
    # ASCII texts are lowercased below, in numpy; for ASCII, casefolding is lowercasing
    encoded = [(t if t.isascii() else t.casefold()).encode("utf-8") for t in texts]
    lengths = np.fromiter((len(e) + 1 for e in encoded), dtype=np.int64, count=len(encoded))
    starts = np.ones(len(encoded) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    starts[1:] += 1
    size = int(starts[-1])
    data = work.get("raw", size + 8, np.uint8)
    view = data.data  # a memoryview: slice assignment from bytes is a memcpy
    data[0] = 10
    for e, lo in zip(encoded, starts[:-1].tolist(), strict=True):
        view[lo : lo + len(e)] = e
        view[lo + len(e)] = 10  # b"\n" after each text
    data[size:] = 0
    _lower_ascii(data[:size], work)  # UTF-8 multibyte sequences have no byte below 0x80
    return data, starts, all(map(str.isascii, texts))  # a flag lookup per text


def _lower_ascii(data: np.ndarray, work: Workspace) -> None:
    """Lowercase the ASCII letters ``A``-``Z`` of ``data`` in place."""
    shifted = np.subtract(data, ord("A"), out=work.get("shifted", len(data), np.uint8))
    upper = np.less(shifted, 26, out=work.get("word", len(data), np.bool_))
    np.bitwise_or(data, 0x20, out=data, where=upper)


def _word_mask(data: np.ndarray, ascii_only: bool, work: Workspace) -> np.ndarray:
    """True at bytes that belong to a word character.

    The text is casefolded, so its ASCII letters are ``a``-``z``: a byte is a word byte if it
    is ``a``-``z``, ``0``-``9`` or non-ASCII (then decided per character below).  Four byte
    comparisons run several times faster than a 256-entry table lookup.
    """
    n = len(data)
    word = work.get("word", n, np.bool_)
    other = work.get("word2", n, np.bool_)
    shifted = work.get("shifted", n, np.uint8)
    np.less(np.subtract(data, ord("a"), out=shifted), 26, out=word)  # wraps below "a"
    np.less(np.subtract(data, ord("0"), out=shifted), 10, out=other)
    np.bitwise_or(word, other, out=word)
    np.bitwise_or(word, np.greater_equal(data, 0x80, out=other), out=word)
    if ascii_only:
        return word
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


def _edges(word: np.ndarray, work: Workspace) -> np.ndarray:
    """Indices where the word mask changes (token starts and ends, alternating)."""
    n = len(word)
    change = np.not_equal(word[1:], word[:-1], out=work.get("change", n - 1, np.bool_))
    # np.nonzero allocates its result, yet runs 2.5x faster than np.compress into a kept
    # array (which takes a nonzero pass and a gather): 10k bench 0.40 -> 0.38 CPU s cold
    edges = np.nonzero(change)[0]
    edges += 1  # positions i + 1 where word[i + 1] differs from word[i]
    return edges


def _token_hashes(
    padded: np.ndarray, starts: np.ndarray, ends: np.ndarray, work: Workspace, *, scratch: bool
) -> np.ndarray:
    """Hashes of the tokens ``padded[starts[i]:ends[i]]`` (see the module docstring); the
    buffer has 8 bytes after its last token end.  With ``scratch``, the result is a work
    array (valid until the next call in this thread)."""
    # every (unaligned) 8-byte little-endian window of the buffer, as a strided view
    windows = np.ndarray(shape=(len(padded) - 7,), dtype="<u8", buffer=padded, strides=(1,))
    n = len(starts)
    lengths = np.subtract(ends, starts, out=work.get("lengths", n, np.int64))
    # a new array of a few hundred kB costs as much as the gather itself (fresh pages)
    hashes = np.take(windows, starts, out=work.get("tokens", n, np.uint64) if scratch else None)
    tmp = work.get("scratch", n, np.uint64)
    np.minimum(lengths, 8, out=tmp.view(np.int64))
    np.take(_BYTE_MASKS, tmp.view(np.int64), out=tmp)
    hashes &= tmp
    hashes ^= np.uint64(TOKEN_SEED)
    _mix64_inplace(hashes, tmp)
    long = np.flatnonzero(lengths > 8)  # rare: continue 8 bytes at a time
    offset = 8
    while len(long):
        left = np.minimum(lengths[long] - offset, 8)
        piece = windows[starts[long] + offset] & _BYTE_MASKS[left]
        piece ^= hashes[long]
        hashes[long] = _mix64_inplace(piece)
        offset += 8
        long = long[lengths[long] > offset]
    return hashes


def tokenize_chunk(texts: Sequence[str], *, scratch: bool = False) -> TokenBatch:
    """:func:`tokenize_batch` of texts few enough to tokenise in one piece (no chunking).

    With ``scratch``, the token hashes are a work array of this thread, valid until its next
    call: for a caller that uses them at once (no new array per chunk).
    """
    work = workspace()
    padded, doc_starts, ascii_only = _encode(texts, work)
    word = _word_mask(padded[:-8], ascii_only, work)
    # the buffer starts and ends with a separator, so changes alternate: start, end, start...
    edges = _edges(word, work)
    if len(edges) == 0:
        return TokenBatch(np.zeros(0, np.uint64), np.zeros(len(texts) + 1, np.int64))
    tok_starts, tok_ends = edges[0::2], edges[1::2]
    hashes = _token_hashes(padded, tok_starts, tok_ends, work, scratch=scratch)
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
    parts = [tokenize_chunk(texts[lo:hi]) for lo, hi in text_chunks(texts)]
    if len(parts) == 1:
        return parts[0]
    offsets = np.cumsum([0] + [len(p.hashes) for p in parts[:-1]])
    bounds = np.concatenate(
        [parts[0].bounds[:1]] + [p.bounds[1:] + off for p, off in zip(parts, offsets, strict=True)]
    )
    return TokenBatch(np.concatenate([p.hashes for p in parts]), bounds)


def shingles_from_tokens(
    tokens: TokenBatch, k: int = DEFAULT_K, *, scratch: bool = False
) -> tuple[np.ndarray, np.ndarray]:
    """``uint32`` shingle hashes of every document and their bounds (like :class:`TokenBatch`).

    Shingles never cross documents; a document with ``1 <= n < k`` tokens gets one shingle of
    all its tokens, an empty document none.  With ``scratch``, the hashes are a work array of
    this thread, valid until its next call (as :func:`tokenize_chunk`).
    """
    if not 1 <= k <= len(SHINGLE_KEYS):
        raise ValueError(f"shingle size must be in 1..{len(SHINGLE_KEYS)}, got {k}")
    h, bounds = tokens.hashes, tokens.bounds
    n = len(h)
    counts = np.diff(bounds)
    if n == 0:
        return np.zeros(0, np.uint32), np.zeros(len(bounds), np.int64)
    work = workspace()
    combined = np.multiply(h, SHINGLE_KEYS[0], out=work.get("combined", n, np.uint64))
    term = work.get("term", n, np.uint64)
    for j in range(1, min(k, n)):  # no token has j >= n tokens after it (term[: n - j] < 0)
        np.multiply(h[j:], SHINGLE_KEYS[j], out=term[: n - j])
        combined[:-j] += term[: n - j]
    starts = bounds[:-1]
    keep_mask = _shingle_starts(bounds, k, work)
    short = np.flatnonzero((counts > 0) & (counts < k))
    if len(short):  # one shingle of all the tokens of a short document, at its first token
        first = starts[short]
        part = np.zeros(len(short), dtype=np.uint64)
        for j in range(k):
            inside = j < counts[short]
            part += np.where(inside, h[np.minimum(first + j, n - 1)], 0) * SHINGLE_KEYS[j]
        combined[first] = part
        keep_mask[first] = True
    kept = np.compress(keep_mask, combined, out=term[: int(np.count_nonzero(keep_mask))])
    _mix64_inplace(kept, combined)
    np.right_shift(kept, np.uint64(32), out=kept)
    out = work.get("shingles", len(kept), np.uint32) if scratch else np.empty(len(kept), np.uint32)
    out[...] = kept  # the low 32 bits, now the high half
    per_doc = np.maximum(counts - k + 1, np.minimum(counts, 1))
    out_bounds = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(per_doc, out=out_bounds[1:])
    return out, out_bounds


def _shingle_starts(bounds: np.ndarray, k: int, work: Workspace) -> np.ndarray:
    """True at every token with ``k - 1`` tokens after it in its document (a work array)."""
    mask = work.get("starts", int(bounds[-1]), np.bool_)
    mask.fill(True)
    ends, counts = bounds[1:], np.diff(bounds)
    for j in range(1, k):  # the last k - 1 tokens of each document (all of a shorter one)
        mask[ends[counts >= j] - j] = False
    return mask


def shingle_hashes(texts: Sequence[str], k: int = DEFAULT_K) -> tuple[np.ndarray, np.ndarray]:
    """``uint32`` word ``k``-shingle hashes of every text and per-document bounds."""
    return shingles_from_tokens(tokenize_batch(texts), k)


def shingle_set(text: str, k: int = DEFAULT_K) -> np.ndarray:
    """Sorted distinct shingle hashes of one text."""
    hashes, _ = shingle_hashes([text], k)
    return sorted_unique(hashes)


def shingle_sets(texts: Sequence[str], k: int = DEFAULT_K) -> list[np.ndarray]:
    """Sorted distinct shingle hashes of every text (one vectorised pass, then a split)."""
    out: list[np.ndarray] = []
    for lo, hi in text_chunks(texts):  # chunk by chunk in work arrays; a sort per document
        tokens = tokenize_chunk(texts[lo:hi], scratch=True)
        hashes, bounds = shingles_from_tokens(tokens, k, scratch=True)
        out.extend(sorted_unique(hashes[bounds[i] : bounds[i + 1]]) for i in range(hi - lo))
    return out


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
