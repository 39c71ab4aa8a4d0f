"""What the align stage decided about pairs that its records do not show, kept between
analyses (the store keeps it as stage state) so that an incremental run weighs the same
evidence as one analysis of the whole corpus.

An incremental run aligns only the pairs that touch a new article; the older pairs' passages
come from the stored records.  Those records are what was left after the sibling and
outclass rules (:func:`newstrace.stages.align._withdraw_explained`,
:func:`~newstrace.stages.align._drop_outclassed`) took passages out, and the undirected marks
they keep are those left after withdrawal.  A later batch must run those rules again over
everything: a withdrawn link still explains a third pair, or outclasses a weaker source's
passage, and a link withdrawn by a common source is only withdrawn while the rule still
holds.  So the stage keeps:

- ``marks``: every aligned pair that :func:`~newstrace.stages.align._directed` left without
  a direction, before any rule removed its mark;
- ``later``: the pairs marked only after the boilerplate flags
  (:func:`~newstrace.stages.align._undirect_quotes_left`), which every run marks again from
  their passages: their marks in the records are not carried into the next run's flags, which
  must weigh them as one analysis does, as directed pairs (a rail operator's footer line in a
  paper was its first notice's, not its second's, only in one run);
- ``dropped``: the passages the rules took out of the records;
- ``failed``: the candidate pairs whose alignment raised (a fault, or memory running out on a
  pathological text), with the number of analyses in a row it did: they have no records, so
  the next analyses align them again, up to :data:`ALIGN_ATTEMPTS` times in all;
- ``empty``: the pairs aligned that gave no passage (:func:`pair_hashes` of their ids,
  sorted), so that an old pair a batch makes a candidate is aligned only if it never was (a
  pair's passages depend on its two texts and their credits, which are aligned again when
  they change).  None when not known (a store analysed incrementally before they were kept:
  the candidate index then searches the old articles to tell).
"""

from __future__ import annotations

import base64
import json
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import xxhash

from newstrace.records import Alignment
from newstrace.serialize import from_dict, to_dict

# Bumped when the kept data's meaning changes: data of another version is not used (the next
# run then carries what the records show, as before this state was kept).
FORMAT = 2  # 2: ``marks`` are those made before the boilerplate flags, ``later`` kept apart
# Analyses that try to align a pair whose alignment raised before giving up on it (until
# ``analyze --force``): a fault in the code or a passing lack of memory is worth a retry with
# the next batch; a pair that fails three times in a row most likely fails every time, and a
# pathological pair can take minutes before it fails.  Set a priori.
ALIGN_ATTEMPTS = 3


@dataclass
class HeldLinks:
    """Undirected marks (pairs of article ids) and withheld passages of the analysed pairs;
    ``known`` False when they are not known (a store analysed before they were kept): the
    run then carries what the records show, and leaves them known."""

    marks: set[frozenset[str]] = field(default_factory=set)
    dropped: list[Alignment] = field(default_factory=list)
    known: bool = True
    failed: dict[frozenset[str], int] = field(default_factory=dict)
    empty: np.ndarray | None = None  # sorted uint64 pair hashes (pair_hashes)
    later: set[frozenset[str]] = field(default_factory=set)

    def to_bytes(self) -> bytes:
        """The kept data (known: a run has filled it)."""
        data = {
            "format": FORMAT,
            "marks": sorted(sorted(m) for m in self.marks),
            "later": sorted(sorted(m) for m in self.later),
            "dropped": [to_dict(x) for x in self.dropped],
            "failed": sorted([*sorted(m), n] for m, n in self.failed.items()),
        }
        if self.empty is not None:
            data["empty"] = base64.b64encode(self.empty.astype("<u8").tobytes()).decode("ascii")
        return zlib.compress(json.dumps(data, separators=(",", ":")).encode("utf-8"))

    @classmethod
    def from_bytes(cls, blob: bytes) -> HeldLinks | None:
        """The kept data, or None when it is not of this version."""
        try:
            data = json.loads(zlib.decompress(blob).decode("utf-8"))
        except (zlib.error, ValueError):
            return None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        empty = None
        if isinstance(data.get("empty"), str):
            raw = base64.b64decode(data["empty"])
            empty = np.frombuffer(raw, dtype="<u8").astype(np.uint64)
        return cls(
            {frozenset(m) for m in data["marks"]},
            [from_dict(Alignment, x) for x in data["dropped"]],
            failed={frozenset(m[:2]): int(m[2]) for m in data.get("failed", [])},
            empty=empty,
            later={frozenset(m) for m in data.get("later", [])},  # none kept before
        )

    def update_empty(self, nothing: np.ndarray, found: np.ndarray, complete: bool) -> None:
        """Record this run's aligned pairs: ``nothing`` gave no passage, ``found`` did (pair
        hashes).  ``complete``: the run aligned every candidate pair of the corpus, so the
        pairs it did not align never were; otherwise the kept pairs are updated, and stay
        unknown when they were."""
        if self.empty is None and not complete:
            return
        kept = np.zeros(0, np.uint64) if complete or self.empty is None else self.empty
        kept = kept[~np.isin(kept, found)]
        self.empty = np.unique(np.concatenate([kept, nothing.astype(np.uint64)]))

    def never_empty(self, hashes: np.ndarray) -> np.ndarray:
        """Per pair hash: whether the pair is not among those aligned with no passage."""
        if self.empty is None:
            return np.ones(len(hashes), dtype=bool)
        return ~np.isin(hashes, self.empty)

    def to_retry(self) -> list[frozenset[str]]:
        """The failed pairs to be aligned again (fewer than :data:`ALIGN_ATTEMPTS` tries)."""
        return [m for m, n in self.failed.items() if n < ALIGN_ATTEMPTS]

    def record_failures(self, failed: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
        """Count this run's failed pairs (``failed``) and keep the pairs given up on before;
        returns those of ``failed`` given up on now."""
        before, self.failed = self.failed, {}
        given_up = []
        for pair in failed:
            key = frozenset(pair)
            self.failed[key] = before.get(key, 0) + 1
            if self.failed[key] >= ALIGN_ATTEMPTS:
                given_up.append(pair)
        for key, n in before.items():
            if n >= ALIGN_ATTEMPTS:  # not tried this time: still given up on
                self.failed.setdefault(key, n)
        return given_up

    def between(self, old: Iterable[str]) -> tuple[set[frozenset[str]], list[Alignment]]:
        """The marks and withheld passages of pairs whose two articles are both in ``old``."""
        keep = set(old)
        marks = {m for m in self.marks if m <= keep}
        dropped = [
            x for x in self.dropped if x.source.article_id in keep and x.target.article_id in keep
        ]
        return marks, dropped


def pair_hashes(first: Sequence[str], second: Sequence[str]) -> np.ndarray:
    """A 64-bit hash of each pair of article ids, the same whichever comes first."""
    out = np.empty(len(first), dtype=np.uint64)
    for n, (a, b) in enumerate(zip(first, second, strict=True)):
        lo, hi = (a, b) if a < b else (b, a)
        out[n] = xxhash.xxh3_64_intdigest(f"{lo}\x00{hi}".encode())
    return out
