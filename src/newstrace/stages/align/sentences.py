"""Per-document sentence data for alignment: spans, stemmed term ids, sparse term counts.

A :class:`Vocabulary` maps stems to integer ids for a whole run, so the sentence matrices of
different articles share columns and can be multiplied directly.  :class:`SentenceCache` keeps
one :class:`DocSentences` per text (keyed by article id), so an article taking part in many
candidate pairs is tokenised once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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

    def id(self, token: str) -> int:
        i = self.ids.get(token)
        if i is None:
            i = self.ids[token] = len(self.ids)
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


@dataclass(frozen=True, slots=True)
class DocSentences:
    """The sentences of one text: spans, stemmed term ids and a counts matrix."""

    spans: tuple[tuple[int, int], ...]
    terms: tuple[tuple[int, ...], ...]  # stem ids per sentence, in order
    content: tuple[frozenset[int], ...]  # non-stop-word stem ids per sentence
    numbers: tuple[frozenset[str], ...]  # digit strings per sentence
    counts: sp.csr_matrix  # sentences x vocabulary (columns as of building time)
    cols: np.ndarray  # sorted distinct column ids of ``counts``
    local: np.ndarray  # per stored entry of ``counts``: its column's index in ``cols``
    rows: np.ndarray  # per stored entry of ``counts``: its row

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


def doc_sentences(text: str, vocab: Vocabulary) -> DocSentences:
    """Split ``text`` into sentences and build their stemmed term counts."""
    spans = _merge_short(text, sentence_spans(text))
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
