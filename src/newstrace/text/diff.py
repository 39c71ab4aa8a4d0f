"""Word-level differences between two versions of a text (pure, character offsets)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"\S+")


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
