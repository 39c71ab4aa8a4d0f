"""Settings of story and storyline clustering."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StorySettings:
    enabled: bool = True
