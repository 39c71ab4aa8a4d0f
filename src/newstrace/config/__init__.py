"""One :class:`Settings` object with packaged defaults.

Each stage has its own section (a frozen dataclass in a module of this package); the CLI maps
its flags onto these fields in one place (``newstrace.cli``).  ``Settings.with_overrides``
takes dotted keys such as ``{"ingest.max_bytes": 1000}``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newstrace.config.extract import ExtractSettings
from newstrace.config.ingest import IngestSettings
from newstrace.config.reuse import ReuseSettings
from newstrace.config.stories import StorySettings
from newstrace.errors import ConfigError

DEFAULT_DB = Path("newstrace.db")


@dataclass(frozen=True)
class Settings:
    db: Path = DEFAULT_DB
    strict: bool = False  # any skipped input makes the command fail
    progress: bool = True  # show progress bars (the CLI turns them off with -q)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    reuse: ReuseSettings = field(default_factory=ReuseSettings)
    stories: StorySettings = field(default_factory=StorySettings)
    extract: ExtractSettings = field(default_factory=ExtractSettings)

    def with_overrides(self, overrides: dict[str, Any]) -> Settings:
        """A copy with dotted keys replaced; unknown keys raise :class:`ConfigError`."""
        top: dict[str, Any] = {}
        sections: dict[str, dict[str, Any]] = {}
        names = {f.name for f in dataclasses.fields(self)}
        for key, value in overrides.items():
            head, _, rest = key.partition(".")
            if head not in names:
                raise ConfigError(f"unknown setting {key!r}")
            if rest:
                sections.setdefault(head, {})[rest] = value
            else:
                top[head] = value
        for head, values in sections.items():
            section = getattr(self, head)
            known = {f.name for f in dataclasses.fields(section)}
            bad = sorted(set(values) - known)
            if bad:
                raise ConfigError(f"unknown setting {head}.{bad[0]}")
            top[head] = dataclasses.replace(section, **values)
        return dataclasses.replace(self, **top)


__all__ = ["Settings", "IngestSettings", "ReuseSettings", "StorySettings", "ExtractSettings"]
