"""Word-level differences between two versions of a text (pure, character offsets)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz.distance import Indel

_WORD = re.compile(r"\S+")

# A changed stretch of a copy shorter than this many words is an edit of the copied text (a
# figure, a name, a phrase); from this length on it is the copy's own text.  Set a priori at
# about the length of the shortest news sentence (the aligner's passages are whole
# sentences), not fitted.
OWN_MIN_WORDS = 12
# Runs of fewer words found in both texts inside changed text are chance matches ("the",
# "of"), not copying: they do not split a rewritten stretch into edits.  Set a priori.
COPY_MIN_RUN = 3
# The bit-parallel LCS keeps a bit per pair of words to recover the alignment: memory grows
# with the product of the two texts' lengths (two copies of a 2 MB text, 300,000 words each,
# took 11 GB and 45 s).  Above this many word pairs (about 30 MB of bits: two copies of some
# 16,000 words, ten times a long feature) the copy is lined up on anchors instead
# (:func:`anchored_runs`), in memory linear in the texts.  Set from that memory bound, not fitted.
MAX_LCS_CELLS = 250_000_000


@dataclass(frozen=True, slots=True)
class Change:
    """Words ``a[a_start:a_end]`` of the first text became ``b[b_start:b_end]`` of the second
    (an empty range on one side: an insertion or a deletion)."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int


def word_changes(a: str, b: str) -> list[Change]:
    """Where ``b`` differs from ``a``, word by word, in order."""
    wa, wb = list(_WORD.finditer(a)), list(_WORD.finditer(b))
    ka, kb = [m.group() for m in wa], [m.group() for m in wb]
    if len(ka) * len(kb) > MAX_LCS_CELLS:
        return _changes_between(wa, wb, anchored_runs(ka, kb))  # difflib: 22 s on 1 MB copies
    matcher = SequenceMatcher(None, ka, kb, False)
    out: list[Change] = []
    for op, i0, i1, j0, j1 in matcher.get_opcodes():
        if op == "equal":
            continue
        out.append(Change(*_range(wa, i0, i1), *_range(wb, j0, j1)))
    return out


def _changes_between(
    wa: list[re.Match[str]], wb: list[re.Match[str]], runs: list[tuple[int, int, int, int]]
) -> list[Change]:
    """The changes between and around equal ``runs`` (in order) of words ``wa`` and ``wb``."""
    out: list[Change] = []
    i = j = 0
    for i0, i1, j0, j1 in [*runs, (len(wa), len(wa), len(wb), len(wb))]:
        if i < i0 or j < j0:
            out.append(Change(*_range(wa, i, i0), *_range(wb, j, j0)))
        i, j = i1, j1
    return out


def _range(words: list[re.Match[str]], i0: int, i1: int) -> tuple[int, int]:
    """Characters of words ``i0..i1`` (an empty range at the gap when ``i0 == i1``)."""
    if i0 < i1:
        return words[i0].start(), words[i1 - 1].end()
    at = words[i0].start() if i0 < len(words) else (words[-1].end() if words else 0)
    return at, at


def copied_spans(
    a: str, b: str, own_min_words: int = OWN_MIN_WORDS, min_run: int = COPY_MIN_RUN
) -> list[tuple[int, int]]:
    """Character spans of ``b`` copied from ``a`` (a near copy of it): runs of the same words
    in the same order (case aside) of at least ``min_run`` words, and stretches of at least
    ``own_min_words`` words ``a`` holds elsewhere (moved, see :func:`_with_moved`), joined
    across changes of fewer than ``own_min_words`` words of ``b``.  What lies outside, a
    paragraph or a headline of ``b``'s own, is not copied.  Bit-parallel LCS over words
    (rapidfuzz: time and memory grow with the product of the lengths between the first and
    last change; see :data:`MAX_LCS_CELLS`)."""
    if a == b:
        return [(0, len(b))] if b else []
    wa, wb = list(_WORD.finditer(a)), list(_WORD.finditer(b))
    ka, kb = [m.group().lower() for m in wa], [m.group().lower() for m in wb]
    blocks: list[list[int]] = []
    for i0, i1, j0, j1 in _equal_runs(ka, kb):
        if j1 - j0 < min_run:
            continue
        floor = blocks[-1][1] if blocks else 0
        # the LCS may have given a run's first or last words to a chance match ("the")
        while i0 > 0 and j0 > floor and ka[i0 - 1] == kb[j0 - 1]:
            i0, j0 = i0 - 1, j0 - 1
        while i1 < len(ka) and j1 < len(kb) and ka[i1] == kb[j1]:
            i1, j1 = i1 + 1, j1 + 1
        if blocks and j0 - blocks[-1][1] < own_min_words:
            blocks[-1][1] = max(blocks[-1][1], j1)
        else:
            blocks.append([j0, j1])
    blocks = _with_moved(ka, kb, blocks, own_min_words)
    return [(wb[j0].start(), wb[j1 - 1].end()) for j0, j1 in blocks]


# A stretch of the copy outside the in-order runs that the original holds word for word
# elsewhere, at least a sentence long (OWN_MIN_WORDS), was moved, not written: a republished
# story with paragraphs 4-6 moved to the top was "partially" (0.59) its original's copy, every
# word the original's (a review of versions).  It is looked up by the ANCHOR_WORDS-grams the
# original holds once (a gram it repeats would be tried at each place: quadratic on
# repetitive text, a code review), and extended word by word.


def _with_moved(
    ka: list[str], kb: list[str], blocks: list[list[int]], own_min_words: int
) -> list[list[int]]:
    """``blocks`` (word ranges of ``kb``, in order) with the moved stretches of the gaps
    between them added (found by the original's unique :data:`ANCHOR_WORDS`-grams, see the
    comment above), joined as :func:`copied_spans` joins."""
    edges = [0, *(x for b in blocks for x in b), len(kb)]
    gaps = [(edges[k], edges[k + 1]) for k in range(0, len(edges), 2)]
    gaps = [(j0, j1) for j0, j1 in gaps if j1 - j0 >= own_min_words]
    if not gaps or len(ka) < ANCHOR_WORDS:
        return blocks
    index = _unique_grams(ka, ANCHOR_WORDS)
    moved = [run for j0, j1 in gaps for run in _moved_runs(ka, kb, j0, j1, index, own_min_words)]
    if not moved:
        return blocks
    out: list[list[int]] = []
    for j0, j1 in sorted([*blocks, *moved]):
        if out and j0 - out[-1][1] < own_min_words:
            out[-1][1] = max(out[-1][1], j1)
        else:
            out.append([j0, j1])
    return out


def _moved_runs(
    ka: list[str],
    kb: list[str],
    j0: int,
    j1: int,
    index: dict[tuple[str, ...], int],
    min_words: int,
) -> list[list[int]]:
    """Runs of ``kb[j0:j1]`` of at least ``min_words`` words that ``ka`` holds in order."""
    out: list[list[int]] = []
    j = j0
    while j + ANCHOR_WORDS <= j1:
        i = index.get(tuple(kb[j : j + ANCHOR_WORDS]))
        best = 0
        if i is not None:
            best = ANCHOR_WORDS
            while j + best < j1 and i + best < len(ka) and ka[i + best] == kb[j + best]:
                best += 1
        if best >= min_words:
            out.append([j, j + best])
            j += best
        else:
            j += 1
    return out


def _equal_runs(ka: list[str], kb: list[str]) -> list[tuple[int, int, int, int]]:
    """Runs ``ka[i0:i1] == kb[j0:j1]`` of the two word lists, in order: their LCS, or
    :func:`anchored_runs` beyond :data:`MAX_LCS_CELLS` word pairs between their first and last
    difference (the LCS sets a common head and tail aside itself)."""
    both = min(len(ka), len(kb))
    head = next((k for k, (x, y) in enumerate(zip(ka, kb, strict=False)) if x != y), both)
    tail = both - head
    tail = next((k for k in range(tail) if ka[-1 - k] != kb[-1 - k]), tail)
    if (len(ka) - head - tail) * (len(kb) - head - tail) <= MAX_LCS_CELLS:
        return [
            (op.src_start, op.src_end, op.dest_start, op.dest_end)
            for op in Indel.opcodes(ka, kb)
            if op.tag == "equal"
        ]
    return anchored_runs(ka, kb)


# Above MAX_LCS_CELLS, two texts are lined up on word n-grams of this many words found once in
# each (a patience diff's unique lines, for words): short enough that a near copy edited every
# few sentences keeps anchors in between, long enough that an n-gram seldom occurs once in each
# by chance in texts that repeat themselves (tables, lists).  Set a priori.
ANCHOR_WORDS = 8


def anchored_runs(ka: list[str], kb: list[str]) -> list[tuple[int, int, int, int]]:
    """Runs ``ka[i0:i1] == kb[j0:j1]`` in order, in time about linear in the two lengths: the
    longest increasing chain of the :data:`ANCHOR_WORDS`-word n-grams found once in each text
    (patience sorting), each grown to its whole run of equal words; the words between two runs
    are compared by their LCS when there are at most :data:`MAX_LCS_CELLS` word pairs, else
    left as changed.  difflib's matching blocks, the earlier fallback, took 146 s on two
    1 MB copies of a report that repeats its wording (its longest-match search is quadratic
    in the repeats)."""
    runs: list[tuple[int, int, int, int]] = []
    i = j = 0
    for ai, bj in _anchors(ka, kb):
        if ai < i or bj < j:
            continue  # inside the run just grown
        i0, j0 = ai, bj
        while i0 > i and j0 > j and ka[i0 - 1] == kb[j0 - 1]:
            i0, j0 = i0 - 1, j0 - 1
        runs += _gap_runs(ka, kb, i, i0, j, j0)
        i1, j1 = ai, bj
        while i1 < len(ka) and j1 < len(kb) and ka[i1] == kb[j1]:
            i1, j1 = i1 + 1, j1 + 1
        runs.append((i0, i1, j0, j1))
        i, j = i1, j1
    return runs + _gap_runs(ka, kb, i, len(ka), j, len(kb))


def _gap_runs(
    ka: list[str], kb: list[str], i0: int, i1: int, j0: int, j1: int
) -> list[tuple[int, int, int, int]]:
    """Equal runs of ``ka[i0:i1]`` and ``kb[j0:j1]`` by their LCS, or none above the cap."""
    if i0 >= i1 or j0 >= j1 or (i1 - i0) * (j1 - j0) > MAX_LCS_CELLS:
        return []
    return [
        (i0 + op.src_start, i0 + op.src_end, j0 + op.dest_start, j0 + op.dest_end)
        for op in Indel.opcodes(ka[i0:i1], kb[j0:j1])
        if op.tag == "equal"
    ]


def _anchors(ka: list[str], kb: list[str]) -> list[tuple[int, int]]:
    """Start pairs ``(i, j)`` of n-grams found once in each text, the longest chain of them
    increasing in both."""
    n = ANCHOR_WORDS
    once_a = _unique_grams(ka, n)
    pairs = []
    for gram, j in _unique_grams(kb, n).items():
        i = once_a.get(gram)
        if i is not None:
            pairs.append((i, j))
    pairs.sort(key=lambda p: p[1])
    return _increasing(pairs)


def _unique_grams(words: list[str], n: int) -> dict[tuple[str, ...], int]:
    """Each n-gram of ``words`` found exactly once, with its start."""
    first: dict[tuple[str, ...], int] = {}
    twice: set[tuple[str, ...]] = set()
    for k in range(len(words) - n + 1):
        gram = tuple(words[k : k + n])
        if first.setdefault(gram, k) != k:
            twice.add(gram)
    return {g: k for g, k in first.items() if g not in twice}


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of ``pairs`` (in order of their second item) increasing in the first
    (patience sorting, n log n)."""
    tops: list[int] = []  # first item at the end of the best chain of each length
    ends: list[int] = []  # index into pairs of that end
    back = [-1] * len(pairs)
    for k, (i, _) in enumerate(pairs):
        at = bisect.bisect_left(tops, i)
        back[k] = ends[at - 1] if at else -1
        if at == len(tops):
            tops.append(i)
            ends.append(k)
        else:
            tops[at], ends[at] = i, k
    chain = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]
