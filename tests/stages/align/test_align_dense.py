"""The dense fast path and the sparse path of the aligner give the same detections."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.serialize import to_dict
from newstrace.stages import align
from newstrace.stages.align import align as align_mod
from newstrace.stages.ingest import make_article


def _run(seeds_dir: Path) -> list[dict]:
    arts = [make_article(p.read_text(encoding="utf-8"), source=p.stem)
            for p in sorted(seeds_dir.glob("*.txt"))]  # fmt: skip
    rs = RecordSet(articles=tuple(arts), new_ids=frozenset(a.id for a in arts))
    out = align.run(rs, Settings())
    return [to_dict(x) for x in out.alignments] + [to_dict(p) for p in out.provenance]


def test_sparse_path_matches_dense_path(seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dense = _run(seeds_dir)
    monkeypatch.setattr(align_mod, "_DENSE_MAX_CELLS", 0)
    sparse = _run(seeds_dir)
    assert dense
    assert sparse == dense
