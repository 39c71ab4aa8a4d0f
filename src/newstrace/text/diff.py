"""Word-level differences between two versions of a text (pure, character offsets)."""

from __future__ import annotations

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
# 16,000 words, ten times a long feature) the copy is compared with difflib's matching
# blocks instead, in memory linear in the texts.  Set from that memory bound, not fitted.
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
    matcher = SequenceMatcher(None, [m.group() for m in wa], [m.group() for m in wb], False)
    out: list[Change] = []
    for op, i0, i1, j0, j1 in matcher.get_opcodes():
        if op == "equal":
            continue
        out.append(Change(*_range(wa, i0, i1), *_range(wb, j0, j1)))
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
    in the same order (case aside) of at least ``min_run`` words, joined across changes of
    fewer than ``own_min_words`` words of ``b``.  What lies outside, a paragraph or a headline
    of ``b``'s own, is not copied.  Bit-parallel LCS over words (rapidfuzz: time and memory
    grow with the product of the lengths between the first and last change; see
    :data:`MAX_LCS_CELLS`)."""
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
    return [(wb[j0].start(), wb[j1 - 1].end()) for j0, j1 in blocks]


def _equal_runs(ka: list[str], kb: list[str]) -> list[tuple[int, int, int, int]]:
    """Runs ``ka[i0:i1] == kb[j0:j1]`` of the two word lists, in order: their LCS, or difflib's
    matching blocks beyond :data:`MAX_LCS_CELLS` word pairs between their first and last
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
    blocks = SequenceMatcher(None, ka, kb).get_matching_blocks()
    return [(i, i + n, j, j + n) for i, j, n in blocks if n]
