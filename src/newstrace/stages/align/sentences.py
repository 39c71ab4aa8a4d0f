"""Per-document sentence data for alignment: spans, stemmed term ids, sparse term counts.

A :class:`Vocabulary` maps stems to integer ids for a whole run, so the sentence matrices of
different articles share columns and can be multiplied directly.

Two forms of the same data:

* :class:`SentenceTable`, the corpus-wide compact form the align stage keeps: flat ``int32``
  arrays of sentence spans and stem ids with offsets per article and per sentence (about
  4.5 KB per synthetic news article instead of ~40 KB of per-article Python objects).  It is
  built in batch (:meth:`SentenceTable.build`), feeds the candidate indexes and boilerplate
  detection directly, and gives one article's :class:`DocSentences` on demand
  (:meth:`SentenceTable.doc`) for the pairs that are aligned (:class:`DocCache` keeps a
  bounded number of them).  Each article's tokens and stem ids can be packed
  (:meth:`SentenceTable.pack`, ~1.9 KB) and kept between runs with the vocabulary
  (:class:`KeptSentences`, :func:`table_with_kept`), so a later run tokenises only new texts.
* :class:`DocSentences`, one text's sentences as the aligner uses them.
  :class:`SentenceCache` keeps one per text (keyed by article id) for callers that align a
  handful of pairs (the evaluations).
"""

from __future__ import annotations

import re
import zlib
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from typing import Any, cast

import numpy as np
import scipy.sparse as sp

from newstrace.text import stems
from newstrace.text.arrays import sorted_unique
from newstrace.text.credits import dateline_end, notice_lines, staff_lines
from newstrace.text.sentences import sentence_spans
from newstrace.text.stopwords import ENGLISH_STOP_WORDS

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


def _foreign_stop(language: str, word: str) -> str:
    """The vocabulary entry of a stop word of another language: tagged with the language, so
    that it is a stop word only there ("die" is one in German, not in English)."""
    return f"{language}:{word}"


_ENGLISH_STOP_STEMS = frozenset(stem(w) for w in ENGLISH_STOP_WORDS)
STOP_STEMS = tuple(sorted(_ENGLISH_STOP_STEMS)) + tuple(
    _foreign_stop(lang, w)
    for lang in sorted(stems.SNOWBALL)
    for w in sorted(stems.stop_words(lang))
)
# Appended to a stem of another language spelt as an English stop-word stem (German
# "System", Spanish "partido" -> "part", French "forme" -> "form", Swedish "last"): a content
# word there, it gets an entry of its own instead of the English stop word's id.  Not a word
# character, so no token's stem ends with it.
OWN_STEM_MARK = "~"


def _foreign_stem(language: str, word: str) -> str:
    """Vocabulary entry of ``word`` in a language of :mod:`newstrace.text.stems`."""
    low = word.lower()
    if low.isdigit():  # a figure stems to itself (SentenceTable reads numbers back so)
        return low
    if low in stems.stop_words(language):
        return _foreign_stop(language, low)
    out = stems.stemmer(language)(low)
    return out + OWN_STEM_MARK if out in _ENGLISH_STOP_STEMS else out


def plain_stem(name: str) -> str:
    """A vocabulary entry as the stem it spells (:data:`OWN_STEM_MARK` taken off)."""
    return name.removesuffix(OWN_STEM_MARK)


# Version of the sentence data kept between runs (:meth:`SentenceTable.pack`, the vocabulary):
# see :func:`packed_format`.  The number is raised by hand when the row layout changes.
_PACKED_VERSION = "1"
# A fixed text tokenised by :func:`packed_format`: its sentences, tokens, digits and stems enter
# the format key, so any change to sentence splitting, tokenising or stemming discards stored
# data instead of silently mixing old and new rows.
_PROBE = (
    'Dr. Smith said: "We\'ll open 3.5 km of the A14 road in Jan. 2024." It cost £4m '
    "(U.S. $5m). Short. Councillors' votes, 12-3! Café owners' naïve e-mails... The end: "
    "announced, announcing and stopped. ²³ digits; 1990s. Am 1. Januar 2027 endet es.\n"
    "HOLLINS, May 4 (Vale News Agency) - Prices rose again.\n"
    "Harbour Safety Board (HSB) - the regulator - warned again.\n"
    "(Reporting by Ann Lee; Editing by Tom Ray)"
)
_PROBE_DE = (
    "Die Stadtwerke erhöhen die Netzentgelte für Haushaltskunden um 6,8 Prozent. "
    "Das System trägt die Last. „Wir bleiben.“ Der Rat tagt. « C'est fini. » Le maire part."
)


class Vocabulary:
    """Stem -> column id, growing as new words are seen; stop-word stems come first."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {w: i for i, w in enumerate(STOP_STEMS)}
        self.n_stop = len(STOP_STEMS)  # ids below this are stop words
        # surface word -> id of its stem (memo), per language (None: English rules)
        self._words: dict[str | None, dict[str, int]] = {None: {}}
        self.names: list[str] = list(STOP_STEMS)  # id -> stem

    @classmethod
    def from_names(cls, names: Sequence[str]) -> Vocabulary:
        """The vocabulary whose id -> stem list is ``names`` (:attr:`names` of an earlier one)."""
        if tuple(names[: len(STOP_STEMS)]) != STOP_STEMS:
            raise ValueError("not a vocabulary of this version: its stop-word stems differ")
        vocab = cls()
        vocab.names = list(names)
        vocab.ids = {w: i for i, w in enumerate(vocab.names)}
        if len(vocab.ids) != len(vocab.names):
            raise ValueError("a stem is listed twice")
        return vocab

    def id(self, token: str) -> int:
        i = self.ids.get(token)
        if i is None:
            i = self.ids[token] = len(self.ids)
            self.names.append(token)
        return i

    def word_ids(self, words: list[str], language: str | None = None) -> tuple[int, ...]:
        """Stem ids of ``words`` (surface forms memoised; ids assigned as by :meth:`id`).

        ``language``: the text's ISO 639-1 code; a language of :mod:`newstrace.text.stems` is
        stemmed with its Snowball stemmer and stop words, any other with the English rules."""
        lang = stems.supported(language)
        memo = self._words.get(lang)
        if memo is None:
            memo = self._words[lang] = {}
        out = [memo.get(w, -1) for w in words]
        if -1 in out:  # unseen surface forms: stem them in order, so new ids keep word order
            word_stem = stem if lang is None else partial(_foreign_stem, lang)
            for k, w in enumerate(words):
                if out[k] < 0:
                    i = memo.get(w)
                    out[k] = memo[w] = self.id(word_stem(w)) if i is None else i
        return tuple(out)

    def __len__(self) -> int:
        return len(self.ids)


class CsrRows:
    """The arrays of a CSR matrix without the scipy object (building one costs ~40 us, more
    than the rest of :meth:`SentenceTable.doc`); :meth:`tocsr` gives the matrix."""

    __slots__ = ("data", "indices", "indptr", "shape")

    def __init__(
        self, data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int]
    ) -> None:
        self.data, self.indices, self.indptr, self.shape = data, indices, indptr, shape

    @property
    def nnz(self) -> int:
        return len(self.data)

    def tocsr(self, width: int | None = None) -> sp.csr_matrix:
        """The scipy matrix (``width`` columns, default :attr:`shape`'s)."""
        shape = (self.shape[0], self.shape[1] if width is None else width)
        return sp.csr_matrix((self.data, self.indices, self.indptr), shape=shape)


class DocSentences:
    """The sentences of one text: spans, stemmed term ids and a counts matrix.

    ``terms`` (stem ids per sentence, in order), ``content`` (non-stop-word stem ids per
    sentence) and ``numbers`` (figures per sentence, :func:`figures`) may be left to a function that
    builds each on first use (:meth:`SentenceTable.doc` does so: the aligner reads
    ``content`` and ``numbers`` only for the pairs that reach the paraphrase test, and
    ``terms`` not at all)."""

    __slots__ = ("spans", "counts", "cols", "local", "rows", "_terms", "_content", "_numbers",
                 "_fill", "names", "language")  # fmt: skip

    def __init__(
        self,
        spans: tuple[tuple[int, int], ...],
        terms: tuple[tuple[int, ...], ...] | None,
        content: tuple[frozenset[int], ...] | None,
        numbers: tuple[frozenset[str], ...] | None,
        counts: sp.csr_matrix | CsrRows,  # sentences x vocabulary (columns as of building time)
        cols: np.ndarray,  # sorted distinct column ids of ``counts``
        local: np.ndarray,  # per stored entry of ``counts``: its column's index in ``cols``
        rows: np.ndarray,  # per stored entry of ``counts``: its row
        fill: Callable[[str], Any] | None = None,  # field name -> its value, for None fields
        names: Sequence[str] | None = None,  # stems of the vocabulary (id -> stem), if known
        language: str | None = None,  # stemming language (newstrace.text.stems; None: English)
    ) -> None:
        self.spans = spans
        self.names = names
        self.language = language
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
        if isinstance(m, CsrRows):
            return m.tocsr(width)
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


def renamed(tgt: DocSentences, mapping: dict[int, int]) -> DocSentences:
    """``tgt`` with stem ids renamed by ``mapping`` (old id -> new id) in its counts, terms and
    content (``tgt`` itself if ``mapping`` is empty): the aligner then counts a renamed stem
    as the word it was renamed to (:mod:`.synonyms`, :mod:`.compounds`)."""
    if not mapping:
        return tgt
    m = tgt.counts
    # looked up by sorting, not through a table over all ids: a vocabulary of millions of
    # stems would make that table megabytes per aligned pair
    old = np.fromiter(mapping, dtype=np.int64, count=len(mapping))
    new = np.fromiter(mapping.values(), dtype=np.int64, count=len(mapping))
    order = np.argsort(old)
    old, new = old[order], new[order]
    indices = m.indices.astype(np.int64)
    at = np.minimum(np.searchsorted(old, indices), len(old) - 1)
    hit = old[at] == indices
    indices[hit] = new[at[hit]]
    # a source built after the target may hold ids beyond the target's width: widen to them
    shape = (m.shape[0], max(m.shape[1], int(new.max()) + 1))
    counts = sp.csr_matrix((m.data.copy(), indices, m.indptr.copy()), shape=shape)
    counts.sum_duplicates()
    cols, local = np.unique(counts.indices, return_inverse=True)
    rows = np.repeat(np.arange(len(tgt)), np.diff(counts.indptr))

    def fill(name: str) -> Any:  # terms, content, numbers: built only if read
        if name == "numbers":
            return tgt.numbers
        if name == "content":
            return tuple(frozenset(mapping.get(t, t) for t in c) for c in tgt.content)
        return tuple(tuple(mapping.get(t, t) for t in s) for s in tgt.terms)

    return DocSentences(
        tgt.spans, None, None, None, counts, cols, local, rows, fill, tgt.names, tgt.language
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` as the aligner uses them: short sentences merged, staff
    credit lines left out (:func:`_without_staff`), and an agency dateline opening a line
    left out of its sentence (:func:`_past_dateline`)."""
    spans = _without_staff(text, _merge_short(text, sentence_spans(text)))
    return [_past_dateline(text, s, e) for s, e in spans]


def _without_staff(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with the staff credit lines of ``text`` cut out (:func:`.credits.staff_lines`:
    "(Reporting by Anna Ferrow; Editing by Mark Seddley)"): an agency's two stories share
    their editor's credit line, which then seeded or joined a passage between them (a
    newsroom audit: an unrelated sentence next to it was matched as a paraphrase); and its
    notice lines (:func:`.credits.notice_lines`: "This story first appeared in X.").  What is
    left of a sentence on either side of one is kept when it has
    :data:`MIN_SENTENCE_WORDS` words, else dropped with it (an "Ends" before it)."""
    cuts = sorted(staff_lines(text) + notice_lines(text))
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for s, e in spans:
        inside = [(cs, ce) for cs, ce in cuts if cs < e and ce > s]
        if not inside:
            out.append((s, e))
            continue
        pos = s
        for cs, ce in inside:
            out += _kept_piece(text, pos, cs)
            pos = max(pos, ce)
        out += _kept_piece(text, pos, e)
    return out


def _kept_piece(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` trimmed of white space, if it has :data:`MIN_SENTENCE_WORDS` words."""
    piece = text[start:end]
    start += len(piece) - len(piece.lstrip())
    end = start + len(piece.strip())
    return [(start, end)] if len(_WORD.findall(text, start, end)) >= MIN_SENTENCE_WORDS else []


def _past_dateline(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence ``[start, end)`` without an agency dateline it opens with ("BRACKWELL,
    March 10 (Norland Press Agency) - A fire at ..."): rewrites and reprints drop the
    dateline, whose words then kept the wire's first sentence from matching theirs (a
    newsroom audit: a sentence-by-sentence rewrite missed its lead)."""
    if start and text[start - 1] != "\n":
        return start, end
    after = dateline_end(text, start, end)
    if after == start or len(_WORD.findall(text, after, end)) < MIN_SENTENCE_WORDS:
        return start, end
    return after, end


def figures(words: Sequence[str]) -> frozenset[str]:
    """The figures among a sentence's ``words`` (its ``\\w+`` runs, in order): each run of
    consecutive words written in digits, joined by ".": "1.8%" is the figure "1.8", "3,000"
    "3.000" and "8:00" "8.00".  One digit run a figure of its own read "1.8%" and "1.6%" as
    sharing the figure "1" (a review: a statistics office's release agreed on its numbers
    with a newspaper story of another month, and was linked as its paraphrase)."""
    out: set[str] = set()
    run: list[str] = []
    for w in (*words, ""):
        if w.isdigit():
            run.append(w)
        elif run:
            out.update(_figures_of_run(run))
            run = []
    return frozenset(out)


def _figures_of_run(run: Sequence[str]) -> list[str]:
    """The figures of ``run``, words in digits next to each other: joined by "." but for a
    year, which stands alone and ends what comes before it ("In 2023, 4,500 properties ...":
    the words are joined without their marks, and "2023.4.500" agreed with neither "2023" nor
    "4,500": a review)."""
    out: list[str] = []
    start = 0
    for k in range(1, len(run) + 1):
        if k == len(run) or _year(run[k]) or (k - start == 1 and _year(run[start])):
            out.append(".".join(run[start:k]))
            start = k
    return out


# A figure and a rounder one within this share of it agree: a rewrite rounds ("gut 9.000
# Haushalte" for "rund 9.200", "nearly £5m" for "£4.97m": 2-3% apart), while two months'
# statistics differ in a last digit ("1.8%" and "1.6%", 11%; "2.4%" and "2.3%" are no
# rounding: neither is rounder).  Chosen by reasoning on those cases, not tuned.
ROUNDING = 0.1


def figures_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences' figures (:func:`figures`) agree: either has none, they share
    one, or one rounds the other (:data:`ROUNDING`; a year, 1900-2099 written alone, rounds
    nothing)."""
    if not a or not b:
        return True
    ra = frozenset(x for x in a if not _year(x))
    rb = frozenset(x for x in b if not _year(x))
    if not ra or not rb:  # a year on one side at most: the years decide
        return bool(a & b)
    if ra & rb or _grouped(ra) & _grouped(rb):
        return True  # (a year alone in common is no agreement: "12/03/2026", "13/03/2026")
    return any(_rounds(x, y) or _rounds(y, x) or _cut(x, y) or _cut(y, x) for x in ra for y in rb)


def _grouped(figs: frozenset[str]) -> frozenset[str]:
    """``figs`` written without thousands marks where they may be thousands ("3.000" is also
    "3000": "3,000" and "3000" agree, a review)."""
    out = set()
    for f in figs:
        parts = f.split(".")
        if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
            out.add("".join(parts))
        elif len(parts) == 1:
            out.add(f)
    return frozenset(out)


def _cut(whole: str, part: str) -> bool:
    """Whether ``part`` is the integer part of the decimal figure ``whole``: "£3.5m" is read
    as "3" ("5m" is a word), "£3,500,000" as 3.5 (a review)."""
    head, dot, _ = whole.partition(".")
    return bool(dot) and head == part


def _rounds(exact: str, rounded: str) -> bool:
    """Whether the figure ``rounded`` has fewer significant digits than ``exact`` and lies
    within :data:`ROUNDING` of it (both read with "." as the decimal mark, as written)."""
    x, y = _value(exact), _value(rounded)
    if x is None or y is None or not x:
        return False
    return _digits(rounded) < _digits(exact) and abs(x - y) <= ROUNDING * abs(x)


def _year(figure: str) -> bool:
    return len(figure) == 4 and figure[:2] in ("19", "20")


def _value(figure: str) -> float | None:
    head, _, tail = figure.partition(".")
    try:
        return float(f"{head}.{tail.replace('.', '')}" if tail else head)
    except ValueError:  # digits of other scripts ("²³")
        return None


def _digits(figure: str) -> int:
    """Significant digits of ``figure``: its digits without leading or trailing zeros."""
    return len(figure.replace(".", "").strip("0"))


def doc_sentences(text: str, vocab: Vocabulary, language: str | None = None) -> DocSentences:
    """Split ``text`` (in ``language``, an ISO 639-1 code; None: English rules) into sentences
    and build their stemmed term counts."""
    spans = split_sentences(text)
    language = stems.stemming_language(text, language)
    terms: list[tuple[int, ...]] = []
    content: list[frozenset[int]] = []
    numbers: list[frozenset[str]] = []
    rows: list[int] = []
    cols: list[int] = []
    for i, (s, e) in enumerate(spans):
        words = _WORD.findall(text, s, e)
        ids = vocab.word_ids(words, language)
        terms.append(ids)
        content.append(frozenset(t for t in ids if t >= vocab.n_stop))
        numbers.append(figures(words))
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
        tuple(spans),
        tuple(terms),
        tuple(content),
        tuple(numbers),
        counts,
        used,
        local,
        entry_rows,
        names=vocab.names,
        language=language,
    )


class SentenceCache:
    """Sentence data per key (an article id), built on first use with a shared vocabulary."""

    def __init__(self, vocab: Vocabulary | None = None) -> None:
        self.vocab = vocab or Vocabulary()
        self._docs: dict[str, DocSentences] = {}

    def get(self, key: str, text: str, language: str | None = None) -> DocSentences:
        doc = self._docs.get(key)
        if doc is None:
            doc = self._docs[key] = doc_sentences(text, self.vocab, language)
        return doc

    def __len__(self) -> int:
        return len(self._docs)


# --- the compact corpus-wide form ---

_BUILD_CHUNK = 1000  # texts tokenised per step before their lists become arrays
# DocSentences kept by DocCache: about 10 KB each for a synthetic news article, 25 KB once
# ``content`` is built (constant memory, whatever the corpus size)
_CACHE_DOCS = 4096
_HASH_MUL = np.uint64(0x9E3779B97F4A7C15)
_INT32_MAX = np.iinfo(np.int32).max
_HASH_ADD = np.uint64(0xD6E8FEB86659FD93)


_Arrays = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def _doc_arrays(
    texts: Sequence[str], vocab: Vocabulary, languages: Sequence[str | None]
) -> _Arrays:
    """Flat arrays for ``texts`` (in ``languages``): sentences per text, span bounds, tokens
    per sentence, stem ids, and the positions (within these texts' ids) of tokens written in
    digits."""
    n_sent: list[int] = []
    bounds: list[int] = []
    n_tok: list[int] = []
    ids: list[int] = []
    digits: list[int] = []
    for text, language in zip(texts, languages, strict=True):
        spans = split_sentences(text)
        n_sent.append(len(spans))
        for s, e in spans:
            words = _WORD.findall(text, s, e)
            bounds += (s, e)
            n_tok.append(len(words))
            digits.extend(len(ids) + k for k, w in enumerate(words) if w.isdigit())
            ids.extend(vocab.word_ids(words, language))
    return (
        np.asarray(n_sent, dtype=np.int64),
        np.asarray(bounds, dtype=np.int32).reshape(-1, 2),
        np.asarray(n_tok, dtype=np.int64),
        np.asarray(ids, dtype=np.int32),
        np.asarray(digits, dtype=np.int64),
    )


# Packed rows (:meth:`SentenceTable.pack`): little-endian int32, a header of sentences, tokens
# and digit tokens, then span bounds, tokens per sentence, stem ids, digit-token positions.
_PACKED = np.dtype("<i4")


def _unpack(blobs: Sequence[bytes]) -> _Arrays:
    """:func:`_doc_arrays` of the texts whose :meth:`SentenceTable.pack` rows are ``blobs``
    (read as one array: a loop over the rows cost 16 microseconds each)."""
    sizes = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    if (sizes % _PACKED.itemsize).any() or (sizes < 3 * _PACKED.itemsize).any():
        raise ValueError("a packed sentence row has the wrong length")
    a = np.frombuffer(b"".join(blobs), dtype=_PACKED)
    sizes //= _PACKED.itemsize
    head = _offsets(sizes)[:-1]
    n_sent, n_ids, n_dig = (a[head + k].astype(np.int64) for k in range(3))
    lengths = (2 * n_sent, n_sent, n_ids, n_dig)
    if (np.minimum.reduce(lengths) < 0).any() or (3 + sum(lengths) != sizes).any():
        raise ValueError("a packed sentence row has the wrong length")
    start = head + 3
    parts = []
    for size in lengths:
        parts.append(_gather(a, start, size))
        start = start + size
    bounds, n_tok, ids, digits = parts
    first = np.repeat(_offsets(n_ids)[:-1], n_dig)  # each text's first token among all
    return (
        n_sent,
        bounds.astype(np.int32).reshape(-1, 2),
        n_tok.astype(np.int64),
        ids.astype(np.int32),
        digits.astype(np.int64) + first,
    )


def _gather(a: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> np.ndarray:
    """``a[starts[k] : starts[k] + sizes[k]]`` for each k, concatenated."""
    ends = np.cumsum(sizes)
    return a[np.repeat(starts - ends + sizes, sizes) + np.arange(int(ends[-1]) if len(ends) else 0)]


def _runs(packed: Sequence[bytes | None], lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """``lo:hi`` cut into runs of texts all with or all without packed rows."""
    out: list[tuple[int, int, bool]] = []
    for k in range(lo, hi):
        has = packed[k] is not None
        if out and out[-1][2] == has:
            out[-1] = (out[-1][0], k + 1, has)
        else:
            out.append((k, k + 1, has))
    return out


def _offsets(sizes: np.ndarray) -> np.ndarray:
    out = np.zeros(len(sizes) + 1, dtype=np.int64)
    np.cumsum(sizes, out=out[1:])
    return out


def _count_rows(ids: np.ndarray, n_tok: np.ndarray, width: int) -> tuple[np.ndarray, ...]:
    """Per sentence (``n_tok`` tokens each, ids below ``width``): its distinct stem ids,
    sorted, and their counts, as CSR arrays (row lengths, indices, counts as uint16, or
    uint32 if a count is larger)."""
    key = np.repeat(np.arange(len(n_tok), dtype=np.int64) * width, n_tok) + ids
    # the keys are ordered by sentence already: a stable sort (timsort, which merges the
    # sorted runs it finds) takes a fifth of the time of np.unique's on a table's tokens
    key.sort(kind="stable")
    first = np.ones(len(key), dtype=bool)
    np.not_equal(key[1:], key[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    counts = np.diff(np.append(starts, len(key)))
    key = key[starts]
    row = key // width
    small = counts.max(initial=0) <= np.iinfo(np.uint16).max
    return (
        np.bincount(row, minlength=len(n_tok)),
        (key - row * width).astype(np.int32),
        counts.astype(np.uint16 if small else np.uint32),
    )


def _chunk(arrays: _Arrays, done: int, width: int) -> tuple[np.ndarray, ...]:
    """The table's arrays for one run of texts (:func:`_doc_arrays`; ``done`` tokens before
    them, stem ids below ``width``), in :class:`SentenceTable` field order."""
    n_sent, bounds, n_tok, ids, digits = arrays
    row_len, stems, counts = _count_rows(ids, n_tok, width)
    return (
        n_sent,
        bounds,
        n_tok,
        ids,
        digits + done,
        row_len,
        stems,
        counts,
        _sentence_keys(ids, n_tok),
    )


def _join(parts: list[np.ndarray], dtype: type) -> np.ndarray:
    """Concatenate ``parts`` and empty the list (so the pieces can be freed)."""
    out = np.concatenate(parts) if parts else np.zeros(0, dtype=dtype)
    parts.clear()
    return out


_TABLE_ARRAYS: tuple[str, ...] = ("doc_ptr", "spans", "tok_ptr", "ids", "digits", "row_ptr")
_TABLE_ARRAYS += ("stems", "stem_counts", "keys")


@dataclass(frozen=True, slots=True)
class SentenceTable:
    """The sentences of a corpus in flat arrays (what :class:`DocSentences` holds per text).

    Sentences ``doc_ptr[d]:doc_ptr[d + 1]`` belong to document ``d``; sentence ``s`` spans
    ``spans[s]`` of its text; its stem ids in order are ``ids[tok_ptr[s]:tok_ptr[s + 1]]``
    and its distinct stem ids with their counts ``stems[row_ptr[s]:row_ptr[s + 1]]``,
    ``counts[...]`` (a CSR matrix: :meth:`counts_matrix`); ``digits`` lists the positions in
    ``ids`` of tokens written in digits (their stem is the token itself, so
    :attr:`DocSentences.numbers` is recovered from ``vocab.names``, consecutive positions
    joined as :func:`figures` joins them)."""

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
    languages: tuple[str | None, ...]  # per document: its stemming language (None: English)

    @classmethod
    def build(
        cls,
        texts: Sequence[str],
        vocab: Vocabulary | None = None,
        packed: Sequence[bytes | None] | None = None,
        languages: Sequence[str | None] | None = None,
    ) -> SentenceTable:
        """Tokenise and stem ``texts`` (:data:`_BUILD_CHUNK` at a time) into one table.

        ``packed``: per text, its :meth:`pack` row from an earlier table whose vocabulary
        ``vocab`` continues, or None to tokenise it (the table is the same either way).
        ``languages``: per text, its ISO 639-1 code or None (:meth:`Vocabulary.word_ids`)."""
        vocab = vocab or Vocabulary()
        packed = packed if packed is not None else [None] * len(texts)
        given = languages if languages is not None else [None] * len(texts)
        langs = [stems.stemming_language(t, g) for t, g in zip(texts, given, strict=True)]
        parts: list[list[np.ndarray]] = [[] for _ in range(9)]
        done = 0
        for lo in range(0, len(texts), _BUILD_CHUNK):
            for a, b, has in _runs(packed, lo, min(lo + _BUILD_CHUNK, len(texts))):
                if has:
                    arrays = _unpack(cast(Sequence[bytes], packed[a:b]))
                    if len(arrays[3]) and int(arrays[3].max()) >= len(vocab):
                        raise ValueError("packed sentence rows use stems the vocabulary lacks")
                else:
                    arrays = _doc_arrays(texts[a:b], vocab, langs[a:b])
                for store, arr in zip(parts, _chunk(arrays, done, max(len(vocab), 1)), strict=True):
                    store.append(arr)
                done += len(arrays[3])
        i32, i64 = np.int32, np.int64
        dtypes = (i64, i32, i64, i32, i64, i64, i32, np.uint16, np.uint64)
        joined = [_join(p, t) for p, t in zip(parts, dtypes, strict=True)]
        n_sent_, spans, n_tok_, ids_, digits_, row_len_, stems_, counts_, keys = joined
        return cls(
            _offsets(n_sent_),
            spans.reshape(-1, 2),
            _offsets(n_tok_),
            ids_,
            digits_,
            _offsets(row_len_),
            stems_,
            counts_,
            keys,
            vocab,
            tuple(langs),
        )

    def pack(self, d: int) -> bytes:
        """Document ``d``'s sentences, tokens and stem ids as bytes (:meth:`build` takes them
        back with this table's vocabulary), for keeping between runs."""
        s0, s1 = int(self.doc_ptr[d]), int(self.doc_ptr[d + 1])
        t0, t1 = int(self.tok_ptr[s0]), int(self.tok_ptr[s1])
        lo, hi = np.searchsorted(self.digits, (t0, t1))
        head = np.array([s1 - s0, t1 - t0, hi - lo], dtype=np.int64)
        body = (self.spans[s0:s1].ravel(), np.diff(self.tok_ptr[s0 : s1 + 1]), self.ids[t0:t1])
        return np.concatenate((head, *body, self.digits[lo:hi] - t0)).astype(_PACKED).tobytes()

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
        return sum(getattr(self, name).nbytes for name in _TABLE_ARRAYS)

    def counts_matrix(self, lo: int = 0, hi: int | None = None) -> sp.csr_matrix:
        """Sentence x stem counts (float64, width: the vocabulary, sorted column indices) of
        sentences ``lo:hi`` (default all): the rows of :attr:`DocSentences.counts`."""
        hi = len(self.row_ptr) - 1 if hi is None else hi
        a, b = int(self.row_ptr[lo]), int(self.row_ptr[hi])
        indptr = self.row_ptr[lo : hi + 1] - a
        if b - a <= _INT32_MAX:  # the index type scipy itself would choose
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
        run: list[str] = []
        row = last = -2
        for p in [*self.digits[lo:hi].tolist(), -2]:  # -2: ends the last run
            r = bisect_right(cuts, p - t0) - 1 if p >= 0 else -2
            if run and (p != last + 1 or r != row):  # words in digits next to each other
                numbered[row].update(_figures_of_run(run))
                run = []
            if p >= 0:
                run.append(names[int(self.ids[p])])
            row, last = r, p
        return tuple(frozenset(x) for x in numbered)

    def doc_spans(self, d: int) -> tuple[tuple[int, int], ...]:
        """Document ``d``'s sentence spans (those of :meth:`doc`, without building it)."""
        s0, s1 = int(self.doc_ptr[d]), int(self.doc_ptr[d + 1])
        return tuple((int(a), int(b)) for a, b in self.spans[s0:s1].tolist())

    def doc(self, d: int) -> DocSentences:
        """Document ``d``'s sentence data, equal to :func:`doc_sentences` of its text (terms,
        content and numbers are built on first use).  Views of the table's arrays and a
        :class:`CsrRows` instead of a scipy matrix: about 27 us per synthetic news article
        (was 46 us with the scipy matrix and ``np.unique``)."""
        s0, s1 = int(self.doc_ptr[d]), int(self.doc_ptr[d + 1])
        ptr = self.row_ptr[s0 : s1 + 1]
        a, b = int(ptr[0]), int(ptr[-1])
        indptr = ptr - a
        if b - a <= _INT32_MAX:  # the index type scipy itself would choose
            indptr = indptr.astype(np.int32)
        stems = self.stems[a:b]
        cols = sorted_unique(stems)
        n = s1 - s0
        counts = CsrRows(
            self.stem_counts[a:b].astype(np.float64), stems, indptr, (n, max(len(self.vocab), 1))
        )
        return DocSentences(
            self.doc_spans(d),
            None,
            None,
            None,
            counts,
            cols,
            np.searchsorted(cols, stems),
            np.repeat(np.arange(n), np.diff(indptr)),
            partial(self._field, s0, s1),
            self.vocab.names,
            self.languages[d],
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
    return sentence_doc_counts(table, groups) >= min_docs


def sentence_doc_counts(table: SentenceTable, groups: np.ndarray) -> np.ndarray:
    """Per sentence, the number of distinct documents of its document's group holding the
    same stem-id sequence (0 for sentences without words); see :func:`repeated_sentences`."""
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
    docs_per_key = np.bincount(key_no, weights=new_doc).astype(np.int64)
    out = np.zeros(len(order), dtype=np.int64)
    out[order] = np.where(k != 0, docs_per_key[key_no], 0)
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


@dataclass(slots=True)
class KeptSentences:
    """Sentence data kept between runs (the store keeps it): the vocabulary's stems by id and
    packed rows (:meth:`SentenceTable.pack`) by article id.

    :func:`table_with_kept` reads ``names`` and ``rows`` and leaves in ``added`` the rows it
    built, in ``names`` the vocabulary after the run, and ``reset`` True when the kept data
    could not be used (then ``added`` has every article and the kept data is to be dropped)."""

    names: list[str]
    rows: dict[str, bytes]
    added: dict[str, bytes] = field(default_factory=dict)
    reset: bool = False


def table_with_kept(
    ids: Sequence[str],
    texts: Sequence[str],
    kept: KeptSentences,
    languages: Sequence[str | None] | None = None,
) -> SentenceTable:
    """The table of ``texts`` (articles ``ids``, in corpus order), built from the kept rows
    of the articles that have one and by tokenising the rest; equal to
    ``SentenceTable.build(texts)``.  Kept rows are used only when they are exactly those of
    the first articles (stem ids are given in corpus order, so the new articles' stems then
    get the ids a whole build would give them); otherwise every text is tokenised again."""
    packed = [kept.rows.get(i) for i in ids]
    n = len(kept.rows)
    usable = 0 < n <= len(ids) and all(p is not None for p in packed[:n])
    table = None
    if usable:
        try:
            vocab = Vocabulary.from_names(kept.names)
            table = SentenceTable.build(texts, vocab, packed, languages)
        except ValueError:  # rows or stems not as written by this version
            usable = False
    if table is None:
        table, n = SentenceTable.build(texts, languages=languages), 0
    kept.rows = {}
    kept.reset = not usable
    kept.added = {ids[d]: table.pack(d) for d in range(n, len(ids))}
    kept.names = list(table.vocab.names)
    return table


@lru_cache(maxsize=1)
def packed_format() -> str:
    """Key of the sentence data kept between runs: the layout version plus a checksum of the
    stemmer's rules, the merge threshold and how :data:`_PROBE` is split, tokenised and stemmed.
    Kept rows with another key are discarded (everything is tokenised again)."""
    table = SentenceTable.build([_PROBE, _PROBE_DE], languages=[None, "de"])
    rules = repr(
        (_SUFFIXES, STOP_STEMS, MIN_SENTENCE_WORDS, table.vocab.names, stems.rules_key())
    ).encode("utf-8")
    return f"{_PACKED_VERSION}:{zlib.crc32(table.pack(0) + table.pack(1) + rules):08x}"


def row_classes(
    m: np.ndarray | sp.csr_matrix, extra: Sequence[Any] | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Equal rows of ``m`` (and equal ``extra[i]`` too, when given) as classes: the first row
    of each class, in row order, and the class of every row.  Rows are equal when their
    stored entries are, in stored order, so that equal rows give equal products."""
    if isinstance(m, np.ndarray):
        keys: list[Any] = [row.tobytes() for row in m]
    else:
        ptr = m.indptr.tolist()
        idx, val = m.indices, m.data
        keys = [
            (idx[a:b].tobytes(), val[a:b].tobytes()) for a, b in zip(ptr, ptr[1:], strict=False)
        ]
    if extra is not None:
        keys = list(zip(keys, extra, strict=True))
    seen: dict[Any, int] = {}
    of = np.fromiter((seen.setdefault(k, len(seen)) for k in keys), dtype=np.int64, count=len(keys))
    first = np.full(len(seen), len(keys), dtype=np.int64)
    np.minimum.at(first, of, np.arange(len(keys)))
    return first, of
