"""Settings of quote, claim, entity and date extraction."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractSettings:
    enabled: bool = True
