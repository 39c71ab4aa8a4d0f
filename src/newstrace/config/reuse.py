"""Settings of the reuse engine (near-duplicates, candidates, alignment)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReuseSettings:
    enabled: bool = True
