"""Offset maps between a cleaned text and the text it was derived from.

A map is a sorted list of anchors ``(clean_pos, orig_pos)``.  Between two anchors characters
correspond one to one; an anchor is added wherever the cleaning deleted, inserted or replaced a
run of characters of a different length.  Mapping is a binary search.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps positions in a clean text to positions in its original."""

    clean: tuple[int, ...]
    orig: tuple[int, ...]
    clean_length: int
    orig_length: int

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls((0,), (0,), length, length)

    def to_original(self, pos: int) -> int:
        """Original position of clean position ``pos`` (``pos == len(clean)`` allowed)."""
        if pos >= self.clean_length:
            return self.orig_length if pos == self.clean_length else self._raise(pos)
        if pos < 0:
            self._raise(pos)
        i = bisect.bisect_right(self.clean, pos) - 1
        return min(self.orig[i] + (pos - self.clean[i]), self.orig_length)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of clean span ``[start, end)``; covers the last character's origin."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    @classmethod
    def from_positions(cls, positions: Sequence[int], orig_length: int) -> OffsetMap:
        """Map from the original position of every clean character (one entry per character).

        An anchor is added wherever a position does not follow its predecessor by one.
        """
        if not len(positions):
            return cls((0,), (0,), 0, orig_length)
        pos = np.asarray(positions, dtype=np.int64)
        starts = np.flatnonzero(np.diff(pos) != 1) + 1
        clean = np.concatenate(([0], starts))
        return cls(tuple(clean.tolist()), tuple(pos[clean].tolist()), len(positions), orig_length)

    def to_list(self) -> list[list[int]]:
        return [list(self.clean), list(self.orig), [self.clean_length, self.orig_length]]

    @classmethod
    def from_list(cls, data: Sequence[Sequence[int]]) -> OffsetMap:
        clean, orig, lengths = data
        return cls(tuple(clean), tuple(orig), int(lengths[0]), int(lengths[1]))

    def _raise(self, pos: int) -> int:
        raise IndexError(f"position {pos} outside clean text of length {self.clean_length}")


class OffsetBuilder:
    """Builds a clean text piece by piece while recording where each piece came from."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._clean: list[int] = []
        self._orig: list[int] = []
        self._length = 0
        self._next_orig: int | None = None  # original position the next copied char would have

    def copy(self, text: str, orig_start: int) -> None:
        """Append ``text``, which stands unchanged at ``orig_start`` in the original."""
        if not text:
            return
        if self._next_orig != orig_start:
            self._anchor(orig_start)
        self._parts.append(text)
        self._length += len(text)
        self._next_orig = orig_start + len(text)

    def insert(self, text: str, orig_pos: int) -> None:
        """Append ``text`` that replaces original material at ``orig_pos`` (e.g. a space)."""
        if not text:
            return
        for ch in text:
            self._anchor(orig_pos)
            self._parts.append(ch)
            self._length += 1
        self._next_orig = None

    def _anchor(self, orig_pos: int) -> None:
        if self._clean and self._clean[-1] == self._length:
            self._orig[-1] = orig_pos
        else:
            self._clean.append(self._length)
            self._orig.append(orig_pos)

    def build(self, orig_length: int) -> tuple[str, OffsetMap]:
        text = "".join(self._parts)
        if not self._clean:
            return text, OffsetMap((0,), (0,), 0, orig_length)
        return text, OffsetMap(tuple(self._clean), tuple(self._orig), len(text), orig_length)


def compose(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """Map composed of ``outer`` (c -> b) then ``inner`` (b -> a): positions c -> a."""
    clean: list[int] = []
    orig: list[int] = []
    breaks = set(outer.clean)
    # every inner anchor b position, seen from c, also starts a new linear piece
    for b in inner.clean:
        i = bisect.bisect_right(outer.orig, b) - 1
        if i >= 0:
            c = outer.clean[i] + (b - outer.orig[i])
            nxt = outer.clean[i + 1] if i + 1 < len(outer.clean) else outer.clean_length
            if c < nxt:
                breaks.add(c)
    for c in sorted(p for p in breaks if p < outer.clean_length or p == 0):
        clean.append(c)
        orig.append(inner.to_original(min(outer.to_original(c), inner.clean_length)))
    return OffsetMap(tuple(clean), tuple(orig), outer.clean_length, inner.orig_length)


class SpanIndex:
    """Half-open character spans, to ask whether a span overlaps any of them in O(log n)
    (a scan of every span per question made a long text's extraction quadratic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a span (shares a character with it)."""
        n = bisect.bisect_left(self._starts, end)  # the spans starting before ``end``
        return n > 0 and self._reach[n - 1] > start


def blanked(text: str, spans: Iterable[tuple[int, int]], fill: str = " ") -> str:
    """``text`` with the characters of ``spans`` replaced by ``fill`` (one character), line
    breaks kept, so offsets into the result are offsets into ``text``.  Spans may overlap or
    reach past either end of ``text``."""
    cut = [(max(s, 0), min(e, len(text))) for s, e in sorted(spans)]
    cut = [(s, e) for s, e in cut if s < e]
    if not cut:
        return text
    out, pos = [], 0
    for s, e in cut:
        if e <= pos:
            continue
        s = max(s, pos)
        out.append(text[pos:s])
        out.append("".join(c if c == "\n" else fill for c in text[s:e]))
        pos = e
    out.append(text[pos:])
    return "".join(out)
