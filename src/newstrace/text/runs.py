"""Exact common word runs of two texts: how a copied passage was copied.

Pure helpers, no I/O.  Two texts are compared as lists of casefolded word tokens (maximal runs
of ``\\w`` characters, so punctuation and spacing never break a run).  The *runs* are the
matching blocks of :class:`difflib.SequenceMatcher` (junk heuristic off): the longest common
block first, then recursively on both sides of it, so runs never cross and appear in the same
order in both texts.  A passage pasted unchanged gives one run as long as itself; a passage
with a word substituted every ten words gives runs of about nine; a rewrite gives runs of one
or two words.

From the runs:

* ``run_weighted_mean``: the mean, over matched tokens, of the length of the run the token is
  in (``sum(r**2) / sum(r)``): the length of copy a typical copied word belongs to.
* ``edits``: tokens of either text outside every run (an insertion, a deletion or each side
  of a substitution counts one per token).
* ``gaps``: edit events, the stretches between runs where either text has tokens (a
  substituted word, an inserted phrase and a deleted sentence count one each).

Runs keep the order of both texts, so a sentence moved elsewhere counts as a deletion and an
insertion.  (Order-free greedy string tiling with METER's minimum tile of 3 words was tried for
the Clough-Stevenson features instead and scored lower: docs/results.md.)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Casefolded word tokens of ``text``."""
    return [m.group().casefold() for m in _WORD.finditer(text)]


@dataclass(frozen=True, slots=True)
class Runs:
    """Exact common runs between a first (``a``) and a second (``b``) token list."""

    lengths: tuple[int, ...]
    a_len: int
    b_len: int
    gaps: int = 0  # stretches between runs where either side has tokens (edit events)

    @property
    def matched(self) -> int:
        """Tokens inside runs (the same count on both sides)."""
        return sum(self.lengths)

    @property
    def edits(self) -> int:
        """Tokens of either side outside every run."""
        return self.a_len + self.b_len - 2 * self.matched

    def run_weighted_mean(self) -> float:
        """Mean run length seen from a matched token (0 when nothing matches)."""
        m = self.matched
        return sum(r * r for r in self.lengths) / m if m else 0.0


def common_runs(a: list[str], b: list[str]) -> Runs:
    """Exact common runs of two token lists (see the module docstring)."""
    sm = SequenceMatcher(None, a, b, autojunk=False)
    lengths = tuple(block.size for block in sm.get_matching_blocks() if block.size)
    gaps = sum(1 for op in sm.get_opcodes() if op[0] != "equal")
    return Runs(lengths, len(a), len(b), gaps)


def merge(parts: list[Runs]) -> Runs:
    """Runs of several passage pairs pooled as one (lengths concatenated, sizes summed)."""
    lengths = tuple(r for p in parts for r in p.lengths)
    return Runs(
        lengths,
        sum(p.a_len for p in parts),
        sum(p.b_len for p in parts),
        sum(p.gaps for p in parts),
    )
