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
- ``dropped``: the passages the rules took out of the records;
- ``failed``: the candidate pairs whose alignment raised (a fault, or memory running out on a
  pathological text), with the number of analyses in a row it did: they have no records, so
  the next analyses align them again, up to :data:`ALIGN_ATTEMPTS` times in all.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from newstrace.records import Alignment
from newstrace.serialize import from_dict, to_dict

# Bumped when the kept data's meaning changes: data of another version is not used (the next
# run then carries what the records show, as before this state was kept).
FORMAT = 1
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

    def to_bytes(self) -> bytes:
        """The kept data (known: a run has filled it)."""
        data = {
            "format": FORMAT,
            "marks": sorted(sorted(m) for m in self.marks),
            "dropped": [to_dict(x) for x in self.dropped],
            "failed": sorted([*sorted(m), n] for m, n in self.failed.items()),
        }
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
        return cls(
            {frozenset(m) for m in data["marks"]},
            [from_dict(Alignment, x) for x in data["dropped"]],
            failed={frozenset(m[:2]): int(m[2]) for m in data.get("failed", [])},
        )

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
