"""Clustering state: running document frequencies, open stories, storylines, the candidate
index and the merge log.  Everything is plain data so it round-trips through JSON
(:meth:`ClusterState.to_dict` / :meth:`ClusterState.to_bytes`)."""

from __future__ import annotations

import json
import math
import zlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from newstrace.stages.cluster.features import Vector

STATE_VERSION = 1
# zlib level of the written state: on the state of 10,000 synthetic articles (12.4 MB of
# JSON) level 6 took 0.44 s for 3.86 MB and level 1 0.10 s for 4.38 MB; it is written at
# every analysis, so the faster one (any level reads back the same)
_ZLIB_LEVEL = 1


@dataclass
class StoryState:
    """A story under construction; centroids are sums of L2-normalised article vectors."""

    id: str
    articles: list[str]
    body: Vector = field(default_factory=dict)
    lead: Vector = field(default_factory=dict)
    entities: Vector = field(default_factory=dict)
    numbers: Vector = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    first_seen: str | None = None
    last_seen: str | None = None
    first_step: int = 0
    storyline: str | None = None
    label: str | None = None
    label_score: float = -1.0
    keys: list[str] = field(default_factory=list)  # keys it is indexed under
    dense: list[float] = field(default_factory=list)  # sum of article embeddings (embed mode)
    compact: bool = False  # closed and pruned to its heaviest terms


@dataclass
class StorylineState:
    """Stories linked by shared subject; centroids sum the vectors of all their articles."""

    id: str
    stories: list[str]
    body: Vector = field(default_factory=dict)
    entities: Vector = field(default_factory=dict)
    last_seen: str | None = None
    first_step: int = 0
    keys: list[str] = field(default_factory=list)
    size: int = 0  # articles in its stories
    compact: bool = False  # all its stories closed; centroids pruned


@dataclass(frozen=True)
class MergeEvent:
    """``absorbed`` was merged into ``kept`` (both stories, or both storylines)."""

    step: int
    kind: str  # "story" | "storyline" | "split" | "copies" (stories holding copies of one source)
    kept: str
    absorbed: str
    similarity: float


@dataclass
class ClusterState:
    """Everything needed to add articles later without re-clustering."""

    n_docs: int = 0
    df_body: dict[str, int] = field(default_factory=dict)
    df_entities: dict[str, int] = field(default_factory=dict)
    stories: dict[str, StoryState] = field(default_factory=dict)
    storylines: dict[str, StorylineState] = field(default_factory=dict)
    assignment: dict[str, str] = field(default_factory=dict)  # article id -> story id
    merges: list[MergeEvent] = field(default_factory=list)
    step: int = 0
    now: str | None = None  # latest publication date seen
    story_index: dict[str, list[str]] = field(default_factory=dict)  # key -> open story ids
    # key -> ids of closed (compacted) stories, consulted for backdated articles only
    closed_index: dict[str, list[str]] = field(default_factory=dict)
    line_index: dict[str, list[str]] = field(default_factory=dict)  # key -> storyline ids

    def idf_body(self, term: str) -> float:
        """Smoothed IDF of a body/lead term from the running document frequencies."""
        return math.log((self.n_docs + 1) / (self.df_body.get(term, 0) + 1)) + 1.0

    def idf_entity(self, key: str) -> float:
        """Smoothed IDF of an entity key."""
        return math.log((self.n_docs + 1) / (self.df_entities.get(key, 0) + 1)) + 1.0

    def story_of(self, article_id: str) -> str | None:
        """The story an article belongs to, if clustered."""
        return self.assignment.get(article_id)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict of the whole state (a copy: later changes to the state do not
        change it)."""
        data = asdict(self)
        data["version"] = STATE_VERSION
        return data

    def _shared_dict(self) -> dict[str, Any]:
        """:meth:`to_dict` sharing the state's lists and dicts instead of copying each, to be
        written at once (copying the state of 10,000 articles took 2.7 s per analysis)."""
        data = _fields(self)
        data["stories"] = {k: _fields(v) for k, v in self.stories.items()}
        data["storylines"] = {k: _fields(v) for k, v in self.storylines.items()}
        data["merges"] = [_fields(m) for m in self.merges]
        data["version"] = STATE_VERSION
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClusterState:
        """Inverse of :meth:`to_dict`."""
        if data.get("version") != STATE_VERSION:
            raise ValueError(f"unsupported cluster state version {data.get('version')!r}")
        return cls(
            n_docs=int(data["n_docs"]),
            df_body=dict(data["df_body"]),
            df_entities=dict(data["df_entities"]),
            stories={k: StoryState(**v) for k, v in data["stories"].items()},
            storylines={k: StorylineState(**v) for k, v in data["storylines"].items()},
            assignment=dict(data["assignment"]),
            merges=[MergeEvent(**m) for m in data["merges"]],
            step=int(data["step"]),
            now=data["now"],
            story_index={k: list(v) for k, v in data["story_index"].items()},
            closed_index={k: list(v) for k, v in data.get("closed_index", {}).items()},
            line_index={k: list(v) for k, v in data["line_index"].items()},
        )

    def to_bytes(self) -> bytes:
        """Compressed JSON."""
        raw = json.dumps(self._shared_dict(), separators=(",", ":"))
        return zlib.compress(raw.encode("utf-8"), _ZLIB_LEVEL)

    @classmethod
    def from_bytes(cls, blob: bytes) -> ClusterState:
        """Inverse of :meth:`to_bytes`."""
        return cls.from_dict(json.loads(zlib.decompress(blob).decode("utf-8")))


def _fields(obj: Any) -> dict[str, Any]:
    """An object's dataclass fields by name, in order, their values as they are."""
    return {f.name: getattr(obj, f.name) for f in fields(obj)}
