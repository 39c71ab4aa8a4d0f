"""Per-document sentence data for alignment: spans, stemmed term ids, sparse term counts.

A :class:`Vocabulary` maps stems to integer ids for a whole run, so the sentence matrices of
different articles share columns and can be multiplied directly.

Two forms of the same data:

* :class:`SentenceTable`, the corpus-wide compact form the align stage keeps: flat ``int32``
  arrays of sentence spans and stem ids with offsets per article and per sentence (about
  2-3 KB per news article instead of ~40 KB of per-article Python objects).  It is built in
  batch (:meth:`SentenceTable.build`), feeds the candidate indexes and boilerplate detection
  directly, and gives one article's :class:`DocSentences` on demand (:meth:`SentenceTable.doc`)
  for the pairs that are aligned (:class:`DocCache` keeps a bounded number of them).
* :class:`DocSentences`, one text's sentences as the aligner uses them.
  :class:`SentenceCache` keeps one per text (keyed by article id) for callers that align a
  handful of pairs (the evaluations).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newstrace.text.sentences import sentence_spans

_WORD = re.compile(r"\w+", re.UNICODE)

# Shortest sentence (in words) kept on its own; shorter ones are merged with the next one
# (Sanchez-Perez et al. 2014 join sentences under 3 words the same way).
MIN_SENTENCE_WORDS = 3

_SUFFIXES = (
    ("ational", "ate"),
    ("ization", "ize"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("iveness", "ive"),
    ("ations", "ate"),
    ("ation", "ate"),
    ("ments", ""),
    ("ment", ""),
    ("ness", ""),
    ("ingly", ""),
    ("edly", ""),
    ("ings", ""),
    ("ing", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ers", ""),
    ("er", ""),
    ("ed", ""),
    ("ly", ""),
    ("es", ""),
    ("s", ""),
)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light English suffix stripper (lowercases; keeps stems of at least 3 letters)."""
    w = word.lower()
    if len(w) <= 3 or w.isdigit():
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) + len(repl) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                return w
            base = w[: len(w) - len(suffix)] + repl
            if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]  # "stopped" -> "stopp" -> "stop"
            return base
    return w


STOP_STEMS = tuple(sorted({stem(w) for w in ENGLISH_STOP_WORDS}))


class Vocabulary:
    """Stem -> column id, growing as new words are seen; stop-word stems come first."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {w: i for i, w in enumerate(STOP_STEMS)}
        self.n_stop = len(STOP_STEMS)  # ids below this are stop words
        self._words: dict[str, int] = {}  # surface word -> id of its stem (memo)
        self.names: list[str] = list(STOP_STEMS)  # id -> stem

    def id(self, token: str) -> int:
        i = self.ids.get(token)
        if i is None:
            i = self.ids[token] = len(self.ids)
            self.names.append(token)
        return i

    def word_ids(self, words: list[str]) -> tuple[int, ...]:
        """Stem ids of ``words`` (surface forms memoised; ids assigned as by :meth:`id`)."""
        memo = self._words
        out = [memo.get(w, -1) for w in words]
        if -1 in out:  # unseen surface forms: stem them in order, so new ids keep word order
            for k, w in enumerate(words):
                if out[k] < 0:
                    i = memo.get(w)
                    out[k] = memo[w] = self.id(stem(w)) if i is None else i
        return tuple(out)

    def __len__(self) -> int:
        return len(self.ids)


class DocSentences:
    """The sentences of one text: spans, stemmed term ids and a counts matrix.

    ``terms`` (stem ids per sentence, in order), ``content`` (non-stop-word stem ids per
    sentence) and ``numbers`` (digit strings per sentence) may be left to a function that
    builds each on first use (:meth:`SentenceTable.doc` does so: the aligner reads
    ``content`` and ``numbers`` only for the pairs that reach the paraphrase test, and
    ``terms`` not at all)."""

    __slots__ = ("spans", "counts", "cols", "local", "rows", "_terms", "_content", "_numbers",
                 "_fill")  # fmt: skip

    def __init__(
        self,
        spans: tuple[tuple[int, int], ...],
        terms: tuple[tuple[int, ...], ...] | None,
        content: tuple[frozenset[int], ...] | None,
        numbers: tuple[frozenset[str], ...] | None,
        counts: sp.csr_matrix,  # sentences x vocabulary (columns as of building time)
        cols: np.ndarray,  # sorted distinct column ids of ``counts``
        local: np.ndarray,  # per stored entry of ``counts``: its column's index in ``cols``
        rows: np.ndarray,  # per stored entry of ``counts``: its row
        fill: Callable[[str], Any] | None = None,  # field name -> its value, for None fields
    ) -> None:
        self.spans = spans
        self.counts, self.cols, self.local, self.rows = counts, cols, local, rows
        self._terms, self._content, self._numbers = terms, content, numbers
        self._fill = fill

    def _filled(self, name: str) -> Any:
        assert self._fill is not None
        return self._fill(name)

    @property
    def terms(self) -> tuple[tuple[int, ...], ...]:
        if self._terms is None:
            self._terms = self._filled("terms")
        return self._terms

    @property
    def content(self) -> tuple[frozenset[int], ...]:
        if self._content is None:
            self._content = self._filled("content")
        return self._content

    @property
    def numbers(self) -> tuple[frozenset[str], ...]:
        if self._numbers is None:
            self._numbers = self._filled("numbers")
        return self._numbers

    def __len__(self) -> int:
        return len(self.spans)

    def matrix(self, width: int) -> sp.csr_matrix:
        """The counts matrix padded to ``width`` columns."""
        m = self.counts
        if m.shape[1] == width:
            return m
        return sp.csr_matrix((m.data, m.indices, m.indptr), shape=(m.shape[0], width))


def _merge_short(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences with fewer than :data:`MIN_SENTENCE_WORDS` words to their neighbour."""
    out: list[tuple[int, int]] = []
    carry: int | None = None
    for s, e in spans:
        if carry is not None:
            s, carry = carry, None
        if len(_WORD.findall(text, s, e)) < MIN_SENTENCE_WORDS:
            carry = s
            continue
        out.append((s, e))
    if carry is not None:
        if out:
            out[-1] = (out[-1][0], spans[-1][1])
        else:
            out.append((carry, spans[-1][1]))
    return out


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` as the aligner uses them (short sentences merged)."""
    return _merge_short(text, sentence_spans(text))


def doc_sentences(text: str, vocab: Vocabulary) -> DocSentences:
    """Split ``text`` into sentences and build their stemmed term counts."""
    spans = split_sentences(text)
    terms: list[tuple[int, ...]] = []
    content: list[frozenset[int]] = []
    numbers: list[frozenset[str]] = []
    rows: list[int] = []
    cols: list[int] = []
    for i, (s, e) in enumerate(spans):
        words = _WORD.findall(text, s, e)
        ids = vocab.word_ids(words)
        terms.append(ids)
        content.append(frozenset(t for t in ids if t >= vocab.n_stop))
        numbers.append(frozenset(w for w in words if w.isdigit()))
        rows.extend([i] * len(ids))
        cols.extend(ids)
    data = np.ones(len(cols), dtype=np.float64)
    counts = sp.csr_matrix(
        (data, (np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64))),
        shape=(len(spans), max(len(vocab), 1)),
    )
    counts.sum_duplicates()
    used, local = np.unique(counts.indices, return_inverse=True)
    entry_rows = np.repeat(np.arange(len(spans)), np.diff(counts.indptr))
    return DocSentences(
        tuple(spans), tuple(terms), tuple(content), tuple(numbers), counts, used, local, entry_rows
    )


class SentenceCache:
    """Sentence data per key (an article id), built on first use with a shared vocabulary."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or Vocabulary()
        self._docs: dict[str, DocSentences] = {}

    def get(self, key: str, text: str) -> DocSentences:
        doc = self._docs.get(key)
        if doc is None:
            doc = self._docs[key] = doc_sentences(text, self.vocab)
        return doc

    def __len__(self) -> int:
        return len(self._docs)


# --- the compact corpus-wide form ---

_BUILD_CHUNK = 1000  # texts tokenised per step before their lists become arrays
# DocSentences kept by DocCache: about 10 KB each for a synthetic news article, 25 KB once
# ``content`` is built (constant memory, whatever the corpus size)
_CACHE_DOCS = 4096
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)
_HASH_ADD = np.uint64(0xD6E8FEB86659FD93)


def _doc_arrays(
    texts: Sequence[str], vocab: Vocabulary
) -> tuple[list[int], list[int], list[int], list[int], list[int]]:
    """Flat lists for ``texts``: sentences per text, span bounds, tokens per sentence, stem
    ids, and the positions (within these texts' ids) of tokens written in digits."""
    n_sent: list[int] = []
    bounds: list[int] = []
    n_tok: list[int] = []
    ids: list[int] = []
    digits: list[int] = []
    for text in texts:
        spans = split_sentences(text)
        n_sent.append(len(spans))
        for s, e in spans:
            words = _WORD.findall(text, s, e)
            bounds += (s, e)
            n_tok.append(len(words))
            digits.extend(len(ids) + k for k, w in enumerate(words) if w.isdigit())
            ids.extend(vocab.word_ids(words))
    return n_sent, bounds, n_tok, ids, digits


def _offsets(sizes: np.ndarray) -> np.ndarray:
    out = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=out[1:])
    return out


def _count_rows(ids: np.ndarray, n_tok: np.ndarray, width: int) -> tuple[np.ndarray, ...]:
    """Per sentence (``n_tok`` tokens each, ids below ``width``): its distinct stem ids,
    sorted, and their counts, as CSR arrays (row lengths, indices, counts as uint16, or
    uint32 if a count is larger)."""
    key = np.repeat(np.arange(len(n_tok), dtype=np.int64) * width, n_tok) + ids
    key, counts = np.unique(key, return_counts=True)
    row = key // width
    small = counts.max(initial=0) <= np.iinfo(np.uint16).max
    return (
        np.bincount(row, minlength=len(n_tok)),
        (key - row * width).astype(np.int32),
        counts.astype(np.uint16 if small else np.uint32),
    )


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    """Concatenate ``parts`` and empty the list (so the pieces can be freed)."""
    out = np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
    parts.clear()
    return out


@dataclass(frozen=True, slots=True)
class SentenceTable:
    """The sentences of a corpus in flat arrays (what :class:`DocSentences` holds per text).

    Sentences ``doc_ptr[d]:doc_ptr[d + 1]`` belong to document ``d``; sentence ``s`` spans
    ``spans[s]`` of its text; its stem ids in order are ``ids[tok_ptr[s]:tok_ptr[s + 1]]``
    and its distinct stem ids with their counts ``stems[row_ptr[s]:row_ptr[s + 1]]``,
    ``counts[...]`` (a CSR matrix: :meth:`counts_matrix`); ``digits`` lists the positions in
    ``ids`` of tokens written in digits (their stem is the token itself, so
    :attr:`DocSentences.numbers` is recovered from ``vocab.names``)."""

    doc_ptr: np.ndarray  # int64, documents + 1
    spans: np.ndarray  # int32, (sentences, 2)
    tok_ptr: np.ndarray  # int64, sentences + 1
    ids: np.ndarray  # int32, tokens
    digits: np.ndarray  # int64, sorted positions into ``ids``
    row_ptr: np.ndarray  # int64, sentences + 1
    stems: np.ndarray  # int32, distinct stems per sentence
    stem_counts: np.ndarray  # uint16 (uint32 if needed), their counts
    keys: np.ndarray  # uint64 per sentence: hash of its stem-id sequence (0: no words)
    vocab: Vocabulary

    @classmethod
    def build(cls, texts: Sequence[str], vocab: Vocabulary | None = None) -> SentenceTable:
        """Tokenise and stem ``texts`` (:data:`_BUILD_CHUNK` at a time) into one table."""
        vocab = vocab or Vocabulary()
        parts: list[list[np.ndarray]] = [[] for _ in range(9)]
        done = 0
        for lo in range(0, len(texts), _BUILD_CHUNK):
            n_sent, bounds, n_tok, ids, digits = _doc_arrays(texts[lo : lo + _BUILD_CHUNK], vocab)
            tok = np.asarray(n_tok, dtype=np.int64)
            idarr = np.asarray(ids, dtype=np.int32)
            chunk: tuple[np.ndarray, ...] = (
                np.asarray(n_sent, dtype=np.int64),
                np.asarray(bounds, dtype=np.int32).reshape(-1, 2),
                tok,
                idarr,
                np.asarray(digits, dtype=np.int64) + done,
                *_count_rows(idarr, tok, max(len(vocab), 1)),
                _sentence_keys(idarr, tok),
            )
            for store, arr in zip(parts, chunk, strict=True):
                store.append(arr)
            done += len(ids)
        dtypes = (np.int64, np.int32, np.int64, np.int32, np.int64, np.int64, np.int32)
        joined = [_join(p, t) for p, t in zip(parts, (*dtypes, np.uint16, np.uint64), strict=True)]
        n_sent_, spans, n_tok_, ids_, digits_, row_len, stems, counts, keys = joined
        return cls(
            _offsets(n_sent_),
            spans.reshape(-1, 2),
            _offsets(n_tok_),
            ids_,
            digits_,
            _offsets(row_len),
            stems,
            counts,
            keys,
            vocab,
        )

    def __len__(self) -> int:
        return len(self.doc_ptr) - 1

    @property
    def n_stop(self) -> int:
        return self.vocab.n_stop

    @property
    def owner(self) -> np.ndarray:
        """The document of every sentence (int64)."""
        return np.repeat(np.arange(len(self), dtype=np.int64), np.diff(self.doc_ptr))

    @property
    def nbytes(self) -> int:
        """Bytes held by the arrays (the vocabulary not included)."""
        return (
            sum(
                getattr(self, name).nbytes
                for name in ("doc_ptr", "spans", "tok_ptr", "ids", "digits", "row_ptr", "stems")
            )
            + self.stem_counts.nbytes
        )

    def counts_matrix(self, lo: int = 0, hi: int | None = None) -> sp.csr_matrix:
        """Sentence x stem counts (float64, width: the vocabulary, sorted column indices) of
        sentences ``lo:hi`` (default all): the rows of :attr:`DocSentences.counts`."""
        hi = len(self.row_ptr) - 1 if hi is None else hi
        a, b = int(self.row_ptr[lo]), int(self.row_ptr[hi])
        indptr = self.row_ptr[lo : hi + 1] - a
        if b - a <= np.iinfo(np.int32).max:  # the index type scipy itself would choose
            indptr = indptr.astype(np.int32)
        return sp.csr_matrix(
            (self.stem_counts[a:b].astype(np.float64), self.stems[a:b], indptr),
            shape=(hi - lo, max(len(self.vocab), 1)),
        )

    def _field(self, s0: int, s1: int, name: str) -> Any:
        """``terms``, ``content`` or ``numbers`` (:class:`DocSentences`) of sentences
        ``s0:s1``."""
        if name == "content":  # the distinct stems of each sentence, stop words left out
            a, b = int(self.row_ptr[s0]), int(self.row_ptr[s1])
            stems = self.stems[a:b]
            keep = stems >= self.vocab.n_stop
            cuts = np.concatenate(([0], np.cumsum(keep)))[self.row_ptr[s0 : s1 + 1] - a].tolist()
            flat = stems[keep].tolist()
            return tuple(frozenset(flat[x:y]) for x, y in zip(cuts[:-1], cuts[1:], strict=True))
        t0, t1 = int(self.tok_ptr[s0]), int(self.tok_ptr[s1])
        cuts = (self.tok_ptr[s0 : s1 + 1] - t0).tolist()
        if name == "terms":
            flat = self.ids[t0:t1].tolist()
            return tuple(tuple(flat[x:y]) for x, y in zip(cuts[:-1], cuts[1:], strict=True))
        names = self.vocab.names
        lo, hi = np.searchsorted(self.digits, (t0, t1))
        numbered: list[set[str]] = [set() for _ in range(s1 - s0)]
        for p in self.digits[lo:hi].tolist():
            numbered[bisect_right(cuts, p - t0) - 1].add(names[int(self.ids[p])])
        return tuple(frozenset(x) for x in numbered)

    def doc(self, d: int) -> DocSentences:
        """Document ``d``'s sentence data, equal to :func:`doc_sentences` of its text (terms,
        content and numbers are built on first use)."""
        s0, s1 = int(self.doc_ptr[d]), int(self.doc_ptr[d + 1])
        counts = self.counts_matrix(s0, s1)
        used, local = np.unique(counts.indices, return_inverse=True)
        return DocSentences(
            tuple((a, b) for a, b in self.spans[s0:s1].tolist()),
            None,
            None,
            None,
            counts,
            used,
            local,
            np.repeat(np.arange(s1 - s0), np.diff(counts.indptr)),
            partial(self._field, s0, s1),
        )


def _sentence_keys(ids: np.ndarray, n_tok: np.ndarray) -> np.ndarray:
    """A 64-bit hash per sentence (``n_tok`` tokens each) of its stem-id sequence (0 for a
    sentence without words); equal sequences get equal keys."""
    ptr = _offsets(n_tok)
    pos = np.arange(len(ids), dtype=np.int64) - np.repeat(ptr[:-1], n_tok)
    keys = np.zeros(len(n_tok), dtype=np.uint64)
    full = n_tok > 0
    with np.errstate(over="ignore"):
        h = _mix(ids.astype(np.uint64) * _HASH_MUL + pos.astype(np.uint64))
        summed = np.add.reduceat(h, ptr[:-1][full]) if full.any() else h[:0]
        keys[full] = _mix(summed + n_tok[full].astype(np.uint64))
    keys[full & (keys == 0)] = 1
    return keys


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser (wrapping uint64 arithmetic)."""
    x = (x + _HASH_ADD) ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def repeated_sentences(table: SentenceTable, groups: np.ndarray, min_docs: int) -> np.ndarray:
    """Mask of the sentences (with words) whose stem-id sequence occurs in at least
    ``min_docs`` distinct documents of their document's group (``groups``: int per document).
    Sentences are compared by a 64-bit hash of their sequence and group
    (:attr:`SentenceTable.keys`; two different ones collide with probability ~2**-64)."""
    owner = table.owner
    with np.errstate(over="ignore"):
        key = _mix(table.keys ^ (groups[owner].astype(np.uint64) * _HASH_MUL))
    key[table.keys == 0] = 0
    order = np.argsort(key, kind="stable")  # stable: documents ascending within a key
    k, o = key[order], owner[order]
    del key
    new_key = np.ones(len(order), dtype=bool)
    new_key[1:] = k[1:] != k[:-1]
    new_doc = new_key.copy()
    new_doc[1:] |= o[1:] != o[:-1]
    del o
    key_no = np.cumsum(new_key) - 1
    docs_per_key = np.bincount(key_no, weights=new_doc)
    out = np.zeros(len(order), dtype=bool)
    out[order] = (docs_per_key[key_no] >= min_docs) & (k != 0)
    return out


class DocCache:
    """:meth:`SentenceTable.doc` with the ``size`` most recently used documents kept."""

    def __init__(self, table: SentenceTable, size: int = _CACHE_DOCS) -> None:
        self.table = table
        self.size = size
        self._docs: OrderedDict[int, DocSentences] = OrderedDict()
        self.built = 0

    def __getitem__(self, d: int) -> DocSentences:
        doc = self._docs.get(d)
        if doc is None:
            doc = self._docs[d] = self.table.doc(d)
            self.built += 1
            if len(self._docs) > self.size:
                self._docs.popitem(last=False)
        else:
            self._docs.move_to_end(d)
        return doc

    def __len__(self) -> int:
        return len(self.table)
