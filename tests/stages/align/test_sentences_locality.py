"""Pairs are aligned in an order with locality (an article's pairs close together, so its
sentence data is reused from the bounded cache); the records do not depend on that order."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import newstrace
from newstrace.config import Settings
from newstrace.records import RecordSet
from newstrace.stages import align, dedup

ROOT = Path(__file__).resolve().parents[3]


def test_locality_order_is_a_permutation_keeping_neighbours_close() -> None:
    rng = np.random.default_rng(3)
    pairs = sorted({(int(a), int(b)) for a, b in rng.integers(0, 60, (200, 2)) if a < b})
    order = align.locality_order(pairs, 60)
    assert sorted(order.tolist()) == list(range(len(pairs)))
    assert len(align.locality_order([], 5)) == 0
    chain = [(k, k + 1) for k in range(0, 40, 2)] + [(k, k + 1) for k in range(1, 40, 2)]
    got = [chain[k] for k in align.locality_order(chain, 41)]  # a path: walked end to end
    assert all(len({*p} & {*q}) == 1 for p, q in zip(got, got[1:], strict=False))


@pytest.mark.parametrize("how", ["reversed", "shuffled"])
def test_records_do_not_depend_on_the_alignment_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    with newstrace.open(tmp_path / "c.db") as c:
        c.add(ROOT / "examples" / "corpus")
        c.add(ROOT / "examples" / "more")
        arts = tuple(c.articles())
    settings = Settings()
    records = dedup.run(RecordSet(articles=arts, new_ids=frozenset(a.id for a in arts)), settings)
    want, stats = align.run_with_stats(records, settings)
    real = align.locality_order

    def other(pairs: list[tuple[int, int]], n: int) -> np.ndarray:
        order = real(pairs, n)
        return order[::-1] if how == "reversed" else np.random.default_rng(0).permutation(order)

    monkeypatch.setattr(align, "locality_order", other)
    got, stats2 = align.run_with_stats(records, settings)
    assert stats and stats2 and stats.aligned_pairs == stats2.aligned_pairs > 1
    assert got.alignments == want.alignments and got.provenance == want.provenance
